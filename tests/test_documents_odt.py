"""OpenDocument text: built here with zipfile and the ODF XML vocabulary; all names are invented."""
from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner

from discreet.cli import main
from discreet.linter.inputs import InputError, read_source

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}><office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>
<text:p>Gethin Pryce</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h>Visit</text:h>
<text:p>Saw <text:span>Morwenna</text:span> Trelawny,<text:s text:c="2"/>baby<text:tab/>well.<office:annotation><dc:creator>Me</dc:creator><text:p>Ring 07700 900654</text:p></office:annotation></text:p>
<table:table><table:table-row><table:table-cell><text:p>07700 900987</text:p></table:table-cell></table:table-row></table:table>
<text:p>Next visit<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Ask Ottilie</text:p></text:note-body></text:note> soon.</text:p>
</office:text></office:body></office:document-content>"""  # noqa: E501 (the document's XML, kept as one line per element)
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:master-styles><style:master-page style:name="Standard">
<style:header><text:p>Hesketh family notes</text:p></style:header>
<style:footer><text:p>page</text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>"""
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">%s</manifest:manifest>"""


def odt(content: str = CONTENT, manifest: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", MANIFEST % manifest)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", STYLES)
    return buffer.getvalue()


@pytest.fixture()
def notes(tmp_path):
    path = tmp_path / "notes.odt"
    path.write_bytes(odt())
    return path


def test_reads_body_table_note_header_footer_comment_and_deletion(notes):
    source = read_source(str(notes))
    assert source.text == (
        "Gethin Pryce\nVisit\nSaw Morwenna Trelawny,  baby\twell.\nRing 07700 900654\n07700 900987\n"
        "Next visit soon.\nAsk Ottilie\nHesketh family notes\npage\nComment by: Me.\n"
    )
    assert [p.part for p in source.paragraphs] == [
        "deleted", "body", "body", "comment", "body", "body", "footnote", "header", "footer", "properties"]
    assert source.known == ()  # "Me" is no one's name
    assert [p.start for p in source.paragraphs][:4] == [0, 13, 19, 54]


def test_sharing_leaves_out_comments_and_deleted_text(notes):
    assert read_source(str(notes), purpose="share").text == (
        "Visit\nSaw Morwenna Trelawny,  baby\twell.\n07700 900987\nNext visit soon.\nAsk Ottilie\n"
        "Hesketh family notes\npage\n"
    )


def test_findings_in_comment_and_deleted_text_are_reported(notes):
    result = CliRunner().invoke(main, ["check", str(notes)])
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{notes}:¶4:6  I401") and line.endswith("[in a comment]") for line in lines)
    assert any(line.startswith(f"{notes}:¶1:1  I1") and line.endswith("[in deleted tracked-change text]")
               for line in lines)
    assert any(line.startswith(f"{notes}:¶5:1  I401") for line in lines)


@pytest.mark.parametrize(("data", "message"), [
    (odt(manifest='<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
                  "</manifest:file-entry>"),
     "is encrypted or password-protected (or an old .doc); save it unprotected as .odt"),
    (odt(content="<office:document-content"), "is not a valid OpenDocument text document"),
    (b"PK\x05\x06" + b"\x00" * 18, "is not a valid OpenDocument text document"),
])
def test_unreadable_odt_gets_a_clear_error(tmp_path, data, message):
    path = tmp_path / "notes.odt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_source(str(path))
    assert str(caught.value) == message


def _with_body(body: str) -> bytes:
    return odt(content=f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} '
               'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
               'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink">'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')


def test_a_malformed_space_count_is_one_clear_error_and_the_folder_run_goes_on(tmp_path):
    (tmp_path / "a.odt").write_bytes(_with_body('<text:p>Hello<text:s text:c="lots"/>there</text:p>'))
    (tmp_path / "b.txt").write_text("Ring 07700 900654 later.\n")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'a.odt'}: error: is not a valid OpenDocument text document (a space count is not a number)" \
        in result.stdout
    assert any(line.startswith(f"{tmp_path / 'b.txt'}:1:6  I401") for line in result.stdout.splitlines())
    assert "Traceback" not in result.output


def test_a_huge_space_count_is_refused_before_the_text_is_built(tmp_path):
    path = tmp_path / "a.odt"
    path.write_bytes(_with_body('<text:p>Hello<text:s text:c="1000000000000"/>there</text:p>'))
    with pytest.raises(InputError, match=r"^holds too much text \(the limit is 5,242,880 bytes"):
        read_source(str(path))


def test_headings_frames_and_captions_never_run_into_the_next_paragraph(tmp_path):
    path = tmp_path / "a.odt"
    path.write_bytes(_with_body(
        '<text:h>Morwenna Trelawny<draw:frame draw:name="Frame1"><svg:title>Photo</svg:title>'
        '<draw:text-box><text:p>Caption<text:sequence>1</text:sequence></text:p></draw:text-box></draw:frame></text:h>'
        '<text:p>Seen today.</text:p>'))
    text = read_source(str(path), purpose="share").text
    assert text.startswith("Morwenna Trelawny\n")
    assert "TrelawnyPhoto" not in text and "Caption1\nSeen today.\n" in text


def test_safe_odt_replaces_names_in_place_and_keeps_no_hidden_detail(tmp_path):
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from test_documents_docx_hidden import exif_jpeg, text_png

    body = ('<text:p>Saw <text:span>Morwenna</text:span> Trelawny<text:bookmark text:name="Trelawny_home"/> today.'
            '<office:annotation><dc:creator>Gethin Pryce</dc:creator><text:p>Ring 07700 900654</text:p>'
            '</office:annotation></text:p>'
            '<text:p>Her <text:a xlink:href="https://www.facebook.com/morwenna.trelawny">page</text:a>.</text:p>'
            '<text:p><draw:frame draw:name="Trelawny baby"><svg:title>Morwenna at Polwithen Row</svg:title>'
            '<draw:image xlink:href="Pictures/a.jpg"/></draw:frame>'
            '<draw:frame draw:name="Frame2"><draw:image xlink:href="Pictures/b.png"/></draw:frame>'
            '<draw:frame><draw:image xlink:href="Pictures/c.gif"/></draw:frame>'
            '<draw:frame><draw:image xlink:href="file:///home/me/Trelawny/scan.jpg"/></draw:frame>after</text:p>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_with_body(body))) as src, zipfile.ZipFile(buffer, "w") as archive:
        for name in src.namelist():
            archive.writestr(name, src.read(name))
        archive.writestr("meta.xml", f'<office:document-meta {NS} xmlns:meta="urn:oasis:names:tc:opendocument:'
                         'xmlns:meta:1.0"><office:meta><meta:initial-creator>Gethin Pryce</meta:initial-creator>'
                         '<dc:title>Trelawny visit</dc:title></office:meta></office:document-meta>')
        archive.writestr("Pictures/a.jpg", exif_jpeg())
        archive.writestr("Pictures/b.png", text_png())
        archive.writestr("Pictures/c.gif", b"GIF89a Trelawny")
        archive.writestr("Thumbnails/thumbnail.png", b"Trelawny")
        archive.writestr("settings.xml", "<x>Trelawny printer</x>")
    source, target = tmp_path / "visit.odt", tmp_path / "safe.odt"
    source.write_bytes(buffer.getvalue())
    check = CliRunner().invoke(main, ["check", "--format", "json", str(source)])
    parts = {(f["text"], f["part"]) for f in __import__("json").loads(check.stdout)["files"][0]["findings"]}
    assert ("Gethin Pryce", "properties") in parts
    assert any(part == "link" and "trelawny" in text for text, part in parts)
    result = CliRunner().invoke(main, ["share", str(source), "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert "discreet: left out 1 picture discreet cannot clean of hidden details (gif)" in result.stderr
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        leaks = {n: [s for s in (b"Morwenna", b"Trelawny", b"Gethin", b"Polwithen", b"900654", b"Exif", b"tEXt",
                                 b"facebook", b"file:") if s in archive.read(n)] for n in names}
    assert names[0] == "mimetype"
    assert sorted(names) == ["META-INF/manifest.xml", "Pictures/a.jpg", "Pictures/b.png", "content.xml",
                             "meta.xml", "mimetype", "styles.xml"]
    assert {n: found for n, found in leaks.items() if found} == {}
    assert read_source(str(target)).text == "Saw [name 1] today.\nHer page.\nafter\n[name 2] family notes\npage\n"
