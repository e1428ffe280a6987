"""Classes of identifiers found on the spent blind probes 26-28 (tests/data/dev9), each tested with sentences
of our own: what is flagged, and what must stay unflagged beside it."""
import pytest


def found(linter, text):
    return [(f.rule, f.text) for f in linter.check(text)]


@pytest.mark.parametrize("text,expected", [
    # facilities by a head word: US spellings, schools, a congregation's name; a service named by ordinary words is not
    ("Seen at Harmon Valley Medical Center, Tulsa.", ("I301", "Harmon Valley Medical Center")),
    ("Her eldest goes to Birch Hollow Elementary.", ("I301", "Birch Hollow Elementary")),
    ("They worship at Mount Carmel Pentecostal on Sundays.", ("I301", "Mount Carmel Pentecostal")),
    ("Jonas has worked for three years at Vestas now.", ("I303", "Vestas")),
    ("He worked at Ganaderia del Sur S.A. until May.", ("I303", "Ganaderia del Sur S.A")),
])
def test_facilities(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text", [
    "She went to the Infant Feeding Clinic on Tuesday.",
    "She's Pentecostal and goes most weeks.",
])
def test_services_and_faiths_are_no_facility(linter, text):
    assert not [f for f in linter.check(text) if f.rule == "I301"]


@pytest.mark.parametrize("text,expected", [
    ("Referees: Mr Monday Adeyemi and Mrs Okafor.", ("I103", "Monday Adeyemi")),
    ("Update on the Tremlett quads please.", ("I103", "Tremlett")),
    ("Cover list:\na) Loveness Mhlanga, Flat 2.\nb) Jade – no change.", ("I103", "Jade")),
    ("Cover list:\na) Loveness Mhlanga, Flat 2.", ("I102", "Loveness Mhlanga")),
    ("running late, ring me on 07700 900418\n-Ros", ("I106", "Ros")),
    ("Thanks for the lovely photos.\nxo Summer", ("I106", "Summer")),
])
def test_names(linter, text, expected):
    assert expected in found(linter, text)


def test_a_dash_list_of_things_is_no_signature(linter):
    assert found(linter, "To buy:\n-Bottles\n-Nappies\n-Calpol") == []


@pytest.mark.parametrize("text,expected", [
    ("I, Pradeep Nair, aged 61 years, residing at", ("I704", "61 years")),
    ("he's seventeen and helps out on Saturdays", ("I704", "seventeen")),
    ("the nephews are coming on the 14th anyway", ("I501", "the 14th")),
    ("Odbiór w piątek 3 marca o 9:00", ("I501", "piątek 3 marca")),
])
def test_ages_and_dates(linter, text, expected):
    assert expected in found(linter, text)


def test_a_relative_night_is_no_date(linter):
    assert found(linter, "on the 2nd night she slept better") == []


@pytest.mark.parametrize("text,expected", [
    ("Member card: ABQ 2291 7730 / Allergies: none", ("I603", "ABQ 2291 7730")),
    ("Passport: XK 88412093 / Seat 14C", ("I603", "XK 88412093")),
    ("sent by mistake, TrxID 7QW2M81KZP. please help", ("I603", "7QW2M81KZP")),
    ("auto targata MI 427 PZ ferma", ("I603", "MI 427 PZ")),
    ("She's on Line more than WhatsApp, ID mai_oishi88.", ("I403", "mai_oishi88")),
])
def test_labelled_numbers_and_handles(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text,expected", [
    ("Home visit, Evington. Somali family, mum Hodan.", ("I707", "Somali")),
    ("Dad is a welder at the shipyard on the river and works nights.", ("I706", "a welder at the shipyard on the river")),
    ("Her husband runs the chippy by the harbour so works late.", ("I706", "runs the chippy by the harbour")),
    ("Baby was born in the hallway before the ambulance arrived.",
     ("I705", "born in the hallway before the ambulance arrived")),
    ("Baby has Treacher Collins syndrome, seen by the cleft team.", ("I705", "Treacher Collins syndrome")),
    ("He had therapeutic cooling for HIE at the regional unit.", ("I705", "had therapeutic cooling for HIE")),
])
def test_details_that_identify_in_a_small_place(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text", [
    "Any good leaflets for Polish families? Ours are out of date.",
    "She is a student at the moment and loves it.",
    "the GP at the practice said all fine",
])
def test_general_talk_is_no_detail(linter, text):
    assert not [f for f in linter.check(text) if f.rule in {"I705", "I706", "I707"}]


@pytest.mark.parametrize("text,expected", [
    ("saw rhianwen and the baby today, all well", ["rhianwen"]),
    ("dropped the forms round at glenmorrow after lunch", ["glenmorrow"]),
])
def test_lower_case_words_nobody_knows_are_flagged(linter, text, expected):
    assert [f.text for f in linter.check(text) if f.rule == "I107"] == expected


@pytest.mark.parametrize("text", [
    "her adress is on the sytem, cant make it tmrw",  # typos of common words
    "hahaha sooo tired, posseting everywhere",  # laughter, drawn-out words, baby-care words
    "Obrigada pela ajuda, a encomenda chegou ontem",  # a sentence in another language
])
def test_typos_slang_and_other_languages_are_not(linter, text):
    assert [f.text for f in linter.check(text) if f.rule == "I107"] == []


@pytest.mark.parametrize("text,expected", [
    ("Shipped from Ashford Falls, VT 05301 this morning.", ("I201", "Ashford Falls, VT 05301")),
    ("Shipped from Dunmore, PA this morning.", ("I205", "Dunmore, PA")),
    ("flying into lisbon on friday", ("I204", "lisbon")),
    ("shes back in romania till easter", ("I205", "romania")),
    ("Ticket printed as MR OKAFOR/CHIDI, matches passport.", ("I102", "OKAFOR/CHIDI")),
    ("Atentament,\nJordi Soler i Vidal", ("I102", "Jordi Soler i Vidal")),
    ("claim for my visit on 4/18/23 at the clinic", ("I501", "4/18/23")),
    ("Abholung bis Fr, 14.06. bitte", ("I501", "Fr, 14.06")),
])
def test_messages_from_abroad(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text", [
    "Thanks, OK with that.",  # a region code that is a word needs a ZIP
    "mixed 1/20/30 as the leaflet says",  # a month-first short date needs a word for when
    "weighed 3.5. Feeding well",  # a weight at a sentence's end
    "she is in pain and in bed",  # lower-case words after "in" that the dictionary knows
])
def test_look_alikes_abroad_are_not(linter, text):
    assert [f for f in linter.check(text) if f.rule in {"I204", "I205", "I501"}] == []


@pytest.mark.parametrize("text,expected", [
    ("la dirección es Calle 19 # 4-27, apto 302, Cali, gracias", ("I201", "Calle 19 # 4-27, apto 302, Cali")),
    ("deliver am go 7 Okafor Street, off Bode Thomas Road, Surulere, Lagos. Thanks",
     ("I201", "7 Okafor Street, off Bode Thomas Road, Surulere, Lagos")),
    ("Teslimat: Moda Sk. No:12 D:3 Kadıköy", ("I201", "Moda Sk. No:12 D:3 Kadıköy")),
    ("écrire à Mme Roux, BP 312, 98713 PAPEETE, Tahiti.", ("I201", "BP 312, 98713 PAPEETE, Tahiti")),
])
def test_address_blocks_abroad(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text", ["BP 120 systolic, CP 12 on the chart", "BP 118/76 after the feed"])
def test_blood_pressure_is_no_post_box(linter, text):
    assert [f for f in linter.check(text) if f.rule == "I201"] == []


@pytest.mark.parametrize("text,expected", [
    ("the courier ref is 7KQ2M9X41, still nothing", [("I603", "7KQ2M9X41")]),
    ("pedido AR-20771 sigue en camino", [("I606", "AR-20771")]),  # a long number's own rule leads
])
def test_a_code_of_letters_and_digits_is_an_id(linter, text, expected):
    assert [(f.rule, f.text) for f in linter.check(text) if f.category == "id"] == expected


@pytest.mark.parametrize("text", [
    "Is the Bosch Serie 6 WGB244A0GB quieter?",  # a model number after a product word
    "the RTX-4070 card runs hot",  # ... or before one
    "boosters for COVID-19 and use code SPRING25",  # too few digits: a disease, a promo code
    "COVER TONIGHT 10PM-6AM PLEASE",  # hours
])
def test_model_numbers_and_codes_that_name_nobody_are_not(linter, text):
    assert [f for f in linter.check(text) if f.category == "id"] == []


@pytest.mark.parametrize("text,expected", [
    ("Post to Tafarn y Glowyr, Heol Fawr, Dolgellau", ("I107", "Tafarn y Glowyr")),  # unknown words over a small word
    ("Post to Heol Fawr, Dolgellau LL40 1AB", ("I201", "Heol Fawr, Dolgellau LL40 1AB")),  # a Welsh street type
])
def test_welsh_names_and_streets(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text,expected", [
    ("City: Maputo", ("I208", "Maputo")),
    ("Place of birth: Kisumu, Kenya", ("I208", "Kisumu, Kenya")),
    ("la tarjeta terminada en 6613 fue bloqueada", ("I604", "6613")),
    ("send it to anil.m@okhdfcbank please", ("I403", "anil.m@okhdfcbank")),
])
def test_form_fields_cards_and_payment_addresses(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text", ["Town: quiet today, all fine", "the final 2024 report is late"])
def test_words_after_place_labels_and_years_are_not(linter, text):
    assert [f for f in linter.check(text) if f.rule in {"I208", "I604"}] == []


def test_another_fields_line_is_no_line_of_the_address(linter):
    text = "Name: Ishaq Rahman\nVill: Kachua\nDist: Sylhet"
    rules = {f.text: f.rule for f in linter.check(text)}
    assert rules.get("Kachua") == "I208" and rules.get("Sylhet") == "I208"
    assert not any(f.rule == "I201" and "Ishaq" in f.text for f in linter.check(text))


@pytest.mark.parametrize("text,expected", [
    ("Handover: Priya, Allenton, Derby. All well.", ("I204", "Derby")),  # a listed place that is also a word
    ("lives in Tilehurst, Reading, with her mum", ("I204", "Reading")),
])
def test_a_place_vouches_for_the_listed_place_beside_it(linter, text, expected):
    assert expected in found(linter, text)


def test_a_word_beside_a_place_is_not_a_place_unless_listed(linter):
    assert [f.text for f in linter.check("She lives in Leeds, Bath is where her mum is") if f.category == "location"] \
        == ["Leeds"]


@pytest.mark.parametrize("text,expected", [
    ("jess, can you swap Thursday?", ["jess"]),
    ("ange – the visit went well", ["ange"]),  # the start of a listed name (Angela)
])
def test_a_short_name_that_opens_a_message_addresses_someone(linter, text, expected):
    assert [f.text for f in linter.check(text) if f.category == "person"] == expected


@pytest.mark.parametrize("text", ["hun, you ok?", "defo, see you Thurs", "erm, not sure", "thurs, 10am ok"])
def test_texting_words_that_open_a_message_are_not(linter, text):
    assert [f for f in linter.check(text) if f.category == "person"] == []
