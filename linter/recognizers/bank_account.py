import re

from stdnum import iban

from .base import Hit, Pattern, RegexRecognizer


class BankAccount(RegexRecognizer):
    """IBANs of any country (checked by python-stdnum) and UK sort codes and account numbers."""

    RULE = "I605"
    CATEGORY = "id"
    PATTERNS = [
        Pattern("IBAN", r"(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\w-])", 0.9),
        Pattern("sort code", r"(?i:\bsort[ -]?code\b[:.]?\s*)(?P<id>\d{2}[- ]?\d{2}[- ]?\d{2})(?![\w-])", 0.85),
        Pattern("account number", r"(?i:\b(?:account|acc|a/c)\.?\s*(?:no|number|num)?\b[:.]?\s*)(?P<id>\d{6,10})(?!\w)", 0.8),
    ]

    def hit_for(self, pattern, match, text):
        if pattern.name != "IBAN":
            return super().hit_for(pattern, match, text)
        # The last groups may belong to what follows ("... 7654 32 THEN"): the longest valid prefix wins.
        candidate = match.group()
        while candidate:
            if iban.is_valid(candidate):
                return Hit(match.start(), match.start() + len(candidate), pattern.score, "IBAN checksum (python-stdnum)")
            cut = candidate.rfind(" ")
            if cut < 0:
                break
            candidate = candidate[:cut]
        # after the word "IBAN" a mistyped one (its checksum fails) is still someone's account: the shape is enough
        if re.search(r"(?i:\biban\b)[:.]?\s*$", text[max(0, match.start() - 12):match.start()]):
            return Hit(match.start(), match.end(), pattern.score - 0.2, "IBAN-shaped, after the word IBAN")
        return None
