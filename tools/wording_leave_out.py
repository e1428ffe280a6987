"""Score W230 on development sets it was not trained on: the honest measure short of a blind probe.

    .venv/bin/python tools/wording_leave_out.py dev9 dev8 dev7            # the README's table, about 10 minutes
    .venv/bin/python tools/wording_leave_out.py dev9 --bars 0.5 0.55 0.6

For each set named, trains the model as tools/train_wording_model.py does but without that set's sentences, puts it in
a checker with every rule, runs the checker on the set's wording and notes (a user's notes mix both), and prints
wording recall and precision by overlap (as ../shared/eval/score.py counts them) at each bar. Each set was written by
a different blind writer, so a left-out set stands for a writer the model has not read. Writes nothing.
"""
from __future__ import annotations

import argparse
import json
import math
import sys

import numpy as np

import train_wording_model as trainer  # tools/ is on the path when a tool runs as a script

DATA = trainer.ROOT / "tests" / "data"


def _overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _score(linter, name: str) -> tuple[int, int, int, int]:
    """(gold spans, gold spans found, findings, findings on a gold span) over the set's wording and notes."""
    gold_n = gold_hit = found_n = found_hit = 0
    for kind in ("wording", "notes"):
        path = DATA / name / f"{kind}.jsonl"
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for doc, findings in zip(docs, linter.check_many([d["text"] for d in docs])):
            found = [{"start": f.start, "end": f.end} for f in findings if f.kind == "wording"]
            gold = doc.get("wording", [])
            gold_n += len(gold)
            gold_hit += sum(any(_overlaps(p, g) for p in found) for g in gold)
            found_n += len(found)
            found_hit += sum(any(_overlaps(p, g) for g in gold) for p in found)
    return gold_n, gold_hit, found_n, found_hit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", help="development sets to leave out, one at a time (dev7, dev8, dev9 ...)")
    ap.add_argument("--bars", nargs="+", type=float, default=[0.5, 0.55, 0.6, 0.7])
    args = ap.parse_args()
    missing = [name for name in args.sets if not (DATA / name / "wording.jsonl").exists()]
    if missing:
        print(f"no such development set: {', '.join(missing)}", file=sys.stderr)
        return 2
    from discreet.linter.engine import Linter
    from discreet.linter.wording_model import WordingModel

    linter = Linter()
    nlp = linter.nlp_engine.nlp["en"]
    data = [row for f in sorted(trainer.DATA.glob("*.jsonl")) for row in trainer._load(f)] + trainer._rule_examples()
    base_rows = trainer._featurise(nlp, [t for t, _ in data])
    base_labels = [y for _, y in data]
    rule_bar = next(rule.model for rule in linter.wording.model_rules)
    for name in args.sets:
        kept = [p for p in trainer.DEV_SETS if p.parent.name != name]
        dev_rows, dev_labels = trainer._dev_sentences(nlp, kept)
        bias, weights = trainer._fit(base_rows + dev_rows, np.array(base_labels + dev_labels, dtype=np.float64))
        for bar in args.bars:
            # the checker compares with the rule's own bar: shifting the bias by the odds moves the bar to `bar`
            shift = math.log(rule_bar / (1 - rule_bar)) - math.log(bar / (1 - bar))
            linter.wording.model = WordingModel(bias + shift, weights)
            gold_n, gold_hit, found_n, found_hit = _score(linter, name)
            print(f"{name} left out, bar {bar}: recall {gold_hit / max(1, gold_n):.3f} "
                  f"precision {found_hit / max(1, found_n):.3f} ({found_n} wording findings)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
