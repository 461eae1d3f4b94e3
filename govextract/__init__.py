"""govextract: Chinese government information-disclosure annual reports
(政府信息公开工作年度报告) as structured, checked records.

    >>> import govextract
    >>> record = govextract.parse("report.pdf")
    >>> record.to_dict()["tables"]["requests"]["new_received"]["total"]
"""
from __future__ import annotations

import hashlib
import os

from .errors import ParseError
from .readers import read_bytes
from .readers.text import read_text
from .record import Record
from . import timelimit

__all__ = ["parse", "parse_bytes", "parse_text", "Record", "ParseError"]
__version__ = "0.1.0"


def parse(path, time_limit=None, templates=None, ocr="auto") -> Record:
    """Parse one report file (PDF, HTML, DOCX or text, recognised by content): a path,
    or a binary file-like object (an upload, `io.BytesIO`, `sys.stdin.buffer`).

    `time_limit` (seconds) makes a document that takes longer fail with a
    ParseError instead of holding the caller. `templates` is a folder of
    template specs to use instead of the bundled `lexicons/templates/`. `ocr` says how
    scanned PDF pages are read: "auto" by OCR when the `ocr` extra is installed, True
    always (a missing extra is an error), False never."""
    if hasattr(path, "read"):
        name = getattr(path, "name", None)
        try:
            data = path.read()
        except OSError as exc:
            raise ParseError(name, f"无法读取 / cannot read: {exc.strerror or exc}", "open", "E_OPEN") from None
        if isinstance(data, str):   # a file opened in text mode: its text is the report
            data = data.encode("utf-8")
        return parse_bytes(data, path=name if isinstance(name, str) else None, time_limit=time_limit,
                           templates=templates, ocr=ocr)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise ParseError(path, f"无法打开文件 / cannot open file: {exc.strerror or exc}", "open", "E_OPEN") from None
    return parse_bytes(data, path=path, time_limit=time_limit, templates=templates, ocr=ocr)


def parse_bytes(data: bytes, path=None, time_limit=None, templates=None, ocr="auto") -> Record:
    """Parse a report given as bytes (an archive member, a download): `path` only names it,
    in the record's meta and in errors; the other arguments are `parse`'s."""
    with timelimit.limit(time_limit, path):
        doc = read_bytes(data, path, ocr)
        doc.meta["sha256"] = hashlib.sha256(data).hexdigest()
        if path is not None:
            doc.meta["file"] = os.path.basename(str(path))
        return _pipeline().build(doc, path, templates)


def parse_text(text: str, templates=None) -> Record:
    """Parse a report already in hand as a string."""
    return _pipeline().build(read_text(text), templates=templates)


def _pipeline():
    """The pipeline module, imported on first use: it loads spaCy (half a second),
    which `govextract --help`, `--version` and a batch's main process never need."""
    from . import pipeline
    return pipeline
