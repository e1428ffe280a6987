"""Property tests: any text is handled, offsets are right, the safe version is safe and stable.

Quick profile in CI; the long one: HYPOTHESIS_PROFILE=long .venv/bin/pytest tests/test_properties.py
"""
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discreet.linter.placeholders import safe_version


FIRST = ["Eira", "Tomasz", "Olamide", "Nasra", "Ruaridh", "Ioana", "Keziah", "Farhan", "Wen", "Callum"]
SURNAMES = ["Prothero", "Kowalczyk", "Adebayo", "Warsame", "MacInnes", "Popescu", "Achterberg", "Liang"]
STREETS = ["Quarry Lane", "Mill Street", "Orchard Close", "Beacon Road", "Tannery Row"]
POSTCODES = ["LS6 2QJ", "CF11 9LT", "NE29 7TX", "BS3 4EH", "M14 5RQ"]
PHONES = ["07700 900412", "07700900873", "+44 7700 900118", "(01632) 960771"]
FILLER = ["Feeding going well.", "Baby had 6 wet nappies.", "We talked about safe sleep.",
          "Mum is tired but coping.", "Next visit on Thursday."]

identifier = st.one_of(
    st.builds(lambda f, s: f"{f} {s}", st.sampled_from(FIRST), st.sampled_from(SURNAMES)),
    st.builds(lambda n, s, p: f"{n} {s}, {p}", st.integers(1, 199), st.sampled_from(STREETS), st.sampled_from(POSTCODES)),
    st.sampled_from(PHONES),
    st.sampled_from(POSTCODES),
)
sentence = st.one_of(
    st.sampled_from(FILLER),
    st.builds(lambda i: f"Visited {i} today.", identifier),
    st.builds(lambda i: f"Contact: {i}.", identifier),
)
notes = st.lists(sentence, min_size=1, max_size=6).map(" ".join)


def identifiers(linter, text):
    return [f for f in linter.check(text) if f.kind == "identifier"]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300))
def test_any_unicode_text_is_handled_with_exact_offsets(linter, text):
    for f in linter.check(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes)
def test_safe_version_is_safe_and_stable(linter, text):
    found = identifiers(linter, text)
    safe = safe_version(text, found)
    for f in found:
        assert not re.search(rf"(?<!\w){re.escape(f.text)}(?!\w)", safe), f.text
    assert identifiers(linter, safe) == []
    assert safe_version(safe, identifiers(linter, safe)) == safe


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes)
def test_generated_identifiers_are_all_found(linter, text):
    safe = safe_version(text, identifiers(linter, text))
    for value in PHONES + POSTCODES + SURNAMES + STREETS:
        assert value not in safe
