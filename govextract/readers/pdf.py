"""PDF reports (text layer): pypdfium2 reads the page, pdfplumber finds the tables.

pdfplumber on its own spends most of its time in pdfminer, interpreting every
page's content stream in Python (50–70 ms a page here). PDFium does the same in
C in a few milliseconds, so this reader takes each page's characters (with
their font boxes) and ruling segments from pypdfium2 and hands them, shaped as
pdfplumber objects, to pdfplumber's own table finder and text layout: the
same geometry (spans, wrapped cell text) for a fraction of the time.

PDFium measures glyphs from the font program, so a page set in a font that is
not embedded and not one of the standard 14 (iText's STSong-Light, say) is
mis-measured on a machine without that font, and lone characters on it
vanish. Such pages are read by pdfplumber itself, which takes the widths from
the PDF's own font dictionary.

Text lines outside the tables become the narrative, in page order, with page
furniture (`- 4 -`, `第4页`) dropped and hard-wrapped lines joined across
pages. Cells keep their page and box, so every value can be found again.
Boxes drawn around ordinary paragraphs are not tables: a "table" without a
single numeric cell is read as text. A table printed without rulings reaches
the text as lines of words and numbers; a run of such lines is read as a
table the way a text report's is (readers/text.py decides what a row is).
"""
from __future__ import annotations

import ctypes
import io
import threading

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber import utils as plumber_utils
from pdfplumber.table import TableFinder, TableSettings

from .. import normalize, timelimit
from ..errors import ParseError
from ..model import Cell, Document, Paragraph, Source, Table
from ..values import parse_cell
from .text import join_wrapped, split_cells

# PDFium is not thread-safe; parse() may run in several threads (Dask workers).
_PDFIUM = threading.Lock()
_TABLES = TableSettings.resolve(None)
DESCENT = 0.12   # of an em below the baseline, as in common CJK fonts
_SEGMENT_LINE, _SEGMENT_MOVE = pdfium_c.FPDF_SEGMENT_LINETO, pdfium_c.FPDF_SEGMENT_MOVETO


def read_pdf(data: bytes, path=None) -> Document:
    with _PDFIUM:
        plumber = _LazyPlumber(data, path)
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise ParseError(path, "PDF 已加密，需要密码 / the PDF is encrypted (password required)", "read") from None
            # PDFium refuses some damage pdfminer reads through, and an empty page
            # tree looks like damage to it; pdfplumber alone tells which.
            try:
                return _read(plumber.count(), plumber.page, path)
            finally:
                plumber.close()
        def sheet_of(index):
            page = pdf[index]
            if _measurable(page):
                return _Sheet(page)
            page.close()
            return plumber.page(index)

        try:
            return _read(len(pdf), sheet_of, path)
        finally:
            plumber.close()
            pdf.close()


class _LazyPlumber:
    """pdfplumber's view of the same file, opened only if a page needs it."""

    def __init__(self, data: bytes, path):
        self.data, self.path, self.pdf = data, path, None

    def _open(self):
        if self.pdf is None:
            try:
                self.pdf = pdfplumber.open(io.BytesIO(self.data))
                self.pdf.pages
            except PDFPasswordIncorrect:
                raise ParseError(self.path, "PDF 已加密，需要密码 / the PDF is encrypted (password required)", "read") from None
            except Exception as exc:  # pdfminer has no single error type for damage
                raise ParseError(self.path, f"损坏的 PDF / corrupt or truncated PDF ({type(exc).__name__}: {exc})", "read") from None
        return self.pdf

    def count(self) -> int:
        return len(self._open().pages)

    def page(self, index: int):
        return self._open().pages[index]

    def close(self):
        if self.pdf is not None:
            self.pdf.close()


def _read(count: int, sheet_of, path) -> Document:
    if count == 0:
        raise ParseError(path, "PDF 没有页面 / the PDF has no pages", "read")
    doc = Document(meta={"format": "pdf", "pages": count})
    prose: list = []   # (page, bbox, text) lines waiting to become paragraphs
    chars = 0
    for number in range(1, count + 1):
        timelimit.check(f"read page {number}")
        try:
            sheet = sheet_of(number - 1)
            chars += len(sheet.chars)
        except Exception as exc:  # PDFium or pdfminer on a damaged page
            doc.warnings.append(f"第 {number} 页无法读取 / page {number} could not be read ({type(exc).__name__})")
            continue
        _read_page(sheet, number, doc, prose)
    _flush(prose, doc)
    if chars == 0:
        raise ParseError(path, "PDF 没有文字层（扫描图片版），需要先做 OCR / image-only PDF with no text layer "
                               "(a scanned report); run OCR first", "read")
    return doc


_STANDARD_14 = ("Times", "Helvetica", "Courier", "Symbol", "ZapfDingbats")


def _measurable(page) -> bool:
    """Whether PDFium can measure every glyph on the page: all fonts embedded or standard."""
    seen = set()
    handle = page.raw
    for i in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = pdfium_c.FPDFPage_GetObject(handle, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        key = ctypes.cast(font, ctypes.c_void_p).value
        if key in seen:
            continue
        if pdfium_c.FPDFFont_GetIsEmbedded(font) != 1 and not _font_name(font).startswith(_STANDARD_14):
            return False
        seen.add(key)
    return True


def _font_name(font) -> str:
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", "replace").split("+")[-1]


class _Sheet:
    """One page as pdfplumber's table finder sees a page: `chars`, `edges`, `bbox`,
    with pdfplumber's coordinates (points from the top-left corner)."""

    def __init__(self, page):
        left, bottom, right, top = page.get_mediabox()
        self.bbox = (0, 0, right - left, top - bottom)
        self._to_top = lambda y: top - y
        self._left = left
        textpage = page.get_textpage()
        try:
            self.chars = self._chars(textpage)
        finally:
            textpage.close()
        self.edges = self._edges(page)
        page.close()

    def _chars(self, textpage) -> list:
        """Characters with pdfminer-style boxes: one em tall, standing on the baseline.
        PDFium's own "loose" boxes follow each font's ascent, so a bold heading
        and the body text on one line would not share a top and split the line."""
        out = []
        handle, matrix, box, seen = textpage.raw, pdfium_c.FS_MATRIX(), pdfium_c.FS_RECTF(), set()
        text = textpage.get_text_range()   # one call; index i is character i ...
        if len(text) != textpage.count_chars():   # ... unless a character lies outside the BMP
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(handle, i)) for i in range(textpage.count_chars()))
        for i, ch in enumerate(text):
            code = ord(ch)
            if code < 32 or code == 0xFFFE or (code == 32 and pdfium_c.FPDFText_IsGenerated(handle, i) == 1):
                continue
            pdfium_c.FPDFText_GetLooseCharBox(handle, i, box)
            x0, y0, x1, y1 = box.left, box.bottom, box.right, box.top
            pdfium_c.FPDFText_GetMatrix(handle, i, matrix)
            upright = abs(matrix.b) < 1e-3 and abs(matrix.c) < 1e-3 and matrix.a > 0 and matrix.d > 0
            if upright:
                size = pdfium_c.FPDFText_GetFontSize(handle, i) * matrix.d
                y0 = matrix.f - DESCENT * size
                y1 = y0 + size
            top, bottom = self._to_top(y1), self._to_top(y0)
            # Bold faked by printing a glyph twice at (nearly) one spot: keep one.
            spot = (code, round(x0), round(top))
            if spot in seen:
                continue
            seen.add(spot)
            out.append({"object_type": "char", "text": chr(code),
                        "x0": x0 - self._left, "x1": x1 - self._left, "top": top, "bottom": bottom,
                        "doctop": top, "width": x1 - x0, "height": bottom - top,
                        "upright": upright, "size": bottom - top,
                        "fontname": "", "stroking_color": None, "non_stroking_color": None})
        return out

    def _edges(self, page) -> list:
        edges = []
        for points in _paths(page):
            curve = {"pts": points, "top": 0, "doctop": 0}
            edges.extend(e for e in plumber_utils.curve_to_edges(curve) if e["orientation"])
        return edges


def _paths(page, form=None, matrices=(), depth=0):
    """The straight polylines drawn on a page, in page coordinates, forms included."""
    x, y = ctypes.c_float(), ctypes.c_float()
    sheet_point = _SheetPoint(page)
    for obj in page.get_objects(max_depth=1, form=form, level=depth):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
            yield from _paths(page, obj, (obj.get_matrix(), *matrices), depth + 1)
            continue
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        chain = (obj.get_matrix(), *matrices)
        points, start = [], None
        for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            point = sheet_point(chain, x.value, y.value)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == _SEGMENT_MOVE:
                if len(points) > 1:
                    yield points
                points, start = [point], point
            elif kind == _SEGMENT_LINE:
                points.append(point)
            else:   # a Bézier curve: not a ruling; break the polyline here
                if len(points) > 1:
                    yield points
                points = [point]
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start and points[-1] != start:
                points.append(start)
        if len(points) > 1:
            yield points


class _SheetPoint:
    """Object space → pdfplumber page space (from the top-left corner)."""

    def __init__(self, page):
        left, _, _, top = page.get_mediabox()
        self.left, self.top = left, top

    def __call__(self, chain, x, y):
        for matrix in chain:
            x, y = matrix.on_point(x, y)
        return (round(x - self.left, 3), round(self.top - y, 3))


def _read_page(sheet: _Sheet, number: int, doc: Document, prose: list):
    tables = []
    if sheet.edges:
        tables = [t for t in TableFinder(sheet, _TABLES).tables if _is_data_table(t)]
    boxes = [t.bbox for t in tables]
    items = []
    for line in plumber_utils.chars_to_textmap(sheet.chars, layout_bbox=sheet.bbox).extract_text_lines(
            strip=True, return_chars=True):
        mid = (line["top"] + line["bottom"]) / 2
        if any(b[1] <= mid <= b[3] and b[0] - 2 <= line["x0"] <= b[2] for b in boxes):
            continue
        if normalize.PAGE_NUMBER.match(line["text"]):
            continue
        items.append((line["top"], "line", line))
    items.extend((t.bbox[1], "table", t) for t in tables)
    items.sort(key=lambda x: x[0])
    i = 0
    while i < len(items):
        _, kind, item = items[i]
        run = _unruled_run(items, i) if kind == "line" else 0
        if run:
            _flush(prose, doc)
            doc.blocks.append(_line_table([line for _, _, line in items[i:i + run]], number, len(doc.tables)))
            i += run
            continue
        if kind == "line":
            bbox = (item["x0"], item["top"], item["x1"], item["bottom"])
            prose.append((number, bbox, item["text"]))
        else:
            _flush(prose, doc)
            doc.blocks.append(_table(item, number, len(doc.tables)))
        i += 1


def _unruled_run(items: list, start: int) -> int:
    """How many lines from `start` form a table printed without rulings: three or
    more lines that split into cells, two of them holding numbers; else 0."""
    end, numeric = start, 0
    while end < len(items) and items[end][1] == "line":
        cells = split_cells(items[end][2]["text"])
        if not cells or len(cells) < 2:
            break
        numeric += any((v := parse_cell(c)) is not None and v.value is not None for c in cells)
        end += 1
    return end - start if end - start >= 3 and numeric >= 2 else 0


def _line_table(lines: list, page: int, index: int) -> Table:
    """Rows from unruled lines; each cell's box is its word's, where words and cells agree."""
    rows = []
    for r, line in enumerate(lines):
        cells = split_cells(line["text"])
        words = plumber_utils.extract_words(line["chars"])
        boxes = ([(w["x0"], w["top"], w["x1"], w["bottom"]) for w in words] if len(words) == len(cells)
                 else [(line["x0"], line["top"], line["x1"], line["bottom"])] * len(cells))
        rows.append([Cell(normalize.spaces(normalize.chars(text)),
                          Source(page=page, bbox=_round(box), table=index, row=r, col=c))
                     for c, (text, box) in enumerate(zip(cells, boxes))])
    first = lines[0]
    return Table(rows, Source(page=page, bbox=_round((first["x0"], first["top"], lines[-1]["x1"], lines[-1]["bottom"])),
                              table=index))


def _is_data_table(table) -> bool:
    # Table.extract scans `table.page.chars` once per row: give it only the table's own.
    x0, top, x1, bottom = table.bbox
    table.page = _Region([c for c in table.page.chars
                          if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom])
    table.texts = table.extract()
    return any(parse_cell(c or "") is not None and (c or "").strip() for row in table.texts for c in row)


class _Region:
    def __init__(self, chars):
        self.chars = chars


def _table(table, page: int, index: int) -> Table:
    rows = []
    for r, (texts, row) in enumerate(zip(table.texts, table.rows)):
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
