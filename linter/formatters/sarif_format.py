"""SARIF 2.1.0, so editors and code-scanning tools can show findings."""
from __future__ import annotations

import json

from .. import __version__
from ..findings import LineIndex

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(reports, color: bool = False, **extra) -> str:
    rules: dict[str, dict] = {}
    results = []
    for r in reports:
        index = LineIndex(r.text)
        for f in r.findings:
            rules.setdefault(f.rule, {
                "id": f.rule, "name": f.category,
                "shortDescription": {"text": f.message},
                "properties": {"kind": f.kind, "category": f.category},
            })
            line, col = index.position(f.start)
            end_line, end_col = index.position(f.end)
            message = f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
            results.append({
                "ruleId": f.rule, "level": _LEVEL.get(f.severity, "warning"),
                "message": {"text": message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": r.path},
                    "region": {"startLine": line, "startColumn": col, "endLine": end_line,
                               "endColumn": end_col, "charOffset": f.start, "charLength": f.end - f.start},
                }}],
            })
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "discreet", "version": __version__,
                                "rules": sorted(rules.values(), key=lambda x: x["id"])}},
            "results": results,
            "invocations": [{"executionSuccessful": not any(r.error for r in reports),
                             "toolExecutionNotifications": [
                                 {"level": "error", "message": {"text": f"{r.path}: {r.error}"}}
                                 for r in reports if r.error]}],
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"
