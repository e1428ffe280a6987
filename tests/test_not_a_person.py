"""Words that look like names but name nobody, by general mechanisms (invented sentences)."""
import pytest


def people(linter, text):
    return [f.text for f in linter.check(text) if f.category == "person"]


@pytest.mark.parametrize("text", [
    "Nani is flying over next month and Dadi is staying on.",  # kinship words of the family's language
    "Teta cooked, and Jiddo held the baby.",
    "She has a Spectra and an Elvie, plus a Jellycat bunny.",  # "a"/"an" before it: a thing
    "Quiero cambiar la dirección a partir del mes que viene.",  # a sentence in another language
    "Selamat siang, paket saya belum sampai.",
    "Baby Box arrived, they're using it as a crib.",  # a national scheme
    "- Infant feeding helpline diverts to the team on Fridays.",
    "Mum:\nPerineum sore but improving.",  # a label on its own line cues nothing on the next
    "Parents asked the private lady about it.",  # a listed name after a determiner is the noun
    "Swapped to SMA Comfort, then Gaviscon Infant for the reflux.",  # a product's line after its name
    "Dawn feeds are the longest, then a long sleep.",  # a word-name modifying the noun after it
    "Will need to talk about sun safety next time.",  # the modal, not Will
    "Do you sell filters for the Dyson V11?",  # after "the", a name with a model number or a noun: a product
    "I lost the leaflet for the Philips steam iron.",
    "Kia ora, booking the camper for two.",  # a greeting opening the line
    "Bula! The lamps arrived.",
    "Je vous écris au sujet de ma réservation.",  # the model's guess at a sentence in another language
    "Speaks Sylheti and some English.",  # the model's guess opening a sentence, only ordinary words
    "I ordered two Bosch cordless drills.",  # a surname before a product's own noun
])
def test_no_person(linter, text):
    assert people(linter, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Went to see Nani Patel at home.", ["Nani Patel"]),  # a kinship word in a full name is still a name
    ("ben came round with ada and the baby", ["ben", "ada"]),  # English sentences keep lower-case names
    ("saw hope today, river is 3 wks now and feeding well", ["hope", "river"]),  # a word-name said to be an age
    ("mercy had baby joy at home last week", ["mercy", "joy"]),  # a word-name who had a baby
    ("Re the Okafor baby: the Okonkwos are home.", ["Okafor", "Okonkwos"]),  # a family after "the"
    ("Kia is feeding well today.", ["Kia"]),  # a name that is also a greeting, doing something
    ("asked the SW Grace Adeyemi to chase it", ["Grace Adeyemi"]),
    ("- sky (baby storm's mum) asked for a call", ["sky", "storm"]),  # a lower-case name, a relation after it
    ("Mum gave Isla formula at 2am.", ["Isla"]),  # a first name before a product noun is still a name
    ("Bramble has been crying all day.", ["Bramble"]),  # an unlisted word-name doing what people do
])
def test_still_a_person(linter, text, expected):
    assert people(linter, text) == expected


def test_a_name_found_once_is_not_spread_to_the_same_word_after_a(linter):
    text = "Sophie is fine for later. She also got a Sophie la girafe."
    assert [(f.start, f.text) for f in linter.check(text) if f.category == "person"] == [(0, "Sophie")]


def test_a_name_after_the_is_still_a_name(linter):
    assert people(linter, "Notes from the Okafor visit are on the system.") == ["Okafor"]


def test_summer_away_is_no_age(linter):
    assert people(linter, "summer is 4 weeks away, we are booking the holiday") == []


def test_a_word_listed_only_as_a_surname_is_the_word_at_a_sentence_start(linter):
    from discreet.linter.recognizers.model_entities import ModelPerson

    nlp = linter.nlp_engine.nlp["en"]
    assert not ModelPerson().plausible("Lamb", nlp("Lamb chops for tea, she said."), 0)
    assert ModelPerson().plausible("Lamb", nlp("They saw Lamb at the clinic."), 2)


@pytest.mark.parametrize("text,expected", [
    ("Do you ship to Norway and Iceland?", []),  # a country as a market, not where anyone lives
    ("Returns from Germany, Austria and Switzerland are free?", []),
    ("Her sister in Poland has had a preemie.", ["Poland"]),  # where a relative lives
    ("Please send it to Jordan before Friday.", ["Jordan"]),  # a country that is also a given name
])
def test_countries_as_markets(linter, text, expected):
    assert [f.text for f in linter.check(text) if f.kind == "identifier"] == expected


def test_the_country_list_is_what_phonenumbers_builds():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "tools" / "build_country_list.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
