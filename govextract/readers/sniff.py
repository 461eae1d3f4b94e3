"""What kind of file this is, decided by its structure, in one place.

`read_bytes`, the batch's inputs and the command line all ask here. First bytes
lie: a zip stored without compression has a PDF's `%PDF-` a few bytes in, a
DOCX whose first part is a thumbnail starts like any zip, a text report may
quote `%PDF-`. So a zip is told apart by its central directory, a PDF by its
header at the start or by header and trailer together, and only what content
cannot settle (a style sheet, a CSV) by the file name.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from typing import Optional

HEAD = 65536
TAIL = 2048

# Formats a report is not published in, told by their first bytes.
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image"), (b"\xff\xd8\xff", "image"), (b"GIF87a", "image"), (b"GIF89a", "image"),
    (b"II*\x00", "image"), (b"MM\x00*", "image"), (b"\x00\x00\x01\x00", "image"),
    (b"Rar!\x1a\x07", "rar"), (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"wOFF", "font"), (b"wOF2", "font"), (b"\x00\x01\x00\x00\x00", "font"), (b"OTTO", "font"),
    (b"ID3", "media"), (b"OggS", "media"), (b"\x1aE\xdf\xa3", "media"), (b"MZ", "program"), (b"\x7fELF", "program"),
    (b"SQLite format 3\x00", "database"),
]
_TAR_MAGIC = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = bytes(c for c in range(32) if c not in b"\t\n\r")
# A tag that makes a page (`<p` only as the tag itself: a scrape's leftover `<progress>` is no paragraph).
_HTML_TAG = re.compile(rb"<(?:html|!doctype\s+html|body|p|div|table|meta)(?=[\s>/])", re.I)
_DOCUMENT_TAG = re.compile(rb"<(?:html|!doctype\s+html|body)(?=[\s>/])", re.I)
_ANY_TAG = re.compile(rb"</?[a-zA-Z!][^<>\n]*>")
# A text whose lines without markup hold at least this share of its bytes is prose, not a page.
_PROSE_SHARE = 0.75
# Text formats that hold data or code, never a report, when content alone cannot say so.
_DATA_SUFFIXES = {".json": "json", ".jsonl": "json", ".geojson": "json", ".tsv": "tsv", ".csv": "csv",
                  ".css": "css", ".js": "script", ".mjs": "script", ".map": "json", ".xml": "xml",
                  ".svg": "image", ".yaml": "yaml", ".yml": "yaml"}

REFUSED = {
    "doc": ("E_LEGACY_OFFICE", "这是旧版 Word（.doc/.wps）文件，请先转换为 .docx 或 PDF，例如 "
                               "`libreoffice --headless --convert-to docx FILE` / this is a legacy Word (.doc/.wps) "
                               "file; convert it to .docx or PDF first"),
    "zip": ("E_ARCHIVE", "这是 zip 压缩包而不是报告 / this is a zip archive, not a report "
                         "(use `govextract batch` to read archives)"),
    "tar": ("E_ARCHIVE", "这是压缩文件或 tar 包而不是报告 / this is a compressed file or tar archive, not a report "
                         "(use `govextract batch` to read archives)"),
}
_UNSUPPORTED = {"odf": "OpenDocument", "xlsx": "Excel spreadsheet", "pptx": "PowerPoint presentation",
                "ofd": "OFD", "epub": "EPUB", "image": "image", "rar": "RAR archive", "7z": "7-Zip archive",
                "font": "font", "media": "audio/video", "program": "program", "database": "database"}
_DATA = {"json": "JSON", "tsv": "TSV table", "csv": "CSV table", "css": "style sheet", "script": "JavaScript",
         "xml": "XML", "yaml": "YAML"}
REFUSED.update({k: ("E_UNSUPPORTED_TYPE", f"不支持的文件类型（{v}），不是报告 / unsupported file type ({v}): "
                                          "not a report format govextract reads") for k, v in _UNSUPPORTED.items()})
REFUSED.update({k: ("E_NOT_A_REPORT", f"数据文件（{v}），不是报告 / a data file ({v}), not a report")
                for k, v in _DATA.items()})


def sniff(data: bytes, name=None) -> str:
    """The kind of a whole file in hand: 'pdf', 'docx', 'html', 'text' (the readable
    ones), 'zip' or 'tar' (archives), or a kind in REFUSED."""
    return _kind(data[:HEAD], data[-TAIL:], lambda: zipfile.ZipFile(io.BytesIO(data)), name)


def sniff_file(path) -> str:
    """The kind of a file on disk, reading only its head, its tail and (for a zip) its directory."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD)
        size = fh.seek(0, os.SEEK_END)
        fh.seek(max(0, size - TAIL))
        tail = fh.read(TAIL)
    return _kind(head, tail, lambda: zipfile.ZipFile(path), path)


def sniff_head(head: bytes, name=None) -> str:
    """The kind from the first bytes alone (an archive member before it is read whole):
    a zip-like head says only 'zip', as its directory is not in hand."""
    return _kind(head, b"", None, name)


def refusal(kind: str) -> Optional[tuple]:
    """(code, cause) for a kind that is not read as a report, else None."""
    return REFUSED.get(kind)


def _kind(head: bytes, tail: bytes, open_zip, name) -> str:
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _zip_kind(open_zip, head)
    if head.startswith(_OLE):
        return "doc"
    if _is_pdf(head, tail):
        return "pdf"
    if head.startswith(_TAR_MAGIC) or head[257:262] == b"ustar":
        return "tar"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "image" if head[8:12] == b"WEBP" else "media"
    if head[4:8] == b"ftyp":
        return "media"
    return _text_kind(head, name)


def _zip_kind(open_zip, head: bytes) -> str:
    """A zip's kind by the parts it lists: Office and OpenDocument files are zips too."""
    if open_zip is None:
        return "zip"
    try:
        with open_zip() as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # No readable directory: a damaged DOCX says so through its reader, anything else is a broken zip.
        return "docx" if b"word/" in head else "zip"
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "ppt/presentation.xml" in names:
            return "pptx"
    if "META-INF/manifest.xml" in names and "content.xml" in names:
        return "odf"
    if "META-INF/container.xml" in names and "mimetype" in names:
        return "epub"
    if "OFD.xml" in names:
        return "ofd"
    return "zip"


def _is_pdf(head: bytes, tail: bytes) -> bool:
    # Readers accept a header anywhere in the first KB; text quoting `%PDF-` has no trailer.
    at = head.find(b"%PDF-", 0, 1024)
    if at < 0:
        return False
    return not head[:at].strip() or b"%%EOF" in tail or b"startxref" in tail


def _text_kind(head: bytes, name) -> str:
    body = head
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if body.startswith(bom):
            body = body[len(bom):]
    probe = body.replace(b"\x00", b"").lstrip()
    if probe[:1] in (b"{", b"[") and probe[1:].lstrip()[:1] in (b'"', b"{", b"[", b"]", b"}"):
        return "json"
    low = probe[:2048].lower()
    if _DOCUMENT_TAG.search(low) or (_HTML_TAG.search(low) and not _is_prose(probe)):
        return "html"
    if low.startswith(b"<?xml"):
        return "image" if b"<svg" in low else "xml"
    if _is_tsv(probe):
        return "tsv"
    suffix = os.path.splitext(str(name or "").rsplit("!", 1)[-1])[1].lower()
    return _DATA_SUFFIXES.get(suffix, "text")


def _is_prose(probe: bytes) -> bool:
    """A text scrape that kept a few lines of tags (a mirror's empty `<em id=…></em>` lines) above
    its report: most of its bytes stand on lines without any markup, where a page's text sits
    inside its tags."""
    lines = [line.strip() for line in probe.split(b"\n") if line.strip()]
    tagged = sum(len(line) for line in lines if _ANY_TAG.search(line))
    total = sum(len(line) for line in lines)
    tag_lines = sum(1 for line in lines if _ANY_TAG.search(line))
    # A pretty-printed page puts its text on lines of its own, between more lines of tags.
    return total > 0 and (total - tagged) >= _PROSE_SHARE * total and tag_lines * 2 < len(lines)


def _is_tsv(probe: bytes) -> bool:
    """Every line of the head carries the same number of tabs: a table export, where a
    report (even one with tab-separated tables) opens with a title and prose."""
    head = probe[:4096]
    if head.translate(None, _CONTROL) != head:
        return False   # binary, not a table
    lines = [line for line in head.split(b"\n")[:-1] if line.strip()]
    return len(lines) >= 3 and len({line.count(b"\t") for line in lines}) == 1 and lines[0].count(b"\t") >= 1
