"""The practitioner's own caseload (I105): every listed name, nickname, street or town, in any
case, with a possessive 's, and with one typo in words of five letters or more.

The engine hands the entries over with `configure(options)` (Options.names), or for one call with
`configure_entries` (`Linter.check(text, names=...)`, the page's caseload box); with none, it finds nothing.
"""
from __future__ import annotations

import re

from ..lexicon import not_identifier
from ..words import ENGLISH, NOT_NAME_POS, fold, is_word_name
from .base import Hit, Recognizer

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
TYPO_MIN = 5  # shorter names would match too many ordinary words with one letter changed


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance 1, or two neighbouring letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _deletions(word: str) -> set[str]:
    """The word with each one letter left out: two words one edit apart share one of these."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class Caseload(Recognizer):
    RULE = "I105"
    CATEGORY = "person"

    def __init__(self) -> None:
        super().__init__()
        self.configure_entries(())

    def configure(self, options) -> None:
        self.configure_entries(getattr(options, "names", ()) or ())

    def configure_entries(self, entries) -> None:
        """Compile the entries: one regex for exact phrases, one word table for typos."""
        words = [tuple(fold(w) for w in _WORD.findall(e)) for e in entries]
        words = [w for w in words if w]
        # each distinctive word of an entry also stands alone: "Tamsin" of "Tamsin Okoro", not "Close"
        words += [(w,) for phrase in words if len(phrase) > 1 for w in phrase
                  if len(w) >= 2 and w not in ENGLISH and not not_identifier(w) and not is_word_name(w)]
        self._phrases = sorted(set(words), key=len, reverse=True)
        # index by first word, exact and by one-deletion variants, so each text word is one lookup
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self._phrases:
            keys = {phrase[0]} | (_deletions(phrase[0]) if len(phrase[0]) >= TYPO_MIN else set())
            for key in keys:
                self._by_first.setdefault(key, []).append(phrase)
        self._typo_words = {w for phrase in words for w in phrase if len(w) >= TYPO_MIN}
        self._exact = {w for phrase in words for w in phrase}

    def hits(self, text, doc):
        if not self._phrases:
            return
        tokens = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
        tokens = [(s, e - 2 if w.endswith("'s") else e, w[:-2] if w.endswith("'s") else w) for s, e, w in tokens]
        pos = {t.idx: t for t in doc} if doc is not None else {}
        i = 0
        while i < len(tokens):
            match = self._match_at(tokens, i, pos)
            if match:
                n, typo = match
                start, end = tokens[i][0], tokens[i + n - 1][1]
                why = "close to a name on your caseload list (one letter differs)" if typo else "on your caseload list"
                yield Hit(start, end, 0.9 if not typo else 0.7, why)
                i += n
            else:
                i += 1

    def _match_at(self, tokens, i, pos):
        word = tokens[i][2]
        candidates = {p for key in {word} | _deletions(word) for p in self._by_first.get(key, ())}
        for phrase in sorted(candidates, key=len, reverse=True):
            n = len(phrase)
            if i + n > len(tokens):
                continue
            window = tokens[i:i + n]
            if any(window[k][0] - window[k - 1][1] > 3 for k in range(1, n)):
                continue  # the words of a phrase stand next to each other
            typos = 0
            for (start, _, got), want in zip(window, phrase):
                if got == want:
                    continue
                if len(want) >= TYPO_MIN and _one_edit(got, want) and not self._ordinary(got, pos.get(start)):
                    typos += 1
                else:
                    typos = 2
                    break
            if typos > 1:
                continue
            if n == 1 and not typos and is_word_name(want) and self._ordinary(window[0][2], pos.get(window[0][0]), True):
                continue  # "I hope" stays clean even when a baby Hope is on the list
            return n, bool(typos)
        return None

    @staticmethod
    def _ordinary(word, token, exact=False):
        """True when the text's word reads as an ordinary word, not a name."""
        if token is None:
            return False
        if exact:
            return token.pos_ in NOT_NAME_POS and not token.text[:1].isupper()
        return (word in ENGLISH or is_word_name(word) or token.pos_ in NOT_NAME_POS) and token.pos_ != "PROPN"

