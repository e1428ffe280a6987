"""I708: a named immigration or resettlement route said of a family ("came on Homes for Ukraine", "ARAP").

Few families in a town arrive by each route; the scheme's name together with anything local points to them.
"""
from __future__ import annotations

from .base import Pattern, RegexRecognizer


class ImmigrationRoute(RegexRecognizer):
    RULE = "I708"
    CATEGORY = "quasi"
    PATTERNS = [
        Pattern(
            "named scheme",
            r"(?i:\b(?:Homes for Ukraine|Ukraine (?:Family|Sponsorship|Extension) Scheme|"
            r"Afghan (?:Citizens )?Resettlement Scheme|Afghan Relocations? and Assistance Policy|"
            r"(?:Vulnerable Persons|Vulnerable Children|UK) Resettlement Scheme|Syrian resettlement(?: scheme| programme)?|"
            r"Hong Kong BN\(O\)(?: visa| route)?|BN\(O\) (?:visa|route)|Community Sponsorship)\b)",
            0.7,
        ),
        Pattern("scheme initials", r"\b(?:ARAP|ACRS|VPRS|VCRS|UKRS)\b", 0.7),
        Pattern(
            "bridging or asylum hotel",
            r"(?i:\b(?:bridging|asylum|contingency|resettlement)\s+(?:hotel|accommodation)\b)",
            0.6,
        ),
    ]
