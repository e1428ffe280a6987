"""A place or facility found inside a longer proper name covers the whole name.

"Hereford County", "High Birkett", "Our Lady of Willesden", "Lohr am Main": a recognizer finds the
town ("Hereford", "Willesden") and the words around it, capitalised and bound to it, are left in
the safe text, where they still say which hospital, church or farm it is. The finding grows over
capitalised words beside it, and over the small words that join a name ("of", "upon", "am"), as
long as what it takes in could be part of a name: no weekday or month, no role word or title, no
ordinary word starting a sentence unless it is a word that place names start with ("High", "Upper").
"""
from __future__ import annotations

import re

from .findings import IDENTIFIER, Finding
from .lexicon import not_identifier, safe_words
from .words import KIN_BEFORE, MONTHS, NOT_NAMES, ROLE_WORDS, SHORT_CALENDAR, TITLES, vouched

GROWS = {"location", "facility"}
_CAP = r"[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*"
# "Newcastle upon Tyne", "Our Lady of Willesden", "Lohr am Main", "Stratford-on-Avon": words that join a name
_JOIN = r"(?:of|upon|on|under|in|by|am|an|der|de|la|le|du|y|yr|na|nan)"
_RIGHT = re.compile(rf"(?:[ \t]+{_JOIN})?[ \t]+({_CAP})")
_LEFT = re.compile(rf"({_CAP})(?:[ \t]+{_JOIN})?[ \t]+$")
# Words place names start with, which also start ordinary sentences.
_PLACE_OPENERS = frozenset("""high low upper lower great little north south east west old new nether far near long
broad saint st our lady kings kirk castle bishops""".split())
_STOP = NOT_NAMES | ROLE_WORDS | TITLES | KIN_BEFORE | frozenset("i the a an and or but".split())
# Months, and the short forms of months and days (whole weekdays are in NOT_NAMES)
_CALENDAR = MONTHS | SHORT_CALENDAR


def _may_join(word: str) -> bool:
    low = word.lower().replace("’", "'")
    return word[0].isupper() and not (low in _STOP or low in _CALENDAR or low in safe_words() or not_identifier(word)
                                      or word.isupper())


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n\"“(•-–—*"


def _grow(text: str, f: Finding, taken: list[tuple[int, int]]) -> Finding:
    start, end = f.start, f.end
    while (m := _RIGHT.match(text, end)) and _may_join(m.group(1)) and (
            not vouched(m.group(1), m.group(1).lower()) or m.group(1).lower() in _HEADS):
        if any(s < m.end() and m.start() < e for s, e in taken):
            break
        end = m.end()
    while (m := _LEFT.search(text, max(0, start - 40), start)) and _may_join(m.group(1)) and (
            m.start() == 0 or not text[m.start() - 1].isalpha()):
        word = m.group(1)
        first = _opens_sentence(text, m.start())
        if first and vouched(word, word.lower()) and word.lower() not in _PLACE_OPENERS:
            break  # "Visited Chapeltown": the sentence's first word, not the name's
        if any(s < start and m.start() < e for s, e in taken if (s, e) != (f.start, f.end)):
            break
        start = m.start()
    if (start, end) == (f.start, f.end):
        return f
    return f.with_(start=start, end=end, text=text[start:end],
                   explanation=f"{f.explanation}; the whole name around it".lstrip("; "))


# Ordinary words that end the names of places: "Hereford County", "Dundee College", "Wrexham Park".
_HEADS = frozenset("""county city general royal infirmary hospital college university school academy church chapel
cathedral mosque park green hill bridge farm house hall lodge cottage manor estate village town vale valley moor
common heath wood woods end cross gate road lane street way close avenue drive crescent terrace gardens place
square court mews row rise view fields field island isle bay beach harbour quay dock centre""".split())


# Before a word no list knows ("Lower Tollby"), these make it a place, whatever rule found it.
_COMPASS = frozenset("high low upper lower north south east west nether".split())


def _grow_compass(text: str, f: Finding) -> Finding:
    m = _LEFT.search(text, max(0, f.start - 12), f.start)
    if not (m and m.group(1).lower() in _COMPASS and " " in m.group() and (m.start() == 0 or not text[m.start() - 1].isalpha())):
        return f
    return f.with_(start=m.start(), text=text[m.start():f.end])


def whole_names(text: str, findings: list[Finding]) -> list[Finding]:
    taken = [(f.start, f.end) for f in findings if f.kind == IDENTIFIER]
    grown = []
    for f in findings:
        if f.kind == IDENTIFIER and f.category in GROWS:
            f = _grow(text, f, taken)
        elif f.kind == IDENTIFIER and f.rule == "I107":
            f = _grow_compass(text, f)
        grown.append(f)
    return grown
