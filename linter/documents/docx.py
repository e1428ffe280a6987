"""Word .docx: read every place a name can hide, and write a safe copy with identifiers replaced in place.

A name in a comment or in a deleted tracked change still travels with the file, so `check` reads them.
The safe copy drops them (and every other place text or a person's name hides: properties, hyperlink
targets, field codes, picture descriptions, the page thumbnail) and is then checked as it will be shared.
"""
from __future__ import annotations

import bisect
import io
from typing import Callable, Iterator

from lxml import etree

from . import CHECK, ENCRYPTED, NOT_WORD, DocumentError, Extracted, Paragraph, check_unpacked_size

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P = _w("p")
DELETED = _w("delText")
TEXT_TAGS = {_w("t"), DELETED}
CHARACTER_TAGS = {_w("tab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
# Part kinds read after the body, in this order; the comments part only when checking.
TEXT_PARTS = ("header", "footer", "footnotes", "endnotes", "comments")
PART_LABEL = {"header": "header", "footer": "footer", "footnotes": "footnote", "endnotes": "endnote", "comments": "comment"}

# What the safe copy removes with everything inside, unwraps (keeping the text), or strips.
REMOVED = [_w(t) for t in (
    "del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange",
    "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "commentRangeStart", "commentRangeEnd", "commentReference", "instrText", "fldChar", "docVars",
    "attachedTemplate",
)]
UNWRAPPED = [_w(t) for t in ("ins", "moveTo", "hyperlink", "fldSimple", "smartTag", "customXml")]
DROPPED_RELS = ("comments", "commentsExtended", "commentsIds", "commentsExtensible", "people", "customXml",
                "hyperlink", "attachedTemplate")
DROPPED_PACKAGE_RELS = (PKG_RELS + "thumbnail", RELS + "extended-properties", RELS + "custom-properties")
UNCHECKABLE = ("/word/charts/", "/word/diagrams/", "/word/embeddings/", "/word/activeX/")
CLEARED_PROPERTIES = ("author", "last_modified_by", "title", "subject", "keywords", "comments", "category",
                      "content_status", "identifier", "version", "language")


def _open(data: bytes, max_bytes: int):
    import docx

    check_unpacked_size(data, max_bytes, NOT_WORD)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a damaged package; the user needs one sentence
        raise DocumentError(NOT_WORD) from None
    if any("encryption" in (p.content_type or "").lower() for p in document.part.package.iter_parts()):
        raise DocumentError(ENCRYPTED)
    return document


def _reltype_name(reltype: str) -> str:
    return reltype.rsplit("/", 1)[-1]


class _Parts:
    """The XML roots that hold text; generic parts (footnotes) are parsed here and stored back on save."""

    def __init__(self, document) -> None:
        self.document = document
        self._parsed: dict = {}

    def roots(self, with_comments: bool) -> Iterator[tuple[str, object]]:
        yield "body", self.document.element.body
        related = [rel for rel in self.document.part.rels.values() if not rel.is_external]
        for kind in TEXT_PARTS:
            if kind == "comments" and not with_comments:
                continue
            parts = sorted((r.target_part for r in related if _reltype_name(r.reltype) == kind), key=lambda p: str(p.partname))
            for part in parts:
                yield PART_LABEL[kind], self.root(part)

    def root(self, part):
        if hasattr(part, "element"):
            return part.element
        if part not in self._parsed:
            try:
                self._parsed[part] = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError:
                raise DocumentError(NOT_WORD) from None
        return self._parsed[part]

    def store(self) -> None:
        for part, root in self._parsed.items():
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _pieces(paragraph) -> Iterator[tuple[object | None, str]]:
    """(element, text) in reading order; a paragraph nested in a text box is read as its own paragraph."""
    for child in paragraph:
        if child.tag == P:
            continue
        if child.tag in TEXT_TAGS:
            yield child, child.text or ""
        elif child.tag in CHARACTER_TAGS:
            yield None, CHARACTER_TAGS[child.tag]
        else:
            yield from _pieces(child)


def _layout(parts: _Parts, with_comments: bool) -> tuple[str, tuple[Paragraph, ...], list[tuple[object, int]]]:
    """One text for the engine: paragraphs joined by newlines, plus where each w:t element starts."""
    chunks: list[str] = []
    paragraphs: list[Paragraph] = []
    elements: list[tuple[object, int]] = []
    pos = number = 0
    for label, root in parts.roots(with_comments):
        for paragraph in root.iter(P):
            number, origin, deleted = number + 1, pos, False
            paragraphs.append(Paragraph(pos, label, number))
            for element, text in _pieces(paragraph):
                if element is not None:
                    elements.append((element, pos))
                    if (element.tag == DELETED) != deleted and text:
                        # Deleted text is invisible in Word, so its findings say where they are.
                        deleted = not deleted
                        paragraphs.append(Paragraph(pos, "deleted" if deleted else label, number, origin))
                chunks.append(text)
                pos += len(text)
            chunks.append("\n")
            pos += 1
    return "".join(chunks), tuple(paragraphs), elements


def _limit(text: str, max_bytes: int) -> str:
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise DocumentError(f"holds too much text ({size:,} bytes; the limit is {max_bytes:,}, see --max-size)")
    return text


def read_docx(data: bytes, max_bytes: int, purpose: str = CHECK) -> Extracted:
    document = _open(data, max_bytes)
    parts = _Parts(document)
    if purpose != CHECK:
        _strip(document, parts)
    text, paragraphs, _ = _layout(parts, with_comments=purpose == CHECK)
    return Extracted(_limit(text, max_bytes), paragraphs)


def _strip(document, parts: _Parts) -> None:
    """Accept tracked changes, remove comments, field codes, links and alt text; clear the properties."""
    package = document.part.package
    for _, root in list(parts.roots(with_comments=False)):
        top = root.getroottree().getroot()
        etree.strip_elements(top, *REMOVED, with_tail=False)
        etree.strip_tags(top, *UNWRAPPED)
        for element in top.iter():
            if isinstance(element.tag, str) and etree.QName(element).localname in ("docPr", "cNvPr"):
                for attribute in ("descr", "title"):
                    element.attrib.pop(attribute, None)
    settings = document.settings.element
    etree.strip_elements(settings, *REMOVED, with_tail=False)
    for part in list(package.iter_parts()):
        for rid, rel in list(part.rels.items()):
            if _reltype_name(rel.reltype) in DROPPED_RELS:
                part.rels.pop(rid)
    for rid, rel in list(package.rels.items()):
        if rel.reltype in DROPPED_PACKAGE_RELS:
            package.rels.pop(rid)
    _clear_properties(document)


def _clear_properties(document) -> None:
    props = document.core_properties
    for name in CLEARED_PROPERTIES:
        setattr(props, name, "")
    props.revision = 1
    # Creation and modification dates can date a visit; remove them rather than invent new ones.
    element = props._element
    for child in list(element):
        if etree.QName(child).localname in ("created", "modified", "lastPrinted"):
            element.remove(child)


def picture_count(document) -> int:
    return sum(1 for p in document.part.package.iter_parts() if (p.content_type or "").startswith("image/"))


def safe_copy(data: bytes, max_bytes: int, find: Callable[[str], list]) -> tuple[bytes, str, int]:
    """The safe .docx, its plain text, and how many pictures it still holds (a photo can identify too).

    `find(text)` returns the findings for the cleaned text; each identifier is replaced inside the
    runs that hold it, so untouched runs keep their formatting.
    """
    from ..placeholders import labels, safe_version

    document = _open(data, max_bytes)
    for part in document.part.package.iter_parts():
        if str(part.partname).startswith(UNCHECKABLE):
            raise DocumentError("contains a chart, diagram or embedded file whose text discreet cannot check; "
                                "remove it, or share the plain text instead")
    parts = _Parts(document)
    _strip(document, parts)
    text, _, elements = _layout(parts, with_comments=False)
    findings = find(_limit(text, max_bytes))
    chosen = labels(text, findings)
    edits: dict[int, list[tuple[int, int, str]]] = {}
    starts = [start for _, start in elements]
    for i, placeholder in chosen.items():
        _plan(findings[i].start, findings[i].end, placeholder, elements, starts, edits)
    for index, changes in edits.items():
        element = elements[index][0]
        value = element.text or ""
        for start, end, replacement in sorted(changes, reverse=True):
            value = value[:start] + replacement + value[end:]
        element.text = value
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    parts.store()
    out = io.BytesIO()
    document.save(out)

    return out.getvalue(), safe_version(text, findings), picture_count(document)


def _plan(start: int, end: int, placeholder: str, elements, starts, edits) -> None:
    """The placeholder goes into the first run the identifier touches; the rest of it is cut from later runs."""
    first = True
    i = max(0, bisect.bisect_right(starts, start) - 1)
    while i < len(elements) and elements[i][1] < end:
        element, at = elements[i]
        lo, hi = max(start, at), min(end, at + len(element.text or ""))
        if hi > lo:
            edits.setdefault(i, []).append((lo - at, hi - at, placeholder if first else ""))
            first = False
        i += 1
