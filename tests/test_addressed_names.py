"""Who a message greets, who signs it or introduces herself, and a nickname in quotes (I103, I106)."""
import pytest

PEOPLE = {"I101", "I102", "I103", "I106", "I107"}


@pytest.mark.parametrize("text,expected", [
    ("hi jo, can you cover my 2pm?", ["jo"]),  # greeted, lower case
    ("Hi Precious, it's the doula again", ["Precious"]),  # a name that is also a word, greeted
    ("hi its thandi again, parcel still missing", ["thandi"]),  # introduces herself, in no list
    ("it's mary-kate from the flat upstairs", ["mary-kate"]),
    ('Baby Bronwen, who everyone calls "Bunny", is 7 weeks. Bunny feeds well.', ["Bronwen", "Bunny", "Bunny"]),
    ('It was her brother "Tank" who came, not the boyfriend', ["Tank"]),
    ("Thanks for sorting it.\n\nMet vriendelijke groet,\nJoost van den Bergh", ["Joost van den Bergh"]),
    ("Mit freundlichen Grüßen\nK. Vogelsang", ["K. Vogelsang"]),
    ("Leave it next door.\nCiarán Ó Murchú", ["Ciarán Ó Murchú"]),  # a particle inside the name
    ("Hi Ploy 😊 the dress arrived today", ["Ploy"]),  # greeted: a word, but whoever is greeted is a person
    ("Dear Memory Chikwanha,\nYour receipt is attached.", ["Memory Chikwanha"]),
    ("Dear Park Ji-woo,\nThank you for accepting.", ["Park Ji-woo"]),  # "Dear Park" is no park
])
def test_addressed_and_signed_names(spans, text, expected):
    assert [t for _, t in spans(text, PEOPLE)] == expected


@pytest.mark.parametrize("text", [
    "Hi all, hi team. Thanks again for the tips.",
    "it's precious time with a newborn",
    "its fine, its ok again",
    "Kind regards,\nThe Bookings Team",
    "Plan:\n- Breastfeeding support\n- Weigh on Friday",  # a bullet is no signature
    "Dear Customer,\nYour order is on its way.",  # how one greets a stranger, a group or an office
    "Dear Front Office,\nPlease hold the deposit.",
    "Dear Bursar,\nThe fees are paid.",
    "Hi [First Name],\nThanks for booking.",  # a template's placeholder
])
def test_no_name_is_greeted_here(spans, text):
    assert spans(text, PEOPLE) == []


@pytest.mark.parametrize("text,expected", [
    ("Tash – the Okoro visit ran over, can you push mine back?", ["Tash", "Okoro"]),  # a name and a dash open the message
    ("kez, can you grab the scales from the office", ["kez"]),  # in lower case, in no list
    ("shaz you'll laugh, the printer ate my notes again", ["shaz"]),  # straight into "you"
    ("Sky just fed and settled, all well", ["Sky"]),  # a word-name; an adverb before what she did
])
def test_a_message_that_opens_with_a_name_speaks_to_her(spans, text, expected):
    assert [t for _, t in spans(text, PEOPLE)] == expected


@pytest.mark.parametrize("text", [
    "Hope you're well, quick one about reflux.",  # "hope" the verb
    "Morning, quick question about sterilising.",
    "Update: feeding going well, weight up.",
    "Thanks, see you Tuesday",
])
def test_an_ordinary_opening_is_no_name(spans, text):
    assert spans(text, PEOPLE) == []


@pytest.mark.parametrize("text,expected", [
    ("Popped in to the Marshes, the Reeds were out", ["Reeds"]),  # a surname that is a word, in the plural
    ("Left the leaflet at the Pellows' door", ["Pellows"]),  # in no list, before a plural possessive
    ("New baby at the Ashdowns, baby Fern 3 wks and feeding well", ["Ashdowns", "Fern"]),  # a word after 'baby', an age
])
def test_families_by_surname_and_babies_by_age(spans, text, expected):
    assert [t for _, t in spans(text, PEOPLE)] == expected
