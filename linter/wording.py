"""Wording rules (rules/*.yaml) run over the same spaCy doc. Placeholder until the rules land."""
from __future__ import annotations


class WordingChecker:
    def __init__(self, nlp) -> None:
        self.nlp = nlp

    def check(self, doc) -> list:
        return []
