from __future__ import annotations

import click

from ..documents import ParagraphIndex
from ..findings import LineIndex

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
# Where in a document a finding is, when it is not the body the writer sees.
_PART = {"header": "in a header", "footer": "in a footer", "footnote": "in a footnote",
         "endnote": "in an endnote", "comment": "in a comment", "deleted": "in deleted tracked-change text",
         "properties": "in the document's properties", "link": "in a link target",
         "hidden": "in hidden text: alt text, picture or bookmark names"}


def render(reports, color: bool = False, **extra) -> str:
    lines = []
    counts = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
            continue
        index = LineIndex(r.text)
        paragraphs = ParagraphIndex(r.paragraphs) if r.paragraphs else None
        order = {"error": 0, "warning": 1, "info": 2}
        for f in sorted(r.findings, key=lambda f: (order.get(f.severity, 3), f.start)):
            line, col = index.position(f.start)
            place, part = f"{line}:{col}", "body"
            if paragraphs is not None:
                number, char, part = paragraphs.position(f.start)
                place = f"¶{number}:{char}"
            counts[f.severity] = counts.get(f.severity, 0) + 1
            shown = f.text if len(f.text) <= 60 else f.text[:57] + "..."
            shown = shown.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
            rule = click.style(f.rule, fg=_COLOURS.get(f.severity), bold=True) if color else f.rule
            hint = f" ({f.suggestion})" if f.suggestion else ""
            hint += f" [{_PART[part]}]" if part in _PART else ""
            lines.append(f"{r.path}:{place}  {rule}  {f.category}  \"{shown}\"  {f.message}{hint}")
    total = sum(counts.values())
    if total:
        parts = [f"{n} {k}{'s' if n != 1 else ''}" for k, n in counts.items() if n]
        lines.append(f"{total} finding{'s' if total != 1 else ''} ({', '.join(parts)})")
    elif not any(r.error for r in reports):
        lines.append("No problems found.")
    return "\n".join(lines) + "\n"
