"""Safe by default (I107): name-shaped words discreet cannot vouch for are identifiers for the group."""
from importlib import resources

import pytest

from discreet.linter.engine import Linter, Options


def _classes() -> dict[str, list[str]]:
    text = resources.files("discreet.linter").joinpath("data", "safe_words.txt").read_text(encoding="utf-8")
    classes: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = classes.setdefault(line[3:].strip(), [])
        elif current is not None and line.strip() and not line.startswith("#"):
            current.extend(line.split())
    return classes


SAFE = _classes()


def unknown(linter, text):
    return [f.text for f in linter.check(text) if f.rule == "I107"]


def test_the_safe_vocabulary_has_its_entry_classes():
    assert set(SAFE) == {"clinical shorthand", "baby products, medicines and apps",
                         "services, benefits and national organisations", "calendar and time words",
                         "languages, dialects and scripts spoken", "kinship and address words in the families' languages",
                         "everyday capitalised words in notes", "vaccines, tests and licences",
                         "faiths, denominations and festivals", "baby care, home and dialect words in notes",
                         "postnatal customs and foods of the families' cultures",
                         "greetings, thanks and form words in the families' languages",
                         "names of identity and tax numbers, currencies, couriers and payment services"}


@pytest.mark.parametrize("entry_class", sorted(SAFE))
def test_no_word_of_a_safe_class_is_flagged_however_it_is_written(linter, entry_class):
    texts = []
    for word in SAFE[entry_class]:
        for form in (word.lower(), word.capitalize(), word.upper()):
            texts.append(f"We talked about {form} today.")
    flagged = [t for t, found in zip(texts, linter.check_many(texts))
               if any(f.rule == "I107" for f in found)]
    assert flagged == []


@pytest.mark.parametrize("text,expected", [
    ("Went past the Tregarrow lot again.", ["Tregarrow"]),  # capitalised mid-sentence
    ("Her Brynteg cousins came round.", ["Brynteg"]),
    ("Her LinkedBridge forms arrived.", ["LinkedBridge"]),  # CamelCase
    ("Sent the referral to QXR yesterday.", ["QXR"]),  # an acronym no list knows
    ("Skjoldvik is where her sister lives.", ["Skjoldvik"]),  # a sentence's first word, unknown anywhere
    # a script without capitals that discreet has no vocabulary for: names and places, not its greetings
    ("I'm Ji-hoon (박지훈). Thanks, 감사합니다.", ["박지훈"]),
    ("Order for Chan Siu Ming (陳小明), 您好.", ["陳小明"]),
])
def test_name_shaped_unknown_words_are_flagged(linter, text, expected):
    assert unknown(linter, text) == expected


@pytest.mark.parametrize("text", [
    "Engorgement eased after the feed; Mastitis ruled out.",  # rare English words at a sentence start
    "Sterilising bottles with Milton; Tigrinya-speaking dad.",  # lemma and hyphenated parts
    "I'm pleased: she's using the Snuzpod and the WaterWipes.",
    "Mum was on the Facebook group and WhatsApp about the NHS leaflet.",
])
def test_ordinary_words_by_lemma_parts_and_safe_vocabulary_are_not_flagged(linter, text):
    assert unknown(linter, text) == []


def test_a_shouted_line_is_not_read_as_acronyms(linter):
    assert unknown(linter, "BABY FEEDING WELL TODAY, MUM HAPPY WITH THE PLAN.") == []


@pytest.mark.parametrize("destination", ["diary", "handover"])
def test_only_text_for_the_group_is_safe_by_default(destination):
    found = Linter(Options(destination=destination)).check("Went past the Tregarrow lot again.")
    assert [f for f in found if f.rule == "I107"] == []


def test_allow_words_in_the_config_vouch_for_a_word(tmp_path):
    from discreet.linter.config import load

    (tmp_path / "discreet.toml").write_text('[allow]\nwords = ["Tregarrow"]\n', encoding="utf-8")
    config = load(tmp_path / "discreet.toml")
    found = Linter(Options(config=config)).check("Went past the Tregarrow lot again.")
    assert [f for f in found if f.rule == "I107"] == []


def test_an_unknown_word_found_once_is_replaced_everywhere(linter):
    from discreet.linter.placeholders import safe_version

    text = "Went past the Tregarrow lot again. tregarrow kids were out."
    assert safe_version(text, linter.check(text)) == "Went past the [name] lot again. [name] kids were out."


def test_only_one_plural_s_is_taken_off_when_vouching():
    from discreet.linter.words import vouched

    # "Aliss" stripped of every s would be "ali", a word: only "alis" may vouch for it, and does not
    assert not vouched("Aliss", "aliss") and not vouched("Kuss", "kuss")
    assert vouched("Cabs", "cab") and vouched("Nappies", "nappy")


@pytest.mark.parametrize("text,expected", [
    ("Dad Jolly away working until the weekend.", ["Jolly"]),  # a word, but after a kin word a name
    ("Baby Testimony, born at home on Monday.", ["Testimony"]),
    ("Husband Tiger works at the garage.", ["Tiger"]),
])
def test_after_a_kin_word_an_ordinary_word_is_a_name(linter, text, expected):
    assert unknown(linter, text) == expected


@pytest.mark.parametrize("text", [
    "Baby Massage is on Tuesdays and Baby Sensory on Fridays.",  # services the safe vocabulary knows
    "Mum Type 1 diabetic, baby fine.",  # a label with a number
    "Try the Baby Sleep Info Source pages.",  # a heading in title case
    "ALL GOOD, MUM SMILING, BABY IS WITH NAN.",  # a shouted line read title-cased
    "The landlord Services team rang back.",  # a plural of a word
])
def test_after_a_kin_word_services_headings_and_shouting_are_not_names(linter, text):
    assert unknown(linter, text) == []
