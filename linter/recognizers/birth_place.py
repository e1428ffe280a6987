"""I304: the hospital where a baby was born or treated ("born at Airedale", "in NICU at St Mary's").
"""
from __future__ import annotations

import re

from ..lexicon import not_identifier
from .base import Pattern, RegexRecognizer

class BirthPlace(RegexRecognizer):
    """Where a baby was born or taken: "born at Airedale", "transferred to St Mary's"."""

    RULE = "I304"
    CATEGORY = "facility"
    PATTERNS = [
        Pattern(
            "named after a birth or transfer",
            r"(?i:\b(?:born|delivered|transferred|admitted|induced|booked|blue-lighted|blue lighted)"
            r"(?:[ \t]+[\w/:.+]+){0,3}?[ \t]+(?:at|to|in|into)"
            r"[ \t]+(?:the[ \t]+)?)(?P<id>(?:St\.?[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][a-z'’]+){0,3})\b",
            0.7,
        ),
        Pattern(
            "named after a unit",
            r"(?i:\b(?:NICU|SCBU|HDU|neonatal(?:[ \t]+unit)?|special[ \t]+care|labour[ \t]+ward|maternity(?:[ \t]+unit)?|"
            r"antenatal[ \t]+clinic|theatre|A&E)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?)"
            r"(?P<id>(?:St\.?[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][a-z'’]+){0,3})\b",
            0.7,
        ),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        return not any(not_identifier(w) for w in matched.split()) and not not_identifier(matched)
