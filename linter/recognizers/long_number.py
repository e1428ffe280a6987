import re

from .base import Pattern, RegexRecognizer

# What a run of digits measures or dates instead of identifying.
_UNIT_AFTER = re.compile(r"\s?(?i:ml|mls|l|kg|kgs|g|mg|mcg|oz|lbs?|cm|mm|m|km|%|mmol|units?|iu|calories|kcal|"
                         r"grams?|litres?|miles?|steps|years?|yrs?|hours?|hrs?|mins?|minutes?|seconds?|secs?|weeks?|days?)\b")
_MONEY_BEFORE = re.compile(r"[£$€¥]\s?$|\b(?i:gbp|usd|eur)\s?$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # "0900-1700", "2200-0600": hours, not an ID
_EXTENSION = r"\s?(?i:ext|x)\.?\s?\d{1,5}\b"  # a phone's "ext. 2041" goes with its number
_SEPARATED_CODE = r"[A-Z]{1,4}\d*(?:[-/][A-Z0-9]+)+"  # "ES-7720-4415", "PL/2291/0457", "R2024-0887713"


class LongNumber(RegexRecognizer):
    """Any other run of 8 or more digits (spaces or dashes inside): an account, order, member or ID number."""

    RULE = "I606"
    CATEGORY = "id"
    # No context words: a boosted guess would outrank the precise rule (I401, I601) on the same digits.
    PATTERNS = [
        Pattern("run of 8+ digits", r"(?<![\w.,/+:-])(?:\(\d{2,5}\)\s?)?\d+(?:[ -]\d+)*(?![\w/:]|[.,]\d|-\d)"
                rf"(?:{_EXTENSION})?", 0.5),
        # Dots and slashes inside: "756.3819.4726.19", "885412/1232", "1.020.456.789" (not a date: I501's)
        Pattern("run of 8+ digits with dots or slashes",
                r"(?<![\w.,/+:-])\d+(?:[./-]\d+)*[./]\d+(?:[./-]\d+)*(?![\w/:]|[.,]\d|-\d)", 0.5),
        # A code of capitals and digits after what it is: "bKash transaction 8N7K2D9QXM", "booking ref QK72TZP".
        Pattern("labelled code",
                r"\b(?i:transaction|ref(?:erence)?|booking|confirmation|tracking|policy|membership|ticket|case|claim|"
                r"invoice|voucher|pnr|pan|gstin|gst|vat|tin|nif|nie|rfc|curp|rut|member|group|id)"
                r"(?:\s+(?i:no\.?|number|id|code))?\s*[:#(]?\s*"
                r"(?P<id>(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,16})(?![\w-])", 0.5),
        # Letters and six digits or more in one code: passports, identity cards, tracking numbers
        # ("FT482913", "47382915V", "1Z999AA10123456784"); product models have fewer digits ("GC4567", "V11").
        Pattern("letters and 6+ digits", r"(?<![\w-])(?=[A-Z0-9]{7,24}(?![\w-]))(?=(?:[A-Z]*\d){6})[A-Z0-9]*[A-Z][A-Z0-9]*"
                r"(?![\w-])", 0.5),
        # A code of capitals and digits with dashes or slashes, 5+ digits: order, booking, policy and reference
        # numbers and identity cards of many countries ("ES-7720-4415", "PL/2291/0457", "GHA-714820935-6").
        Pattern("letters and digits with separators",
                rf"(?<![\w/-])(?=(?:[A-Z/-]*\d){{5}}){_SEPARATED_CODE}(?![\w/-])", 0.5),
        # A shorter number where its label says what it is: "student number is 4402918", "card ending 4417".
        Pattern("labelled number",
                r"\b(?i:number|no\.|nr\.?|№|#|ref(?:erence)?|card ending(?: in)?)\s*(?i:is|:)?\s*"
                r"(?P<id>\d{4,7})(?![\w/.,-]\d|[\w/])",
                0.5),
        # North American numbers are also written with dots: "555.010.0123".
        Pattern("dotted 3-3-4 number", r"(?<![\w.,/+:-])\d{3}\.\d{3}\.\d{4}(?![\w/:]|[.,]\d)", 0.5),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        if matched.isalnum() and not matched.isdigit():
            return True  # a code of letters and 6+ digits: its shape is the pattern's
        if re.fullmatch(_SEPARATED_CODE, matched):
            return True  # a code with separators: its shape is the pattern's
        labelled = "id" in match.re.groupindex
        if labelled and not matched.isdigit() and matched.isalnum():
            return True  # a labelled code of capitals and digits
        if labelled and matched.isdigit() and len(matched) < 8:
            # a labelled number: four digits only as a card's last four, never a year or a measure
            label = match.string[match.start():match.start("id")].lower()
            if len(matched) == 4 and "card" not in label:
                return False
            return not (_UNIT_AFTER.match(match.string, match.end()) or _YEAR.fullmatch(matched))
        groups = re.findall(r"\d+", re.sub(rf"{_EXTENSION}$", "", matched))  # the extension is no part of the count
        if sum(len(g) for g in groups) < 8 or max(len(g) for g in groups) < 3:
            return False
        text = match.string
        if _UNIT_AFTER.match(text, match.end()) or _MONEY_BEFORE.search(text[max(0, match.start() - 4):match.start()]):
            return False
        if re.fullmatch(r"\d+\.\d+", matched):
            return False  # one decimal point: a measure ("12345.6789"), not an ID
        return not (all(_YEAR.fullmatch(g) for g in groups) or all(_CLOCK.fullmatch(g) for g in groups)
                    or _date_shaped(groups))


def _date_shaped(groups: list[str]) -> bool:
    """'12 03 2024', '2024-03-12': a date written with spaces or dashes (I501 judges dates)."""
    if len(groups) != 3:
        return False
    if len(groups[2]) == 4 and len(groups[0]) <= 2 and len(groups[1]) <= 2:
        day, month = int(groups[0]), int(groups[1])
    elif len(groups[0]) == 4 and len(groups[1]) <= 2 and len(groups[2]) <= 2:
        day, month = int(groups[2]), int(groups[1])
    else:
        return False
    return 1 <= month <= 12 and 1 <= day <= 31 and _YEAR.fullmatch(groups[2] if len(groups[2]) == 4 else groups[0]) is not None
