"""Context decides: negation, quotes, the writer about themselves, clinical use, guess vs observation."""
import pytest

from discreet.linter.findings import WORDING
from discreet.linter.ruleset import compile_spec, rule_by_id
from discreet.linter.wording import WordingChecker, rewrite


@pytest.fixture(scope="session")
def nlp(linter):
    return linter.nlp_engine.nlp["en"]


@pytest.fixture(scope="session")
def found(nlp, phrase_checker):
    def run(text):  # the rules' context: the model's sentences (W230) have their own tests
        return [(f.rule, f.text, f.severity) for f in phrase_checker.check(nlp(text))]

    return run


CASES = [
    # negation
    ("Mum refused the weigh-in today.", [("W105", "refused", "warning")]),
    ("Mum didn't refuse anything, she just wanted to wait.", []),
    ("Dad is not lazy at all, he does every nappy.", []),
    # the family's own words in quotes: a low-severity note only
    ('Mum said "I feel like a lazy mum" and cried a bit.', []),
    ('Mum wrote "lazy day, no visitors" in the feeding diary.', [("W201", "lazy", "info")]),
    ("Mum said she feels useless at night.", []),
    # the writer about themselves
    ("I was so lazy with my notes this week.", []),
    ("I felt useless when the pump wouldn't work.", []),
    # clinical use
    ("Baby refused the bottle so we tried a cup.", []),
    ("A difficult birth, forceps in theatre.", []),
    ("Section for failure to progress.", [("W703", "failure to progress", "info")]),
    ("The GP said it's probably reflux.", []),
    ("Her partner delivered the baby in the hallway before the ambulance came.", []),
    ("Mum delivered at home after a quick labour.", [("W704", "Mum delivered", "info")]),
    # observation versus guess
    ("I saw a bruise on her arm and followed the safeguarding procedure.", []),
    ("I think he hits her.", [("W302", "I think he", "error")]),
    ("I hope she's drinking plenty of water.", []),
    ("I think she would like more help with the night feeds.", []),
    ("She probably drinks most nights.", [("W303", "probably", "error")]),
    # lol and emoji only when aimed at someone
    ("My phone died again 🙄", []),
    ("Mum wants a home birth next time 🙄", [("W502", "🙄", "warning")]),
    ("Locked myself out of my own car lol", []),
    ("Good luck with that lol", [("W504", "Good luck with that", "warning"), ("W501", "lol", "warning")]),
    # third parties versus the family's own account
    ("Mum told me her sister is coming to stay.", []),
    ("The neighbour told me they argue every night.", [("W401", "The neighbour told", "warning")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_context(found, text, expected):
    assert sorted(found(text)) == sorted(expected)


def test_finding_fields(nlp):
    text = "Visit 2. She claims baby sleeps all night."
    [f] = WordingChecker(nlp).check(nlp(text))
    rule = rule_by_id("W101")
    assert (f.kind, f.category, f.rule, f.start, f.end, f.text) == (WORDING, "stigma", "W101", 13, 19, "claims")
    assert (f.message, f.suggestion, f.severity) == (rule.message, "says", "warning")
    assert f.explanation == f"W101: {rule.why}"


def test_check_reports_wording_with_suggestions(linter):
    wording = [(f.kind, f.rule, f.text, f.suggestion) for f in linter.check("Mum insists baby is fine.")
               if f.kind == WORDING]
    assert wording == [(WORDING, "W102", "insists", "says")]


def test_rewrite_swaps_only_safe_one_for_one_words(nlp):
    text = "Mum refused the leaflet. She claims baby sleeps. Dad insisted on staying."
    findings = WordingChecker(nlp).check(nlp(text))
    assert rewrite(text, findings) == "Mum declined the leaflet. She says baby sleeps. Dad insisted on staying."


def test_rewrite_keeps_capitals_and_leaves_identifiers_alone(nlp):
    text = "Refused to let me weigh baby."
    findings = WordingChecker(nlp).check(nlp(text))
    assert rewrite(text, findings) == "Declined to let me weigh baby."
    ident = [f.with_(kind="identifier") for f in findings]
    assert rewrite(text, ident + findings) == text


def test_a_label_from_staff_is_still_flagged(found):
    assert found("The ward described her as attention-seeking.") == [("W110", "attention-seeking", "error")]


def test_claiming_a_thing_is_not_doubting_an_account(found):
    assert found("She claimed the maternity grant last week.") == []
    assert found("She claims baby sleeps all night.") == [("W101", "claims", "warning")]


def test_rewrite_leaves_quoted_words_alone(nlp):
    text = 'On the form: "Refused the jab, no thanks." Later she refused the leaflet.'
    findings = WordingChecker(nlp).check(nlp(text))
    assert [(f.text, f.severity) for f in findings] == [("Refused", "info"), ("refused", "warning")]
    assert rewrite(text, findings) == 'On the form: "Refused the jab, no thanks." Later she declined the leaflet.'


@pytest.fixture(scope="module")
def rule_spans(nlp, phrase_checker):
    return lambda text: sorted((f.rule, f.text) for f in phrase_checker.check(nlp(text)))


# Wording rules read the grammar: a noun is not the reporting verb, a baby's feeding is not defiance.
GRAMMAR_CASES = [
    # "claim" the noun (a benefit or expense claim) is not doubt about the family's account
    ("Helped with her mileage claims.", []),
    ("She sorted out her expense claims yesterday.", []),
    ("Her benefit claims are being reviewed this month.", []),
    ("Expense claims by senior staff were reviewed after an audit.", []),
    ("Made a claim for the sure start grant.", []),
    # ...but the verb is, also where the small model mistags it in clipped note style
    ("She claims baby sleeps all night.", [("W101", "claims")]),
    ("Claims she has stopped smoking.", [("W101", "Claims")]),
    ("mum claims to be breastfeeding exclusively", [("W101", "claims")]),
    ("Partner claims that he works nights.", [("W101", "claims")]),
    # "refuse" the noun is rubbish
    ("The refuse collection is on Tuesdays.", []),
    ("Refuse bins were overflowing outside the flats.", []),
    # a baby refusing a teat or bottle is feeding, also through "who"/"that"
    ("We talked about babies who refuse teats.", []),
    ("Some babies refuse the bottle at first.", []),
    ("A baby that refuses the breast can be cup fed for a while.", []),
    # the parent refusing, through a relative clause too, is still flagged
    ("She refuses to let me weigh baby.", [("W105", "refuses")]),
    ("Mum, who refused the vitamin K leaflet, was upset.", [("W105", "refused")]),
    ("Spoke to dad, who refuses to use the cot.", [("W105", "refuses")]),
    ("Refused to let me weigh baby today.", [("W105", "Refused")]),
]


@pytest.mark.parametrize("text,expected", GRAMMAR_CASES, ids=[c[0][:40] for c in GRAMMAR_CASES])
def test_grammar_context(rule_spans, text, expected):
    assert rule_spans(text) == sorted(expected)


def test_part_of_speech_spec():
    assert compile_spec("claim/VERB") == {"LEMMA": {"IN": ["CLAIM", "Claim", "claim"]},
                                          "_": {"discreet_pos": {"IN": ["VERB"]}}}
    assert compile_spec("refuse/VERB|AUX?")["_"] == {"discreet_pos": {"IN": ["VERB", "AUX"]}}


def test_a_word_inside_a_name_is_no_judgement(linter):
    # "Princess" is a person descriptor to W219; in a hospital's name it is the name
    found = [(f.rule, f.text) for f in linter.check("Born at the Princess Royal last night.")]
    assert found == [("I304", "Princess Royal")]
