"""One reader per input format, each turning bytes into a `Document`.

The format is recognised from the content (`sniff`), not the file name: a PDF
saved as .html is still read as a PDF. Adding a format means adding a reader here.
"""
from __future__ import annotations

from ..decoding import decode
from ..errors import ParseError
from ..model import Document
from . import text as text_reader
from .sniff import refusal, sniff

MAX_BYTES = 200 * 1024 * 1024


def read_bytes(data: bytes, path=None, ocr="auto") -> Document:
    if not data or not data.strip():
        raise ParseError(path, "文件为空 / the file is empty", "read", "E_EMPTY")
    if len(data) > MAX_BYTES:
        raise ParseError(path, f"文件过大（{len(data)} 字节）/ file too large ({len(data)} bytes)", "read", "E_TOO_LARGE")
    kind = sniff(data, path)
    if kind == "pdf":
        from . import pdf
        return pdf.read_pdf(data, path, ocr)
    if kind == "docx":
        from . import docx
        return docx.read_docx(data, path)
    if kind == "html":
        from . import html
        return html.read_html(data, path)
    refused = refusal(kind)
    if refused:
        raise ParseError(path, refused[1], "read", refused[0])
    warnings: list = []
    text, encoding = decode(data, path=path, warnings=warnings)
    doc = text_reader.read_text(text)
    doc.warnings.extend(warnings)
    doc.meta["encoding"] = encoding
    return doc
