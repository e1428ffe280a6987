"""The diary benchmark keeps working: a --quick run prints every row."""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_diary_bench_quick_prints_every_row():
    out = subprocess.run([sys.executable, "bench/diary_bench.py", "--quick"], cwd=REPO, check=True,
                         capture_output=True, text=True, timeout=600).stdout
    for row in ("| unlock (open + key derivation) |", "| check of a 2 KB entry |", "| search: two words over 202 entries |",
                "| `discreet diary add` 2 KB process (model load included) |"):
        assert row in out
