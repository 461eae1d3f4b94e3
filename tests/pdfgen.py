"""Ruled report tables drawn into PDFs with reportlab, for the PDF layout tests.

Two kinds of font, as real reports have: an embedded TrueType font (what Word
and WPS exports carry; read through PDFium) built here with fontTools, each
glyph a plain box, and the non-embedded CID font STSong-Light (what iText-made
PDFs use; read through pdfplumber).

A `Grid` is cells placed on rows and columns with spans, drawn as a real
report's tables are: rectangles or single lines for the rulings, labels wrapped
inside their cells, group labels written vertically one character per line,
tables broken across pages. The cell values come from the test, so each test
knows what every cell must read.
"""
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

CID_FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
PAGE_TOP, MARGIN_BOTTOM, LEFT = 800, 60, 30


def embedded_font(chars: str, name: str = "BoxHan") -> str:
    """Register a TrueType font covering `chars` (CJK a full em wide, ASCII half) and return its name."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    chars = sorted({c for c in chars if (c.isprintable() or unicodedata.category(c) == "Co") and ord(c) > 32})
    glyph = {c: f"uni{ord(c):04X}" for c in chars}
    order = [".notdef", "space"] + list(glyph.values())
    width = {g: 500 if ord(c) < 128 else 1000 for c, g in glyph.items()}
    width.update({".notdef": 500, "space": 250})
    outlines = {}
    for g in order:
        pen = TTGlyphPen(None)
        if g != "space":
            pen.moveTo((50, 0))
            pen.lineTo((50, 700))
            pen.lineTo((width[g] - 50, 700))
            pen.lineTo((width[g] - 50, 0))
            pen.closePath()
        outlines[g] = pen.glyph()
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap({32: "space", **{ord(c): g for c, g in glyph.items()}})
    fb.setupGlyf(outlines)
    fb.setupHorizontalMetrics({g: (width[g], 50) for g in order})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": name, "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    path = Path(tempfile.mkdtemp()) / f"{name}.ttf"
    fb.save(str(path))
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


@dataclass
class Box:
    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    vertical: bool = False


def wrap(text: str, width: float, size: float) -> list:
    per_line = max(1, int((width - 3) // size))
    return [text[i:i + per_line] for i in range(0, len(text), per_line)] or [""]


class Grid:
    def __init__(self, widths, boxes, size=6.5, rulings="rect", font=CID_FONT):
        self.widths, self.boxes, self.size, self.rulings, self.font = widths, boxes, size, rulings, font
        rows = max(b.row + b.rowspan for b in boxes)
        self.heights = [13.0] * rows
        for b in boxes:
            if b.rowspan == 1 and not b.vertical:
                lines = len(wrap(b.text, sum(widths[b.col:b.col + b.colspan]), size))
                self.heights[b.row] = max(self.heights[b.row], lines * size * 1.25 + 5)

    def height(self, start=0, end=None) -> float:
        return sum(self.heights[start:end])

    def draw(self, c, top, start=0, end=None):
        """Rows start..end-1 with their top edge at `top`; a span cut by the range
        is drawn cut, its text only where it begins."""
        end = len(self.heights) if end is None else end
        for b in self.boxes:
            first, last = max(b.row, start), min(b.row + b.rowspan, end)
            if first >= last:
                continue
            x = LEFT + sum(self.widths[:b.col])
            w = sum(self.widths[b.col:b.col + b.colspan])
            y = top - self.height(start, first)
            h = self.height(first, last)
            self._ruling(c, x, y - h, w, h)
            if b.row >= start:
                self._text(c, b, x, y, w, h)

    def _ruling(self, c, x, y, w, h):
        if self.rulings == "none":
            return
        if self.rulings == "rect":
            c.rect(x, y, w, h)
        else:
            for x0, y0, x1, y1 in ((x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)):
                c.line(x0, y0, x1, y1)

    def _text(self, c, b, x, y, w, h):
        c.setFont(self.font, self.size)
        lines = list(b.text) if b.vertical else wrap(b.text, w, self.size)
        block = len(lines) * self.size * 1.25
        first = y - max(2.0, (h - block) / 2) - self.size
        for i, line in enumerate(lines):
            c.drawString(x + 2, first - i * self.size * 1.25, line)


class Report:
    """A report drawn page by page: headings, paragraphs, grids, page numbers."""

    def __init__(self, path, font=CID_FONT, running_header=None):
        self.c = rl_canvas.Canvas(str(path))
        self.y, self.page, self.font, self.running_header = PAGE_TOP, 1, font, running_header
        self._header()

    def _header(self):
        if self.running_header:
            self.c.setFont(self.font, 9)
            self.c.drawString(LEFT, PAGE_TOP + 20, self.running_header)

    def text(self, line, size=10.5, box=False):
        for part in wrap(line, 530, size):
            self._room(size * 1.6)
            self.c.setFont(self.font, size)
            self.c.drawString(LEFT + 4, self.y - size, part)
            if box:
                self.c.rect(LEFT, self.y - size * 1.5, 535, size * 1.6)
            self.y -= size * 1.6

    def grid(self, grid: Grid, split_at=None):
        parts = [(0, split_at), (split_at, None)] if split_at else [(0, None)]
        for start, end in parts:
            if start:
                self.new_page()
            self._room(grid.height(start, end) + 6)
            grid.font = self.font
            grid.draw(self.c, self.y, start, end)
            self.y -= grid.height(start, end) + 10

    def _room(self, needed):
        if self.y - needed < MARGIN_BOTTOM:
            self.new_page()

    def new_page(self):
        self.c.setFont(self.font, 9)
        self.c.drawString(290, 30, f"- {self.page} -")
        self.c.showPage()
        self.y, self.page = PAGE_TOP, self.page + 1
        self._header()

    def save(self):
        self.new_page()
        self.c.save()
