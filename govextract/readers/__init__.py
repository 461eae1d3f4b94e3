"""One reader per input format, each turning bytes into a `Document`.

The format is recognised from the content, not the file name: a PDF saved
as .html is still read as a PDF. Adding a format means adding a reader here.
"""
from __future__ import annotations

from ..decoding import decode
from ..errors import ParseError
from ..model import Document
from . import text as text_reader

MAX_BYTES = 200 * 1024 * 1024


def sniff(data: bytes) -> str:
    """'pdf', 'docx', 'html', 'doc', 'zip' or 'text' by content; text that will
    not decode is reported as an unrecognised file when it is decoded."""
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536] else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    low = head.lower()
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if low.startswith(bom):
            low = low[len(bom):]
    probe = low.replace(b"\x00", b"")
    if any(tag in probe for tag in (b"<html", b"<!doctype html", b"<body", b"<p", b"<div", b"<table", b"<meta")):
        return "html"
    return "text"


def read_bytes(data: bytes, path=None) -> Document:
    if not data or not data.strip():
        raise ParseError(path, "文件为空 / the file is empty", "read")
    if len(data) > MAX_BYTES:
        raise ParseError(path, f"文件过大（{len(data)} 字节）/ file too large ({len(data)} bytes)", "read")
    kind = sniff(data)
    if kind == "pdf":
        from . import pdf
        return pdf.read_pdf(data, path)
    if kind == "docx":
        from . import docx
        return docx.read_docx(data, path)
    if kind == "html":
        from . import html
        return html.read_html(data, path)
    if kind == "doc":
        raise ParseError(path, "这是旧版 Word（.doc/.wps）文件，请先转换为 .docx 或 PDF，例如 "
                               "`libreoffice --headless --convert-to docx FILE` / this is a legacy Word (.doc/.wps) "
                               "file; convert it to .docx or PDF first", "read")
    if kind == "zip":
        raise ParseError(path, "这是 zip 压缩包而不是报告 / this is a zip archive, not a report "
                               "(use `govextract batch` to read archives)", "read")
    warnings: list = []
    text, encoding = decode(data, path=path, warnings=warnings)
    doc = text_reader.read_text(text)
    doc.warnings.extend(warnings)
    doc.meta["encoding"] = encoding
    return doc
