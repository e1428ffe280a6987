"""Markdown: everything in the file is read, as `share` shares it: prose, front matter values, link text
and targets, image alt text, inline and fenced code. What `check` reports is what `share` replaces.

The engine reads a view of the same length (offsets point into the file): backticks become spaces, and
inside web addresses `+` and `%20` (spaces in a link) become spaces, so a street in a map link reads as a
street; the brackets of links and images are spaces. The safe version replaces the findings' offsets in the original text.
"""
from __future__ import annotations

import re

URL = re.compile(r"(?:https?|ftp|mailto|geo):[^\s)>\]]+", re.I)
URL_SPACE = re.compile(r"%20|\+")
# The brackets of a link or image ([text](target), ![alt](target)), so the text reads as prose.
LINK_BRACKETS = re.compile(r"(!?\[)[^\]\n]*(\]\()")


def readable(text: str) -> str:
    chars = list(text.replace("`", " "))
    for link in LINK_BRACKETS.finditer(text):
        for group in (1, 2):
            for i in range(link.start(group), link.end(group)):
                chars[i] = " "
    for url in URL.finditer(text):
        for space in URL_SPACE.finditer(url.group()):
            for i in range(url.start() + space.start(), url.start() + space.end()):
                chars[i] = " "
    return "".join(chars)
