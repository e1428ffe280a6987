"""I302: a hospital by its initials, in a hospital context ("the QEH", "transferred to UHW").
"""
from __future__ import annotations

import re

from ..lexicon import not_identifier
from .base import Hit, Pattern, RegexRecognizer

# Clinical, service and organisation abbreviations that are not a place.
NOT_PLACES = frozenset(
    "SCBU NICU SNU HDU ITU ICU PICU NNU TCU MLU AMU MAU DAU EPAU PAU ED OT EPDS PPH EBF BF FF HV MW GP GPS SW "
    "A&E D&V L&D? SMA NHS NCT NICE RCM WHO UNICEF BFI DWP HMRC DVLA CAB CQC BBC ITV UK USA EU IBCLC CTG ECV "
    "VBAC IVF DH DP MIL FIL LO EDD DOB CS LSCS EMCS ELCS NG NGT TPN CPAP IV ABX BCG MMR MENB HIE NAS OCD PND "
    "PTSD ADHD ASD SEN SENCO EHCP CAMHS CIN CP LAC PLO ASAP FYI TBH IMO LOL OMG ETA B&Q M&S H&M P&O Q&A B&B "
    "G&T T&C R&R S&S".replace("?", "").split()
)
_ABBR = r"(?:[A-Z]{3,6}|[A-Z]{1,3}&[A-Z]{1,3})"
_HOSPITAL_CUE = re.compile(
    r"(?i:\b(?:born|birth|gave birth|delivered|delivery|transferred|transfer|admitted|induced|induction|"
    r"section|c-section|booked|blue[- ]lighted|ambulance|rushed|taken|ward|unit|maternity|labour|mw|midwife|"
    r"midwives|consultant|scan|antenatal|postnatal|discharged|readmitted|stayed|nights?)\b)"
)


class HospitalAbbreviation(RegexRecognizer):
    """Hospitals go by initials ("the QEH", "transferred to UHW"): caught by their context."""

    RULE = "I302"
    CATEGORY = "facility"
    PATTERNS = [
        Pattern("at the ABC", rf"\b(?:at|to|from|in|into|outside)[ \t]+the[ \t]+(?P<id>{_ABBR})(?![\w&])", 0.7),
        Pattern("ABC after hospital context", rf"\b(?:at|to|from|in|into)[ \t]+(?P<id>{_ABBR})(?![\w&])", 0.6),
        Pattern("A&D style initials", r"(?<![\w&])(?P<id>[A-Z]{1,3}&[A-Z]{1,3})(?![\w&])", 0.6),
    ]

    def hit_for(self, pattern, match, text):
        start, end = match.span("id")
        abbr = text[start:end]
        if abbr in NOT_PLACES or not_identifier(abbr):
            return None
        if pattern.name == "ABC after hospital context":
            line_start = text.rfind("\n", 0, start) + 1
            before = text[max(line_start, start - 60):start]
            after = text[end:end + 25]
            if not (_HOSPITAL_CUE.search(before)
                    or re.match(r"\s*(?i:maternity|labour|hospital|a&e|for (?:a|her|the) (?:scan|section|induction))", after)):
                return None
        return Hit(start, end, pattern.score, f"pattern '{pattern.name}'")
