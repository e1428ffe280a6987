"""I702: an exact time of birth, when a birth cue comes before it ("born at 03:12").
"""
from __future__ import annotations

import re

from .base import Pattern, RegexRecognizer
from .birth_cue import cued

class BirthTime(RegexRecognizer):
    RULE = "I702"
    CATEGORY = "quasi"
    PATTERNS = [
        # a full stop after the time ends the sentence ("born at 4.25am."); a dot and a digit make it longer
        Pattern("clock time", r"(?<![\d.:/])(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?i:am|pm|hrs?|h)?(?![\d:/]|\.\d|\w)", 0.7),
        Pattern("hour with am/pm", r"(?<![\d.:/])(?:1[0-2]|0?[1-9])\s?(?i:am|pm)\b", 0.7),
        Pattern("24-hour clock", r"(?<![\d.:/])(?:[01]\d|2[0-3])[0-5]\d\s?(?i:hrs?|h)\b", 0.7),
    ]
    _CUE = re.compile(r"(?i:\b(?:born|arrived|delivered|birth|tob|time of birth|came into the world|entered the world|"
                      r"had (?:him|her|them|the baby|baby|the twins|a (?:baby )?(?:boy|girl)))\b)")
    _BLOCKERS = re.compile(
        r"(?i:\b(?:visit|visited|called|rang|phoned|appt|appointment|feed|fed|seen|went|came|woke|slept|"
        r"since|until|till|from|discharged|midwife|mw|hv|gp|ago|weeks?|wks?|days?)\b)"
    )

    def validate(self, matched: str, match: re.Match) -> bool:
        return cued(match.string, match.start(), match.end(), self._CUE, self._BLOCKERS, limit=70)
