"""The diary under failure: a process killed mid-save, two writers at once, a full disk, the editor."""
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from diary_support import OKORO, PASSPHRASE, Cli
from discreet.linter.diary import crypto
from discreet.linter.diary.store import Diary

ROOT = Path(__file__).resolve().parents[1]
BLOCKED = "Mum is refusing to breastfeed and is a bad mother.\n"
CLEAN = "Feeding is going well, eight feeds in 24 hours and plenty of wet nappies.\n"


@pytest.fixture
def cli(tmp_path):
    run = Cli(tmp_path)
    run("init")
    run("family", "add", "Okoro", "--members", ", ".join(OKORO))
    return run


def _child(tmp_path, body: str) -> subprocess.Popen:
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(body))
    return subprocess.Popen([sys.executable, str(script), str(tmp_path / "diary.db"), PASSPHRASE],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)


HOLD_SAVE = """
    import sys
    from pathlib import Path
    from discreet.linter.diary.store import Diary

    store = Diary(Path(sys.argv[1]), sys.argv[2])
    store.conn.execute("PRAGMA cache_size = 2")  # the entry's pages reach the file before the commit
    original = Diary._version

    def paused(conn, entry, number, text, accepted):
        original(conn, entry, number, text, accepted)
        print("mid-save", flush=True)
        sys.stdin.readline()

    Diary._version = staticmethod(paused)
    store.add("Okoro", "Halfway saved words. " * 8000)
"""


def test_sigkill_mid_save_keeps_earlier_entries_and_the_diary_opens(cli, tmp_path):
    cli("add", "--family", "Okoro", "-", input=CLEAN)
    child = _child(tmp_path, HOLD_SAVE)
    assert child.stdout.readline() == "mid-save\n"
    assert Path(f"{cli.path}-journal").exists()  # a hot journal: the file was being changed when killed
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Diary(cli.path, PASSPHRASE) as store:
        assert [e.text for e in store.entries()] == [CLEAN]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert cli("add", "--family", "Okoro", "-", input=CLEAN).exit_code == 0


HOLD_LOCK = """
    import sys
    from pathlib import Path
    from discreet.linter.diary.store import Diary

    store = Diary(Path(sys.argv[1]), sys.argv[2])
    with store._write() as conn:
        conn.execute("UPDATE families SET closed = NULL")
        print("locked", flush=True)
        sys.stdin.readline()
    print("released", flush=True)
"""


def test_second_writer_says_the_diary_is_in_use_after_waiting(cli, tmp_path):
    child = _child(tmp_path, HOLD_LOCK)
    try:
        assert child.stdout.readline() == "locked\n"
        result = cli("family", "add", "Pryce", "--members", "Bethan Pryce", env={crypto.WAIT_ENV: "0.2"})
        assert result.exit_code == 2
        assert result.stderr == (f"discreet: error: the diary {cli.path} is in use by another discreet command; "
                                 "try again when it has finished\n")
        listed = cli("family", "list", env={crypto.WAIT_ENV: "0.2"})  # reading does not wait for the writer
        assert listed.exit_code == 0 and listed.stdout.startswith("Okoro  ")
    finally:
        child.communicate("\n")


def test_second_writer_waits_for_the_first_then_saves(cli, tmp_path):
    child = _child(tmp_path, HOLD_LOCK)
    assert child.stdout.readline() == "locked\n"
    second = subprocess.Popen(
        [sys.executable, "-m", "discreet.cli", "diary", "family", "add", "Pryce", "--members", "Bethan Pryce",
         "--diary", str(cli.path), "--passphrase-file", str(cli.pass_file)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)  # let the second writer reach its wait (ordering only, nothing is timed)
    assert child.communicate("\n")[0] == "released\n"
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert [f.split("  ")[0] for f in cli("family", "list").stdout.splitlines()] == ["Okoro", "Pryce"]


@pytest.fixture
def full_disk(monkeypatch):
    """The diary's file may not grow: SQLite answers SQLITE_FULL, as on a full disk."""
    real = crypto.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(crypto, "connect", connect)


BIG = "Feeding is going well and the family are settled. " * 200 + "\n"


def test_full_disk_leaves_the_file_entry_where_it_was(cli, tmp_path, full_disk):
    note = tmp_path / "note.txt"
    note.write_text(BIG)
    result = cli("add", "--family", "Okoro", str(note))
    assert result.exit_code == 2
    assert result.stderr == (f"discreet: error: the disk is full: cannot write to the diary {cli.path}. "
                             f"The entry was not saved; your text is unchanged in {note}\n")
    assert note.read_text() == BIG


FAKE_EDITOR = """
    import os, stat, sys
    target = sys.argv[1]
    state = os.environ["FAKE_EDITOR_STATE"]
    turn = len([n for n in os.listdir(state) if n.startswith("seen")])
    with open(target, encoding="utf-8") as handle:
        seen = handle.read()
    folder_mode = stat.S_IMODE(os.stat(os.path.dirname(target)).st_mode)
    file_mode = stat.S_IMODE(os.stat(target).st_mode)
    with open(os.path.join(state, f"seen{turn}"), "w") as log:
        log.write(f"{target}\\n{oct(folder_mode)} {oct(file_mode)}\\n{seen}")
    with open(os.path.join(state, f"write{turn}"), encoding="utf-8") as source, open(target, "w") as out:
        out.write(source.read())
"""


@pytest.fixture
def editor(tmp_path):
    state = tmp_path / "editor"
    state.mkdir()
    script = tmp_path / "fake_editor.py"
    script.write_text(textwrap.dedent(FAKE_EDITOR))
    command = f"{sys.executable} {script}"
    return state, {"EDITOR": command, "VISUAL": command, "FAKE_EDITOR_STATE": str(state)}


def _seen(state, turn):
    path, modes, text = (state / f"seen{turn}").read_text().split("\n", 2)
    return Path(path), modes, text


def test_editor_reopens_with_the_text_and_leaves_nothing_behind(cli, editor):
    state, env = editor
    (state / "write0").write_text(BLOCKED)
    (state / "write1").write_text(CLEAN)
    result = cli("add", "--family", "Okoro", input="y\n", env=env)
    assert result.exit_code == 0, result.output
    assert "discreet: the entry was not saved. Open the editor to change it? [Y/n]" in result.stderr
    assert result.stderr.endswith("discreet: saved entry 1 for Okoro\n")
    path, modes, first = _seen(state, 0)
    assert modes == "0o700 0o600" and first == ""
    assert _seen(state, 1)[2] == BLOCKED  # the second edit starts from the text that was refused
    assert not path.parent.exists()
    assert cli("show", "1").stdout.endswith(CLEAN)


def test_editor_declined_saves_nothing_and_removes_the_file(cli, editor):
    state, env = editor
    (state / "write0").write_text(BLOCKED)
    result = cli("add", "--family", "Okoro", input="n\n", env=env)
    assert result.exit_code == 1
    assert result.stderr.endswith("discreet: error: the entry was not saved, and nothing of it was written to disk\n")
    assert not _seen(state, 0)[0].parent.exists()
    assert cli("list").stdout == ""


def test_full_disk_keeps_the_editor_file_and_names_it(cli, editor, full_disk):
    state, env = editor
    (state / "write0").write_text(BIG)
    result = cli("add", "--family", "Okoro", env=env)
    path = _seen(state, 0)[0]
    assert result.exit_code == 2
    assert result.stderr == (f"discreet: error: the disk is full: cannot write to the diary {cli.path}. "
                             f"The entry was not saved; your text is kept in {path} (only you can read it): "
                             "add it from there, then delete it\n")
    assert path.read_text() == BIG
    path.unlink()
    path.parent.rmdir()
