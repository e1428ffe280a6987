"""Markdown: check the prose only, as alex does, keeping every offset.

Front matter, code (fenced and inline), link and image targets, reference definitions and autolinks are
overwritten with spaces of the same length (newlines kept), so line:col and offsets still point into the
file. `share` does not use this: what is shared is the whole file, so all of it is checked there.
"""
from __future__ import annotations

import re

FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(?:\n|\Z)", re.S)
FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)[^\n]+?(?<!`)\1(?!`)")
# [text](target "title"): only the target is skipped; a title is prose a reader sees.
LINK_TARGET = re.compile(r"\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+)", re.M)
AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _fenced_blocks(text: str):
    """(start, end) of each fenced code block; an unclosed fence runs to the end, as in CommonMark."""
    fence, start, pos = None, 0, 0
    for line in text.splitlines(keepends=True):
        if fence is None:
            m = FENCE_OPEN.match(line)
            if m and not (m.group(1)[0] == "`" and "`" in line[m.end():]):
                fence, start = m.group(1), pos
        elif re.match(r" {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*\r?$", line.rstrip("\n")):
            yield start, pos + len(line)
            fence = None
        pos += len(line)
    if fence is not None:
        yield start, len(text)


def prose(text: str) -> str:
    chars = list(text)
    m = FRONT_MATTER.match(text)
    if m:
        _blank(chars, 0, m.end())
    for start, end in _fenced_blocks(text):
        _blank(chars, start, end)
    for pattern in (INLINE_CODE, AUTOLINK):
        for m in pattern.finditer("".join(chars)):
            _blank(chars, m.start(), m.end())
    for pattern in (LINK_TARGET, REFERENCE):
        for m in pattern.finditer("".join(chars)):
            _blank(chars, m.start(1), m.end(1))
    return "".join(chars)
