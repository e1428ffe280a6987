"""Initials standing for a person (I104): "J's mum", "baby R", "S & J", "S said".

One capital letter is a person only in context; "A&E", "Q&A", "vitamin D", "Group B strep"
and the pronoun "I" never are.
"""
from __future__ import annotations

import re

from ..doc_view import view
from ..words import KIN_BEFORE
from .base import DocRecognizer, Hit

# Pairs that are abbreviations, not two people.
NOT_PAIRS = frozenset("AE QA BQ MS BB PO RD RR GT TC SP PP HM DG FB".split())
# Words before a letter that make it a label, not a person: "vitamin D", "plan B", "hep B".
LABEL_BEFORE = frozenset("""vitamin vit plan group grp hep hepatitis type grade class level block section
ward bay room size page stage part step option category cat strep blood apgar bed floor unit""".split())
_PAIR = re.compile(r"(?<![\w&])([A-HJ-Z])\s*(?:&|\+|\band\b|/)\s*([A-HJ-Z])(?![\w&])")
_LETTER = re.compile(r"^[A-HJ-Z]\.?$")  # not "I"


class Initials(DocRecognizer):
    RULE = "I104"
    CATEGORY = "person"

    def find(self, doc):
        v = view(doc)
        text, n = v.text, len(v)
        for m in _PAIR.finditer(text):
            if m.group(1) + m.group(2) in NOT_PAIRS or self._label(text, m.start()):
                continue
            yield Hit(m.start(1), m.end(1), 0.7, "two initials joined by '&' or 'and'")
            yield Hit(m.start(2), m.end(2), 0.7, "two initials joined by '&' or 'and'")
        for i, word in enumerate(v.texts):
            if not _LETTER.match(word):
                continue
            prev = v.lowers[i - 1] if i > 0 else ""
            nxt = i + 1 if i + 1 < n else None
            if prev in LABEL_BEFORE:
                continue
            start = v.idx[i]
            end = start + 1
            if nxt is not None and v.lowers[nxt] in {"'s", "’s"}:
                yield Hit(start, end, 0.7, "an initial with a possessive 's")
            elif prev in KIN_BEFORE and word[0] != "A":
                yield Hit(start, end, 0.7, f"an initial after '{prev}'")
            elif (nxt is not None and v.pos[nxt] in {"AUX", "VERB"} and word[0] != "A"
                  and v.dep[i] in {"nsubj", "nsubjpass"}):
                yield Hit(start, end, 0.5, "an initial as the subject of a verb")

    @staticmethod
    def _label(text: str, start: int) -> bool:
        before = text[max(0, start - 12):start].split()
        return bool(before) and before[-1].lower().strip(".,") in LABEL_BEFORE
