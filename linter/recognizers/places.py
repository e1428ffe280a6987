"""Places: the shipped GeoNames lists of UK places and of towns abroad (I204) and the words around a place (I205).

A listed place that is also a word or a name (Reading, March, Ashley) needs a cue such as
"in", "near" or "lives in"; structural cues ("lives in X", "X Green") find places in no list.
Roads ("the A19") and estates are address.py's (I206, I201): one home each.
"""
from __future__ import annotations

import re

from ..doc_view import DocView, view
from ..lexicon import not_identifier, safe_words, word_list
from ..words import (ENGLISH, NOT_NAME_POS, NOT_NAMES, fold, is_capitalised, is_first_name, is_surname,
                     sentence_initial)
from .address_parts import CAP_WORD
from .base import DocRecognizer, Hit

PLACE_WORDS = word_list("place_words.txt") | word_list("world_place_words.txt")  # places that are also words
WEAK_BEFORE = frozenset("in near around outside nr from".split())
# First words that make "X Park" a kind of place, not a named one.
GENERIC_FIRST = frozenset("""car play retail business country theme water trampoline skate safari holiday national
science industrial sports leisure the a our their her his my this that big little old new local dear hi hello""".split())
# Chains and shops: "in Tesco" says nothing about where a family lives.
SHOPS = frozenset("""tesco asda aldi lidl sainsbury sainsburys morrisons waitrose costa greggs primark mothercare
argos iceland superdrug poundland wilko ikea starbucks mcdonalds nandos smyths matalan tkmaxx""".split())
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# Kinds of home; "Hall" and "House" are left out, they name public places as often ("Town Hall").
_DWELLING = ("Farm|Farmhouse|Cottage|Cottages|Lodge|Barn|Croft|Grange|Manor|Rectory|Vicarage|Manse|Bungalow|Forge|"
             "Smithy|Stables|Steading|Oast|Farmstead")
# Words that make "X Farm" a kind of place rather than a home by name: "City Farm", "Soft Play Barn".
GENERIC_HOMES = frozenset("""the a our their her his my this that car play theme holiday safari city community urban
petting soft pick your own dairy wedding""".split())
CONNECTORS = frozenset("on upon in under le la de du the by next sea super cum y yr en of and na nam".split())


def _tuple(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _WORD.findall(name))


_PLACES: dict[str, list[tuple[str, ...]]] = {}
for _name in word_list("uk_places.txt"):
    _key = _tuple(_name)
    if _key:
        _PLACES.setdefault(_key[0], []).append(_key)
for _name in word_list("world_places.txt"):  # already folded, words split by one space
    _key = tuple(_name.split(" "))
    _PLACES.setdefault(_key[0], []).append(_key)
for _list in _PLACES.values():
    _list.sort(key=len, reverse=True)

PREPOSITIONS = frozenset("in near around round outside towards via nr".split())  # not "to Ashley", "from Ashley"
_LOWER_CUES = PREPOSITIONS | {"from", "to", "into"}  # "over from athlone": lower case is no name to confuse with
STRONG_BEFORE = (  # "lives in X": whatever capitalised words follow are a place
    "lives in", "live in", "living in", "moved to", "moving to", "move to", "based in", "grew up in",
    "family in", "relatives in", "back home in", "lives on", "lives near", "lives out in", "from near",
    "lives up in", "lives down in", "lives over in", "staying in", "stays in", "house in", "flat in",
    "live at", "lives at", "living at", "lived at", "staying at", "stays at",  # "live at Tigh na Mara"
    "born in",
    # where someone was born or lives, as forms abroad say it: "nata a Napoli", "née à Lyon", "residente en Quito"
    "nata a", "nato a", "nata in", "nato in", "residente a", "residente in", "nacida en", "nacido en", "residente en",
    "née à", "né à", "domicilié à", "domiciliée à", "geboren in", "wohnhaft in", "nascida em", "nascido em",
    "residente em", "urodzona w", "urodzony w", "zamieszkała w", "zamieszkały w", "geboren te", "woonachtig te",
)
# "she's over in X", "the family live up in X", "nan is down in X": a direction word before "in" says where someone is
_WHERE_SOMEONE_IS = (r"(?:live|lives|living|lived|stay|stays|staying|is|'s|’s|are|'re|’re|was|were|shes|hes|theyre|"
                     r"im|going|gone|went|flying|flew|travelling)\s+"
                     r"(?:up|down|over|out|round|back)\s+in")
_STRONG = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in STRONG_BEFORE) + rf"|{_WHERE_SOMEONE_IS})\s+$", re.I)
_CUE_LAST_LETTERS = frozenset(c[-1] for c in STRONG_BEFORE)


def is_place(word: str) -> bool:
    """A one-word UK place from the list ('Leeds')."""
    return (fold(word),) in _PLACES.get(fold(word), ())


def _words(doc):
    """(start, end, folded, token index or None) for each word of the text, in order.

    Cached on the doc: both place recognizers read it.
    """
    words = doc.user_data.get("discreet:place_words")
    if words is None:
        v = view(doc)
        by_start = {start: k for k, start in enumerate(v.idx)}
        words = [(m.start(), m.end(), fold(m.group()), by_start.get(m.start())) for m in _WORD.finditer(v.text)]
        doc.user_data["discreet:place_words"] = words
    return words


def _after_strong_cue(text, words, i) -> bool:
    """A STRONG_BEFORE cue ends just before word i, with only white space between ('lives in X')."""
    start = words[i][0]
    # cheap test first: the word before must end in a cue's last letter, right before the space
    if i == 0 or words[i - 1][2][-1:] not in _CUE_LAST_LETTERS or not text[words[i - 1][1]:start].isspace():
        return False
    return bool(_STRONG.search(text[max(0, start - 25):start]))


def _prev_word(words, i) -> str:
    return words[i - 1][2] if i > 0 else ""


class PlaceList(DocRecognizer):
    RULE = "I204"
    CATEGORY = "location"

    def find(self, doc):
        v, words = view(doc), _words(doc)
        i = 0
        while i < len(words):
            n = self._match(v, words, i)
            if n:
                # a cued or multi-word place outranks a same-span surname ("in Walker", "Moss Side")
                score = 0.85 if n > 1 or _prev_word(words, i) in PREPOSITIONS else 0.7
                yield Hit(words[i][0], words[i + n - 1][1], score, "a place name from the GeoNames lists")
                i += n
            else:
                i += 1

    def _match(self, v: DocView, words, i) -> int:
        text = v.text
        start, _, key, token = words[i]
        if key not in _PLACES:
            return 0
        lower = not is_capitalised(text[start:words[i][1]])
        if lower and not self._lower_ok(words, i):
            return 0
        for place in _PLACES[key]:
            n = len(place)
            window = words[i:i + n]
            if len(window) < n or any(w[2] != p for w, p in zip(window, place)):
                continue
            if any(window[k][0] - window[k - 1][1] > 2 for k in range(1, n)):
                continue
            if not lower and any(not is_capitalised(text[s:e]) and f not in CONNECTORS for s, e, f, _ in window):
                continue
            surface = text[window[0][0]:window[-1][1]]
            if not_identifier(surface) or key in NOT_NAMES:
                continue
            if n == 1 and not lower and not self._single_ok(v, words, i, surface, token):  # lower case: _lower_ok judged
                continue
            return n
        return 0

    @staticmethod
    def _lower_ok(words, i) -> bool:
        """Texted in lower case ("over from athlone", "landing in lisbon"): a place after a place word, when its
        first word is no ordinary word ("in bury", "in reading" stay words)."""
        key = words[i][2]
        # a well-known city is no dictionary word either ("lisbon"): only the dictionary and the safe words vouch here
        return (_prev_word(words, i) in _LOWER_CUES and len(key) >= 4 and key not in ENGLISH
                and key not in safe_words() and key not in NOT_NAMES)

    @staticmethod
    def _single_ok(v: DocView, words, i, surface, token) -> bool:
        key = words[i][2]
        cued = _prev_word(words, i) in PREPOSITIONS
        if key in PLACE_WORDS or key in ENGLISH or is_first_name(surface) or is_surname(surface):
            return cued and (token is None or v.pos[token] == "PROPN")
        if token is not None and sentence_initial(v, token) and v.pos[token] != "PROPN":
            return False
        return True


class PlaceCues(DocRecognizer):
    RULE = "I205"
    CATEGORY = "location"
    TOPOGRAPHIC = re.compile(r"\b([A-Z][a-z]{2,}) (Cross|Green|Heath|Hill|Park|Vale|Bridge|Side|End|Moor|Common|Gate|"
                             r"Fields|Top|Row|Wood|Bank|Brow|Dale|Bottom|Lees|Leys|Grange|Town)\b")
    # A home by its name: "Low Shield Farm", "Ivy Cottage", "The Old Rectory"; "The Manse"; "Tŷ'n Rhos", "Taigh na Mara".
    HOUSES = re.compile(
        rf"(?:\bThe[ \t]+)?(?<![\w'’-])(?P<named>(?:{CAP_WORD}[ \t]+){{1,3}})(?:{_DWELLING})(?![\w'’-])"
        r"|\bThe[ \t]+(?:Manse|Rectory|Vicarage|Grange|Forge|Smithy)(?![\w'’-])"
        rf"|\b(?:T[yŷ](?:['’]n)?|Plas|Hafod|Hendre|Bwthyn|Tigh|Taigh|Chy)[ \t]+(?:(?:na|an|a'|nan|y|yr)[ \t]+)?{CAP_WORD}")

    # "in the Medway area", "round the Hastings way", "the Lidgett Lane side": whatever is named before "area" is a place
    AREA = re.compile(r"\b(?i:the)[ \t]+((?:[A-Z][\w'’-]+[ \t]){1,2})(?:area|way|side|end|patch|region|district)\b")
    _ESTATE_LOWER = re.compile(r"\b([a-z][a-z'’-]{3,})[ \t]+estate\b")

    def find(self, doc):
        longest: dict[int, Hit] = {}
        for hit in self._find(doc):  # two cues may find the same place: keep the longest reading
            if hit.start not in longest or hit.end > longest[hit.start].end:
                longest[hit.start] = hit
        return list(longest.values())

    def _find(self, doc):
        v = view(doc)
        text = v.text
        for m in self.TOPOGRAPHIC.finditer(text):
            first = m.group(1)
            if not (first.lower() in GENERIC_FIRST or not_identifier(first) or is_first_name(first)
                    or fold(first) in NOT_NAMES):
                yield Hit(m.start(), m.end(), 0.6, f"a name ending in '{m.group(2)}', like most neighbourhoods")
        for m in self.AREA.finditer(text):
            named = m.group(1).split()
            if all(self._names_an_area(w) for w in named[:1]) and not any(w.lower() in GENERIC_FIRST for w in named):
                yield Hit(m.start(1), m.end(1) - 1, 0.6, "named before 'area' or 'side'")
        for m in self._ESTATE_LOWER.finditer(text):  # "on beechfield estate": no dictionary word names a kind of estate
            if m.group(1) not in ENGLISH and m.group(1) not in safe_words() and not not_identifier(m.group(1)):
                yield Hit(m.start(1), m.end(1), 0.6, "a word in no dictionary before 'estate'")
        for m in self.HOUSES.finditer(text):
            named = [w for w in _WORD.findall(m.group("named") or "") if w != "The"]
            if m.group("named") is None or not all(w.lower() in GENERIC_HOMES or not_identifier(w) for w in named):
                yield Hit(m.start(), m.end(), 0.6, "the name of a home ('... Farm', '... Cottage')")
        words = _words(doc)
        for i, (start, _, _, _) in enumerate(words):
            if _prev_word(words, i) in WEAK_BEFORE and self._weak_place(v, words, i):
                j = i + 1
                while j < len(words) and words[j][0] - words[j - 1][1] == 1 and self._weak_place(v, words, j):
                    j += 1
                yield Hit(start, words[j - 1][1], 0.5, f"a capitalised proper noun after '{_prev_word(words, i)}'")
            if not _after_strong_cue(text, words, i):
                continue
            j = i
            while j < len(words) and self._place_word(v, words, j, i):
                j += 1
            while j > i and words[j - 1][2] in CONNECTORS:
                j -= 1
            if j > i:
                yield Hit(start, words[j - 1][1], 0.65, "follows 'lives in' or a similar phrase")

    @staticmethod
    def _names_an_area(word: str) -> bool:
        """A place, a name, or no dictionary word; not "the Baby area", "the North side", "the Feeding end"."""
        key = fold(word)
        if not_identifier(word) or key in NOT_NAMES or key in safe_words() or key in SHOPS:
            return False
        return key not in ENGLISH or is_place(word)

    @staticmethod
    def _weak_place(v: DocView, words, j) -> bool:
        """'in X': X capitalised, a proper noun, in no dictionary and no name list."""
        start, end, key, token = words[j]
        surface = v.text[start:end]
        return (is_capitalised(surface) and token is not None and key not in SHOPS and v.pos[token] == "PROPN" and len(key) >= 3
                and key not in ENGLISH and key not in NOT_NAMES and not not_identifier(surface)
                and not is_first_name(surface))

    @staticmethod
    def _place_word(v: DocView, words, j, i) -> bool:
        start, end, key, token = words[j]
        if j > i and start - words[j - 1][1] > 1:
            return False  # a comma or full stop ends the place
        surface = v.text[start:end]
        if not_identifier(surface) or key in NOT_NAMES:
            return False
        if token is not None and v.pos[token] in NOT_NAME_POS and not is_capitalised(surface):
            return key in CONNECTORS and j > i
        if is_capitalised(surface):
            return True
        # lower case only for a first word in no dictionary ("lives in splott"-style spellings)
        return j == i and key not in ENGLISH and len(key) >= 4
