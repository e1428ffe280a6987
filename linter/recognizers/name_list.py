"""Names from the shipped first-name and surname lists (I102). The word tests it shares with the
other recognizers are in linter/words.py.

A listed name that is also an English word (hope, mark, will) is left to the cue recognizer
unless spaCy reads it as a proper noun capitalised mid-sentence.
"""
from __future__ import annotations

import re

from ..doc_view import DocView, view
from ..lexicon import not_identifier, safe_words, word_list
from ..words import (ENGLISH, NOT_NAME_POS, NOT_NAMES, ROLE_WORDS, TITLES, fold, in_other_language, is_capitalised,
                     is_first_name, is_surname, is_word_name, never_names, sentence_initial, word_units)
from .base import DocRecognizer, Hit

_SURNAME_SHAPE = re.compile(r"(?:Mac|Mc|O['’]|Fitz)[A-Z][a-z]{2,}")


def surname_shaped(word: str) -> bool:
    """'MacLeod', 'McTavish', 'O'Donoghue': a surname by its shape, listed or not."""
    return _SURNAME_SHAPE.fullmatch(word) is not None and not _brand_shaped(word)


def _brand_shaped(word: str) -> bool:
    """'MacBook': the part after the prefix is an ordinary word."""
    rest = re.sub(r"^(?:Mac|Mc|O['’]|Fitz)", "", word)
    return rest.lower() in ENGLISH


def _surname_follows(v: DocView, last: int) -> bool:
    j = last + 1
    return (j < len(v) and v.ws[last] == " " and is_capitalised(v.texts[j])
            and (is_surname(v.texts[j]) or surname_shaped(v.texts[j])))


_COMMON_ABROAD = word_list("foreign_words.txt")  # the commonest words of other languages, names among them kept


def _function_word_abroad(doc, v: DocView, first: int, word: str) -> bool:
    """"Le informo ...", "Les escribo", "ya pasó una hora": in a sentence of another language, an article or pronoun
    of it where its capital says nothing (opening the sentence or a line) or in lower case is no listed name.
    The caller has checked the cheapest thing first: the word is among another language's commonest words."""
    if word[:1].isupper() and not sentence_initial(v, first):
        return False
    from ..other_languages import function_word_in, may_be_foreign, sentence_written_in

    if not may_be_foreign(doc, first):
        return False
    lang = sentence_written_in(doc, first)
    return lang is not None and all(function_word_in(part, lang) for part in word.split("-"))


class NameList(DocRecognizer):
    RULE = "I102"
    CATEGORY = "person"

    def find(self, doc):
        v = view(doc)
        blocked = never_names(doc)
        pending: list[tuple[int, int, float, str]] = []  # consecutive name words become one full name
        text = v.text
        for first, last in word_units(v):
            start, end = v.idx[first], v.ends[last]
            word = text[start:end]
            adjacent = bool(pending) and pending[-1][1] == start - 1 and text[start - 1] == " "
            abroad = v.lowers[first] in _COMMON_ABROAD and _function_word_abroad(doc, v, first, word)  # cheap test first
            found = None if first in blocked or abroad else self._judge(v, first, word, adjacent, last)
            if found:
                score, why = found
                if adjacent:
                    start, _, s, w = pending[-1]
                    pending[-1] = (start, end, max(s, score), w)
                else:
                    pending.append((start, end, score, why))
        for start, end, score, why in pending:
            yield Hit(self._extend_back(text, start), end, score, why)

    @staticmethod
    def _extend_back(text: str, start: int) -> int:
        """Take in a capitalised first name just before a full name, even a word-name ('Joy Okafor')."""
        if start < 2 or text[start - 1] != " ":
            return start
        j = start - 1
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
            j -= 1
        while j < start - 1 and text[j] in "'’-":  # an opening quote is not part of the name: "'Joy Okafor'"
            j += 1
        before = text[j:start - 1]
        if (before and is_capitalised(before) and is_first_name(before) and fold(before) not in NOT_NAMES
                and fold(before) not in ROLE_WORDS):
            return j
        return start

    def _judge(self, v: DocView, first: int, word: str, after_name: bool, last: int | None = None):
        """Score and reason when this word is a name, else None."""
        if not word[:1].isalpha() or len(word) < 2 or not_identifier(word) or fold(word) in NOT_NAMES:
            return None
        parts = word.split("-")
        listed_first = any(is_first_name(p) for p in parts)
        listed_sur = any(is_surname(p) or surname_shaped(p) for p in parts) or (
            word.endswith("s") and is_surname(word[:-1]) and first > 0 and v.lowers[first - 1] == "the")
        if not (listed_first or listed_sur):
            # an unlisted capitalised word right after a listed name is its other half ('Wang Yuxuan')
            if after_name and is_capitalised(word) and v.pos[first] == "PROPN":
                return 0.6, "capitalised proper noun after a listed name"
            # ... or before a surname ('Ruaridh MacLeod'), when no dictionary knows it
            if (last is not None and is_capitalised(word) and v.pos[first] == "PROPN" and fold(word) not in ENGLISH
                    and fold(word).strip(".") not in TITLES and not sentence_initial(v, first)
                    and _surname_follows(v, last)):
                return 0.6, "capitalised proper noun before a surname"
            return None
        # Two listed first names joined by a hyphen ('Summer-Rose', 'Faith-Lily') are a double first name.
        double = len(parts) > 1 and all(p[:1].isupper() and is_first_name(p) for p in parts)
        ambiguous = not double and all(is_word_name(p) for p in parts)
        capital = is_capitalised(word)
        initial = sentence_initial(v, first)
        prev = v.lowers[first - 1].strip(".") if first > 0 else ""
        if prev == "" and first > 1 and v.texts[first - 1] == ".":  # "dr. patel": the tokenizer split the title
            prev = v.lowers[first - 2]
        if capital and prev in TITLES:
            return 0.85, "a listed name after a title"
        if prev in TITLES and not ambiguous and (listed_first or listed_sur) and word.isalpha():
            return 0.75, "a listed name after a title, in lower case"
        if capital and not ambiguous:
            if listed_first or not initial or after_name:
                return 0.8, "a capitalised name from the name lists"
            return None
        if capital and ambiguous:
            # after another capitalised non-name word it is part of a brand or place ("Retail Park")
            before = v.texts[first - 1] if first > 0 else ""
            brand = (is_capitalised(before) and not initial and not is_first_name(before)
                     and not is_surname(before)) or (before and not_identifier(before) and is_capitalised(before))
            if after_name or (listed_first and not initial and v.pos[first] == "PROPN" and not brand):
                return 0.6, "a name that is also a word, used as a proper noun mid-sentence"
            return None
        # lower case: only first names that are not words, read as nouns
        # the small model tags an unknown lower-case word after "to" as a verb ("send it to jorge"): a listed
        # name that is no English word is a name whatever its tag
        pos_ok = v.pos[first] not in NOT_NAME_POS or (v.pos[first] == "VERB" and fold(word) not in ENGLISH)
        # ... and no ordinary word either: the lists hold "Over" and "Side" as names, "vit" is vitamins
        word_too = fold(word) in ENGLISH or fold(word) in safe_words()
        if in_other_language(v, first):
            return None  # "les escribo", "paket saya": the sentence is Spanish, Indonesian ...
        if (listed_first and not ambiguous and not word_too and len(word) >= 3 and pos_ok
                and word.isalpha() or (after_name and listed_sur and not ambiguous)):
            return 0.55, "a first name from the name lists, written in lower case"
        return None
