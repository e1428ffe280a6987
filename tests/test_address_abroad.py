"""Addresses abroad, P.O. boxes and named houses are one [address] each, town and postal code included."""
import pytest

RULES = {"I201"}
CASES = [
    ("Please send it to 14 Rue des Lilas, 69003 LYON, France. Thanks", [("I201", "14 Rue des Lilas, 69003 LYON, France")]),
    ("My address is Lindenstraße 27, 10115 Berlin.", [("I201", "Lindenstraße 27, 10115 Berlin")]),
    ("Ship to Calle del Olmo 8, 28012 MADRID please", [("I201", "Calle del Olmo 8, 28012 MADRID")]),
    ("She lives at Via Gorizia 12, 00198 Roma now.", [("I201", "Via Gorizia 12, 00198 Roma")]),
    ("Write to ul. Kwiatowa 5, 00-950 Warszawa.", [("I201", "ul. Kwiatowa 5, 00-950 Warszawa")]),
    ("Our home: Kerkstraat 112, 3581 RK Utrecht, Netherlands.", [("I201", "Kerkstraat 112, 3581 RK Utrecht, Netherlands")]),
    ("Address 221 Maple Avenue, Springfield, IL 62704 USA", [("I201", "221 Maple Avenue, Springfield, IL 62704 USA")]),
    ("Send to 45 Pine Street, Toronto, ON M5V 2T6 please", [("I201", "45 Pine Street, Toronto, ON M5V 2T6")]),
    ("We moved to 12 Wattle Grove, Ballarat VIC 3350 last year.", [("I201", "12 Wattle Grove, Ballarat VIC 3350")]),
    ("new place: 7 Orchard Road, Clonmel, Co. Tipperary E91 X2Y3", [("I201", "7 Orchard Road, Clonmel, Co. Tipperary E91 X2Y3")]),
    ("Delivery: Nørrebrogade 40, 2200 København N", [("I201", "Nørrebrogade 40, 2200 København N")]),
    ("They live at Storgatan 9, 111 22 Stockholm.", [("I201", "Storgatan 9, 111 22 Stockholm")]),
    ("Avenida Paulista 1000, São Paulo - SP, 01310-100", [("I201", "Avenida Paulista 1000, São Paulo - SP, 01310-100")]),
    ("12 rue de la Paix, 75002 Paris", [("I201", "12 rue de la Paix, 75002 Paris")]),
    ("123 rue Saint-Denis, Montréal (Québec) H2X 3K8", [("I201", "123 rue Saint-Denis, Montréal (Québec) H2X 3K8")]),
    ("Calle de Alcalá 45, 3º izq., 28014 Madrid", [("I201", "Calle de Alcalá 45, 3º izq., 28014 Madrid")]),
    ("Unit 5/12 Smith St, Fitzroy VIC 3065", [("I201", "Unit 5/12 Smith St, Fitzroy VIC 3065")]),
    ("Send to 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
     [("I201", "1600 Pennsylvania Avenue NW, Washington, DC 20500")]),
    ("Bahnhofstrasse 10, CH-8001 Zürich", [("I201", "Bahnhofstrasse 10, CH-8001 Zürich")]),
    ("Laan van Meerdervoort 50, 2517 AK Den Haag", [("I201", "Laan van Meerdervoort 50, 2517 AK Den Haag")]),
    ("We sent 12 via WhatsApp and 3 via Zoom.", []),
    # a town with its state or province and code
    ("Now living in Springfield, IL 62704 with her sister.", [("I201", "Springfield, IL 62704")]),
    ("family in Toronto, ON M5V 2T6, Canada", [("I201", "Toronto, ON M5V 2T6, Canada")]),
    ("moved to Ballarat VIC 3350 last year", [("I201", "Ballarat VIC 3350")]),
    ("In WA 2020 was hard", []),
    # post office boxes
    ("post it to P.O. Box 4417, Nairobi 00100, Kenya", [("I201", "P.O. Box 4417, Nairobi 00100, Kenya")]),
    ("Postfach 1207, 80331 München", [("I201", "Postfach 1207, 80331 München")]),
    ("Apartado 231, 1000-001 Lisboa", [("I201", "Apartado 231, 1000-001 Lisboa")]),
    # named houses as the first line, and the village after them
    ("Visit at The Old Forge, Mill Lane, Little Hexby HX4 9QP. All well.",
     [("I201", "The Old Forge, Mill Lane, Little Hexby HX4 9QP")]),
    ("Address: Rose Cottage, Church Street, Upper Wenby, Norfolk NR21 7BD",
     [("I201", "Rose Cottage, Church Street, Upper Wenby, Norfolk NR21 7BD")]),
    ("The Manse, Kirk Brae, Dunmore PH2 3LX", [("I201", "The Manse, Kirk Brae, Dunmore PH2 3LX")]),
    ("Ty Gwyn, Heol y Bryn, Llanfair SA33 4NN", [("I201", "Ty Gwyn, Heol y Bryn, Llanfair SA33 4NN")]),
    ("The Laurels, 4 Church Street, Hexby", [("I201", "The Laurels, 4 Church Street, Hexby")]),
    ("Home visit, The Old Forge, Little Hexby. Baby feeding well.", [("I201", "The Old Forge, Little Hexby")]),
    # an address written as a block; the next line of the note is not part of it
    ("Flat 2, 9 Elm Road\nLITTLE HEXBY\nHX4 9QP\nBaby well", [("I201", "Flat 2, 9 Elm Road\nLITTLE HEXBY\nHX4 9QP")]),
    ("lives at 22 Mill Lane\nWeighed today, 3.4kg", [("I201", "22 Mill Lane")]),
    # not addresses
    ("Sent via Zoom 3 times", []),
    ("Spring 2 feeds were short", []),
    ("the Village Hall, Saturday at 2", []),
    ("The old forge near the church is a café now.", []),
    ("Baby weighed 3450 g, 25 cm head, 2 weeks old", []),
    ("Route 66 3 times", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addresses_abroad_and_house_names(spans, text, expected):
    assert spans(text, RULES) == expected


def test_address_abroad_is_one_placeholder(linter):
    found = {f.text: f.placeholder for f in linter.check("Send to 14 Rue des Lilas, 69003 LYON, France.")}
    assert found == {"14 Rue des Lilas, 69003 LYON, France": "[address]"}


@pytest.mark.parametrize("text,safe", [
    # a postal code beside a place found joins it, before or after, in any country's shape
    ("Her parents live in Quetzaltenango 09001 now.", "Her parents live in [town] now."),
    ("Sent the parcel to Kraków 30-001 last week.", "Sent the parcel to [name] last week."),  # read as a name: still one
    ("Grandad moved to 4000 Plovdiv in May.", "Grandad moved to [town] in May."),
    # a number with a unit, or a year, stays
    ("Moved to Leeds in 2019, about 2000 people at the fair.", "Moved to [town] in 2019, about 2000 people at the fair."),
    ("Leeds 2024 was the last time they moved.", "[town] 2024 was the last time they moved."),
])
def test_a_postal_code_beside_a_place_is_part_of_it(linter, text, safe):
    from discreet.linter.placeholders import safe_version

    assert safe_version(text, [f for f in linter.check(text) if f.kind == "identifier"]) == safe


@pytest.mark.parametrize("text,expected", [
    ("The card goes to your address on file in ZIP 60617.", "60617"),  # a postal code after its label
    ("CEP: 01310-100, obrigada", "01310-100"),
    ("Eircode: A65 F4E2 if the courier asks", "A65 F4E2"),
])
def test_a_postal_code_after_its_label(linter, text, expected):
    assert expected in [f.text for f in linter.check(text) if f.category == "location"]
