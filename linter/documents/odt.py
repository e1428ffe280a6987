"""OpenDocument text (.odt): body, tables, frames, headers and footers, footnotes, comments and deleted
changes; and a safe copy with identifiers replaced in place.

Plain zip + XML (lxml, which python-docx already needs). Text is counted as it is built, so a hostile
space count or a bomb of paragraphs stops at the size limit; a malformed file is one clear error.
"""
from __future__ import annotations

import io
import zipfile
from typing import Callable

from lxml import etree

from . import CHECK, ENCRYPTED, NOT_ODT, DocumentError, Extracted, Hidden, Paragraph, check_unpacked_size, with_hidden

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
XLINK = "http://www.w3.org/1999/xlink"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


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

# The safe copy: removed with everything inside (comments, change history, bookmarks, picture titles and
# descriptions, scripts, forms), unwrapped keeping the text (links), and attributes that hold free text.
REMOVED = [ANNOTATION, f"{{{OFFICE}}}annotation-end", _t("tracked-changes"), _t("change"), _t("change-start"),
           _t("change-end"), _t("bookmark"), _t("bookmark-start"), _t("bookmark-end"), _t("reference-mark"),
           _t("reference-mark-start"), _t("reference-mark-end"), f"{{{SVG}}}title", f"{{{SVG}}}desc",
           f"{{{OFFICE}}}scripts", f"{{{OFFICE}}}event-listeners", f"{{{OFFICE}}}forms",
           _t("user-field-decls")]
UNWRAPPED = [_t("a"), f"{{{DRAW}}}a"]
FREE_TEXT_ATTRIBUTES = {"title", "desc", "description", "string-value", "string-value-if-true",
                        "string-value-if-false", "condition", "target-frame-name"}
PICTURE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


class _Text:
    """The text being built, counted as it grows; `slots` are the element strings that hold it."""

    def __init__(self, limit: int) -> None:
        self.chunks: list[str] = []
        self.slots: list[tuple[object, str, int]] = []  # (element, "text" or "tail", offset)
        self.pos = 0
        self.limit = limit

    def add(self, text: str, owner=None, attr: str = "text") -> None:
        if not text:
            return
        if self.pos + len(text) > self.limit:
            raise DocumentError(f"holds too much text (the limit is {self.limit:,} bytes, see --max-size)")
        if owner is not None:
            self.slots.append((owner, attr, self.pos))
        self.chunks.append(text)
        self.pos += len(text)


def _read_xml(archive: zipfile.ZipFile, name: str):
    try:
        return etree.fromstring(archive.read(name), _PARSER)
    except KeyError:
        return None
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise DocumentError(NOT_ODT) from None


def _spaces(element, out: _Text) -> str:
    try:
        count = int(element.get(_t("c"), "1") or 1)
    except ValueError:
        raise DocumentError(f"{NOT_ODT} (a space count is not a number)") from None
    count = max(count, 1)
    if out.pos + count > out.limit:
        out.add(" " * (out.limit - out.pos + 1))  # raises: too much text, without building it
    return " " * count


def _paragraph_text(element, out: _Text) -> None:
    """Inline text only: text-namespace children (spans, links, fields) are read in place; paragraphs,
    notes, comments, frames and drawings nested inside are read as paragraphs of their own."""
    out.add(element.text or "", element, "text")
    for child in element:
        tag = child.tag
        if tag == _t("s"):
            out.add(_spaces(child, out))
        elif tag == _t("tab"):
            out.add("\t")
        elif tag == _t("line-break"):
            out.add("\n")
        elif isinstance(tag, str) and tag not in SEPARATE and tag.startswith(f"{{{TEXT}}}"):
            _paragraph_text(child, out)
        out.add(child.tail or "", child, "tail")


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


def _open(data: bytes, max_bytes: int) -> tuple[dict, dict]:
    """(parsed XML by name, raw bytes of the other members) of a readable, unencrypted .odt."""
    check_unpacked_size(data, max_bytes, NOT_ODT)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise DocumentError(ENCRYPTED.replace("as .docx", "as .odt"))
            xml = {name: _read_xml(archive, name) for name in ("content.xml", "styles.xml", "meta.xml")}
            pictures = {n: archive.read(n) for n in names if n.startswith("Pictures/") and not n.endswith("/")}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError):
        raise DocumentError(NOT_ODT) from None
    return xml, pictures


def _layout(xml: dict, max_bytes: int, purpose: str) -> tuple[_Text, list[Paragraph]]:
    out, paragraphs = _Text(max_bytes), []
    for default, element in _sources(xml["content.xml"], xml["styles.xml"]):
        part = _part_of(element, default)
        if purpose != CHECK and part in HIDDEN:
            continue
        paragraphs.append(Paragraph(out.pos, part))
        _paragraph_text(element, out)
        out.add("\n")
    return out, paragraphs


def read_odt(data: bytes, max_bytes: int, purpose: str = CHECK) -> Extracted:
    xml, _ = _open(data, max_bytes)
    out, paragraphs = _layout(xml, max_bytes, purpose)
    text = "".join(out.chunks)
    if purpose == CHECK:
        extracted = with_hidden(text, paragraphs, _hidden(xml), max_bytes)
        text, paragraphs, known = extracted.text, list(extracted.paragraphs), extracted.known
    else:
        known = ()
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise DocumentError(f"holds too much text ({size:,} bytes; the limit is {max_bytes:,}, see --max-size)")
    return Extracted(text, tuple(paragraphs), known)


META_FIELDS = {f"{{{DC}}}creator": ("Last saved by", True), f"{{{META}}}initial-creator": ("Author", True),
               f"{{{DC}}}title": ("Title", False), f"{{{DC}}}subject": ("Subject", False),
               f"{{{DC}}}description": ("Description", False), f"{{{META}}}keyword": ("Keywords", False),
               f"{{{META}}}printed-by": ("Printed by", True)}


def _hidden(xml: dict) -> list[Hidden]:
    """Properties, comment and change authors, link targets, picture names, titles and descriptions."""
    found = []
    meta = xml.get("meta.xml")
    if meta is not None:
        for element in meta.iter():
            if element.tag in META_FIELDS:
                label, person = META_FIELDS[element.tag]
                found.append(Hidden("properties", label, element.text or "", person))
            elif element.tag == f"{{{META}}}user-defined":
                found.append(Hidden("properties", element.get(f"{{{META}}}name", "Property"), element.text or ""))
    for root in (xml.get("content.xml"), xml.get("styles.xml")):
        if root is None:
            continue
        for element in root.iter():
            if element.tag == f"{{{DC}}}creator":
                inside_comment = any(a.tag == ANNOTATION for a in element.iterancestors())
                found.append(Hidden("properties", "Comment by" if inside_comment else "Tracked change by",
                                    element.text or "", True))
            elif element.tag in (f"{{{SVG}}}title", f"{{{SVG}}}desc"):
                found.append(Hidden("hidden", "Picture title", "".join(element.itertext())))
            elif element.tag == _t("bookmark") or element.tag == _t("bookmark-start"):
                found.append(Hidden("hidden", "Bookmark", element.get(_t("name"), "").replace("_", " ")))
            elif element.get(f"{{{DRAW}}}name"):
                found.append(Hidden("hidden", "Picture name", element.get(f"{{{DRAW}}}name", "")))
            href = element.get(f"{{{XLINK}}}href") if isinstance(element.tag, str) else None
            if href and not href.startswith("Pictures/"):
                found.append(Hidden("link", "Link", href))
    return found


def safe_copy(data: bytes, max_bytes: int, find: Callable[[str], list]) -> tuple[bytes, str, int, list[str]]:
    """The safe .odt, its text, how many pictures it still holds, and the kinds of pictures left out.

    Only the text parts are kept (content, styles), with an empty meta.xml and a new manifest; settings,
    thumbnail, macros and embedded objects are left out, and pictures lose their metadata.
    """
    from ..placeholders import labels, safe_version
    from .images import ImageError, strip_metadata

    xml, pictures = _open(data, max_bytes)
    kept: dict[str, bytes] = {}
    left_out: list[str] = []
    for name, blob in pictures.items():
        try:
            kept[name] = strip_metadata(blob)
        except ImageError:
            left_out.append(name.rsplit(".", 1)[-1].lower())
    for name in ("content.xml", "styles.xml"):
        if xml[name] is not None:
            _clean_xml(xml[name], set(kept))
    out, _ = _layout(xml, max_bytes, purpose="share")
    text = "".join(out.chunks)
    findings = find(text)
    _replace(out.slots, findings, labels(text, findings))
    used = {e.get(f"{{{XLINK}}}href") for root in (xml["content.xml"], xml["styles.xml"]) if root is not None
            for e in root.iter() if isinstance(e.tag, str)}
    kept = {name: blob for name, blob in kept.items() if name in used}
    return _package(xml, kept), safe_version(text, findings), len(kept), left_out


def _clean_xml(root, pictures: set[str]) -> None:
    etree.strip_elements(root, *REMOVED, with_tail=False)
    etree.strip_tags(root, *UNWRAPPED)
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in list(element.attrib):
            qname = etree.QName(name)
            if qname.localname in FREE_TEXT_ATTRIBUTES:
                del element.attrib[name]
            elif qname.namespace == XLINK and qname.localname == "href" and element.attrib[name] not in pictures:
                doomed.append(element)  # an external link, an embedded object, or a picture left out
        element.attrib.pop(f"{{{DRAW}}}name", None)  # a frame's name is optional and often the photo's file name
        if element.tag in (f"{{{DRAW}}}object", f"{{{DRAW}}}object-ole", f"{{{OFFICE}}}binary-data"):
            doomed.append(element)
    for element in doomed:
        frame = next((a for a in element.iterancestors() if a.tag == f"{{{DRAW}}}frame"), element)
        parent = frame.getparent()
        if parent is not None:
            _remove_keeping_tail(frame)


def _remove_keeping_tail(element) -> None:
    parent, tail = element.getparent(), element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _replace(slots, findings, chosen: dict[int, str]) -> None:
    """Each identifier's placeholder goes into the first string it touches; the rest is cut from later ones."""
    import bisect

    starts = [pos for _, _, pos in slots]
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for i, placeholder in chosen.items():
        start, end, first = findings[i].start, findings[i].end, True
        j = max(0, bisect.bisect_right(starts, start) - 1)
        while j < len(slots) and slots[j][2] < end:
            element, attr, at = slots[j]
            lo, hi = max(start, at), min(end, at + len(getattr(element, attr) or ""))
            if hi > lo:
                edits.setdefault(j, []).append((lo - at, hi - at, placeholder if first else ""))
                first = False
            j += 1
    for j, changes in edits.items():
        element, attr, _ = slots[j]
        value = getattr(element, attr) or ""
        for start, end, replacement in sorted(changes, reverse=True):
            value = value[:start] + replacement + value[end:]
        setattr(element, attr, value)


def _package(xml: dict, pictures: dict[str, bytes]) -> bytes:
    # The manifest and meta say the same ODF version as the content, or LibreOffice offers to repair the file.
    version = xml["content.xml"].get(f"{{{OFFICE}}}version", "1.2")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="{OFFICE}" '
            f'office:version="{version}"><office:meta/></office:document-meta>').encode()
    members = {name: etree.tostring(xml[name], xml_declaration=True, encoding="UTF-8")
               for name in ("content.xml", "styles.xml") if xml[name] is not None}
    members["meta.xml"] = meta
    members.update(pictures)
    entries = [f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODT_MIMETYPE}"/>']
    for name in members:
        media = PICTURE_TYPES.get("." + name.rsplit(".", 1)[-1].lower(), "text/xml")
        entries.append(f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="{media}"/>')
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{MANIFEST}" '
                f'manifest:version="{version}">{"".join(entries)}</manifest:manifest>').encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest)
        for name, blob in members.items():
            archive.writestr(name, blob)
    return buffer.getvalue()
