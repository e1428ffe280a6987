import pytest


@pytest.fixture(scope="session")
def linter():
    """One loaded model for the whole test session."""
    from linter.engine import Linter

    return Linter()


@pytest.fixture(scope="session")
def spans(linter):
    """text -> [(rule, text)] of identifier findings, for recognizer tables."""

    def run(text, rules=None):
        found = [(f.rule, f.text) for f in linter.check(text) if f.kind == "identifier"]
        return [x for x in found if rules is None or x[0] in rules]

    return run
