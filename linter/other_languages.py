"""Words of a sentence written in another language, vouched for by that language's frequency list.

Safe by default (I107) flags a capitalised word no English list knows. In a sentence written in
German, Polish or Greek most capitalised words are ordinary words of that language ("Die Kaution",
"Numer klienta", "Cordiali saluti", "Καλησπέρα"), and flagging them all buries the names. So, once a
sentence reads as another language, a word that language uses at least once in a million words
(wordfreq's Zipf 3; its lists are already installed with discreet, CC BY-SA 4.0) is vouched for, unless
a name or place list holds it: names are frequent words too (Agnieszka, Horváth), and those stay found.

A sentence reads as language L when most of its lower-case words are in L's list and fewer are English.
Only documents the cheap test (two of words.FOREIGN's commonest words of other languages) sends here are
read, so English notes never load a list. Only Latin letters: discreet's name lists are written in them,
so a Cyrillic, Greek, Arabic or Korean name could not be told from a common word (Олена, Ελένη, כהן).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

ZIPF_BAR = 3.0
_LATIN = "fr es pt de it nl pl tr sv da nb fi id ms cs sk ro hu lt lv ca sl sh is fil vi".split()
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


@lru_cache(maxsize=None)
def _frequencies(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, wordlist="small")  # read from the installed package, never fetched


def zipf_in(word: str, lang: str) -> float:
    f = _frequencies(lang).get(word.lower(), 0.0)
    return math.log10(f * 1e9) if f > 0 else 0.0


def _candidates(words: list[str]) -> list[str]:
    return _LATIN if any(_LATIN_LETTER.search(w) for w in words) else []


def sentence_language(words: list[str], default: str | None = None) -> str | None:
    """The language most of the sentence's lower-case words belong to, if not English; a sentence with
    fewer than three lower-case words takes the document's (default) unless it reads as English."""
    from .words import ENGLISH, zipf

    lower = [w for w in words if w.isalpha() and len(w) > 1 and w == w.lower()]
    english = sum(1 for w in lower if w in ENGLISH or zipf(w) >= 3.3)
    if len(lower) < 3:
        return default if english * 2 < max(1, len(lower)) else None
    best, best_n = None, 0
    for lang in _candidates(lower):
        n = sum(1 for w in lower if zipf_in(w, lang) >= ZIPF_BAR)
        if n > best_n:
            best, best_n = lang, n
    if best is None or best_n * 2 < len(lower) or best_n <= english:
        return None
    return best


# spaCy's own stop-word lists (articles, pronouns, prepositions) of the languages discreet reads; Vietnamese is left
# out, its list holds the syllables names are made of.
_STOP_LANGS = frozenset("fr es pt de it nl pl tr sv da nb fi id ms cs sk ro hu lt lv ca sl is".split())


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    if lang not in _STOP_LANGS:
        return frozenset()
    import importlib

    try:
        return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    except ImportError:
        return frozenset()


def function_word_in(word: str, lang: str) -> bool:
    """An article, pronoun or preposition of the language ("Le", "Les", "una", "Sie", "Ihre"), names though some are
    elsewhere: a word of the sentence, not a person, wherever capitals say nothing."""
    return word.lower() in _stop_words(lang)


def ordinary_in(word: str, lang: str) -> bool:
    """A common word of the language and on no name or place list."""
    from .recognizers.places import is_place  # UK and world places
    from .words import FIRST_NAMES, SURNAMES

    low = word.lower()
    if low in FIRST_NAMES or low in SURNAMES or is_place(word):
        return False
    return zipf_in(low, lang) >= ZIPF_BAR


def written_in(doc, i: int) -> str | None:
    """The other language token i's sentence is written in, or None (English, or too little to tell). A sentence
    too short to tell takes the document's language. Cached on the doc: several recognizers ask."""
    from .doc_view import view
    v = view(doc)
    cache = doc.user_data.setdefault("discreet:languages", {})
    if "doc" not in cache:
        cache["doc"] = sentence_language(list(v.texts)) if _reads_foreign(v) else None
    if cache["doc"] is None:
        return None
    start, end = v.sentence_bounds(i)
    if start not in cache:
        cache[start] = sentence_language([v.texts[j] for j in range(start, end)], cache["doc"])
    return cache[start]


def may_be_foreign(doc, i: int) -> bool:
    """The cheap tests before a sentence's language is worked out: two common words of another language in token i's
    sentence (words.in_other_language), or enough of them in the whole text (written_in's gate)."""
    from .doc_view import view
    from .words import in_other_language

    return in_other_language(view(doc), i) or written_in(doc, i) is not None


def sentence_written_in(doc, i: int) -> str | None:
    """The other language token i's sentence is written in, judged from the sentence alone, without the document's
    gate: for a caller that has already seen two common words of another language in it (words.in_other_language),
    so a short message ("Le informo que ...") is read too. Cached on the doc."""
    from .doc_view import view
    v = view(doc)
    cache = doc.user_data.setdefault("discreet:sentence-languages", {})
    start, end = v.sentence_bounds(i)
    if start not in cache:
        words = [v.texts[j] for j in range(start, end)]
        lower = sum(1 for w in words if w.isalpha() and len(w) > 1 and w == w.lower())
        # a sentence too short to tell ("Anbei die Unterlagen.") takes the language of the whole text
        default = None
        if lower < 3:
            if "doc" not in cache:
                cache["doc"] = sentence_language(list(v.texts))
            default = cache["doc"]
        cache[start] = sentence_language(words, default)
    return cache[start]


def _reads_foreign(v) -> bool:
    """Cheap, before any list is read: two or more different words of three letters or more from the commonest
    words of other languages (words.FOREIGN), a sixth of the text's words or four of them. Shorthand and slang
    ("ta", "ur", "mon") are too short or too few: no English note pays for reading the lists."""
    from .words import ENGLISH, FOREIGN

    words = [low for low in v.lowers if low.isalpha() and len(low) > 1]
    foreign = {low for low in words if len(low) >= 3 and low in FOREIGN and low not in ENGLISH}
    return len(foreign) >= 2 and (len(foreign) >= 4 or len(foreign) * 6 >= len(words))
