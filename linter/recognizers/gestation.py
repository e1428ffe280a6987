"""I703: a preterm gestation (23+0 to 36+6); term gestations are too common to identify anyone.
"""
from __future__ import annotations

from .base import Pattern, RegexRecognizer

class PretermGestation(RegexRecognizer):
    """Preterm 23+0..36+6 only: term gestation (38+2) is too common to identify anyone."""

    RULE = "I703"
    CATEGORY = "quasi"
    PATTERNS = [
        Pattern("weeks+days", r"(?<![\d+/.])(?:2[3-9]|3[0-6])\s?\+\s?[0-6](?![\d+/]|\.\d)", 0.75),
        Pattern("weeks/40", r"(?<![\d+/.])(?:2[3-9]|3[0-6])/40(?!\d)", 0.7),
        Pattern("weeker", r"\b(?:2[3-9]|3[0-6])[ -]?(?i:weeker)s?\b", 0.75),
        Pattern(
            "born at N weeks",
            r"(?i:\b(?:born|arrived|delivered|came)\s+(?:at\s+)?(?:just\s+)?(?:under\s+|over\s+)?)"
            r"(?P<id>(?:2[3-9]|3[0-6])\s?(?i:weeks?|wks?)(?:\s+(?i:and|\+)\s+[0-6]\s?(?i:days?|d))?)\b",
            0.7,
        ),
    ]
