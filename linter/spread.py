"""Context that spreads from a found name to the words bound to it.

A name found once vouches for its neighbours: the other half of "X and Y" ("Ffion and Hope slept"),
and a short form given in quotes or brackets straight after it ("Bethany ('Bee')"). The neighbour
must still look like a name: capitalised (or quoted), not a role, not an ordinary word starting a
sentence. Every mention of what is added here is then found by `propagate`.
"""
from __future__ import annotations

import re

from .findings import IDENTIFIER, Finding
from .lexicon import not_identifier, safe_words
from .words import NAME_PARTICLES, NOT_NAMES, ROLE_WORDS, TITLES, is_first_name, vouched

_NAME = r"[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?"
_AFTER_AND = re.compile(rf"(?:\s+(?:and|n|an'|or)|\s*&)\s+({_NAME})\b")
# "Autumn and baby River": a role word between the pair leaves them a pair
_PAIR_ROLES = r"(?i:baby|little|big|her|his|their|partner|husband|wife|son|daughter|dp|dh)"
# "Handover from Robyn to Faith", "from Faith to Robyn": one name in the pair makes the other one too
_FROM_BEFORE = re.compile(r"(?i:\bfrom)\s+$")
_TO_AFTER = re.compile(rf"\s+(?i:to)\s+({_NAME})\b")
_FROM_PAIR_BEFORE = re.compile(rf"(?i:\bfrom)\s+({_NAME})\s+(?i:to)\s+$")
_BEFORE_AND = re.compile(rf"\b({_NAME})(?:\s+and|\s*&)\s+(?:{_PAIR_ROLES}\s+)?$")
_WORD = r"[A-Za-z][^\W\d_]{1,14}"
# 'Bethany ("Bee")', "Bethany (Bee)", "Bethany 'Bee'", "Bethany aka Bee": a short form of the name
_SHORT_FORMS = (
    (re.compile(rf"\s*\(\s*[\"'“‘]({_WORD})[\"'”’]\s*\)"), True),
    (re.compile(rf"\s*\(\s*({_WORD})\s*\)"), False),
    (re.compile(rf"\s*[\"'“‘]({_WORD})[\"'”’](?!\w)"), True),
    (re.compile(rf"\s+(?:aka|a\.k\.a\.|known as)\s+[\"'“‘]?({_WORD})"), False),
)
# "Bear and Ottilie were both asleep": the pair is the subject of what follows, so the first word is a
# person even where it is an ordinary word starting a sentence ("Feeding and Ffion's weight" is not)
_PAIR_DOES = re.compile(r"\s+(?:were|are|have|had|both|'re|’re|slept|went|came|ate|fed|sat|woke|played|seemed|"
                        r"look(?:ed)?|love[ds]?|[a-z]{3,}ed)\b")
_LEAD_WORDS = frozenset("the a an this that these those my our her his their its and but so then".split())


def _could_be_name(word: str, sentence_start: bool, quoted: bool = False) -> bool:
    """quoted: a short form given in quotes straight after a name ('Gabriel ("Bing")') is a nickname even
    when a brand or a safe word is spelt the same."""
    low = word.lower()
    if low in ROLE_WORDS or low in TITLES or low in NOT_NAMES or low in _LEAD_WORDS:
        return False
    if not quoted and (not_identifier(word) or low in safe_words()):
        return False
    if sentence_start and not is_first_name(word):
        return not vouched(word, low)  # "Feeding and Ffion's weight": the ordinary word stays
    return True


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:;•-*"


# A postal code of any country beside a place found: "Shanghai 200001", "125009 Moskva", "Tokyo 100-0005".
# It joins the place's finding, so the block is one finding; a number with a unit ("Leeds 2000 people")
# or a year is no postal code.
_CODE = r"\d{2,3}-\d{3,4}|\d{5}-\d{3}|\d{4,6}"
_UNITS = (r"%|°|kg|g|mg|mcg|ml|l|oz|lbs?|cm|mm|m|km|miles?|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|d|wks?|"
          r"weeks?|w|months?|mths?|mo|years?|yrs?|y|am|pm|times|feeds?|k?cal(?:ories)?|steps|people|babies|families")
_CODE_AFTER = re.compile(rf",?[ \t]+({_CODE})\b(?![ \t]*(?:{_UNITS})\b)(?![.,]?\d)")
_CODE_BEFORE = re.compile(rf"(?:^|(?<=[\s,]))({_CODE})[ \t]+$")


# A US state or Canadian province after a place: "Springfield, MO", "Surrey, BC 12345". Codes that are words
# ("OK", "IN", "ME", "OR", "HI") count only with a ZIP after them.
_REGIONS = ("AL AK AZ AR CA CO CT DE DC FL GA IA ID IL KS KY LA MA MD MI MN MO MS MT NC ND NE NH NJ NM NV NY OH PA RI SC "
            "SD TN TX UT VA VT WA WI WV WY AB BC MB NB NL NS NT NU ON PE QC SK YT")
_REGION_AFTER = re.compile(rf",[ \t]+(?:(?:{'|'.join(_REGIONS.split())})(?:[ \t]+\d{{5}}(?:-\d{{4}})?)?|"
                           r"(?:OK|IN|ME|OR|HI)[ \t]+\d{5}(?:-\d{4})?)(?![\w-])")


# A house number after a street's name, as most of the world writes it: "Dizengoff 120", "Ermou 45", "Mirpur 10".
# It joins a place found or a word discreet does not know (I107), never a listed name ("Ada 3 and Obi 5" are ages).
_HOUSE_NUMBER_AFTER = re.compile(rf"[ \t]+(\d{{1,3}}[A-Za-z]?(?:/\d{{1,3}})?)\b(?![ \t]*(?:{_UNITS})\b)(?![.:,]?\d)")


def _year(code: str) -> bool:
    return len(code) == 4 and 1900 <= int(code) <= 2099


def _with_postal_code(text: str, findings: list[Finding]) -> list[Finding]:
    covered = [(f.start, f.end) for f in findings if f.kind == IDENTIFIER]
    out = []
    for f in findings:
        if f.kind == IDENTIFIER and f.category in {"location", "person"}:  # a town read as a name too
            start, end = f.start, f.end
            m = _CODE_AFTER.match(text, end)
            if m and not _year(m.group(1)) and not any(s < m.end() and m.start(1) < e for s, e in covered):
                end = m.end(1)
            m = _HOUSE_NUMBER_AFTER.match(text, end) if f.category == "location" or f.rule == "I107" else None
            if m and not any(s < m.end() and m.start(1) < e for s, e in covered):
                end = m.end(1)
            m = _REGION_AFTER.match(text, end)  # "Chicago, IL" read as a person by the model is a place all the same
            if m and not any(s < m.end() and m.start() + 1 < e for s, e in covered):
                end = m.end()
            m = _CODE_BEFORE.search(text, max(0, start - 12), start)
            if m and not _year(m.group(1)) and not any(s < start and m.start(1) < e for s, e in covered):
                start = m.start(1)
            if (start, end) != (f.start, f.end):
                f = f.with_(start=start, end=end, text=text[start:end])
        out.append(f)
    return out


# The rest of a hyphenated name the finding stopped short of ("Hyun-woo", "Jean-luc"), and the small
# words inside a surname ("Van der Berg", "de la Cruz", "bin Hamad"): all one name.
_HYPHEN_REST = re.compile(r"(?:[-‐][^\W\d_]{2,})+")
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_PARTICLES = re.compile(rf"[ \t]+(?:(?:{_PARTICLE})[ \t]+)*", re.I)
_WORD_SUFFIXES = frozenset("style like ish type based led free friendly related shaped sized aged".split())


# Initials and suffixes written with a name: "K. Ramanathan Iyer", "M. de Vries-Okafor", "Robert E. Lee Whitfield Jr."
_INITIALS_BEFORE = re.compile(rf"(?<![\w.’'])(?:[A-Z]\.[ \t]*){{1,3}}(?:(?i:{_PARTICLE})[ \t]+)*$")
_INITIALS_BETWEEN = re.compile(r"[ \t]+(?:[A-Z]\.[ \t]+){1,2}")
_PARTICLE_AND_NAME = re.compile(rf"(?:[ \t]+(?:{_PARTICLE}))+[ \t]+[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*(?![\w'’-])")
# One capitalised word between two parts of a name is a part too, even a word the lists rule out ("Thu" is Thursday)
_ONE_NAME_BETWEEN = re.compile(r"[ \t]+[A-Z\u00c0-\u024f\u1e00-\u1eff][^\W\d_]{0,14}[ \t]+")
_SUFFIX_AFTER = re.compile(r",?[ \t]+(?:Jr|Sr|Jnr|Snr)\b\.?|[ \t]+(?:II|III|IV)\b")


_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][^\W\d_]+)[ \t]$")


def _no_role_or_stop_word(word: str) -> bool:
    """Not a role, title, weekday, leading word or never-identifier: a list's entry may stand for someone or somewhere."""
    low = word.lower()
    return (low not in ROLE_WORDS and low not in TITLES and low not in NOT_NAMES and low not in _LEAD_WORDS
            and not not_identifier(word))


def _first_name_before(word: str) -> bool:
    """A capitalised listed first name straight before a name is its first half, even a word ("Memory", "Hope")."""
    return is_first_name(word) and _no_role_or_stop_word(word)


# A capitalised word straight before a name, the small words of a surname between ("Marloes van den Berg")
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])({_NAME})[ \t]+(?:(?i:{_PARTICLE})[ \t]+)*$")


def _given_name(text: str, start: int, word: str) -> bool:
    """A word no dictionary knows, straight before a name, is its given name ("Yui Tanaka", "Reto Meier"): unlike
    a listed first name ("Memory Chikwanha") it needs no list, only to be no ordinary word, role or title."""
    return _no_role_or_stop_word(word) and word.lower() not in safe_words() and not vouched(word, word.lower())


def _whole_names(text: str, findings: list[Finding]) -> list[Finding]:
    people = sorted((f for f in findings if f.kind == IDENTIFIER and f.category == "person"), key=lambda f: f.start)
    others = [f for f in findings if not (f.kind == IDENTIFIER and f.category == "person")]
    out: list[Finding] = []
    for f in people:
        if out and f.start < out[-1].end:  # taken in by the name before it ("de la [Vega]")
            if f.end > out[-1].end:
                first = out.pop()
                out.append(first.with_(end=f.end, text=text[first.start:f.end]))
            continue
        m = _HYPHEN_REST.match(text, f.end)
        if m and m.group().lstrip("-‐").lower() not in _WORD_SUFFIXES:  # "Ffion-style" is Ffion
            f = f.with_(end=m.end(), text=text[f.start:m.end()])
        m = _SUFFIX_AFTER.match(text, f.end)
        if m:
            f = f.with_(end=m.end(), text=text[f.start:m.end()])
        m = _PARTICLE_AND_NAME.match(text, f.end)
        if m:  # "[Nurul Aisyah] binti Kamaruddin", "[Lucía] de Zabala": the surname after a particle, listed or not
            f = f.with_(end=m.end(), text=text[f.start:m.end()])
        if out and (_PARTICLES.fullmatch(text, out[-1].end, f.start)  # "Mrs [Van] der [Berg]": one person
                    or text[out[-1].end:f.start] == "/"  # "SINGH/HARPREET": surname and given name on a ticket
                    or _INITIALS_BETWEEN.fullmatch(text, out[-1].end, f.start)  # "[Robert] E. [Lee Whitfield]"
                    or _ONE_NAME_BETWEEN.fullmatch(text, out[-1].end, f.start)):  # "[Nguyễn Thị] Thu [Hà]"
            first = out.pop()
            f = first.with_(end=f.end, text=text[first.start:f.end])
        elif (m := _FIRST_NAME_BEFORE.search(text, max(0, f.start - 20), f.start)) and _first_name_before(m.group(1)):
            f = f.with_(start=m.start(1), text=text[m.start(1):f.end])  # "Memory [Chikwanha]": a listed first name
        elif m := _INITIALS_BEFORE.search(text, max(0, f.start - 24), f.start):
            f = f.with_(start=m.start(), text=text[m.start():f.end])  # "K. [Ramanathan Iyer]", "M. de [Vries-Okafor]"
        elif (m := _GIVEN_NAME_BEFORE.search(text, max(0, f.start - 40), f.start)) and _given_name(text, m.start(1),
                                                                                                   m.group(1)):
            f = f.with_(start=m.start(1), text=text[m.start(1):f.end])  # "Yui [Tanaka]", "Marloes van den [Berg]"
        out.append(f)
    # a place the model found inside a name that grew over it ("binti [Kamaruddin]") is part of the name
    others = [o for o in others if not any(p.start <= o.start and o.end <= p.end and o.category == "location"
                                           for p in out)]
    return others + out


# "Mon 9th – Wed 11th June", "3/4 to 5/4": two dates joined as a range are one date; the dash between left
# visible reads "[date] – [date]" well enough, but one finding keeps the range whole in every output
_RANGE_GAP = re.compile(r"[ \t]*[-–—][ \t]*|[ \t]+(?i:to|till|until|through|thru|au|bis|al|a|tot|do)[ \t]+")


def _date_ranges(text: str, findings: list[Finding]) -> list[Finding]:
    dates = sorted((f for f in findings if f.kind == IDENTIFIER and f.category == "date"), key=lambda f: f.start)
    out = [f for f in findings if not (f.kind == IDENTIFIER and f.category == "date")]
    joined: list[Finding] = []
    for f in dates:
        if joined and _RANGE_GAP.fullmatch(text, joined[-1].end, f.start):
            first = joined.pop()
            f = first.with_(end=f.end, text=text[first.start:f.end])
        joined.append(f)
    return out + joined


def spread(text: str, findings: list[Finding]) -> list[Finding]:
    findings = _date_ranges(text, findings)
    findings = _with_postal_code(text, findings)
    findings = _whole_names(text, findings)
    people = [f for f in findings if f.kind == IDENTIFIER and f.category == "person"]
    covered = [(f.start, f.end) for f in findings if f.kind == IDENTIFIER]
    added: list[Finding] = []

    def add(source: Finding, start: int, end: int, how: str) -> None:
        if any(s < end and start < e for s, e in covered):
            return
        covered.append((start, end))
        added.append(source.with_(start=start, end=end, text=text[start:end],
                                  explanation=f"{source.rule}: {how} '{source.text}'"))

    for f in people:
        after = text[f.end:f.end + 40]
        m = _AFTER_AND.match(after)
        if m and _could_be_name(m.group(1), False):
            add(f, f.end + m.start(1), f.end + m.end(1), "named together with")
        for pattern, quoted in _SHORT_FORMS:
            m = pattern.match(after)
            if m and (quoted or m.group(1)[0].isupper()) and m.group(1).lower() != f.text.lower() \
                    and _could_be_name(m.group(1), False, quoted):
                add(f, f.end + m.start(1), f.end + m.end(1), "a short form given right after")
                break
        m = _TO_AFTER.match(after)
        if m and _FROM_BEFORE.search(text, max(0, f.start - 6), f.start) and _could_be_name(m.group(1), False):
            add(f, f.end + m.start(1), f.end + m.end(1), "handed over to or from")
        window_start = max(0, f.start - 40)
        m = _FROM_PAIR_BEFORE.search(text[window_start:f.start])
        if m and _could_be_name(m.group(1), False):
            add(f, window_start + m.start(1), window_start + m.end(1), "handed over to or from")
        m = _BEFORE_AND.search(text[window_start:f.start])
        if m:
            start = window_start + m.start(1)
            at_start = _starts_sentence(text, start) and not (
                _PAIR_DOES.match(text, f.end) and not m.group(1).lower().endswith("ing"))  # "Weaning and X"
            if _could_be_name(m.group(1), at_start):
                add(f, start, window_start + m.end(1), "named together with")
    # a place found vouches for a listed place beside it in a list, even one that is also a word ("Normanton, Derby",
    # "Reading, Berkshire"): one place says what its neighbour in the list is
    for f in [f for f in findings if f.kind == IDENTIFIER and f.category == "location"]:
        m = _PLACE_AFTER.match(text, f.end)
        if m and _listed_place(m.group(1)):
            add(f, m.start(1), m.end(1), "listed beside the place")
        m = _PLACE_BEFORE.search(text, max(0, f.start - 40), f.start)
        if m and _listed_place(m.group(1)) and not _starts_sentence(text, m.start(1)):
            add(f, m.start(1), m.end(1), "listed beside the place")
    return findings + added


_PLACE_AFTER = re.compile(r",[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[ \t]*(?:[,.;:)\n]|$))")
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+$")


def _listed_place(name: str) -> bool:
    from .recognizers.places import is_place

    return is_place(name) and _no_role_or_stop_word(name)
