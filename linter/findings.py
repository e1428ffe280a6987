"""The one record every check produces: a finding with offsets into the input."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

SEVERITIES = ("error", "warning", "info")

_LINE_BREAK = re.compile(r"\r\n?|\n")
IDENTIFIER = "identifier"
WORDING = "wording"


@dataclass(frozen=True)
class Finding:
    kind: str  # IDENTIFIER or WORDING
    category: str  # person, location, facility, phone, ... or a wording category
    rule: str  # stable id, e.g. I401 or W101
    start: int  # Python str offsets into the input, end exclusive
    end: int
    text: str
    message: str
    suggestion: str | None = None
    score: float = 1.0
    explanation: str = ""
    placeholder: str | None = None  # what `share` puts in place of an identifier
    severity: str = "error"

    def with_(self, **changes) -> "Finding":
        return replace(self, **changes)


@dataclass
class LineIndex:
    """Turns offsets into 1-based line and column, computed only when printing."""

    text: str
    _starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        # \r\n, \n and a lone \r (old Mac files) each end one line, as editors count them.
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
