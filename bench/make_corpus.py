"""Build a large benchmark corpus (a folder of note files) from the labelled dev corpus.

Seeded and deterministic: the same corpus, size and seed give the same files. Each note joins
one to four dev documents and swaps every labelled identifier for another identifier of the
same type from the corpus, so the texts vary (no two notes repeat) but keep the dev corpus's
mix of names, places, numbers and wording.

The notes are written only to the folder named on the command line (bench/run.py passes a
temporary folder that it deletes afterwards).

    python bench/make_corpus.py OUT_DIR [--corpus ../shared/eval/dev.jsonl] [--size 2000000] [--seed 7]
"""
from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / ".." / "shared" / "eval" / "dev.jsonl"
DEFAULT_SIZE = 2_000_000
DEFAULT_SEED = 7


def load_docs(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _swap_identifiers(doc: dict, pool: dict[str, list[str]], rng: random.Random) -> str:
    """The document's text with each labelled identifier replaced by a random one of its type."""
    text, out, pos = doc["text"], [], 0
    for span in doc.get("pii", []):
        out.append(text[pos:span["start"]])
        out.append(rng.choice(pool[span["type"]]))
        pos = span["end"]
    out.append(text[pos:])
    return "".join(out)


def build(docs: list[dict], size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> list[str]:
    """Notes whose UTF-8 sizes add up to at least `size` bytes."""
    rng = random.Random(seed)
    pool: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for span in doc.get("pii", []):
            pool[span["type"]].append(span["text"])
    notes, total = [], 0
    while total < size:
        parts = [_swap_identifiers(rng.choice(docs), pool, rng) for _ in range(rng.randint(1, 4))]
        note = "\n\n".join(parts) + "\n"
        notes.append(note)
        total += len(note.encode("utf-8"))
    return notes


def write(folder: str | Path, notes: list[str]) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, note in enumerate(notes, 1):
        path = folder / f"note-{i:05d}.txt"
        path.write_text(note, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", help="folder to write the note files into (created if missing)")
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="labelled JSONL corpus (default: %(default)s)")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="minimum total bytes (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    notes = build(load_docs(args.corpus), args.size, args.seed)
    write(args.out_dir, notes)
    total = sum(len(n.encode("utf-8")) for n in notes)
    print(f"wrote {len(notes)} notes, {total:,} bytes, to {args.out_dir}")


if __name__ == "__main__":
    main()
