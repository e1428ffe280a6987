"""Text written in capitals ("HANDOVER - ZARA AHMED, ...") hides names from the model and the lists.

`unshout` gives a same-length copy with shouted words in title case; the engine checks both
copies and keeps every finding, so nothing the capitals would have shown (initials, postcodes) is lost.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{2,}")


def _same_length_lower(word: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def shouted(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def unshout(text: str) -> str | None:
    """The title-cased copy, or None when no line is written in capitals."""
    lines = text.splitlines(keepends=True)
    if not any(shouted(line) for line in lines):
        return None
    out = []
    for line in lines:
        if shouted(line):
            line = _WORD.sub(
                lambda m: m.group()[0] + _same_length_lower(m.group()[1:]) if m.group().isupper() else m.group(), line
            )
        out.append(line)
    return "".join(out)
