"""How a text is handed to spaCy: in bounded pieces, each with its offset into the whole text.

spaCy's time grows faster than the text: its tokenizer is quadratic in a run of punctuation or
emoji (20,000 '[' take a minute) and one long doc costs more than its paragraphs read apart.
So a text is read in pieces of at most MAX_PIECE characters: whole paragraphs where they fit,
else sentences or lines, else a cut at a space. A run of 64 or more characters with no letter,
digit or space (punctuation, symbols, emoji, combining marks) holds nothing to find and is never
read; a longer stretch with no space at all is read in slices of MAX_TOKEN characters.
An ordinary note is one piece: exactly the text it was before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PIECE = 5_000  # characters: a long diary entry; a benchmark note is ~800
MAX_TOKEN = 1_000  # characters with no space: longer than any address, handle or link worth reading
OPAQUE_RUN = re.compile(r"(?:[^\w\s]|_){64,}")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n\s*")
HUGE_TOKEN = re.compile(rf"\S{{{MAX_TOKEN + 1},}}")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Piece:
    start: int  # offset of text[0] in the whole text
    text: str


def pieces(text: str) -> list[Piece]:
    """The pieces to read, in order; together they cover every character but the opaque runs."""
    out: list[Piece] = []
    for start, end in _between(text, OPAQUE_RUN, 0, len(text)):
        position = start
        for token in HUGE_TOKEN.finditer(text, start, end):
            out += _bounded(text, position, token.start())
            out += [Piece(s, text[s:min(s + MAX_TOKEN, token.end())])
                    for s in range(token.start(), token.end(), MAX_TOKEN)]
            position = token.end()
        out += _bounded(text, position, end)
    return [p for p in out if _LETTER_OR_DIGIT.search(p.text)]


def _between(text: str, pattern: re.Pattern, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of [start, end) that pattern does not match."""
    parts, position = [], start
    for m in pattern.finditer(text, start, end):
        parts.append((position, m.start()))
        position = m.end()
    parts.append((position, end))
    return [(s, e) for s, e in parts if s < e]


def _bounded(text: str, start: int, end: int) -> list[Piece]:
    """Whole paragraphs, as many as fit in MAX_PIECE; a longer paragraph by sentences or lines."""
    if end - start <= MAX_PIECE:
        return [Piece(start, text[start:end])] if start < end else []
    units = [u for s, e in _split(text, start, end, _PARAGRAPH_END) for u in _sentences(text, s, e)]
    out: list[Piece] = []
    piece_start = piece_end = start
    for s, e in units:
        if e - piece_start > MAX_PIECE and piece_end > piece_start:
            out.append(Piece(piece_start, text[piece_start:piece_end]))
            piece_start = s
        piece_end = e
    out.append(Piece(piece_start, text[piece_start:piece_end]))
    return out


def _split(text: str, start: int, end: int, boundary: re.Pattern) -> list[tuple[int, int]]:
    """[start, end) cut after each boundary match; every part keeps its trailing separator."""
    parts, position = [], start
    for m in boundary.finditer(text, start, end):
        if m.end() > position:
            parts.append((position, m.end()))
            position = m.end()
    if position < end:
        parts.append((position, end))
    return parts


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_PIECE:
        return [(start, end)]
    return [part for s, e in _split(text, start, end, _SENTENCE_END) for part in _capped(text, s, e)]


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The hard cap: a sentence longer than MAX_PIECE is cut after its last space that fits
    (there is one: no stretch without a space reaching here is longer than MAX_TOKEN)."""
    parts = []
    while end - start > MAX_PIECE:
        cut = start + MAX_PIECE
        while cut > start + 1 and not text[cut - 1].isspace():
            cut -= 1
        if cut == start + 1:
            cut = start + MAX_PIECE
        parts.append((start, cut))
        start = cut
    parts.append((start, end))
    return parts
