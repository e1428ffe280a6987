"""Word documents: every place a name hides is checked, and the safe copy holds none of them.

The documents are built here with python-docx (tracked changes and links as raw WordprocessingML,
which python-docx has no API for). All names, numbers and places are invented.
"""
from __future__ import annotations

import io
import json
import zipfile

import docx
import pytest
from click.testing import CliRunner
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml

from cli import main
from linter.inputs import InputError, read_source

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
SECRETS = [b"Tamsin", b"Quarrie", b"Eluned", b"Cerys", b"Wetherall", b"Brynmor", b"Penhallow", b"900456",
           b"900789", b"900321", b"tamsinq"]


def diary_docx() -> bytes:
    d = docx.Document()
    d.core_properties.author = "Orla Penhallow"
    d.core_properties.last_modified_by = "Orla Penhallow"
    d.core_properties.title = "Visit to Tamsin Quarrie"
    d.sections[0].header.paragraphs[0].text = "Notes for the Brynmor family"
    d.sections[0].footer.paragraphs[0].text = "Call 07700 900789 with questions"
    p = d.add_paragraph("Visited ")
    p.add_run("Tamsin").bold = True
    p.add_run(" Quarrie").bold = True
    p.add_run(" at home.").italic = True
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Mobile"
    table.cell(0, 1).text = "07700 900456"
    p = d.add_paragraph("Baby was ")
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="Orla Penhallow" w:date="2024-01-01T00:00:00Z">'
                          '<w:r><w:delText>Eluned </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="Orla Penhallow" w:date="2024-01-01T00:00:00Z">'
                          '<w:r><w:t>feeding well</w:t></w:r></w:ins>'))
    p = d.add_paragraph("See her ")
    rid = d.part.relate_to("https://www.facebook.com/tamsinq", RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    p._p.append(parse_xml(f'<w:hyperlink {W} {R} r:id="{rid}"><w:r><w:t>page</w:t></w:r></w:hyperlink>'))
    d.add_comment(d.paragraphs[0].runs[3], text="Ring 07700 900321 first", author="Orla Penhallow", initials="OP")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture()
def diary(tmp_path):
    path = tmp_path / "diary.docx"
    path.write_bytes(diary_docx())
    return path


def test_check_reads_body_table_header_footer_comment_and_deleted_text(diary):
    source = read_source(str(diary))
    assert source.text == (
        "Visited Tamsin Quarrie at home.\nMobile\n07700 900456\nBaby was Eluned feeding well\nSee her page\n"
        "Notes for the Brynmor family\nCall 07700 900789 with questions\nRing 07700 900321 first\n"
    )
    assert [(p.start, p.part, p.number) for p in source.paragraphs] == [
        (0, "body", 1), (32, "body", 2), (39, "body", 3), (52, "body", 4), (61, "deleted", 4), (68, "body", 4),
        (81, "body", 5), (94, "header", 6), (123, "footer", 7), (156, "comment", 8),
    ]


def test_text_for_sharing_leaves_out_comments_and_deleted_text(diary):
    source = read_source(str(diary), purpose="share")
    assert source.text == (
        "Visited Tamsin Quarrie at home.\nMobile\n07700 900456\nBaby was feeding well\nSee her page\n"
        "Notes for the Brynmor family\nCall 07700 900789 with questions\n"
    )


def test_findings_point_at_paragraph_and_character(diary):
    result = CliRunner().invoke(main, ["check", str(diary)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{diary}:¶1:9  I1") and '"Tamsin Quarrie"' in line for line in lines)
    assert any(line.startswith(f"{diary}:¶3:1  I401") for line in lines)
    assert any(line.startswith(f"{diary}:¶4:10  I1") and '"Eluned"' in line
               and line.endswith("[in deleted tracked-change text]") for line in lines)
    assert any(line.startswith(f"{diary}:¶6:15  I1") and line.endswith("[in a header]") for line in lines)
    assert any(line.startswith(f"{diary}:¶8:6  I401") and line.endswith("[in a comment]") for line in lines)


def test_json_keeps_offsets_and_adds_the_paragraph(diary):
    result = CliRunner().invoke(main, ["check", "--format", "json", str(diary)])
    found = json.loads(result.stdout)["files"][0]["findings"]
    phones = [(f["start"], f["end"], f["text"], f["paragraph"], f["part"], f["line"], f["col"])
              for f in found if f["category"] == "phone"]
    assert phones == [(39, 51, "07700 900456", 3, "body", 3, 1),
                      (128, 140, "07700 900789", 7, "footer", 7, 6),
                      (161, 173, "07700 900321", 8, "comment", 8, 6)]


def test_share_prints_the_safe_text_of_what_is_shared(diary):
    result = CliRunner().invoke(main, ["share", str(diary)])
    assert result.exit_code == 0
    assert result.stdout == (
        "Visited [name 1] at home.\nMobile\n[phone 1]\nBaby was feeding well\nSee her page\n"
        "Notes for the [name 2] family\nCall [phone 2] with questions\n"
    )


@pytest.fixture()
def safe_copy(diary, tmp_path):
    target = tmp_path / "safe.docx"
    result = CliRunner().invoke(main, ["share", str(diary), "--output", str(target)])
    assert result.exit_code == 0, result.output
    return target


def test_safe_copy_holds_no_identifier_in_any_part(safe_copy):
    with zipfile.ZipFile(safe_copy) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            assert [s for s in SECRETS if s in data] == [], name
        names = set(archive.namelist())
    assert not {"word/comments.xml", "docProps/app.xml", "docProps/thumbnail.jpeg"} & names


def test_safe_copy_clears_properties_and_drops_comments_and_changes(safe_copy):
    d = docx.Document(str(safe_copy))
    props = d.core_properties
    assert (props.author, props.last_modified_by, props.title, props.subject, props.keywords, props.comments) == ("",) * 6
    assert props.created is None and props.modified is None
    assert len(d.comments) == 0
    body = d.element.body.xml
    assert "w:del " not in body and "w:ins " not in body and "w:hyperlink" not in body
    assert [p.text for p in d.paragraphs] == ["Visited [name 1] at home.", "Baby was feeding well", "See her page"]
    assert d.tables[0].cell(0, 1).text == "[phone 1]"
    assert d.sections[0].header.paragraphs[0].text == "Notes for the [name 2] family"
    assert d.sections[0].footer.paragraphs[0].text == "Call [phone 2] with questions"


def test_safe_copy_keeps_the_formatting_of_each_run(safe_copy):
    runs = [(r.text, r.bold, r.italic) for r in docx.Document(str(safe_copy)).paragraphs[0].runs if r.text]
    # The name spanned two bold runs: the placeholder takes the first, the second is emptied.
    assert runs == [("Visited ", None, None), ("[name 1]", True, None), (" at home.", None, True)]


def test_share_docx_refuses_an_existing_output_and_a_text_input(diary, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Call 07700 900456 later.\n")
    result = CliRunner().invoke(main, ["share", str(note), "--output", str(tmp_path / "out.docx")])
    assert result.exit_code == 2
    assert "is not a Word document, so its safe version is plain text" in result.stderr
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize(("name", "data", "message"), [
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     "is encrypted or password-protected (or an old .doc); save it unprotected as .docx"),
    ("broken.docx", b"PK\x03\x04" + b"\x13" * 300, "is not a valid Word document"),
    ("plain.docx", b"Just some text saved with the wrong name.\n", "is not a valid Word document"),
    ("archive.txt", None, "is a zip archive, not a document discreet can read"),
])
def test_unreadable_documents_get_a_clear_error(tmp_path, name, data, message):
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("photos/list.csv", "a,b\n")
        data = buffer.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match="^" + message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        read_source(str(path))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2
    assert f"{path}: error: {message}" in result.stdout
    assert "Traceback" not in result.output


def test_a_docx_saved_as_txt_is_read_as_a_document(tmp_path):
    path = tmp_path / "diary.txt"
    path.write_bytes(diary_docx())
    assert read_source(str(path)).text.startswith("Visited Tamsin Quarrie at home.\n")


def test_folders_include_documents(tmp_path):
    from linter.inputs import expand

    (tmp_path / "a.docx").write_bytes(diary_docx())
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert expand([str(tmp_path)]) == [str(tmp_path / "a.docx"), str(tmp_path / "b.txt")]


def test_footnotes_are_read_and_replaced_in_the_safe_copy(tmp_path):
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    d = docx.Document()
    d.add_paragraph("Body text")
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}><w:footnote w:id="1">'
            "<w:p><w:r><w:t>Call 07700 900555</w:t></w:r></w:p></w:footnote></w:footnotes>").encode()
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    d.part.relate_to(Part(PackURI("/word/footnotes.xml"), content_type, blob, d.part.package), RELATIONSHIP_TYPE.FOOTNOTES)
    path, target = tmp_path / "notes.docx", tmp_path / "safe.docx"
    d.save(str(path))
    assert read_source(str(path)).text == "Body text\nCall 07700 900555\n"
    assert [p.part for p in read_source(str(path)).paragraphs] == ["body", "footnote"]
    assert CliRunner().invoke(main, ["share", str(path), "-o", str(target)]).exit_code == 0
    with zipfile.ZipFile(target) as archive:
        assert b"<w:t xml:space=\"preserve\">Call [phone]</w:t>" in archive.read("word/footnotes.xml")
