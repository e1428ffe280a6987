"""Overlapping identifier results become one finding per identifying stretch of text."""
from __future__ import annotations

import re

from .findings import IDENTIFIER, Finding

# Our own placeholders ("[mum]", "[name 2]", "[NHS number]") are never identifiers again.
PLACEHOLDER_RE = re.compile(r"\[[A-Za-z][A-Za-z' ]{0,28}(?: \d+)?\]")
_EDGE = " \t\r\n.,;:!?()\"'‘’“”-–—"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while start < end and text[end - 1] in _EDGE:
        end -= 1
    for suffix in ("'s", "’s"):
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            end -= len(suffix)
    return start, end


def merge(text: str, results, classes: dict[str, type]) -> list[Finding]:
    """Union overlapping spans; the longest (then highest-scoring) result names the finding."""
    placeholders = [m.span() for m in PLACEHOLDER_RE.finditer(text)]
    spans = []
    for r in results:
        start, end = _trim(text, r.start, r.end)
        if end <= start or any(s < end and start < e for s, e in placeholders):
            continue
        spans.append((start, end, r))
    spans.sort(key=lambda s: (s[0], -s[1]))
    groups: list[list] = []
    for start, end, r in spans:
        if groups and start < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], end)
            groups[-1][2].append((start, end, r))
        else:
            groups.append([start, end, [(start, end, r)]])
    findings = []
    for start, end, members in groups:
        _, _, lead = max(members, key=lambda m: (m[1] - m[0], m[2].score))
        cls = classes[lead.entity_type]
        why = "; ".join(
            sorted({f"{m[2].entity_type}: {m[2].analysis_explanation.textual_explanation}"
                    for m in members if m[2].analysis_explanation})
        )
        findings.append(Finding(
            kind=IDENTIFIER, category=cls.CATEGORY, rule=cls.RULE, start=start, end=end,
            text=text[start:end], message=cls.MESSAGE, suggestion=cls.SUGGESTION,
            score=round(max(m[2].score for m in members), 2), explanation=why,
            placeholder=lead.recognition_metadata.get("placeholder") or cls.PLACEHOLDER,
        ))
    return findings
