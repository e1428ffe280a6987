"""Names as forms, tickets and letters write them: in capitals amid ordinary text, with initials and suffixes
(linter/shouting.py, linter/spread.py). Invented names."""
import pytest


def _people(linter, text):
    return [f.text for f in linter.check(text) if f.category == "person"]


@pytest.mark.parametrize("text,name", [
    ("Name exactly as on the card: PRIYANKA SUBRAMANIAN. Billing address to follow.", "PRIYANKA SUBRAMANIAN"),
    ("ticket ref ZX81QP, passenger KAUR/JASPREET MS, refund still missing", "KAUR"),
    ("ticket ref ZX81QP, passenger KAUR/JASPREET MS, refund still missing", "JASPREET"),
])
def test_a_name_in_capitals_amid_ordinary_text(linter, text, name):
    assert any(name in t for t in _people(linter, text))


@pytest.mark.parametrize("text", ["Please SEND IT TO THE NEW ADDRESS when you can", "Seen at home, NHS HV BOOKED for Monday"])
def test_capitals_without_a_listed_name_are_left(linter, text):
    assert _people(linter, text) == []


@pytest.mark.parametrize("text,name", [
    ("Father's name on the form: R. Venkatesh Pillai, then the address", "R. Venkatesh Pillai"),
    ("paid to the account of J. van Dijk-Mensah last week", "J. van Dijk-Mensah"),
    ("The owner is my uncle, Harold T. Brenner Jr., who has moved", "Harold T. Brenner Jr"),
])
def test_initials_and_suffixes_belong_to_the_name(linter, text, name):
    assert name in _people(linter, text)
