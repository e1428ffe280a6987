#!/usr/bin/env python3
"""Regenerate the README's rule tables: identifier rules from rules/identifiers.yaml (with each
recognizer's category), wording rules from the other rules/*.yaml.

    python tools/gen_rules_table.py          # rewrite README.md between the markers
    python tools/gen_rules_table.py --check  # exit 1 if a table is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from discreet.linter.identifier_rules import identifier_rules  # noqa: E402
from discreet.linter.ruleset import load_rules  # noqa: E402

START, END = "<!-- rules:start -->", "<!-- rules:end -->"
IDS_START, IDS_END = "<!-- identifier-rules:start -->", "<!-- identifier-rules:end -->"
README = ROOT / "README.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(rules) -> str:
    lines = ["| id | category | severity | what | use instead |", "|---|---|---|---|---|"]
    for r in rules:
        lines.append(f"| {r.id} | {r.category} | {r.severity} | {_cell(r.summary)} | {_cell(r.suggestions[0])} |")
    return "\n".join(lines)


def render_identifier_table(rules) -> str:
    lines = ["| id | category | what | placeholder |", "|---|---|---|---|"]
    for r in rules:
        placeholder = f"`{r.placeholder}`" + (f", {r.placeholder_note}" if r.placeholder_note else "")
        lines.append(f"| {r.id} | {r.category} | {_cell(r.what)} | {_cell(placeholder)} |")
    return "\n".join(lines)


def updated(readme: str, table: str, start: str = START, end: str = END) -> str:
    if start not in readme or end not in readme:
        raise SystemExit(f"README.md lacks the {start} / {end} markers")
    head, rest = readme.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{table}\n{end}{tail}"


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    new = updated(current, render_table(load_rules(ROOT / "rules")))
    new = updated(new, render_identifier_table(identifier_rules()), IDS_START, IDS_END)
    if "--check" in argv:
        if new != current:
            print("README.md rule tables are out of date: run python tools/gen_rules_table.py", file=sys.stderr)
            return 1
        return 0
    if new != current:
        README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
