"""The safe .docx is built from what is known safe: every hiding place Word offers is planted here
(embedded HTML, picture metadata and descriptions, alt text, bookmarks, content controls, smart tags,
linked pictures, building blocks, mail merge), and none of it may reach the safe copy's bytes.
`check` reports the names a document carries outside its text (properties, authors, link targets).
All names, places and numbers are invented.
"""
from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib

import docx
import pytest
from click.testing import CliRunner
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from discreet.cli import main
from discreet.linter.documents.images import ImageError, strip_jpeg, strip_png

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
GPS_LATITUDE = struct.pack(">IIIIII", 53, 1, 28, 1, 5088, 100)
SECRETS = [b"Ysolde", b"Quennell", b"Rosebay", b"900612", b"Exif", b"tEXt", GPS_LATITUDE, b"orla/Pictures", b"C:/Users"]
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def exif_jpeg() -> bytes:
    """A JPEG whose EXIF holds a comment naming the baby and a GPS position, plus a COM segment."""
    comment = b"ASCII\x00\x00\x00Ysolde Quennell, 2 days old"
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)
    # IFD0: UserComment (0x9286) and a pointer to the GPS IFD (0x8825).
    ifd0_at, data_at = 8, 8 + 2 + 2 * 12 + 4
    gps_at = data_at + len(comment)
    ifd0 = struct.pack(">H", 2) + struct.pack(">HHII", 0x9286, 7, len(comment), data_at)
    ifd0 += struct.pack(">HHII", 0x8825, 4, 1, gps_at) + struct.pack(">I", 0)
    gps = struct.pack(">H", 1) + struct.pack(">HHII", 2, 5, 3, gps_at + 2 + 12 + 4) + struct.pack(">I", 0) + GPS_LATITUDE
    assert len(tiff) == ifd0_at
    app1 = _segment(0xE1, b"Exif\x00\x00" + tiff + ifd0 + comment + gps)
    sof = _segment(0xC0, b"\x08\x00\x01\x00\x01\x01\x01\x11\x00")
    sos = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x12\x34\xff\x00\x56"
    return b"\xff\xd8" + app1 + _segment(0xFE, b"Rosebay Terrace") + sof + sos + b"\xff\xd9"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def text_png() -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + _chunk(b"tEXt", b"Author\x00Ysolde Quennell") + _chunk(b"IDAT", zlib.compress(b"\x00\x00"))
            + _chunk(b"IEND", b""))


def _drawing(rid: str, attribute: str = "r:embed") -> str:
    return (f'<w:r {NS}><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/>'
            '<wp:docPr id="7" name="Ysolde Quennell.jpg" descr="Ysolde at 14 Rosebay Terrace" title="Quennell baby"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="0" name="Quennell.jpg" descr="Ysolde sleeping"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip {attribute}="{rid}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData>'
            '</a:graphic></wp:inline></w:drawing></w:r>')


def _part(d, name: str, content_type: str, blob: bytes, reltype: str, source=None) -> str:
    source = source or d.part
    return source.relate_to(Part(PackURI(name), content_type, blob, d.part.package), reltype)


def hiding_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("Visit went well.")
    body = d.element.body
    html = b"<html><body><p>Ysolde Quennell, 14 Rosebay Terrace, 07700 900612</p></body></html>"
    rid = _part(d, "/word/afchunk.html", "text/html", html, REL + "aFChunk")
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {NS} r:id="{rid}"/>'))
    jpeg = _part(d, "/word/media/image1.jpeg", "image/jpeg", exif_jpeg(), RELATIONSHIP_TYPE.IMAGE)
    png = _part(d, "/word/media/image2.png", "image/png", text_png(), RELATIONSHIP_TYPE.IMAGE)
    linked = d.part.relate_to("file:///C:/Users/orla/Pictures/Quennell/ysolde.jpg", RELATIONSHIP_TYPE.IMAGE,
                              is_external=True)
    p = d.add_paragraph("Photo: ")
    p._p.append(parse_xml(_drawing(jpeg)))
    p._p.append(parse_xml(_drawing(linked, "r:link")))
    p._p.append(parse_xml(f'<w:r {NS}><w:pict><v:shape id="s1" alt="Ysolde asleep at Rosebay Terrace">'
                          f'<v:imagedata r:id="{png}" o:title="Quennell baby"/></v:shape></w:pict></w:r>'))
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Weight gain good"
    table._tbl.tblPr.append(parse_xml(f'<w:tblCaption {NS} w:val="Quennell visits"/>'))
    table._tbl.tblPr.append(parse_xml(f'<w:tblDescription {NS} w:val="Visits at Rosebay Terrace"/>'))
    p = d.add_paragraph()
    p._p.append(parse_xml(f'<w:bookmarkStart {NS} w:id="0" w:name="Ysolde_Quennell"/>'))
    p._p.append(parse_xml(f'<w:r {NS}><w:t>Feeding plan</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:bookmarkEnd {NS} w:id="0"/>'))
    body.insert(len(body) - 1, parse_xml(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Quennell family"/><w:tag w:val="Rosebay"/>'
        '<w:dropDownList><w:listItem w:displayText="Ysolde Quennell" w:value="07700 900612"/></w:dropDownList>'
        '</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Next visit Tuesday</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    p = d.add_paragraph()
    p._p.append(parse_xml(
        f'<w:smartTag {NS} w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
        '<w:smartTagPr><w:attr w:name="FullName" w:val="Ysolde Quennell"/></w:smartTagPr>'
        '<w:r><w:t>Baby</w:t></w:r></w:smartTag>'))
    glossary = (f'<w:glossaryDocument {NS}><w:docParts><w:docPart><w:docPartBody><w:p><w:r>'
                '<w:t>14 Rosebay Terrace</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    _part(d, "/word/glossary/document.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
          glossary.encode(), REL + "glossaryDocument")
    settings = d.part._settings_part
    source = settings.relate_to("file:///C:/Users/orla/Documents/Quennell%20clients.xlsx",
                                     REL + "mailMergeSource", is_external=True)
    settings.element.append(parse_xml(
        f'<w:mailMerge {NS}><w:mainDocumentType w:val="formLetters"/><w:query w:val="SELECT * FROM Quennell"/>'
        f'<w:dataSource r:id="{source}"/></w:mailMerge>'))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture()
def safe_copy(tmp_path):
    source, target = tmp_path / "visit.docx", tmp_path / "safe.docx"
    source.write_bytes(hiding_docx())
    result = CliRunner().invoke(main, ["share", str(source), "--output", str(target)])
    assert result.exit_code == 0, result.output
    return target


def test_the_planted_document_really_holds_every_secret():
    with zipfile.ZipFile(io.BytesIO(hiding_docx())) as archive:
        data = b"".join(archive.read(name) for name in archive.namelist())
    assert [s for s in SECRETS if s not in data] == []


def test_safe_docx_holds_no_hidden_name_address_or_position_in_any_part(safe_copy):
    with zipfile.ZipFile(safe_copy) as archive:
        leaks = {name: [s for s in SECRETS if s in archive.read(name)] for name in archive.namelist()}
    assert {name: found for name, found in leaks.items() if found} == {}


def test_safe_docx_keeps_only_known_safe_parts(safe_copy):
    with zipfile.ZipFile(safe_copy) as archive:
        names = set(archive.namelist())
    assert not {n for n in names if "glossary" in n or "afchunk" in n or n.startswith("docProps/app")}
    assert {n for n in names if n.startswith("word/media/")} == {"word/media/image1.jpeg", "word/media/image2.png"}


def test_safe_docx_keeps_the_text_and_opens(safe_copy):
    d = docx.Document(str(safe_copy))
    assert [p.text for p in d.paragraphs] == ["Visit went well.", "Photo: ", "Feeding plan", "Next visit Tuesday",
                                              "Baby"]
    assert d.tables[0].cell(0, 0).text == "Weight gain good"


def test_pictures_lose_exif_gps_and_comments_but_keep_their_pixels():
    jpeg = strip_jpeg(exif_jpeg())
    assert jpeg.startswith(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00") and jpeg.endswith(b"\x12\x34\xff\x00\x56\xff\xd9")
    assert b"Exif" not in jpeg and b"Rosebay" not in jpeg and GPS_LATITUDE not in jpeg
    png = strip_png(text_png())
    assert b"tEXt" not in png and b"Ysolde" not in png and b"IDAT" in png and png.endswith(b"IEND\xaeB`\x82")
    with pytest.raises(ImageError):
        strip_png(text_png()[:-5])


def test_unstrippable_pictures_are_dropped_and_said(tmp_path):
    d = docx.Document()
    d.add_paragraph("Visit went well.")
    rid = _part(d, "/word/media/image1.gif", "image/gif", b"GIF89a Quennell", RELATIONSHIP_TYPE.IMAGE)
    d.paragraphs[0]._p.append(parse_xml(_drawing(rid)))
    source, target = tmp_path / "visit.docx", tmp_path / "safe.docx"
    d.save(str(source))
    result = CliRunner().invoke(main, ["share", str(source), "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert "discreet: left out 1 picture discreet cannot clean of hidden details (image/gif)" in result.stderr
    with zipfile.ZipFile(target) as archive:
        assert not [n for n in archive.namelist() if n.startswith("word/media/")]
        assert b"<w:drawing" not in archive.read("word/document.xml")


def properties_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("All well.")
    props = d.core_properties
    props.author, props.last_modified_by = "Ysolde Quennell", "Orla Penhallow"
    props.title, props.keywords = "Visit to the Quennell family", "Rosebay Terrace"
    rid = d.part.relate_to("https://www.facebook.com/ysolde.quennell", RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    d.add_paragraph()._p.append(parse_xml(f'<w:hyperlink {NS} r:id="{rid}"><w:r><w:t>page</w:t></w:r></w:hyperlink>'))
    d.add_paragraph()._p.append(parse_xml(
        f'<w:ins {NS} w:id="1" w:author="Branwen Treharne" w:date="2024-01-01T00:00:00Z"><w:r><w:t>ok</w:t></w:r></w:ins>'))
    d.add_comment(d.paragraphs[0].runs[0], text="fine", author="Gwenllian Pascoe", initials="GP")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_check_reports_names_in_properties_authors_and_link_targets(tmp_path):
    path = tmp_path / "visit.docx"
    path.write_bytes(properties_docx())
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    found = json.loads(result.stdout)["files"][0]["findings"]
    where = {(f["text"], f["part"]) for f in found if f["severity"] in ("error", "warning")}
    assert {("Ysolde Quennell", "properties"), ("Orla Penhallow", "properties"),
            ("Branwen Treharne", "properties"), ("Gwenllian Pascoe", "properties")} <= where
    assert any(part == "link" and "quennell" in text.lower() for text, part in where)
    assert any(part == "properties" and "Rosebay Terrace" in text for text, part in where)
    assert result.exit_code == 1
