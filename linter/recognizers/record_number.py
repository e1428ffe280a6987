from .base import Pattern, RegexRecognizer


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
        Pattern("car registration", r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b", 0.7),
        Pattern(
            "labelled car registration",
            r"(?i:\b(?:reg|registration|number plate)\b\.?:?\s*)(?P<id>[A-Z0-9]{2,4} ?[A-Z0-9]{3})\b",
            0.7,
        ),
    ]
