"""I305: UK hospitals by the names people call them (linter/data/uk_hospitals.txt)."""
from importlib import resources

import pytest

from discreet.linter.recognizers.known_hospital import KnownHospital

ENTRIES = [line.strip() for line in resources.files("discreet.linter").joinpath("data", "uk_hospitals.txt")
           .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def found(text):
    return [text[h.start:h.end] for h in KnownHospital().hits(text, None)]


def test_every_listed_name_is_found_after_at():
    missed = [e for e in ENTRIES if found(f"Seen at {e} today.") != [e]]
    assert missed == []


@pytest.mark.parametrize("text,expected", [
    ("shaken after the birth at Good Hope", ["Good Hope"]),
    ("VBAC attempt at the JR last month", ["JR"]),
    ("BORN AT SUNDERLAND ROYAL", ["SUNDERLAND ROYAL"]),
    ("follow-up at Heartlands on Thursday", ["Heartlands"]),
    ("discharged from Singleton yesterday", ["Singleton"]),
    # an entry that is also a word is found only after at/to/from/in/into/the; initials only in capitals
    ("Singleton pregnancy, no concerns", []),
    ("good hope for a better night", []),
    ("the jr doctor", []),
    ("An MRI next week", []),
])
def test_known_hospital(text, expected):
    assert found(text) == expected
