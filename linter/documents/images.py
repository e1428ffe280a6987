"""Pictures without their metadata: a camera writes the baby's name (EXIF comment) and where the photo was
taken (GPS) into the file, and Word and LibreOffice copy it byte for byte into the document.

Dependency-free: a JPEG keeps its image segments and a minimal JFIF header (no APPn, no comments); a PNG
keeps only the chunks that draw the picture. Other picture types are not stripped, so they are dropped.
"""
from __future__ import annotations

import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Chunks that draw the picture; text, EXIF, timestamps and every unknown chunk are left out.
PNG_KEPT = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"sRGB", b"cHRM", b"pHYs"}
JFIF_APP0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
# JPEG markers without a length field.
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


class ImageError(Exception):
    """The picture cannot be stripped (damaged or of a kind discreet cannot clean)."""


def strip_metadata(data: bytes) -> bytes:
    if data.startswith(b"\xff\xd8"):
        return strip_jpeg(data)
    if data.startswith(PNG_SIGNATURE):
        return strip_png(data)
    raise ImageError("not a JPEG or PNG picture")


def strip_jpeg(data: bytes) -> bytes:
    out = [b"\xff\xd8", JFIF_APP0]
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ImageError("damaged JPEG")
        marker = data[pos + 1] if pos + 1 < len(data) else -1
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            out.append(data[pos:pos + 2])
            pos += 2
            continue
        if marker == 0xD9:  # end of image
            out.append(b"\xff\xd9")
            return b"".join(out)
        if pos + 4 > len(data):
            raise ImageError("damaged JPEG")
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise ImageError("damaged JPEG")
        segment = data[pos:end]
        if marker == 0xDA:  # start of scan: the entropy-coded data runs to the next marker that is not RSTn
            scan = end
            while scan + 1 < len(data) and not (data[scan] == 0xFF and data[scan + 1] not in (0x00, *range(0xD0, 0xD8))):
                scan += 1
            out.append(data[pos:scan])
            pos = scan
            continue
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE):  # APPn (EXIF, XMP, ICC, ...) and COM are dropped
            out.append(segment)
        pos = end
    raise ImageError("damaged JPEG (no end marker)")


def strip_png(data: bytes) -> bytes:
    out = [PNG_SIGNATURE]
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ImageError("damaged PNG")
        body = data[pos + 8:pos + 8 + length]
        if struct.unpack(">I", data[pos + 8 + length:end])[0] != zlib.crc32(kind + body) & 0xFFFFFFFF:
            raise ImageError("damaged PNG")
        if kind in PNG_KEPT:
            out.append(data[pos:end])
        pos = end
        if kind == b"IEND":
            return b"".join(out)
    raise ImageError("damaged PNG (no end chunk)")
