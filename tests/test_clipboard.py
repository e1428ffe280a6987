"""The clipboard: pyperclip's backend is replaced by a fake, so the tests never touch a real clipboard."""
from __future__ import annotations

import pyperclip
import pytest
from click.testing import CliRunner

from discreet.cli import main
from discreet.linter import clipboard


class FakeClipboard:
    def __init__(self, text: str) -> None:
        self.text = text

    def paste(self) -> str:
        return self.text

    def copy(self, text: str) -> None:
        self.text = text


def no_clipboard(*args):
    raise pyperclip.PyperclipException("no copy/paste mechanism")


@pytest.fixture()
def board(monkeypatch):
    fake = FakeClipboard("Can anyone help? Ring me on 07700 900444 tonight.")
    monkeypatch.setattr(pyperclip, "paste", fake.paste)
    monkeypatch.setattr(pyperclip, "copy", fake.copy)
    return fake


def test_share_clipboard_puts_the_safe_version_back(board):
    result = CliRunner().invoke(main, ["share", "--clipboard"])
    assert result.exit_code == 0, result.output
    assert board.text == "Can anyone help? Ring me on [phone] tonight."
    assert result.stdout == ""
    assert "the clipboard now holds the safe version (1 detail replaced)" in result.stderr


def test_empty_clipboard_is_an_error(board):
    board.text = "  \n"
    result = CliRunner().invoke(main, ["share", "--clipboard"])
    assert result.exit_code == 2
    assert "the clipboard holds no text to check" in result.stderr


def test_no_clipboard_tool_gets_a_clear_message(monkeypatch):
    monkeypatch.setattr(pyperclip, "paste", no_clipboard)
    result = CliRunner().invoke(main, ["share", "--clipboard"])
    assert result.exit_code == 2
    assert "discreet: error: clipboard: no clipboard is available here. On Linux install wl-clipboard" in result.stderr
    assert "Traceback" not in result.output


def test_copy_without_clipboard_raises_our_error(monkeypatch):
    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    with pytest.raises(clipboard.ClipboardUnavailable, match="no clipboard is available here"):
        clipboard.copy("text")


def test_clipboard_with_a_file_is_refused(board, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("hello")
    result = CliRunner().invoke(main, ["share", "--clipboard", str(path)])
    assert result.exit_code == 2
    assert "--clipboard reads and writes the clipboard" in result.stderr
    assert board.text.startswith("Can anyone help?")
