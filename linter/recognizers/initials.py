"""Initials standing for a person (I104): "J's mum", "baby R", "S & J", "S said".

One capital letter is a person only in context; "A&E", "Q&A", "vitamin D", "Group B strep"
and the pronoun "I" never are. Initials with full stops before a surname, a first name or a word no
dictionary knows are the person written short: "M. F. Pinto", "J. Okoro".
"""
from __future__ import annotations

import re

from ..doc_view import view
from ..lexicon import not_identifier
from ..words import KIN_BEFORE, is_first_name, is_surname, vouched
from .base import DocRecognizer, Hit

# Pairs that are abbreviations, not two people.
NOT_PAIRS = frozenset("AE QA BQ MS BB PO RD RR GT TC SP PP HM DG FB".split())
# Words before a letter that make it a label, not a person: "vitamin D", "plan B", "hep B".
LABEL_BEFORE = frozenset("""vitamin vit plan group grp hep hepatitis type grade class level block section
ward bay room size page stage part step option category cat strep blood apgar bed floor unit""".split())
_PAIR = re.compile(r"(?<![\w&])([A-HJ-Z])\s*(?:&|\+|\band\b|/)\s*([A-HJ-Z])(?![\w&])")
_LETTER = re.compile(r"^[A-HJ-Z]\.?$")  # not "I"
_INITIALS_AND_NAME = re.compile(r"(?<![\w.&])((?:[A-Z]\.[ \t]?){1,3})[ \t]*([A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?)(?![\w'’-])")
# Abbreviations written with stops: "P.S. Thanks", "N.B. Baby", "U.K. Border Force"
NOT_INITIALS = frozenset("PS NB UK US EU AM PM RSVP OK TV DC UN".split())


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
        for m in _INITIALS_AND_NAME.finditer(text):
            letters = "".join(c for c in m.group(1) if c.isalpha())
            if letters not in NOT_INITIALS and not self._label(text, m.start()) and self._name_part(m.group(2)):
                yield Hit(m.start(), m.end(), 0.5, "initials before a name")
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
    def _name_part(word: str) -> bool:
        return (is_surname(word) or is_first_name(word) or not vouched(word, word.lower())) and not not_identifier(word)

    @staticmethod
    def _label(text: str, start: int) -> bool:
        before = text[max(0, start - 12):start].split()
        return bool(before) and before[-1].lower().strip(".,") in LABEL_BEFORE
