import re

from stdnum import luhn

from .base import Pattern, RegexRecognizer


class PaymentCard(RegexRecognizer):
    """Card numbers: 13-19 digits in the usual groupings, kept only when the Luhn checksum holds."""

    RULE = "I604"
    CATEGORY = "id"
    PATTERNS = [
        Pattern("card number (Luhn)", r"(?<![\w+.,/-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w/]|[.,]\d)", 0.9),
        # "the visa ending 1881", "card ending in 4417": the last digits a bank and a shop both know the card by
        Pattern("card ending", r"(?i:\b(?:card|visa|mastercard|master card|amex|debit card|credit card|account)\s+"
                r"(?:number\s+)?(?:ending|ends)(?:\s+(?:in|with))?\s*:?\s*)(?P<id>\d{4})(?!\d)", 0.7),
        # ... and as other languages say it: "terminada en 4821", "se termină în 4821", "endet auf 4821"
        Pattern("card ending abroad",
                r"(?i:\b(?:termina(?:da|do)?\s+en|terminando\s+en|termina\s+em|terminado\s+em|"
                r"se\s+termin[ăa]\s+[îi]n|endet\s+(?:auf|mit)|eindigend\s+op|se\s+terminant\s+par|terminant\s+par|"
                r"kończąc[ąa]\s+się\s+na|końcówka|che\s+termina\s+con|terminante\s+(?:in|con))\s*:?\s*)"
                r"(?P<id>\d{4})(?!\d)", 0.65),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        if len(matched) == 4:
            return True  # the last four digits, named as such by the pattern
        digits = re.sub(r"\D", "", matched)
        return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn.is_valid(digits)
