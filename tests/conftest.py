import os

import pytest
from hypothesis import settings


@pytest.fixture(scope="session")
def linter():
    """One loaded model for the whole test session."""
    from discreet.linter.engine import Linter

    return Linter()


@pytest.fixture(scope="session")
def phrase_checker(linter):
    """A wording checker with every rule but the model's (W230): for tests of the rules' own context (grammar,
    negation, quotes, lexicons). The model's sentences are judged by a probability and have their own tests
    (tests/test_wording_model.py)."""
    from discreet.linter.ruleset import default_rules
    from discreet.linter.wording import WordingChecker

    return WordingChecker(linter.nlp_engine.nlp["en"], tuple(rule for rule in default_rules() if not rule.model))


@pytest.fixture(scope="session")
def spans(linter):
    """text -> [(rule, text)] of identifier findings, for recognizer tables."""

    def run(text, rules=None):
        found = [(f.rule, f.text) for f in linter.check(text) if f.kind == "identifier"]
        return [x for x in found if rules is None or x[0] in rules]

    return run


@pytest.fixture(scope="session")
def found(linter):
    """(recognizer class, text) -> the texts of that one recognizer's hits, in order."""

    def run(cls, text):
        doc = linter.nlp_engine.process_text(text, "en").tokens
        return [text[h.start:h.end] for h in sorted(cls().hits(text, doc), key=lambda h: h.start)]

    return run


settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True)  # CI runs the same examples every time
settings.register_profile("long", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
