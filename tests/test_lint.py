"""The code passes the ruff configuration in pyproject.toml ([tool.ruff])."""
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_ruff_check_passes_on_the_repository():
    # --no-cache: the test leaves nothing behind in the worktree.
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
