"""Word (.docx) reports through python-docx.

Paragraphs and tables are read in body order, also inside content controls
(w:sdt) and inside tables used for page layout (a table that holds other
tables or the report's section headings is a frame, read as the blocks it
contains). python-docx repeats a merged cell once per grid column it covers
(and a vertically merged one in every row); here each cell appears once, in
the row where it starts, as in HTML.
A .docx is a zip, so its members are sized up before anything is inflated.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from .. import normalize
from ..errors import ParseError
from ..model import Cell, Document, Paragraph, Source, Table
from .layout import headings_in

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200


def _check_zip(data: bytes, path):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile:
        raise ParseError(path, "损坏的 DOCX 文件 / corrupt DOCX (not a readable zip)", "read") from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > MAX_UNPACKED or total / packed > MAX_RATIO:
        raise ParseError(path, f"DOCX 解压后过大（{total} 字节，压缩比 {total / packed:.0f}）/ DOCX refused: "
                               f"{total} bytes unpacked, ratio {total / packed:.0f} (zip bomb?)", "read")


def read_docx(data: bytes, path=None) -> Document:
    _check_zip(data, path)
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise ParseError(path, f"无法读取 DOCX / DOCX could not be read: {exc}", "read") from None
    doc = Document(meta={"format": "docx"})
    for kind, element in _blocks(d.element.body):
        if kind == "p":
            text = normalize.paragraph(DocxParagraph(element, d).text)
            if text:
                doc.blocks.append(Paragraph(text, Source(paragraph=len(doc.paragraphs))))
        else:
            doc.blocks.append(_table(DocxTable(element, d), len(doc.tables)))
    return doc


_WRAPPERS = {"sdt", "sdtContent", "customXml", "smartTag"}


def _blocks(element):
    """('p' | 'tbl', element) in reading order, through wrappers and layout tables."""
    for child in element.iterchildren():
        tag = _local(child.tag)
        if tag == "p":
            yield "p", child
        elif tag == "tbl" and _is_layout(child):
            for cell in child.iter(f"{{{_W}}}tc"):
                if cell.getparent().getparent() is child:   # this table's own cells, not nested ones
                    yield from _blocks(cell)
        elif tag == "tbl":
            yield "tbl", child
        elif tag in _WRAPPERS:
            yield from _blocks(child)


def _is_layout(table) -> bool:
    nested = next((t for t in table.iter(f"{{{_W}}}tbl") if t is not table), None)
    text = "".join(table.itertext())
    return nested is not None or bool(headings_in(text))


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _table(table: DocxTable, index: int) -> Table:
    rows, seen = [], set()
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row.cells):
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            text = normalize.spaces(normalize.chars(" ".join(p.text for p in cell.paragraphs)))
            cells.append(Cell(text, Source(table=index, row=r, col=c)))
        rows.append(cells)
    return Table(rows, Source(table=index))
