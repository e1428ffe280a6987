"""Reading the user's text safely: clear errors, never a traceback, nothing written."""
from __future__ import annotations

import codecs
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
STDIN = "-"
NOT_REGULAR = "not a regular file (a pipe, device or socket): name a text file"
# what a folder check reads: plain text, Markdown (every spelling the Markdown reader takes), documents
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".docx", ".odt")


class InputError(Exception):
    """One file could not be read; the message names the problem in plain words."""


@dataclass(frozen=True)
class Source:
    path: str  # as given by the user, "-" for standard input
    text: str
    paragraphs: tuple = ()  # documents only: linter.documents.Paragraph per paragraph of text
    known: tuple = ()  # documents only: findings the reader knows by where the text sits (author fields)
    view: str | None = None  # Markdown shared: what the engine reads, the same length as text


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    if len(data) > max_bytes:
        raise InputError(f"too large ({len(data):,} bytes; the limit is {max_bytes:,}, see --max-size)")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {codec} text (byte {exc.start})") from None
            break
    else:
        if b"\x00" in data:
            raise InputError("looks like a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8 and try again") from None
    if "\x00" in text:
        raise InputError("looks like a binary file, not text")
    if not text.strip():
        raise InputError("empty: there is no text to check")
    return text


def _source(path: str, data: bytes, max_bytes: int, purpose: str) -> Source:
    """Word and OpenDocument files are unpacked; Markdown is read whole through a view of the same length."""
    from .documents import CHECK, DocumentError, extract, kind_of

    try:
        kind = kind_of(path, data)
        if kind in ("docx", "odt"):
            document = extract(kind, data, max_bytes, purpose)
            if not document.text.strip():
                raise InputError("empty: there is no text to check")
            return Source(path, document.text, document.paragraphs, document.known)
    except DocumentError as exc:
        raise InputError(str(exc)) from None
    text = decode(data, max_bytes)
    if kind == "markdown":
        from .documents.markdown import readable

        return Source(path, readable(text)) if purpose == CHECK else Source(path, text, view=readable(text))
    return Source(path, text)


def read_source(path: str, max_bytes: int = DEFAULT_MAX_BYTES, purpose: str = "check") -> Source:
    """purpose "share" reads what will be shared: no comments or deleted text (Markdown keeps its view)."""
    if path == STDIN:
        stream = sys.stdin.buffer if sys.stdin is not None and hasattr(sys.stdin, "buffer") else None
        if stream is None or sys.stdin.closed:
            raise InputError("standard input is closed")
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"too large ({len(data):,} bytes; the limit is {max_bytes:,}, see --max-size)")
        return _source(path, data, max_bytes, purpose)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a folder (name the files, or check the folder with its text files expanded)")
        if not stat.S_ISREG(p.stat().st_mode):
            raise InputError(NOT_REGULAR)
        # Opened without blocking, then checked again: a pipe swapped in meanwhile is refused, not waited on.
        with open(p, "rb", opener=lambda name, flags: os.open(name, flags | getattr(os, "O_NONBLOCK", 0))) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(NOT_REGULAR)
            if info.st_size > max_bytes:
                raise InputError(f"too large ({info.st_size:,} bytes; the limit is {max_bytes:,}, see --max-size)")
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied: cannot read it") from None
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"too large ({len(data):,} bytes; the limit is {max_bytes:,}, see --max-size)")
    return _source(path, data, max_bytes, purpose)


def expand(paths: list[str]) -> list[str]:
    """Folders become the text files and documents under them (sorted, symlinked folders not followed)."""
    out: list[str] = []
    for path in paths or [STDIN]:
        if path != STDIN and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(root, f) for f in files if f.lower().endswith(TEXT_SUFFIXES)]
            out += sorted(found)
        else:
            out.append(path)
    return out
