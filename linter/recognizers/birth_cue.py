"""Shared by the birth weight (I701) and birth time (I702) rules: is there a birth cue earlier in the
sentence, with nothing in between that moves to another moment?
"""
from __future__ import annotations

import re

# Sentence start: a full stop that is not a decimal point, or a line break.
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?!\d)|\n")


def _sentence_before(text: str, start: int, limit: int = 80) -> str:
    window = text[max(0, start - limit):start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def cued(text: str, start: int, end: int, cue: re.Pattern, blockers: re.Pattern, after: re.Pattern | None = None,
          limit: int = 80) -> bool:
    """A birth cue earlier in the sentence with nothing in between that moves to another moment."""
    before = _sentence_before(text, start, limit)
    cues = list(cue.finditer(before))
    if cues and not blockers.search(before[cues[-1].end():]):
        return True
    return bool(after and after.match(text, end))
