"""`discreet diary` through click's CliRunner: exact messages and exit codes."""
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from discreet.cli import main
from diary_support import NEIGHBOUR, OKORO, PASSPHRASE, PRYCE, Cli, file_bytes, passphrase_file

BLOCKED = "Mum is refusing to breastfeed and is a bad mother.\n"
CLEAN = "Feeding is going well, eight feeds in 24 hours and plenty of wet nappies.\n"


@pytest.fixture
def cli(tmp_path):
    run = Cli(tmp_path)
    assert run("init").exit_code == 0
    assert run("family", "add", "Okoro", "--members", ", ".join(OKORO)).exit_code == 0
    assert run("family", "add", "Pryce", "--members", ", ".join(PRYCE)).exit_code == 0
    return run


def test_init_asks_twice_hidden_and_makes_a_private_file(tmp_path):
    path = tmp_path / "sub" / "d.db"
    result = CliRunner().invoke(main, ["diary", "init", "--diary", str(path)], input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.exit_code == 0, result.output
    assert PASSPHRASE not in result.output
    assert result.stderr.endswith(f"discreet: created the diary {path}. Without the passphrase nobody can read it, "
                                  "you included: keep it safe.\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_init_twice_refused(cli):
    result = cli("init")
    assert result.exit_code == 2
    assert result.stderr == f"discreet: error: {cli.path} already exists; choose another file with --diary\n"


def test_diary_location_from_environment(tmp_path):
    path = tmp_path / "env.db"
    pass_file = passphrase_file(tmp_path)
    result = CliRunner().invoke(main, ["diary", "init", "--passphrase-file", str(pass_file)],
                                env={"DISCREET_DIARY": str(path)})
    assert result.exit_code == 0 and path.exists()


def test_wrong_passphrase_one_line_exit_2(cli, tmp_path):
    wrong = passphrase_file(tmp_path, "definitely not it", "wrong")
    result = cli("list", pass_file=wrong)
    assert result.exit_code == 2
    assert result.stderr == f"discreet: error: cannot open {cli.path}: wrong passphrase, or not a discreet diary\n"


def test_a_text_file_is_not_a_diary(tmp_path):
    run = Cli(tmp_path)
    run.path.write_text("shopping list\n")
    result = run("list")
    assert result.exit_code == 2
    assert result.stderr == f"discreet: error: cannot open {run.path}: wrong passphrase, or not a discreet diary\n"


def test_missing_diary_says_how_to_make_one(tmp_path):
    run = Cli(tmp_path)
    result = run("list")
    assert result.exit_code == 2
    assert result.stderr == f"discreet: error: there is no diary at {run.path}; create one with `discreet diary init`\n"


def test_tampered_file_is_damaged_and_names_the_backup(cli, tmp_path):
    cli("add", "--family", "Okoro", "-", input=CLEAN)
    assert cli("backup", str(tmp_path / "backup.db")).exit_code == 0
    data = bytearray(cli.path.read_bytes())
    data[3 * 4096 + 100] ^= 0x01
    cli.path.write_bytes(bytes(data))
    result = cli("list")
    assert result.exit_code == 2
    assert result.stderr == (f"discreet: error: the diary file is damaged ({cli.path}); "
                             f"your last backup is {tmp_path / 'backup.db'}\n")


def test_add_clean_entry_from_file_saves_it(cli, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(CLEAN)
    result = cli("add", "--family", "Okoro", "--date", "2026-03-01", str(note))
    assert result.exit_code == 0, result.output
    assert result.stderr == "discreet: saved entry 1 for Okoro\n"
    listed = cli("list")
    assert listed.stdout == "   1  2026-03-01  Okoro  Feeding is going well, eight feeds in 24 hours and plenty o…\n"


def test_error_finding_stops_the_save_and_the_file_is_unchanged(cli, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(BLOCKED)
    result = cli("add", "--family", "Okoro", str(note))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f'{note}:1:8  W105  stigma  "refusing"  ')
    assert lines[0].endswith("(declined)")
    assert lines[1].startswith(f'{note}:1:40  W211  judgement  "bad mother"  ')
    assert lines[2:] == ["2 findings (2 errors)",
                         f"discreet: error: the entry was not saved; your text is unchanged in {note}"]
    assert note.read_text() == BLOCKED
    assert cli("list").stdout == ""


def test_error_finding_from_stdin_saves_nothing_and_writes_nothing(cli):
    result = cli("add", "--family", "Okoro", "-", input=BLOCKED)
    assert result.exit_code == 1
    assert result.stderr.endswith("discreet: error: the entry was not saved, and nothing of it was written to disk\n")
    assert b"refusing" not in file_bytes(cli.path)


def test_accept_with_because_saves_and_records_the_rule_and_reason(cli):
    result = cli("add", "--family", "Okoro", "--accept", "W105", "--accept", "w211",
                 "--because", "her own words, quoted", "-", input=BLOCKED)
    assert result.exit_code == 0, result.output
    assert result.stderr.endswith("discreet: accepted W105 for this entry, because: her own words, quoted\n"
                                  "discreet: accepted W211 for this entry, because: her own words, quoted\n"
                                  "discreet: saved entry 1 for Okoro\n")
    shown = cli("show", "1").stdout.splitlines()
    assert shown[1:3] == ["Accepted W105: her own words, quoted", "Accepted W211: her own words, quoted"]
    assert shown[-1] == BLOCKED.strip()


def test_accepting_one_rule_still_stops_on_the_other(cli):
    result = cli("add", "--family", "Okoro", "--accept", "W105", "--because", "quoted", "-", input=BLOCKED)
    assert result.exit_code == 1


def test_accept_without_because_refused(cli):
    result = cli("add", "--family", "Okoro", "--accept", "W105", "-", input=BLOCKED)
    assert result.exit_code == 2
    assert result.stderr == "discreet: error: --accept needs --because: say why the finding is right in this entry\n"


def test_another_familys_member_is_a_third_party_warning_when_adding(cli):
    result = cli("add", "--family", "Pryce", "-", input="Bethan and Alfie settling. Tamsin popped by.\n")
    assert result.exit_code == 0
    assert '"Tamsin"  A name of someone outside the family' in result.stderr


def test_unknown_family(cli):
    result = cli("add", "--family", "Nobody", "-", input=CLEAN)
    assert result.exit_code == 2
    assert result.stderr == ("discreet: error: there is no family called 'Nobody' in the diary "
                             "(see `discreet diary family list`)\n")


def test_family_list_and_close(cli):
    assert cli("family", "close", "Pryce").exit_code == 0
    lines = cli("family", "list").stdout.splitlines()
    assert lines[0].startswith("Okoro  (Tamsin Okoro, Ezra Okoro)  opened ") and lines[0].endswith(", open")
    assert lines[1].startswith("Pryce  (Bethan Pryce, Alfie Pryce)  opened ") and ", closed " in lines[1]


def test_edit_makes_a_new_version_and_show_versions_is_the_audit_trail(cli):
    cli("add", "--family", "Okoro", "--date", "2026-03-01", "-", input=CLEAN)
    result = cli("edit", "1", "-", input="Feeding is going really well.\n")
    assert result.exit_code == 0 and result.stderr == "discreet: saved version 2 of entry 1\n"
    shown = cli("show", "1", "--versions").stdout.splitlines()
    assert shown[0].startswith("Entry 1, Okoro, 2026-03-01: version 2 of 2, saved ")
    assert shown[2] == "Feeding is going really well."
    assert shown[4].startswith("Entry 1, Okoro, 2026-03-01: version 1 of 2, saved ")
    assert shown[6] == CLEAN.strip()
    assert cli("list").stdout.startswith("   1  2026-03-01  Okoro (v2)  Feeding is going really well.")


def test_search_decrypts_in_memory_and_lists_matches(cli):
    cli("add", "--family", "Okoro", "--date", "2026-03-01", "-", input=CLEAN)
    cli("add", "--family", "Pryce", "--date", "2026-03-02", "-", input="Latch is sore on the left.\n")
    assert cli("search", "LATCH", "left").stdout == "   2  2026-03-02  Pryce  Latch is sore on the left.\n"
    none = cli("search", "zzz")
    assert none.stdout == "" and none.stderr == "discreet: no entry holds all of those words\n"


def test_passwd_rekeys_in_place(cli, tmp_path):
    cli("add", "--family", "Okoro", "-", input=CLEAN)
    new = passphrase_file(tmp_path, "quite another passphrase", "new")
    result = cli("passwd", "--new-passphrase-file", str(new))
    assert result.exit_code == 0
    assert result.stderr == "discreet: the passphrase is changed. Backups made before keep the old one.\n"
    assert cli("list").exit_code == 2
    assert cli("list", pass_file=new).stdout.startswith("   1  ")


def test_retention_dry_run_then_purge(cli):
    cli("add", "--family", "Okoro", "--date", "2018-01-05", "-", input="Quillon old visit.\n")
    cli("add", "--family", "Pryce", "--date", "2019-06-30", "-", input="Old Pryce visit.\n")
    cli("add", "--family", "Okoro", "-", input=CLEAN)
    dry = cli("retention", "--older-than", "6y")
    assert dry.exit_code == 0
    assert dry.stdout.startswith("2 entries dated before ")
    assert dry.stdout.endswith(" would be removed (Okoro: 1, Pryce: 1); run again with --purge to remove them\n")
    assert len(cli("list").stdout.splitlines()) == 3
    only = cli("retention", "--older-than", "6y", "--family", "Okoro", "--purge")
    assert only.stdout.startswith("removed 1 entry dated before ")
    assert only.stdout.endswith(" (Okoro: 1); their text is gone from the diary file. Backups made before still hold them.\n")
    assert [line.split()[0] for line in cli("list").stdout.splitlines()] == ["2", "3"]


def test_retention_span_must_be_readable(cli):
    result = cli("retention", "--older-than", "six years")
    assert result.exit_code == 2
    assert result.stderr == "discreet: error: 'six years' is not a span; write it as e.g. 6y, 18m, 4w or 30d\n"


def test_import_takes_clean_notes_and_reports_a_damaged_docx_and_a_blocked_note(cli, tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "a.txt").write_text(CLEAN)
    (folder / "b.docx").write_bytes(b"PK\x03\x04 not really a document")
    (folder / "c.txt").write_text(BLOCKED)
    result = cli("import", str(folder), "--family", "Okoro")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert f"discreet: {folder / 'b.docx'}: not taken: is not a valid Word document" in lines
    assert (f"discreet: {folder / 'c.txt'}: not taken: 2 error-level findings (above); fix the file and import it "
            "again, or add it with --accept RULE --because ...") in lines
    assert lines[-1] == "discreet: imported 1 of 3 files into Okoro"
    assert cli("list").stdout.endswith("Okoro  " + CLEAN.strip()[:59] + "…\n")
    assert (folder / "c.txt").read_text() == BLOCKED


def test_backup_refuses_to_overwrite(cli, tmp_path):
    (tmp_path / "b.db").write_text("keep me")
    result = cli("backup", str(tmp_path / "b.db"))
    assert result.exit_code == 2 and (tmp_path / "b.db").read_text() == "keep me"


def test_passphrase_file_readable_by_others_draws_a_warning(cli, tmp_path):
    cli.pass_file.chmod(0o644)
    result = cli("list")
    assert result.exit_code == 0
    assert result.stderr == (f"discreet: warning: other users of this computer can read {cli.pass_file}; "
                             f"restrict it with: chmod 600 {cli.pass_file}\n")


def test_database_bytes_hold_no_words_after_every_command(cli, tmp_path):
    words = ["Okoro", "Pryce", "Tamsin", "Ezra", "Bethan", "Alfie", "Quillon", "sidecar", NEIGHBOUR.split()[1]]
    cli("add", "--family", "Okoro", "-", input=f"Quillon: Tamsin tried the sidecar cot. {NEIGHBOUR} helped.\n")
    cli("edit", "1", "-", input="Quillon: Ezra and Tamsin, sidecar cot going well.\n")
    cli("export", "--family", "Okoro", "--to", str(tmp_path / "pack.json"))
    cli("retention", "--older-than", "0d", "--purge")
    for path in (cli.path, Path(f"{cli.path}.backup-path")):
        if path.exists():
            data = path.read_bytes().lower()
            assert not [w for w in words if w.lower().encode() in data]
