"""Word lists shipped as package data, loaded once."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("discreet.linter").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


@lru_cache(maxsize=None)
def tagged_words(name: str) -> dict[str, frozenset[str]]:
    """A list of 'word tag tag ...' lines (role_words.txt, nationalities.txt) as tag -> its words."""
    tags: dict[str, set[str]] = {}
    for line in _lines(name):
        word, *uses = line.split()
        for tag in uses:
            tags.setdefault(tag, set()).add(word)
    return {tag: frozenset(words) for tag, words in tags.items()}


def not_identifier(span_text: str) -> bool:
    text = span_text.strip().lower()
    return text in word_list("not_identifiers.txt") or text in word_list("brands.txt")


@lru_cache(maxsize=None)
def _safe_sections() -> dict[str, frozenset[str]]:
    """linter/data/safe_words.txt as its entry classes: '## title' line -> the words under it."""
    text = resources.files("discreet.linter").joinpath("data", "safe_words.txt").read_text(encoding="utf-8")
    sections: dict[str, set[str]] = {}
    words: set[str] | None = None
    for line in (line.strip().lower() for line in text.splitlines()):
        if line.startswith("##"):
            words = sections.setdefault(line.lstrip("#").strip(), set())
        elif line and not line.startswith("#") and words is not None:
            words.update(line.split())
    return {title: frozenset(w) for title, w in sections.items()}


@lru_cache(maxsize=None)
def safe_words() -> frozenset[str]:
    """The project's safe vocabulary (linter/data/safe_words.txt and the one-word entries of brands.txt):
    words that name nobody."""
    return _listed_safe() | _brand_words()


@lru_cache(maxsize=None)
def _listed_safe() -> frozenset[str]:
    """Every word of linter/data/safe_words.txt, whatever its section."""
    return frozenset().union(*_safe_sections().values())


@lru_cache(maxsize=None)
def _brand_words() -> frozenset[str]:
    return frozenset(w for w in word_list("brands.txt") if " " not in w)


def brand_only(word: str) -> bool:
    """Vouched for only as a brand ("Daz", "Bing"): a nickname can be spelt the same."""
    low = word.lower()
    return low in _brand_words() and low not in _listed_safe()


def safe_section(title: str) -> frozenset[str]:
    """One entry class of the safe vocabulary, by its '## title' line."""
    return _safe_sections()[title]


def all_safe(span_text: str) -> bool:
    """Every word of the span is in the safe vocabulary ('Sylheti', 'Babcia', 'EBM via NGT')."""
    words = re.findall(r"[^\W\d_][\w&'’-]*", span_text.lower().replace("’", "'"))
    return bool(words) and all(w in safe_words() or w.removesuffix("'s") in safe_words() for w in words)
