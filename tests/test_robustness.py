"""Hostile and damaged input (issue 14): every input gives a record or a ParseError
naming file, cause and stage, never another exception, and no input outlasts its
time limit. Inputs are real reports from corpus/dev with damage applied here."""
import threading
import time

import pytest

import govextract
from govextract.errors import ParseError
from conftest import CORPUS

COPIED = (CORPUS / "平潭综合实验区_2023.copied.txt").read_bytes()
PAGE = (CORPUS / "平潭综合实验区_2023.html").read_bytes()


@pytest.fixture(scope="module")
def page_record():
    return govextract.parse_bytes(PAGE, path="page.html").to_dict()


def parse_within(data: bytes, limit: float = 10, name: str = "input"):
    """The record (dict) or ParseError for `data`, which must come back within
    its time limit and a grace for the check's granularity; a hang fails the test
    instead of holding it."""
    govextract.parse_text(COPIED.decode("utf-8"))   # models loaded before the clock starts
    out = {}

    def run():
        try:
            out["result"] = govextract.parse_bytes(data, path=name, time_limit=limit).to_dict()
        except ParseError as exc:
            out["result"] = exc
        except Exception as exc:   # the failure this file is about
            out["result"] = exc
    worker = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(limit + 20)
    assert not worker.is_alive(), f"{name}: still running {time.monotonic() - started:.0f} s after start (limit {limit} s)"
    result = out["result"]
    assert isinstance(result, (dict, ParseError)), f"{name}: {type(result).__name__}: {result}"
    return result


# -- decoding ---------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + "政府信息公开工作年度报告".encode("gbk") * 20,   # UTF-8 BOM over GBK
    b"\xff\xfe" + b"\x00\xd8\x41\x00" * 40,                             # UTF-16 BOM, lone surrogates
])
def test_a_byte_order_mark_over_a_body_that_does_not_decode(data):
    with pytest.raises(ParseError) as err:
        govextract.parse_bytes(data, path="bom.txt")
    assert err.value.stage == "decode" and "byte-order mark" in err.value.cause


def test_a_stray_byte_in_a_text_report_is_replaced_with_a_warning_saying_where(copied_record):
    at = COPIED.index("三、收到和处理".encode())
    line = COPIED.count(b"\n", 0, at) + 1
    record = govextract.parse_bytes(COPIED[:at] + b"\xff" + COPIED[at:], path="r.txt").to_dict()
    assert record["tables"] == copied_record["tables"]
    assert any(f"line {line} (byte {at})" in w for w in record["warnings"])


def test_a_gbk_text_report_cut_inside_its_last_character(copied_record):
    data = COPIED.decode("utf-8").rstrip() + "。"
    record = govextract.parse_bytes(data.encode("gb18030")[:-1], path="cut.txt").to_dict()
    assert record["meta"]["encoding"] == "gb18030"
    assert record["tables"] == copied_record["tables"]
    assert any("U+FFFD" in w for w in record["warnings"])


@pytest.mark.parametrize("charset", ["iso-8859-1", "utf-16", "undefined", "no-such-codec", "base64"])
def test_a_declared_charset_that_is_wrong_or_broken_falls_back_to_detection(charset, page_record):
    data = PAGE.replace(b'charset="utf-8"', f'charset="{charset}"'.encode())
    assert data != PAGE
    record = parse_within(data)
    assert record["meta"]["encoding"] == "utf-8"
    assert record["tables"] == page_record["tables"]
    assert any(charset in w for w in record["warnings"])


# -- HTML -------------------------------------------------------------------

def test_a_control_character_in_a_page(page_record):
    data = PAGE.replace(b"</script>", b"</script>\x0b", 1).replace("一、".encode(), "一\x01、".encode(), 1)
    assert data.count(b"\x0b") == PAGE.count(b"\x0b") + 1
    assert parse_within(data)["tables"] == page_record["tables"]


def test_a_page_nested_deeper_than_libxml2s_default_limit_is_read_whole(page_record):
    data = PAGE.replace(b"<body", b"<div>" * 600 + b"<body", 1)
    record = parse_within(data)
    assert record["tables"] == page_record["tables"]
    assert record["improvements"] == page_record["improvements"]


def test_a_page_nested_past_every_limit_says_it_was_cut():
    result = parse_within(PAGE.replace(b"<body", b"<div>" * 3000 + b"<body", 1))
    assert isinstance(result, ParseError) and "nested too deeply" in result.cause


def test_a_text_node_over_ten_megabytes_does_not_cut_the_page(page_record):
    filler = "<p>" + "公开" * 2_000_000 + "</p>"   # 12 MB in UTF-8
    at = PAGE.index("四、".encode())
    record = parse_within(PAGE[:at] + filler.encode() + PAGE[at:])
    assert record["tables"] == page_record["tables"]
    assert record["improvements"] == page_record["improvements"]


def test_thirty_thousand_paragraphs_are_numbered_in_linear_time(page_record):
    at = PAGE.index("<strong>五、".encode())
    data = PAGE[:at] + "<p>附：公开目录</p>".encode() * 30000 + PAGE[at:]
    record = parse_within(data)
    assert record["tables"] == page_record["tables"]


# -- numbers ----------------------------------------------------------------

def test_a_number_of_five_thousand_digits_in_a_table_and_in_a_sentence(copied_record):
    row = next(line for line in COPIED.decode().splitlines() if line.startswith("规章"))
    cells = row.split("\t")
    huge = "9" * 5000
    text = COPIED.decode().replace(row, "\t".join([cells[0], huge, *cells[2:]]), 1)
    text += f"\n本年度通过政府网站主动公开政府信息{huge}条。\n"
    record = parse_within(text.encode())
    rules = record["tables"]["active"]["rules"]
    assert rules["issued"] is None
    assert record["sources"]["active.rules.issued"]["raw"] == huge
    assert {k: v for k, v in rules.items() if k != "issued"} == \
        {k: v for k, v in copied_record["tables"]["active"]["rules"].items() if k != "issued"}
    assert not any(len(str(f["value"])) > 20 for f in record["facts"])


# -- hangs: time spent where the input grows --------------------------------

@pytest.mark.parametrize("junk", [
    "（" * 80000,                                      # unclosed full-width brackets
    "1" * 40000,                                       # digits without a unit
    "主动公开政府信息" + "1," * 20000 + "。",
    "主动公开政府信息" + "九" * 40000 + "。",        # Chinese numerals without a unit
])
def test_long_runs_that_were_quadratic(junk, copied_record):
    record = parse_within((COPIED.decode() + "\n" + junk + "\n").encode())
    assert isinstance(record, dict) and record["tables"] == copied_record["tables"]


@pytest.mark.parametrize("name,data,stage", [
    ("r.txt", COPIED, "read text"),
    ("r.html", PAGE, "read HTML"),
])
def test_the_time_limit_is_checked_inside_the_readers(name, data, stage):
    with pytest.raises(ParseError) as err:
        govextract.parse_bytes(data, path=name, time_limit=1e-9)
    assert err.value.stage == stage and "time limit" in err.value.cause


# -- DOCX -------------------------------------------------------------------

DOCX = CORPUS / "上海市人民政府办公厅_2019.docx"


@pytest.fixture(scope="module")
def docx_record():
    return govextract.parse(DOCX).to_dict()


def docx_with(change) -> bytes:
    """The corpus DOCX with its document.xml passed through `change`."""
    import io
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(DOCX) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def _before_section_properties(xml: str, added: str) -> str:
    at = xml.rindex("<w:sectPr")
    return xml[:at] + added + xml[at:]


def _merged_column(rows: int) -> str:
    cell = "<w:tc><w:tcPr>{}</w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    start, more = cell.format('<w:vMerge w:val="restart"/>', "合计"), cell.format("<w:vMerge/>", "")
    body = "".join(f"<w:tr>{start if r == 0 else more}{cell.format('', r)}</w:tr>" for r in range(rows))
    return f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{body}</w:tbl>"


@pytest.mark.parametrize("change", [
    # a vertical merge that "continues" in the table's first row
    lambda xml: xml.replace('<w:gridSpan w:val="5"/>', '<w:gridSpan w:val="5"/><w:vMerge/>', 1),
    # a first cell claiming 2,147,483,647 grid columns
    lambda xml: xml.replace('<w:gridSpan w:val="5"/>', '<w:gridSpan w:val="2147483647"/>', 1),
    # a column merged down 3,000 rows
    lambda xml: _before_section_properties(xml, _merged_column(3000)),
    # 60,000 paragraphs
    lambda xml: _before_section_properties(xml, "".join(f"<w:p><w:r><w:t>附{i}</w:t></w:r></w:p>" for i in range(60000))),
], ids=["first-row-vmerge", "huge-gridspan", "merged-column", "many-paragraphs"])
def test_docx_tables_from_the_grid_and_paragraphs_in_linear_time(change, docx_record):
    data = docx_with(change)
    record = parse_within(data, name="r.docx")
    assert isinstance(record, dict), record
    assert record["tables"] == docx_record["tables"]
