"""The shared word lists (linter/words.py, linter/data/role_words.txt, nationalities.txt): each rule reads
its own tagged subset, so a word added for one rule does not change another."""
import subprocess
import sys
from pathlib import Path

import pytest

from discreet.linter import words
from discreet.linter.placeholders import _ROLE_OF


def test_a_role_word_is_only_in_the_subsets_its_tags_name():
    assert "doctor" in words.ROLE_WORDS and "doctor" not in words.KIN_BEFORE  # "doctor Evans" is no kin cue
    assert "colleague" in words.KIN_BEFORE and "colleague" not in _ROLE_OF  # a cue, but "[name]" in share
    assert "sister" in words.TITLES and "sister" in words.RELATIONS and _ROLE_OF["sister"] == "[sibling]"


def test_placeholder_labels_keep_their_spaces():
    assert _ROLE_OF["hv"] == "[health visitor]" and _ROLE_OF["sw"] == "[social worker]"


def test_a_background_is_matched_as_written_capitalised():
    assert words.is_background("Polish") and not words.is_background("polish")
    assert not words.is_background("POLISH")
    assert words.is_background("Sierra") and "sierra" not in words.NOT_NAMES  # Sierra is also a first name
    assert "urdu" in words.NOT_NAMES and not words.is_background("Urdu")  # a language, not a background


def test_an_ordinary_word_is_english_or_a_word_name():
    assert words.is_english("kettle") and words.is_english("Hope") and not words.is_english("Rhiannon")


def test_the_package_file_imports_on_its_own_for_pytest():
    """pytest imports the checkout's __init__.py without a package when the folder is not named discreet."""
    init = Path(words.__file__).resolve().parents[1] / "__init__.py"
    run = subprocess.run([sys.executable, "-c", f"import runpy; runpy.run_path({str(init)!r})"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_the_shipped_foreign_word_list_is_what_its_script_builds():
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "tools" / "build_foreign_words.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_shipped_calendar_words_are_what_their_script_builds():
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "tools" / "build_calendar_words.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_sentence_in_another_language_is_told_from_english(linter):
    from discreet.linter.doc_view import view
    from discreet.linter.words import in_other_language

    nlp = linter.nlp_engine.nlp["en"]
    spanish = view(nlp("Les escribo porque el reembolso no llega."))
    english = view(nlp("ben came round with ada and the baby"))
    assert in_other_language(spanish, 0)
    assert not in_other_language(english, 0)


@pytest.mark.parametrize("text,names", [
    ("Brand new 65 inch telly on the wall.", []),  # a larger dictionary's word, also a listed first name
    ("Mum said she'd sell her soul for five hours' kip.", []),
    ("saw charlie and his mum today", ["charlie"]),  # a name in common use stays a name in lower case
])
def test_dictionary_words_that_are_rare_names_are_words_in_lower_case(linter, text, names):
    assert [f.text for f in linter.check(text) if f.category == "person"] == names


def test_the_extra_dictionary_words_are_lower_case_and_sourced():
    from discreet.linter.lexicon import word_list

    extra = word_list("english_words_extra.txt")
    assert extra and all(w == w.lower() and w.isalpha() for w in extra)


@pytest.mark.parametrize("word,known", [
    ("Rebooked", True), ("Unswaddled", True), ("Overtired", True),  # a prefix on a dictionary word
    ("Unwin", False), ("Outram", False), ("Prewitt", False),  # names that start like a prefix
])
def test_a_prefixed_dictionary_word_is_vouched_for(word, known):
    assert words.vouched(word, word.lower()) is known


def test_the_shipped_brand_list_is_what_its_script_builds():
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "tools" / "build_brand_list.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_brand_list_hides_no_name_and_no_place():
    from discreet.linter.lexicon import word_list

    brands = word_list("brands.txt")
    places = word_list("uk_places.txt") | word_list("world_places.txt")
    one_word = [b for b in brands if " " not in b]
    assert len(brands) > 3000
    assert not [b for b in one_word if words.is_first_name(b) or words.is_surname(b) or b in places]
    assert "ted baker" not in brands and "paul smith" not in brands  # a full name is a person's too
    assert {"close caboo", "lactulose", "ocado"} <= brands


@pytest.mark.parametrize("text,found", [
    ("Client wants to try a Close Caboo before buying.", []),
    ("Bowels opened with help from Lactulose.", []),
    ("Nappies running low, mum's ordering more from Ocado.", []),
    ("Dad works nights at Nissan so she's alone.", ["Nissan"]),  # a brand is what an employer is
    ("Baby Milton is feeding well.", ["Milton"]),  # a one-word brand that is a name stays a name
])
def test_brands_name_nobody_unless_the_context_says_so(linter, text, found):
    assert [f.text for f in linter.check(text) if f.kind == "identifier"] == found


@pytest.mark.parametrize("text,found", [
    ("Has anyone bought the John Lewis own-brand cot bed? Or the one from Marks & Spencer.", []),
    ("Rose gold Elvie pump for sale.", []),
    ("Eid Mubarak, Shana Tova and Merry Christmas to everyone!", []),  # festival greetings name nobody
    ("Ted Baker rang about the visit.", ["Ted Baker"]),  # a brand named like a person, without a product's context
    ("Baby Elvie is feeding well.", ["Elvie"]),
    ("Mubarak rang to rebook.", ["Mubarak"]),
])
def test_brands_named_like_people_are_brands_only_in_a_products_context(linter, text, found):
    assert [f.text for f in linter.check(text) if f.kind == "identifier"] == found


def test_texted_english_is_not_another_language(linter):
    # "im" (I'm) is a word of other languages too; texted English keeps its lower-case names
    assert [f.text for f in linter.check("covering for aoife brennan while im off") if f.kind == "identifier"] == [
        "aoife brennan"]
