"""The diary's tables, versioned with PRAGMA user_version: migration N takes version N-1 to N.

A new release appends a migration; it never edits one that has shipped.
"""
from __future__ import annotations

MIGRATIONS = (
    # 1: families, entries with every version kept (the audit trail), accepted findings
    """
    CREATE TABLE families (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        members TEXT NOT NULL,          -- JSON list of the family's names: the entry check's caseload
        opened TEXT NOT NULL,           -- ISO date
        closed TEXT                     -- ISO date, NULL while open
    );
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        family_id INTEGER NOT NULL REFERENCES families(id),
        date TEXT NOT NULL,             -- ISO date the note is about (retention counts from it)
        source TEXT                     -- the file it was imported from, if any
    );
    CREATE INDEX entries_by_family_date ON entries(family_id, date);
    CREATE TABLE versions (
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        text TEXT NOT NULL,
        saved TEXT NOT NULL,            -- ISO time (UTC) this version was saved
        PRIMARY KEY (entry_id, version)
    );
    CREATE TABLE accepted (
        entry_id INTEGER NOT NULL,
        version INTEGER NOT NULL,
        rule TEXT NOT NULL,
        because TEXT NOT NULL,
        FOREIGN KEY (entry_id, version) REFERENCES versions(entry_id, version) ON DELETE CASCADE
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerDiary(Exception):
    """The file was written by a newer discreet: reading it with this one could lose data."""


def migrate(conn, application_id: int) -> int:
    """Bring the schema up to date inside the caller's transaction; returns the version it was at."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewerDiary(f"schema {version}, this discreet knows up to {SCHEMA_VERSION}")
    for number in range(version + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS[number - 1].split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    if version == 0:
        conn.execute(f"PRAGMA application_id = {application_id}")
    return version
