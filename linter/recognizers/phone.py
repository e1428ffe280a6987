import re

from .base import Pattern, RegexRecognizer

_SEP = r"[ \t.-]?"
# +44 and its dialled form 0044, each with an optional "(0)".
_INTL = r"(?:\+|00)44"
# No digit run may continue on either side: a whole number, not a slice of a longer one.
_NOT_BEFORE = r"(?<![\w+£$€])(?<!\d[ \t.-])"
_NOT_AFTER = r"(?![ \t.-]?\d)(?!\w)"


class UkPhone(RegexRecognizer):
    RULE = "I401"
    CATEGORY = "phone"
    PATTERNS = [
        Pattern("UK mobile", rf"(?<![\w+])(?:{_INTL}{_SEP}\(?0?\)?{_SEP}|\(?0)7\d{{3}}\)?{_SEP}\d{{3}}{_SEP}\d{{3}}(?!\w)", 0.9),
        Pattern(
            "UK landline",
            rf"(?<![\w+])(?:{_INTL}{_SEP}\(?0?\)?{_SEP}|\(?0)[1-38]\d{{1,4}}\)?{_SEP}\d{{3,4}}{_SEP}\d{{3,4}}(?!\w)",
            0.8,
        ),
        # People group numbers their own way ("07 700 900 321"): any single separators around exactly
        # a whole UK number's digits (0 + 10, or +44/0044 + 10).
        Pattern(
            "UK number, any grouping",
            rf"{_NOT_BEFORE}(?:{_INTL}{_SEP}(?:\(0\){_SEP})?|0{_SEP}|\(0)\(?[1-35789]\)?(?:{_SEP}\)?\d){{9}}{_NOT_AFTER}",
            0.75,
        ),
        Pattern("phone with label", r"(?i:\b(?:mob|tel|phone|mobile|landline)\b\.?:?\s*)(?P<id>\d[\d -]{8,14}\d)", 0.7),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        digits = re.sub(r"\D", "", matched)
        if digits.startswith("0044"):
            digits = digits[2:]
        if digits.startswith("44"):
            digits = "0" + digits[2:].lstrip("0")
        return len(digits) in (10, 11) and digits.startswith("0")
