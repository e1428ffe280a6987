import re

from .base import Pattern, RegexRecognizer


class Email(RegexRecognizer):
    """Offline: the domain is checked by shape, never against a downloaded suffix list."""

    RULE = "I402"
    CATEGORY = "email"
    PATTERNS = [
        Pattern("email", r"(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])", 0.95),
        # Spelt out to dodge filters: "j dot smith at example dot com".
        Pattern(
            "spelt-out email",
            r"(?i:\b\w+(?:\s+(?:dot|\.)\s+\w+)*\s+(?:at|\(at\)|\[at\])\s+\w+(?:\s+(?:dot|\.)\s+\w+)*"
            r"\s+(?:dot|\.)\s+(?:com|org|net|uk|co\s+(?:dot|\.)\s+uk|org\s+(?:dot|\.)\s+uk)\b)",
            0.85,
        ),
        # "bazza.t(at)example.com", "jo[at]example.org": the @ written as a word, the rest as usual
        Pattern(
            "email with the at spelt",
            r"(?<![\w.+-])[\w.+-]+[ \t]?(?:\(at\)|\[at\]|\{at\})[ \t]?(?:[A-Za-z0-9-]+(?:\.|[ \t]?(?:\(dot\)|\[dot\])[ \t]?))+"
            r"[A-Za-z]{2,24}(?![\w-])",
            0.9,
        ),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        if "@" not in matched:
            return True  # spelt out: the pattern itself is the check
        local, _, domain = matched.rpartition("@")
        return bool(local) and ".." not in matched and not domain.startswith("-")
