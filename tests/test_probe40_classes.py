"""Classes of identifiers missed on the spent blind probes 40-42 (tests/data/dev10), each tested with sentences
of our own: the whole identifier is one finding, and what is no identifier stays unflagged beside it."""
import pytest


def found(linter, text):
    return [(f.rule, f.text) for f in linter.check(text)]


@pytest.mark.parametrize("text,expected", [
    # initials with stops before a surname, a first name or a word no dictionary knows
    ("Com os melhores cumprimentos, T. R. Pinto", ("I104", "T. R. Pinto")),
    ("Signed on behalf of the board, J. Okwuosa", ("I104", "J. Okwuosa")),
    # a given name in no list straight before a surname found, small words of a surname between
    ("Travellers: Ana Ferreira, Yuka Tanaka", ("I102", "Yuka Tanaka")),
    ("Contact Wieteke van der Berg about the rota.", ("I101", "Wieteke van der Berg")),
    ("Parcel for Nurul bt Hashim, please leave at the door.", ("I102", "Nurul bt Hashim")),
    # whoever the writer pairs with herself
    ("Since Tuesday Marvellous and I have been at the new flat.", ("I103", "Marvellous")),
    # a listed given name as the label of a line, even one that is also a word
    ("1) Tamsin: all well, discharge next week\n2) Joy: wants a call back", ("I103", "Joy")),
])
def test_names(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text", [
    "P.S. Thanks for the cake!",
    "Group B. Strep swab was negative.",
    "Reason: feeding\nGeneral: all well\nPlan: visit Thursday",
    "Breakfast and I are not friends this week.",
    "In September and I think October too.",
])
def test_abbreviations_and_labels_are_no_names(linter, text):
    assert not [f for f in linter.check(text) if f.category == "person"]


@pytest.mark.parametrize("text,expected", [
    # month and weekday names of other languages (Unicode CLDR), in either order, with a suffix
    ("Programarea este marți, 9 septembrie, la ora 11.", ("I501", "marți, 9 septembrie")),
    ("Babalik kami sa Hunyo 21 para sa binyag.", ("I501", "Hunyo 21")),
    ("A leolvasás 2026. október 7-én lesz.", ("I501", "2026. október 7-én")),
    ("Vrijdag 4 april is de open dag.", ("I501", "Vrijdag 4 april")),
    # a range of dates is one date
    ("The trip is Tue 3rd – Thu 5th March, back by tea.", ("I501", "Tue 3rd – Thu 5th March")),
    ("Away from 2nd June to 9th June.", ("I501", "2nd June to 9th June")),
])
def test_dates(linter, text, expected):
    assert expected in found(linter, text)


@pytest.mark.parametrize("text", [
    "Mars 2 is a good film, apparently.",
    "Julie 12 weeks and feeling well.",
])
def test_english_words_beside_a_number_are_no_months(linter, text):
    assert not [f for f in linter.check(text) if f.rule == "I501"]


@pytest.mark.parametrize("text,expected", [
    # a street's name and its house number, as most of the world writes them
    ("The lift at Rothschildstrasse 88 is broken again.", [("I107", "Rothschildstrasse 88")]),
    ("Please deliver to Karakoy 17 before noon.", [("I107", "Karakoy 17")]),
    # a number with a unit after a town is no house number
    ("We met in Anfield 2 days ago.", [("I204", "Anfield")]),
])
def test_house_number_after_a_street(linter, text, expected):
    assert found(linter, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the town of an address, said again on its own, where the sentence alone does not say it is a place
    ("Mi land a Kingston last night. Mi deh at Lot 3, Mona Heights, Kingston 7.", ("I201", "Kingston")),
])
def test_the_town_of_an_address_is_found_again(linter, text, expected):
    assert expected in found(linter, text)


def test_an_ordinary_word_of_an_address_stays_a_word_elsewhere(linter):
    text = "Moved to 12 Mill Lane, Leeds LS6 2AB. Hope the move goes well."
    assert [t for _, t in found(linter, text)] == ["12 Mill Lane, Leeds LS6 2AB"]



@pytest.mark.parametrize("text,expected", [
    # named before "area" or "side": a place, in no list or also a word
    ("Anyone know a good physio in the Sandwich area?", [("I205", "Sandwich")]),
    ("Any doulas round the Kingston area?", [("I205", "Kingston")]),
    ("Meet by the North side of the park.", []),
    ("She's in the Baby Sensory area.", []),
    # whom to call at a phone number, even a word; a form's phone label is no one
    ("Contact Plum at +66 81 000 4729 for the keys.", [("I103", "Plum"), ("I404", "+66 81 000 4729")]),
    ("Zalo or Teléfono +34 612 000 917.", [("I404", "+34 612 000 917")]),
])
def test_places_by_area_and_people_by_phone(linter, text, expected):
    assert found(linter, text) == expected
