"""Tables on a scanned page: rulings found in the image, and every cell vetted.

The rulings become pdfplumber edges, so the table finder that reads text PDFs
builds the cell grid (spans and all) on a scan too. After the grid is filled
with recognised characters, `vet` decides what each cell may say: a number
read with doubt, or ink the recogniser gave no reading for, is looked at once
more on its own; if that is not sure either, the cell is left `null` with a
warning naming it. A scan never yields a guessed value.
"""
from __future__ import annotations

import dataclasses

import regex

from .. import lexicon, normalize
from ..messages import piece, warning
from ..model import Cell, Table
from ..values import parse_cell

MIN_SCORE = 0.8           # a character of a value read with less is not trusted
MIN_RULING_INCH = 0.28    # longer than any stroke of body text (10.5 pt ≈ 0.15 in)
MIN_STUB_INCH = 0.08      # a shorter upright rule counts only where it meets rules at both ends
CELL_MARGIN = 2.0         # points inside a cell's rulings where its ink is looked for
MIN_INK_INCH = 0.04       # a speck of dust is smaller than this on either side
# A dot before or after a number is dust on the scan: a decimal point stands between digits.
_EDGE_DUST = regex.compile(r"^[.·,'`]+(?=\d)|(?<=\d)[.·,'`]+$")
_DOTS = regex.compile(r"(?<=\d)\.{2,}(?=\d)")   # a decimal point with dust beside it
# Signs the recogniser gives for a digit that the other tests miss: 一 (for 1) is a word.
_SIMILAR = regex.escape(lexicon.load_json("ocr.json")["digit_lookalikes"])
_LOOKALIKE = regex.compile(rf"[\d.]*[{_SIMILAR}][\d.{_SIMILAR}]*")
_HAN = regex.compile(r"\p{Han}")


def ink(gray):
    """Dark pixels (255) of a grey page, robust to uneven paper and JPEG haze."""
    import cv2
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 20)


def rulings(ink_image, scale: float) -> list:
    """Horizontal and vertical rules of the page as pdfplumber edges, in points.

    A rule is a straight run of ink longer than any stroke of text. The upright
    rule beside a single row of small print can be shorter than a tall glyph's
    stroke, so a short upright run is kept only where it touches horizontal rules
    at both ends, which a stroke inside a cell does not."""
    import cv2
    length = max(int(MIN_RULING_INCH * 72 * scale), 10)
    across = _mask(ink_image, (length, 1))
    upright = _mask(ink_image, (1, max(int(MIN_STUB_INCH * 72 * scale), 5)))
    touch = cv2.dilate(across, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    edges = []
    for orientation, mask in (("h", across), ("v", upright)):
        count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            if orientation == "v" and h < length and not (touch[y, x:x + w].any() and touch[y + h - 1, x:x + w].any()):
                continue
            edges.extend(_edges(orientation, x / scale, y / scale, (x + w) / scale, (y + h) / scale))
    return edges


def _mask(ink_image, kernel):
    """Straight runs of ink at least `kernel` long, rejoined where JPEG loss or a faint stroke broke them."""
    import cv2
    mask = cv2.morphologyEx(ink_image, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
    bridge = (max(kernel[0] // 4, 1), max(kernel[1] // 4, 1))
    return cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, bridge))


def _edges(orientation, x0, top, x1, bottom) -> list:
    """A rule's edge along its middle; a thick band (a shaded header) gives both its sides."""
    across = (bottom - top) if orientation == "h" else (x1 - x0)
    middles = [(top + bottom) / 2] if orientation == "h" else [(x0 + x1) / 2]
    if across > 4:
        middles = [top, bottom] if orientation == "h" else [x0, x1]
    if orientation == "h":
        return [{"object_type": "line", "orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y,
                 "doctop": y, "width": x1 - x0, "height": 0} for y in middles]
    return [{"object_type": "line", "orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom,
             "doctop": top, "width": 0, "height": bottom - top} for x in middles]


def vet(table: Table, sheet, warnings: list) -> Table:
    """The table with each cell's OCR confidence, doubtful values set to null (with a
    warning naming the cell), and boxes moved back onto the page as printed."""
    values = [[c.source.bbox for c in row if _is_value(_dedust(c.text))] for row in table.rows]
    rows = []
    for r, row in enumerate(table.rows):
        label = next((c.text for c in row if c.text and parse_cell(c.text) is None), "")
        others = [box for i, boxes in enumerate(values) if i != r for box in boxes]
        cells = []
        for cell in row:
            middle = (cell.source.bbox[0] + cell.source.bbox[2]) / 2
            # Among values: its row holds values and so does its column (in other rows).
            among = bool(values[r]) and any(box[0] <= middle <= box[2] for box in others)
            text, score, doubt = _reading(cell, sheet, among)
            if doubt:
                src = cell.source
                warnings.append(warning("W_SCAN_CELL_DOUBT", page=src.page, row=src.row + 1, col=src.col + 1,
                                        label=label, doubt=doubt[0], doubt_en=doubt[1]))
                text = ""
            source = dataclasses.replace(cell.source, bbox=_round(sheet.back(cell.source.bbox)),
                                         confidence=None if score is None else round(score, 3))
            cells.append(Cell(text, source))
        rows.append(cells)
    return Table(rows, dataclasses.replace(table.source, bbox=_round(sheet.back(table.source.bbox))))


def _reading(cell: Cell, sheet, among_values: bool):
    """(text, score, doubt): the cell's text and lowest character score, and, for a value
    that cannot be trusted, why (Chinese, English). Where values stand, a reading that is
    not one (a letter or a word for a digit, a scribble) is no label either."""
    scores = [c["score"] for c in _inside(sheet.chars, cell.source.bbox)]
    score = min(scores) if scores else None
    text = _dedust(cell.text)
    odd = bool(text) and (_LOOKALIKE.fullmatch(text) is not None or (
        parse_cell(text) is None and (among_values or not _HAN.search(text))))
    if text and not odd and (not _is_value(text) or score >= MIN_SCORE):
        return text, score, None
    second = _second_look(sheet, cell.source.bbox)
    if second is None and not text:
        return text, score, None      # a blank cell
    if second and second[1] >= MIN_SCORE and _is_value(_dedust(second[0])):
        return _dedust(second[0]), second[1], None
    if not text:
        return "", None, piece("ocr_no_reading")
    if odd:
        return text, score, piece("ocr_not_number", text=text)
    return text, score, piece("ocr_low_confidence", text=text, score=score)


def _second_look(sheet, bbox):
    """The marks inside a cell read again on their own, cut close and set on white paper
    (the recogniser is surest of a line with a margin round it, as it was trained):
    (text, score); "" if the marks give no reading; None if the cell holds only dust."""
    import cv2
    x0, top, x1, bottom = (max(round(v * sheet.scale), 0) for v in _shrink(bbox, CELL_MARGIN))
    ink = sheet.ink[top:bottom, x0:x1]
    if ink.size == 0:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    speck = MIN_INK_INCH * 72 * sheet.scale
    marks = [(x, y, x + w, y + h) for x, y, w, h, _ in stats[1:count] if w >= speck or h >= speck]
    if not marks:
        return None
    left, upper = min(m[0] for m in marks), min(m[1] for m in marks)
    right, lower = max(m[2] for m in marks), max(m[3] for m in marks)
    pad = max((lower - upper) // 2, 4)
    piece = cv2.copyMakeBorder(sheet.gray[top + upper:top + lower, x0 + left:x0 + right], pad, pad, pad, pad,
                               cv2.BORDER_CONSTANT, value=255)
    return sheet.read_line(piece) or ("", 0.0)


def _dedust(text: str) -> str:
    return _DOTS.sub(".", _EDGE_DUST.sub("", text))


def _is_value(text: str) -> bool:
    value = parse_cell(text)
    return value is not None and value.value is not None


def _inside(chars, bbox) -> list:
    x0, top, x1, bottom = bbox
    return [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]


def _shrink(bbox, by):
    x0, top, x1, bottom = bbox
    return (x0 + by, top + by, x1 - by, bottom - by)


def _round(bbox):
    return tuple(round(float(v), 1) for v in bbox)
