from __future__ import annotations

import json

from ..findings import LineIndex
from ..report import SCHEMA_VERSION


def finding_dict(f, index: LineIndex) -> dict:
    line, col = index.position(f.start)
    return {
        "start": f.start, "end": f.end, "line": line, "col": col, "kind": f.kind,
        "category": f.category, "rule": f.rule, "text": f.text, "message": f.message,
        "suggestion": f.suggestion, "severity": f.severity, "score": f.score,
        "explanation": f.explanation,
    }


def render(reports, color: bool = False, **extra) -> str:
    files = []
    for r in reports:
        index = LineIndex(r.text)
        entry = {"path": r.path, "findings": [finding_dict(f, index) for f in r.findings]}
        if r.error:
            entry["error"] = r.error
        files.append(entry)
    return json.dumps({"version": SCHEMA_VERSION, **extra, "files": files}, ensure_ascii=False, indent=1) + "\n"
