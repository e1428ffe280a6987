"""Inline suppression, for every finding (identifiers too):

    ... text ...   discreet: ignore W101        drops W101 findings on this line
    ... text ...   discreet: ignore I101, sarcasm  several ids or categories
    ... text ...   discreet: ignore             drops every finding on this line
    discreet: off                               drops every finding until
    discreet: on

The directive can sit in any comment style (`<!-- discreet: off -->`, `# discreet: ignore W101`).
"""
from __future__ import annotations

import re

from .findings import Finding

DIRECTIVE = re.compile(r"discreet:\s*(ignore|off|on)\b([^\n]*)", re.IGNORECASE)
_TARGET = re.compile(r"[A-Za-z][\w-]*")


def _targets(rest: str) -> frozenset[str] | None:
    """The ids/categories after `ignore`; None means everything. Stops at the first non-target word."""
    out = set()
    for word in re.split(r"[\s,]+", rest.strip()):
        if not word:
            continue
        if not _TARGET.fullmatch(word):
            break
        out.add(word.upper() if re.fullmatch(r"[IWiw]\d{3}", word) else word.lower())
    return frozenset(out) or None


def suppressed_regions(text: str) -> list[tuple[int, int, frozenset[str] | None]]:
    """(start, end, targets) stretches of text where findings are dropped; targets None = all."""
    regions = []
    off_at = None
    for m in DIRECTIVE.finditer(text):
        kind = m.group(1).lower()
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if kind == "ignore":
            regions.append((line_start, line_end, _targets(m.group(2))))
        elif kind == "off" and off_at is None:
            off_at = line_start
        elif kind == "on" and off_at is not None:
            regions.append((off_at, line_end, None))
            off_at = None
    if off_at is not None:
        regions.append((off_at, len(text), None))
    return regions


def _matches(f: Finding, targets: frozenset[str] | None) -> bool:
    return targets is None or f.rule in targets or f.category in targets


def suppress(text: str, findings: list[Finding]) -> list[Finding]:
    if "discreet:" not in text.lower():
        return findings
    regions = suppressed_regions(text)
    return [f for f in findings
            if not any(s <= f.start < e and _matches(f, targets) for s, e, targets in regions)]
