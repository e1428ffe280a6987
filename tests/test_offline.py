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
from discreet.cli import main
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
    probe = BLOCKER.replace("from discreet.cli import main\nmain()", "import socket; socket.socket().connect(('127.0.0.1', 9))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "NETWORK USED" in result.stderr


SERVER = """
import warnings
warnings.simplefilter("ignore")
from discreet.linter.engine import Linter
from discreet.linter.web.server import create_app
from starlette.testclient import TestClient
client = TestClient(create_app(Linter(), 8765), base_url="http://127.0.0.1:8765")
reply = client.post("/api/check", json={"text": "Email dylan.pryce@example.com, mob 07700 900733.", "names": []},
                    headers={"Origin": "http://127.0.0.1:8765"})
print(reply.status_code, reply.json()["safe"])
"""


def test_page_server_answers_with_network_blocked(tmp_path):
    script = BLOCKER.replace('sys.argv = ["discreet"] + sys.argv[1:]\nfrom discreet.cli import main\nmain()', SERVER)
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert "NETWORK USED" not in result.stderr, result.stderr[-500:]
    assert result.stdout.strip() == "200 Email [email], mob [phone]."
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_debug_log_names_rules_and_offsets_never_text(tmp_path):
    result = subprocess.run([sys.executable, "-c", "from discreet.cli import main; main()", "--debug", "check", "-"],
                            input="Visited Ffion Gwyther, mob 07700 900733.\n", capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 1
    assert "discreet: debug: text 0 (41 chars): I102@8-21 I401@27-39" in result.stderr
    for secret in ("Ffion", "Gwyther", "07700"):
        assert secret not in result.stderr
