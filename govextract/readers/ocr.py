"""Scanned PDF pages read by OCR, shaped as the page objects the PDF reader reads.

A page that is a picture (no text layer, an image over most of it) is rendered,
straightened, and recognised by RapidOCR, whose PP-OCR models ship inside its
wheel, so nothing is downloaded at run time. The result is a `ScanSheet`: the
recognised characters and the page's rulings as pdfplumber-style dicts in page
points, so the PDF reader finds tables, lines and unruled tables on it exactly
as on a text page. Each character keeps its OCR score, which
`scan_tables.vet` turns into a cell's confidence, or into `null` and a warning.

The extra is optional (`pip install 'govextract[ocr]'`); without it an
image-only PDF is a clear error naming the extra.
"""
from __future__ import annotations

import functools
import logging
import time

from ..errors import ParseError

EXTRA = "pip install 'govextract[ocr]'"
RENDER_DPI = 200      # rendering scale; small print stays above the recogniser's 48 px line height
MAX_SIDE = 4000       # pixels: a poster-sized page is rendered smaller, not into gigabytes
MAX_SKEW = 3.0        # degrees searched either way when straightening a page
MIN_TEXT_CHARS = 20   # a page with fewer characters and a page-sized image is a scan
MIN_IMAGE_SHARE = 0.3
MIN_COLOUR = 60       # a pixel's channel spread above which it is coloured ink, not print
_POINTS_PER_INCH = 72

log = logging.getLogger(__name__)


def available() -> bool:
    try:
        import cv2  # noqa: F401
        import rapidocr  # noqa: F401
    except ImportError:
        return False
    return True


def missing_extra(path, pages: list) -> ParseError:
    listed = ", ".join(map(str, pages))
    return ParseError(path, f"第 {listed} 页是扫描图片，需要 OCR 扩展 / page(s) {listed} are scanned images and reading "
                            f"them needs the OCR extra: {EXTRA}", "read", "E_IMAGE_ONLY")


@functools.cache
def engine():
    """One recogniser per process: loading the models takes about a second."""
    from rapidocr import RapidOCR
    return RapidOCR(params={
        "Global.log_level": "error",
        "Global.use_cls": False,            # pages are upright; the angle classifier costs time for nothing
        "Global.text_score": 0.3,           # keep doubtful readings: vetting decides, not the engine
        "Global.return_word_box": True,     # a score per character
        "Det.limit_side_len": 1600,
        "Det.limit_type": "max",
        # One thread: measured faster on 2 shared cores, and batch runs a worker per core.
        "EngineConfig.onnxruntime.intra_op_num_threads": 1,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    })


def is_scan(page) -> bool:
    """Whether a PDF page is a picture of text: almost no text layer, an image over much of it."""
    import pypdfium2.raw as pdfium_c
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() >= MIN_TEXT_CHARS:
            return False
    finally:
        textpage.close()
    width, height = page.get_size()
    covered = 0.0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            covered += max(0.0, right - left) * max(0.0, top - bottom)
    return covered >= MIN_IMAGE_SHARE * width * height


def read_page(page, number: int, path=None):
    """A scanned PDF page as a `ScanSheet` (closes the page). Each page is logged
    (logger `govextract.readers.ocr`, INFO): it takes seconds, so callers show progress."""
    import numpy as np
    width, height = page.get_size()
    scale = min(RENDER_DPI / _POINTS_PER_INCH, MAX_SIDE / max(width, height, 1))
    started = time.perf_counter()
    rgb = np.asarray(page.render(scale=scale).to_pil().convert("RGB"))
    page.close()
    sheet = ScanSheet(rgb, scale, (0, 0, width, height))
    log.info("%s: OCR page %d: %d characters in %.1f s", path or "PDF", number, len(sheet.chars),
             time.perf_counter() - started)
    return sheet


class ScanSheet:
    """A page image, straightened and recognised: `chars`, `edges` and `bbox` in page
    points of the straightened page, as pdfplumber's table finder reads a page."""

    def __init__(self, rgb, scale: float, bbox):
        import cv2
        from . import scan_tables
        self.scale, self.bbox = scale, bbox
        # Coloured ink (a red seal over a table) becomes paper: it is bright in its brightest
        # channel and far from grey. Black print, also where the seal covers it, stays dark.
        gray = rgb.max(axis=2)
        gray[(gray - rgb.min(axis=2) > MIN_COLOUR) & (gray > 150)] = 255
        angle = skew_angle(gray)
        height, width = gray.shape
        self._turn = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
        self._back = cv2.invertAffineTransform(self._turn)
        self.gray = cv2.warpAffine(gray, self._turn, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)
        self.ink = scan_tables.ink(self.gray)
        self.edges = scan_tables.rulings(self.ink, scale)
        self.chars = self._recognise()

    def _recognise(self) -> list:
        import cv2
        # Options given on every call: the engine keeps those of the last call.
        result = engine()(cv2.cvtColor(self.gray, cv2.COLOR_GRAY2BGR), use_det=True, use_cls=False, use_rec=True)
        chars = []
        lines = zip(result.boxes if result.boxes is not None else (), result.txts or (), result.word_results or ())
        for box, line_text, words in lines:
            chars.extend(self._line_chars([p[1] for p in box], line_text, words))
        return chars

    def _line_chars(self, ys, line_text: str, words) -> list:
        """One recognised line as characters sharing its top and bottom, each running up to
        the next so that the text layout puts spaces only where the line has them."""
        top, bottom = min(ys) / self.scale, max(ys) / self.scale
        out, rest = [], line_text
        for text, score, box in words:
            text = text.strip()
            x0, x1 = min(p[0] for p in box) / self.scale, max(p[0] for p in box) / self.scale
            step = (x1 - x0) / max(len(text), 1)   # a word of Latin letters or digits shares its box evenly
            out.extend(_char(ch, x0 + i * step, x0 + (i + 1) * step, top, bottom, float(score))
                       for i, ch in enumerate(text))
            at = rest.find(text)
            rest = rest[at + len(text):] if at >= 0 else rest
            if out and rest[:1].isspace():
                out[-1]["spaced"] = True
        for char, following in zip(out, out[1:]):
            if not char.pop("spaced", False) and following["x0"] > char["x1"]:
                char["x1"] = following["x0"]
                char["width"] = char["x1"] - char["x0"]
        if out:
            out[-1].pop("spaced", None)
        return out

    def read_line(self, image):
        """One line of text read from a piece of the page without detection: a second
        look at a cell the detector missed or read with doubt. (text, score) or None."""
        import cv2
        result = engine()(cv2.cvtColor(image, cv2.COLOR_GRAY2BGR), use_det=False, use_cls=False, use_rec=True)
        if not result.txts:
            return None
        return result.txts[0], float(result.scores[0])

    def back(self, bbox):
        """A box on the straightened page → the box it covers on the page as printed (points)."""
        import numpy as np
        x0, top, x1, bottom = (v * self.scale for v in bbox)
        corners = np.array([[x0, top, 1], [x1, top, 1], [x0, bottom, 1], [x1, bottom, 1]])
        moved = corners @ self._back.T / self.scale
        return tuple(float(v) for v in (moved[:, 0].min(), moved[:, 1].min(), moved[:, 0].max(), moved[:, 1].max()))


def _char(text, x0, x1, top, bottom, score) -> dict:
    return {"object_type": "char", "text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "doctop": top, "width": x1 - x0, "height": bottom - top, "upright": True, "size": bottom - top,
            "matrix": (1, 0, 0, 1, x0, bottom), "fontname": "", "stroking_color": None,
            "non_stroking_color": None, "score": score}


def skew_angle(gray) -> float:
    """The rotation (degrees) that makes the page's lines of print and rulings level:
    the angle whose row profile of ink is sharpest (projection profile), coarse then fine."""
    import cv2
    import numpy as np
    factor = 800 / max(gray.shape)
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    ink = (small < min(160, int(small.mean()) - 20)).astype(np.float32)
    height, width = ink.shape
    center = (width / 2, height / 2)

    def sharpness(angle):
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(center, angle, 1.0), (width, height))
        return float(np.square(np.diff(turned.sum(axis=1))).sum())

    coarse = max(np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.25), key=sharpness)
    return float(max(np.arange(coarse - 0.25, coarse + 0.25 + 1e-9, 0.05), key=sharpness))
