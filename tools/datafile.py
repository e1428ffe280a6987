"""Shared by the tools that build a shipped data file: write it, or (--check) say whether it is current."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable


def write_or_check(out: Path, text: str, check: bool, unit: str) -> int:
    """Exit status: 0 written or current, 1 when --check finds the shipped file differs from a rebuild."""
    if check:
        same = out.read_text(encoding="utf-8") == text
        print(f"{out.name} is up to date" if same else f"{out.name} differs from a rebuild")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10)) - 2} {unit})")
    return 0


def main(out: Path, build: Callable[[], str], unit: str, doc: str | None) -> int:
    """The command line of a tool that builds one data file: build it, or with --check compare it."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0] if doc else None)
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs from a rebuild")
    return write_or_check(out, build(), parser.parse_args().check, unit)
