"""I303: where someone works ("works nights at Nissan", "a pharmacist at Boots").
"""
from __future__ import annotations

import re

from ..lexicon import word_list
from .base import Pattern, RegexRecognizer
from .facility_names import GENERIC, LEADING, NAME

_OCCUPATIONS = (
    "pharmacist|nurse|midwife|mw|hca|doctor|gp|consultant|registrar|physio|teacher|ta|teaching assistant|"
    "lecturer|cleaner|driver|manager|receptionist|carer|care worker|chef|cook|barista|waitress|waiter|engineer|"
    "firefighter|paramedic|officer|solicitor|accountant|vet|dentist|hairdresser|barber|mechanic|electrician|"
    "plumber|builder|porter|student|apprentice|volunteer|cashier|supervisor|guard|technician|administrator|"
    "admin|analyst|developer|scientist|researcher|librarian|caretaker|assistant|worker|operator|packer"
)

# Places of work named by their firm: "the Tesco distribution centre", "the Nissan plant".
_WORKPLACES = (r"(?i:distribution[ \t]+cent(?:re|er)|warehouse|depot|factory|plant|superstore|call[ \t]+cent(?:re|er)|"
               r"head[ \t]+office|offices|abattoir|processing[ \t]+plant|packing[ \t]+plant|branch)")

_REGIONS = frozenset("UK US USA EU UAE GB".split())


class Employer(RegexRecognizer):
    """Where someone works: "works nights at Nissan", "a pharmacist at Boots", "shifts at Preston Circus"."""

    RULE = "I303"
    CATEGORY = "facility"
    PATTERNS = [
        Pattern(
            "works at",
            r"(?i:\b(?:works?|working|worked|job|jobs|shifts?|employed|placement|teaches|taught|lectures|volunteers|"
            r"drives|driving|drove|cleans|cleaning|delivers|delivering|stacks|manages|managing)"
            r"(?:[ \t]+(?:nights|days|weekends|lates|earlies|shifts|part[- ]time|full[- ]time|there|now|still|"
            r"as[ \t]+an?[ \t]+\w+(?:[ \t]+\w+)?))?"
            # "worked for two years at Admiral", "has worked since 2019 at": how long, then where
            r"(?:[ \t]+(?:for|since)[ \t]+(?:[\w-]+[ \t]+)?(?:years?|months?|weeks?|ages|decades?|\d{4}|a[ \t]+while|"
            r"a[ \t]+long[ \t]+time))?)"
            rf"[ \t]+(?:at|for)[ \t]+(?:the[ \t]+)?(?P<id>{NAME})",
            0.75,
        ),
        Pattern("occupation at", rf"(?i:\b(?:{_OCCUPATIONS})s?)[ \t]+(?:at|for)[ \t]+(?:the[ \t]+)?(?P<id>{NAME})", 0.7),
        # a form's field: "Employer: Bayview Dental Group", "Arbeitgeber: Bosch Rexroth AG"
        Pattern("employer field", r"(?i:\b(?:employer|employer's name|name of employer|workplace|place of work|"
                rf"arbeitgeber|employeur|empleador|empregador|datore di lavoro|werkgever|pracodawca)[ \t]*:[ \t]*)(?P<id>{NAME})",
                0.75),
        # "works in the Tesco in Enniskillen": "in" says where only with "the" before a name
        Pattern("works in the", r"(?i:\b(?:works?|working|worked|job|shifts?))[ \t]+in[ \t]+the[ \t]+"
                rf"(?P<id>{NAME})", 0.7),
        # "the Tesco distribution centre", "the 2 Sisters plant": a name before a place of work
        Pattern("name of a workplace", rf"(?i:\bthe)[ \t]+(?P<id>(?:\d+[ \t]+)?{NAME})[ \t]+(?={_WORKPLACES}\b)", 0.65),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        # a brand is what an employer is ("works at Boots"): only the never-identifier list rules a word out here
        never = word_list("not_identifiers.txt")
        if matched.lower() in word_list("countries.txt") or matched in _REGIONS:
            return False  # "the UK warehouse", "work in the USA": a country is no employer
        words = [w.lower() for w in matched.split()]
        return not all(w in GENERIC or w in never or w in LEADING for w in words)
