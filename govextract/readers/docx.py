"""Word (.docx) reports through python-docx.

Paragraphs and tables are read in body order, also inside content controls
(w:sdt) and inside tables used for page layout (a table that holds other
tables or the report's section headings is a frame, read as the blocks it
contains). Tables are read from their XML grid, not through python-docx's
`row.cells`, which repeats a merged cell once per grid column it covers,
follows a vertical merge up through every row (recursion: a column merged
down 3,000 rows exhausts the stack), fails on a merge that starts in the first
row, and builds a list as long as any gridSpan says (2147483647). Here each
cell appears once, in the row where it starts, as in HTML, and spans are
bounded by the table's real number of columns.
A .docx is a zip, so its members are sized up before anything is inflated.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.text.paragraph import Paragraph as DocxParagraph

from .. import normalize, timelimit
from ..errors import ParseError
from ..model import Cell, Document, Paragraph, Source, Table
from .layout import headings_in

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_ = f"{{{_W}}}"

MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200


def _check_zip(data: bytes, path):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile:
        raise ParseError(path, "损坏的 DOCX 文件 / corrupt DOCX (not a readable zip)", "read", "E_CORRUPT") from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > MAX_UNPACKED or total / packed > MAX_RATIO:
        raise ParseError(path, f"DOCX 解压后过大（{total} 字节，压缩比 {total / packed:.0f}）/ DOCX refused: "
                               f"{total} bytes unpacked, ratio {total / packed:.0f} (zip bomb?)", "read", "E_BOMB")


def read_docx(data: bytes, path=None) -> Document:
    _check_zip(data, path)
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise ParseError(path, f"无法读取 DOCX / DOCX could not be read: {exc}", "read", "E_CORRUPT") from None
    doc = Document(meta={"format": "docx"})
    paragraphs = tables = 0    # doc.paragraphs rebuilds its list on every call
    for kind, element in _blocks(d.element.body):
        timelimit.check("read DOCX")
        if kind == "p":
            text = normalize.paragraph(DocxParagraph(element, d).text)
            if text:
                doc.blocks.append(Paragraph(text, Source(paragraph=paragraphs)))
                paragraphs += 1
        else:
            doc.blocks.append(_table(element, d, tables))
            tables += 1
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


def _table(tbl, d, index: int) -> Table:
    """Rows of cells from the table's grid: a cell at the grid column where it
    starts, a vertically merged cell only in the row that starts the merge."""
    rows = _own(tbl, "tr")
    width = len(tbl.findall(f"{_W_}tblGrid/{_W_}gridCol")) or max((len(_own(tr, "tc")) for tr in rows), default=0)
    out = []
    for r, tr in enumerate(rows):
        timelimit.check("read DOCX")
        col, cells = _int(tr.find(f"{_W_}trPr/{_W_}gridBefore"), 0), []
        for tc in _own(tr, "tc"):
            if col >= width:
                break   # more cells than the grid has columns: the rest would have no column
            span = min(max(_int(tc.find(f"{_W_}tcPr/{_W_}gridSpan"), 1), 1), width - col)
            merge = tc.find(f"{_W_}tcPr/{_W_}vMerge")
            continues = merge is not None and merge.get(f"{_W_}val", "continue") == "continue"
            if not (continues and r > 0):
                text = " ".join(DocxParagraph(p, d).text for p in tc.iterchildren(f"{_W_}p"))
                cells.append(Cell(normalize.spaces(normalize.chars(text)), Source(table=index, row=r, col=col)))
            col += span
        out.append(cells)
    return Table(out, Source(table=index))


def _own(element, tag: str) -> list:
    """The element's `w:tag` children, also those wrapped in content controls."""
    out = []
    for child in element.iterchildren():
        name = _local(child.tag)
        if name == tag:
            out.append(child)
        elif name in _WRAPPERS:
            out.extend(_own(child, tag))
    return out


def _int(element, default: int) -> int:
    """The w:val of an element such as w:gridSpan, or `default` if absent or not a number."""
    value = element.get(f"{_W_}val") if element is not None else None
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
