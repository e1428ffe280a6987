import re

from stdnum import luhn

from .base import Pattern, RegexRecognizer


class PaymentCard(RegexRecognizer):
    """Card numbers: 13-19 digits in the usual groupings, kept only when the Luhn checksum holds."""

    RULE = "I604"
    CATEGORY = "id"
    PATTERNS = [Pattern("card number (Luhn)", r"(?<![\w+.,/-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w/]|[.,]\d)", 0.9)]

    def validate(self, matched: str, match: re.Match) -> bool:
        digits = re.sub(r"\D", "", matched)
        return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn.is_valid(digits)
