"""A family's subject access request pack: exact text, other people as [third party], exact cover counts."""
import json
from datetime import date

import pytest

from diary_support import NEIGHBOUR, OKORO, PASSPHRASE, PRYCE, Cli
from discreet.linter.diary import export
from discreet.linter.diary.checking import diary_linter
from discreet.linter.diary.store import Diary

FIRST = (f"Visited Tamsin and Ezra at home. Tamsin said Bethan came round, and her neighbour "
         f"{NEIGHBOUR} brought a meal.\n")

EXPECTED = """Notes kept about the Okoro family
Prepared on 2026-04-01 in answer to a request for your own notes.

Entries: 2
Dates: 2026-03-01 to 2026-03-08
Names of other people replaced by [third party]: 2
  names of members of other families: 1
  names of other people: 1

Each entry is shown as it reads now; where it was changed, the earlier versions follow it.

============================================================

Entry 1, 2026-03-01

Visited Tamsin and Ezra at home. Tamsin said [third party] came round, and her neighbour [third party] brought a meal.

Entry 2, 2026-03-08

Ezra is feeding well, settling after feeds.

Earlier version, saved 2026-03-08T10:00:00+00:00

Ezra is feeding well.
"""


@pytest.fixture
def pack(tmp_path):
    with Diary(tmp_path / "d.db", PASSPHRASE, create=True) as store:
        store.add_family("Okoro", OKORO)
        store.add_family("Pryce", PRYCE)
        store.add("Okoro", FIRST, on=date(2026, 3, 1))
        store.add("Pryce", "Bethan and Alfie settling.\n", on=date(2026, 3, 2))
        second = store.add("Okoro", "Ezra is feeding well.\n", on=date(2026, 3, 8))
        store.edit(second, "Ezra is feeding well, settling after feeds.\n")
        store.conn.execute("UPDATE versions SET saved = '2026-03-08T10:00:00+00:00' WHERE version = 1")
        linter = diary_linter(OKORO + PRYCE, family=())
        return export.build(store, "okoro", linter, prepared=date(2026, 4, 1))


def test_text_pack_exact(pack):
    assert export.to_text(pack) == EXPECTED


def test_cover_counts_by_kind(pack):
    assert pack.redactions == {"other-family": 1, "other-person": 1}
    assert (pack.first, pack.last, len(pack.entries)) == ("2026-03-01", "2026-03-08", 2)


def test_json_is_the_portability_copy(pack):
    data = json.loads(export.to_json(pack))
    assert data["family"] == "Okoro" and data["first"] == "2026-03-01" and data["last"] == "2026-03-08"
    assert data["redactions"] == {"placeholder": "[third party]", "other-family": 1, "other-person": 1}
    assert [e["date"] for e in data["entries"]] == ["2026-03-01", "2026-03-08"]
    assert [v["text"] for v in data["entries"][1]["versions"]] == [
        "Ezra is feeding well.\n", "Ezra is feeding well, settling after feeds.\n"]
    assert "Bethan" not in export.to_json(pack) and "Fairweather" not in export.to_json(pack)


def test_docx_pack_reads_back_without_third_parties(pack):
    from discreet.linter.documents.docx import read_docx

    text = read_docx(export.to_docx_bytes(pack), 5_000_000).text
    assert "Entries: 2" in text and "her neighbour [third party] brought a meal" in text
    assert "Bethan" not in text and "Gwendolyn" not in text


def test_a_name_sharing_the_familys_surname_is_still_a_third_party():
    from discreet.linter.findings import Finding

    found = [Finding("identifier", "person", "I101", 0, 10, "Jade Okoro", "m"),
             Finding("identifier", "person", "I105", 15, 20, "Ezra's", "m")]
    spans = export.third_party_spans(found, {"ezra", "okoro"}, set())
    assert spans == [(0, 10, "other-person")]


def test_export_command_writes_a_private_file_and_refuses_to_overwrite(tmp_path):
    cli = Cli(tmp_path)
    cli("init")
    cli("family", "add", "Okoro", "--members", ", ".join(OKORO))
    cli("family", "add", "Pryce", "--members", ", ".join(PRYCE))
    cli("add", "--family", "Okoro", "--date", "2026-03-01", "-", input=FIRST)
    target = tmp_path / "request.txt"
    result = cli("export", "--family", "Okoro", "--to", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"discreet: wrote {target}: 1 entry of the Okoro family, 2 names replaced by "
                             "[third party]. It is not encrypted: hand it over securely, then delete your copy.\n")
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Tamsin said [third party] came round, and her neighbour [third party] brought a meal." in target.read_text()
    again = cli("export", "--family", "Okoro", "--to", str(target))
    assert again.exit_code == 2 and again.stderr == f"discreet: error: {target} already exists; use --force to replace it\n"
    pdf = cli("export", "--family", "Okoro", "--to", str(tmp_path / "r.pdf"))
    assert pdf.exit_code == 2 and pdf.stderr.endswith("the pack is written as .txt, .docx or .json\n")
