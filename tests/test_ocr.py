"""Scanned PDFs read by OCR (the `ocr` extra, which `make test` installs).

The scans are made here: a page of a real text PDF is rendered to an image,
damaged the way scanners and copiers damage pages (tilt, blur, dust, JPEG loss,
low resolution, a red seal over the table, an ink blot in a cell) and saved as
an image-only PDF. The text PDF's own reading of the same page is the answer
key: every value cell of the scan must read the same, or be null with a
warning naming it, never another number.
"""
import io
import json

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter

import govextract
from govextract.errors import ParseError
from govextract.evaluate import score
from govextract.record import flatten
from govextract.cli import main
from govextract.readers import ocr, read_bytes
from govextract.values import parse_cell

from conftest import CORPUS

TEXT_PDF = CORPUS / "淮安市人民政府_2024.pdf"
TABLE_PAGE = 4          # its 表三, ruled, with merged header cells and wrapped labels
# Two real reports scanned (150 dpi greyscale JPEG, tilted, dusty); their gold is the text PDF's.
SCANNED = sorted((CORPUS.parent / "scanned").glob("*.gold.json"))


def render(page_number: int, dpi: int) -> Image.Image:
    pdf = pdfium.PdfDocument(str(TEXT_PDF))
    try:
        return pdf[page_number - 1].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        pdf.close()


def image_pdf(images, dpi: int, quality: int = 75) -> bytes:
    """An image-only PDF, one JPEG page per image, as a scanner writes it."""
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=quality)
    return out.getvalue()


def damaged(image, tilt=0.0, blur=0.0, dust=0, seed=7) -> Image.Image:
    if tilt:
        image = image.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor="white")
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    if dust:
        rng = np.random.default_rng(seed)
        pixels = np.array(image)
        ys, xs = rng.integers(0, pixels.shape[0], dust), rng.integers(0, pixels.shape[1], dust)
        pixels[ys, xs] = rng.integers(40, 140, (dust, 1))
        image = Image.fromarray(pixels)
    return image


def mixed_pdf(scanned_page) -> bytes:
    """The text PDF with its table page replaced by a scan of it."""
    text = pdfium.PdfDocument(str(TEXT_PDF))
    scan = pdfium.PdfDocument(image_pdf([scanned_page], 150))
    text.import_pages(scan, [0], index=TABLE_PAGE - 1)   # the scan becomes page 4; the old page 4 moves to 5
    text.del_page(TABLE_PAGE)
    out = io.BytesIO()
    text.save(out)
    return out.getvalue()


def cells_of(doc, page: int) -> dict:
    """(table on the page, row, cell in the row) → cell, for the tables of one page."""
    tables = [t for t in doc.tables if t.source.page == page]
    return {(i, r, c): cell for i, t in enumerate(tables) for r, row in enumerate(t.rows) for c, cell in enumerate(row)}


def compare(scan_doc, page_in_scan: int = 1):
    """The value cells of the text PDF's table page against the scan's: (read alike, nulls, wrong)."""
    truth = cells_of(read_bytes(TEXT_PDF.read_bytes(), TEXT_PDF), TABLE_PAGE)
    seen = cells_of(scan_doc, page_in_scan)
    alike, nulls, wrong = 0, [], []
    for key, cell in truth.items():
        value = parse_cell(cell.text)
        if value is None or value.value is None:
            continue
        got = seen.get(key)
        if got is not None and got.text == cell.text:
            alike += 1
        elif got is not None and got.text == "":
            nulls.append(key)
        else:
            wrong.append((key, cell.text, got.text if got else "missing"))
    return alike, nulls, wrong


def cell_warnings(doc) -> list:
    return [w for w in doc.warnings if "OCR" in w or "有字迹" in w]


def assert_reads_like_the_text_pdf(doc, max_nulls=2):
    alike, nulls, wrong = compare(doc)
    assert not wrong
    assert alike >= 90 and len(nulls) <= max_nulls      # the page has 94 value cells
    assert len(cell_warnings(doc)) >= len(nulls)


def test_a_tilted_blurred_dusty_jpeg_scan_reads_as_the_text_pdf():
    page = damaged(render(TABLE_PAGE, 200), tilt=1.5, blur=0.8, dust=3000)
    doc = read_bytes(image_pdf([page], 200, quality=55), "scan.pdf")
    assert doc.meta["ocr_pages"] == [1]
    assert_reads_like_the_text_pdf(doc)


def test_a_100_dpi_scan_reads_as_the_text_pdf_and_cells_point_at_the_page():
    doc = read_bytes(image_pdf([render(TABLE_PAGE, 100)], 100), "scan.pdf")
    assert_reads_like_the_text_pdf(doc)
    truth = cells_of(read_bytes(TEXT_PDF.read_bytes(), TEXT_PDF), TABLE_PAGE)
    for key, cell in cells_of(doc, 1).items():
        if cell.text and parse_cell(cell.text) is not None:
            assert 0.5 < cell.source.confidence <= 1
            assert np.allclose(cell.source.bbox, truth[key].source.bbox, atol=4)   # page points, as printed


def test_a_red_seal_over_the_table_does_not_hide_its_numbers():
    page = render(TABLE_PAGE, 200)
    seal = Image.new("RGB", page.size, "white")
    draw = ImageDraw.Draw(seal)
    # Over the first rows of 表三: a ring, a star and strokes, in a seal's red.
    cx, cy, r = int(page.width * 0.62), int(page.height * 0.5), int(page.width * 0.14)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(220, 30, 40), width=9)
    star = [(cx + r * 0.4 * np.cos(a), cy + r * 0.4 * np.sin(a)) for a in np.linspace(-np.pi / 2, 3.5 * np.pi, 6)]
    draw.polygon(star, fill=(225, 40, 45))
    for k in range(6):
        draw.line((cx - r * 0.8, cy + r * (0.45 + k * 0.06), cx + r * 0.8, cy + r * (0.45 + k * 0.06)),
                  fill=(210, 35, 50), width=5)
    doc = read_bytes(image_pdf([ImageChops.multiply(page, seal)], 200), "sealed.pdf")
    assert_reads_like_the_text_pdf(doc)


def test_an_ink_blot_in_a_cell_gives_null_and_a_warning_not_a_guess():
    text_doc = read_bytes(TEXT_PDF.read_bytes(), TEXT_PDF)
    key, target = next((k, c) for k, c in cells_of(text_doc, TABLE_PAGE).items() if c.text == "3001")
    page = render(TABLE_PAGE, 200)
    x0, top, x1, bottom = (v * 200 / 72 for v in target.source.bbox)
    draw = ImageDraw.Draw(page)
    draw.rectangle((x0 + 4, top + 4, x1 - 4, bottom - 4), fill="white")
    # The digits scribbled over until nothing can be read: a tangle of strokes.
    rng = np.random.default_rng(3)
    points = [(x0 + 8 + rng.uniform(0, 70), top + 8 + rng.uniform(0, bottom - top - 16)) for _ in range(14)]
    draw.line(points, fill=(20, 20, 20), width=4, joint="curve")
    doc = read_bytes(image_pdf([page], 200), "blot.pdf")
    assert cells_of(doc, 1)[key].text == ""
    assert any("一、本年新收政府信息公开申请数量" in w for w in cell_warnings(doc))
    alike, nulls, wrong = compare(doc)
    assert not wrong and key in nulls


def test_a_mixed_pdf_reads_its_text_pages_from_text_and_its_scanned_page_by_ocr():
    mixed = mixed_pdf(damaged(render(TABLE_PAGE, 150), tilt=-1.0))
    doc = read_bytes(mixed, "mixed.pdf")
    assert doc.meta["ocr_pages"] == [TABLE_PAGE]
    alike, nulls, wrong = compare(doc, TABLE_PAGE)
    assert not wrong and alike >= 90
    record = govextract.parse_bytes(mixed, path="mixed.pdf").to_dict()
    assert record["tables"]["requests"]["new_received"]["total"] in (3119, None)
    assert record["meta"]["ocr_pages"] == [TABLE_PAGE]
    assert record["meta"]["agency"] == "淮安市人民政府"


def test_a_pdf_of_pictures_that_are_not_text_is_a_clear_error():
    picture = Image.new("RGB", (1240, 1754), (235, 240, 250))
    draw = ImageDraw.Draw(picture)
    for k in range(12):
        draw.ellipse((80 + k * 60, 300 + k * 40, 500 + k * 50, 700 + k * 60), outline=(40 + k * 15, 90, 160), width=6)
    draw.rectangle((200, 1200, 1000, 1500), fill=(120, 160, 90))
    with pytest.raises(ParseError) as caught:
        govextract.parse_bytes(image_pdf([picture], 150), path="photos.pdf")
    assert "photos.pdf" in str(caught.value)
    assert caught.value.stage in ("read", "structure")


def test_without_the_extra_a_scan_is_a_clear_error_naming_it(monkeypatch):
    scan = image_pdf([render(1, 100)], 100)
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(ParseError) as caught:
        govextract.parse_bytes(scan, path="scan.pdf")
    assert "govextract[ocr]" in str(caught.value) and "scan.pdf" in str(caught.value)
    with pytest.raises(ParseError, match=r"govextract\[ocr\]"):
        govextract.parse_bytes(scan, path="scan.pdf", ocr=True)


def test_ocr_off_leaves_scanned_pages_unread_with_a_warning():
    with pytest.raises(ParseError, match="OCR is off"):
        govextract.parse_bytes(image_pdf([render(1, 100)], 100), path="scan.pdf", ocr=False)
    doc = read_bytes(mixed_pdf(render(TABLE_PAGE, 100)), "mixed.pdf", ocr=False)
    assert "ocr_pages" not in doc.meta
    assert any(f"page {TABLE_PAGE} is a scanned image" in w for w in doc.warnings)


def test_the_command_line_turns_ocr_on_and_off_in_parse_and_batch(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mixed.pdf").write_bytes(mixed_pdf(render(TABLE_PAGE, 100)))
    assert main(["parse", str(folder / "mixed.pdf"), "--ocr", "off"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "ocr_pages" not in record["meta"] and record["tables"]["requests"]["new_received"]["total"] is None
    assert main(["parse", str(folder / "mixed.pdf")]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["meta"]["ocr_pages"] == [TABLE_PAGE]
    assert f"mixed.pdf: OCR page {TABLE_PAGE}: " in err           # progress, page by page
    for flag, pages in (["--ocr", "off"], None), (["--ocr"], [TABLE_PAGE]):
        out = tmp_path / f"out{len(flag)}"
        assert main(["batch", str(folder), "-o", str(out), "--jobs", "1", "-q", *flag]) == 0
        record = json.loads((out / "records.jsonl").read_text(encoding="utf-8"))
        assert record["meta"].get("ocr_pages") == pages


def test_ocr_runs_inside_the_time_limit():
    scan = sorted((CORPUS.parent / "scanned").glob("*.pdf"))[0]
    with pytest.raises(ParseError) as caught:
        govextract.parse(scan, time_limit=0.5)      # pages take seconds each: the limit falls between them
    assert caught.value.code == "E_TIME_LIMIT" and "read page" in caught.value.stage


def test_skew_is_measured_within_a_tenth_of_a_degree():
    gray = np.array(render(TABLE_PAGE, 100).convert("L"))
    for tilt in (-2.0, -0.7, 1.3):
        turned = np.array(Image.fromarray(gray).rotate(tilt, resample=Image.BICUBIC, fillcolor=255))
        assert abs(ocr.skew_angle(turned) + tilt) <= 0.1


@pytest.mark.parametrize("gold_path", SCANNED, ids=[g.name for g in SCANNED])
def test_a_scanned_report_reads_as_its_text_pdf_or_null_never_wrong(gold_path):
    """What a scan promises: every cell the gold's value or null (at most 1% null, each
    with a warning), never another value; meta, facts and statements as the text PDF's."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    record = govextract.parse(gold_path.with_name(gold["document"])).to_dict()
    flat = flatten(record["tables"])
    wrong = {k: (flat.get(k, "missing"), v) for k, v in gold["tables"].items() if flat.get(k, "missing") not in (v, None)}
    nulls = [k for k, v in gold["tables"].items() if v is not None and flat.get(k) is None]
    assert not wrong
    assert len(nulls) <= 0.01 * len(gold["tables"])
    assert len([w for w in record["warnings"] if "OCR" in w or "有字迹" in w]) >= len(nulls)
    assert record["meta"]["ocr_pages"] == list(range(1, record["meta"]["pages"] + 1))
    result = score(record, gold)
    assert not result["wrong_meta"]
    for figure in ("fact_recall", "fact_precision", "statement_recall", "statement_precision"):
        assert result[figure][0] == result[figure][1], figure
