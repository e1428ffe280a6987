"""Sharing: the safe version of a text or a document, written only where its kind fits and never over the
user's file by mistake. cli.py parses the arguments and prints; problems here are one sentence (ShareError).

The kind written follows the target's name: a .docx target gets a safe Word copy (from a Word input
only), a .odt target a safe OpenDocument copy (from an .odt only), any other name gets the safe text.
--in-place replaces the real file behind a symlink (the link stays) and never a read-only file.
"""
from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass
from typing import Callable

from .atomic import write_atomic
from .placeholders import safe_version

Find = Callable[[str], list]  # text -> findings for exactly that text
KIND_NAMES = {"docx": "a Word document", "odt": "an OpenDocument text document"}


class ShareError(Exception):
    """Nothing was written; the message says why in plain words."""


@dataclass(frozen=True)
class Shared:
    text: str  # the safe text (for a document: the text of its safe copy)
    findings: list
    pictures: int = 0  # pictures still in a safe document copy
    left_out: tuple[str, ...] = ()  # kinds of pictures left out because they cannot be cleaned


def resolve_target(path: str, output: str | None, in_place: bool) -> str | None:
    """The file to write (the real file behind a symlink), or None to print; a read-only file is refused."""
    if not (in_place or output):
        return None
    target = os.path.realpath(path if in_place else output)
    if os.path.exists(target) and _read_only(target):
        raise ShareError(f"{path if in_place else output} is read-only: discreet will not replace it "
                         "(make it writable first, or write the safe version elsewhere with --output)")
    return target


def _read_only(path: str) -> bool:
    return not os.access(path, os.W_OK) or not stat.S_IMODE(os.stat(path).st_mode) & 0o222


def target_kind(target: str | None) -> str:
    """'docx', 'odt' or 'text', from the target's name (printing is text)."""
    suffix = os.path.splitext(target or "")[1].lower()
    return {".docx": "docx", ".odt": "odt"}.get(suffix, "text")


def refuse_wrong_target(target: str | None, rewrite: bool) -> None:
    """Refusals that need no model: call before loading it."""
    kind = target_kind(target)
    if kind != "text" and rewrite:
        raise ShareError(f"--rewrite changes wording in plain text only; share the .{kind} without it, "
                         "or use --output NAME.txt")


def safe_text(source, find: Find, rewrite: bool = False) -> Shared:
    """Identifiers replaced; with rewrite, safe one-for-one wording swaps first, then identifiers are found
    again in exactly the text that will be shared."""
    findings = find(source.view or source.text)  # Markdown's view: same offsets, links read as words
    if rewrite:
        from .wording import rewrite as rewrite_wording

        text = rewrite_wording(source.text, findings)
        if text != source.text:
            source = dataclasses.replace(source, text=text, view=None)
            findings = find(source.text)
    return Shared(safe_version(source.text, findings), findings)


def share(path: str, source, target: str | None, find: Find, max_bytes: int, rewrite: bool = False,
          in_place: bool = False) -> Shared:
    """The safe version of `source` (read from `path`), written atomically to `target` when given."""
    refuse_wrong_target(target, rewrite)
    if in_place and source.paragraphs and target_kind(target) == "text":
        raise ShareError(f"{path} is a document under a text name: --in-place would replace it with plain text; "
                         "use --output NAME.txt, or rename it to .docx or .odt")
    if target_kind(target) != "text":
        return _share_document(path, target, find, max_bytes)
    shared = safe_text(source, find, rewrite)
    if target:
        write_atomic(target, shared.text)
    return shared


def _share_document(path: str, target: str, find: Find, max_bytes: int) -> Shared:
    """A safe copy of the same kind: identifiers replaced inside the document, hidden details left out."""
    from .documents import DocumentError, kind_of

    kind = target_kind(target)
    if path == "-":
        raise ShareError(f"--output NAME.{kind} needs a .{kind} file as input, not standard input")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ShareError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    try:
        if len(data) > max_bytes:
            raise DocumentError(f"too large (more than {max_bytes:,} bytes, see --max-size)")
        if kind_of(path, data) != kind:
            raise DocumentError(f"is not {KIND_NAMES[kind]}, so its safe version cannot be a .{kind}: "
                                "use --output with .txt")
        if kind == "docx":
            from .documents.docx import safe_copy
        else:
            from .documents.odt import safe_copy
        out, text, pictures, left_out = safe_copy(data, max_bytes, find)
    except DocumentError as exc:
        raise ShareError(f"{path}: {exc}") from None
    except (ValueError, KeyError, LookupError, TypeError, AttributeError, RecursionError, MemoryError) as exc:
        # A hostile file the reader did not foresee: one sentence, nothing written.
        raise ShareError(f"{path}: {KIND_NAMES[kind]} discreet cannot make safe ({type(exc).__name__})") from None
    write_atomic(target, out)
    return Shared(text, [], pictures, tuple(left_out))
