"""Wording matchers run on windows around anchor words: that must find exactly what a whole-text run finds."""
import pytest

from discreet.linter import wording
from discreet.linter.ruleset import compile_pattern, default_rules
from discreet.linter.wording import WordingChecker, _max_length, _windows

RULES = default_rules()
# Every rule example joined into one long note, with padding, so windows start and end mid-text,
# sit next to each other and overlap.
NOTE = " ".join(f"Visit {i} was fine. {text} We talked about sleep and feeding."
                for i, text in enumerate(t for r in RULES for t in r.examples_bad + r.examples_good))


def findings(checker, doc):
    return sorted((f.rule, f.start, f.end, f.severity) for f in checker.check(doc))


def test_windows_find_what_the_whole_text_finds(linter, monkeypatch):
    nlp = linter.nlp_engine.nlp["en"]
    checker = WordingChecker(nlp)
    doc = nlp(NOTE)
    windowed = findings(checker, doc)
    monkeypatch.setattr(wording, "_windows", lambda positions, reach, length: [(0, length)] if positions else [])
    assert windowed == findings(checker, doc)
    assert len(windowed) > len(RULES)  # the note really fires rules


def test_windows_cover_each_anchor_and_merge():
    assert _windows([5], 3, 20) == [(3, 8)]
    assert _windows([0, 19], 3, 20) == [(0, 3), (17, 20)]
    assert _windows([9, 5], 3, 20) == [(3, 12)]  # overlapping windows become one
    assert _windows([], 3, 20) == []


@pytest.mark.parametrize("pattern,longest", [
    ("claim", 1), ("mum ~? refuse", 3), ("so{0,3} lazy", 4), ("=very? ~{0,2} dirty house", 5),
])
def test_longest_match_a_pattern_allows(pattern, longest):
    assert _max_length(compile_pattern(pattern)) == longest


def test_unbounded_patterns_run_on_the_whole_text():
    assert _max_length(compile_pattern("so+ lazy")) is None
