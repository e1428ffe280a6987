"""The page's checks run in a worker process, off the server's event loop, with a time limit.

The worker is forked from the server after the model is loaded (nothing loads twice) and checks
one text at a time, read from a pipe: the text is never written anywhere. A check that runs past
the limit is stopped by ending the worker; the next check forks a fresh one. So one hostile paste
cannot hold the page, and Ctrl+C never waits for a check to finish.

A diary check (diary_routes.py) is checked `--for diary` by a diary Linter built here, in the worker,
from the names it is sent; stopping the worker (on lock) is what forgets those names.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading

CHECK_SECONDS = 60.0


class TooSlow(Exception):
    """The check ran past the time limit and was stopped."""


class Failed(Exception):
    """The check raised, or the worker ended: nothing of it may be shown."""


def _work(linter, conn, parent_end) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C belongs to the server, which ends us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent_end.close()  # so that the server's end closing is seen here as the end of work
    # Let go of everything else the server had open (its socket, a browser driver's pipes in the
    # tests): a forked copy holding them would keep them open after the server closed them.
    keep = conn.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 4096)
    diary_linters = {}  # (caseload, family) -> a diary Linter; one at a time
    while True:
        try:
            text, names, diary = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if diary is None:
                answer = ("ok", linter.check(text, names=names))
            else:
                if diary not in diary_linters:
                    from ..diary.checking import diary_linter

                    diary_linters.clear()
                    diary_linters[diary] = diary_linter(diary[0], diary[1], model=linter.options.model)
                answer = ("ok", diary_linters[diary].check(text))
        except Exception:  # its message may quote the note, so none of it crosses the pipe
            answer = ("failed", None)
        conn.send(answer)


class CheckWorker:
    """check(text, names) -> findings, from a thread; one check at a time."""

    def __init__(self, linter, seconds: float = CHECK_SECONDS) -> None:
        self.linter, self.seconds = linter, seconds
        self._lock = threading.Lock()
        self._process = self._conn = None

    def start(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        context = multiprocessing.get_context("fork")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(target=_work, args=(self.linter, child_end, self._conn), daemon=True)
        self._process.start()
        child_end.close()

    def check(self, text: str, names: tuple[str, ...] = (), diary: tuple | None = None):
        """The findings for text, with names as the caseload for this check only; with diary =
        (caseload, family) instead, checked `--for diary` as `discreet diary add` checks it."""
        with self._lock:
            self.start()
            conn = self._conn
            try:
                conn.send((text, tuple(names), diary))
                if not conn.poll(self.seconds):
                    self.stop()
                    raise TooSlow()
                status, findings = conn.recv()
            except (EOFError, OSError):  # the worker was ended (by stop, or it died)
                self.stop()
                raise Failed() from None
            if status != "ok":
                raise Failed()
            return findings

    def stop(self) -> None:
        """End the worker now, mid-check or not; a check waiting on it fails at once."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is not None:
            process.kill()
            process.join()
        if conn is not None:
            conn.close()
