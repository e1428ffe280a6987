"""An address is one finding, whatever the country's order of parts (linter/address_block.py); invented addresses."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("Endereço: Rua das Acácias, 88, apto 12, Pinheiros, São Paulo - SP, 05422-010\nObrigada",
     "Rua das Acácias, 88, apto 12, Pinheiros, São Paulo - SP, 05422-010"),
    ("The label should say 301 rue Berri, app. 4, Montréal (Québec) H2L 4E9 but it says app. 40.",
     "301 rue Berri, app. 4, Montréal (Québec) H2L 4E9"),
    ("Wiktoria Zając\nul. Ogrodowa 12/4 m. 9, 90-201 Łódź\ntel. +48 600 100 200",
     "ul. Ogrodowa 12/4 m. 9, 90-201 Łódź"),
    ("I live at Prinsengracht 410-III, 1016 JB Amsterdam. Pick-up is fine.",
     "Prinsengracht 410-III, 1016 JB Amsterdam"),
    ("Address: No. 7, 2nd Cross Road, Rajaji Nagar, Mysuru 570009", "No. 7, 2nd Cross Road, Rajaji Nagar, Mysuru 570009"),
    ("from Sølvgade 40, 3. tv., 1307 København K to the new flat", "Sølvgade 40, 3. tv., 1307 København K"),
    ("im at 9 heather crescent, glenrothes KY7 4AB not 9 heather close", "9 heather crescent, glenrothes KY7 4AB"),
    # street, house number, postal code, town: the order most of Europe writes, street word or not
    ("Post goes to Skálagata 17, 220 Hafnarfjörður. Thanks", "Skálagata 17, 220 Hafnarfjörður"),
    ("Deliver to Odos Lykavittou 8, 106 72 Athina please", "Odos Lykavittou 8, 106 72 Athina"),
    ("We are at Sofie Bergs gate 22, 0468 OSLO. Ring first", "Sofie Bergs gate 22, 0468 OSLO"),
])
def test_an_address_abroad_is_one_span(linter, text, expected):
    assert expected in [f.text for f in linter.check(text) if f.rule in ("I201", "I208")]  # I208: after a label


def test_the_name_before_an_address_stays_a_name(linter):
    found = {(f.rule, f.text) for f in linter.check("HANDOVER - ZARA AHMED, 14 HILL ROAD, LEEDS LS6 2AB. DAD OMAR.")}
    assert ("I102", "ZARA AHMED") in found and ("I201", "14 HILL ROAD, LEEDS LS6 2AB") in found


@pytest.mark.parametrize("text", [
    "Saw Sarah in Leeds, 2 weeks ago, and again on Friday.",  # a place and a quantity are no address
    "Handover for Mirela Pop (24), flat 2 needs a visit.",  # a name and an age are no street
    "Visited in Bradford, Halifax and Huddersfield this week.",  # towns without a number
    "Room 4, 120 Babies came through the unit.",  # numbers and capitalised words, no street before them
])
def test_places_and_names_near_numbers_are_not_joined(linter, text):
    assert [f.text for f in linter.check(text) if f.rule == "I201"] == []


def test_an_address_block_ends_at_a_full_stop_and_leaves_the_phone_alone(linter):
    text = "Deliver to House 9, Road 4, Block C, Uttara, Dhaka 1230. Cell 01712-000111."
    found = [(f.rule, f.text) for f in linter.check(text)]
    assert ("I201", "House 9, Road 4, Block C, Uttara, Dhaka 1230") in found
    assert ("I401", "01712-000111") in found


@pytest.mark.parametrize("text,expected", [
    # a place found on its own inside the block carries it on: "Tel" alone is a phone label
    ("His parcels go to Rehov Hashalom 41, apt 3, Tel Aviv 6473101. Thanks", "Rehov Hashalom 41, apt 3, Tel Aviv 6473101"),
    # a street by its type, then a place found on its own, needs no house number
    ("She is staying at Rue Verdun, Achrafieh, Beirut until the spring", "Rue Verdun, Achrafieh, Beirut"),
    ("Adresa: Str. Florilor nr. 7, bl. B2, sc. 1, ap. 9, sector 5, București.",
     "Str. Florilor nr. 7, bl. B2, sc. 1, ap. 9, sector 5, București"),
])
def test_a_block_runs_through_places_found_on_their_own(linter, text, expected):
    assert expected in [f.text for f in linter.check(text) if f.rule in ("I201", "I208")]


def test_an_address_one_part_a_line_is_covered_line_by_line(linter):
    text = "Bonjour,\n\nM. Paul Delacroix-Barre\nRésidence Les Glycines, Bât. D\n7 impasse des Mésanges\n44300 NANTES\n\nMerci"
    found = [(f.rule, f.text) for f in linter.check(text)]
    assert ("I201", "Résidence Les Glycines, Bât. D") in found
    assert ("I201", "7 impasse des Mésanges\n44300 NANTES") in found  # a street abroad, its town on the next line
    assert not any(r == "I201" and "Paul" in t for r, t in found)  # the addressee's line stays a name
    assert not any("Merci" in t or "Bonjour" in t for _, t in found)


@pytest.mark.parametrize("text,expected", [
    ("can you leave it next door at no. 22. Thanks!", "no. 22"),
    ("Boa tarde! Aqui é do apto 1104, a encomenda chegou?", "apto 1104"),
    ("we are in flat 6 now", "flat 6"),
])
def test_a_house_by_its_number_alone(linter, text, expected):
    assert [f.text for f in linter.check(text) if f.rule == "I201"] == [expected]


@pytest.mark.parametrize("text", ["she was at number 1 in the charts", "went up to flat 3 weeks ago"])
def test_a_number_that_is_no_house(linter, text):
    assert [f.text for f in linter.check(text) if f.rule == "I201"] == []


@pytest.mark.parametrize("text,unit_line", [
    ("Apt 5\n44300 NANTES", "Apt 5"),
    ("Flat 2B\nBlock 4\n10001 Lisboa", "Flat 2B"),
    ("Send to:\nApt 12\nTower B\n560034 Bengaluru", "Apt 12"),
    ("Suite 400\n75008 Paris", "Suite 400"),
])
def test_a_line_of_unit_words_beside_a_postal_line_is_part_of_the_address(linter, text, unit_line):
    # a line with a unit word and no other finding once broke the whole check (a block with no finding inside)
    findings = linter.check(text)
    covered = {i for f in findings for i in range(f.start, f.end)}
    address = text[text.index(unit_line):]
    offset = text.index(unit_line)
    assert all(offset + i in covered for i, c in enumerate(address) if c.isalnum())
    assert ("I201", unit_line) in [(f.rule, f.text) for f in findings]
