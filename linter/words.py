"""The word tests every recognizer and every pass after them shares: is this word a listed name, an
ordinary English word, a role, a nationality; does it start a sentence; where does a hyphenated word end.

The lists are data (linter/data/*.txt); the per-doc token view they read is doc_view.py.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .doc_view import DocView, view
from .lexicon import not_identifier, safe_words, tagged_words, word_list

FIRST_NAMES = word_list("first_names.txt")
SURNAMES = word_list("surnames.txt")
NAME_WORDS = word_list("name_words.txt")  # names that are also English words (hope, mark, will)
ENGLISH = word_list("english_words.txt") | word_list("english_words_extra.txt")  # the British English dictionary list

_ROLES = tagged_words("role_words.txt")  # each rule keeps the subset it was tuned on: see the file
KIN_BEFORE = _ROLES["kin"]  # a name follows: "baby Finley", "DP Rob", "nan Pat"
ROLE_WORDS = _ROLES["alone"]  # never a name itself
TITLES = _ROLES["title"]  # "Mrs Okafor", "Sister Evans"
ADULT_ROLES = _ROLES["adult"]  # "mum, 19"
RELATIONS = _ROLES["relation"]  # "Ivy (big sister)"
# Verbs whose object is usually a person: "spoke to X", "rang X"; a note's sentence may start with one
# ("Rang Maternity triage"), which the model then takes into a name.
VERB_BEFORE = frozenset("saw visited met rang phoned texted messaged emailed called told asked".split())
NAME_EDGES = _ROLES["edge"]  # trimmed off a model's name: "Mrs", "baby"
# The placeholder `share` writes for a name after a role word: "[mum]" -> its words
ROLE_LABELS = {tag.replace("-", " "): words for tag, words in _ROLES.items() if tag.startswith("[")}

# The small words inside a name ("Van der Berg", "de la Cruz", "bin Hamad", "Ní Bhriain").
NAME_PARTICLES = frozenset("van von der den de del della dela la le du da di dos das ten ter bin binti ibn al el ap af zu "
                           "ó ní nic ua mac i bt bte bint binte".split())  # Malay "bt"/"bte": binti written short

_BACKGROUNDS = tagged_words("nationalities.txt")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
# The short forms of months and days ("Jan", "Tues", "Thurs"): a date's words, never a name's or an address's
SHORT_CALENDAR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
# languages and nationalities some surname lists carry, and the days of the week: never a name
NOT_NAMES = _BACKGROUNDS["not-a-name"] | WEEKDAYS
BACKGROUNDS = _BACKGROUNDS["background"]  # nationality, ethnicity or religion (I707), lower case

# Parts of speech a name is never read as, whatever the lists say.
NOT_NAME_POS = frozenset({"AUX", "VERB", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM",
                          "INTJ"})
_SENTENCE_END = {".", "!", "?", "\n", ":", ";", "…", "-", "–", "—", "(", ")", "\"", "“", "”"}


@lru_cache(maxsize=1 << 16)  # the same few thousand words are folded again for every text
def fold(word: str) -> str:
    """Lower case without accents, so 'Siân' and 'sian' look the same in a list."""
    word = word.lower().replace("’", "'")
    if word.isascii():  # most words: nothing to strip
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLDED_FIRST = frozenset(fold(n) for n in FIRST_NAMES)
_FOLDED_SURNAMES = frozenset(fold(n) for n in SURNAMES)


def is_first_name(word: str) -> bool:
    return fold(word) in _FOLDED_FIRST


def is_surname(word: str) -> bool:
    return fold(word) in _FOLDED_SURNAMES


def is_word_name(word: str) -> bool:
    """A name that is also an ordinary word or a never-identifier (month, role): needs a cue."""
    return fold(word) in NAME_WORDS or not_identifier(word)


def is_english(word: str) -> bool:
    """An ordinary word: in the English list or a listed name that is also a word ('hope', 'baker')."""
    lower = word.lower()
    return lower in ENGLISH or lower in NAME_WORDS


def is_background(word: str) -> bool:
    """A nationality, ethnicity or religion as a background is written: 'Polish', not 'polish' or 'POLISH'."""
    return word == word.capitalize() and word.lower() in BACKGROUNDS


def is_capitalised(text: str) -> bool:
    return text[:1].isupper() and not (len(text) > 1 and text.isupper())


def sentence_initial(v: DocView, i: int) -> bool:
    """Token i is the first word of the text, of a sentence, a line or a clause after a dash or bracket."""
    j = i - 1
    while j >= 0 and v.is_space[j] and "\n" not in v.texts[j]:
        j -= 1
    if j < 0:
        return True
    return i in v.sent_starts or "\n" in v.texts[j] or v.texts[j] in _SENTENCE_END


def never_names(doc) -> frozenset[int]:
    """Token indices inside a phrase the never-identifier list names ('Dr Brown's', 'Tommee Tippee').

    Cached on the doc: several recognizers ask, once per candidate.
    """
    cached = doc.user_data.get("discreet:never_names")
    if cached is not None:
        return cached
    v = view(doc)
    blocked: set[int] = set()
    for n in (3, 2):
        for i in range(len(v) - n + 1):
            if v.is_space[i] or v.is_space[i + n - 1]:
                continue  # " Edd" is one word and a space, not a phrase ("EDD" the due date is listed)
            if not_identifier(v.span_text(i, i + n)):
                blocked.update(range(i, i + n))
    doc.user_data["discreet:never_names"] = blocked = frozenset(blocked)
    return blocked


def word_end(v: DocView, i: int) -> int:
    """The last token of the word starting at token i, across hyphens ('Ferguson-Blakes', 'Bryony-Mae')."""
    n = len(v)
    while i + 2 < n and v.texts[i + 1] == "-" and not v.ws[i] and not v.ws[i + 1] and v.is_alpha[i + 2]:
        i += 2
    return i


def word_units(v: DocView):
    """Yield (first, last) token indices of words, joining hyphenated parts."""
    i = 0
    while i < len(v):
        j = word_end(v, i)
        yield i, j
        i = j + 1


# A form's labels, in many languages ("Residenza", "Anschrift", "Courriel"): the words around a field, never in it.
FORM_LABELS = word_list("address_labels.txt") | word_list("field_labels.txt")

# wordfreq's Zipf scale: 3 is once per million words. Given names and foreign towns reach about 2.9
# (Siobhan 2.8, Gdansk 2.5), and so do rare English words (mastitis 2.3): frequency vouches only above
# that, and the dictionary and the safe vocabulary vouch for the rest. A sentence's first word gets no
# easier bar: names start sentences in notes all the time ("Tamsin rang.").
ZIPF_BAR = 3.3


@lru_cache(maxsize=50_000)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=1)
def _name_beginnings() -> frozenset[str]:
    """The first 3 to 5 letters of every listed first name at least two letters longer: how short forms are made."""
    return frozenset(name[:n] for name in FIRST_NAMES for n in range(3, 6) if len(name) >= n + 2)


def a_short_form(low: str) -> bool:
    """'lau' (Laura, Lauren), 'ange' (Angela), 'soph': the start of a listed name, and no English word."""
    if not (3 <= len(low) <= 5 and low.isalpha() and low not in ENGLISH and low in _name_beginnings()):
        return False
    # "lol", "hun", "defo", "thurs", "nan": texting, calendar and kin words are commoner than any one short name
    return zipf(low) < 3.4 and low not in safe_words() and not not_identifier(low) and low not in ROLE_WORDS


@lru_cache(maxsize=1)
def _common_words_and_deletes() -> frozenset[str]:
    """wordfreq's 30,000 commonest English words, and each with one letter left out (symmetric-delete spelling)."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", 30_000) if w.isalpha()]
    return frozenset(words).union(w[:k] + w[k + 1:] for w in words for k in range(len(w)))


def a_typo(low: str) -> bool:
    """One letter away from a common word (missing, extra, changed or swapped): "adress", "sytem", "tomorow".
    A name no list has is rarely that close to a word ("seonaid", "bransholme")."""
    known = _common_words_and_deletes()
    return low in known or any(low[:k] + low[k + 1:] in known for k in range(len(low)))


@lru_cache(maxsize=50_000)
def vouched(word: str, lemma: str) -> bool:
    """Ordinary: known as a whole, by its lemma, or by every part (hyphenated, with an apostrophe).
    Two words run together are not enough: place names are made that way (Whitehawk, Blackburn)."""
    low = word.lower().replace("’", "'")
    for form in dict.fromkeys((low, lemma, low.removesuffix("'s"), low.removesuffix("s"))):  # one plural s, not "ss"
        if (form in safe_words() or form in ENGLISH or form in FORM_LABELS or not_identifier(form)
                or (form and zipf(form) >= ZIPF_BAR)):
            return True
    parts = [p for p in re.split(r"[-'’]", low) if p]
    if len(parts) > 1 and all(vouched(p, p) for p in parts):
        return True
    # a verb with a prefix the dictionary lacks: "Rebooked", "Unswaddled", "Overtired"; the rest must be a
    # dictionary word of 4+ letters, so no name hides behind a prefix-like start (Rebecca, Underwood is listed)
    m = _PREFIX.match(low)
    return m is not None and len(low) - m.end() >= 4 and low[m.end():] in ENGLISH


_PREFIX = re.compile(r"(?:re|un|pre|mis|over|under|out|co)-?")


# The commonest words of other languages ("del", "que", "saya") that are no English word and no name.
FOREIGN = word_list("foreign_words.txt") - ENGLISH - FIRST_NAMES - SURNAMES


def in_other_language(v: DocView, i: int) -> bool:
    """Token i's sentence is written in another language: two more of its words are among the commonest
    words of another language and are no English word ("a partir del mes que viene"). Many recognizers ask for
    every word: the sentence's common foreign words are counted once and kept on the view."""
    start, end = v.sentence_bounds(i)
    key = ("foreign words", start)
    if key not in v.per_sentence:
        v.per_sentence[key] = frozenset(j for j in range(start, end)
                                        if len(v.lowers[j]) > 1 and v.lowers[j] in FOREIGN
                                        and v.lowers[j] not in _TEXTING and not not_identifier(v.lowers[j]))
    found = v.per_sentence[key]
    return len(found) - (i in found) >= 2


# English as texted, without apostrophes ("im", "dont", "u"): words of other languages too, but English here.
_TEXTING = frozenset("im dont cant wont u ur ive id ill shes hes thats whats theres didnt isnt wasnt doesnt "
                     "couldnt wouldnt shouldnt youre theyre weve lets hows".split())
