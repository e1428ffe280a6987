"""Street addresses, named streets and estates, and roads ("the A19").

A contiguous address - flat or house name, number, street, area, town, postcode - is one
span, so `share` replaces it with one "[address]" rather than leaving the town behind.
"""
import re

from ..lexicon import not_identifier
from ..words import ENGLISH
from .address_parts import (HOUSE_NAME, HOUSE_NO, NAMED, PLACE, PO_BOX, POSTAL_CODE, STATE_AND_CODE, SUFFIXED_STREET,
                            THE_NAME, TRAIL, TYPE_FIRST)
from .base import Hit, Pattern, RegexRecognizer
from .postcode import INWARD, OUTWARD

STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Close|Cl|Crescent|Cres|Terrace|Terr|Tce|Way|"
    "Place|Pl|Grove|Gr|Gardens|Gdns|Court|Ct|Mews|Walk|Row|Square|Sq|Hill|Rise|View|Park|Parade|"
    "Green|Vale|Mount|Fold|Croft|Chase|Meadows?|Wynd|Gate|Bank|Approach|Boulevard|Yard|Brow|Wharf|"
    "Quay|Circus|Heights|Grange|Side|Crossway|Lea|Hollow|Glade|Dene|Garth|Brae|Loan|Vennel"
)
_STREET_TYPE = rf"(?i:{STREET_TYPES})\b\.?"
_CAP = r"[A-Z][A-Za-z'’-]+(?![\w'’-])"
_WORD = r"[A-Za-z][A-Za-z'’-]+"
# Building names that stand for a street line: "Hartington House", "Tanners Court".
_BUILDING = rf"{_CAP}(?:\s+{_CAP})?\s+(?:House|Court|Lodge|Cottages?|Mansions|Tower|Heights|Buildings|Farm|Barn|Hall|Mill)"
_FLAT = r"(?i:flat|apt|apartment|unit|suite|room)\s*\d{1,4}[A-Za-z]?"
# "Unit 5/12 Smith St": the unit word before a number written as unit/house.
_UNIT_BEFORE = re.compile(r"\b(?i:flat|apt|apartment|unit|suite)\.?[ \t]*$")
_HOUSE_NO = r"\d{1,4}[A-Za-z]?(?:\s*-\s*\d{1,4}|/\d{1,4}[A-Za-z]?)?"  # "12-14", "5/12" (unit 5 of number 12)
_POSTCODE = rf"(?i:{OUTWARD}[ \t]?{INWARD})"
# Town, county, state, country and postal code of any country, commas and line breaks included.
_TRAIL = rf"(?P<trail>{TRAIL})"
# An English street line after a house name: "Mill Lane", "12 Church Street", "Heol y Bryn".
_STREET_LINE = (
    rf"(?:{_HOUSE_NO},?\s+)?(?:(?:{_CAP}\s+){{1,3}}{_STREET_TYPE}(?!\w)|(?i:Heol|Ffordd|Stryd|L[oô]n|Maes|Sr[aà]id|Rathad)"
    rf"(?:\s+(?:y|yr|[A-Z][A-Za-z'’-]+)){{1,3}}(?![\w'’-]))"
)
_HOUSE_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*)"



# Words that cannot be part of a street name written after a house number ("3 weeks down the road").
_NOT_STREET_WORDS = frozenset(
    "the a an on in at to of and or but for with from by up down off over is was be been x "
    "i a week weeks wk wks day days hour hours hr hrs hrly hourly min mins minute minutes times time month months "
    "year years yr yrs night nights feed feeds nappies nappy wet dirty oz ml kg lb lbs g stone mile miles "
    "more less other extra few first second third last next kids children babies people visits".split()
)
# Capitalised words that end an address line rather than continuing it.
_NOT_AREA_WORDS = frozenset(
    "i a baby mum dad partner mob tel phone dob nhs hospital hosp gp hv mw lo dp dh and but so the she he they "
    "her his visit visited lives tues".split()
)


# Colombia numbers its streets and gives the house as "# 45-112": "Calle 53 # 45-112", "Carrera 7 # 72-41".
_NUMBERED_STREET = r"\d{1,3}[A-Z]?(?:\s?[Bb]is)?(?=\s?#\s?\d)"


class StreetAddress(RegexRecognizer):
    RULE = "I201"
    CATEGORY = "location"
    PATTERNS = [
        Pattern(
            "house number and street",
            rf"(?:\b{_FLAT}\s*,?\s+(?:{_BUILDING}\s*,?\s+)?)?(?<![\d/.:+£$-])\b{_HOUSE_NO},?\s+"
            rf"(?P<street>(?:{_WORD}\s+){{1,3}}){_STREET_TYPE}(?!\w){_TRAIL}",
            0.85,
        ),
        # Welsh and Scots Gaelic streets put the type first: "8 Heol y Nant", "3 Ffordd Glyn".
        Pattern(
            "house number and type-first street",
            rf"(?:\b{_FLAT}\s*,?\s+)?(?<![\d/.:+£$-])\b{_HOUSE_NO},?\s+(?i:Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Clos|Cwrt|Maes|Parc|Teras|Sr[aà]id|Rathad)"
            rf"(?:\s+(?:y|yr|[A-Z][A-Za-z'’-]+)){{1,3}}(?![\w'’-]){_TRAIL}",
            0.85,
        ),
        Pattern(
            "flat in a named building",
            rf"\b{_FLAT}\s*,?\s+{_BUILDING}\b{_TRAIL}",
            0.85,
        ),
        # "42 Kingsway, Leeds LS6 2QJ": a one-word street is an address once a postcode follows.
        Pattern(
            "number, street and postcode",
            rf"(?:\b{_FLAT}\s*,?\s+)?(?<![\d/.:+£$-])\b{_HOUSE_NO},?\s+{_CAP}(?:\s+{_CAP}){{0,2}}"
            rf"(?:,?\s+{_CAP}(?:\s+{_CAP}){{0,2}}){{0,2}},?\s+{_POSTCODE}\b",
            0.85,
        ),
        # Abroad, street type first: "14 Rue des Lilas, 69003 LYON", "Via Gorizia 12, 00198 Roma", "ul. Kwiatowa 5".
        Pattern(
            "street abroad, type first",
            rf"(?<![\w/.:+£$-])(?:(?P<pre>{HOUSE_NO}),?\s+)?\b{TYPE_FIRST}\s+(?:{NAMED}|{_NUMBERED_STREET})"
            rf"(?:,?\s+(?P<post>{HOUSE_NO}|#\s?\d{{1,4}}[A-Z]?\s?[-–]\s?\d{{1,4}}))?{_TRAIL}",
            0.85,
        ),
        # Abroad, street type as a word ending: "Lindenstraße 27, 10115 Berlin", "Storgatan 9, 111 22 Stockholm".
        Pattern(
            "street abroad, type last",
            rf"(?<![\w/.:+£$-])(?:(?P<pre>{HOUSE_NO}),?\s+)?(?P<street>{SUFFIXED_STREET})(?:,?\s+(?P<post>{HOUSE_NO}))?{_TRAIL}",
            0.85,
        ),
        Pattern("post office box", rf"\b{PO_BOX}{_TRAIL}", 0.85),
        # A named house as the first line: "The Old Forge, Mill Lane, Hexby", "The Laurels, 4 Church Street".
        Pattern("house name and street", rf"\b(?:{HOUSE_NAME}|{THE_NAME}){_HOUSE_SEP}{_STREET_LINE}{_TRAIL}", 0.85),
        # ... or followed by its village: "Rose Cottage, Upper Wenby".
        Pattern("house name and town", rf"\b(?P<house>{HOUSE_NAME}){_HOUSE_SEP}(?P<town>{PLACE}){_TRAIL}", 0.8),
        Pattern("town, state and postal code", rf"\b{PLACE},?[ \t]+(?:{STATE_AND_CODE})(?![\w-])(?:,?[ \t]+{PLACE})?", 0.8),
        # Loosely written: "the flats on Kingsway, no. 12".
        Pattern(
            "street with number after",
            rf"\b(?:on|in|at|of)\s+(?P<id>{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s+{_STREET_TYPE})?,?\s+(?i:no\.?|number|num|#)\s*\d{{1,4}}[A-Za-z]?)\b",
            0.75,
        ),
        # Streets and estates named without a house number: "lives on Mill Lane", "the Meadowell estate".
        Pattern(
            "named street",
            r"\b(?P<id>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\s+(?:Road|Rd|Street|Avenue|Ave|Lane|Drive|Close|"
            r"Crescent|Terrace|Grove|Gardens|Mews|Place|Square|Rise|Parade|Row|Way)\b)(?!\s+(?:[A-Z]|\d))",
            0.7,
        ),
        # Abbreviated types are ambiguous alone ("St Helier"), but not after on/off/along: "on Crossley St".
        Pattern(
            "abbreviated street",
            r"\b(?:on|off|along|down|up|near)\s+(?:the\s+)?(?P<id>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\s+"
            r"(?:St|Rd|Ave|Ln|Cres|Terr|Tce|Gdns|Gr|Pl|Cl|Dr|Sq)\b\.?)",
            0.7,
        ),
        # Notes typed in lower case: "on mafeking street". Only a name no dictionary knows makes it a
        # street ("on the main road", "down memory lane" are not).
        Pattern(
            "lower-case street",
            r"\b(?:on|off|along|down|up|near|in|at|to|from)\s+(?P<id>[a-z][a-z'’-]{2,}(?:\s+[a-z][a-z'’-]{2,})?\s+"
            r"(?:road|rd|street|avenue|ave|lane|ln|drive|close|crescent|cres|terrace|tce|grove|gardens|gdns|mews|way|"
            r"row|place|walk|court|rise|parade|square))\b",
            0.65,
        ),
        # The house or flat by its number alone, after a preposition: "leave it at no. 16", "do apto 803".
        Pattern(
            "house number alone",
            r"\b(?i:at|from|in|to|do|da|del|du|von|vom)\s+(?P<id>(?i:no\.?|nr\.?|n[º°]\.?|apto\.?|apt\.?|flat|unit)"
            r"[ \t]*\d{1,4}[A-Za-z]?)(?![\w%])(?![ \t]*(?i:%|weeks?|wks?|days?|months?|times|mins?|hours?|hrs?|kg|ml|oz))",
            0.7,
        ),
        Pattern("one-word street", r"\b(?:on|off|along|in|at)\s+(?P<id>[A-Z][a-z]{2,}(?:way|gate))\b", 0.65),
        Pattern("named estate", r"\b(?P<id>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}(?:\s+Estate\b|(?=\s+estate\b)))", 0.7),
    ]
    PLACEHOLDERS = {
        "named street": "[street]", "lower-case street": "[street]", "abbreviated street": "[street]",
        "one-word street": "[street]", "named estate": "[area]",
    }

    def hit_for(self, pattern, match, text):
        start, end = match.span("id") if "id" in match.re.groupindex else match.span()
        if not self._plausible(pattern.name, text[start:end], match):
            return None
        if pattern.name not in self.PLACEHOLDERS:
            end = _end_of_address(text, start, end)
            unit = _UNIT_BEFORE.search(text, max(0, start - 12), start)
            start = unit.start() if unit else start
        if pattern.name == "house name and town" and end <= match.start("town"):
            return None  # "Village Hall, Saturday": no village followed
        return Hit(start, end, pattern.score, f"pattern '{pattern.name}'", self.PLACEHOLDERS.get(pattern.name))

    @staticmethod
    def _plausible(name: str, matched: str, match: re.Match) -> bool:
        groups = match.groupdict()
        street = groups.get("street")
        if street and any(w.lower() in _NOT_STREET_WORDS for w in street.split()):
            return False
        if name.startswith("street abroad"):
            # A number before the street, or one after it and then a town or a postal code: "Via Zoom 3 times" is not.
            trail = groups.get("trail") or ""
            if street and street.split()[-1].lower() in ENGLISH:  # "Spring 2", "Colgate 3"
                return False
            return bool(groups.get("pre")) or re.search(POSTAL_CODE, trail) is not None or (
                bool(groups.get("post")) and bool(trail.strip(" \t,-\n")))
        if name == "house name and town":
            town = groups["town"].split()[-1] if groups.get("town") else ""
            return not (not_identifier(town) or town.lower() in _NOT_AREA_WORDS)
        if name == "town, state and postal code":
            first = matched.split()[0].strip(",")
            return not (not_identifier(first) or first.lower() in _LEADING_NOT_NAMES or first.lower() in _NOT_AREA_WORDS)
        if name in ("post office box", "house name and street"):
            return True
        if name == "lower-case street":
            # (the word list leaves out short common words: "the", "old")
            return any(len(w) >= 4 and w not in ENGLISH and not not_identifier(w) for w in matched.split()[:-1])
        first = matched.split()[0]
        # "Saw Drive"? A sentence-initial verb or a role is not part of a street's name.
        return not (not_identifier(first) or first.lower() in _LEADING_NOT_NAMES)


def _end_of_address(text: str, start: int, end: int) -> int:
    """Drop trailing capitalised words that start the next clause ("..., Baby fine"), and a next line
    that starts with an ordinary word ("...Road\nWeighed today")."""
    while True:
        m = re.search(r"(?:,?\s+)([^\W\d_][\w'’-]*)$", text[start:end])
        if m and (m.group(1).lower() in _NOT_AREA_WORDS or not_identifier(m.group(1))):
            end = start + m.start()
            continue
        line = text.rfind("\n", start, end)
        first = text[line + 1:end].split()[:1] if line >= 0 else []
        if first and first[0].isalpha() and not first[0].isupper() and first[0].lower() in ENGLISH:
            end = _trim_end(text, start, line)
            continue
        return end


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t,\n":
        end -= 1
    return end


_LEADING_NOT_NAMES = frozenset(
    "the a at on in to saw visited went popped lives living moved near from our my her his their this that "
    "then also next last new old big main local high".split()
)


class Road(RegexRecognizer):
    """A, B and M roads: "born on the A19", "stuck on the M62"."""

    RULE = "I206"
    CATEGORY = "location"
    PATTERNS = [
        Pattern(
            "A or M road",
            r"(?<!(?i:vitamin) )(?<!(?i:vit) )\b(?:A\d{1,4}|M\d{1,3})(?:\(M\))?\b"
            r"(?![/.]\d|\s*(?:papers?|sized?|sheets?|pages?|format|envelopes?|printer)\b)",
            0.7,
        ),
        Pattern("B road", r"(?<=\bthe )B\d{3,4}\b", 0.7),
    ]
