"""Places: the GeoNames lists of the UK and abroad (I204) and structural cues (I205). Text -> exact spans.

Places are real UK towns from the shipped list, or invented names for the cue rules
(none comes from the evaluation corpus).
"""
import pytest

from discreet.linter.recognizers.places import PlaceCues, PlaceList


PLACE_LIST = [
    ("Family have just moved from Kettering to Wellingborough.", ["Kettering", "Wellingborough"]),
    ("Her sister lives out near Hebden Bridge.", ["Hebden Bridge"]),
    ("Mum grew up in Barrow-in-Furness.", ["Barrow-in-Furness"]),
    # a place that is also a word or a name needs a cue
    ("They moved in Reading last year.", ["Reading"]),
    ("Grandparents are in Ashby-de-la-Zouch, near Ashley.", ["Ashby-de-la-Zouch", "Ashley"]),
    # towns abroad from the GeoNames world list, accents or not; a common word abroad needs a cue too
    ("Her mum flies in from Hafnarfjörður and then Chernihiv.", ["Hafnarfjörður", "Chernihiv"]),
    ("Dad is working in Cork until the weekend.", ["Cork"]),
    ("she lives in kettering, her mum is over from athlone", ["kettering", "athlone"]),  # texted in lower case, cued
]

PLACE_LIST_CLEAN = [
    "Reading is hard with a newborn. Bath time went well.",
    "Spoke to Ashley about the sling.",
    "Deal with the bottles first, then the street party.",
    "Born in March, mum is Welsh-speaking.",
    "went to bed in reading glasses, then in bury the hatchet mood",  # lower case: only a word no dictionary has
    "The Toyota needs an MOT and the Cork board is full.",  # towns abroad that are words or brands, uncued
]


@pytest.mark.parametrize("text,expected", PLACE_LIST)
def test_place_list_spans(found, text, expected):
    assert found(PlaceList, text) == expected


@pytest.mark.parametrize("text", PLACE_LIST_CLEAN)
def test_place_list_needs_capitals_and_cues(found, text):
    assert found(PlaceList, text) == []


PLACE_CUES = [
    ("She lives in Thornbury Vale now.", ["Thornbury Vale"]),
    ("One of my mums in Quillerby has twins.", ["Quillerby"]),
    ("Name Ada Pryce, Cobbler Cross.", ["Cobbler Cross"]),
    ("lives in kettlebrook with her nan", ["kettlebrook"]),
    ("she's over in brackenmoor with her ma", ["brackenmoor"]),  # a direction word before "in"
    ("the family live up in Hollinsend now", ["Hollinsend"]),
    ("Her folks live at Taigh na Creige, past the pier.", ["Taigh na Creige"]),  # "live at" a house name
    ("la sottoscritta, nata a Corvalle il 10/12/1985", ["Corvalle"]),  # where she was born, as a form abroad says it
    ("Dad was born in Brantwick and moved here.", ["Brantwick"]),
]

PLACE_CUES_CLEAN = [
    "lives in a flat with her nan, in town most days.",
    "In January we start solids. In Tesco today.",
    "Went to the Retail Park and Jack Hill came along.",
    "On the estate the lifts are broken.",
    "Baby in SCBU for two nights, now in Ward 3.",
    "Use A4 paper for the plan.",
    "She's back in hospital, mum is up in arms about it.",
    "She lives at home with her mum and lives at the end of the lane.",
    "She was born in March, in water, in the end.",
]


@pytest.mark.parametrize("text,expected", PLACE_CUES)
def test_place_cue_spans(found, text, expected):
    assert found(PlaceCues, text) == expected


@pytest.mark.parametrize("text", PLACE_CUES_CLEAN)
def test_place_cues_leave_generic_places_alone(found, text):
    assert found(PlaceCues, text) == []


def test_paper_sizes_are_not_places_and_are_not_spread(spans):
    text = "Printed the plan on A4 paper for mum. Use A4 paper next time."
    assert spans(text) == []


@pytest.mark.parametrize("text,expected", [
    ("They live on the Ravenscroft estate by the shops.", [("I201", "Ravenscroft")]),
    # the floor after the estate is part of the address block (linter/address_block.py)
    ("Flat on the Marlowe Heights Estate, 3rd floor.", [("I201", "Marlowe Heights Estate, 3rd floor")]),
    ("Stuck in traffic on the A614 again.", [("I206", "A614")]),
])
def test_roads_and_estates_have_one_home_in_the_address_rules(spans, text, expected):
    assert spans(text) == expected


def test_weekday_in_the_plural_is_not_a_place(spans):
    # every rule is checked, not only the place rules
    assert spans("Baby group moves to Fridays from next month.") == []


@pytest.mark.parametrize("text,found", [
    ("Supporting a lovely family in Tower Hamlets.", ["Tower Hamlets"]),  # a council area GeoNames lacks
    ("They moved to Hackney Wick last month.", ["Hackney Wick"]),  # a neighbourhood
    ("Living with her mum in Barrow until the flat comes.", ["Barrow"]),  # the short form of Barrow-in-Furness
    ("Dad brought the barrow round to move the bags.", []),  # the word, without a cue
    ("We had the meeting on Teams.", []),
])
def test_council_areas_neighbourhoods_and_short_forms_are_places(linter, text, found):
    assert [f.text for f in linter.check(text) if f.category == "location"] == found


def test_the_short_form_of_a_long_town_name():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "tools" / "build_place_list.py"
    spec = importlib.util.spec_from_file_location("build_place_list", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.short_form("Barrow in Furness") == "Barrow"
    assert tool.short_form("Stratford-upon-Avon") == "Stratford"
    assert tool.short_form("Leeds") is None
