"""Wording rules read the grammar: a noun is not the reporting verb, a baby's feeding is not defiance."""
import pytest

from linter.ruleset import compile_spec
from linter.wording import WordingChecker


@pytest.fixture(scope="module")
def found(linter):
    nlp = linter.nlp_engine.nlp["en"]
    checker = WordingChecker(nlp)
    return lambda text: sorted((f.rule, f.text) for f in checker.check(nlp(text)))


CASES = [
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


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_grammar_context(found, text, expected):
    assert found(text) == sorted(expected)


def test_part_of_speech_spec():
    assert compile_spec("claim/VERB") == {"LEMMA": {"IN": ["CLAIM", "Claim", "claim"]},
                                          "_": {"discreet_pos": {"IN": ["VERB"]}}}
    assert compile_spec("refuse/VERB|AUX?")["_"] == {"discreet_pos": {"IN": ["VERB", "AUX"]}}
