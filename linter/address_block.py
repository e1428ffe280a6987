"""An address is one finding, whatever the country: the pieces found on one line grow into the block.

The recognizers find an address's parts (a street, a town, a postal code, a name read as a person),
but an address abroad is written in many orders ("Rua Oscar Freire, 1120, apto 54, Jardins, São
Paulo - SP, 01426-001"), and any part left between two findings ("apto 54", "SP") is left visible.
From each finding, the line is read word by word to both sides while the words are what addresses
are made of: numbers and codes, unit words ("apto", "Bât.", "Blk"), capitalised words, small words
inside names ("de la"). A block is kept only when it reads as an address: a house or unit number
together with a street word, a unit word or a place found on its own, in three parts or more.
A line break, a lower-case ordinary word, a phone number or a date ends it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .findings import IDENTIFIER, Finding
from .recognizers.address import STREET_TYPES, StreetAddress
from .recognizers.address_parts import PARTICLE, TYPE_FIRST, TYPE_SUFFIX
from .lexicon import not_identifier, safe_words, word_list
from .words import KIN_BEFORE, MONTHS, ROLE_WORDS, SHORT_CALENDAR, WEEKDAYS, is_english

# Flat, floor, building, block and box words of many countries, as written before or after a number.
UNIT_WORDS = frozenset(
    "apt apto app ap appt apartment apartamento appartement flat unit suite ste room rm floor fl piso planta dto dpto "
    "depto departamento bât bat bâtiment bldg building block blk tower torre house villa lot plot no nr nro n° nº "
    "num m sector district ward stage étage etage esc escalera izq izda dcha dch th tv mf st lgh po box "
    "p.o. postfach apartado casilla caixa postal bp cp km jl jln rt rw kel kec gang soi moo brgy sto ul al os "
    "quận phường ngõ phố số daire kat d д дом кв корп к стр г м обл og eg dg ug links rechts hochparterre "
    "bl sc int mz lt буд résidence residence residencia residencial edificio edifício conjunto bloco condominio "
    "condomínio".split()
)
_TITLES = frozenset("m mme mlle mr mrs ms dr sr sra srta".split())  # "m" is also a Polish flat ("m. 9")
_NUMBER_LABELS = frozenset("no nr nro n° nº d kat daire apt apto app д дом кв корп к стр".split())
# Short forms written with a full stop inside an address: "Av. Corrientes", "Bağdat Cad.", "Sto. Niño".
_ABBREVIATIONS = frozenset("st rd ave av cres dr ln blvd bd cad cd sk mah sok jl jln sto brgy apt app apto dto dpto depto "
                           "esq izq dcha "
                           "co mme mr mrs ms prof gen col str bl sc int mz lt".split())
# (Turkish writes the type after the name, shortened: "Bağdat Cd.", "Moda Sk.", "Caferağa Mah.")
_STREET_WORD = re.compile(rf"(?i:{STREET_TYPES}|cd|cad|sk|sok|mah|cadde|caddesi|sokak|sokağı|mahallesi)\.?|{TYPE_FIRST}|"
                          rf"(?i:\w*{TYPE_SUFFIX})", re.UNICODE)
# ... and the words that join two streets: "12 Adebayo Street, off Allen Avenue", "near the 3rd Circle"
_PARTICLE = re.compile(rf"{PARTICLE}|y|e|i|et|und|og|och|van|den|dela|of|off|near|opp|opposite|behind|beside", re.IGNORECASE)
_NUMBER = re.compile(r"[#№]?\d[\w]*(?:[-/.º°ª]+\w*)*\.?|[A-Z]{1,3}\d[\w-]*")
# A number that is a quantity, not a house number: "2 weeks", "14:02".
_QUANTITY_AFTER = re.compile(
    r"[ \t]*(?:%|kg|g|ml|oz|lbs?|cm|mm|km|miles?|hrs?|hours?|mins?|minutes?|days?|wks?|weeks?|months?|years?|yrs?|"
    r"yo|am|pm|times|x|pack|pcs|units|items|people|adults|children|kids|nights?)\b", re.IGNORECASE)
_STOP_KINDS = {"phone", "email", "handle", "date", "quasi"}
_CALENDAR = WEEKDAYS | MONTHS | SHORT_CALENDAR | frozenset("weds today tomorrow yesterday".split())
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    kind: str  # number, unit, street, name, particle
    stop_after: bool  # a full stop or colon after it ends the sentence or the field


@lru_cache(maxsize=20_000)
def _classify(word: str) -> str | None:
    core = word.rstrip(".")
    low = core.lower()
    if _NUMBER.fullmatch(word) and any(c.isdigit() for c in word):
        return "number"
    if low in UNIT_WORDS or word.lower() in UNIT_WORDS:
        return "unit"
    if _STREET_WORD.fullmatch(core) or _STREET_WORD.fullmatch(word):
        return "street"
    if _PARTICLE.fullmatch(core):
        return "particle"
    if low in _CALENDAR:
        return None
    if core.isupper() and len(core) > 1 and is_english(low):
        return None  # a shouted ordinary word: "SEND IT TO"
    if not_identifier(core) or low in ROLE_WORDS or low in KIN_BEFORE:
        return None  # "Address", "Baby", "NHS": a label or a role ends the address
    if core[:1].isupper() or _CJK.search(core):
        return "name"
    if core.isalpha() and len(core) > 2 and not is_english(core) and low not in safe_words():
        return "name"  # a town in lower case: "kirkcaldy" (not "gracias")
    return None


def _words(text: str, start: int, end: int, places: list[tuple[int, int]] = ()) -> list[_Word | None]:
    """The line's words, None for one that no address is made of. A word inside a place found on its own is
    address material whatever the word: "Tel Aviv", "FRANCE"."""
    out: list[_Word | None] = []
    for m in re.finditer(r"[^\W\d_]{1,3}:(?=\d)|\S+", text[start:end]):  # "No:215", "D:7": a label, then its number
        s, e = start + m.start(), start + m.end()
        while s < e and text[s] in "([\"'":
            s += 1
        stop = False
        while e > s and text[e - 1] in ",;:)]\"'!?":
            stop = stop or text[e - 1] in ":!?"
            e -= 1
        word = text[s:e]
        if word in ("-", "–", "—", "/", "#"):
            continue  # "São Paulo - SP": a dash between parts joins them; "Calle 72 # 10-34": so does a number sign
        stem = word.rstrip(".")
        if word.endswith(".") and not ((stem.lower() in UNIT_WORDS and len(stem) <= 4) or stem.lower() in _ABBREVIATIONS
                                       or (stem.isalpha() and len(stem) <= 2) or (stem.isdigit() and len(stem) <= 2)):
            e = s + len(stem)  # "Lagos.", "Dhaka 1213.", "DN4 0AB." end a sentence; "Av.", "Bât.", "2." are short
            stop = True
            word = stem
        if stop and word.lower().rstrip(".") in _NUMBER_LABELS:
            stop = False  # "No: 145", "D: 6": a number's label, not a field's ("New flat: 2 ...")
        kind = _classify(word) if word else None
        if word and kind in (None, "particle", "unit") and any(ps <= s and e <= pe for ps, pe in places):
            kind = "name"
        if kind == "number" and _QUANTITY_AFTER.match(text, e):
            kind = None
        out.append(_Word(s, e, kind, stop) if kind else None)
    for i, w in enumerate(out[:-1]):  # "at no. 16. Thanks": a short number's full stop ends a sentence after all
        after = out[i + 1]
        if (w is not None and w.kind == "number" and text[w.end - 1] == "." and after is not None
                and after.kind == "name" and is_english(text[after.start:after.end].lower())):
            out[i] = _Word(w.start, w.end - 1, w.kind, True)
    return out


def _is_address(text: str, words: list[_Word], seed: Finding, within: list[Finding]) -> bool:
    kinds = [w.kind for w in words]
    placed = any(f.category == "location" for f in within)
    if len(words) >= 3 and kinds[0] == "street" and placed and "name" in kinds[1:2]:
        return True  # "Rue Gouraud, Gemmayzeh, Beirut": a street by its type, then a place found on its own
    if len(words) < 3 or "number" not in kinds:
        return False
    if seed.category != "location" and not _street_read_as_name(text, words, seed, placed):
        return False
    return "street" in kinds or "unit" in kinds or placed or _number_code_town(text, words)


def _number_code_town(text: str, words: list[_Word]) -> bool:
    """'Hringbraut 52, 107 Reykjavík', 'Odos Ermou 45, 105 63 Athina': a name, its house number, a postal code of
    three digits or more and the town after it; the order most of Europe writes."""
    shape = "".join({"name": "N", "number": "D", "particle": "P"}.get(w.kind, "S") for w in words)
    for m in re.finditer(r"N[NP]*D(D+)N", shape):
        code = words[m.start(1):m.end(1)]
        if sum(c.isdigit() for w in code for c in text[w.start:w.end]) >= 3:
            return True
    return False


def _has_street_word(text: str) -> bool:
    return any(_classify(w) in {"street", "unit"} for w in text.split())


def _street_read_as_name(text: str, words: list[_Word], seed: Finding, placed: bool) -> bool:
    """A street or town the model read as a person ("Rua Oscar Freire", "Marszałkowska 84/92"), not the name
    of whoever lives there ("ZARA AHMED, 14 HILL ROAD"): no name holds a digit or a street word, or comes
    right after one ("ul. X"), or has its house number straight after it with a postal code further on."""
    if any(c.isdigit() for c in seed.text) or _has_street_word(seed.text):
        return True
    before = [w for w in words if w.end <= seed.start and w.kind != "particle"]
    if before and before[-1].kind in {"street", "unit"}:
        return True
    after = [w for w in words if w.start >= seed.end]
    numbered = bool(after) and after[0].kind == "number" and text[seed.end:after[0].start].strip() == ""
    if len(after) > 1 and after[0].kind == "street" and after[1].kind == "number":
        return True  # "Karl Johans gate 15": the street type and its number follow the name
    coded = any(w.kind == "number" and sum(c.isdigit() for c in text[w.start:w.end]) >= 4 for w in after[1:])
    return numbered and (coded or placed)


def _postal_line(text: str, words: list[_Word]) -> bool:
    """A line that is a postal code of three digits or more and a town, in either order."""
    shape = "".join("D" if w.kind == "number" and sum(c.isdigit() for c in text[w.start:w.end]) >= 3 else
                    "N" if w.kind in {"name", "particle"} else "x" for w in words)
    return re.fullmatch(r"D+N+|N+D+", shape) is not None


@lru_cache(maxsize=1)
def _other_field() -> re.Pattern:
    """A line that opens with another field's label ("Name:", "Tel:"), which is no line of an address."""
    labels = sorted(word_list("field_labels.txt"), key=len, reverse=True)
    return re.compile(rf"[ \t]*(?i:{'|'.join(re.escape(label) for label in labels)})[ \t]*:")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _address_lines(text: str, ids: list[Finding], places: list[tuple[int, int]],
                   blocks: list[tuple[int, int]]) -> list[tuple[int, int, list[Finding]]]:
    """An address written one part a line ("Résidence Les Tilleuls, Bât. C / 14 allée des Peupliers / 33700
    MÉRIGNAC"): next to a line holding a postal code or a street address, a short line made only of what
    addresses are made of, with a number, a street or unit word or a finding in it, is a line of the same address."""
    spans = _line_spans(text)
    starts = [s for s, _ in spans]
    on_line: list[list[Finding]] = [[] for _ in spans]  # each finding under every line it touches, read once
    for f in ids:
        for i in range(bisect_right(starts, f.start) - 1, bisect_right(starts, max(f.start, f.end - 1))):
            on_line[i].append(f)
    anchors = {f.start for f in ids if f.rule in {"I201", "I202", "I208"}} | {s for s, _ in blocks}
    anchors |= {f.start for f in ids if f.category == "location" and any(c.isdigit() for c in f.text)}
    part: list[tuple[int, int] | None] = []
    for i, (s, e) in enumerate(spans):
        words = _words(text, s, e, places)
        found = [f for f in on_line[i] if s <= f.start and f.category in {"location", "person"}]
        built = any(w is not None and w.kind in {"street", "unit"} for w in words)
        # "M. Paul Durand": a person found, with no number, street or building word ("M." is a title here)
        addressee = (not any(w is not None and (w.kind in {"number", "street"} or w.kind == "unit" and
                                                 text[w.start:w.end].lower().rstrip(".") not in _TITLES) for w in words)
                     and all(f.category == "person" and f.rule != "I107" for f in found))
        labelled = _other_field().match(text, s, e)  # "Name: Md. Rafiqul Islam" above "Vill: ...": another field
        ok = (0 < len(words) <= 8 and all(w is not None for w in words) and not addressee and not labelled
              and not any(f.category in _STOP_KINDS for f in on_line[i]) and (found or built))
        part.append((words[0].start, words[-1].end) if ok else None)
        if ok and found and _postal_line(text, words):
            anchors.add(s)  # "44300 NANTES", "Bogotá 110221": a postal code and its town
    anchored = [False] * len(spans)
    for a in anchors:
        anchored[bisect_right(starts, a) - 1] = True
    out: list[tuple[int, int, list[Finding]]] = []
    for i, span in enumerate(part):
        if span is None or anchored[i]:
            continue  # an anchor line grew on its own, stopping where its words said (a label's colon)
        near = False
        for step in (-1, 1):  # walk over blank-free neighbouring address lines to an anchor
            j = i + step
            while 0 <= j < len(part) and part[j] is not None:
                if anchored[j]:
                    near = True
                    break
                j += step
        if near:
            within = [f for f in on_line[i] if f.start < span[1] and span[0] < f.end and f.category not in _STOP_KINDS]
            if not any(f.start <= span[0] and span[1] <= f.end for f in within):  # not one finding already
                out.append((span[0], span[1], within))
    return out


def join_address_blocks(text: str, findings: list[Finding]) -> list[Finding]:
    ids = [f for f in findings if f.kind == IDENTIFIER]
    stops = [(f.start, f.end) for f in ids if f.category in _STOP_KINDS]
    # a name before an address is the person who lives there ("ZARA AHMED, 14 Hill Rd"), unless street words
    # in it show it is the street read as a name ("Rua Oscar Freire")
    people = [(f.start, f.end) for f in ids if f.category == "person" and not _has_street_word(f.text)]
    places = [(f.start, f.end) for f in ids if f.category == "location"]
    blocks: list[tuple[int, int, list[Finding]]] = []
    lines: dict[tuple[int, int], list[_Word | None]] = {}  # each line is read into words once
    for seed in sorted((f for f in ids if f.category in {"location", "person"}), key=lambda f: f.start):
        if blocks and seed.start < blocks[-1][1]:
            continue
        line_start = text.rfind("\n", 0, seed.start) + 1
        line_end = text.find("\n", seed.end)
        line_end = len(text) if line_end < 0 else line_end
        if not any(c.isdigit() for c in text[line_start:line_end]) and not _has_street_word(text[line_start:line_end]):
            continue  # no house number, no postal code, no street: no address to grow
        if (line_start, line_end) not in lines:
            lines[(line_start, line_end)] = _words(text, line_start, line_end, places)
        words = lines[(line_start, line_end)]
        # a name before the first number is the resident's ("ZARA AHMED, 14 HILL ROAD"); after it, a district
        # the model read as a name ("House 9, Road 4, Uttara, Dhaka 1230")
        first_number = min((w.start for w in words if w is not None and w.kind == "number"), default=line_end)
        blocked = stops + [(s, e) for s, e in people if e <= seed.start and e <= first_number]
        words = [w if w is None or not any(s < w.end and w.start < e for s, e in blocked) else None for w in words]
        inside = [i for i, w in enumerate(words) if w is not None and w.start < seed.end and seed.start < w.end]
        if not inside:
            continue
        lo, hi = inside[0], inside[-1]
        while lo > 0 and words[lo - 1] is not None and not words[lo - 1].stop_after:
            lo -= 1
        while hi + 1 < len(words) and words[hi + 1] is not None and not words[hi].stop_after:
            hi += 1
        while lo < inside[0] and words[lo].kind == "particle":
            lo += 1
        while hi > inside[-1] and words[hi].kind == "particle":
            hi -= 1
        block = [w for w in words[lo:hi + 1] if w is not None]  # the seed's own words may be any
        start, end = block[0].start, block[-1].end
        within = [f for f in ids if f.start < end and start < f.end and f.category not in _STOP_KINDS]
        start, end = min([start] + [f.start for f in within]), max([end] + [f.end for f in within])
        if (start, end) != (seed.start, seed.end) and _is_address(text, block, seed, within):
            blocks.append((start, end, within))
    blocks += _address_lines(text, ids, places, [(s, e) for s, e, _ in blocks])
    if not blocks:
        return findings
    joined: list[tuple[int, int, list[Finding]]] = []
    for start, end, within in sorted(blocks, key=lambda b: b[0]):  # blocks grown from two parts are one
        if joined and start < joined[-1][1]:
            s0, e0, w0 = joined.pop()
            start, end, within = s0, max(e0, end), w0 + [f for f in within if f not in w0]
        joined.append((start, end, within))
    absorbed = {id(f) for _, _, within in joined for f in within}
    out = [f for f in findings if id(f) not in absorbed]
    for start, end, within in joined:
        if not within:  # a line of unit words only ("Apt 5" above "44300 NANTES"): no finding to grow from
            out.append(Finding(
                kind=IDENTIFIER, category=StreetAddress.CATEGORY, rule=StreetAddress.RULE, start=start, end=end,
                text=text[start:end], message=StreetAddress.MESSAGE, suggestion=StreetAddress.SUGGESTION, score=0.6,
                placeholder="[address]", explanation="I201: a line of an address block"))
            continue
        first = min(within, key=lambda f: f.start)
        out.append(first.with_(
            category=StreetAddress.CATEGORY, rule=StreetAddress.RULE, start=start, end=end, text=text[start:end],
            message=StreetAddress.MESSAGE, suggestion=StreetAddress.SUGGESTION, placeholder="[address]",
            explanation=f"I201: an address block around '{first.text}' ({first.rule})"))
    return out
