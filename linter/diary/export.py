"""A family's subject access request pack: every entry of that family in date order, with every
version kept; names of people outside the family replaced by [third party]; a cover page with the
date range, the number of entries and the number of redactions by kind (never what was redacted).

.txt and .docx are for reading; .json is the data-portability copy.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from ..destinations import words
from ..findings import IDENTIFIER

THIRD_PARTY = "[third party]"
KINDS = {  # redaction kind -> how the cover page names it
    "other-family": "names of members of other families",
    "other-person": "names of other people",
}
FORMATS = (".txt", ".docx", ".json")


@dataclass
class Pack:
    family: str
    prepared: date
    entries: list = field(default_factory=list)  # PackEntry, date order
    redactions: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    @property
    def first(self) -> str | None:
        return self.entries[0].date if self.entries else None

    @property
    def last(self) -> str | None:
        return self.entries[-1].date if self.entries else None


@dataclass(frozen=True)
class PackEntry:
    number: int
    date: str
    versions: tuple  # (saved, redacted text), oldest first; the last is current


def _name_words(text: str) -> set[str]:
    return {w.removesuffix("'s").removesuffix("’s") for w in words(text)}


def third_party_spans(findings, family_words: set[str], other_words: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every name that is not wholly the family's own; overlaps merged.

    A name with any word outside the family ('Jade Okoro' when only Ezra is an Okoro) is
    someone else's: giving it to the family would disclose a third party."""
    spans = []
    for f in findings:
        if f.kind != IDENTIFIER or f.category != "person":
            continue
        name = _name_words(f.text)
        if name and name <= family_words:
            continue
        kind = "other-family" if (name - family_words) & other_words else "other-person"
        spans.append([f.start, f.end, kind])
    spans.sort()
    merged: list[list] = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span[1])
            if span[2] == "other-family":
                merged[-1][2] = "other-family"
        else:
            merged.append(span)
    return [tuple(s) for s in merged]


def redact(text: str, spans) -> str:
    for start, end, _ in reversed(spans):
        text = text[:start] + THIRD_PARTY + text[end:]
    return text


def build(diary, family_name: str, linter, prepared: date | None = None) -> Pack:
    """The pack for one family; `linter` is a diary Linter whose caseload holds every family's members."""
    from .checking import findings_of

    family = diary.family(family_name)
    family_words = {w for name in family.members for w in _name_words(name)}
    other_words = {w for other in diary.families() if other.id != family.id
                   for name in other.members for w in _name_words(name)} - family_words
    pack = Pack(family.name, prepared or date.today())
    for number, entry in enumerate(diary.entries(family.name, all_versions=True), 1):
        versions = []
        for version in entry.versions:
            spans = third_party_spans(findings_of(linter, version.text), family_words, other_words)
            for _, _, kind in spans:
                pack.redactions[kind] += 1
            versions.append((version.saved, redact(version.text, spans)))
        pack.entries.append(PackEntry(number, entry.date, tuple(versions)))
    return pack


def cover_lines(pack: Pack) -> list[str]:
    total = sum(pack.redactions.values())
    span = f"{pack.first} to {pack.last}" if pack.entries else "none"
    lines = [
        f"Notes kept about the {pack.family} family",
        f"Prepared on {pack.prepared.isoformat()} in answer to a request for your own notes.",
        "",
        f"Entries: {len(pack.entries)}",
        f"Dates: {span}",
        f"Names of other people replaced by {THIRD_PARTY}: {total}",
    ]
    lines += [f"  {label}: {pack.redactions[kind]}" for kind, label in KINDS.items()]
    lines += ["", "Each entry is shown as it reads now; where it was changed, the earlier versions follow it."]
    return lines


def _entry_heading(entry: PackEntry) -> str:
    return f"Entry {entry.number}, {entry.date}"


def _earlier_heading(saved: str) -> str:
    return f"Earlier version, saved {saved}"


def to_text(pack: Pack) -> str:
    out = cover_lines(pack) + ["", "=" * 60]
    for entry in pack.entries:
        out += ["", _entry_heading(entry), "", entry.versions[-1][1].rstrip("\n")]
        for saved, text in reversed(entry.versions[:-1]):
            out += ["", _earlier_heading(saved), "", text.rstrip("\n")]
    return "\n".join(out) + "\n"


def to_json(pack: Pack) -> str:
    data = {
        "family": pack.family,
        "prepared": pack.prepared.isoformat(),
        "first": pack.first,
        "last": pack.last,
        "redactions": {"placeholder": THIRD_PARTY, **pack.redactions},
        "entries": [{"date": e.date, "text": e.versions[-1][1],
                     "versions": [{"saved": saved, "text": text} for saved, text in e.versions]}
                    for e in pack.entries],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_docx_bytes(pack: Pack) -> bytes:
    import io

    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    lines = cover_lines(pack)
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    for entry in pack.entries:
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(_entry_heading(entry), level=2)
        for paragraph in entry.versions[-1][1].rstrip("\n").split("\n"):
            document.add_paragraph(paragraph)
        for saved, text in reversed(entry.versions[:-1]):
            document.add_heading(_earlier_heading(saved), level=3)
            for paragraph in text.rstrip("\n").split("\n"):
                document.add_paragraph(paragraph)
    document.core_properties.author = ""
    document.core_properties.title = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write(pack: Pack, target: str) -> None:
    """Written whole or not at all, readable by its owner only."""
    import os

    suffix = os.path.splitext(target)[1].lower()
    data = to_docx_bytes(pack) if suffix == ".docx" else (to_json(pack) if suffix == ".json" else to_text(pack)).encode("utf-8")
    folder = os.path.dirname(os.path.abspath(target))
    partial = os.path.join(folder, f".{os.path.basename(target)}.partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        try:
            os.unlink(partial)
        except FileNotFoundError:
            pass
        raise
