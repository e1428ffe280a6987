"""Recall and precision of the wording checks on a labelled set of short notes, per class.

    python tools/wording_heldout.py [tests/data/wording_heldout.jsonl] [--show]

Each line is {"text", "unkind": true|false, "class"}. A note counts as flagged when any wording
finding of warning or error severity is reported (an `info` note on quoted words is not a flag).
The set is for measuring whether the mechanisms generalise: do not tune rules on it sentence by sentence.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", default=str(HERE / "tests/data/wording_heldout.jsonl"))
    parser.add_argument("--show", action="store_true", help="print every note with the rules that fired")
    args = parser.parse_args()
    from discreet.linter.engine import Linter, Options

    items = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line.strip()]
    linter = Linter(Options(destination="diary"))
    per_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tp = fp = fn = 0
    for item, findings in zip(items, linter.check_many([i["text"] for i in items])):
        rules = sorted({f.rule for f in findings if f.kind == "wording" and f.severity != "info"})
        flagged = bool(rules)
        tp += flagged and item["unkind"]
        fp += flagged and not item["unkind"]
        fn += item["unkind"] and not flagged
        per_class[item["class"]][0] += flagged == item["unkind"]
        per_class[item["class"]][1] += 1
        if args.show or flagged != item["unkind"]:
            mark = "ok  " if flagged == item["unkind"] else ("MISS" if item["unkind"] else "FP  ")
            print(f"{mark} {item['class']:<11} {','.join(rules) or '-':<14} {item['text']}")
    recall = tp / (tp + fn) if tp + fn else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    print(f"\nrecall {recall:.3f} ({tp}/{tp + fn})  precision {precision:.3f} ({tp}/{tp + fp})")
    for name, (right, total) in sorted(per_class.items()):
        print(f"  {name:<11} {right}/{total} right")


if __name__ == "__main__":
    main()
