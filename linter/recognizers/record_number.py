import re

from .base import Pattern, RegexRecognizer


_LABEL = (r"(?:passport|driving\s+licen[cs]e|licen[cs]e|policy|member(?:ship)?|customer|client|order|booking|"
          r"reservation|ticket|tracking|claim|invoice|patient|confirmation|ID)")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?")


class RecordNumber(RegexRecognizer):
    """Hospital numbers, MRNs and car registrations: any reference that points at one person."""

    RULE = "I603"
    CATEGORY = "id"
    PATTERNS = [
        Pattern(
            "labelled record number",
            r"(?i:\b(?:hosp(?:ital)?\.?\s*(?:no|num|number)|MRN|unit\s+no|case\s+(?:no|number)|ref(?:erence)?(?:\s+no)?)\b\.?:?\s*)"
            r"(?P<id>[A-Z]{0,3}\d[\dA-Z/-]{4,12})",
            0.85,
        ),
        # Customer messages name their own numbers: "passport no. X1234567", "order #ORD-58213", "booking ref: 7KQ2M9".
        Pattern(
            "labelled customer or document number",
            rf"(?i:\b{_LABEL}(?:\s+(?:{_LABEL}|card))?\b\s*(?:no\b\.?|num(?:ber)?\b|#)?\s*(?:is\s+)?[:#]?\s*)"
            r"(?P<id>#?(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9/-]{4,16}[A-Z0-9])(?![\w/-])",
            0.8,
        ),
        Pattern("car registration", r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b", 0.7),
        Pattern(
            "labelled car registration",
            r"(?i:\b(?:reg|registration|number plate)\b\.?:?\s*)(?P<id>[A-Z0-9]{2,4} ?[A-Z0-9]{3})\b",
            0.7,
        ),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        return _YEARS.fullmatch(matched) is None  # "claim 2019-2020": years, not a number
