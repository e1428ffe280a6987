"""Names from the shipped first-name and surname lists (I102), and the word tests the name
and place recognizers share.

A listed name that is also an English word (hope, mark, will) is left to the cue recognizer
unless spaCy reads it as a proper noun capitalised mid-sentence.
"""
from __future__ import annotations

import unicodedata

from ..lexicon import not_identifier, word_list
from .base import DocRecognizer, Hit

FIRST_NAMES = word_list("first_names.txt")
SURNAMES = word_list("surnames.txt")
NAME_WORDS = word_list("name_words.txt")  # names that are also English words
ROLE_WORDS = {"baby", "doctor", "nan", "nana", "nanna", "mum", "dad", "gran", "granny", "lo", "sister"}
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "nurse", "sister", "auntie", "aunty", "uncle"}
# Parts of speech a name is never read as, whatever the lists say.
NOT_NAME_POS = {"AUX", "VERB", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM", "INTJ"}
# Languages and nationalities some surname lists carry ("English", "Welsh"): never a name alone.
NOT_NAMES = frozenset("""
english welsh scottish irish british polish romanian lithuanian latvian estonian czech slovak hungarian
bulgarian ukrainian russian turkish kurdish arabic somali eritrean ethiopian tigrinya amharic nigerian
ghanaian yoruba igbo hausa twi swahili urdu punjabi bengali bangla hindi gujarati tamil sinhala nepali
pashto dari farsi persian chinese mandarin cantonese vietnamese thai filipino tagalog french german
spanish portuguese italian dutch greek albanian syrian afghan iranian iraqi sudanese pakistani indian
bangladeshi african caribbean jamaican muslim christian hindu sikh jewish catholic islamic
""".split())
_SENTENCE_END = {".", "!", "?", "\n", ":", ";", "…", "-", "–", "—", "(", ")", "\"", "“", "”"}


def fold(word: str) -> str:
    """Lower case without accents, so 'Siân' and 'sian' look the same in a list."""
    word = word.lower().replace("’", "'")
    if word.isascii():  # most words: nothing to strip
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


FOLDED_FIRST = frozenset(fold(n) for n in FIRST_NAMES)
FOLDED_SURNAMES = frozenset(fold(n) for n in SURNAMES)


def is_first_name(word: str) -> bool:
    return fold(word) in FOLDED_FIRST


def is_surname(word: str) -> bool:
    return fold(word) in FOLDED_SURNAMES


def is_word_name(word: str) -> bool:
    """A name that is also an ordinary word or a never-identifier (month, role): needs a cue."""
    return fold(word) in NAME_WORDS or not_identifier(word)


def is_capitalised(text: str) -> bool:
    return text[:1].isupper() and not (len(text) > 1 and text.isupper())


def sentence_initial(token) -> bool:
    """First word of the text, of a sentence, a line or a clause after a dash or bracket."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 0:
        return True
    prev = doc[i]
    return token.i in _sentence_starts(doc) or "\n" in prev.text or prev.text in _SENTENCE_END


def _sentence_starts(doc) -> frozenset[int]:
    """Computed once per doc: Token.is_sent_start scans the whole doc on every call."""
    starts = doc.user_data.get("discreet:sentence_starts")
    if starts is None:
        starts = frozenset(sent.start for sent in doc.sents) if doc.has_annotation("SENT_START") else frozenset({0})
        doc.user_data["discreet:sentence_starts"] = starts
    return starts


def never_names(doc) -> set[int]:
    """Token indices inside a phrase the never-identifier list names ('Dr Brown's', 'Tommee Tippee').

    Cached on the doc: several recognizers ask, once per candidate.
    """
    cached = doc.user_data.get("discreet:never_names")
    if cached is not None:
        return cached
    blocked: set[int] = set()
    for n in (3, 2):
        for i in range(len(doc) - n + 1):
            span = doc[i:i + n]
            if not_identifier(span.text) or (n > 1 and span[-1].lower_ in {"'s", "’s"} and not_identifier(span.text)):
                blocked.update(range(i, i + n))
    doc.user_data["discreet:never_names"] = blocked = frozenset(blocked)
    return blocked


def word_units(doc):
    """Yield (first_token, last_token) of words, joining hyphenated parts ('Ferguson-Blakes')."""
    i = 0
    while i < len(doc):
        j = i
        while (j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_
               and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha):
            j += 2
        yield doc[i], doc[j]
        i = j + 1


class NameList(DocRecognizer):
    RULE = "I102"
    CATEGORY = "person"
    MESSAGE = "This looks like a person's name (it is in the name lists)."
    SUGGESTION = "Use a role instead: mum, baby, partner."
    PLACEHOLDER = "[name]"

    def find(self, doc):
        blocked = never_names(doc)
        pending: list[tuple[int, int, float, str]] = []  # consecutive name words become one full name
        text = doc.text  # Doc.text rebuilds the string on each access
        for first, last in word_units(doc):
            word = text[first.idx:last.idx + len(last.text)]
            adjacent = bool(pending) and pending[-1][1] == first.idx - 1 and text[first.idx - 1] == " "
            found = None if first.i in blocked else self._judge(first, last, word, adjacent)
            if found:
                score, why = found
                if adjacent:
                    start, _, s, w = pending[-1]
                    pending[-1] = (start, last.idx + len(last.text), max(s, score), w)
                else:
                    pending.append((first.idx, last.idx + len(last.text), score, why))
        for start, end, score, why in pending:
            yield Hit(self._extend_back(text, start), end, score, why)

    @staticmethod
    def _extend_back(text: str, start: int) -> int:
        """Take in a capitalised first name just before a full name, even a word-name ('Joy Okafor')."""
        if start < 2 or text[start - 1] != " ":
            return start
        j = start - 1
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
            j -= 1
        before = text[j:start - 1]
        if (before and is_capitalised(before) and is_first_name(before) and fold(before) not in NOT_NAMES
                and fold(before) not in ROLE_WORDS):
            return j
        return start

    def _judge(self, first, last, word, after_name):
        """Score and reason when this word is a name, else None."""
        if not word[:1].isalpha() or len(word) < 2 or not_identifier(word) or fold(word) in NOT_NAMES:
            return None
        parts = word.split("-")
        listed_first = any(is_first_name(p) for p in parts)
        listed_sur = any(is_surname(p) for p in parts) or (
            word.endswith("s") and is_surname(word[:-1]) and first.i > 0 and first.nbor(-1).lower_ == "the")
        if not (listed_first or listed_sur):
            # an unlisted capitalised word right after a listed name is its other half ('Wang Yuxuan')
            if after_name and is_capitalised(word) and first.pos_ == "PROPN":
                return 0.6, "capitalised proper noun after a listed name"
            return None
        ambiguous = all(is_word_name(p) for p in parts)
        capital = is_capitalised(word)
        initial = sentence_initial(first)
        prev = first.nbor(-1).lower_.strip(".") if first.i > 0 else ""
        if capital and prev in TITLES:
            return 0.85, "a listed name after a title"
        if capital and not ambiguous:
            if listed_first or not initial or after_name:
                return 0.8, "a capitalised name from the name lists"
            return None
        if capital and ambiguous:
            # after another capitalised non-name word it is part of a brand or place ("Retail Park")
            before = first.nbor(-1).text if first.i > 0 else ""
            brand = (is_capitalised(before) and not sentence_initial(first) and not is_first_name(before)
                     and not is_surname(before)) or (before and not_identifier(before) and is_capitalised(before))
            if after_name or (listed_first and not initial and first.pos_ == "PROPN" and not brand):
                return 0.6, "a name that is also a word, used as a proper noun mid-sentence"
            return None
        # lower case: only first names that are not words, read as nouns
        if (listed_first and not ambiguous and len(word) >= 3 and first.pos_ not in NOT_NAME_POS
                and word.isalpha() or (after_name and listed_sur and not ambiguous)):
            return 0.55, "a first name from the name lists, written in lower case"
        return None
