"""PDF reports (text layer): PDFium reads the page, pdfplumber finds the tables.

pdfplumber on its own spends most of its time in pdfminer, interpreting every
page's content stream in Python (50–70 ms a page here). PDFium does the same in
C in a few milliseconds, so each page comes from PDFium as pdfplumber objects
(`pdfium_page.Sheet`) and pdfplumber's own table finder and text layout run
on it: the same geometry (spans, wrapped cell text) for a fraction of the time.
A page PDFium cannot measure (fonts neither embedded nor standard, such as
iText's STSong-Light: lone characters vanish on a machine without the font),
and a file PDFium refuses, are read by pdfplumber itself.

Text lines outside the tables become the narrative, in page order, with page
furniture dropped (page numbers such as `- 4 -` or `第4页`, and a running
header or footer: a line that opens or closes most pages is kept only where it
first appears) and hard-wrapped lines joined across pages. Cells keep their page and box, so every value can be found again.
Boxes drawn around ordinary paragraphs are not tables: a "table" without a
single numeric cell is read as text. A table printed without rulings reaches
the text as lines of words and numbers; a run of such lines is read as a
table the way a text report's is (readers/text.py decides what a row is).
"""
from __future__ import annotations

import io
import threading

import pdfplumber
import regex
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber import utils as plumber_utils
from pdfplumber.table import TableFinder, TableSettings

from .. import normalize, timelimit
from ..errors import ParseError
from ..messages import warning
from ..model import Cell, Document, Paragraph, Source, Table
from ..values import parse_cell
from . import ocr as ocr_reader, scan_tables
from .pdfium_page import Sheet, measurable
from .text import join_wrapped, split_cells

# PDFium is not thread-safe; parse() may run in several threads (Dask workers).
_PDFIUM = threading.Lock()
_ENCRYPTED = "PDF 已加密，需要密码 / the PDF is encrypted (password required)"
_CORRUPT = "损坏的 PDF / corrupt or truncated PDF"
_TABLES = TableSettings.resolve(None)


def read_pdf(data: bytes, path=None, ocr="auto") -> Document:
    """`ocr`: "auto" reads scanned pages by OCR when the extra is installed, True
    insists on it (an error without the extra), False never reads them."""
    with _PDFIUM:
        plumber = _LazyPlumber(data, path)
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise ParseError(path, _ENCRYPTED, "read", "E_ENCRYPTED") from None
            # PDFium refuses some damage pdfminer reads through, and an empty page
            # tree looks like damage to it; pdfplumber alone tells which.
            try:
                return _read(plumber.count(), plumber.page, path)
            finally:
                plumber.close()

        scans = _Scans(ocr, path)

        def sheet_of(index):
            page = pdf[index]
            if scans.wanted(page, index + 1):
                return scans.read(page, index + 1)
            if measurable(page):
                return Sheet(page)
            page.close()
            return plumber.page(index)

        try:
            return _read(len(pdf), sheet_of, path, scans)
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
                pdf = pdfplumber.open(io.BytesIO(self.data))
                pdf.pages
            except PDFPasswordIncorrect:
                raise ParseError(self.path, _ENCRYPTED, "read", "E_ENCRYPTED") from None
            except Exception as exc:  # pdfminer has no single error type for damage
                raise ParseError(self.path, f"{_CORRUPT} ({type(exc).__name__}: {exc})", "read", "E_CORRUPT") from None
            # Kept only once its pages are read: close() reads them again and would
            # raise over the ParseError above.
            self.pdf = pdf
        return self.pdf

    def count(self) -> int:
        return len(self._open().pages)

    def page(self, index: int):
        return self._open().pages[index]

    def close(self):
        if self.pdf is not None:
            self.pdf.close()


class _Scans:
    """The scanned pages of one PDF: which to read by OCR, their sheets, and which were left unread."""

    def __init__(self, mode, path):
        self.mode, self.path = mode, path
        self.sheets: dict = {}     # page number → ocr.ScanSheet
        self.unread: list = []     # scanned pages not read (OCR off or its extra missing)
        self.tried = 0

    def wanted(self, page, number: int) -> bool:
        if not ocr_reader.is_scan(page):
            return False
        if self.mode is not False and ocr_reader.available():
            return True
        self.unread.append(number)
        return False

    def read(self, page, number: int):
        self.tried += 1
        self.sheets[number] = sheet = ocr_reader.read_page(page, number, self.path)
        return sheet

    def no_text(self) -> str:
        """Why a PDF gave no characters at all, for its error."""
        if self.tried:
            return (f"扫描页经 OCR 未识别出文字（{self.tried} 页），图片不是文字 / OCR found no text on the "
                    f"{self.tried} scanned page(s): their images are not print")
        if self.mode is False:
            return ("PDF 没有文字层（扫描图片版），未启用 OCR / image-only PDF with no text layer (a scanned report); "
                    f"OCR is off: parse with ocr=True (--ocr) after {ocr_reader.EXTRA}")
        return ("PDF 没有文字层（扫描图片版），需要 OCR 扩展 / image-only PDF with no text layer (a scanned report); "
                f"reading it needs the OCR extra: {ocr_reader.EXTRA}")


def _read(count: int, sheet_of, path, scans=None) -> Document:
    if count == 0:
        raise ParseError(path, "PDF 没有页面 / the PDF has no pages", "read", "E_NO_TEXT")
    doc = Document(meta={"format": "pdf", "pages": count})
    pages = []    # (page number, its items in reading order)
    chars = unmapped = 0
    failed = []   # (page, error) of pages that could not be read
    for number in range(1, count + 1):
        timelimit.check(f"read page {number}")
        try:
            sheet = sheet_of(number - 1)
            chars += len(sheet.chars)
            unmapped += sum(1 for c in sheet.chars if _UNMAPPED.match(c["text"]))
            pages.append((number, _page_items(sheet, number, doc.warnings)))
        except Exception as exc:  # PDFium or pdfminer on a damaged page
            failed.append((number, exc))
            doc.warnings.append(warning("W_PAGE_UNREAD", page=number, why=type(exc).__name__))
    if chars == 0 and failed:
        number, exc = failed[0]
        why = exc.cause if isinstance(exc, ParseError) else f"{type(exc).__name__}: {exc}"
        which = (f"{count} 页都无法读取 / none of its {count} pages could be read" if len(failed) == count else
                 f"{len(failed)}/{count} 页无法读取，其余页没有文字 / {len(failed)} of {count} pages could not be read "
                 "and the others hold no text")
        raise ParseError(path, f"{_CORRUPT}: {which} (page {number}: {why})", "read", "E_CORRUPT")
    scans = scans or _Scans(False, path)
    if scans.unread and scans.mode is True:
        raise ocr_reader.missing_extra(path, scans.unread)
    if chars == 0:
        raise ParseError(path, scans.no_text(), "read", "E_IMAGE_ONLY")
    if scans.sheets:
        doc.meta["ocr_pages"] = sorted(scans.sheets)
    for number in scans.unread:
        doc.warnings.append(warning("W_SCAN_UNREAD", page=number, extra=ocr_reader.EXTRA))
    if unmapped > 0.3 * chars:
        raise ParseError(path, f"PDF 文字层无法识读（{unmapped}/{chars} 个字符没有 Unicode 映射），需要先做 OCR / "
                               f"the PDF's text layer cannot be read ({unmapped} of {chars} characters have no "
                               "Unicode mapping: fonts without a ToUnicode table); run OCR first", "read", "E_IMAGE_ONLY")
    furniture, seen = _running_lines(pages), set()
    prose: list = []   # (page, bbox, text) lines waiting to become paragraphs
    for number, items in pages:
        for _, kind, item in items:
            if kind == "line":
                text, bbox = item
                key = _DIGITS.sub("#", text)
                if key in furniture and key in seen:
                    continue   # a running header or footer, kept only where it first appears
                seen.add(key)
                prose.append((number, scans.sheets[number].back(bbox) if number in scans.sheets else bbox, text))
                continue
            _flush(prose, doc)
            if kind == "unruled":
                table = _line_table(item, number, len(doc.tables))
            else:
                table = _table(*item, number, len(doc.tables))
            if number in scans.sheets:
                table = scan_tables.vet(table, scans.sheets[number], doc.warnings)
            doc.blocks.append(table)
    _flush(prose, doc)
    return doc


MAX_GRID = 5000     # distinct vertical × horizontal ruling positions on one page
_DIGITS = regex.compile(r"\d+")
# What a glyph without a Unicode mapping comes out as: private use, replacement, control.
_UNMAPPED = regex.compile(r"[\p{Co}\ufffd\p{Cc}]")


def _running_lines(pages: list) -> set:
    """Lines that open or close most pages (a running header or footer), digits masked."""
    if len(pages) < 3:
        return set()
    counts: dict = {}
    for _, items in pages:
        lines = [_DIGITS.sub("#", item[0]) for _, kind, item in items if kind == "line"]
        for key in {*lines[:1], *lines[-1:]}:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n >= max(3, len(pages) / 2)}


def _page_items(sheet, number: int, warnings: list) -> list:
    """The page's lines, tables and unruled tables as (top, kind, item), top to bottom."""
    tables = []   # (table, the turn it reads in or None)
    xs = {round(e["x0"]) for e in sheet.edges if e["orientation"] == "v"}
    ys = {round(e["top"]) for e in sheet.edges if e["orientation"] == "h"}
    if len(xs) * len(ys) > MAX_GRID:
        # Finding cells costs more than the square of the grid: a page of graph paper
        # (100 × 100 lines) takes seconds. Report tables have a few hundred crossings.
        warnings.append(warning("W_DENSE_RULINGS", page=number, grid=f"{len(xs)}×{len(ys)}"))
    elif sheet.edges:
        for found in TableFinder(sheet, _TABLES).tables:
            turn = _Turn.of(sheet, found)
            if turn:
                tables += [(t, turn) for t in TableFinder(turn.frame, _TABLES).tables if _is_data_table(t)]
            elif _is_data_table(found):
                tables.append((found, None))
    boxes = [turn.back(t.bbox) if turn else t.bbox for t, turn in tables]
    lines = []
    for line in plumber_utils.chars_to_textmap(sheet.chars, layout_bbox=sheet.bbox).extract_text_lines(
            strip=True, return_chars=True):
        mid = (line["top"] + line["bottom"]) / 2
        if any(b[1] <= mid <= b[3] and b[0] - 2 <= line["x0"] <= b[2] for b in boxes):
            continue
        if normalize.PAGE_NUMBER.match(line["text"]):
            continue
        lines.append((line["top"], "line", line))
    items = sorted(lines + [(box[1], "table", table) for box, table in zip(boxes, tables)], key=lambda x: x[0])
    out, i = [], 0
    while i < len(items):
        top, kind, item = items[i]
        run = _unruled_run(items, i) if kind == "line" else 0
        if run:
            out.append((top, "unruled", [line for _, _, line in items[i:i + run]]))
            i += run
            continue
        if kind == "line":   # keep the text and box, not the characters
            item = (item["text"], (item["x0"], item["top"], item["x1"], item["bottom"]))
        out.append((top, kind, item))
        i += 1
    return out


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
    """What pdfplumber's table code reads of a page: its characters, edges and box."""

    def __init__(self, chars, edges=(), bbox=None):
        self.chars, self.edges, self.bbox = chars, list(edges), bbox


class _Turn:
    """A table whose text runs up or down the page (a landscape table set on a
    portrait page), and the frame it reads in: turned a quarter so that its text
    runs left to right, where pdfplumber finds its rows and columns as usual.
    Boxes are turned back for the record, so provenance stays in page points."""

    def __init__(self, quarter: int, page_bbox, chars, edges, bbox):
        self.quarter = quarter
        self.width, self.height = page_bbox[2], page_bbox[3]
        self.frame = _Region([self._char(c) for c in chars], [self._edge(e) for e in edges], self.box(bbox))

    @classmethod
    def of(cls, sheet, table) -> "_Turn | None":
        """The turn a found table needs, if most of its characters run up or down the page."""
        x0, top, x1, bottom = table.bbox
        inside = [c for c in sheet.chars
                  if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
        turned = [_quarter(c) for c in inside]
        for quarter in (1, 3):
            if inside and turned.count(quarter) > 0.6 * len(inside):
                edges = [e for e in sheet.edges if x0 - 1 <= e["x0"] and e["x1"] <= x1 + 1
                         and top - 1 <= e["top"] and e["bottom"] <= bottom + 1]
                return cls(quarter, sheet.bbox, inside, edges, table.bbox)
        return None

    def _point(self, x, t):
        return (self.height - t, x) if self.quarter == 1 else (t, self.width - x)

    def box(self, bbox):
        (ax, at), (bx, bt) = self._point(bbox[0], bbox[1]), self._point(bbox[2], bbox[3])
        return (min(ax, bx), min(at, bt), max(ax, bx), max(at, bt))

    def back(self, bbox):
        x0, t0, x1, t1 = bbox
        if self.quarter == 1:
            return (t0, self.height - x1, t1, self.height - x0)
        return (self.width - t1, x0, self.width - t0, x1)

    def _char(self, char):
        x0, top, x1, bottom = self.box((char["x0"], char["top"], char["x1"], char["bottom"]))
        return {**char, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                "width": x1 - x0, "height": bottom - top, "upright": _quarter(char) == self.quarter}

    def _edge(self, edge):
        x0, top, x1, bottom = self.box((edge["x0"], edge["top"], edge["x1"], edge["bottom"]))
        return {**edge, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                "width": x1 - x0, "height": bottom - top, "orientation": "v" if edge["orientation"] == "h" else "h"}


def _quarter(char) -> int:
    """0 for upright text, 1 when it runs up the page, 2 upside down, 3 running down."""
    a, b = char["matrix"][0], char["matrix"][1]
    if abs(b) > abs(a):
        return 1 if b > 0 else 3
    return 0 if a > 0 else 2


def _table(table, turn, page: int, index: int) -> Table:
    on_page = turn.back if turn else (lambda box: box)
    rows = []
    for r, (texts, row) in enumerate(zip(table.texts, table.rows)):
        cells = []
        for c, (text, bbox) in enumerate(zip(texts, row.cells)):
            if text is None:
                continue  # covered by a merged cell that starts further up or left
            clean = normalize.spaces(normalize.chars(text.replace("\n", " ")))
            cells.append(Cell(clean, Source(page=page, bbox=_round(on_page(bbox)), table=index, row=r, col=c)))
        if cells:
            rows.append(cells)
    return Table(rows, Source(page=page, bbox=_round(on_page(table.bbox)), table=index))


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
