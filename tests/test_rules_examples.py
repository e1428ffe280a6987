"""Every rule's own examples run as tests: each bad example is flagged by that rule, no good one is."""
import pytest

from discreet.linter.ruleset import default_rules
from discreet.linter.wording import WordingChecker

RULES = default_rules()
BAD = [(r.id, text) for r in RULES for text in r.examples_bad]
GOOD = [(r.id, text) for r in RULES for text in r.examples_good]


@pytest.fixture(scope="session")
def nlp(linter):
    return linter.nlp_engine.nlp["en"]


@pytest.fixture(scope="session")
def checker(nlp):
    return WordingChecker(nlp)


def fired(checker, nlp, text):
    return {f.rule for f in checker.check(nlp(text))}


@pytest.mark.parametrize("rule_id,text", BAD, ids=[f"{r}-bad-{i}" for i, (r, _) in enumerate(BAD)])
def test_bad_example_is_flagged(checker, nlp, rule_id, text):
    assert rule_id in fired(checker, nlp, text)


@pytest.mark.parametrize("rule_id,text", GOOD, ids=[f"{r}-good-{i}" for i, (r, _) in enumerate(GOOD)])
def test_good_example_is_not_flagged(checker, nlp, rule_id, text):
    assert rule_id not in fired(checker, nlp, text)
