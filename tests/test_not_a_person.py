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
])
def test_no_person(linter, text):
    assert people(linter, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Went to see Nani Patel at home.", ["Nani Patel"]),  # a kinship word in a full name is still a name
    ("ben came round with ada and the baby", ["ben", "ada"]),  # English sentences keep lower-case names
    ("saw hope today, river is 3 wks now and feeding well", ["hope", "river"]),  # a word-name said to be an age
    ("mercy had baby joy at home last week", ["mercy", "joy"]),  # a word-name who had a baby
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
