from __future__ import annotations

import json

from ..documents import ParagraphIndex
from ..findings import LineIndex
from ..report import SCHEMA_VERSION


def finding_dict(f, index: LineIndex, paragraphs: ParagraphIndex | None = None) -> dict:
    line, col = index.position(f.start)
    where = {}
    if paragraphs is not None:
        number, _, part = paragraphs.position(f.start)
        where = {"paragraph": number, "part": part}
    return {
        "start": f.start, "end": f.end, "line": line, "col": col, "kind": f.kind,
        "category": f.category, "rule": f.rule, "text": f.text, "message": f.message,
        "suggestion": f.suggestion, "severity": f.severity, "score": f.score,
        "explanation": f.explanation, **where,
    }


def render(reports, color: bool = False, **extra) -> str:
    files = []
    for r in reports:
        index = LineIndex(r.text)
        paragraphs = ParagraphIndex(r.paragraphs) if r.paragraphs else None
        entry = {"path": r.path, "findings": [finding_dict(f, index, paragraphs) for f in r.findings]}
        if r.error:
            entry["error"] = r.error
        files.append(entry)
    return json.dumps({"version": SCHEMA_VERSION, **extra, "files": files}, ensure_ascii=False, indent=1) + "\n"
