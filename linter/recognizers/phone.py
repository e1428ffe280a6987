import re

from .base import Pattern, RegexRecognizer

_SEP = r"[ \t.-]?"


class UkPhone(RegexRecognizer):
    RULE = "I401"
    CATEGORY = "phone"
    MESSAGE = "A phone number identifies its owner."
    SUGGESTION = "Leave the number out."
    PLACEHOLDER = "[phone]"
    CONTEXT = ["mob", "mobile", "phone", "tel", "number", "ring", "call", "text"]
    PATTERNS = [
        Pattern("UK mobile", rf"(?<![\w+])(?:\+44{_SEP}\(?0?\)?{_SEP}|\(?0)7\d{{3}}\)?{_SEP}\d{{3}}{_SEP}\d{{3}}(?!\w)", 0.9),
        Pattern(
            "UK landline",
            rf"(?<![\w+])(?:\+44{_SEP}\(?0?\)?{_SEP}|\(?0)[1-38]\d{{1,4}}\)?{_SEP}\d{{3,4}}{_SEP}\d{{3,4}}(?!\w)",
            0.8,
        ),
        Pattern("phone with label", r"(?i:\b(?:mob|tel|phone|mobile|landline)\b\.?:?\s*)(?P<id>\d[\d -]{8,14}\d)", 0.7),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        digits = re.sub(r"\D", "", matched)
        if digits.startswith("44"):
            digits = "0" + digits[2:].lstrip("0")
        return len(digits) in (10, 11) and digits.startswith("0")
