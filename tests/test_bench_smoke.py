"""The benchmark keeps working: a --quick run on tiny input yields the full table."""
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"

ROWS = [
    "| (a) bare spaCy `nlp.pipe` |",
    "| (b) vanilla Presidio `analyze` loop |",
    "| (c) discreet API `check_many` |",
    "| (d) `discreet check` CLI, folder |",
    "| (d) `discreet check --jobs 2`, folder |",
    "| cold start: `discreet check` one short note |",
    "| cold start: process that only runs `spacy.load` |",
    "| `discreet --help` |",
    "| (c) / (a), large |",
    "| (b) / (c), large: discreet's speed-up over Presidio |",
    "| cold start / `spacy.load` process |",
    "| peak memory of (c)/(d), MB |",
    "| (c) large / (c) tenth: 10× the text costs |",
]


def test_make_corpus_is_seeded_and_big_enough():
    sys.path.insert(0, str(REPO / "bench"))
    import make_corpus

    docs = make_corpus.load_docs(DEV)[:5]
    first = make_corpus.build(docs, 5000, seed=3)
    assert first == make_corpus.build(docs, 5000, seed=3)
    assert first != make_corpus.build(docs, 5000, seed=4)
    assert sum(len(n.encode()) for n in first) >= 5000


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared/eval/dev.jsonl")
def test_quick_run_prints_and_writes_the_table(tmp_path):
    out = tmp_path / "latest.md"
    proc = subprocess.Popen(  # the corpus goes under tmp_path, so even a killed run leaves nothing behind
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--out", str(out), "--workdir", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        stdout, stderr = proc.communicate(timeout=300)  # ~20 s on an idle machine
    finally:
        if proc.poll() is None:
            proc.terminate()  # SIGTERM: run.py stops its workers and deletes its corpus
            proc.communicate()
    assert proc.returncode == 0, stderr[-2000:]
    table = out.read_text(encoding="utf-8")
    assert stdout == table
    for row in ROWS:
        assert sum(line.startswith(row) for line in table.splitlines()) == 1, row
    assert "## discreet benchmark" in table and "Machine: " in table
    # the tiny corpus went through every system: real timings, not n/a
    for row in ROWS[:4]:
        line = next(line for line in table.splitlines() if line.startswith(row))
        assert line.count(" s |") >= 2, line
