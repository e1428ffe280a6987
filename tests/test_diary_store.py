"""The encrypted store: nothing in clear on disk, removed text really gone, clear errors."""
from datetime import date
from pathlib import Path

import pytest

from diary_support import OKORO, PASSPHRASE, PRYCE, decrypted_pages, file_bytes
from discreet.linter.diary.crypto import Damaged, DiaryError, WrongPassphrase
from discreet.linter.diary.schema import SCHEMA_VERSION
from discreet.linter.diary.store import Diary

ENTRY = "Quillon visit: Tamsin is managing the night feeds with the sidecar cot."
SECRET_WORDS = ["Quillon", "sidecar", "Okoro", "Tamsin", "Ezra", "Pryce", "Bethan", "Alfie"]


@pytest.fixture
def diary(tmp_path):
    store = Diary(tmp_path / "diary.db", PASSPHRASE, create=True)
    store.add_family("Okoro", OKORO)
    store.add_family("Pryce", PRYCE)
    yield store
    store.close()


def assert_nothing_in_clear(path: Path, words=SECRET_WORDS):
    data = file_bytes(path).lower()
    for word in words:
        assert word.lower().encode() not in data, word
        assert word.lower().encode("utf-16-le") not in data, word


def test_file_never_holds_entry_family_or_member_words_in_clear(diary):
    entry = diary.add("Okoro", ENTRY)
    assert_nothing_in_clear(diary.path)
    diary.edit(entry, ENTRY + " Quillon again.")
    assert_nothing_in_clear(diary.path)
    diary.purge([entry])
    assert_nothing_in_clear(diary.path)


def test_decrypting_the_pages_finds_the_entry_so_the_clear_text_check_can_fail(diary):
    diary.add("Okoro", ENTRY)
    pages = decrypted_pages(diary.path)
    assert b"CREATE TABLE families" in pages
    assert b"Quillon visit" in pages


def test_after_a_purge_the_removed_text_is_in_no_page_even_decrypted(diary):
    kept = diary.add("Pryce", "Bethan asked about the baby group on Thursdays.")
    gone = diary.add("Okoro", ENTRY, on=date(2018, 1, 5))
    diary.edit(gone, "Quillon second version, with the sidecar cot moved.")
    diary.purge([gone])
    pages = decrypted_pages(diary.path)
    assert b"Quillon" not in pages and b"sidecar" not in pages
    assert b"baby group on Thursdays" in pages
    assert [e.id for e in diary.entries()] == [kept]


def test_file_and_journal_are_private(diary):
    diary.add("Okoro", ENTRY)
    assert diary.path.stat().st_mode & 0o777 == 0o600


def test_wrong_passphrase_is_one_clear_error(diary, tmp_path):
    diary.close()
    with pytest.raises(WrongPassphrase) as caught:
        Diary(tmp_path / "diary.db", "not the passphrase at all")
    assert str(caught.value) == f"cannot open {tmp_path / 'diary.db'}: wrong passphrase, or not a discreet diary"


def test_a_plain_sqlite_file_is_not_a_diary(tmp_path):
    import sqlite3

    plain = tmp_path / "other.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(WrongPassphrase):
        Diary(plain, PASSPHRASE)


def test_an_encrypted_file_of_another_program_is_not_a_diary(tmp_path):
    from sqlcipher3 import dbapi2

    other = tmp_path / "other.db"
    conn = dbapi2.connect(str(other))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(WrongPassphrase):
        Diary(other, PASSPHRASE)


def test_a_tampered_byte_is_reported_as_damage_naming_the_backup(diary, tmp_path):
    diary.add("Okoro", ENTRY)
    diary.backup_to(tmp_path / "safe.db", PASSPHRASE)
    diary.close()
    data = bytearray(diary.path.read_bytes())
    data[3 * 4096 + 100] ^= 0x01  # one bit inside the entries table's page
    diary.path.write_bytes(bytes(data))
    store = Diary(diary.path, PASSPHRASE)
    with pytest.raises(Damaged) as caught:
        store.entries()
    store.close()
    assert str(caught.value) == f"the diary file is damaged ({diary.path}); your last backup is {tmp_path / 'safe.db'}"
    with Diary(tmp_path / "safe.db", PASSPHRASE) as backup:
        assert backup.entries()[0].text == ENTRY


def test_backup_opens_with_the_same_passphrase_and_holds_nothing_in_clear(diary, tmp_path):
    diary.add("Okoro", ENTRY, accepted=[("W105", "her own words")])
    diary.backup_to(tmp_path / "copy.db", PASSPHRASE)
    assert_nothing_in_clear(tmp_path / "copy.db")
    assert (tmp_path / "copy.db").stat().st_mode & 0o777 == 0o600
    with Diary(tmp_path / "copy.db", PASSPHRASE) as copy:
        assert copy.entries()[0].versions[0].accepted == (("W105", "her own words"),)
        assert [f.name for f in copy.families()] == ["Okoro", "Pryce"]


def test_rekey_in_place_old_passphrase_no_longer_opens(diary, tmp_path):
    diary.add("Okoro", ENTRY)
    before = diary.path.read_bytes()
    diary.rekey("a brand new passphrase")
    diary.close()
    assert diary.path.read_bytes() != before
    with pytest.raises(WrongPassphrase):
        Diary(diary.path, PASSPHRASE)
    with Diary(diary.path, "a brand new passphrase") as again:
        assert again.entries()[0].text == ENTRY


def test_empty_or_short_passphrase_refused_since_an_empty_key_means_no_encryption(tmp_path):
    with pytest.raises(DiaryError, match="too short"):
        Diary(tmp_path / "d.db", "", create=True)
    assert not (tmp_path / "d.db").exists()


def test_schema_version_recorded_and_a_newer_diary_refused(diary):
    assert diary.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    diary.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    diary.close()
    with pytest.raises(DiaryError, match="written by a newer discreet"):
        Diary(diary.path, PASSPHRASE)


def test_edit_keeps_every_version_with_when(diary):
    entry = diary.add("Okoro", "first words")
    assert diary.edit(entry, "second words") == 2
    versions = diary.entry(entry).versions
    assert [v.text for v in versions] == ["first words", "second words"]
    assert all(v.saved for v in versions)


def test_list_in_date_order_filtered_by_family_and_since(diary):
    a = diary.add("Okoro", "march", on=date(2026, 3, 1))
    b = diary.add("Pryce", "january", on=date(2026, 1, 9))
    c = diary.add("Okoro", "february", on=date(2026, 2, 2))
    assert [e.id for e in diary.entries()] == [b, c, a]
    assert [e.id for e in diary.entries("okoro")] == [c, a]
    assert [e.id for e in diary.entries(since=date(2026, 2, 2))] == [c, a]


def test_search_needs_every_word_in_any_case(diary):
    a = diary.add("Okoro", "Latch better on the left side")
    diary.add("Okoro", "Latch sore")
    assert [e.id for e in diary.search(["latch", "LEFT"])] == [a]
    assert diary.search(["nothing-like-this"]) == []


def test_closing_a_family_keeps_the_date(diary):
    closed = diary.close_family("Pryce", date(2026, 4, 30))
    assert closed.closed == "2026-04-30"


def test_a_damaged_first_page_is_told_apart_from_a_wrong_passphrase_by_the_backup(diary, tmp_path):
    diary.add("Okoro", ENTRY)
    diary.backup_to(tmp_path / "safe.db", PASSPHRASE)
    diary.close()
    data = bytearray(diary.path.read_bytes())
    data[200] ^= 0x01  # inside page 1, after the salt: its HMAC fails as a wrong key would
    diary.path.write_bytes(bytes(data))
    with pytest.raises(Damaged) as caught:
        Diary(diary.path, PASSPHRASE)
    assert str(caught.value) == (f"the diary file is damaged ({diary.path}), or its passphrase was changed after "
                                 f"your last backup {tmp_path / 'safe.db'}, which this passphrase opens")
    with pytest.raises(WrongPassphrase):
        Diary(diary.path, "not the passphrase at all")
