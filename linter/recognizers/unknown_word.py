"""Safe by default for the group (I107): a name-shaped word discreet cannot vouch for is an identifier.

The recall-first design of clinical de-identification (Philter): rather than recognise every name,
keep only the words known to be ordinary. A word is vouched for when a general English word
frequency list (wordfreq) or dictionary knows it, by its form, its lemma or its parts, or when the
project's safe vocabulary (linter/data/safe_words.txt: clinical shorthand, products, services,
languages, kinship words) has it. What is left and is shaped like a name is flagged: capitalised,
CamelCase, or an acronym. Lower-case unknown words are typos and slang far more often than names. A word in a
script without capitals (Chinese, Japanese, Korean, Arabic, Thai ...) is name-shaped by default: discreet has no
vocabulary for it, so only the greetings and form words of the safe vocabulary pass.

Only for text leaving the practitioner's hands (the group and `share`); diary and handover notes
keep names on purpose.
"""
from __future__ import annotations

import re

from ..doc_view import view
from ..words import in_other_language, never_names, sentence_initial, vouched
from .base import DocRecognizer, Hit

ACTIVE_FOR = {"group"}
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}s?")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")


def _uncased(word: str) -> bool:
    """A letter of a script with no capitals: 陳, 박, ع, ก."""
    return word[0].isalpha() and word[0].lower() == word[0].upper()


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
        for i, word in enumerate(v.texts):
            if i in blocked:
                continue
            if len(word) < 2 or not (word[0].isupper() or _uncased(word)):  # most tokens: lower case, cheap
                continue
            if not (v.is_alpha[i] or _ACRONYM.fullmatch(word) or _uncased(word)) or word.lower() in self.allowed:
                continue
            why = self._shape(v, i, word)
            if not why:
                continue
            if run and v.text[run[-1][1]:v.idx[i]] in (" ", "-"):
                run[-1] = (run[-1][0], v.ends[i], run[-1][2])
            else:
                run.append((v.idx[i], v.ends[i], why))
        for start, end, why in run:
            yield Hit(start, end, 0.5, why)

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
        if vouched(word, v.lemmas[i]):
            return None
        if word[0].isupper() and sentence_initial(v, i) and in_other_language(v, i):
            return None  # "Quiero cambiar la dirección ...": a sentence in another language opens with a word
        return f"{shape} and not a word discreet knows; it could be a name or a place"
