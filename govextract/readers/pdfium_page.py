"""A PDF page from PDFium, shaped as the objects pdfplumber's table finder reads.

pdfplumber builds its characters and lines with pdfminer, interpreting the
content stream in Python; PDFium (pypdfium2) does it in C. `Sheet` holds one
page's characters (dicts with pdfplumber's keys, coordinates from the top-left
corner) and the edges of its straight ruling segments, so that
`pdfplumber.table.TableFinder`, `Table.extract` and the text layout run on it
unchanged.

Character boxes are pdfminer's kind, one em tall and standing on the baseline:
PDFium's own "loose" boxes follow each font's ascent, so a bold heading and
body text on one line would not share a top and would split the line.
PDFium measures glyphs from the font program; `measurable` tells the pages it
cannot measure (fonts neither embedded nor standard), which pdfplumber reads.
"""
from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c
from pdfplumber import utils as plumber_utils

DESCENT = 0.12   # of an em below the baseline, as in common CJK fonts
_SEGMENT_LINE, _SEGMENT_MOVE = pdfium_c.FPDF_SEGMENT_LINETO, pdfium_c.FPDF_SEGMENT_MOVETO


_STANDARD_14 = ("Times", "Helvetica", "Courier", "Symbol", "ZapfDingbats")


def measurable(page) -> bool:
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


class Sheet:
    """One page as pdfplumber's table finder sees a page: `chars`, `edges`, `bbox`,
    with pdfplumber's coordinates (points from the top-left corner)."""

    def __init__(self, page):
        left, bottom, right, top = page.get_mediabox()
        self.bbox = (0, 0, right - left, top - bottom)
        self._left, self._top = left, top     # the mediabox corner pdfplumber measures from
        textpage = page.get_textpage()
        try:
            self.chars = self._chars(textpage)
        finally:
            textpage.close()
        self.edges = self._edges(page)
        page.close()

    def _chars(self, textpage) -> list:
        out = []
        handle, matrix, box, seen = textpage.raw, pdfium_c.FS_MATRIX(), pdfium_c.FS_RECTF(), set()
        count = textpage.count_chars()
        text = textpage.get_text_range()   # one call; index i is character i ...
        # ... unless a character lies outside the BMP: PDFium counts its two UTF-16 halves.
        codes = [ord(ch) for ch in text] if len(text) == count else _code_points(handle, count)
        for i, code in enumerate(codes):
            if code is None:
                continue
            if code < 32 or code == 0xFFFE or (code == 32 and pdfium_c.FPDFText_IsGenerated(handle, i) == 1):
                continue
            pdfium_c.FPDFText_GetLooseCharBox(handle, i, box)
            x0, y0, x1, y1 = box.left, box.bottom, box.right, box.top
            pdfium_c.FPDFText_GetMatrix(handle, i, matrix)
            upright = abs(matrix.b) < 1e-3 and abs(matrix.c) < 1e-3 and matrix.a > 0 and matrix.d > 0
            size = pdfium_c.FPDFText_GetFontSize(handle, i)
            if upright:
                size *= matrix.d
                y0 = matrix.f - DESCENT * size
                y1 = y0 + size
            elif abs(matrix.a) < 1e-3 and abs(matrix.d) < 1e-3:
                # A quarter turn (text running up or down the page): the em box
                # stands on the baseline sideways.
                size *= abs(matrix.b)
                up = -1 if matrix.b > 0 else 1          # which way the glyphs' tops point along x
                x0, x1 = sorted((matrix.e - up * DESCENT * size, matrix.e + up * (1 - DESCENT) * size))
            top, bottom = self._top - y1, self._top - y0
            # Bold faked by printing a glyph twice at (nearly) one spot: keep one.
            spot = (code, round(x0), round(top))
            if spot in seen:
                continue
            seen.add(spot)
            out.append({"object_type": "char", "text": chr(code),
                        "x0": x0 - self._left, "x1": x1 - self._left, "top": top, "bottom": bottom,
                        "doctop": top, "width": x1 - x0, "height": bottom - top,
                        "upright": upright, "size": bottom - top,
                        "matrix": (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
                        "fontname": "", "stroking_color": None, "non_stroking_color": None})
        return out

    def _edges(self, page) -> list:
        edges = []
        for points in _paths(page, self._left, self._top):
            curve = {"pts": points, "top": 0, "doctop": 0}
            edges.extend(e for e in plumber_utils.curve_to_edges(curve) if e["orientation"])
        return edges


def _code_points(handle, count: int) -> list:
    """Character i's code point, from PDFium's UTF-16 code units: a surrogate pair
    is joined at its first index and its second gives None, as does a lone half."""
    units = [pdfium_c.FPDFText_GetUnicode(handle, i) for i in range(count)]
    codes = []
    for i, unit in enumerate(units):
        low = units[i + 1] if i + 1 < count else 0
        if 0xD800 <= unit < 0xDC00 and 0xDC00 <= low < 0xE000:
            codes.append(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        elif 0xD800 <= unit < 0xE000:
            codes.append(None)
        else:
            codes.append(unit)
    return codes


def _paths(page, left, top, form=None, matrices=(), depth=0):
    """The straight polylines drawn on a page, in pdfplumber's coordinates (from the
    mediabox corner at `left`, `top`), forms included."""
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(max_depth=1, form=form, level=depth):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
            yield from _paths(page, left, top, obj, (obj.get_matrix(), *matrices), depth + 1)
            continue
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        chain = (obj.get_matrix(), *matrices)
        points, start = [], None
        for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            point = _page_point(chain, x.value, y.value, left, top)
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


def _page_point(chain, x, y, left, top):
    """Object space → pdfplumber page space, through the object's and its forms' matrices."""
    for matrix in chain:
        x, y = matrix.on_point(x, y)
    return (round(x - left, 3), round(top - y, 3))
