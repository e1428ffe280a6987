"""I701: an exact birth weight, when a birth cue comes before it ("born 3.2kg", "7lb 2oz baby girl").
"""
from __future__ import annotations

import re

from .base import Pattern, RegexRecognizer
from .birth_cue import cued

_BIRTH_CUE = re.compile(
    r"(?i:\b(?:born|birth|birthweight|bw|b/w|delivered|delivery|arrived|weighing in|weighed in|tob|dob|"
    r"had (?:him|her|them|the baby|baby|the twins|a (?:baby )?(?:boy|girl)))\b)"
)


class BirthWeight(RegexRecognizer):
    RULE = "I701"
    CATEGORY = "quasi"
    PATTERNS = [
        Pattern("pounds and ounces", r"\b\d{1,2}\s?(?i:lbs?|pounds?)\s?\d{1,2}(?:\.\d)?\s?(?i:oz|ounces?)?(?!\w)", 0.7),
        Pattern("pounds", r"\b\d{1,2}\s?(?i:lbs?|pounds?)(?![\w\s]*\d)", 0.6),
        Pattern("kilograms", r"(?<![\d.])\d(?:\.\d{1,3})?\s?(?i:kg|kgs|kilos?)\b", 0.7),
        Pattern("grams", r"(?<![\d.])[1-5][,]?\d{3}\s?(?i:g|grams?|gms?)\b", 0.7),
    ]
    _BLOCKERS = re.compile(
        r"(?i:\b(?:now|today|currently|yesterday|weighed|weigh|weight check|back to|regained|lost|gained|"
        r"up to|down to|dropped|at day|day \d|on day|\d+ (?:days?|wks?|weeks?) old|wk|wks|weeks|centile)\b)"
    )
    # After the weight: "7lb 2oz baby girl", "3.9kg, lovely big girl", "2.61kg at birth", "3.3kg, born at"
    _AFTER = re.compile(
        r"(?i:,?\s+(?:(?:a|lovely|big|little|healthy|beautiful|bonny|tiny|gorgeous|bouncing)\s+)*(?:baby\s+)?"
        r"(?:boy|girl|baby|son|daughter|bundle)\b|,?\s*(?:at birth|at delivery|birth\s?weight|born|delivered)\b)"
    )

    # "Baby Rosie, 9lb 4oz.", "Baby Hamza 3.74kg, well": a weight straight after the baby's name introduces the baby
    _NAMED_BABY_BEFORE = re.compile(r"(?:^|[\s(])(?i:baby)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,?\s*$")
    _LATER = re.compile(r"(?i:\s*,?\s*(?:today|now|this|at (?:the )?(?:visit|weigh|clinic|day)|on day|up|down|gained|lost|"
                        r"\(|from|back|regained))")

    def validate(self, matched: str, match: re.Match) -> bool:
        text = match.string
        if (self._NAMED_BABY_BEFORE.search(text, max(0, match.start() - 40), match.start())
                and not self._LATER.match(text, match.end())):
            return True
        return cued(text, match.start(), match.end(), _BIRTH_CUE, self._BLOCKERS, self._AFTER)
