"""Names and places the spaCy model finds, trimmed of the role words it often swallows."""
from ..doc_view import DocView, view
from ..lexicon import not_identifier
from ..words import (ENGLISH, NAME_EDGES, NAME_PARTICLES, NAME_WORDS, NOT_NAMES, VERB_BEFORE, fold, is_first_name,
                     is_surname, never_names, sentence_initial)
from .base import DocRecognizer, Hit

_EDGE_PUNCT = ".,;:!?()'\"-"
_TITLE_WORDS = NAME_EDGES | {"the"}


def trimmed(v: DocView, start: int, end: int) -> tuple[int, int]:
    """Drop role words, titles and a possessive 's at the edges of tokens start..end-1."""
    while start < end and (v.lowers[start].strip(".") in _TITLE_WORDS or not_identifier(v.texts[start])
                           or not v.texts[start].strip(_EDGE_PUNCT) or v.lowers[start] in VERB_BEFORE):
        start += 1
    while start < end and (v.lowers[end - 1] in {"'s", "’s", "'"} or not v.texts[end - 1].strip(_EDGE_PUNCT)
                           or not_identifier(v.texts[end - 1])):
        end -= 1
    return start, end


def _imperative_word(v: DocView, start: int, end: int) -> bool:
    """'Mark the visit as done', 'Will you ring': a word-name opening a sentence, used as a word."""
    if end - start != 1 or not sentence_initial(v, start):
        return False
    if v.lowers[start] not in NAME_WORDS or start + 1 >= len(v):
        return False
    # "Mark the chart", "Will you ring"; "Dawn feeds are longest" (a noun after it: it modifies the noun);
    # "Will need to" (a verb's bare form after it: the modal, not someone who needs)
    nxt = start + 1
    return (v.pos[nxt] in {"DET", "PRON"} or (v.pos[nxt] == "NOUN" and v.lowers[nxt].endswith("s"))
            or (v.lowers[start] == "will" and v.pos[nxt] in {"VERB", "AUX"} and not v.lowers[nxt].endswith("s")))


class _ModelEntity(DocRecognizer):
    LABELS: frozenset[str] = frozenset()
    SCORE = 0.75

    def plausible(self, text: str, doc, first: int) -> bool:
        """first: index of the entity's first token after trimming."""
        return True
    PRIORITY = 0

    def find(self, doc):
        v = view(doc)
        for ent in doc.ents:
            if ent.label_ not in self.LABELS:
                continue
            first, end = trimmed(v, ent.start, ent.end)
            if first == end:
                continue
            start, stop = v.idx[first], v.ends[end - 1]
            text = v.text[start:stop]
            if not_identifier(text) or not any(c.isalpha() for c in text) or text.islower():
                continue
            if _imperative_word(v, first, end) or not self.plausible(text, doc, first):
                continue
            yield Hit(start, stop, self.SCORE, f"the language model tagged '{ent.label_}'")


def _opens_in_lower_case(doc, first: int) -> bool:
    """'zum Jahresende', not 'de Souza': a span opening with a lower-case word that is no name particle."""
    word = view(doc).texts[first]
    return word[:1].islower() and word.lower() not in _PARTICLES


def _ordinary_words_abroad(doc, first: int, text: str, function_words: bool = False) -> bool:
    """Every word of the span is a common word of the other language its sentence is in, and no listed name
    (or, with function_words, one of its articles and pronouns, listed or not: "Le", "Sie"; the sentence is then
    judged alone, the caller having seen two common words of another language in it)."""
    from ..other_languages import function_word_in, ordinary_in, sentence_written_in, written_in

    lang = sentence_written_in(doc, first) if function_words else written_in(doc, first)
    return lang is not None and all(ordinary_in(w, lang) or (function_words and function_word_in(w, lang))
                                    for w in text.split())


def _after_a_title(doc, first: int, text: str) -> bool:
    """"Frau Baumgartner", "Sr. Contreras": a word after a title or a kin word is a name, however common a word of
    the language it is (surnames are frequent words in the language's own text)."""
    from ..words import KIN_BEFORE, TITLES

    v = view(doc)
    words = [w.lower().rstrip(".") for w in text.split()]
    before = v.lowers[first - 1].rstrip(".") if first > 0 else ""
    return any(w in TITLES or w in KIN_BEFORE for w in [before, *words])


def _capitals_say_nothing(doc, first: int) -> bool:
    """The span opens a sentence or a line, or its sentence is German, where every noun is capitalised; a cheap
    test of another language comes first, so English notes never read the lists."""
    from ..other_languages import may_be_foreign, sentence_written_in

    if not may_be_foreign(doc, first):
        return False
    return sentence_initial(view(doc), first) or sentence_written_in(doc, first) == "de"


_PARTICLES = NAME_PARTICLES | {"do"}  # and Portuguese "do" ("do Carmo")


class ModelPerson(_ModelEntity):
    def plausible(self, text: str, doc, first: int) -> bool:
        """The small model tags 'Handover', 'Twins', 'Welsh': a lone ordinary word in no name list is no name."""
        if first in never_names(doc):
            return False
        if _opens_in_lower_case(doc, first) and _ordinary_words_abroad(doc, first, text):
            return False  # "zum Jahresende", "mein Konto": words of a sentence in another language
        if (_capitals_say_nothing(doc, first) and not _after_a_title(doc, first, text)
                and _ordinary_words_abroad(doc, first, text, function_words=True)):
            return False  # "Sehr geehrte Damen", "Ihre Nachricht", "Le informo": capitalised where any word is
        if " " in text:
            return True
        folded = fold(text)
        if folded in NOT_NAMES or (folded in ENGLISH and not is_first_name(text)
                                   and (not is_surname(text) or sentence_initial(view(doc), first))):
            return False  # "Cord off on day 7": a word that is also a surname, opening a sentence, is the word
        return True

    RULE = "I101"
    CATEGORY = "person"
    LABELS = frozenset({"PERSON"})


class ModelPlace(_ModelEntity):
    RULE = "I203"
    CATEGORY = "location"
    LABELS = frozenset({"GPE", "LOC", "FAC"})
    SCORE = 0.6

    def plausible(self, text: str, doc, first: int) -> bool:
        """'Bottle refusal', 'Allergy', 'TASKS': a lone ordinary word in no place list is no place; a place
        after "in", "to" or "lives in" is found by the place recognizers whatever its words."""
        from .places import is_place

        return " " in text or is_place(text) or fold(text) not in ENGLISH
