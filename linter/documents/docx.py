"""Word .docx: read every place a name can hide, and write a safe copy with identifiers replaced in place.

A name in a comment, a deleted tracked change, the properties, an author field or a link target still
travels with the file, so `check` reads them. The safe copy is built from what is known safe: an
allow-list of parts, no external targets, and inside the XML nothing that holds free text outside the
checked text; pictures lose their metadata. It is then checked as it will be shared.
"""
from __future__ import annotations

import bisect
import io
from typing import Callable, Iterator

from lxml import etree

from . import CHECK, ENCRYPTED, NOT_WORD, DocumentError, Extracted, Hidden, Paragraph, check_unpacked_size, with_hidden

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P = _w("p")
DELETED = _w("delText")
# Math and DrawingML text runs are read (and replaced) like Word's own.
TEXT_TAGS = {_w("t"), DELETED, f"{{{MATH}}}t", f"{{{DRAWING}}}t"}
INSERTED = {_w("ins"), _w("moveTo")}
CHARACTER_TAGS = {_w("tab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
# Part kinds read after the body, in this order; the comments part only when checking.
TEXT_PARTS = ("header", "footer", "footnotes", "endnotes", "comments")
PART_LABEL = {"header": "header", "footer": "footer", "footnotes": "footnote", "endnotes": "endnote", "comments": "comment"}

# The safe copy is built from what is known safe: these relationships (and their parts) are kept, every
# other part (comments, people, glossary building blocks, embedded HTML, custom XML, app and custom
# properties, the thumbnail, web settings, embedded fonts) and every external target is left out.
KEPT_RELS = {"officeDocument", "core-properties", "styles", "stylesWithEffects", "numbering", "fontTable", "theme",
             "settings", "header", "footer", "footnotes", "endnotes", "image"}
# Elements removed with everything inside: tracked-change history, comments, field codes, and every element
# whose attributes hold free text (alt text, bookmark and content-control names, smart-tag data, mail merge).
REMOVED = [_w(t) for t in (
    "del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange",
    "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "commentRangeStart", "commentRangeEnd", "commentReference", "instrText", "delInstrText", "fldChar", "docVars",
    "attachedTemplate", "altChunk", "sdtPr", "sdtEndPr", "smartTagPr", "customXmlPr", "tblCaption", "tblDescription",
    "bookmarkStart", "bookmarkEnd", "permStart", "permEnd", "mailMerge", "saveThroughXslt", "embedRegular",
    "embedBold", "embedItalic", "embedBoldItalic",
)] + [f"{{{DRAWING}}}{t}" for t in ("hlinkClick", "hlinkHover")]
# Wrappers removed keeping their content (the text inside is checked like any other text).
UNWRAPPED = [_w(t) for t in ("ins", "moveTo", "hyperlink", "fldSimple", "smartTag", "customXml", "sdt", "sdtContent")]
# Attributes that hold free text: picture names and descriptions, VML alt text and titles, link targets.
FREE_TEXT_ATTRIBUTES = {"descr", "title", "alt", "href", "string", "author", "initials", "tooltip"}
PICTURE_HOLDERS = {_w("drawing"), _w("pict"), _w("object")}
UNCHECKABLE = ("/word/charts/", "/word/diagrams/", "/word/embeddings/", "/word/activeX/")


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


def _inserted(element, paragraph) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in INSERTED:
            return True
    return False


def _layout(parts: _Parts, with_comments: bool) -> tuple[str, tuple[Paragraph, ...], list[tuple[object, int]]]:
    """One text for the engine: paragraphs joined by newlines, plus where each w:t element starts."""
    chunks: list[str] = []
    paragraphs: list[Paragraph] = []
    elements: list[tuple[object, int]] = []
    pos = number = 0
    for label, root in parts.roots(with_comments):
        for paragraph in root.iter(P):
            number, origin, deleted, shift, change = number + 1, pos, False, 0, None
            paragraphs.append(Paragraph(pos, label, number))
            for element, text in _pieces(paragraph):
                if element is not None and text:
                    now = "del" if element.tag == DELETED else "ins" if _inserted(element, paragraph) else None
                    if {change, now} == {"del", "ins"}:
                        # A replaced word and its replacement are two versions, never one name.
                        chunks.append("\n")
                        pos, shift = pos + 1, shift + 1
                    change = now
                    if (element.tag == DELETED) != deleted:
                        # Deleted text is invisible in Word, so its findings say where they are.
                        deleted = not deleted
                        paragraphs.append(Paragraph(pos, "deleted" if deleted else label, number, origin + shift))
                if element is not None:
                    elements.append((element, pos))
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
    if purpose != CHECK:
        return Extracted(_limit(text, max_bytes), paragraphs)
    extracted = with_hidden(text, list(paragraphs), _hidden(document, parts), max_bytes)
    _limit(extracted.text, max_bytes)
    return extracted


# Attributes read as hidden text by `check`: (element, attribute, label).
HIDDEN_ATTRIBUTES = [("docPr", "descr", "Picture description"), ("docPr", "title", "Picture title"),
                     ("docPr", "name", "Picture name"), ("cNvPr", "descr", "Picture description"),
                     ("cNvPr", "title", "Picture title"), ("cNvPr", "name", "Picture name"),
                     ("shape", "alt", "Picture alt text"), ("imagedata", "title", "Picture title"),
                     ("tblCaption", "val", "Table caption"), ("tblDescription", "val", "Table description"),
                     ("alias", "val", "Content control"), ("tag", "val", "Content control tag"),
                     ("listItem", "displayText", "Content control item"), ("listItem", "value", "Content control item"),
                     ("bookmarkStart", "name", "Bookmark"), ("attr", "val", "Smart tag")]


def _hidden(document, parts: _Parts) -> list[Hidden]:
    """Properties, authors, link targets and alt text: what travels with the file outside its text."""
    props = document.core_properties
    found = [Hidden("properties", "Author", props.author, True),
             Hidden("properties", "Last saved by", props.last_modified_by, True)]
    found += [Hidden("properties", label, value or "") for label, value in (
        ("Title", props.title), ("Subject", props.subject), ("Description", props.comments),
        ("Keywords", props.keywords), ("Category", props.category))]
    package = document.part.package
    for rel in package.rels.values():
        kind = _reltype_name(rel.reltype)
        if rel.is_external or kind not in ("extended-properties", "custom-properties"):
            continue
        for element in parts.root(rel.target_part).iter():
            if not isinstance(element.tag, str):
                continue
            local = etree.QName(element).localname
            if kind == "extended-properties" and local in ("Company", "Manager"):
                found.append(Hidden("properties", local, element.text or "", local == "Manager"))
            elif kind == "custom-properties" and local == "property":
                found.append(Hidden("properties", element.get("name", "Property"), "".join(element.itertext())))
    attributes = {(element, attribute): label for element, attribute, label in HIDDEN_ATTRIBUTES}
    for part in [document.part, *package.iter_parts()]:
        found += [Hidden("link", "Link", rel.target_ref) for rel in part.rels.values() if rel.is_external]
        if not (part.content_type or "").endswith("xml") or part.partname.startswith("/docProps/"):
            continue
        for element in parts.root(part).iter():
            if not isinstance(element.tag, str):
                continue
            local = etree.QName(element).localname
            for name, value in element.attrib.items():
                attribute = etree.QName(name).localname
                if attribute == "author":
                    label = "Comment by" if local == "comment" else "Tracked change by"
                    found.append(Hidden("properties", label, value, True))
                elif (local, attribute) in attributes:
                    found.append(Hidden("hidden", attributes[local, attribute], value.replace("_", " ")))
    return found


def _strip(document, parts: _Parts) -> list[str]:
    """Keep only the known-safe parts and, inside them, nothing that holds free text outside the checked
    text; pictures lose their metadata. Returns the content types of pictures left out (not cleanable)."""
    from .images import ImageError, strip_metadata

    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.is_external or _reltype_name(rel.reltype) not in KEPT_RELS:
            package.rels.pop(rid)
    left_out: list[str] = []
    kept_parts, queue = [], [document.part]
    while queue:
        part = queue.pop()
        if part in kept_parts:
            continue
        kept_parts.append(part)
        for rid, rel in list(part.rels.items()):
            if rel.is_external or _reltype_name(rel.reltype) not in KEPT_RELS:
                part.rels.pop(rid)
                continue
            target = rel.target_part
            if _reltype_name(rel.reltype) == "image":
                try:
                    target._blob = strip_metadata(target.blob)
                except ImageError:
                    left_out.append(target.content_type)
                    part.rels.pop(rid)
                continue
            queue.append(target)
    for part in kept_parts:
        if (part.content_type or "").endswith("xml"):
            _clean_xml(parts.root(part).getroottree().getroot(), set(part.rels))
    _clear_properties(document)
    return left_out


def _clean_xml(top, rids: set[str]) -> None:
    """Tracked changes accepted; comments, field codes, bookmarks, content-control settings, alt text,
    picture names and links removed; a picture whose part was left out goes with its drawing."""
    etree.strip_elements(top, *REMOVED, with_tail=False)
    etree.strip_tags(top, *UNWRAPPED)
    orphans = []
    for element in top.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        for name in list(element.attrib):
            qname = etree.QName(name)
            if qname.localname in FREE_TEXT_ATTRIBUTES:
                del element.attrib[name]
            elif qname.namespace == REL_NS and element.attrib[name] not in rids:
                del element.attrib[name]
                orphans.append(element)
        if local in ("docPr", "cNvPr") and "name" in element.attrib:
            element.set("name", f"Picture {element.get('id', '')}".strip())
    for element in orphans:
        holder = next((a for a in element.iterancestors() if a.tag in PICTURE_HOLDERS), None)
        if holder is not None and holder.getparent() is not None:
            holder.getparent().remove(holder)


def _clear_properties(document) -> None:
    """Every core property goes (names, title, dates that could date a visit); none is invented."""
    element = document.core_properties._element
    for child in list(element):
        element.remove(child)


def picture_count(document) -> int:
    return sum(1 for p in document.part.package.iter_parts() if (p.content_type or "").startswith("image/"))


def safe_copy(data: bytes, max_bytes: int, find: Callable[[str], list]) -> tuple[bytes, str, int, list[str]]:
    """The safe .docx, its plain text, how many pictures it still holds (a photo can identify too), and the
    content types of pictures left out because their hidden details cannot be cleaned.

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
    left_out = _strip(document, parts)
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
    return out.getvalue(), safe_version(text, findings), picture_count(document), left_out


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
