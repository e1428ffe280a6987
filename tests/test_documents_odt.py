"""OpenDocument text: built here with zipfile and the ODF XML vocabulary; all names are invented."""
from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner

from cli import main
from linter.inputs import InputError, read_source

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
</office:text></office:body></office:document-content>"""
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
        "Next visit soon.\nAsk Ottilie\nHesketh family notes\npage\n"
    )
    assert [p.part for p in source.paragraphs] == [
        "deleted", "body", "body", "comment", "body", "body", "footnote", "header", "footer"]
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
