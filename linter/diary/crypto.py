"""Opening the encrypted diary file.

SQLCipher 4 encrypts every page with AES-256 and signs it with HMAC-SHA512; the key comes from the
passphrase through SQLCipher's own PBKDF2 (its default iteration count, never lowered). Every failure
becomes a DiaryError whose message is one plain line that names the file, never its contents.
"""
from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

APPLICATION_ID = 0x64697279  # "diry": tells a discreet diary from another SQLCipher file
DEFAULT_WAIT = 30.0  # seconds a second writer waits for the first to finish
WAIT_ENV = "DISCREET_DIARY_WAIT"
MIN_PASSPHRASE = 8
PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
SIDE_FILES = ("-journal", "-wal", "-shm")

# SQLite result codes (primary) that mean something to the user
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 5, 6, 11, 13, 26


class DiaryError(Exception):
    """The diary could not be used; the message is one line for the user."""


class WrongPassphrase(DiaryError):
    pass


class Damaged(DiaryError):
    pass


class Busy(DiaryError):
    pass


class DiskFull(DiaryError):
    pass


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def check_passphrase(passphrase: str) -> None:
    """An empty key would leave SQLCipher's file unencrypted: refuse it, and anything short."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise DiaryError(f"the passphrase is too short: use at least {MIN_PASSPHRASE} characters "
                         "(a few unrelated words is best)")


def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


def make_private(path: Path) -> None:
    """The diary and its journal files are readable by their owner only."""
    for name in [str(path)] + [f"{path}{suffix}" for suffix in SIDE_FILES]:
        try:
            if stat.S_IMODE(os.stat(name).st_mode) != PRIVATE_FILE:
                os.chmod(name, PRIVATE_FILE)
        except FileNotFoundError:
            pass


def _create_empty(path: Path) -> None:
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=PRIVATE_FOLDER)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        raise DiaryError(f"{path} already exists; choose another file with --diary") from None
    except OSError as exc:
        raise DiaryError(f"cannot create {path}: {exc.strerror or exc}") from None


def connect(path: Path, passphrase: str, create: bool = False, backup: str | None = None):
    """An open, unlocked connection; DiaryError with one plain line otherwise."""
    if create:
        check_passphrase(passphrase)
        _create_empty(path)
    elif not path.exists():
        raise DiaryError(f"there is no diary at {path}; create one with `discreet diary init`")
    elif path.is_dir():
        raise DiaryError(f"{path} is a folder, not a diary file")
    make_private(path)  # SQLite gives its journal files the diary's own mode
    try:
        conn = sqlcipher.connect(str(path), timeout=wait_seconds(), isolation_level=None)
    except sqlcipher.Error as exc:
        raise DiaryError(f"cannot open {path}: {exc}") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would log to stderr
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", 0) in (SQLITE_NOTADB, SQLITE_CORRUPT):
                raise WrongPassphrase(f"cannot open {path}: wrong passphrase, or not a discreet diary") from None
            raise translate(exc, path, backup) from None
        conn.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten, not left in free pages
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        if not create:
            app = conn.execute("PRAGMA application_id").fetchone()[0]
            if app != APPLICATION_ID:
                raise WrongPassphrase(f"cannot open {path}: wrong passphrase, or not a discreet diary")
    except DiaryError:
        conn.close()
        raise
    except sqlcipher.Error as exc:
        conn.close()
        raise translate(exc, path, backup) from None
    return conn


def translate(exc: Exception, path: Path, backup: str | None = None) -> DiaryError:
    """A SQLite error as one line for the user (never the SQL, which could hold nothing, but still)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        hint = f"; your last backup is {backup}" if backup else "; restore it from a backup if you have one"
        return Damaged(f"the diary file is damaged ({path}){hint}")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return Busy(f"the diary {path} is in use by another discreet command; try again when it has finished")
    if code == SQLITE_FULL:
        return DiskFull(f"the disk is full: cannot write to the diary {path}")
    return DiaryError(f"the diary {path} could not be used ({type(exc).__name__}, SQLite code {code})")


@contextmanager
def transaction(conn, path: Path, backup: str | None = None):
    """BEGIN IMMEDIATE ... COMMIT: all of a change or none of it, even if the process is killed."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher.Error as exc:
        raise translate(exc, path, backup) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except sqlcipher.Error:
            pass
        if isinstance(exc, sqlcipher.Error):
            raise translate(exc, path, backup) from None
        raise
