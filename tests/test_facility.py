"""Text -> exact facility spans: named places by head word, hospital initials, employers (invented names)."""
import pytest

RULES = {"I301", "I302", "I303", "I304", "I305"}
CASES = [
    # named by head word
    ("Jabs booked at Elmfield Medical Centre for next week", [("I301", "Elmfield Medical Centre")]),
    ("Her eldest goes to Greystones Primary School", [("I301", "Greystones Primary School")]),
    ("Group at the Aldgrove Family Hub on Tuesdays", [("I301", "Aldgrove Family Hub")]),
    ("Christening at St Anne's Church, then lunch", [("I301", "St Anne's Church")]),
    ("She goes to Noor-ul-Huda Masjid on Fridays", [("I301", "Noor-ul-Huda Masjid")]),
    ("Offered the stay and play at Tollbrook Children's Centre.", [("I301", "Tollbrook Children's Centre")]),
    ("10 days on the Ashcombe Baby Unit", [("I301", "Ashcombe Baby Unit")]),
    ("He teaches at Ysgol Bryn Celyn now", [("I301", "Ysgol Bryn Celyn")]),
    ("born at Kelsall General Hospital", [("I301", "Kelsall General Hospital")]),
    # a saint's name stands for the hospital, church or school; with a street type it is a street
    ("Baby was cooled at St Elphin's for three days", [("I301", "St Elphin's")]),
    ("The big two go to St. Cuthbert's now", [("I301", "St. Cuthbert's")]),
    ("Flat on St Elphin's Road since May", []),
    # wards: a ward and its hospital are separate spans
    ("Rainbow ward at St Oswin's Hospital", [("I301", "Rainbow ward"), ("I301", "St Oswin's Hospital")]),
    ("on Ward 22 at the KGH", [("I301", "Ward 22"), ("I302", "KGH")]),
    # hospital initials in context
    ("transferred to HRI overnight", [("I305", "HRI")]),  # a listed hospital before its initials
    ("transferred to QMH overnight", [("I302", "QMH")]),
    ("born at the W&D after a long labour", [("I302", "W&D")]),
    ("Baby born at 38+4, RD&S.", [("I302", "RD&S")]),
    # employers
    ("Dad works nights at Hallworth Foods so she's alone", [("I303", "Hallworth Foods")]),
    ("Her husband drives for Brackley Haulage now", [("I303", "Brackley Haulage")]),
    ("born on Tuesday at Calderbrook after a long labour", [("I304", "Calderbrook")]),
    ("Baby transferred to St Winifred's last night", [("I304", "St Winifred's")]),
    ("She was born in March at home.", []),
    ("Baby Lena still in NICU at Fenwickton, going well", [("I304", "Fenwickton")]),
    ("Mum spent the night in A&E at the weekend", []),
    ("Mum is a pharmacist at Superdrug, back in March", [("I303", "Superdrug")]),
    ("Partner has shifts at Copley Bridge depot", [("I303", "Copley Bridge")]),
    ("She works in the Lidl in Omagh now", [("I303", "Lidl")]),
    ("born at Garstang Women and Children's last week", [("I301", "Garstang Women and Children's")]),
    ("Employer: Halbrook Dental Group", [("I303", "Halbrook Dental Group")]),  # a form's field
    ("A box of Hotel Chocolat truffles for her", []),  # a brand  # "in the" before a firm
    ("He packs boxes in the Halbrook distribution centre", [("I303", "Halbrook")]),  # a firm before a place of work
    ("Dad is on nights at the 4 Oaks plant", [("I303", "4 Oaks")]),
    ("Do orders ship from the UK warehouse?", []),  # a country is no employer
    ("Will it work in the USA?", []),
    # not facilities
    ("Offered the Thursday group at the children's centre.", []),
    ("Baby was in SCBU then NICU, seen in A&E, GP surgery Monday", []),
    ("the neonatal unit, the labour ward and the Postnatal Ward", []),
    ("Scored 11 on the EPDS, D&V since Sunday, at the NCT class", []),
    ("She works at home and he works for the NHS", []),
    ("Her BP was high, good practice is to recheck", []),
    ("Catholic school nearby, Forest School on Fridays", []),
    ("She had a GP appointment at the surgery", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_facility_spans(spans, text, expected):
    assert spans(text, RULES) == expected


@pytest.mark.parametrize("text,place,placeholder", [
    ("Seen at Elmfield Medical Centre", "Elmfield Medical Centre", "[GP surgery]"),
    ("Goes to Greystones Academy", "Greystones Academy", "[school]"),
    ("born at Kelsall General Hospital", "Kelsall General Hospital", "[hospital]"),
    ("prays at Harlow Road Gurdwara", "Harlow Road Gurdwara", "[place of worship]"),
    ("group at Tollbrook Children's Centre", "Tollbrook Children's Centre", "[children's centre]"),
    ("Dad works at Hallworth Foods", "Hallworth Foods", "[workplace]"),
    ("They go to the Still Springs fellowship", "Still Springs fellowship", "[place of worship]"),
    ("We met at the Tollgate shopping centre", "Tollgate shopping centre", "[place]"),
])
def test_facility_placeholders(linter, text, place, placeholder):
    found = {f.text: f.placeholder for f in linter.check(text)}
    assert found[place] == placeholder


# Named facilities after any verb: "the X General", "the Central Mosque".
THE_NAMED_CASES = [
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
    # a faith named as such is no place; a sentence's first verb is no part of a name
    ("Christian fellowship matters a lot to them.", []),
    ("Rang Maternity triage for advice.", []),
]


@pytest.mark.parametrize("text,expected", THE_NAMED_CASES)
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
