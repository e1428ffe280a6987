"""Families, entries and their versions in the encrypted file: the only module that runs SQL.

Text is decrypted into memory by SQLCipher page by page; nothing here writes it anywhere else.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from . import crypto
from .crypto import DiaryError, transaction
from .schema import SCHEMA_VERSION, NewerDiary, migrate

DIARY_ENV = "DISCREET_DIARY"
BACKUP_NOTE = ".backup-path"  # beside the diary: where its last backup went (a path, nothing more)


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("discreet", appauthor=False)) / "diary.db"


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Family:
    id: int
    name: str
    members: tuple[str, ...]
    opened: str
    closed: str | None


@dataclass(frozen=True)
class Version:
    number: int
    text: str
    saved: str
    accepted: tuple[tuple[str, str], ...]  # (rule, because)


@dataclass(frozen=True)
class Entry:
    id: int
    family: str
    date: str
    versions: tuple[Version, ...]  # oldest first; the last is the entry as it reads now

    @property
    def text(self) -> str:
        return self.versions[-1].text


class Diary:
    """One open diary. Use as a context manager: the file is closed (and its key forgotten) at the end."""

    def __init__(self, path: Path, passphrase: str, create: bool = False) -> None:
        self.path = Path(path)
        self.backup = last_backup(self.path)
        try:
            self.conn = crypto.connect(self.path, passphrase, create=create, backup=self.backup)
        except crypto.WrongPassphrase:
            raise self._damaged_first_page(passphrase) from None
        try:
            if create or self._read("PRAGMA user_version")[0][0] != SCHEMA_VERSION:
                with self._write():  # only a migration takes the write lock, so readers never wait for one
                    migrate(self.conn, crypto.APPLICATION_ID)
        except NewerDiary as exc:
            self.conn.close()
            raise DiaryError(f"{self.path} was written by a newer discreet ({exc}); update discreet to open it") from None
        except DiaryError:
            self.conn.close()
            raise
        crypto.make_private(self.path)

    def _damaged_first_page(self, passphrase: str) -> DiaryError:
        """A changed byte in the first page reads like a wrong passphrase; the last backup tells them apart."""
        plain = crypto.WrongPassphrase(f"cannot open {self.path}: wrong passphrase, or not a discreet diary")
        if not self.backup or not Path(self.backup).is_file():
            return plain
        try:
            crypto.connect(Path(self.backup), passphrase).close()
        except DiaryError:
            return plain
        return crypto.Damaged(f"the diary file is damaged ({self.path}), or its passphrase was changed after "
                              f"your last backup {self.backup}, which this passphrase opens")

    def __enter__(self) -> "Diary":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()
        crypto.make_private(self.path)

    def _write(self):
        return transaction(self.conn, self.path, self.backup)

    def _read(self, sql: str, args=()) -> list:
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlcipher.Error as exc:
            raise crypto.translate(exc, self.path, self.backup) from None

    # families -----------------------------------------------------------------------------------

    def add_family(self, name: str, members: list[str]) -> Family:
        if self.family(name, missing_ok=True):
            raise DiaryError(f"there is already a family called {name!r} in the diary")
        with self._write() as conn:
            conn.execute("INSERT INTO families (name, members, opened) VALUES (?, ?, ?)",
                         (name, json.dumps(members), date.today().isoformat()))
        return self.family(name)

    def families(self) -> list[Family]:
        return [Family(r[0], r[1], tuple(json.loads(r[2])), r[3], r[4])
                for r in self._read("SELECT id, name, members, opened, closed FROM families ORDER BY name")]

    def family(self, name: str, missing_ok: bool = False) -> Family | None:
        found = [f for f in self.families() if f.name.casefold() == name.casefold()]
        if not found and not missing_ok:
            raise DiaryError(f"there is no family called {name!r} in the diary (see `discreet diary family list`)")
        return found[0] if found else None

    def close_family(self, name: str, on: date | None = None) -> Family:
        family = self.family(name)
        with self._write() as conn:
            conn.execute("UPDATE families SET closed = ? WHERE id = ?", ((on or date.today()).isoformat(), family.id))
        return self.family(name)

    # entries ------------------------------------------------------------------------------------

    def add(self, family: str, text: str, on: date | None = None, accepted=(), source: str | None = None) -> int:
        fam = self.family(family)
        with self._write() as conn:
            entry = conn.execute("INSERT INTO entries (family_id, date, source) VALUES (?, ?, ?)",
                                 (fam.id, (on or date.today()).isoformat(), source)).lastrowid
            self._version(conn, entry, 1, text, accepted)
        return entry

    def add_many(self, family: str, items) -> list[int]:
        """items: (text, date, source); all saved or none."""
        fam = self.family(family)
        ids = []
        with self._write() as conn:
            for text, on, source in items:
                entry = conn.execute("INSERT INTO entries (family_id, date, source) VALUES (?, ?, ?)",
                                     (fam.id, on.isoformat(), source)).lastrowid
                self._version(conn, entry, 1, text, ())
                ids.append(entry)
        return ids

    def edit(self, entry_id: int, text: str, accepted=()) -> int:
        """A new version; the earlier ones stay, with when they were saved."""
        current = self.entry(entry_id)
        with self._write() as conn:
            self._version(conn, entry_id, current.versions[-1].number + 1, text, accepted)
        return current.versions[-1].number + 1

    @staticmethod
    def _version(conn, entry: int, number: int, text: str, accepted) -> None:
        conn.execute("INSERT INTO versions (entry_id, version, text, saved) VALUES (?, ?, ?, ?)",
                     (entry, number, text, now()))
        conn.executemany("INSERT INTO accepted (entry_id, version, rule, because) VALUES (?, ?, ?, ?)",
                         [(entry, number, rule, because) for rule, because in accepted])

    def entry(self, entry_id: int) -> Entry:
        found = self.entries(ids=[entry_id], all_versions=True)
        if not found:
            raise DiaryError(f"there is no entry {entry_id} in the diary")
        return found[0]

    def entries(self, family: str | None = None, since: date | None = None, before: date | None = None,
                ids=None, all_versions: bool = False) -> list[Entry]:
        """Entries in date order (then id); each with its latest version, or all of them."""
        where, args = [], []
        if family is not None:
            where.append("e.family_id = ?")
            args.append(self.family(family).id)
        if since is not None:
            where.append("e.date >= ?")
            args.append(since.isoformat())
        if before is not None:
            where.append("e.date < ?")
            args.append(before.isoformat())
        if ids is not None:
            where.append(f"e.id IN ({','.join('?' * len(ids))})")
            args += list(ids)
        latest = "" if all_versions else "AND v.version = (SELECT max(version) FROM versions WHERE entry_id = e.id)"
        rows = self._read(f"""
            SELECT e.id, f.name, e.date, v.version, v.text, v.saved FROM entries e
            JOIN families f ON f.id = e.family_id JOIN versions v ON v.entry_id = e.id {latest}
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY e.date, e.id, v.version""", args)
        accepted: dict[tuple[int, int], list] = {}
        for entry_id, version, rule, because in self._read("SELECT entry_id, version, rule, because FROM accepted"):
            accepted.setdefault((entry_id, version), []).append((rule, because))
        out: dict[int, Entry] = {}
        for entry_id, fam, on, version, text, saved in rows:
            v = Version(version, text, saved, tuple(accepted.get((entry_id, version), ())))
            before_ = out.get(entry_id)
            out[entry_id] = Entry(entry_id, fam, on, (before_.versions if before_ else ()) + (v,))
        return list(out.values())

    def search(self, words: list[str], family: str | None = None) -> list[Entry]:
        """Entries whose current text holds every word (any case); decrypted in memory only."""
        wanted = [w.casefold() for w in words]
        return [e for e in self.entries(family) if all(w in e.text.casefold() for w in wanted)]

    # retention, re-keying, backup ------------------------------------------------------------------

    def purge(self, entry_ids: list[int]) -> int:
        """Remove the entries with every version; secure_delete zeroes their pages and VACUUM rebuilds
        the file, so the removed text is gone from it, not just unlinked."""
        with self._write() as conn:
            for chunk in range(0, len(entry_ids), 500):
                ids = entry_ids[chunk:chunk + 500]
                marks = ",".join("?" * len(ids))
                conn.execute(f"DELETE FROM accepted WHERE entry_id IN ({marks})", ids)
                conn.execute(f"DELETE FROM versions WHERE entry_id IN ({marks})", ids)
                conn.execute(f"DELETE FROM entries WHERE id IN ({marks})", ids)
        self.vacuum()
        return len(entry_ids)

    def vacuum(self) -> None:
        try:
            self.conn.execute("VACUUM")
        except sqlcipher.Error as exc:
            raise crypto.translate(exc, self.path, self.backup) from None

    def rekey(self, new_passphrase: str) -> None:
        crypto.check_passphrase(new_passphrase)
        try:
            self.conn.execute(f"PRAGMA rekey = {crypto._quote(new_passphrase)}")
        except sqlcipher.Error as exc:
            raise crypto.translate(exc, self.path, self.backup) from None

    def backup_to(self, target: Path, passphrase: str) -> None:
        """An encrypted copy with the same passphrase, written beside its target then renamed into place."""
        target = Path(target)
        partial = target.with_name(f".{target.name}.partial")
        for leftover in (partial, Path(f"{partial}-journal")):
            if leftover.exists():
                leftover.unlink()
        try:
            os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, crypto.PRIVATE_FILE))
            self.conn.execute(f"ATTACH DATABASE ? AS backup KEY {crypto._quote(passphrase)}", (str(partial),))
            try:
                self.conn.execute("SELECT sqlcipher_export('backup')")
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                self.conn.execute(f"PRAGMA backup.user_version = {version}")
                self.conn.execute(f"PRAGMA backup.application_id = {crypto.APPLICATION_ID}")
            finally:
                self.conn.execute("DETACH DATABASE backup")
            os.replace(partial, target)
        except sqlcipher.Error as exc:
            partial.unlink(missing_ok=True)
            raise crypto.translate(exc, target, None) from None
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise DiaryError(f"cannot write the backup {target}: {exc.strerror or exc}") from None
        remember_backup(self.path, target)


def _note_path(diary: Path) -> Path:
    return diary.with_name(diary.name + BACKUP_NOTE)


def last_backup(diary: Path) -> str | None:
    """The last backup's path, read from a small note beside the diary (it holds a path, nothing else)."""
    try:
        return _note_path(diary).read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def remember_backup(diary: Path, backup: Path) -> None:
    note = _note_path(diary)
    fd = os.open(note, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, crypto.PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(str(Path(backup).resolve()) + "\n")
