"""discreet never touches the network and writes nothing it was not asked to write."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BLOCKER = """
import socket, sys
def refuse(*a, **k):
    raise SystemExit("NETWORK USED: " + repr(a[:1]))
# Patch the methods, not the class: ssl and asyncio subclass socket.socket at import.
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.socket.sendto = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
socket.gethostbyname = refuse
sys.argv = ["discreet"] + sys.argv[1:]
from cli import main
main()
"""
NOTE = "Email dylan.pryce@example.com or see www.example.org/our-family, mob 07700 900733.\n"


def run_blocked(tmp_path, *args, stdin=NOTE):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "TMPDIR": str(home)}
    return subprocess.run([sys.executable, "-c", BLOCKER, *args], input=stdin, text=True,
                          capture_output=True, cwd=tmp_path, env={**env, "PYTHONPATH": str(REPO)})


@pytest.mark.parametrize("command", [["check", "--format", "json", "-"], ["share", "-"]])
def test_runs_with_network_blocked_and_leaves_no_files(tmp_path, command):
    result = run_blocked(tmp_path, *command)
    assert "NETWORK USED" not in result.stderr + result.stdout
    assert result.returncode in (0, 1), result.stderr
    assert "dylan.pryce@example.com" not in result.stdout or command[0] == "check"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == [], f"files written: {written}"


def test_blocker_really_blocks(tmp_path):
    """The guard above must be able to fail: a run that opens a socket is caught."""
    probe = BLOCKER.replace("from cli import main\nmain()", "import socket; socket.socket().connect(('127.0.0.1', 9))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "NETWORK USED" in result.stderr
