"""Writing an entry in $EDITOR without leaving it on disk.

The file lives in a private folder (mode 0700, the file 0600); when the entry is saved or given up
it is overwritten with zeros and removed. If the diary cannot take the entry (a full disk), the
file is kept and the user is told where it is, so the text is never lost.
"""
from __future__ import annotations

import os
import shutil
import tempfile

import click


class EditorSession:
    def __init__(self, text: str = "") -> None:
        self.folder = tempfile.mkdtemp(prefix="discreet-diary-")  # mkdtemp makes it 0700
        self.path = os.path.join(self.folder, "entry.txt")
        self._write(text)

    def _write(self, text: str) -> None:
        fd = os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)

    def edit(self) -> str:
        """Open the editor on the file; its text afterwards (the file stays until discard())."""
        click.edit(filename=self.path)
        with open(self.path, encoding="utf-8", errors="replace") as handle:
            return handle.read()

    def discard(self) -> None:
        """Overwrite the file with zeros, then remove it and its folder."""
        try:
            size = os.path.getsize(self.path)
            with open(self.path, "r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
