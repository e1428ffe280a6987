"""I704: the exact age of a parent or teenager ("aged 19", "Mum (Kerys, 19)"); babies' ages are not flagged.
"""
from __future__ import annotations

import re

from ..words import ADULT_ROLES, ENGLISH, MONTHS, WEEKDAYS, is_first_name, is_surname
from .address_parts import TYPE_FIRST
from .base import Pattern, RegexRecognizer

_AFTER_STREET = re.compile(rf"(?:{TYPE_FIRST})\s*$")  # "вул. Городоцька, 45": the number is a house's

_ROLES = "|".join(sorted(ADULT_ROLES, key=len, reverse=True))
# What may follow a bare age: the end of a clause, not a unit or a range ("is 15 and helps", "she's 87,").
_AGE_ENDS = (r"(?!\s+(?:and|or|to)\s+\d)(?=\s*(?:$|[,.;:!?)\-–—]|(?i:and|but|so|with|now|today|yrs?|years|"
             r"in|this|next|on|when|who|lives|living|has|had|is|was|herself|himself|themselves|myself)\b))")
# "ans", "años", "Jahre": years old in the languages of families abroad
_YEARS_ABROAD = r"(?i:ans|años|anos|jahre|jahren|anni|jaar|år|ar|lat|let|rokov|vuotias|éves|yaşında|godina|ετών|saal)"

_AGE = r"(?:1[3-9]|[2-9]\d)"
# After a bare name and a comma, a number past 69 is more often a house number ("Rua das Acácias, 88,").
_PARENT_AGE = r"(?:1[3-9]|[2-6]\d)"
# A child's age in years is a bare number too, but only where the words say it is an age ("age 9", "Chloe (11)").
_CHILD_AGE = r"(?:[2-9]|1[0-2])"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "nineteen", "twenty-three", "thirty one": an age in words
_AGE_WORDS = (rf"(?i:(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:{_TENS})"
              r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)")
_NOT_AGE_UNIT = (
    r"(?!\s*(?:[-/+:%]|\.\d|(?i:weeks?|wks?|wk|days?|months?|mths?|mins?|minutes?|hours?|hrs?|h|kg|kgs|lbs?|ml|"
    r"oz|st|stone|times|x|am|pm|cm|mm|percent|miles?|pounds?|quid|p|quid|nappies|feeds?|bottles?|mg|g|degrees?|mph)\b))"
)


class AdultAge(RegexRecognizer):
    """Exact ages of parents and teenagers; babies' ages in days, weeks or months are not flagged."""

    RULE = "I704"
    CATEGORY = "quasi"
    PATTERNS = [
        Pattern("N year old", rf"\b{_AGE}[ -]?(?i:years?|yrs?|yr)[ -](?i:old)\b", 0.75),
        Pattern("N yo", rf"\b{_AGE}\s?(?i:yo|y/o|y\.o\.)(?!\w)", 0.7),
        Pattern("aged N", rf"(?i:\baged\s+)(?P<id>{_AGE}(?:\s+(?i:years?|yrs?)(?:\s+(?i:old))?)?)\b{_NOT_AGE_UNIT}", 0.7),
        Pattern("aged nineteen", rf"(?i:\baged\s+)(?P<id>{_AGE_WORDS})\b{_NOT_AGE_UNIT}", 0.7),
        Pattern("nineteen years old", rf"\b{_AGE_WORDS}[ -]?(?i:years?|yrs?|yr)[ -](?i:old)\b", 0.7),
        # "she turned 40 last week", "mum's 16th birthday": a birthday gives the age
        Pattern("turned N", rf"(?i:\b(?:turned|turns|turning)\s+)(?P<id>{_AGE}|{_AGE_WORDS})\b{_NOT_AGE_UNIT}", 0.65),
        Pattern("Nth birthday", rf"\b(?P<id>{_AGE}(?:st|nd|rd|th))\s+(?i:birthday)\b", 0.65),
        Pattern(
            "she's N",
            rf"(?i:\b(?:she's|she is|shes|he's|he is|who's|who is|i'm|i am|im|(?:{_ROLES})(?:'s|’s| is))\s+"
            rf"(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?)(?P<id>{_AGE}|{_AGE_WORDS})\b{_NOT_AGE_UNIT}{_AGE_ENDS}",
            0.7,
        ),
        # "Selam is 17 and came from Eritrea", "Kathleen, is 15": a name said to be an age
        Pattern(
            "Name is N",
            rf"(?P<who>\b[A-Z][\w'’-]+),?\s+(?:is|'s|’s)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?"
            rf"(?P<id>{_AGE})\b{_NOT_AGE_UNIT}{_AGE_ENDS}",
            0.65,
        ),
        Pattern("age N", rf"(?i:\bage[:\s]\s*)(?P<id>{_CHILD_AGE}|{_AGE})\b{_NOT_AGE_UNIT}(?![/.]\d)", 0.65),
        Pattern("N ans", rf"\b(?P<id>(?:{_CHILD_AGE}|{_AGE})\s+{_YEARS_ABROAD})\b", 0.65),
        Pattern(
            "Mum N",
            rf"(?i:\b(?:{_ROLES}|mil|fil)\s+)(?P<id>{_AGE})(?=\s*(?:[,.;)]|$))",
            0.65,
        ),
        # "mum Chantelle 19, first baby": a role, a name and a bare number
        Pattern(
            "Mum Name N",
            rf"(?i:\b(?:mum|mam|mother|dad|father|partner|mil|fil)\s+)(?P<who>[A-Z][\w'’-]+)\s+(?P<id>{_AGE})\b"
            rf"{_NOT_AGE_UNIT}(?!\s*(?:and|or|to|-|–)\s*\d)",
            0.6,
        ),
        Pattern("Name (N)", rf"(?<=[A-Za-z]\s\()(?P<id>{_AGE}|{_CHILD_AGE})(?=\))", 0.65),
        # Apposition: "Mum (Kerys, 19)", "Kerys Vance, 19, lives with...". Not a list ("at 19, 20 and 21").
        Pattern(
            "Name, N,",
            rf"(?P<first>\b[^\W\d_][\w'’-]*[ \t]+)?(?P<who>\b[^\W\d_][\w'’-]*),"
            rf"[ \t]*(?P<id>{_PARENT_AGE})(?=[ \t]*(?:\)|,(?![ \t]*\d+\b)))",  # not a list "19, 20"; "44, 1st baby" is
            0.6,
        ),
    ]
    _NOT_NAMES = MONTHS | WEEKDAYS

    def validate(self, matched: str, match: re.Match) -> bool:
        text = match.string
        if "who" in match.re.groupindex:
            # "in Hall, 14, and ..." after a place word is a room or a place, not a person.
            if re.search(r"(?i:\b(?:in|at|to|from|into|near|room|ward|bay|bed|flat|house|no|number)\s*$)",
                         text[max(0, match.start("who") - 12):match.start("who")]):
                return False
            if _AFTER_STREET.search(text[max(0, match.start("who") - 12):match.start("who")]):
                return False  # "вул. Городоцька, 45", "Calle Mayor, 12": a street and its house number
            who = match.group("who")
            if " is" in match.group(0)[len(who):len(who) + 4] or "'s" in match.group(0) or "’s" in match.group(0):
                # "Selam is 17": only a word that is no ordinary word ("Ward is 23", "EPDS is 14" are not people)
                return who.lower() in ADULT_ROLES or (not who.isupper() and who.lower() not in ENGLISH)
            return self._names_someone(who, (match.groupdict().get("first") or "").strip())
        if text[match.start() - 1:match.start()] == "(" and matched.isdigit():
            # "Nour Khalil (27)": a name or a role before the bracket, not "EPDS (14)".
            before = text[:match.start() - 1].split()
            word = before[-1] if before else ""
            if word.lower() in ADULT_ROLES:
                return True
            # A child's age only after a first name: "Chloe (11)", not "Step (2)" or "Ward (4)"
            child = int(matched) < 13
            return (word[:1].isupper() and not word.isupper()
                    and (not child or (is_first_name(word) and word.lower() not in ENGLISH)))
        return True

    def _names_someone(self, word: str, before: str) -> bool:
        """A role, or a capitalised word that reads as a name: a first name, a word that is not ordinary
        English, or a surname after a first name ("Orla Baker"); never a month or a day."""
        if word.lower() in ADULT_ROLES:
            return True
        if word.lower() in self._NOT_NAMES:
            return False
        if not word[:1].isupper():  # texted in lower case: "wendy, 44, 1st baby", a listed name and no word
            return is_first_name(word) and word.lower() not in ENGLISH
        if is_first_name(word) or word.lower() not in ENGLISH:
            return True
        return is_surname(word) and before[:1].isupper() and is_first_name(before)
