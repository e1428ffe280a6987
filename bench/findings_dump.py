"""Every finding (rule, start, end, severity) on the benchmark corpus and the dev texts, as JSON lines.

For checking that a change to how text is read leaves the findings on ordinary notes identical:
dump before, dump after, compare. The dump holds rules and offsets only, never the texts.

    .venv/bin/python bench/findings_dump.py before.jsonl
    .venv/bin/python bench/findings_dump.py after.jsonl --compare before.jsonl   # prints "differing N"
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import make_corpus  # noqa: E402


def texts(corpus: str, size: int, seed: int) -> list[tuple[str, str]]:
    docs = make_corpus.load_docs(corpus)
    named = [(f"dev {i}", d["text"]) for i, d in enumerate(docs)]
    named += [(f"large {i}", note) for i, note in enumerate(make_corpus.build(docs, size, seed))]
    return named


def dump(named: list[tuple[str, str]]) -> list[dict]:
    from discreet.linter.engine import Linter

    linter = Linter()
    out = []
    for (name, _), findings in zip(named, linter.check_many([t for _, t in named])):
        out.append({"text": name, "findings": [[f.rule, f.start, f.end, f.severity] for f in findings]})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="where to write the dump (JSON lines)")
    parser.add_argument("--compare", help="an earlier dump: print how many texts differ")
    parser.add_argument("--corpus", default=str(make_corpus.DEFAULT_CORPUS))
    parser.add_argument("--size", type=int, default=make_corpus.DEFAULT_SIZE)
    parser.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    args = parser.parse_args(argv)
    rows = dump(texts(args.corpus, args.size, args.seed))
    Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"texts {len(rows)}, findings {sum(len(r['findings']) for r in rows)}")
    if args.compare:
        before = {r["text"]: r["findings"] for r in map(json.loads, Path(args.compare).read_text().splitlines())}
        differing = [r["text"] for r in rows if before.get(r["text"]) != r["findings"]]
        print(f"differing {len(differing)}" + (f": {', '.join(differing[:20])}" if differing else ""))


if __name__ == "__main__":
    main()
