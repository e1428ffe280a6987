"""Small bases for our recognizers: a recognizer is its patterns, as class data.

Each concrete class sets RULE (stable id) and CATEGORY; a regex recognizer adds PATTERNS, a doc
recognizer implements `find(doc)`. Context is read by the patterns and `validate` themselves: every
score is above the threshold, so Presidio's context words would only change the reported score.
Subclasses are registered by discovery (`linter.recognizers.recognizer_classes`), which gives each its
MESSAGE, SUGGESTION and PLACEHOLDER from its entry in rules/identifiers.yaml (linter/identifier_rules.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, Iterable, Iterator

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult


@dataclass(frozen=True)
class Pattern:
    """A named regex. The span reported is the group named `id` when there is one."""

    name: str
    regex: str
    score: float
    flags: int = 0  # case-sensitive unless the pattern says otherwise


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    score: float
    why: str
    placeholder: str | None = None


class Recognizer(EntityRecognizer):
    """Shared identity of our recognizers; concrete classes only declare data."""

    RULE: ClassVar[str] = ""
    CATEGORY: ClassVar[str] = ""
    # from rules/identifiers.yaml, set when the recognizers are discovered (identifier_rules.bind)
    MESSAGE: ClassVar[str]
    SUGGESTION: ClassVar[str]
    PLACEHOLDER: ClassVar[str]
    PRIORITY: ClassVar[int] = 1  # 0: a guess that gives way to precise recognizers it overlaps

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.RULE],
            name=self.RULE,
            supported_language="en",
            context=[],
        )

    def load(self) -> None:  # data is compiled at class creation
        pass

    def hits(self, text: str, doc) -> Iterable[Hit]:
        raise NotImplementedError

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        results = []
        for hit in self.hits(text, doc):
            if hit.end <= hit.start:
                continue
            explanation = AnalysisExplanation(
                recognizer=self.RULE, original_score=hit.score, textual_explanation=hit.why
            )
            metadata = {"placeholder": hit.placeholder} if hit.placeholder else {}
            result = RecognizerResult(self.RULE, hit.start, hit.end, hit.score, explanation, metadata)
            results.append(result)
        return results


class RegexRecognizer(Recognizer):
    PATTERNS: ClassVar[list[Pattern]] = []

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls._compiled = [(p, re.compile(p.regex, p.flags)) for p in cls.PATTERNS]

    def validate(self, matched: str, match: re.Match) -> bool:
        """Checksums and pruning; False drops the match."""
        return True

    def placeholder_for(self, matched: str, match: re.Match) -> str | None:
        return None

    def hit_for(self, pattern: Pattern, match: re.Match, text: str) -> Hit | None:
        """One match -> its hit, or None. Override this (not `hits`) to reshape spans."""
        group = "id" if "id" in match.re.groupindex and match.group("id") else 0
        start, end = match.span(group)
        matched = text[start:end]
        if not self.validate(matched, match):
            return None
        return Hit(start, end, pattern.score, f"pattern '{pattern.name}'", self.placeholder_for(matched, match))

    def hits(self, text: str, doc) -> Iterator[Hit]:
        text = ascii_digits(text)  # "١٥ مارس", "۰۹۱۲ ۴۸۳ ۷۷۲۰": every pattern reads digits of any script
        for pattern, regex in self._compiled:
            for match in regex.finditer(text):
                hit = self.hit_for(pattern, match, text)
                if hit is not None:
                    yield hit


class DocRecognizer(Recognizer):
    """For recognizers that read the spaCy doc (entities, parts of speech, lemmas)."""

    def hits(self, text: str, doc) -> Iterable[Hit]:
        return self.find(doc)

    def find(self, doc) -> Iterable[Hit]:
        raise NotImplementedError


@lru_cache(maxsize=None)
def _digit_table() -> dict[int, str]:
    import unicodedata

    table = {}
    for code in range(0x80, 0x10000):  # the scripts people write numbers in are all in the first plane
        char = chr(code)
        if unicodedata.category(char) == "Nd":
            table[code] = str(unicodedata.digit(char))
    return table


def ascii_digits(text: str) -> str:
    """The text with every decimal digit of another script (Arabic-Indic, Persian, Bengali, Devanagari, full-width
    ...) written as 0-9: one character for one, so every offset stays the same."""
    return text if text.isascii() else text.translate(_digit_table())
