"""Generated PDFs in the layouts real reports use: every cell must come back under its key.

Tables 二/三/四 are drawn as the national templates print them: merged header
and group cells, labels wrapped inside their cells, 三、本年度办理结果 written
vertically one character per line, blank cells, rulings drawn as rectangles or
as single lines, a table broken across two pages, a box drawn around an
ordinary paragraph, page numbers in the text flow. Each layout is drawn in
an embedded font (read through PDFium) and in a non-embedded CID font (read
through pdfplumber).
"""
from pathlib import Path

import pytest

import govextract
from govextract.errors import ParseError
from pdfgen import CID_FONT, Box, Grid, Report, embedded_font


@pytest.fixture(scope="module", params=["embedded", "cid"])
def font(request):
    if request.param == "cid":
        return CID_FONT
    sources = Path(__file__).read_text(encoding="utf-8") + Path(__file__).with_name("pdfgen.py").read_text(encoding="utf-8")
    return embedded_font(sources + "0123456789")

APPLICANTS = ["natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org", "total"]
RESULT_GROUPS = [  # (group label, [(sub label, key)]) of 三、本年度办理结果
    ("（一）予以公开", [(None, "granted")]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [(None, "partly_granted")]),
    ("（三）不予公开", [("1.属于国家秘密", "denied_state_secret"), ("2.其他法律行政法规禁止公开", "denied_prohibited"),
                  ("3.危及“三安全一稳定”", "denied_security"), ("4.保护第三方合法权益", "denied_third_party"),
                  ("5.属于三类内部事务信息", "denied_internal"), ("6.属于四类过程性信息", "denied_process"),
                  ("7.属于行政执法案卷", "denied_enforcement"), ("8.属于行政查询事项", "denied_query")]),
    ("（四）无法提供", [("1.本机关不掌握相关政府信息", "unavailable_not_held"),
                  ("2.没有现成信息需要另行制作", "unavailable_needs_creation"),
                  ("3.补正后申请内容仍不明确", "unavailable_unclear")]),
    ("（五）不予处理", [("1.信访举报投诉类申请", "rejected_petition"), ("2.重复申请", "rejected_repeated"),
                  ("3.要求提供公开出版物", "rejected_publication"), ("4.无正当理由大量反复申请", "rejected_excessive"),
                  ("5.要求行政机关确认或重新出具已获取信息", "rejected_confirmation")]),
]
OTHER_2021 = ("（六）其他处理", [
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_unpaid_fee"),
    ("3.其他", "other_misc")])
OTHER_2019 = ("（六）其他处理", [(None, "other")])


def value(i: int, j: int):
    """The number printed in row i, column j: distinct per cell, with some cells blank."""
    return None if (i * 3 + j) % 10 == 4 else i * 10 + j


def table_three(template: str):
    """表三 as a Grid, and {key: expected value}."""
    groups = RESULT_GROUPS + [OTHER_2021 if template == "2021" else OTHER_2019, ("（七）总计", [(None, "total_handled")])]
    boxes = [Box(0, 0, "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", 3, 3),
             Box(0, 3, "申请人情况", 1, 7), Box(1, 3, "自然人", 2), Box(1, 4, "法人或其他组织", 1, 5),
             Box(1, 9, "总计", 2)]
    boxes += [Box(2, 4 + k, label) for k, label in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]
    rows = [("一、本年新收政府信息公开申请数量", "new_received"), ("二、上年结转政府信息公开申请数量", "carried_over")]
    expected, r = {}, 3
    for label, key in rows:
        boxes.append(Box(r, 0, label, 1, 3))
        r = _values(boxes, expected, r, key)
    first_result = r
    for group, subs in groups:
        if subs[0][0] is None:
            boxes.append(Box(r, 1, group, 1, 2))
            r = _values(boxes, expected, r, subs[0][1])
            continue
        boxes.append(Box(r, 1, group, len(subs)))
        for sub, key in subs:
            boxes.append(Box(r, 2, sub))
            r = _values(boxes, expected, r, key)
    boxes.append(Box(first_result, 0, "三、本年度办理结果", r - first_result, vertical=True))
    boxes.append(Box(r, 0, "四、结转下年度继续办理", 1, 3))
    r = _values(boxes, expected, r, "carried_forward")
    return Grid([18, 52, 120] + [37] * 7, boxes), expected


def _values(boxes, expected, r, key):
    for j, col in enumerate(APPLICANTS):
        v = value(r, j)
        boxes.append(Box(r, 3 + j, "" if v is None else str(v)))
        expected[f"requests.{key}.{col}"] = v
    return r + 1


def table_four():
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    keys = ["upheld", "corrected", "other", "pending", "total"]
    boxes = [Box(0, 0, "行政复议", 1, 5), Box(0, 5, "行政诉讼", 1, 10),
             Box(1, 5, "未经复议直接起诉", 1, 5), Box(1, 10, "复议后起诉", 1, 5)]
    boxes += [Box(1, k, label, 2) for k, label in enumerate(results)]
    boxes += [Box(2, 5 + k, label) for k, label in enumerate(results * 2)]
    expected = {}
    for k in range(15):
        v = value(3, k)
        boxes.append(Box(3, k, "" if v is None else str(v)))
        group = ["review", "suit_direct", "suit_after_review"][k // 5]
        expected[f"appeals.{group}.{keys[k % 5]}"] = v
    return Grid([35] * 15, boxes, rulings="line"), expected


def table_two(template: str):
    if template == "2021":
        sections = [("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                     [("规章", "rules", ["issued", "repealed", "in_force"]),
                      ("行政规范性文件", "normative_docs", ["issued", "repealed", "in_force"])]),
                    ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", "licensing", ["decisions"])]),
                    ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
                     [("行政处罚", "penalty", ["decisions"]), ("行政强制", "coercion", ["decisions"])]),
                    ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", "fees", ["amount"])])]
    else:
        sections = [("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                     [("规章", "rules", ["new_made", "new_published", "total_published"]),
                      ("规范性文件", "normative_docs", ["new_made", "new_published", "total_published"])]),
                    ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                     [("行政许可", "licensing", ["prev_items", "change", "decisions"]),
                      ("其他对外管理服务事项", "other_services", ["prev_items", "change", "decisions"])]),
                    ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                     [("行政处罚", "penalty", ["prev_items", "change", "decisions"]),
                      ("行政强制", "coercion", ["prev_items", "change", "decisions"])]),
                    ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
                     [("行政事业性收费", "fees", ["prev_items", "change"])]),
                    ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
                     [("政府集中采购", "procurement", ["projects", "amount"])])]
    boxes, expected, r = [], {}, 0
    for title, header, rows in sections:
        boxes.append(Box(r, 0, title, 1, 4))
        r += 1
        span = 3 // (len(header) - 1)
        boxes += [Box(r, 0 if k == 0 else 1 + (k - 1) * span, h, 1, 1 if k == 0 else span) for k, h in enumerate(header)]
        r += 1
        for label, row_key, cols in rows:
            boxes.append(Box(r, 0, label))
            for k, col in enumerate(cols):
                v = value(r, k)
                if col == "change" and v is not None:
                    v = -v if r % 2 else v
                if col in ("amount",) and v is not None:
                    v = v + 0.5
                text = "" if v is None else (f"{v:g}" if not isinstance(v, float) else f"{v:.1f}")
                boxes.append(Box(r, 1 + k * span, text, 1, span))
                expected[f"active.{row_key}.{col}"] = v
            r += 1
    return Grid([130, 120, 120, 120], boxes, size=8), expected


def draw_report(path, template, font, split_at=None, rulings="rect", running_header=None):
    year = 2023 if template == "2021" else 2019
    two, e2 = table_two(template)
    three, e3 = table_three(template)
    three.rulings = rulings
    four, e4 = table_four()
    doc = Report(path, font, running_header)
    doc.text(f"某某县人民政府{year}年政府信息公开工作年度报告", size=16)
    doc.text("一、总体情况")
    doc.text(f"{year}年，我县坚持以公开为常态、不公开为例外，全年通过县政府门户网站主动公开政府信息1234条，"
             "通过“某某发布”微信公众号发布信息567条。")
    doc.text("本年度共收到政府信息公开申请89件，全部按时答复。", box=True)
    doc.text("二、主动公开政府信息情况")
    doc.grid(two)
    doc.text("三、收到和处理政府信息公开申请情况")
    doc.grid(three, split_at=split_at)
    doc.text("四、政府信息公开行政复议、行政诉讼情况")
    doc.grid(four)
    doc.text("五、存在的主要问题及改进情况")
    doc.text("一是公开内容不够全面。二是解读形式较为单一。下一步，一是加强培训；二是丰富解读形式。")
    doc.text("六、其他需要报告的事项")
    doc.text("本年度未收取信息处理费。")
    doc.save()
    return {**e2, **e3, **e4}


def _assert_cells(record, expected):
    tables = govextract.record.flatten(record["tables"])
    wrong = {k: (tables.get(k), v) for k, v in expected.items() if tables.get(k) != v}
    assert not wrong, f"{len(wrong)} cells differ (read, drawn): {dict(list(wrong.items())[:8])}"


@pytest.mark.parametrize("template", ["2021", "2019"])
def test_every_cell_of_both_templates(tmp_path, template, font):
    expected = draw_report(tmp_path / "r.pdf", template, font)
    record = govextract.parse(tmp_path / "r.pdf").to_dict()
    assert record["meta"]["template"] == template
    assert None in expected.values()          # blank cells were drawn, and must read as null
    _assert_cells(record, expected)
    # Provenance: the cell's page and box, and the string as printed.
    src = record["sources"]["requests.granted.natural_person"]
    assert src["page"] >= 1 and len(src["bbox"]) == 4 and src["raw"] == str(expected["requests.granted.natural_person"])


def test_table_broken_across_pages_and_drawn_with_lines(tmp_path, font):
    # Row 16 falls inside （四）无法提供: the group cell and the vertical 三、 label are cut by the page.
    expected = draw_report(tmp_path / "r.pdf", "2021", font, split_at=16, rulings="line")
    record = govextract.parse(tmp_path / "r.pdf").to_dict()
    _assert_cells(record, expected)
    pages = {record["sources"][k]["page"] for k in ("requests.granted.total", "requests.carried_forward.total")}
    assert len(pages) == 2


def test_boxed_paragraph_and_page_numbers_are_narrative(tmp_path, font):
    draw_report(tmp_path / "r.pdf", "2021", font)
    record = govextract.parse(tmp_path / "r.pdf").to_dict()
    facts = {(f["kind"], f["value"], f.get("channel")) for f in record["facts"]}
    assert ("requests_received", 89, None) in facts       # the paragraph in a box is still read as text
    assert ("published", 1234, "website") in facts and ("published", 567, "wechat") in facts
    assert record["improvements"] and record["problems"]
    assert not [w for w in record["warnings"] if "表" in w and "未" in w]
    texts = " ".join(f["text"] for f in record["facts"]) + " ".join(record["problems"] + record["improvements"])
    assert "- 1 -" not in texts and "- 2 -" not in texts


def test_time_limit_stops_a_parse_with_a_clear_error(tmp_path):
    draw_report(tmp_path / "r.pdf", "2021", CID_FONT)
    with pytest.raises(ParseError, match="time limit") as err:
        govextract.parse(tmp_path / "r.pdf", time_limit=1e-9)
    assert err.value.stage.startswith("read page") and err.value.path.endswith("r.pdf")


def test_table_printed_without_rulings_is_read_where_it_can_be_and_never_wrong(tmp_path, font):
    """Without rulings a blank cell leaves no trace, so a row with one cannot be aligned:
    such rows stay null with a warning; full rows are read; no value lands in a wrong cell."""
    expected = draw_report(tmp_path / "r.pdf", "2021", font, rulings="none")
    record = govextract.parse(tmp_path / "r.pdf").to_dict()
    tables = govextract.record.flatten(record["tables"])
    three = {k: v for k, v in expected.items() if k.startswith("requests.")}
    wrong = {k: (tables[k], v) for k, v in three.items() if tables[k] is not None and tables[k] != v}
    assert not wrong
    # Rows whose label stands whole on its line and whose seven cells are all printed are read;
    # a group label (（三）不予公开) centred beside its rows, or a label wrapped over two lines,
    # leaves a row ambiguous, and ambiguous rows stay null.
    read_rows = {k.split(".")[1] for k in three if tables[k] is not None}
    assert {"granted", "denied_security", "denied_process"} <= read_rows
    assert all(tables[f"requests.{row}.{col}"] == expected[f"requests.{row}.{col}"]
               for row in read_rows for col in APPLICANTS)
    assert any("new_received" in w for w in record["warnings"])      # its 其他 cell is blank
    assert record["sources"]["requests.granted.total"]["page"] >= 1


@pytest.mark.parametrize("angle", [90, -90])
def test_table_turned_a_quarter_on_the_page(tmp_path, font, angle):
    """A landscape table set sideways on a portrait page, its text running up or down."""
    from reportlab.pdfgen import canvas
    three, expected = table_three("2021")
    four, expected_four = table_four()
    expected.update(expected_four)
    c = canvas.Canvas(str(tmp_path / "r.pdf"))
    c.setFont(font, 14)
    c.drawString(40, 800, "某某县人民政府2023年政府信息公开工作年度报告")
    c.drawString(40, 770, "三、收到和处理政府信息公开申请情况")
    for grid in (three, four):
        grid.font = font
        c.saveState()
        if angle == 90:     # page x = 520 - y, page y = 100 + x
            c.translate(520, 100)
        else:               # page x = 60 + y, page y = 740 - x
            c.translate(60, 740)
        c.rotate(angle)
        grid.draw(c, grid.height())
        c.restoreState()
        c.showPage()
    c.save()
    record = govextract.parse(tmp_path / "r.pdf").to_dict()
    _assert_cells(record, expected)
    # Provenance is in page points: the cell lies on the page.
    x0, top, x1, bottom = record["sources"]["requests.granted.total"]["bbox"]
    assert 0 <= x0 < x1 <= 595 and 0 <= top < bottom <= 842


def test_running_header_is_page_furniture(tmp_path, font):
    header = "某某县人民政府门户网站 政府信息公开专栏"
    expected = draw_report(tmp_path / "r.pdf", "2021", font, split_at=16, running_header=header)
    record = govextract.parse(tmp_path / "r.pdf").to_dict()
    _assert_cells(record, expected)
    from govextract.readers import read_bytes
    paragraphs = [p.text for p in read_bytes((tmp_path / "r.pdf").read_bytes()).paragraphs]
    assert sum("门户网站政府信息公开专栏" in p for p in paragraphs) <= 1
    assert not [s for s in record["problems"] + record["improvements"] if "门户网站" in s]


def test_text_layer_without_unicode_mapping_is_a_clear_error(tmp_path):
    """Glyphs that map to private-use code points read as gibberish: say so instead of guessing."""
    from reportlab.pdfgen import canvas
    garbled = "".join(chr(0xE000 + i) for i in range(40))
    font = embedded_font(garbled, name="Unmapped")
    c = canvas.Canvas(str(tmp_path / "r.pdf"))
    c.setFont(font, 12)
    for i in range(10):
        c.drawString(40, 800 - 20 * i, garbled)
    c.showPage()
    c.save()
    with pytest.raises(ParseError, match="Unicode mapping"):
        govextract.parse(tmp_path / "r.pdf")


def test_a_page_of_graph_paper_is_not_searched_for_tables(tmp_path, font):
    """Finding cells grows faster than the square of the grid: a dense grid is skipped, with a warning."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(tmp_path / "grid.pdf"))
    for i in range(101):
        c.line(30 + i * 5.3, 40, 30 + i * 5.3, 800)
        c.line(30, 40 + i * 7.6, 560, 40 + i * 7.6)
    c.setFont(font, 12)
    c.drawString(60, 810, "某某县人民政府2023年政府信息公开工作年度报告")
    c.showPage()
    c.save()
    from govextract.readers import read_bytes
    doc = read_bytes((tmp_path / "grid.pdf").read_bytes())
    assert not doc.tables and any("dense" in w for w in doc.warnings)
