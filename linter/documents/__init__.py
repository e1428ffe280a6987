"""Documents: which reader a file needs (by its name, checked against its first bytes), and where a
finding sits in a document (paragraph and character), since a line number means little in Word.
"""
from __future__ import annotations

import bisect
import io
import os
import zipfile
from dataclasses import dataclass

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # encrypted Office files and old .doc files are OLE compound files
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
DOCUMENT_SUFFIXES = (".docx", ".odt")
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ENCRYPTED = "is encrypted or password-protected (or an old .doc); save it unprotected as .docx"
NOT_WORD = "is not a valid Word document"
NOT_ODT = "is not a valid OpenDocument text document"
# Unpacked XML beyond this many times the size limit is a zip bomb, not a diary.
UNPACKED_FACTOR = 20

CHECK, SHARE = "check", "share"  # what the text is read for: sharing leaves out comments and deleted text


class DocumentError(Exception):
    """The document cannot be read; the message says why in plain words (it follows the file name)."""


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of its first character in the extracted text
    part: str = "body"  # body, header, footer, footnote, endnote, comment, deleted
    number: int = 0  # 1-based paragraph number when entries are not one per paragraph
    origin: int = -1  # for a stretch inside a paragraph (deleted text in Word): where the paragraph starts


@dataclass(frozen=True)
class Extracted:
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    known: tuple = ()  # findings the reader knows by where the text sits (a name in an author field)


@dataclass(frozen=True)
class Hidden:
    """A detail the file carries outside its text: a property, an author, a link target, alt text."""
    part: str  # "properties", "link" or "hidden"
    label: str
    value: str
    person: bool = False  # the field always holds a person's name (author, editor, commenter)


# Account names that are not a person (what a new computer or a library writes as the author).
NOT_A_PERSON = {"python-docx", "microsoft office user", "user", "administrator", "admin", "owner", "author",
                "unknown author", "windows user", "libreoffice", "openoffice", "me"}
AUTHOR_MESSAGE = ("A person's name in the document's hidden details (author, editor, commenter or tracked "
                  "change): it travels with the file. The safe copy (share --output) leaves it out.")


def with_hidden(text: str, paragraphs: list[Paragraph], details: list[Hidden], max_bytes: int) -> Extracted:
    """Append each hidden detail as a paragraph of its own ("Author: ...") so `check` reads it; a value of a
    person-only field is a finding even when no recognizer knows the name."""
    from ..findings import IDENTIFIER, Finding

    chunks, known, pos, seen = [text], [], len(text), set()
    number = (paragraphs[-1].number or len(paragraphs)) if paragraphs else 0
    for d in details:
        value = " ".join(d.value.split())
        if not value or (d.label, value) in seen:
            continue
        seen.add((d.label, value))
        line = f"{d.label}: {value}."
        number += 1
        paragraphs.append(Paragraph(pos, d.part, number))
        if d.person and value.lower() not in NOT_A_PERSON and any(c.isupper() for c in value):
            start = pos + len(d.label) + 2
            known.append(Finding(IDENTIFIER, "person", "I108", start, start + len(value), value, AUTHOR_MESSAGE,
                                 placeholder="[name]", severity="warning"))
        chunks.append(line + "\n")
        pos += len(line) + 1
        if pos > max_bytes:
            raise DocumentError(f"holds too much text (the limit is {max_bytes:,} bytes, see --max-size)")
    return Extracted("".join(chunks), tuple(paragraphs), tuple(known))


def with_known(findings: list, known: tuple) -> list:
    """The engine's findings plus the reader's, where the engine found nothing at the same place."""
    extra = [k for k in known if not any(f.start < k.end and k.start < f.end for f in findings)]
    return sorted([*findings, *extra], key=lambda f: (f.start, f.end))


class ParagraphIndex:
    """Offsets into extracted text -> (1-based paragraph, 1-based character, part)."""

    def __init__(self, paragraphs: tuple[Paragraph, ...]) -> None:
        self.paragraphs = paragraphs
        self._starts = [p.start for p in paragraphs]

    def position(self, offset: int) -> tuple[int, int, str]:
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        p = self.paragraphs[i]
        origin = p.start if p.origin < 0 else p.origin
        return p.number or i + 1, offset - origin + 1, p.part


def kind_of(path: str, data: bytes) -> str:
    """'docx', 'odt', 'markdown' or 'text'; the bytes win when the extension lies."""
    suffix = os.path.splitext(path)[1].lower()
    if data.startswith(OLE_MAGIC):
        raise DocumentError(ENCRYPTED)
    if data.startswith(ZIP_MAGIC):
        return _zip_kind(data, suffix)
    if suffix == ".docx":
        raise DocumentError(NOT_WORD)
    if suffix == ".odt":
        raise DocumentError(NOT_ODT)
    if data.startswith(b"%PDF"):
        raise DocumentError("is a PDF, which discreet cannot read; save it as .docx, .odt or .txt")
    if data.lstrip()[:5] == b"{\\rtf":
        raise DocumentError("is a Rich Text (.rtf) file, which discreet cannot read; save it as .docx or .txt")
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "text"


def _zip_kind(data: bytes, suffix: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" in names and "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, KeyError, ValueError):
        pass
    if suffix == ".docx":
        raise DocumentError(NOT_WORD)
    if suffix == ".odt":
        raise DocumentError(NOT_ODT)
    raise DocumentError("is a zip archive, not a document discreet can read (.txt, .md, .docx or .odt)")


def check_unpacked_size(data: bytes, limit: int, problem: str) -> None:
    """Refuse a document whose XML would unpack to far more than the size limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise DocumentError(problem) from None
    if unpacked > limit * UNPACKED_FACTOR:
        raise DocumentError(f"unpacks to {unpacked:,} bytes of text and markup, too much to check (see --max-size)")


def extract(kind: str, data: bytes, max_bytes: int, purpose: str = CHECK) -> Extracted:
    """The text of a .docx or .odt file; the reader modules are imported only when needed. Nothing raises
    past here but DocumentError: a reader that fails on a hostile file fails for that file only."""
    if kind not in ("docx", "odt"):
        raise ValueError(f"not a document kind: {kind}")
    try:
        if kind == "docx":
            from .docx import read_docx

            return read_docx(data, max_bytes, purpose)
        from .odt import read_odt

        return read_odt(data, max_bytes, purpose)
    except DocumentError:
        raise
    except (Exception, RecursionError, MemoryError) as exc:  # the text is never in the message
        raise DocumentError(f"{NOT_WORD if kind == 'docx' else NOT_ODT} ({type(exc).__name__})") from None
