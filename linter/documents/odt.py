"""OpenDocument text (.odt): body, tables, headers and footers, footnotes, comments and deleted changes.

Plain zip + XML (lxml, which python-docx already needs): no further dependency for a read-only format.
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from . import CHECK, ENCRYPTED, NOT_ODT, DocumentError, Extracted, Paragraph, check_unpacked_size

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


PARAGRAPHS = (_t("p"), _t("h"))
ANNOTATION = f"{{{OFFICE}}}annotation"
# A note or comment inside a paragraph is read as paragraphs of its own, not in the middle of the sentence.
SEPARATE = {*PARAGRAPHS, ANNOTATION, _t("note"), _t("tracked-changes")}
# The part a paragraph belongs to, from its nearest telling ancestor.
ANCESTOR_PART = {ANNOTATION: "comment", _t("deletion"): "deleted", _t("note-body"): "footnote"}
HIDDEN = ("comment", "deleted")  # left out of the text that is shared
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _read_xml(archive: zipfile.ZipFile, name: str):
    try:
        return etree.fromstring(archive.read(name), _PARSER)
    except KeyError:
        return None
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise DocumentError(NOT_ODT) from None


def _paragraph_text(element) -> str:
    chunks = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == _t("s"):
            chunks.append(" " * int(child.get(_t("c"), "1") or 1))
        elif tag == _t("tab"):
            chunks.append("\t")
        elif tag == _t("line-break"):
            chunks.append("\n")
        elif tag not in SEPARATE and isinstance(tag, str):
            chunks.append(_paragraph_text(child))
        chunks.append(child.tail or "")
    return "".join(chunks)


def _part_of(paragraph, default: str) -> str:
    for ancestor in paragraph.iterancestors():
        if ancestor.tag in ANCESTOR_PART:
            return ANCESTOR_PART[ancestor.tag]
    return default


def _sources(content, styles) -> list[tuple[str, object]]:
    """(default part, paragraph) in reading order: the body, then headers and footers."""
    found = []
    body = content.find(f"{{{OFFICE}}}body") if content is not None else None
    if body is None:
        raise DocumentError(NOT_ODT)
    found += [("body", p) for p in body.iter(*PARAGRAPHS)]
    if styles is not None:
        for page in styles.iter(f"{{{STYLE}}}master-page"):
            for region in page:
                name = etree.QName(region).localname
                if name.startswith(("header", "footer")):
                    found += [(name.split("-")[0], p) for p in region.iter(*PARAGRAPHS)]
    return found


def read_odt(data: bytes, max_bytes: int, purpose: str = CHECK) -> Extracted:
    check_unpacked_size(data, max_bytes, NOT_ODT)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in archive.namelist() else b""
            if b"encryption-data" in manifest:
                raise DocumentError(ENCRYPTED.replace("as .docx", "as .odt"))
            content = _read_xml(archive, "content.xml")
            styles = _read_xml(archive, "styles.xml")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise DocumentError(NOT_ODT) from None
    chunks: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for default, element in _sources(content, styles):
        part = _part_of(element, default)
        if purpose != CHECK and part in HIDDEN:
            continue
        text = _paragraph_text(element)
        paragraphs.append(Paragraph(pos, part))
        chunks += [text, "\n"]
        pos += len(text) + 1
    text = "".join(chunks)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise DocumentError(f"holds too much text ({size:,} bytes; the limit is {max_bytes:,}, see --max-size)")
    return Extracted(text, tuple(paragraphs))
