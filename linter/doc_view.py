"""Per-doc token data the doc recognizers share, read as plain lists.

Every `doc[i]` or `for token in doc` builds a new spaCy Token object, and the recognizers
scan each doc many times; a view copies what they read once per doc and caches it on the doc.
A view keeps no reference to its doc, so the cache makes no reference cycle.
"""
from __future__ import annotations

import bisect

_KEY = "discreet:view"


class DocView:
    """Token i of the doc is texts[i], lowers[i], pos[i] ...; ends[i] is where its text ends."""

    def __init__(self, doc) -> None:
        rows = [(t.text, t.lower_, t.idx, t.pos_, t.dep_, t.head.i, t.whitespace_, t.is_alpha, t.is_space,
                 t.lemma_.lower()) for t in doc]
        columns = [list(column) for column in zip(*rows)] or [[] for _ in range(10)]
        (self.texts, self.lowers, self.idx, self.pos, self.dep, self.heads, self.ws, self.is_alpha,
         self.is_space, self.lemmas) = columns
        # what Doc.text joins, without building every Token again
        self.text = "".join(word + space for word, space in zip(self.texts, self.ws))
        self.ends = [start + len(word) for start, word in zip(self.idx, self.texts)]
        # Token.is_sent_start scans the whole doc on every call
        self.sent_starts = (frozenset(sent.start for sent in doc.sents) if doc.has_annotation("SENT_START")
                            else frozenset({0}))
        self._starts = sorted(self.sent_starts | {0})
        self.per_sentence: dict = {}  # what the word tests work out once a sentence, keyed by its first token

    def __len__(self) -> int:
        return len(self.texts)

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """The first token of token i's sentence and the token after its last."""
        k = bisect.bisect_right(self._starts, i) - 1
        return self._starts[k], self._starts[k + 1] if k + 1 < len(self._starts) else len(self.texts)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end-1, as `doc[start:end].text` gives it."""
        return self.text[self.idx[start]:self.ends[end - 1]]


def view(doc) -> DocView:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = DocView(doc)
    return cached
