"""Odd and hostile input gets a clear error, never a traceback, and never loses the user's text."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from discreet.cli import main

REPO = Path(__file__).resolve().parents[1]


def check_json(*args, **kw):
    result = CliRunner().invoke(main, ["check", "--format", "json", *args], **kw)
    return result, json.loads(result.stdout) if result.stdout.startswith("{") else None


def test_fifty_megabyte_file_is_refused_by_size_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result, report = check_json(str(big))
    assert result.exit_code == 2
    assert report["files"][0]["error"].startswith("too large (52,428,800 bytes")


def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path):
    fifo = tmp_path / "notes.txt"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-c", "from discreet.cli import main; main()", "check", "--format", "json", str(fifo)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["files"][0]["error"] == "not a regular file (a pipe, device or socket): name a text file"
    assert "Traceback" not in proc.stderr


def test_a_device_is_refused_as_not_a_regular_file():
    result, report = check_json("/dev/zero")
    assert result.exit_code == 2
    assert report["files"][0]["error"] == "not a regular file (a pipe, device or socket): name a text file"


def test_symlink_loop_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result, report = check_json(str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert report["files"][0]["error"].startswith("cannot read it")


def test_folder_with_symlinked_folder_loop_terminates(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "n.txt").write_text("All well today.\n")
    (tmp_path / "notes" / "loop").symlink_to(tmp_path / "notes")
    result, report = check_json(str(tmp_path / "notes"))
    assert result.exit_code == 0
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "notes" / "n.txt")]


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Visit went well.\n")
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    result, report = check_json(str(path))
    assert result.exit_code == 2
    assert report["files"][0]["error"] == "permission denied: cannot read it"


def test_very_long_line_keeps_offsets(linter):
    text = "word " * 40_000 + "ring 07700 900412 now"
    phone = [f for f in linter.check(text) if f.rule == "I401"]
    assert [(f.start, f.text) for f in phone] == [(200_005, "07700 900412")]


def test_closed_stdin_is_a_clear_error():
    result = subprocess.run(
        ["bash", "-c", f'cd "{REPO}" && "{sys.executable}" -c "from discreet.cli import main; main()" check - <&-'],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "standard input is closed" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_stdin_is_a_clear_error():
    result = CliRunner().invoke(main, ["check", "-"], input="")
    assert result.exit_code == 2
    assert "empty" in result.stderr


KILL_MID_WRITE = """
import os, sys, time
sys.path.insert(0, {repo!r})
from discreet.linter import atomic
def stall(fd):
    print("writing", flush=True)
    time.sleep(60)
os.fsync = stall
atomic.write_atomic({path!r}, "NEW TEXT " * 1000)
"""


def test_killed_mid_write_leaves_the_original_intact(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("the original note\n")
    proc = subprocess.Popen([sys.executable, "-c", KILL_MID_WRITE.format(repo=str(REPO), path=str(path))],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert path.read_text() == "the original note\n"


def test_write_failure_removes_the_temporary_file(tmp_path, monkeypatch):
    from discreet.linter import atomic

    path = tmp_path / "note.txt"
    path.write_text("the original note\n")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    try:
        atomic.write_atomic(str(path), "new")
    except OSError:
        pass
    assert path.read_text() == "the original note\n"
    assert [p.name for p in tmp_path.iterdir()] == ["note.txt"]


def test_a_reader_that_fails_unexpectedly_is_one_clear_error_for_that_file(tmp_path, monkeypatch):
    from discreet.linter.documents import odt

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(odt, "_layout", broken)
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_documents_odt import odt as build_odt

    (tmp_path / "a.odt").write_bytes(build_odt())
    (tmp_path / "b.txt").write_text("Ring 07700 900654 later.\n")
    result, report = check_json(str(tmp_path))
    assert result.exit_code == 2
    assert [f.get("error") for f in report["files"]] == ["is not a valid OpenDocument text document (RecursionError)", None]
    assert report["files"][1]["findings"][0]["text"] == "07700 900654"
