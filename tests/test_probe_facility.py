"""Named facilities after any verb: "the X General", "the Central Mosque" (invented places)."""
import pytest

RULES = {"I301", "I302", "I303", "I304"}
CASES = [
    # "the" + capitalised name + head word names one place, whatever verb comes before
    ("Then moved to the Wexcombe General for surgery.", [("I301", "Wexcombe General")]),
    ("Baby was taken over to the Northfold General overnight.", [("I301", "Northfold General")]),
    ("They attend the Central Mosque most Fridays.", [("I301", "Central Mosque")]),
    ("Mum was seen at the Royal Infirmary last week.", [("I301", "Royal Infirmary")]),
    ("Her son goes to the Old Chapel playgroup.", [("I301", "Old Chapel")]),
    ("Family worship at the Grand Gurdwara on Sundays.", [("I301", "Grand Gurdwara")]),
    ("Dad was treated at Ravenmoor General after the fall.", [("I301", "Ravenmoor General")]),
    # not a facility: titles, elections, institutions "of ...", denominations, lower case
    ("The General Election is on Thursday.", []),
    ("Turnout at the General Election was low.", []),
    ("The Attorney General and the Secretary General spoke.", []),
    ("Registered with the General Medical Council.", []),
    ("Baptised in the Church of England as a baby.", []),
    ("She is a member of the Catholic Church.", []),
    ("Mum is Methodist Church, dad goes to the local mosque.", []),
    ("Took the Central Line and then the Royal Mail van came.", []),
    ("Dad plays in the Royal Academy of Music orchestra.", []),
    ("A general chat about sleep, a central heating leak, the royal wedding on TV.", []),
    ("Mum said the Central Library has a baby rhyme time.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_named_facility_spans(spans, text, expected):
    assert spans(text, RULES) == expected


@pytest.mark.parametrize("text,place,placeholder", [
    ("Then moved to the Wexcombe General", "Wexcombe General", "[hospital]"),
    ("They attend the Central Mosque", "Central Mosque", "[place of worship]"),
    ("Seen at the Royal Infirmary", "Royal Infirmary", "[hospital]"),
])
def test_named_facility_placeholders(linter, text, place, placeholder):
    found = {f.text: f.placeholder for f in linter.check(text)}
    assert found[place] == placeholder
