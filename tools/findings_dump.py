"""Dump every finding (rule, start, end, severity) of a set of texts, to prove a change finds the same.

    python tools/findings_dump.py OUT.tsv                 # dev corpus + a 300 kB benchmark corpus
    python tools/findings_dump.py OUT.tsv --compare OLD.tsv

The benchmark corpus is built in memory by bench/make_corpus.py (seeded); nothing is written but OUT.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "bench"))


def texts(size: int) -> list[tuple[str, str]]:
    import make_corpus

    dev = [json.loads(line) for line in (HERE.parent / "shared/eval/dev.jsonl").read_text().splitlines() if line]
    out = [(d["id"], d["text"]) for d in dev]
    out += [(f"bench{i:04d}", t) for i, t in enumerate(make_corpus.build(dev, size=size))]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--compare")
    parser.add_argument("--size", type=int, default=300_000)
    args = parser.parse_args()
    from linter.engine import Linter

    pairs = texts(args.size)
    rows = []
    for (name, _), findings in zip(pairs, Linter().check_many([t for _, t in pairs])):
        rows += [f"{name}\t{f.rule}\t{f.start}\t{f.end}\t{f.severity}\t{f.text!r}" for f in findings]
    Path(args.out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(pairs)} texts, {len(rows)} findings", file=sys.stderr)
    if args.compare:
        old = set(Path(args.compare).read_text(encoding="utf-8").splitlines())
        new = set(rows)
        for row in sorted(old - new):
            print("-", row)
        for row in sorted(new - old):
            print("+", row)
        print(f"differing {len(old ^ new)}", file=sys.stderr)


if __name__ == "__main__":
    main()
