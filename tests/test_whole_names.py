"""A place found inside a longer proper name covers the whole name; house and farm names are places."""
import pytest

from discreet.linter.placeholders import safe_version


def test_the_safe_text_keeps_no_part_of_the_name(linter):
    text = "Born at Garstang County on Tuesday."
    assert safe_version(text, linter.check(text)) == "Born at [hospital] on Tuesday."


@pytest.mark.parametrize("text,expected", [
    ("Born at Garstang County on Tuesday.", ["Garstang County"]),  # a head word after the town
    ("Visited Garstang today, baby feeding well.", ["Garstang"]),  # a verb starting the sentence stays out
    ("She lives in Garstang Monday to Friday.", ["Garstang"]),  # a weekday is no part of a name
])
def test_a_place_grows_over_the_words_of_its_name(linter, text, expected):
    assert [f.text for f in linter.check(text) if f.category in {"location", "facility"}] == expected


def test_a_word_place_names_start_with_joins_an_unknown_word(linter):
    assert [f.text for f in linter.check("Lower Tollby, outside Garstang.")] == ["Lower Tollby", "Garstang"]


@pytest.mark.parametrize("text,expected", [
    ("They stay at Low Fenwick Farm near the river.", ["Low Fenwick Farm"]),
    ("Post goes to Ivy Cottage now.", ["Ivy Cottage"]),
    ("They rent The Old Rectory from the estate.", ["The Old Rectory"]),
    ("Her mam lives up at Tŷ'n Celyn.", ["Tŷ'n Celyn"]),
    ("We went to the City Farm and Soft Play Barn; their Farm shop is good.", []),  # kinds of place, not homes
])
def test_homes_by_their_names_are_places(linter, text, expected):
    assert [f.text for f in linter.check(text) if f.category in {"location", "facility"}] == expected


def test_an_estate_named_in_lower_case_is_a_place(linter):
    assert [f.text for f in linter.check("jade & baby kai, beechfield estate, ring first") if f.category == "location"] \
        == ["beechfield"]
    assert [f for f in linter.check("council estate, housing estate, industrial estate") if f.category == "location"] == []
