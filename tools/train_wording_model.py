"""Train W230's wording model: one command, same weights every time.

    .venv/bin/python tools/train_wording_model.py            # cross-validate, then write the weights
    .venv/bin/python tools/train_wording_model.py --check    # cross-validate only
    .venv/bin/python tools/train_wording_model.py --no-cv    # fit and write only (the weights are the same)

Reads the labelled sentences in tools/wording_data/*.jsonl ({"text", "label": "unkind"|"kind",
"class"}), every wording rule's examples (bad: unkind, good: kind), and every sentence of the development
sets' notes (tests/data/dev*/wording.jsonl and notes.jsonl: unkind where it overlaps a marked wording span),
reads each with discreet's own spaCy model (a development sentence inside its note, as W230 reads it),
and fits a logistic regression (L2, full-batch gradient descent, fixed order, no
randomness) over linter/wording_model.py's features: the sentence's words and word pairs, and the mean
of the model's own token vectors. Prints
5-fold cross-validated precision and recall at a few thresholds, and the scores on the wording
held-out set written before any rule (tests/data/wording_heldout.jsonl), then writes
linter/data/wording_weights.tsv.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tools" / "wording_data"
OUT = ROOT / "linter" / "data" / "wording_weights.tsv"
HELD_OUT = ROOT / "tests" / "data" / "wording_heldout.jsonl"
DEV_SETS = [path for name in ("wording", "notes") for path in sorted((ROOT / "tests" / "data").glob(f"dev*/{name}.jsonl"))]
MIN_COUNT = 2  # a feature seen once is noise
L2 = 0.0005
L2_DENSE = 0.02
EPOCHS = 4000
RATE = 1.0
DENSE = True  # also the mean of the model's token vectors
THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9)


def _load(path: Path) -> list[tuple[str, int]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            label = row.get("label")
            unkind = row["unkind"] if "unkind" in row else label == "unkind"
            out.append((row["text"], int(bool(unkind))))
    return out


def _rule_examples() -> list[tuple[str, int]]:
    """Every wording rule's examples but the model's own: bad ones unkind, good ones kind (in note style)."""
    from discreet.linter.ruleset import default_rules

    return [(text, label) for rule in default_rules() if not rule.model
            for texts, label in ((rule.examples_bad, 1), (rule.examples_good, 0)) for text in texts]


def _featurise(nlp, texts: list[str]) -> list[tuple[set[str], dict[str, float]]]:
    from discreet.linter.wording_model import sentence_inputs

    return [sentence_inputs(doc, 0, len(doc)) for doc in nlp.pipe(texts, batch_size=64)]


def _dev_sentences(nlp, paths: list[Path] = DEV_SETS) -> tuple[list[tuple[set[str], dict[str, float]]], list[int]]:
    """Every sentence of the development sets' notes, with its features read inside the note (as W230 reads
    a sentence at run time: the parse of the whole note), unkind where it overlaps a marked wording span."""
    from discreet.linter.doc_view import view
    from discreet.linter.wording_model import sentence_inputs

    docs = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows, labels = [], []
    for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs], batch_size=32)):
        v = view(doc)
        starts = sorted(v.sent_starts | {len(v)})
        for s, e in zip(starts, starts[1:]):
            if not any(v.is_alpha[i] for i in range(s, e)):
                continue
            cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            rows.append(sentence_inputs(doc, s, e))
            labels.append(int(any(g["start"] < ce and cs < g["end"] for g in d.get("wording", []))))
    return rows, labels


def _fit(rows: list[tuple[set[str], dict[str, float]]], labels: np.ndarray) -> tuple[float, dict[str, float]]:
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    if DENSE:
        vocab += sorted({k for _, values in rows for k in values}, key=lambda k: int(k[2:]))
    index = {f: i for i, f in enumerate(vocab)}
    # the sentences as a sparse matrix (row, column, value): a few dozen of the vocabulary's words each
    cells = [(r, index[f], 1.0) for r, (feats, _) in enumerate(rows) for f in feats if f in index]
    cells += [(r, index[k], v) for r, (_, values) in enumerate(rows) for k, v in values.items() if k in index]
    rr = np.array([c[0] for c in cells], dtype=np.int64)
    cc = np.array([c[1] for c in cells], dtype=np.int64)
    vv = np.array([c[2] for c in cells], dtype=np.float64)
    w = np.zeros(len(vocab))
    # the dense dimensions are regularised harder: they see every sentence, so they learn its shape
    # ("She is ...") as much as its meaning
    penalty = np.array([L2_DENSE if f.startswith("d:") else L2 for f in vocab])
    b = 0.0
    n = len(rows)
    for _ in range(EPOCHS):
        z = np.bincount(rr, weights=vv * w[cc], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        grad = p - labels
        w -= RATE * (np.bincount(cc, weights=vv * grad[rr], minlength=len(vocab)) / n + penalty * w)
        b -= RATE * grad.mean()
    return b, {f: float(w[i]) for f, i in index.items() if abs(w[i]) >= 0.01}


def _predict(model: tuple[float, dict[str, float]], rows: list[tuple[set[str], dict[str, float]]]) -> np.ndarray:
    b, weights = model
    z = np.array([b + sum(weights.get(f, 0.0) for f in feats) + sum(weights.get(k, 0.0) * v for k, v in values.items())
                  for feats, values in rows])
    return 1.0 / (1.0 + np.exp(-z))


def _report(name: str, probs: np.ndarray, labels: np.ndarray) -> None:
    parts = []
    for t in THRESHOLDS:
        flagged = probs >= t
        tp = int((flagged & (labels == 1)).sum())
        precision = tp / max(1, int(flagged.sum()))
        recall = tp / max(1, int((labels == 1).sum()))
        parts.append(f"@{t}: P {precision:.2f} R {recall:.2f}")
    print(f"{name:<28} " + " | ".join(parts))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="cross-validate only; write nothing")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation (fit and write only)")
    args = ap.parse_args()
    files = sorted(DATA.glob("*.jsonl"))
    if not files:
        print(f"no training data in {DATA}", file=sys.stderr)
        return 2
    data = [row for f in files for row in _load(f)]
    examples = _rule_examples()
    data += examples
    from discreet.linter.nlp import load_engine, model_name

    nlp = load_engine(model_name()).nlp["en"]
    rows = _featurise(nlp, [t for t, _ in data])
    dev_rows, dev_labels = _dev_sentences(nlp)
    rows += dev_rows
    labels = np.array([y for _, y in data] + dev_labels, dtype=np.float64)
    print(f"{len(rows)} sentences ({int(labels.sum())} unkind) from {', '.join(f.name for f in files)}, "
          f"{len(examples)} rule examples and {len(dev_rows)} sentences of {len(DEV_SETS)} development sets")
    folds = 5
    probs = np.zeros(len(rows))
    for k in range(0 if args.no_cv else folds):  # deterministic folds: every fifth sentence
        test = [i for i in range(len(rows)) if i % folds == k]
        train = [i for i in range(len(rows)) if i % folds != k]
        model = _fit([rows[i] for i in train], labels[train])
        probs[test] = _predict(model, [rows[i] for i in test])
    if not args.no_cv:
        _report("5-fold cross-validation", probs, labels)
    model = _fit(rows, labels)
    if HELD_OUT.exists():
        held = _load(HELD_OUT)
        _report("tests/data/wording_heldout", _predict(model, _featurise(nlp, [t for t, _ in held])),
                np.array([y for _, y in held]))
    if args.check:
        return 0
    bias, weights = model
    lines = ["# W230's wording model: written by tools/train_wording_model.py; do not edit by hand.",
             f"<bias>\t{bias:.4f}"]
    lines += [f"{f}\t{w:.4f}" for f, w in sorted(weights.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
