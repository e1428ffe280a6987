"""Safe by default for the group (I107): a name-shaped word discreet cannot vouch for is an identifier.

The recall-first design of clinical de-identification (Philter): rather than recognise every name,
keep only the words known to be ordinary. A word is vouched for when a general English word
frequency list (wordfreq) or dictionary knows it, by its form, its lemma or its parts, or when the
project's safe vocabulary (linter/data/safe_words.txt: clinical shorthand, products, services,
languages, kinship words) has it. What is left and is shaped like a name is flagged: capitalised,
CamelCase, or an acronym. In lower case only a word that no list, not even wordfreq's, has and that is no typo
of a common word (one letter off) is flagged, one a sentence: typos and slang are far commoner than names. A word in a
script without capitals (Chinese, Japanese, Korean, Arabic, Thai ...) is name-shaped by default: discreet has no
vocabulary for it, so only the greetings and form words of the safe vocabulary pass.

Only for text leaving the practitioner's hands (the group and `share`); diary and handover notes
keep names on purpose.
"""
from __future__ import annotations

import re

from ..doc_view import view
from ..lexicon import not_identifier, safe_words
from ..other_languages import may_be_foreign, ordinary_in, written_in
from ..words import (FIRST_NAMES, KIN_BEFORE, NOT_NAME_POS, ROLE_WORDS, SURNAMES, TITLES, a_typo, in_other_language,
                     never_names, vouched, zipf)
from .base import DocRecognizer, Hit

ACTIVE_FOR = {"group"}
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}s?")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")
_NAME_FOLLOWS = TITLES | KIN_BEFORE  # "Frau", "chị", "baby": a name comes next
_WHERE_DE = frozenset("in im nach aus bei von vom zu zum zur am an auf".split())
_CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]")


def _uncased(word: str) -> bool:
    """A letter of a script with no capitals: 陳, 박, ع, ก."""
    return word[0].isalpha() and word[0].lower() == word[0].upper()


def _opens(v, i: int) -> bool:
    """Token i opens the text, a line or a sentence by its punctuation. The parser's sentence starts are not
    enough here: in a language it was not trained on it starts sentences at names ("Saya ibunya | Raka ...")."""
    j = i - 1
    while j >= 0 and v.is_space[j] and "\n" not in v.texts[j]:
        j -= 1
    return j < 0 or "\n" in v.texts[j] or v.texts[j] in _OPENERS_AFTER


# a small word inside a name: "Siop y Gornel", "Pen y Bryn", "Tir na nOg", "Sidi bel Abbes"
_LINK = re.compile(r" (?:y|yr|na|nan|an|a'|de|la|le|del|di|da|do|dos|das|du|van|von|bel|al|el) ")
_LOWER_WHY = "a lower-case word no dictionary knows and no typo of one; it could be a name or a place"
_DRAWN_OUT = re.compile(r"(.)\1\1|^(?:ha|he|hi|lo|la|ja|xo)+h?$")


_OPENERS_AFTER = frozenset(". ! ? … : ; ¡ ¿ ( \" “".split())


def _capitalised_run(v, i: int) -> list[int]:
    """Token i and the capitalised words beside it, one space apart ("Maternitatea Giulești")."""
    lo = hi = i
    while lo > 0 and v.texts[lo - 1][:1].isupper() and v.text[v.ends[lo - 1]:v.idx[lo]] == " ":
        lo -= 1
    while hi + 1 < len(v) and v.texts[hi + 1][:1].isupper() and v.text[v.ends[hi]:v.idx[hi + 1]] == " ":
        hi += 1
    return list(range(lo, hi + 1))


def _named_after_kin(v, i: int, word: str) -> bool:
    """"Dad Paddy", "Baby Favour", "Sister-in-law Winnie": straight after a kin word or a title, a capitalised word is
    a name even when it is also a word; only the safe vocabulary ("Baby Sensory" is in never_names) vouches there."""
    if not (word[0].isupper() and word[1:].islower()) or i == 0 or v.text[v.ends[i - 1]:v.idx[i]] != " ":
        return False
    prev = v.lowers[i - 1].rstrip(".")
    if prev not in _NAME_FOLLOWS:
        return False
    low = word.lower()
    if low in safe_words() or not_identifier(low) or low in _NAME_FOLLOWS or low in ROLE_WORDS:
        return False
    if low.endswith("s") and len(low) > 3 and vouched(low[:-1], low[:-1]) and low not in FIRST_NAMES:
        return False  # a plural ("the landlord Services team"), not a name ending in s (Miles is listed)
    if v.pos[i] in NOT_NAME_POS or low.endswith("ing") or _shouted_line(v.text, v.idx[i]):
        return False  # "BABY IS WITH NAN", "MUM SMILING" are read title-cased: "Is", "Smiling" are no names
    # a heading in title case ("Baby Sleep Info Source") or a label with a number ("mum Type 1 diabetic")
    nxt = i + 1 if i + 1 < len(v) and v.text[v.ends[i]:v.idx[i + 1]] == " " else None
    return nxt is None or not (v.texts[nxt][:1].isdigit()
                               or v.texts[nxt][:1].isupper() and vouched(v.texts[nxt], v.lemmas[nxt]))


_NUMBER_LINK = frozenset(": # no no. nr nr. n° nº №".split())


def _labels_a_number(v, i: int) -> bool:
    """"CNP: 2870516125798", "MRN no. 00481733": an acronym before ":", "#" or "no." and a long number names the kind
    of number (the number is the identifier, and its own rules find it), not a person or a place. Without the
    link it may be the number's own first part ("LGZ 4418", "PE 123456789") and stays flagged."""
    j, linked = i + 1, False
    while j < len(v) and (v.is_space[j] or v.lowers[j] in _NUMBER_LINK) and j - i <= 3:
        linked = linked or not v.is_space[j]
        j += 1
    return linked and j < len(v) and sum(c.isdigit() for c in v.texts[j]) >= 4


def _shouted_line(text: str, start: int) -> bool:
    from ..shouting import shouted

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return shouted(text[line_start:line_end if line_end >= 0 else len(text)])


class UnknownWord(DocRecognizer):
    RULE = "I107"
    CATEGORY = "person"
    PRIORITY = 0  # gives way to a precise finding it overlaps

    def __init__(self) -> None:
        super().__init__()
        self.active = True
        self.allowed: frozenset[str] = frozenset()

    def configure(self, options) -> None:
        self.active = getattr(options, "destination", "group") in ACTIVE_FOR
        config = getattr(options, "config", None)
        self.allowed = frozenset(w.lower() for w in getattr(config, "allow_words", ()) or ())

    def find(self, doc):
        if not self.active:
            return
        v = view(doc)
        blocked = never_names(doc)  # inside a phrase the never-identifier list names: "Shana Tova", "Close Caboo"
        run: list[tuple[int, int, str]] = []  # unknown words side by side are one name: "Ysolde Quennell"
        lower: dict[int, list[int]] = {}  # lower-case unknown words by sentence
        for i, word in enumerate(v.texts):
            if i in blocked:
                continue
            if len(word) < 2:
                continue
            if not (word[0].isupper() or _uncased(word)):  # most tokens: lower case, cheap tests first
                if self._unknown_lower(doc, v, i, word):
                    lower.setdefault(v.sentence_bounds(i)[0], []).append(i)
                continue
            if not (v.is_alpha[i] or _ACRONYM.fullmatch(word) or _uncased(word)) or word.lower() in self.allowed:
                continue
            why = self._shape(v, i, word)
            if not why or self._ordinary_abroad(doc, v, i, word) or word.isupper() and _labels_a_number(v, i):
                continue
            if run and (v.text[run[-1][1]:v.idx[i]] in (" ", "-") or _LINK.fullmatch(v.text, run[-1][1], v.idx[i])):
                run[-1] = (run[-1][0], v.ends[i], run[-1][2])
            else:
                run.append((v.idx[i], v.ends[i], why))
        for start, end, why in run:
            yield Hit(start, end, 0.5, why)
        for found in lower.values():
            if len(found) == 1:  # two or more in one sentence: a language discreet cannot read, not names
                yield Hit(v.idx[found[0]], v.ends[found[0]], 0.5, _LOWER_WHY)

    def _unknown_lower(self, doc, v, i: int, word: str) -> bool:
        """"seonaid had the baby", "saw her on bransholme": a lower-case word no dictionary, word list or frequency list
        knows and that is no typo of a common word is a name or a place written small."""
        if len(word) < 4 or not v.is_alpha[i] or not word.isascii() or not word.islower() or word in self.allowed:
            return False
        if vouched(word, v.lemmas[i]) or word in FIRST_NAMES or word in SURNAMES or zipf(word) > 0:
            return False  # wordfreq knows every word of the web it read; a listed name is the name rules' to judge
        if _DRAWN_OUT.search(word) or a_typo(word):
            return False  # "sooo", "hahaha"; "adress", "tomorow"
        # "dicek ya min": a sentence or a text in another language says nothing here
        return not may_be_foreign(doc, i)

    @staticmethod
    def _ordinary_abroad(doc, v, i: int, word: str) -> bool:
        """"Die Kaution", "Cordiali saluti", "Καλησπέρα": a common word of the language its sentence is in."""
        if _uncased(word) or _CYRILLIC_OR_GREEK.search(word):
            return False  # their names are not on discreet's lists (Latin letters), so nothing tells them from words
        lang = written_in(doc, i)
        if lang is None or not ordinary_in(word, lang):
            return False
        # Most languages capitalise only names inside a sentence: a common word is vouched for where any word
        # is capitalised (a sentence's or line's first word, a form's label before ':') or in German, where every
        # noun is, but not after a word saying where ("in Kreuzberg", "aus Kadıköy")
        label = i + 1 < len(v) and v.texts[i + 1] == ":"
        if not (_opens(v, i) or label or lang == "de" and (i == 0 or v.lowers[i - 1] not in _WHERE_DE)):
            return False
        # "Clínica São Lucas", "chị Hằng", "dott.ssa Ferri": a word beside a name, or after a title or kin word,
        # is part of the name, however common
        run = _capitalised_run(v, i)
        if run[0] > 0 and v.lowers[run[0] - 1].rstrip(".") in _NAME_FOLLOWS:
            return False
        return all(j == i or not (v.lowers[j] in FIRST_NAMES or v.lowers[j] in SURNAMES)
                   and (vouched(v.texts[j], v.lemmas[j]) or ordinary_in(v.texts[j], lang)) for j in run)

    @staticmethod
    def _shape(v, i: int, word: str) -> str | None:
        if word.isupper():
            if not _ACRONYM.fullmatch(word) or _shouted_line(v.text, v.idx[i]):
                return None  # a shouted line is read again title-cased (linter/shouting.py)
            shape = "an acronym"
        elif _uncased(word):
            shape = "in a script discreet cannot read"
        elif word[0].isupper():
            shape = "CamelCase" if _CAMEL.fullmatch(word) else "capitalised"
        else:
            return None
        if vouched(word, v.lemmas[i]) and not _named_after_kin(v, i, word):
            return None
        if word[0].isupper() and _opens(v, i) and in_other_language(v, i):
            return None  # "Quiero cambiar la dirección ...": a sentence in another language opens with a word
        return f"{shape} and not a word discreet knows; it could be a name or a place"
