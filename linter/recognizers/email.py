import re

from .base import Pattern, RegexRecognizer


class Email(RegexRecognizer):
    """Offline: the domain is checked by shape, never against a downloaded suffix list."""

    RULE = "I402"
    CATEGORY = "email"
    MESSAGE = "An email address identifies its owner."
    SUGGESTION = "Leave the address out."
    PLACEHOLDER = "[email]"
    PATTERNS = [
        Pattern("email", r"(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])", 0.95),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        local, _, domain = matched.rpartition("@")
        return bool(local) and ".." not in matched and not domain.startswith("-")
