"""Once a name is found anywhere in a text, every other mention of it is found too.

The model and the cues see each mention in its own context and can miss one ("Visited Eira
Prothero" at a sentence start); a leak of the one they missed is still a leak.
"""
from __future__ import annotations

import re

from .findings import IDENTIFIER, Finding
from .lexicon import not_identifier
from .merge import not_a_person
from .placeholders import PLACEHOLDER_RE
from .words import is_english

SPREAD = {"person", "location", "facility"}


def _targets(findings: list[Finding]) -> dict[str, tuple[Finding, bool]]:
    """Text to search for -> (the finding it came from, case-sensitive?)."""
    targets: dict[str, tuple[Finding, bool]] = {}
    for f in findings:
        if f.kind != IDENTIFIER or f.category not in SPREAD or len(f.text) < 2:
            continue
        targets.setdefault(f.text, (f, is_english(f.text)))  # "Hope" found: "I hope" is still the verb
        if f.category == "person":
            for part in re.findall(r"[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)*", f.text):
                if len(part) >= 3 and part[0].isupper() and not not_identifier(part):
                    targets.setdefault(part, (f, is_english(part)))
    return targets


def propagate(text: str, findings: list[Finding]) -> list[Finding]:
    from .address_block import join_address_blocks
    from .spread import spread
    from .whole_names import whole_names

    findings = spread(text, findings)  # "X and Y", 'X ("Y")': then every mention of each
    findings = whole_names(text, findings)  # "Hereford" of "Hereford County"
    covered = [(f.start, f.end) for f in findings if f.kind == IDENTIFIER]
    covered += [m.span() for m in PLACEHOLDER_RE.finditer(text)]
    added: list[Finding] = []
    for target, (source, case_sensitive) in sorted(_targets(findings).items(), key=lambda t: -len(t[0])):
        flags = 0 if case_sensitive else re.IGNORECASE
        for m in re.finditer(rf"(?<![\w]){re.escape(target)}(?![\w])", text, flags):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            if source.category == "person" and not_a_person(text, m.start(), m.end()):
                continue  # "Sophie is fine" found; "a Sophie la girafe" is the toy
            covered.append(m.span())
            added.append(source.with_(
                start=m.start(), end=m.end(), text=m.group(),
                explanation=f"{source.rule}: the same as '{source.text}' found at offset {source.start}",
            ))
    findings = join_address_blocks(text, findings + added)  # after the names inside were searched for
    return findings + _towns_of_addresses(text, findings)


_PART = re.compile(r"[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)*")


def _towns_of_addresses(text: str, findings: list[Finding]) -> list[Finding]:
    """The town of an address ("Lot 45, Hope Pastures, Kingston 6"), said again on its own ("back in Kingston"):
    a capitalised word of an address block that no dictionary knows, or a listed place; an ordinary word of an
    address ("Hope", "Lot", "Mill") is ordinary elsewhere."""
    from .recognizers.places import is_place

    covered = [(f.start, f.end) for f in findings if f.kind == IDENTIFIER]
    added: list[Finding] = []
    for f in findings:
        if f.kind != IDENTIFIER or f.category != "location" or not re.search(r"[,\n]", f.text):
            continue
        for part in {m.group() for m in _PART.finditer(f.text)}:
            if len(part) < 4 or not part[0].isupper() or part.isupper() or not_identifier(part) or (
                    is_english(part) and not is_place(part)):
                continue
            for m in re.finditer(rf"(?<![\w]){re.escape(part)}(?![\w])", text):
                if not any(s < m.end() and m.start() < e for s, e in covered):
                    covered.append(m.span())
                    added.append(f.with_(start=m.start(), end=m.end(), text=m.group(),
                                         explanation=f"{f.rule}: part of the address '{f.text}'"))
    return added
