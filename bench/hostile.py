"""Hostile input: 1 MB of each pathological shape against 1 MB of ordinary notes, as one text each.

Target: every shape takes at most 3x the time of the ordinary megabyte (`Linter.check`, one text).
The texts are built in memory (seeded) and never written anywhere.

    .venv/bin/python bench/hostile.py            # 1 MB each, one run
    .venv/bin/python bench/hostile.py --size 100000
"""
from __future__ import annotations

import argparse
import base64
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import make_corpus  # noqa: E402

# Invented sentences between the hostile runs, so there is something to find after each one.
SENTENCE = " Rang Morwenna Tregarthen on 07700 900412. Mum insists on bottles.\n"


def _fill(unit, size: int) -> str:
    parts, total = [], 0
    while total < size:
        part = unit()
        parts.append(part)
        total += len(part.encode("utf-8"))
    return "".join(parts)


def shapes(size: int, seed: int = 7) -> dict[str, str]:
    rng = random.Random(seed)
    notes = make_corpus.build(make_corpus.load_docs(make_corpus.DEFAULT_CORPUS), size, seed)
    ordinary = "\n\n".join(notes)[:size]
    token = size // 10  # ten tokens of 100 kB in a megabyte
    return {
        "ordinary notes (one text)": ordinary,
        "punctuation runs (20,000 '[' and a sentence)": _fill(lambda: "[" * 20_000 + SENTENCE, size),
        "mixed punctuation runs (5,000 chars)": _fill(
            lambda: "".join(rng.choice("[](){}<>!?.,;:-_=+*/\\|'\"#~") for _ in range(5_000)) + SENTENCE, size),
        "one 100 kB token, ten times (base64)": _fill(
            lambda: base64.b64encode(rng.randbytes(token * 3 // 4)).decode() + SENTENCE, size),
        "emoji runs (5,000 emoji)": _fill(lambda: "😀👍🏽👩‍👩‍👧" * 1_000 + SENTENCE, size),
        "combining marks (5,000 on one letter)": _fill(lambda: "a" + "\u0301\u0316" * 2_500 + SENTENCE, size),
        "zalgo words (5 marks per letter)": _fill(
            lambda: " ".join("".join(c + "\u0301\u0316\u0357\u0322\u0360" for c in w) for w in SENTENCE.split()) + "\n", size),
        "a single 1 MB line (notes, no line breaks)": " ".join(ordinary.split()),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes per shape (default: %(default)s)")
    args = parser.parse_args(argv)
    from discreet.linter.engine import Linter

    linter = Linter()
    linter.check("Warm up: Rang Tamsin on 07700 900123.")
    rows, base = [], None
    for name, text in shapes(args.size).items():
        start = time.perf_counter()
        findings = linter.check(text)
        seconds = time.perf_counter() - start
        base = base or seconds
        rows.append(f"| {name} | {len(text.encode('utf-8')):,} | {seconds:.1f} s | {seconds / base:.2f} | "
                    f"{'yes' if seconds <= 3 * base else '**no**'} | {len(findings):,} |")
        print(rows[-1], file=sys.stderr, flush=True)
    print("| shape | bytes | time | × ordinary | ≤ 3× | findings |\n|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
