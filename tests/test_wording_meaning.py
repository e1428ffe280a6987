"""Wording found by meaning: negative words said of a person (VADER + our lexicons) and frames.

Every sentence here is our own and is named by no rule's phrase list or examples."""
import pytest

from discreet.linter import ruleset
from discreet.linter.ruleset import RuleError, lexicon


@pytest.fixture(scope="module")
def found(linter, phrase_checker):
    nlp = linter.nlp_engine.nlp["en"]
    return lambda text: sorted((f.rule, f.text, f.severity) for f in phrase_checker.check(nlp(text)))


SAID_OF_A_PERSON = [
    ("Her mother is incredibly spiteful.", [("W219", "spiteful", "warning")]),
    ("The boyfriend was hostile from the moment I arrived.", [("W219", "hostile", "warning")]),
    ("What a hateful man.", [("W219", "hateful", "warning")]),
    ("Grandad was sweaty and unshaven.", [("W608", "sweaty", "warning")]),
]
KIND_RECORDS = [
    "Mum is exhausted and in pain after the section.",
    "Baby was miserable with wind all evening.",
    "Dad felt hopeless at 3am, he told me.",
    "The car park was awful again.",
    "She is not spiteful at all, just very tired.",
    "Mum was frightened and tearful when the alarm went off.",
    "Dad was frustrated with the long wait at the pharmacy.",
    "Mum called the birth brutal and we talked about a debrief.",
    "Baby is enormous now, 7kg.",
]


@pytest.mark.parametrize("text,expected", SAID_OF_A_PERSON, ids=[c[0][:40] for c in SAID_OF_A_PERSON])
def test_negative_word_said_of_a_person_is_flagged(found, text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", KIND_RECORDS, ids=[t[:40] for t in KIND_RECORDS])
def test_feelings_pain_and_things_are_not_judgements(found, text):
    assert found(text) == []


FRAMES = [
    ("The landlady mentioned that dad has a drink problem.", "W406"),
    ("He clearly just wants her benefits.", "W306"),
    ("Bottles of cider in the bin again, draw your own conclusions.", "W307"),
    ("Mother of the year was on her phone the whole feed.", "W511"),
    ("New trainers for him every week, alright for some.", "W512"),
    ("Lovely, the dog on the changing mat again.", "W513"),
    ("Missed the weigh-in (naturally).", "W514"),
    ("Mum was 'too tired' for the bath again.", "W515"),
    ("Girls like that never listen to anyone.", "W221"),
    ("Dad is not the sharpest, bless him.", "W220"),
]


@pytest.mark.parametrize("text,rule", FRAMES, ids=[c[1] for c in FRAMES])
def test_frame_finds_unkind_wording_no_phrase_list_names(found, text, rule):
    assert rule in {r for r, _, _ in found(text)}


FRAME_LOOKALIKES = [
    "The HV mentioned that baby's weight is on the 50th centile.",
    "Mum clearly loves the bath, she was smiling all the way through.",
    "Empty bottles were on the drainer, sterilised and ready.",
    "She won employee of the year before her maternity leave.",
    "Lovely visit, see you on Thursday.",
    "Weighed baby (4.3kg) and checked the cord.",
    "How can we help these families get to the baby cafe?",
    "Baby was hiccuping all through the feed, bless him.",
    "Discharge summary: poor maternal effort, forceps in theatre.",
    "I locked myself out of the car 😂 my own fault.",
]


@pytest.mark.parametrize("text", FRAME_LOOKALIKES, ids=[t[:40] for t in FRAME_LOOKALIKES])
def test_kind_sentences_shaped_like_a_frame_are_not_flagged(found, text):
    assert found(text) == []


def test_family_words_in_quotes_stay_a_note(found):
    assert found('Her text said "he is so obnoxious when he is tired".') == [("W219", "obnoxious", "info")]


def test_the_broad_rule_gives_way_to_the_rule_naming_the_word(found):
    assert found("Dad is so lazy.") == [("W201", "lazy", "warning")]


def test_severity_follows_the_destination(linter):
    from discreet.linter.engine import Linter, Options

    diary = Linter(Options(destination="diary"))
    assert [(f.rule, f.severity) for f in diary.check("Her mother is incredibly spiteful.")] == [("W219", "error")]
    assert [(f.rule, f.severity) for f in linter.check("Her mother is incredibly spiteful.")
            if f.kind == "wording"] == [("W219", "warning")]


def test_lexicon_takes_vader_words_minus_feelings_and_clinical_words():
    words = lexicon("negative_person")
    assert {"obnoxious", "spiteful", "arrogant", "diva"} <= words
    assert not {"tired", "sore", "upset", "crying", "pain", "worried", "no"} & words


def test_lexicon_directives(tmp_path, monkeypatch):
    (tmp_path / "base.txt").write_text("alpha\nbeta  # a comment\n", encoding="utf-8")
    (tmp_path / "drop.txt").write_text("beta\n", encoding="utf-8")
    (tmp_path / "mixed.txt").write_text("%include base\n%minus drop\ngamma\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("%frobnicate 3\n", encoding="utf-8")
    monkeypatch.setattr(ruleset, "LEXICON_DIR", tmp_path)
    ruleset.lexicon.cache_clear()
    try:
        assert ruleset.lexicon("mixed") == {"alpha", "gamma"}
        with pytest.raises(RuleError, match="unknown directive"):
            ruleset.lexicon("broken")
        with pytest.raises(RuleError, match="no lexicon @missing"):
            ruleset.lexicon("missing")
    finally:
        ruleset.lexicon.cache_clear()


def test_missing_sentiment_lexicon_fails_loudly(monkeypatch):
    def gone(name):
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(ruleset.resources, "files", gone)
    with pytest.raises(RuleError, match="vaderSentiment"):
        ruleset.vader_words(-1.0)


def test_about_must_be_a_known_target():
    rule = {"id": "W999", "category": "judgement", "severity": "warning", "message": "m", "why": "w",
            "source": "s", "suggestions": ["x"], "patterns": ["rude"], "about": "weather",
            "examples": {"bad": ["a", "b"], "good": ["c", "d"]}}
    with pytest.raises(RuleError, match="'about' must be one of"):
        ruleset.parse_rule(rule, "test.yaml")
