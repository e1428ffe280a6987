"""I707: a nationality, ethnicity or religion named in the same sentence as where the family lives, or said of the
family ("a Somali family", "Family are Afghan") in a note that names a place anywhere.

The backgrounds are the words tagged "background" in linter/data/nationalities.txt.
"""
from __future__ import annotations

import re

from ..doc_view import DocView, view
from ..words import ENGLISH, is_background, is_first_name
from .places import is_place
from .base import DocRecognizer, Hit

# After these the word is a language or a cultural thing, not who the family are.
_NOT_BACKGROUND_AFTER = re.compile(
    r"\s*-?\s*(?i:speaking|speaker|speakers|speak|name|names|interpreter|interpreters|translator|translation|language|"
    r"food|cooking|cuisine|dish|recipe|takeaway|restaurant|shop|tv|music|class|classes|lessons|school|primary|"
    r"church|chaplain|priest|festival|holiday|calendar|dress|clothes|wedding|tradition|traditions|custom|customs|"
    r"culture|cultural|version|leaflet|leaflets|flag|heritage month|fine|only|basic|fluent)\b"
)
_LANGUAGE_BEFORE = frozenset("""in speak speaks speaking spoke learning learn prefers prefer preferred understands
understand reads read writes write into translate translated""".split())
_LIST_GLUE = frozenset(", and or & /".split())


def _in_a_list_of_languages(v: DocView, i: int) -> bool:
    """A neighbour in the same list ("X, Y and Z", "Y or Z") is a language and nothing else (Urdu, Tigrinya, Sorani):
    then the list names languages."""
    from ..lexicon import safe_section

    languages = safe_section("languages, dialects and scripts spoken")
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(v) and (v.lowers[j] in _LIST_GLUE or v.is_space[j]):
            j += step
        # a list's next item, or the dialect right after it ("Kurdish Sorani")
        if 0 <= j < len(v) and v.lowers[j] in languages and not is_background(v.texts[j]):
            return True
    return False


_LOCALITY = re.compile(
    r"(?i:\b(?:round here|around here|locally|in (?:the\s+)?(?:town|village|area)|on the estate|on my patch|"
    r"in our area|nearby|down the road|next door)\b)"
)


# Who the word describes: the family ("a Syrian family", "Afghan couple", "Family are Portuguese", "mum is Filipino").
# Said of the family, a background is placed by a place anywhere in the note, not only in its sentence.
# (one family: "Traveller families", "Muslim mums" are a question about many)
_FAMILY_AFTER = frozenset("""family couple mum mam dad mother father parents community household woman man lady wife
husband girl boy lad lass""".split())
_FAMILY_PAIR_BEFORE = frozenset((("family", "are"), ("family", "is"), ("they", "are"), ("they", "'re"), ("they", "’re"),
                                 ("mum", "is"), ("dad", "is"), ("she", "is"), ("she", "'s"), ("she", "’s"), ("he", "is"),
                                 ("he", "'s"), ("he", "’s")))
_FAMILY_WORD_BEFORE = frozenset(("both", "only"))  # "both Afghan", "the only Vietnamese family"


def _about_the_family(v: DocView, i: int) -> bool:
    j = i + 1
    while j < len(v) and is_background(v.texts[j]):
        j += 1  # "Irish Traveller family", "Orthodox Jewish family"
    if j < len(v) and v.lowers[j] in _FAMILY_AFTER:
        return True
    k = i - 1
    while k >= 0 and is_background(v.texts[k]):
        k -= 1
    if k < 0:
        return False
    return v.lowers[k] in _FAMILY_WORD_BEFORE or (k > 0 and (v.lowers[k - 1], v.lowers[k]) in _FAMILY_PAIR_BEFORE)


def _names_a_place(doc, v: DocView, candidates: list[int], norp: set[int]) -> bool:
    """The note says where somebody is: a place the model found, or a capitalised word after "in", "from", "near"."""
    if any(ent.label_ in ("GPE", "LOC", "FAC") and not any(ent.start <= i < ent.end for i in candidates)
           for ent in doc.ents):
        return True
    if _LOCALITY.search(v.text):
        return True
    if any(v.texts[t][:1].isupper() and v.lowers[t] not in ENGLISH and is_place(v.texts[t]) and not is_background(v.texts[t])
           for t in range(len(v))):
        return True  # "Evington, Gujarati family": a place from the lists
    return any(v.lowers[t] in {"in", "from", "near", "around", "at", "on"} and v.texts[t + 1][:1].isupper()
               and t + 1 not in norp and not is_background(v.texts[t + 1]) for t in range(len(v) - 1))


def _a_background(v: DocView, i: int) -> bool:
    """The word names who somebody is, not a language, a food or a majority."""
    word = v.texts[i]
    if word in ("English", "British", "Welsh", "Christian"):
        return False  # the majority where our users work
    if not is_background(word) and is_first_name(word):
        return False  # the model tags some first names (Osian) as a nationality
    if _NOT_BACKGROUND_AFTER.match(v.text, v.ends[i]):
        return False
    if i > 0 and v.lowers[i - 1] in _LANGUAGE_BEFORE:
        return False
    # "English, Polish and Urdu", "Pashto or Kurdish Sorani": languages, not who they are
    return not _in_a_list_of_languages(v, i)


class BackgroundWithPlace(DocRecognizer):
    """A nationality, ethnicity or religion named in the same sentence as where the family lives, or said of the
    family in a note that names a place."""

    RULE = "I707"
    CATEGORY = "quasi"

    def find(self, doc):
        if doc is None:
            return
        v = view(doc)
        norp = {i for ent in doc.ents if ent.label_ == "NORP" for i in range(ent.start, ent.end)}
        candidates = [i for i, word in enumerate(v.texts)
                      if is_background(word) or (i in norp and word[:1].isupper())]
        if not candidates:
            return  # most texts name no background: no need to read their sentences
        found = set()
        for sent in doc.sents:
            in_sent = [i for i in candidates if sent.start <= i < sent.end]
            if in_sent:
                for hit in self._in_sentence(v, sent, in_sent, norp):
                    found.add(hit.start)
                    yield hit
        family = [i for i in candidates if v.idx[i] not in found and _about_the_family(v, i) and _a_background(v, i)]
        if family and _names_a_place(doc, v, candidates, norp):
            for i in family:
                yield Hit(v.idx[i], v.ends[i], 0.6, "a family's nationality or religion in a note that says where they are")

    @staticmethod
    def _in_sentence(v: DocView, sent, candidates: list[int], norp: set[int]):
        places = [ent for ent in sent.ents if ent.label_ in ("GPE", "LOC", "FAC")]
        for i in candidates:
            if not _a_background(v, i):
                continue
            others = [p for p in places if not (p.start <= i < p.end)]
            capital_after_in = any(
                v.lowers[t] in {"in", "from", "near", "around", "at"} and t + 1 < sent.end
                and v.texts[t + 1][:1].isupper() and t + 1 not in norp
                for t in range(sent.start, sent.end)
            )
            if others or capital_after_in or _LOCALITY.search(v.span_text(sent.start, sent.end)):
                yield Hit(v.idx[i], v.ends[i], 0.65, "a nationality or religion in the same sentence as a place")
