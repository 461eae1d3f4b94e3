"""PDF reports (text layer) through pdfplumber.

pdfplumber finds the ruled tables and gives each cell's text and box; text
lines outside the tables become the narrative, in page order, with page
furniture (`- 4 -`, `第4页`) dropped and hard-wrapped lines joined across
pages. Cells keep their page and box, so every value can be found again.
Boxes drawn around ordinary paragraphs are not tables: a "table" without a
single numeric cell is read as text.
"""
from __future__ import annotations

import io
import logging

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from .. import normalize, timelimit
from ..errors import ParseError
from ..model import Cell, Document, Paragraph, Source, Table
from ..values import parse_cell
from .text import join_wrapped

# pdfminer reports every odd font descriptor at WARNING; none of it is ours to act on.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _open(data: bytes, path):
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect:
        raise ParseError(path, "PDF 已加密，需要密码 / the PDF is encrypted (password required)", "read") from None
    except (PDFSyntaxError, Exception) as exc:  # pdfminer has no single error type for damage
        raise ParseError(path, f"损坏的 PDF / corrupt or truncated PDF ({type(exc).__name__}: {exc})", "read") from None


def read_pdf(data: bytes, path=None) -> Document:
    pdf = _open(data, path)
    with pdf:
        try:
            pages = list(pdf.pages)
        except Exception as exc:
            raise ParseError(path, f"损坏的 PDF / corrupt PDF page tree ({type(exc).__name__})", "read") from None
        if not pages:
            raise ParseError(path, "PDF 没有页面 / the PDF has no pages", "read")
        doc = Document(meta={"format": "pdf", "pages": len(pages)})
        prose: list = []   # (page, bbox, text) lines waiting to become paragraphs
        chars = 0
        for number, page in enumerate(pages, start=1):
            timelimit.check(f"read page {number}")
            try:
                chars += len(page.chars)
                _read_page(page, number, doc, prose)
            except Exception as exc:
                doc.warnings.append(f"第 {number} 页无法读取 / page {number} could not be read ({type(exc).__name__})")
        _flush(prose, doc)
    if chars == 0:
        raise ParseError(path, "PDF 没有文字层（扫描图片版），需要先做 OCR / image-only PDF with no text layer "
                               "(a scanned report); run OCR first", "read")
    return doc


def _read_page(page, number: int, doc: Document, prose: list):
    tables = [t for t in page.find_tables() if _is_data_table(t)]
    boxes = [t.bbox for t in tables]
    items = []
    for line in page.extract_text_lines():
        mid = (line["top"] + line["bottom"]) / 2
        if any(b[1] <= mid <= b[3] and b[0] - 2 <= line["x0"] <= b[2] for b in boxes):
            continue
        if normalize.PAGE_NUMBER.match(line["text"]):
            continue
        items.append((line["top"], "line", line))
    items.extend((t.bbox[1], "table", t) for t in tables)
    for _, kind, item in sorted(items, key=lambda x: x[0]):
        if kind == "line":
            bbox = (item["x0"], item["top"], item["x1"], item["bottom"])
            prose.append((number, bbox, item["text"]))
        else:
            _flush(prose, doc)
            doc.blocks.append(_table(item, number, len(doc.tables)))


def _is_data_table(table) -> bool:
    rows = table.extract()
    return any(parse_cell(c or "") is not None and (c or "").strip() for row in rows for c in row)


def _table(table, page: int, index: int) -> Table:
    rows = []
    for r, (texts, row) in enumerate(zip(table.extract(), table.rows)):
        cells = []
        for c, (text, bbox) in enumerate(zip(texts, row.cells)):
            if text is None:
                continue  # covered by a merged cell that starts further up or left
            clean = normalize.spaces(normalize.chars(text.replace("\n", " ")))
            cells.append(Cell(clean, Source(page=page, bbox=_round(bbox), table=index, row=r, col=c)))
        if cells:
            rows.append(cells)
    return Table(rows, Source(page=page, bbox=_round(table.bbox), table=index))


def _round(bbox):
    return tuple(round(v, 1) for v in bbox) if bbox else None


def _flush(prose: list, doc: Document):
    numbered = [(i, text) for i, (_, _, text) in enumerate(prose)]
    for group in join_wrapped(numbered):
        first = prose[group[0][0]]
        text = "".join(normalize.paragraph(t) for _, t in group)
        if text:
            doc.blocks.append(Paragraph(text, Source(page=first[0], bbox=_round(first[1]))))
    prose.clear()
