#!/usr/bin/env python3
"""Regenerate the README's wording-rule table from rules/*.yaml.

    python tools/gen_rules_table.py          # rewrite README.md between the markers
    python tools/gen_rules_table.py --check  # exit 1 if the table is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.ruleset import load_rules  # noqa: E402

START, END = "<!-- rules:start -->", "<!-- rules:end -->"
README = ROOT / "README.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(rules) -> str:
    lines = ["| id | category | severity | what | use instead |", "|---|---|---|---|---|"]
    for r in rules:
        lines.append(f"| {r.id} | {r.category} | {r.severity} | {_cell(r.summary)} | {_cell(r.suggestions[0])} |")
    return "\n".join(lines)


def updated(readme: str, table: str) -> str:
    if START not in readme or END not in readme:
        raise SystemExit(f"README.md lacks the {START} / {END} markers")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table}\n{END}{tail}"


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    new = updated(current, render_table(load_rules(ROOT / "rules")))
    if "--check" in argv:
        if new != current:
            print("README.md rule table is out of date: run python tools/gen_rules_table.py", file=sys.stderr)
            return 1
        return 0
    if new != current:
        README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
