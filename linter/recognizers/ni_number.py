from .base import Pattern, RegexRecognizer


class NationalInsuranceNumber(RegexRecognizer):
    RULE = "I602"
    CATEGORY = "id"
    PATTERNS = [
        Pattern("NI number", r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", 0.85),
    ]
