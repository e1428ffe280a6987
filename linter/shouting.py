"""Text written in capitals ("HANDOVER - ZARA AHMED, ...") hides names from the model and the lists.

`unshout` gives a same-length copy with shouted words in title case; the engine checks both
copies and keeps every finding, so nothing the capitals would have shown (initials, postcodes) is lost.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{2,}")
# Two or more words in capitals side by side, a space or a slash apart.
_CAPITALS_RUN = re.compile(r"(?<![\w/])[^\W\d_a-z]{2,}(?:(?: |/)[^\W\d_a-z]{2,})+(?![\w/])")


def _same_length_lower(word: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def shouted(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def _title(m: re.Match) -> str:
    return m.group()[0] + _same_length_lower(m.group()[1:]) if m.group().isupper() else m.group()


def _name_in_capitals(m: re.Match) -> str:
    """'DEEPIKA RAMASWAMY', 'SINGH/HARPREET': a run of words in capitals with a listed name in it, which no
    dictionary knows, is a name written as forms and tickets write them."""
    from .words import ENGLISH, is_first_name, is_surname

    words = _WORD.findall(m.group())
    if not all(w.isupper() for w in words):
        return m.group()  # a script without capitals
    if any((is_first_name(w) or is_surname(w)) and w.lower() not in ENGLISH for w in words):
        return _WORD.sub(_title, m.group())
    return m.group()


def unshout(text: str) -> str | None:
    """The title-cased copy, or None when no line is written in capitals and no name is."""
    out = []
    for line in text.splitlines(keepends=True):
        out.append(_WORD.sub(_title, line) if shouted(line) else _CAPITALS_RUN.sub(_name_in_capitals, line))
    calmer = "".join(out)
    return None if calmer == text else calmer
