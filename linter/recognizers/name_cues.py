"""Names recognised by the words around them (I103): "baby X", "DP X", "X's mum", "named X".

A cue makes a name of a word the lists alone leave alone: lower case ("baby amber"), a name
that is also a word ("mum Hope"), or a name in no list ("baby Nevaeh").
"""
from __future__ import annotations

import re

from ..lexicon import not_identifier, word_list
from .base import DocRecognizer, Hit
from .name_list import (NOT_NAME_POS, NOT_NAMES, ROLE_WORDS, is_capitalised, is_first_name, is_surname,
                        is_word_name, never_names)

ENGLISH = word_list("english_words.txt")
# People words that come right before a name: "baby Finley", "DP Rob", "nan Pat".
KIN_BEFORE = frozenset("""
baby babe lo mum mam mom mummy dad daddy dh dp dw df dd ds partner husband hubby wife boyfriend bf
girlfriend gf fiance fiancee son daughter sister brother sibling twin nan nana nanna gran granny grandma
grandad grandpa mil fil sil bil auntie aunty aunt uncle cousin friend neighbour ex stepdad stepmum
hv mw sw colleague
""".split())
# Verbs whose object is usually a person: "spoke to X", "rang X" (the object must look like a name).
VERB_BEFORE = frozenset("saw visited met rang phoned texted messaged emailed called told asked".split())
LABELS = frozenset("contact name client mum dad parent parents re family patient baby".split())  # "Contact: X"
NAMING = frozenset("named called name's calling".split())  # "baby named X", "she's called X"
# What follows "X's" when X is a person: "Ffion's mum", "Rob's partner".
KIN_AFTER = KIN_BEFORE | frozenset("family house home mother father parents nursery school car kids children "
                                   "little one birth feeds feed room cot pram".split())


# Two-word cues before a name: "visit to X", "chat with X".
PHRASE_FIRST = {"to": {"visit", "visits", "spoke", "talked", "chatted", "speak", "talk", "said", "see", "handover"},
                "with": {"spoke", "chat", "chatted", "call", "met", "visit", "catch-up", "up", "session"}}
PHRASE_LAST = frozenset(PHRASE_FIRST)
AGE_AFTER = re.compile(r"\s*[,(]?\s*\d{1,2}(?:\.\d)?\s*(?:d|days?|wks?|weeks?|w|mo|mths?|months?|/52|/7)\b", re.I)
PHONE_AFTER = re.compile(r"\s*[,:(]?\s*(?:\+44|0)\s?\d{2,4}[\s-]?\d{3}")


def _alpha_word(token) -> bool:
    return token.is_alpha and len(token.text) >= 2


class NameCues(DocRecognizer):
    RULE = "I103"
    CATEGORY = "person"
    MESSAGE = "This looks like a person's name (the words around it say so)."
    SUGGESTION = "Use a role instead: mum, baby, partner."
    PLACEHOLDER = "[name]"

    def find(self, doc):
        blocked = never_names(doc)
        doc.user_data["discreet:text"] = doc.text  # Doc.text rebuilds the string on each access
        found: dict[str, tuple[float, str]] = {}  # a name cued once is a name in every mention
        hits, cued = [], set()
        for token in doc:
            if not _alpha_word(token) or token.i in blocked or token.lower_ in ROLE_WORDS:
                continue
            if not_identifier(token.text) and not (is_first_name(token.text) and is_capitalised(token.text)):
                continue  # a month can still be a baby's name: "baby May"
            why = self._cue(token)
            if why:
                found.setdefault(token.lower_, why)
                hits.append(self._hit(token, *why))
                cued.add(token.i)
        for token in doc:  # other mentions of a cued name
            why = found.get(token.lower_)
            if why and token.i not in blocked and token.i not in cued and self._mention(token):
                hits.append(self._hit(token, why[0], f"{why[1]} elsewhere in the text"))
        return hits

    @staticmethod
    def _mention(token) -> bool:
        if is_capitalised(token.text):
            return True
        return token.pos_ not in NOT_NAME_POS and token.dep_ not in {"amod", "compound"}

    @staticmethod
    def _hit(token, score, why):
        doc, end = token.doc, token
        while (end.i + 2 < len(doc) and doc[end.i + 1].text == "-" and not end.whitespace_
               and not doc[end.i + 1].whitespace_ and doc[end.i + 2].is_alpha):
            end = doc[end.i + 2]  # a hyphenated name ("Bryony-Mae")
        # a capitalised surname straight after ("baby Harper Quinlan") belongs to the name
        nxt = end.nbor(1) if end.i + 1 < len(doc) else None
        if (nxt is not None and end.whitespace_ == " " and is_capitalised(end.text)
                and is_capitalised(nxt.text) and nxt.is_alpha and not not_identifier(nxt.text)
                and (nxt.pos_ == "PROPN" or is_surname(nxt.text))):
            end = nxt
        return Hit(token.idx, end.idx + len(end.text), score, why)

    def _cue(self, token):
        doc = token.doc
        word, low = token.text, token.lower_
        prev = doc[token.i - 1].lower_.strip(".") if token.i > 0 else ""
        strong = is_capitalised(word) and prev in KIN_BEFORE | NAMING  # "DP Will" even if tagged AUX
        if low in NOT_NAMES or (token.pos_ in NOT_NAME_POS - {"VERB", "ADP"} and not strong):
            return None
        listed = is_first_name(word)
        plain = listed and not is_word_name(low)  # listed and never an ordinary word
        if not plain and not is_capitalised(word) and token.pos_ != "PROPN":
            # a lower-case word-name counts as a proper noun, or as a noun straight after a role word
            # ("baby hope", "dp mark"); elsewhere it is the ordinary word
            listed = listed and prev in KIN_BEFORE and token.pos_ == "NOUN"
        capital = is_capitalised(word)
        prev2 = doc[token.i - 2].lower_ if token.i > 1 else ""
        unknown_propn = capital_propn_unknown(token)
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        nxt2 = doc[token.i + 2].lower_.strip(".") if token.i + 2 < len(doc) else ""
        looks_named = strong or token.pos_ in {"PROPN", "NOUN", "X", "ADJ"}
        if prev == ":" and prev2 in LABELS and (listed or unknown_propn):
            return 0.7, f"follows the label '{prev2}:'"
        if prev in NAMING and (capital or listed) and looks_named:
            return 0.75, f"follows '{prev}'"
        if prev in KIN_BEFORE and looks_named and (listed or (capital and token.pos_ in {"PROPN", "AUX"})):
            return 0.7, f"follows the role word '{prev}'"
        if prev in VERB_BEFORE and (listed or unknown_propn):
            return 0.6, f"a listed name after '{prev}'"
        if nxt in {"'s", "’s"} and nxt2 in KIN_AFTER and (listed or capital):
            return 0.75, f"followed by \"'s {nxt2}\""
        if prev in PHRASE_LAST and prev2 in PHRASE_FIRST.get(prev, ()) and (listed or capital):
            return 0.7, f"follows '{prev2} {prev}'"
        after = token.doc.user_data["discreet:text"][token.idx + len(word):token.idx + len(word) + 24]
        namelike = listed or (capital and token.pos_ == "PROPN" and low not in ENGLISH)
        if namelike and capital and AGE_AFTER.match(after):
            return 0.7, "followed by an age in days, weeks or months"
        if namelike and capital and PHONE_AFTER.match(after):
            return 0.7, "followed by a phone number"
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (listed and capital and not not_identifier(word) and token.pos_ == "PROPN" and following is not None
                and following.pos_ in {"VERB", "AUX"} and (token.dep_ in {"nsubj", "nsubjpass"}
                                                          or token.head.i == following.i)):
            return 0.6, "a listed name as the subject of a verb"
        return None


def capital_propn_unknown(token) -> bool:
    """A capitalised proper noun in no dictionary and no place list: a name, after a person cue."""
    from .places import is_place

    return (is_capitalised(token.text) and token.pos_ == "PROPN" and token.lower_ not in ENGLISH
            and not is_place(token.text))
