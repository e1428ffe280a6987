"""Overlapping identifier results become one finding per identifying stretch of text."""
from __future__ import annotations

import re

from .findings import IDENTIFIER, Finding
from .lexicon import all_safe, not_identifier, safe_section, word_list
from .placeholders import PLACEHOLDER_RE  # our own placeholders are never identifiers again
from .words import ENGLISH, FOREIGN, KIN_BEFORE, ROLE_WORDS, TITLES, is_first_name, is_surname, vouched

_EDGE = " \t\r\n.,;:!?()\"'‘’“”-–—"
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")  # the words of a span, as the vetoes below read them


def _trim(text: str, start: int, end: int, possessive: bool = True) -> tuple[int, int]:
    """Edges off; a person's possessive 's too ("[name]'s"), but not a place's ("St Mary's", "Liverpool Women's")."""
    while start < end and text[start] in _EDGE and not (text[start] == "(" and ")" in text[start:end]):
        start += 1
    while start < end and text[end - 1] in _EDGE and not (text[end - 1] == ")" and "(" in text[start:end]):
        end -= 1
    for suffix in ("'s", "’s") if possessive else ():
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            end -= len(suffix)
    return start, end


def _worth_keeping(piece: str) -> bool:
    """What is left of a model guess after precise spans are cut out ("Partner" of "Partner Kyle")
    stays only if it still looks like a name: a capitalised word that is not an ordinary word."""
    if not_identifier(piece):
        return False
    words = re.findall(r"[^\W\d_]{2,}", piece)
    if any(w[0].lower() == w[0].upper() for w in words):
        return True  # a script without capitals (宥辰要請假): the safe-by-default guess stays, as it was made
    return any(w[0].isupper() and not not_identifier(w)
               and ((len(w) > 3 and w.lower() not in ENGLISH) or is_first_name(w) or is_surname(w))
               for w in words)


def _outside(start: int, end: int, blockers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) that no blocker covers."""
    pieces = [(start, end)]
    for b_start, b_end in blockers:
        pieces = [part for s, e in pieces
                  for part in ((s, min(e, b_start)), (max(s, b_end), e)) if part[0] < part[1]]
    return pieces


# After "the" and a name, what makes it a person: "the Okafor baby", "the Walker visits", "the Hollingworth case"
_PERSON_HEADS = frozenset("""baby babies bubba family families twins triplets quads quadruplets quins quintuplets kids
children child boy boys girl girls
lot household house home case file referral visit visits visited notes caseload mum dad parents grandparents siblings
brother brothers sister sisters clan crowd wedding funeral is was has had said says came comes went goes rang called
are were will would can could did does do lives lived moved and or store shop office branch site centre center
hotel restaurant cafe café clinic unit ward team service""".split())
_AFTER_NAME = re.compile(r"\s+([a-z][a-z-]+|[A-Z]{0,3}\d+[A-Za-z]*\b)")
_THE_BEFORE = re.compile(r"(?:^|\s)(?i:the|your|my|our|their)\s+(?:[A-Z][\w'’-]*\s+)?$")


# What a brand's name is written before: "rose gold Elvie pump", "two Bosch cordless drills"
_PRODUCT_HEADS = frozenset("""pump pumps bottle bottles steriliser sterilizer pram buggy pushchair cot crib sling wrap carrier
monitor formula cream drops spray gel wipes nappies dummy teether scales boots shoes trainers jacket coat hat polo shirt
wallet wallets drill drills iron vacuum hoover kettle blender toaster phone tablet laptop app kit loaf cake sponge sauce
tea coffee wine car van""".split())
_HEAD_AFTER = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def a_product(text: str, start: int, end: int) -> bool:
    """'the Dyson V11', 'the Philips steam iron', 'the Ted Baker wallets', 'your Dyson filter': a name after
    'the' (or a possessive) with a common noun or a model number after it is a brand's product; 'the Okafor
    baby', 'the Walker visits' stay people. Without 'the', only before a product's own noun ('Elvie pump')."""
    head = _HEAD_AFTER.match(text, end)
    if head and not is_first_name(text[start:end]) and (
            head.group(1) in _PRODUCT_HEADS or (head.group(2) in _PRODUCT_HEADS and head.group(1) not in _PERSON_HEADS)):
        return True  # a surname or an unknown word, never a first name: "Gave Ruby bottle at 2am" is Ruby
    the = _THE_BEFORE.search(text, max(0, start - 30), start)
    if not the or re.match(r"['’]s", text[end:end + 2]):
        return False  # no "the" before it; or "the GWH's clinic": a place's own
    between = the.group().split()[1:]
    if between and between[0].lower().strip(".") in KIN_BEFORE | ROLE_WORDS | TITLES:
        return False  # "my MIL Gisela turned up": a kin word, not a brand, before the name
    after = _AFTER_NAME.match(text, end)
    if not after:
        return False
    word = after.group(1)
    if word[0].isdigit() or word[0].isupper():
        return True
    return word in ENGLISH and word not in _PERSON_HEADS and word not in _NOT_A_NOUN_AFTER


_BRAND_BEFORE = re.compile(r"(?:^|\s)(?i:the|your|my|our|their|at)\s+$")
_BRAND_HEADS = _PRODUCT_HEADS | frozenset("""own-brand oil fragrance perfume soap costume costumes voucher vouchers sale
range bed cot-bed porridge pouches cereal gift gifts store leaflet leaflets helpline website page training app""".split())


def a_named_brand(text: str, start: int, end: int) -> bool:
    """'the John Lewis cot bed', 'at Marks & Spencer', 'Hugo Boss fragrance': a brand named like a person
    (linter/data/person_named_brands.txt) where the words around make it a brand; 'Ted Baker rang' stays a person."""
    names = word_list("person_named_brands.txt")
    span = text[start:end].lower()
    whole = re.match(r"(?:\s*&\s*|\s+)[A-Z][\w'’]*", text[end:end + 30])  # "Marks" of "Marks & Spencer"
    candidates = [(span, end)] + ([(span + whole.group().lower(), end + whole.end())] if whole else [])
    before = text[max(0, start - 12):start]
    prev = re.search(r"([A-Z][\w'’]*)\s+$", before)  # "Buddy" of "Baby Buddy"
    if prev:
        candidates.append((prev.group(1).lower() + " " + span, end))
    if re.search(r"&\s*$", before):  # "Spencer" of "Marks & Spencer"
        first = re.search(r"([A-Z][\w'’]*)\s*&\s*$", text[max(0, start - 30):start])
        if first:
            candidates.append((first.group(1).lower() + " & " + span, end))
            before = text[max(0, start - 30 - 12):start - len(first.group())]
    for name, stop in candidates:
        if name.replace(" & ", " and ") in names or name in names:
            if "&" in name:
                return True  # "Marks & Spencer", "Mamas & Papas": written as a firm
            head = _HEAD_AFTER.match(text, stop)
            return bool(_BRAND_BEFORE.search(before)) or bool(head and (
                head.group(1) in _BRAND_HEADS or (head.group(2) in _BRAND_HEADS and head.group(1) not in _PERSON_HEADS)))
    return False


def _countries() -> frozenset[str]:
    """Country and territory names in English (linter/data/countries.txt, from phonenumbers' region names)."""
    return word_list("countries.txt")


_COMMERCE_BEFORE = re.compile(
    r"(?i:\b(?:ship|ships|shipping|shipped|deliver|delivers|delivery|deliveries|post|posting|send|sending|orders?|"
    r"ordering|returns?|stores?|shops?|available|supply|supplies|sell|sells|selling|import|imported|export|customers?|"
    r"prices?|stock|dispatch|dispatched|made|manufactured|warehouse)\b(?:\s+(?:to|from|in|into|within|outside|also))*"
    r"(?:\s+(?-i:[A-Z])[\w-]*,?)*(?:\s+(?:and|or|&))?\s+$)"
)
# Countries that are also given names here (the name lists hold more: "Germany", "Nigeria" are noise there).
_GIVEN_NAMES = frozenset("chad georgia india jordan kenya israel jamaica china iran mali oman dominica".split())
_NOT_A_NOUN_AFTER = frozenset("""and or but with for to from in on at of by as so if then than now today tonight tomorrow
yesterday last next this that these those is was are were has had have will would can could did does do for since
until till before after when while where which who because about again too also though although yet""".split())


def a_market(text: str, start: int, end: int) -> bool:
    """A country named as a market, not where anyone lives: 'do you ship to Norway', 'Returns from Germany,
    Austria and Switzerland'."""
    word = text[start:end]
    if word.lower() not in _countries() or word.lower() in _GIVEN_NAMES:  # "send it to Jordan" may be a person
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_COMMERCE_BEFORE.search(text, max(line_start, start - 80), start))


GREETINGS = safe_section("greetings, thanks and form words in the families' languages")
_GREETING_AFTER = re.compile(r"\s*(?:[,!.:;\n]|$)")


def a_greeting(text: str, start: int, end: int) -> bool:
    """'Kia ora,', 'Bula!', 'Jó napot!', 'Merci de ...' opening a line or a sentence: a greeting, not a name. A name
    that is also a greeting ('Kia is feeding') does something after it."""
    words = _WORDS.findall(text[start:end].lower())
    if not words or not all(w in GREETINGS for w in words):
        return False
    line = text[text.rfind("\n", 0, start) + 1:start]
    if line.strip() and not re.search(r"[.!?]\s*$", line):
        return False
    nxt = re.match(r"\s+([^\W\d_][\w'’-]*)", text[end:end + 30])
    return bool(_GREETING_AFTER.match(text, end)) or bool(nxt and nxt.group(1).lower() in GREETINGS)


KINSHIP = safe_section("kinship and address words in the families' languages")
PRODUCTS = safe_section("baby products, medicines and apps") - TITLES
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?i:an?)\s+$")  # not "the": "the Walker visits", "the Okafor baby"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


def not_a_person(text: str, start: int, end: int) -> bool:
    """A name-shaped word that no name recognizer should report: a kinship word of the family's language
    on its own ("Nani is flying in", "Dadi listened"); one word after "a" or "an" ("an Elvie and a
    Willow"), for nobody writes "a Sarah"; or one word after a
    product's name, which is the product's line ("SMA Comfort", "Gaviscon Infant")."""
    word = text[start:end].strip().lower().replace("’", "'").removesuffix("'s")
    if word in KINSHIP or a_product(text, start, end) or a_greeting(text, start, end):
        return True
    if " " in word or word.endswith("s"):
        return False
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and before.group(1)[:1].isupper() and before.group(1).lower() in PRODUCTS


def _all_foreign(span_text: str) -> bool:
    """Every word is among the commonest of another language and no name ('Je', 'Queria', 'Quiero'): the
    model's guess at a sentence it cannot read."""
    words = _WORDS.findall(span_text.lower())
    return bool(words) and all(w in FOREIGN for w in words)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n(•*-])\s*$")


def _ordinary_opening(text: str, start: int, end: int) -> bool:
    """A model's person guess that opens a sentence or a line and is only ordinary words, none of them a listed
    name: 'Speaks Sylheti', 'Cord off', 'FORMULA FED'. A word-name found only by its cues is the cues' to judge."""
    if not _SENTENCE_START.search(text, max(0, start - 3), start):
        return False
    words = _WORDS.findall(text[start:end])
    # a listed surname that is also a dictionary word ('Cord', 'Rota') opening a sentence is no name either;
    # a first name keeps the model's guess ("Daisy's weight is up"): a leak costs more than a false alarm
    return bool(words) and all(vouched(w, w.lower()) and not is_first_name(w)
                               and (w.lower() in ENGLISH or not is_surname(w)) for w in words)


def merge(text: str, results, classes: dict[str, type]) -> list[Finding]:
    """Union overlapping spans; the longest result names the finding (not-a-person, then score, break ties).

    A low-priority span (the model's guesses) gives way to a precise one it overlaps:
    "Tel 0113 496 0123" tagged PERSON keeps the phone whole and leaves only "Tel" to judge.
    """
    placeholders = [m.span() for m in PLACEHOLDER_RE.finditer(text)]
    precise = [(r.start, r.end) for r in results if classes[r.entity_type].PRIORITY > 0]
    spans = []
    for r in results:
        cls = classes[r.entity_type]
        if cls.PRIORITY == 0 and (all_safe(text[r.start:r.end])
                                  or (cls.CATEGORY == "person" and (_all_foreign(text[r.start:r.end])
                                                                    or _ordinary_opening(text, r.start, r.end)))):
            continue  # a guess the safe vocabulary vouches against: 'Mastitis', 'Sylheti', 'Babcia' name nobody
        if cls.CATEGORY == "person" and (not_a_person(text, r.start, r.end) or a_named_brand(text, r.start, r.end)):
            continue
        if cls.CATEGORY in {"location", "person"} and a_market(text, r.start, r.end):
            continue
        pieces = [(r.start, r.end)]
        cut = False
        if cls.PRIORITY == 0:
            pieces = _outside(r.start, r.end, precise + placeholders)
            cut = pieces != [(r.start, r.end)]
        for piece in pieces:
            start, end = _trim(text, *piece, possessive=cls.CATEGORY == "person")
            if end <= start or any(s < end and start < e for s, e in placeholders):
                continue
            if cut and not _worth_keeping(text[start:end]):
                continue
            spans.append((start, end, r))
    spans.sort(key=lambda s: (s[0], -s[1]))
    groups: list[list] = []
    for start, end, r in spans:
        if groups and start < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], end)
            groups[-1][2].append((start, end, r))
        else:
            groups.append([start, end, [(start, end, r)]])
    findings = []
    for start, end, members in groups:
        # Same stretch found as a name and as a place or facility: the specific kind names it.
        _, _, lead = max(members, key=lambda m: (m[1] - m[0], classes[m[2].entity_type].CATEGORY != "person", m[2].score))
        cls = classes[lead.entity_type]
        why = "; ".join(
            sorted({f"{m[2].entity_type}: {m[2].analysis_explanation.textual_explanation}"
                    for m in members if m[2].analysis_explanation})
        )
        findings.append(Finding(
            kind=IDENTIFIER, category=cls.CATEGORY, rule=cls.RULE, start=start, end=end,
            text=text[start:end], message=cls.MESSAGE, suggestion=cls.SUGGESTION,
            score=round(max(m[2].score for m in members), 2), explanation=why,
            placeholder=lead.recognition_metadata.get("placeholder") or cls.PLACEHOLDER,
        ))
    return findings
