"""Context that spreads (issue 15.4): a found name vouches for the names bound to it."""
import pytest


def names(linter, text):
    return [f.text for f in linter.check(text) if f.kind == "identifier" and f.category == "person"]


@pytest.mark.parametrize("text,expected", [
    ("Ffion and Hope slept well.", ["Ffion", "Hope"]),  # a word-name joined to a found name
    ("Hope and Ffion slept well.", ["Hope", "Ffion"]),
    ("Took Ffion & Will to clinic.", ["Ffion", "Will"]),
    ('Bethany Cartwright ("Bee") came to group.', ["Bethany Cartwright", "Bee"]),
    ("Bethany Cartwright 'bee' came to group.", ["Bethany Cartwright", "bee"]),  # quoted: any case
    ("Ffion aka Fee rang about feeds.", ["Ffion", "Fee"]),
    ("Otter and Ffion were both asleep.", ["Otter", "Ffion"]),  # the pair does something: both are people
    ("Autumn and baby Ffion sat in the sun.", ["Autumn", "Ffion"]),  # a role word inside the pair
    ("Saw Ffion and her daughter Tilly.", ["Ffion", "Tilly"]),
    ('Baby Gabriel ("Bing") 4 wks.', ["Gabriel", "Bing"]),  # a quoted nickname even when a brand is spelt so
    ("Handover from Ffion to Otter: two visits.", ["Ffion", "Otter"]),  # handed from one person to another
    ("Handover from Otter to Ffion: two visits.", ["Otter", "Ffion"]),
])
def test_a_found_name_spreads_to_the_name_bound_to_it(linter, text, expected):
    assert names(linter, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Visit to Sandy (she prefers it) today.", ["Sandy"]),  # a lower-case word in brackets is not a name
    ("Husband Dafydd rang.", ["Dafydd"]),  # "Husband" ends in "and" but joins nothing
    ("Saw Ffion and Mum together.", ["Ffion"]),  # roles stay roles
    ("Feeding and Ffion's weight discussed.", ["Ffion"]),  # an ordinary word starting the sentence
    ("Ffion and Calpol at bedtime.", ["Ffion"]),  # the safe vocabulary
    ("Saw Ffion and Tuesday was fine.", ["Ffion"]),
    ("Weaning and Ffion needed talking about.", ["Ffion"]),  # an -ing word is an activity
    ("Feeding and baby Ffion's weight discussed.", ["Ffion"]),
])
def test_spreading_stops_at_roles_ordinary_words_and_lower_case_asides(linter, text, expected):
    assert names(linter, text) == expected


def test_what_spreads_is_found_in_every_mention(linter):
    from discreet.linter.placeholders import safe_version

    text = "Ffion and Hope slept well. Hope fed at 3am."
    assert safe_version(text, linter.check(text)) == "[name 1] and [name 2] slept well. [name 2] fed at 3am."


@pytest.mark.parametrize("text,expected", [
    ("This is Min-jun from the flat upstairs.", ["Min-jun"]),  # the hyphenated rest of a name
    ("Our neighbour, Mrs Van der Zee, took it in.", ["Van der Zee"]),  # particles inside a surname
    ("Saw Lucia de la Vega and baby.", ["Lucia de la Vega"]),
    ("Recipient: Nurul Aisyah binti Kamaruddin, new address", ["Nurul Aisyah binti Kamaruddin"]),  # read as a place alone
    ("Xin chào, tôi là Nguyễn Thị Thu Hà, đơn hàng.", ["Nguyễn Thị Thu Hà"]),  # a part the lists rule out ("Thu")
])
def test_a_name_is_found_whole(linter, text, expected):
    assert names(linter, text) == expected
