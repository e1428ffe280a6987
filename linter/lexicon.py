"""Word lists shipped as package data, loaded once."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    text = resources.files("linter").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def not_identifier(span_text: str) -> bool:
    return span_text.strip().lower() in word_list("not_identifiers.txt")
