"""What one run found, per input, before it is formatted."""
from __future__ import annotations

from dataclasses import dataclass, field

from .findings import Finding

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class FileReport:
    path: str
    text: str = ""
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    error: str | None = None
    paragraphs: tuple = ()  # documents: linter.documents.Paragraph list, so positions read ¶paragraph:char
