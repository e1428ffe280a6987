import re

from .base import Pattern, RegexRecognizer


class NhsNumber(RegexRecognizer):
    RULE = "I601"
    CATEGORY = "id"
    PATTERNS = [Pattern("NHS number (mod 11)", r"(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)", 0.9)]

    def validate(self, matched: str, match: re.Match) -> bool:
        digits = [int(d) for d in re.sub(r"\D", "", matched)]
        if len(digits) != 10 or len(set(digits)) == 1:
            return False
        check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
        return (0 if check == 11 else check) == digits[9]
