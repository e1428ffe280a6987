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
