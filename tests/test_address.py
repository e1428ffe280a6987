"""Text -> exact address, street and road spans (invented streets and towns)."""
import pytest

RULES = {"I201", "I206"}
CASES = [
    # whole addresses are one span, commas and postcode included
    ("Visit at Flat 3, 14 Gorsey Lane, Hexley. Baby fine.", [("I201", "Flat 3, 14 Gorsey Lane, Hexley")]),
    ("Address: 88 Ravenscar Road, Moorfield DN4 7PB", [("I201", "88 Ravenscar Road, Moorfield DN4 7PB")]),
    ("Flat 6, Tanners Court, Hexley HX1 2AB", [("I201", "Flat 6, Tanners Court, Hexley HX1 2AB")]),
    ("lives at 22 mill lane, ok", [("I201", "22 mill lane")]),
    ("at 5 Quarry rd now", [("I201", "5 Quarry rd")]),
    ("Handover: 9 Pellow Crescent, Baby on formula", [("I201", "9 Pellow Crescent")]),
    ("new address 31 Kilnway, Ashby Moor LE9 3XT", [("I201", "31 Kilnway, Ashby Moor LE9 3XT")]),
    ("Visited at 8 Heol y Cwm, Trefynnon, all well", [("I201", "8 Heol y Cwm, Trefynnon")]),
    ("New flat: 2 Ffordd Glanrafon", [("I201", "2 Ffordd Glanrafon")]),
    # streets and estates without a house number, loosely written addresses
    ("the flats on Pelham Rise, no. 12", [("I201", "Pelham Rise, no. 12")]),
    ("the one on Eastway with the red door", [("I201", "Eastway")]),
    ("She moved to Larkspur Avenue last month.", [("I201", "Larkspur Avenue")]),
    ("Shes the one on Pollard St. Ta x", [("I201", "Pollard St")]),
    ("the house off Tenter Rd with the blue door", [("I201", "Tenter Rd")]),
    ("She saw St Anselm on the TV", []),
    ("lives on the Foxhollow estate", [("I201", "Foxhollow")]),
    # roads
    ("born on the A64 last Sunday", [("I206", "A64")]),
    ("stuck on the M6 again", [("I206", "M6")]),
    ("took the B6271 home", [("I206", "B6271")]),
    # not addresses
    ("3 weeks down the road from her mum's", []),
    ("Baby feeding every 2-3 hrs, 6 wet nappies, 3 times a day", []),
    ("She has vitamin B12 injections and printed A4 sheets", []),
    ("roadworks on the bypass, then the estate", []),
    ("Drive safely, see you at the park.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_address_spans(spans, text, expected):
    assert spans(text, RULES) == expected


def test_address_placeholders(linter):
    note = "Lives at 4 Drover Close, Hexley. Born on the A61, the Moss Brow estate."
    found = {f.text: f.placeholder for f in linter.check(note)}
    assert found["4 Drover Close, Hexley"] == "[address]"
    assert found["A61"] == "[road]"
    assert found["Moss Brow"] == "[area]"


# Lower-case streets (our own probe notes): every rule is checked, not only I201/I206.
@pytest.mark.parametrize("text,expected", [
    ("they live on brackley gardens now.", [("I201", "brackley gardens")]),
    ("moved to tregarthen road last week.", [("I201", "tregarthen road")]),
])
def test_lower_case_street_is_the_only_finding(spans, text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "we walked down memory lane and along the main road.",
    "she lives near old mill lane.",
])
def test_lower_case_ordinary_lanes_find_nothing(spans, text):
    assert spans(text) == []


@pytest.mark.parametrize("text,found", [
    ("its mrs b on shafton rd, second visit", ["shafton rd"]),  # a lower-case street, its type abbreviated
    ("parked on the main rd outside", []),  # a dictionary word is no street name
])
def test_lower_case_streets_with_abbreviated_types(linter, text, found):
    assert [f.text for f in linter.check(text) if f.category == "location"] == found
