"""Identifiers as people abroad write them in messages: codes with separators, labelled short numbers,
national phone formats, an IBAN after its label, weekdays of other languages, sign-offs, Cyrillic addresses."""
import pytest


def found(linter, text):
    return [(f.category, f.text) for f in linter.check(text) if f.kind == "identifier"]


@pytest.mark.parametrize("text,expected", [
    ("Please change the address for order ES-7720-4415.", [("id", "ES-7720-4415")]),
    ("zamówienia nr PL/2291/0457 jutro", [("id", "PL/2291/0457")]),
    ("His student number is 4402918.", [("id", "4402918")]),
    ("I paid with the card ending 4417.", [("id", "4417")]),
    ("Vous pouvez me joindre au 06 41 27 88 03 ou par mail.", [("phone", "06 41 27 88 03")]),
    ("IBAN NL27 RABO 0315 6620 48 please", [("id", "NL27 RABO 0315 6620 48")]),  # a mistyped checksum, after its label
    ("réserver du samedi 5 juillet au samedi 12 juillet", [("date", "samedi 5 juillet au samedi 12 juillet")]),
    ("Give us a buzz when it's in. Daz", [("person", "Daz")]),  # alone at the end, though a brand is spelt so
    ("Mi cel es el de siempre. Besos, Vale", [("person", "Vale")]),
    ("адрес: г. Казань, ул. Баумана, д. 19, кв. 42, 420111.", [("location", "г. Казань, ул. Баумана, д. 19, кв. 42, 420111")]),
    ("hey mo 👋 landing soon", [("person", "mo")]),  # greeted, an emoji after the name
    ("numéro de registre national : 85.07.30-033.61.", [("id", "85.07.30-033.61")]),  # dots and a dash
    ("číslo účtu 19-2000145399/0800. Děkuji", [("id", "19-2000145399/0800")]),  # "thank you" signs nothing
    ("bKash transaction 8N7K2D9QXM. Thanks", [("id", "8N7K2D9QXM")]),  # a code after what it is
    ("The visit moved to ١٥ مارس, sorry.", [("date", "١٥ مارس")]),  # digits of another script
    # the date is cut out of safe by default's guess, and the rest of an uncased line stays a guess
    ("山本です。3月12日(水)14時の予約を", [("person", "山本です。"), ("date", "3月12日(水)"), ("person", "14時の予約を")]),
    ("Wij zijn van 12 t/m 26 juli weg.", [("date", "12 t/m 26 juli")]),
    ("Vi holder fest lørdag d. 14. juni i", [("date", "lørdag d. 14. juni")]),
    ("appointment on Tuesday, 3/18 at 2:15.", [("date", "Tuesday, 3/18")]),
    ("díját 2025. május 5-én átutaltam", [("date", "2025. május 5-én")]),
    ("my handle is @kayla-hernandez-88 x", [("handle", "@kayla-hernandez-88")]),
    ("the bond number (R2024-0887713) does not match", [("id", "R2024-0887713")]),
])
def test_identifiers_written_abroad(linter, text, expected):
    assert [item for item in found(linter, text) if item[0] != "quasi"] == expected


@pytest.mark.parametrize("text", [
    "Born 2019, number 3 in the queue, bed number 12.",  # short labelled numbers that are no ID
    "The RTX-4090 card and an iPhone 15.",  # a model number has fewer than five digits
    "See you next week. Thanks",  # a closing alone at the end signs nothing
    "Mum was tired. Reflux",  # nor does an ordinary word
    "Kind regards, The Bookings Team",
    "Baby 3.2kg, BP 120/80 today, ref: 2024",
    "Score 3/10 today. 1. May be tired.",
])
def test_what_is_not_an_identifier_abroad(linter, text):
    assert [item for item in found(linter, text) if item[0] != "quasi"] == []


@pytest.mark.parametrize("text,address", [
    ("Dirección: Calle 53 # 45-112, Apto 802, Medellín, Antioquia. Cel", "Calle 53 # 45-112, Apto 802, Medellín, Antioquia"),
    ("L'adresse : Derb Sidi Bouloukat 14, Médina, 40000 Marrakech. Merci", "Derb Sidi Bouloukat 14, Médina, 40000 Marrakech"),
    ("Neue Adresse: Gneisenaustraße 66, 2. OG links, 10961 Berlin.", "Gneisenaustraße 66, 2. OG links, 10961 Berlin"),
    ("we've arrived at Tigh na Mara, Portnalong, Isle of Skye IV47 8SL, lovely",
     "Tigh na Mara, Portnalong, Isle of Skye IV47 8SL"),  # a Gaelic house name, "of" inside the town
])
def test_addresses_abroad_are_one_finding(linter, text, address):
    assert [f.text for f in linter.check(text) if f.category == "location"] == [address]
