"""The safe version, exactly: readable placeholders by type and role, the same one for the same thing."""
import pytest

from discreet.linter.placeholders import safe_version

CASES = [
    ("Supporting Priya in Headingley, her little girl Anaya was born 7lb 2oz at 3.42am at the LGI.\n"
     "Anaya is feeding every hour.",
     "Supporting [name] in [town], her little girl [baby] was born [weight] at [birth time] at the [hospital].\n"
     "[baby] is feeding every hour."),
    ("Visit to Bethan and baby Osian. DP Gareth back at work. Bethan's mob 07700 900412.",
     "Visit to [name] and baby [baby]. DP [partner] back at work. [name]'s mob [phone]."),
    ("Visited Tamsin Ellery and Rhiannon Pugh, both at 9 Quarry Lane, Hexthorpe DN4 0AB.",
     "Visited [name 1] and [name 2], both at [address]."),
    ("Her mum Glenys came round. Mum Carys is tired.",
     "Her mum [grandparent] came round. Mum [mum] is tired."),
    ("NHS no 943 476 5919, email carys.p@example.org, insta @carys_and_bump.",
     "NHS no [NHS number], email [email], insta [handle]."),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_safe_version_exact(linter, text, expected):
    found = linter.check(text)
    assert safe_version(text, found) == expected


def test_placeholders_are_not_flagged_again(linter):
    text = "[mum] and [baby 2] saw [name 1] at the [hospital] in [town] on [date], ring [phone]."
    assert [f for f in linter.check(text) if f.kind == "identifier"] == []


def test_one_person_one_placeholder_whatever_part_of_the_name_is_used(linter):
    text = "Visited Rhiannon Pritchard today. Rhiannon was tired; Pritchard is her maiden name. Dylan Hughes came too."
    assert safe_version(text, linter.check(text)) == (
        "Visited [name 1] today. [name 1] was tired; [name 1] is her maiden name. [name 2] came too.")


def test_a_role_given_once_follows_the_person_into_a_first_name_mention(linter):
    text = "Mum Rhiannon Pritchard is tired. Rhiannon asked about sleep."
    assert safe_version(text, linter.check(text)) == "Mum [mum] is tired. [mum] asked about sleep."


# --- share never destroys or misplaces a document (issue 13, B) ---------------------------------------

NOTE = "Visited Tamsin and baby Eluned today. Her mob is 07700 900412.\n"
SAFE = "Visited [name] and baby [baby] today. Her mob is [phone].\n"


def _share(*args):
    from click.testing import CliRunner

    from discreet.cli import main

    return CliRunner().invoke(main, ["share", *args])


@pytest.fixture()
def odt_note(tmp_path):
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from test_documents_odt import odt

    path = tmp_path / "note.odt"
    path.write_bytes(odt())
    return path


def test_share_in_place_keeps_an_odt_an_odt(odt_note):
    result = _share(str(odt_note), "--in-place")
    assert result.exit_code == 0, result.output
    from discreet.linter.documents import kind_of
    from discreet.linter.inputs import read_source

    assert kind_of(str(odt_note), odt_note.read_bytes()) == "odt"
    assert read_source(str(odt_note)).text.startswith("Visit\nSaw [name")


def test_share_refuses_plain_text_into_a_document_name(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    for name in ("safe.odt", "safe.docx"):
        result = _share(str(note), "--output", str(tmp_path / name))
        assert result.exit_code == 2, name
        assert "so its safe version cannot be a" in result.stderr
        assert not (tmp_path / name).exists()
    assert note.read_text() == NOTE


def test_share_a_document_into_txt_writes_its_safe_text(tmp_path, odt_note):
    target = tmp_path / "safe.txt"
    result = _share(str(odt_note), "--output", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith("Visit\nSaw [name")


def test_share_in_place_through_a_symlink_replaces_the_real_note_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text(NOTE)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    result = _share(str(link), "--in-place")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and real.read_text() == SAFE


def test_share_in_place_refuses_a_read_only_note(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    note.chmod(0o400)  # read-only even for root, who could write it anyway
    result = _share(str(note), "--in-place")
    assert result.exit_code == 2
    assert f"{note} is read-only: discreet will not replace it" in result.stderr
    assert note.read_text() == NOTE


def test_share_in_place_never_turns_a_document_under_a_text_name_into_text(tmp_path, odt_note):
    disguised = tmp_path / "note.txt"
    disguised.write_bytes(odt_note.read_bytes())
    result = _share(str(disguised), "--in-place")
    assert result.exit_code == 2
    assert f"{disguised} is a document under a text name: --in-place would replace it with plain text" in result.stderr
    assert disguised.read_bytes() == odt_note.read_bytes()
