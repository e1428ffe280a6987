"""Named facilities: hospitals and wards, GP surgeries, schools, places of worship, employers.

A facility is named by its head word ("Byker Bridge Surgery", "Ward 12", "Madina Masjid");
generic services ("the children's centre", "the neonatal unit", "A&E", "the GP") are not.
"""
from __future__ import annotations

import re

from ..lexicon import not_identifier
from .base import Hit, Pattern, RegexRecognizer

# One word of a proper name, and the small words allowed inside one ("Ysgol Pen y Garth").
_W = r"(?:St\.?|[A-Z][\w'’&.-]{0,30}[\w'’]|[A-Z])(?![\w'’&-])"
_NAME = rf"{_W}(?:[ \t]+(?:(?:of|the|y|yr|upon|on|&|de|la|le)[ \t]+)?{_W}){{0,4}}"

_HEADS = {
    "[hospital]": "hospital infirmary general baby_unit neonatal_unit maternity_unit birth_centre birthing_centre "
                  "midwifery_unit maternity hospice",
    "[GP surgery]": "surgery medical_centre health_centre medical_practice practice health_clinic",
    "[school]": "school primary academy nursery college university uni infants juniors high sixth_form",
    "[place of worship]": "church mosque masjid gurdwara mandir temple synagogue chapel cathedral kingdom_hall parish",
    "[children's centre]": "children's_centre childrens_centre family_hub family_centre community_centre",
}
_HEAD_OF = {alt.replace("_", " "): label for label, alts in _HEADS.items() for alt in alts.split()}
_ANY_HEAD = "|".join(re.escape(h).replace("\\ ", "[ \t]+").replace("'", "['’]?")
                     for h in sorted(_HEAD_OF, key=len, reverse=True))

# Words that may sit inside a facility's name but do not name one on their own.
GENERIC = frozenset(
    "royal general district county community local children's childrens women's womens university teaching "
    "primary infant infants junior juniors secondary high grammar catholic rc cofe c e church methodist baptist "
    "anglican medical health maternity birth birthing baby special care neonatal day forest montessori steiner "
    "sunday nursery pre preschool sixth form sure start family private free academy trust nhs hospital dental "
    "eye heart keyhole cardiac plastic laser hip knee independent state village town city central main good best "
    "parish new old big small nearest same other our my her his their the a an this that local's uni labour delivery "
    "postnatal antenatal transitional observation side gynae surgical assessment triage".split()
)
# Capitalised words that start a sentence or a clause rather than a name.
_LEADING = frozenset(
    "went saw visited visit today yesterday tomorrow then also at to the her his their my our a an this that "
    "from in on by with and but so after before since via is was were are been being she he they we i it "
    "baby mum dad partner booked born delivered transferred admitted discharged back mum's dad's mrs mr ms miss dr".split()
)


# Words that are generic alone but make a proper name after "the", capitalised: "the Central Mosque",
# "the Royal Infirmary" (one in a town); "the Catholic Church", "the Primary School" stay generic.
NAMING = frozenset("central northern southern eastern western north south east west royal city county grand great old".split())
# "X General" as a title, not a hospital.
_TITLES = frozenset(
    "attorney secretary surgeon director inspector solicitor postmaster governor major lieutenant brigadier registrar "
    "auditor comptroller accountant paymaster advocate procurator consul adjutant quartermaster vicar commissary "
    "captain chaplain provost receiver".split()
)


def _name_tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def trim_name(text: str, start: int, end: int) -> int | None:
    """New start after dropping leading clause words; None when nothing specific is left."""
    tokens = [(start + s, start + e) for s, e in _name_tokens(text[start:end])]
    while tokens and (text[tokens[0][0]:tokens[0][1]].lower() in _LEADING
                      or not_identifier(text[tokens[0][0]:tokens[0][1]])):
        tokens.pop(0)
    if not tokens:
        return None
    words = [text[s:e].lower().strip(".,") for s, e in tokens]
    if all(w in GENERIC or not_identifier(w) or w in _HEAD_OF for w in words):
        return None
    return tokens[0][0]


def the_name(text: str, start: int, end: int) -> int | None:
    """Start of a capitalised name of generic words right after "the" ("the Central Mosque"), else None."""
    tokens = [(start + s, start + e) for s, e in _name_tokens(text[start:end])]
    before = re.search(r"(\S+)\s+$", text[max(0, start - 20):start])
    prev = before.group(1).lower() if before else ""
    while tokens and text[tokens[0][0]:tokens[0][1]].lower() in _LEADING:
        prev = text[tokens[0][0]:tokens[0][1]].lower()
        tokens.pop(0)
    words = [text[s:e] for s, e in tokens]
    if (not tokens or prev != "the" or not all(w[:1].isupper() for w in words)
            or not any(w.lower() in NAMING for w in words)):
        return None
    return tokens[0][0]


class NamedFacility(RegexRecognizer):
    RULE = "I301"
    CATEGORY = "facility"
    MESSAGE = "A named hospital, ward, surgery, school or place of worship narrows down who the family is."
    SUGGESTION = "Say 'the hospital', 'the GP', 'a local school' or 'their place of worship' instead."
    PLACEHOLDER = "[place]"
    PATTERNS = [
        Pattern("name and head word", rf"\b(?P<name>{_NAME})[ \t]+(?P<head>(?i:{_ANY_HEAD}))(?![\w'’])", 0.9),
        Pattern("numbered ward", r"\b(?i:ward)[ \t]+\d{1,3}[A-Za-z]?\b", 0.8),
        Pattern("named ward", rf"\b(?P<name>{_W}(?:[ \t]+{_W})?)[ \t]+(?P<head>[Ww]ard)\b", 0.7),
        Pattern("head word first", rf"\b(?P<head>Ysgol|University of|Masjid|Gurdwara|Mandir|Coleg|Ysbyty)[ \t]+(?P<name>{_NAME})", 0.8),
    ]

    def hit_for(self, pattern, match, text):
        start, end = match.span()
        head = match.group("head") if "head" in match.re.groupindex else "ward"
        if head.lower() == "general" and (re.match(r"[ \t]+[A-Z]", text[end:])  # the General Election
                                          or match.group("name").split()[-1].lower() in _TITLES):
            return None
        if "name" in match.re.groupindex:
            name_start = trim_name(text, *match.span("name"))
            if name_start is None and match.start("head") > match.start("name") and not re.match(r"[ \t]+of\b", text[end:]):
                name_start = the_name(text, *match.span("name"))  # "the Royal Infirmary", not "the Royal Academy of Music"
            if name_start is None:
                return None
            if match.start("head") > match.start("name"):
                start = name_start
            elif match.group("name").split()[0].lower() in GENERIC:
                return None
        if head[0].islower() and head.lower() in _NEEDS_CAPITAL:
            return None
        return Hit(start, end, pattern.score, f"pattern '{pattern.name}'", _placeholder(head.lower()))


# Head words that are ordinary words in lower case ("BP high", "good practice").
_NEEDS_CAPITAL = frozenset("high primary uni practice surgery maternity temple juniors infants parish chapel general".split())


def _placeholder(head: str) -> str:
    head = " ".join(head.replace("’", "'").split())
    if head.startswith("children") and head.endswith("centre"):
        head = "children's centre"
    if head in ("ward", "ysbyty"):
        return "[hospital]"
    if head in ("ysgol", "university of", "coleg"):
        return "[school]"
    if head in ("masjid", "gurdwara", "mandir"):
        return "[place of worship]"
    return _HEAD_OF.get(head, "[place]")


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
    MESSAGE = "A hospital's initials name the hospital, which narrows down where the family lives."
    SUGGESTION = "Say 'the hospital' instead."
    PLACEHOLDER = "[hospital]"
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
            if not (_HOSPITAL_CUE.search(before) or re.match(r"\s*(?i:maternity|labour|hospital|a&e|for (?:a|her|the) (?:scan|section|induction))", after)):
                return None
        return Hit(start, end, pattern.score, f"pattern '{pattern.name}'")


_OCCUPATIONS = (
    "pharmacist|nurse|midwife|mw|hca|doctor|gp|consultant|registrar|physio|teacher|ta|teaching assistant|"
    "lecturer|cleaner|driver|manager|receptionist|carer|care worker|chef|cook|barista|waitress|waiter|engineer|"
    "firefighter|paramedic|officer|solicitor|accountant|vet|dentist|hairdresser|barber|mechanic|electrician|"
    "plumber|builder|porter|student|apprentice|volunteer|cashier|supervisor|guard|technician|administrator|"
    "admin|analyst|developer|scientist|researcher|librarian|caretaker|assistant|worker|operator|packer"
)


class Employer(RegexRecognizer):
    """Where someone works: "works nights at Nissan", "a pharmacist at Boots", "shifts at Preston Circus"."""

    RULE = "I303"
    CATEGORY = "facility"
    MESSAGE = "A named employer or workplace narrows down who someone is, and can be used to find them."
    SUGGESTION = "Say 'works locally' or 'works shifts' instead."
    PLACEHOLDER = "[workplace]"
    PATTERNS = [
        Pattern(
            "works at",
            r"(?i:\b(?:works?|working|worked|job|jobs|shifts?|employed|placement|teaches|taught|lectures|volunteers|"
            r"drives|driving|drove|cleans|cleaning|delivers|delivering|stacks|manages|managing)"
            r"(?:[ \t]+(?:nights|days|weekends|lates|earlies|shifts|part[- ]time|full[- ]time|there|now|still|"
            r"as[ \t]+an?[ \t]+\w+(?:[ \t]+\w+)?))?)"
            rf"[ \t]+(?:at|for)[ \t]+(?:the[ \t]+)?(?P<id>{_NAME})",
            0.75,
        ),
        Pattern("occupation at", rf"(?i:\b(?:{_OCCUPATIONS})s?)[ \t]+(?:at|for)[ \t]+(?:the[ \t]+)?(?P<id>{_NAME})", 0.7),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        words = [w.lower() for w in matched.split()]
        return not all(w in GENERIC or not_identifier(w) or w in _LEADING for w in words)


class BirthPlace(RegexRecognizer):
    """Where a baby was born or taken: "born at Airedale", "transferred to St Mary's"."""

    RULE = "I304"
    CATEGORY = "facility"
    MESSAGE = "Naming the hospital where a baby was born or treated narrows down the family."
    SUGGESTION = "Say 'the hospital' or 'the local unit' instead."
    PLACEHOLDER = "[hospital]"
    PATTERNS = [
        Pattern(
            "named after a birth or transfer",
            r"(?i:\b(?:born|delivered|transferred|admitted|induced|booked|blue-lighted|blue lighted)(?:[ \t]+[\w/:.+]+){0,3}?[ \t]+(?:at|to|in|into)"
            r"[ \t]+(?:the[ \t]+)?)(?P<id>(?:St\.?[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,2})\b",
            0.7,
        ),
        Pattern(
            "named after a unit",
            r"(?i:\b(?:NICU|SCBU|SCBU|HDU|neonatal(?:[ \t]+unit)?|special[ \t]+care|labour[ \t]+ward|maternity(?:[ \t]+unit)?|"
            r"antenatal[ \t]+clinic|theatre|A&E)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?)"
            r"(?P<id>(?:St\.?[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,2})\b",
            0.7,
        ),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        return not any(not_identifier(w) for w in matched.split()) and not not_identifier(matched)
