"""I305: a UK hospital by the name people call it ("Good Hope", "the JR", "at Heartlands"), from the shipped
list linter/data/uk_hospitals.txt. A name of the list is found wherever it is written with its capitals; an
entry that is also an English word ("Singleton") only after at/to/from/in/into/the.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..words import ENGLISH
from .base import Hit, Recognizer

_TOKEN = re.compile(r"[\w&]+(?:['’][\w]*)?")
_BEFORE = frozenset("at to from in into the".split())


def _fold(token: str) -> str:
    return token.replace("’", "'").lower()


@lru_cache(maxsize=None)
def _index() -> dict[str, list[tuple[str, ...]]]:
    """First word (folded) -> the names starting with it, longest first, each as its tokens as written."""
    text = resources.files("discreet.linter").joinpath("data", "uk_hospitals.txt").read_text(encoding="utf-8")
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            tokens = tuple(_TOKEN.findall(line.strip()))
            index.setdefault(_fold(tokens[0]), []).append(tokens)
    for names in index.values():
        names.sort(key=len, reverse=True)
    return index


def _written_as(token: str, listed: str) -> bool:
    """The text's token has the listed word's capitals: initials exactly, other words capitalised or shouted."""
    if _fold(token) != _fold(listed):
        return False
    if listed.islower():  # a small word inside a name: "University Hospital of Wales"
        return True
    return token == listed if listed.isupper() else token[:1].isupper()


class KnownHospital(Recognizer):
    RULE = "I305"
    CATEGORY = "facility"

    def hits(self, text: str, doc):
        index = _index()
        tokens = list(_TOKEN.finditer(text))
        resume = 0  # the tokens of a name found are not read again ("Royal Marsden" is not also "Marsden")
        for i, token in enumerate(tokens):
            names = index.get(_fold(token.group()))
            if i < resume or not names or not token.group()[:1].isupper():
                continue
            for name in names:
                found = tokens[i:i + len(name)]
                if len(found) == len(name) and all(_written_as(t.group(), w) for t, w in zip(found, name)):
                    if len(name) == 1 and not name[0].isupper() and _fold(name[0]) in ENGLISH:
                        before = tokens[i - 1].group().lower() if i else ""
                        if before not in _BEFORE:
                            continue
                    yield Hit(token.start(), found[-1].end(), 0.7, f"listed hospital '{' '.join(name)}'")
                    resume = i + len(name)
                    break
