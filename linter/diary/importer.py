"""Existing notes (.txt, .md, .docx, .odt files in a folder) brought into the diary, each checked.

A file is taken when it can be read and has no error-level finding; the rest are reported with the
reason, and left as they are. Everything taken is saved in one transaction: all of it or none.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from ..inputs import InputError, expand, read_source
from .checking import findings_of, judge_entry


@dataclass
class ImportResult:
    taken: list = field(default_factory=list)  # (path, text, date)
    refused: list = field(default_factory=list)  # (path, reason)
    blocked: list = field(default_factory=list)  # (path, text, findings) with error-level findings


def gather(folder: str, linter, max_bytes: int) -> ImportResult:
    result = ImportResult()
    if not os.path.isdir(folder):
        raise InputError(f"{folder} is not a folder")
    paths = [p for p in expand([folder]) if p != folder]
    for path in paths:
        try:
            source = read_source(path, max_bytes)
        except InputError as exc:
            result.refused.append((path, str(exc)))
            continue
        verdict = judge_entry(findings_of(linter, source.text))
        if verdict.saves:
            on = date.fromtimestamp(os.path.getmtime(path))  # the note's own date: when it was last written
            result.taken.append((path, source.text, on))
        else:
            result.blocked.append((path, source, verdict.blocking))
    return result
