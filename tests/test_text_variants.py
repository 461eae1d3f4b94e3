"""Text reports in the many shapes real files take, made from one real report."""
import pytest

import govextract
from govextract.errors import ParseError
from govextract.record import flatten


def _flat(text):
    return flatten(govextract.parse_text(text).to_dict()["tables"])


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_encodings_are_detected(tmp_path, copied_text, copied_record, encoding):
    path = _write(tmp_path, "report.txt", copied_text.replace("\xa0", " ").encode(encoding))
    record = govextract.parse(path).to_dict()
    assert record["tables"] == copied_record["tables"]
    assert record["meta"]["agency"] == "平潭综合实验区"


def test_big5_reports_are_read_not_taken_for_gb18030_mojibake(copied_text, copied_record):
    """Big5 bytes also decode as GB18030, into nonsense that reads as no report at all."""
    import opencc
    traditional = opencc.OpenCC("s2tw").convert(copied_text.replace("\xa0", " "))
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in traditional.splitlines()) + "</body></html>"
    for name, text in (("report.txt", traditional), ("report.html", page)):   # a page declaring no charset
        record = govextract.parse_bytes(text.encode("big5"), path=name).to_dict()
        assert record["meta"]["encoding"] == "big5hkscs"
        assert record["meta"]["agency"] == "平潭综合实验区"
        assert [f["value"] for f in record["facts"]] == [f["value"] for f in copied_record["facts"]]
        assert record["warnings"][0].startswith("W_TRADITIONAL")
    assert record["problems"] == copied_record["problems"]
    text_record = govextract.parse_bytes(traditional.encode("big5"), path="report.txt").to_dict()
    assert text_record["tables"] == copied_record["tables"]


def test_markdown_tables(copied_text, copied_record):
    lines = ["| " + " | ".join(l.split("\t")) + " |" if "\t" in l else l for l in copied_text.splitlines()]
    md = "\n".join(lines).replace("| 信息内容 | 本年制发件数", "| 信息内容 | 本年制发件数", 1)
    md = md.replace("| 规章 | 0 | 0 | 0 |", "|---|---|---|---|\n| 规章 | 0 | 0 | 0 |")
    assert _flat(md) == flatten(copied_record["tables"])


def test_space_separated_tables(copied_text, copied_record):
    spaced = "\n".join("  ".join(c or "/" for c in l.split("\t")) if "\t" in l else l
                       for l in copied_text.splitlines())
    assert _flat(spaced) == flatten(copied_record["tables"])


def test_blank_cells_are_null_not_zero(copied_text):
    text = copied_text.replace("3.其他\t1\t0\t0\t0\t0\t0\t1", "3.其他\t1\t\t/\t—\t0\t0\t1")
    flat = _flat(text)
    assert flat["requests.other_misc.natural_person"] == 1
    assert flat["requests.other_misc.commercial"] is None
    assert flat["requests.other_misc.research"] is None
    assert flat["requests.other_misc.nonprofit"] is None
    assert flat["requests.other_misc.legal_service"] == 0


def test_notes_and_signs_in_cells(copied_text):
    text = copied_text.replace("行政规范性文件\t77\t132\t470", "行政规范性文件\t77（其中修订16件）\t－3\t470")
    record = govextract.parse_text(text).to_dict()
    assert record["tables"]["active"]["normative_docs"]["issued"] == 77
    assert record["sources"]["active.normative_docs.issued"]["note"] == "其中修订16件"
    assert record["tables"]["active"]["normative_docs"]["repealed"] == -3


def test_columns_follow_header_labels_not_positions(copied_text):
    """Swap two header labels and their values: the cells must follow the labels."""
    text = copied_text.replace("商业企业\t科研机构", "科研机构\t商业企业")
    text = text.replace("一、本年新收政府信息公开申请数量\t80\t1\t0", "一、本年新收政府信息公开申请数量\t80\t0\t1")
    flat = _flat(text)
    assert flat["requests.new_received.commercial"] == 1
    assert flat["requests.new_received.research"] == 0


def test_hard_wrapped_narrative(copied_text, copied_record):
    wrapped = []
    for line in copied_text.splitlines():
        if "\t" in line or len(line) < 60:
            wrapped.append(line)
        else:
            wrapped.extend(line[i:i + 33] for i in range(0, len(line), 33))
    record = govextract.parse_text("\n".join(wrapped)).to_dict()
    values = {(f["kind"], f["value"]) for f in record["facts"]}
    assert ("published", 13561) in values and ("requests_received", 81) in values
    assert len(record["problems"]) == 3 and len(record["improvements"]) == 3


def test_a_short_line_broken_inside_a_clause_is_joined():
    from govextract.readers.text import read_text
    text = ("一、总体情况\n本年度我镇认真落实条例要求，各项工作有序推进，公开工作取得较好成效，群众满意度持续提升。\n"
            "（二）依申请公开情况。全年未收到政府信息公开\n申请，未发生行政复议。\n"
            "（三）网站公开情况。通过网站发布信息12条\n微信公众号发布信息8条。")
    paragraphs = [p.text for p in read_text(text).paragraphs]
    assert "（二）依申请公开情况。全年未收到政府信息公开申请，未发生行政复议。" in paragraphs
    # a line ending in a count may end an item of a list; a heading line is no broken clause
    assert "（三）网站公开情况。通过网站发布信息12条" in paragraphs and paragraphs[0] == "一、总体情况"



def test_a_line_that_opens_with_a_count_goes_on_with_the_line_above():
    text = ("某镇2015年政府信息公开工作年度报告\n一、概述\n本年度主动公开政府信息\n86条，其中通过政府网站公开\n"
            "70条。\n二、依申请公开情况\n全年受理政府信息公开申请\n3件，均按时\n答复。")
    record = govextract.parse_text(text).to_dict()
    assert [(f["kind"], f["value"], f["channel"]) for f in record["facts"]] == [
        ("published", 86, "all"), ("published", 70, "website"), ("requests_received", 3, None)]


def test_glued_and_misspelt_headings(copied_text):
    text = copied_text.replace("四、政府信息公开行政复议、行政诉讼情况\n\n", "四、政府信息公开行政法复议、行政诉讼情况\n")
    text = text.replace("五、存在的主要问题及改进情况\n\n存在的问题", "五、存在的主要问题及改进情况存在的问题")
    record = govextract.parse_text(text).to_dict()
    assert record["tables"]["appeals"]["suit_direct"]["total"] == 5
    assert len(record["problems"]) == 3
    assert not any("section headings not found" in w for w in record["warnings"])


def test_2021_report_with_one_other_row(copied_text):
    rows = ["（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
            "3.其他\t1\t0\t0\t0\t0\t0\t1"]
    text = copied_text.replace("\n".join(rows), "（六）其他处理\t2\t0\t0\t0\t0\t0\t2")
    record = govextract.parse_text(text).to_dict()
    assert record["tables"]["requests"]["other"]["natural_person"] == 2
    assert record["tables"]["requests"]["other_misc"]["natural_person"] is None
    assert any("2019" in w for w in record["warnings"])
    assert all(c["ok"] for c in record["checks"])
    # One warning says so, not one more per cell of the row.
    assert [w.split(":")[0] for w in record["warnings"]] == ["W_ROWS_PRINTED_AS_ONE"]


TEXT_2019 = """2020年某某县人民政府办公室政府信息公开工作年度报告

一、总体情况
2020年，通过县政府门户网站主动公开政府信息1.2万条，通过政务微博发布信息三百条。全年共收到政府信息公开申请十二件。

二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
规范性文件\t5\t5\t40
第二十条第（五）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t120\t-3\t800
第二十条第（八）项
信息内容\t上一年项目数量\t本年增/减
行政事业性收费\t10\t-1

三、收到和处理政府信息公开申请情况
本列数据的勾稽关系\t申请人情况
自然人\t法人或其他组织\t总计
商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他
一、本年新收政府信息公开申请数量\t10\t2\t0\t0\t0\t0\t12
二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1
三、本年度办理结果\t（一）予以公开\t5\t1\t0\t0\t0\t0\t6
（二）部分公开\t2\t0\t0\t0\t0\t0\t2
（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0
（四）无法提供\t1.本机关不掌握相关政府信息\t3\t1\t0\t0\t0\t0\t4
（六）其他处理\t1\t0\t0\t0\t0\t0\t1
（七）总计\t11\t2\t0\t0\t0\t0\t13
四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0

四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
行政复议\t行政诉讼
结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉
结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0

五、存在的主要问题及改进情况
主要问题：一是公开内容不够全面；二是解读形式单一。
下一步，我们将（一）加强培训；（二）丰富解读形式。

六、其他需要报告的事项
无。
"""


def test_2019_template():
    record = govextract.parse_text(TEXT_2019).to_dict()
    assert record["meta"]["template"] == "2019"
    assert record["meta"]["agency"] == "某某县人民政府办公室"
    t = record["tables"]
    assert t["active"]["licensing"]["change"] == -3
    assert t["active"]["fees"]["prev_items"] == 10
    assert t["requests"]["other"]["total"] == 1
    assert t["appeals"]["review"]["upheld"] == 1
    facts = {(f["kind"], f["value"], f["channel"]) for f in record["facts"]}
    assert ("published", 12000, "website") in facts
    assert ("published", 300, "weibo") in facts
    assert ("requests_received", 12, None) in facts
    assert record["problems"] == ["公开内容不够全面；", "解读形式单一。"]
    assert record["improvements"] == ["加强培训；", "丰富解读形式。"]
    assert all(c["ok"] for c in record["checks"])


@pytest.mark.parametrize("data,cause", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (bytes(range(256)) * 40, "unrecognised file"),
    ("今天天气很好，我们去公园散步。".encode("utf-8") * 20, "not a government information disclosure annual report"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".doc"),
])
def test_bad_input_gets_a_clear_error(tmp_path, data, cause):
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(ParseError) as info:
        govextract.parse(path)
    assert cause in str(info.value)
    assert "bad.txt" in str(info.value)


def test_shortfalls_admitted_in_section_one_of_a_report_without_a_section_five_are_statements():
    record = govextract.parse_text(
        "某某镇2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息30条。工作中仍存在一些不足，"
        "主要是栏目更新偏慢。下一步，我镇将按月检查栏目。\n二、主动公开政府信息情况\n公开信息30条。\n"
        "三、收到和处理政府信息公开申请情况\n未收到申请。\n六、其他需要报告的事项\n无。\n").to_dict()
    assert record["problems"] == ["栏目更新偏慢。"]
    assert record["improvements"] == ["下一步，我镇将按月检查栏目。"]


def test_a_page_holding_only_section_five_is_read_with_a_warning():
    # The last page of a report a site split over pages: no title, only section 五.
    record = govextract.parse_text("五、存在的主要问题及改进情况\n一是栏目更新偏慢；二是解读材料较少。\n"
                                   "下一步，我们将按月检查栏目。\n").to_dict()
    assert record["problems"] == ["栏目更新偏慢；", "解读材料较少。"]
    assert record["improvements"] == ["下一步，我们将按月检查栏目。"]
    assert any(w.startswith("W_REPORT_FRAGMENT") and "五" in w for w in record["warnings"])


def test_a_page_with_a_section_five_heading_and_nothing_under_it_is_refused_and_says_why():
    with pytest.raises(ParseError) as info:
        govextract.parse_text("五、存在的主要问题及改进情况\n")
    assert "nor a part of one holding section 五" in str(info.value)


@pytest.mark.parametrize("title,agency,year,region", [
    ("广州市天河区人民政府办公室关于2022年政府信息公开工作年度报告", "广州市天河区人民政府办公室", 2022,
     ("广东省", "广州市", "天河区")),
    ("关于印发《长沙县2023年政府信息公开工作年度报告》的通知", "长沙县", 2023, ("湖南省", "长沙市", "长沙县")),
    ("2022年度深圳市南山区政府信息公开工作年度报告", "深圳市南山区", 2022, ("广东省", "深圳市", "南山区")),
    ("浙江省杭州市西湖区文新街道办事处2023年政府信息公开工作年度报告", "浙江省杭州市西湖区文新街道办事处", 2023,
     ("浙江省", "杭州市", "西湖区")),
    ("国家统计局2023年政府信息公开工作年度报告", "国家统计局", 2023, (None, None, None)),
    ("长沙县财政局政府信息公开工作年度报告（2023年）", "长沙县财政局", 2023, ("湖南省", "长沙市", "长沙县")),
])
def test_agency_year_and_region_from_title_variants(copied_text, title, agency, year, region):
    body = copied_text[copied_text.index("一、总体情况"):]
    meta = govextract.parse_text(f"{title}\n{body}").to_dict()["meta"]
    assert (meta["agency"], meta["year"]) == (agency, year)
    assert (meta["province"], meta["city"], meta["county"]) == region


def _section_five(copied_text, body):
    start, end = copied_text.index("五、"), copied_text.index("六、")
    return govextract.parse_text(copied_text[:start] + "五、存在的主要问题及改进情况\n" + body + "\n" + copied_text[end:]).to_dict()


def test_last_years_fixes_are_improvements_even_before_the_problems(copied_text):
    record = _section_five(copied_text, "（一）上年度问题整改情况\n针对上年度信息更新不及时的问题，已建立定期检查机制。\n"
                                        "（二）存在的主要问题\n一是公开意识有待加强；二是公开平台建设滞后。\n"
                                        "（三）改进措施\n一是加强培训；二是推进平台建设。")
    assert record["problems"] == ["公开意识有待加强；", "公开平台建设滞后。"]
    assert record["improvements"] == ["针对上年度信息更新不及时的问题，已建立定期检查机制。", "加强培训；", "推进平台建设。"]


def test_statement_labels_are_not_part_of_the_statement(copied_text):
    record = _section_five(copied_text, "存在问题：政策解读质量不高，形式单一。改进措施：加强政策解读，丰富解读形式。")
    assert record["problems"] == ["政策解读质量不高，形式单一。"]
    assert record["improvements"] == ["加强政策解读，丰富解读形式。"]


@pytest.mark.parametrize("printed,variant", [
    ("总计", "合计"), ("社会公益组织", "公益组织"), ("法律服务机构", "法律服务"), ("科研机构", "科研院所"),
    ("结果纠正", "结果被纠正"), ("尚未审结", "尚在审理"), ("复议后起诉", "经复议后起诉"),
    ("本年制发件数", "本年新制发件数"), ("行政规范性文件", "规范性文件"),
    ("补正后申请内容仍不明确", "补正后申请内容仍不明确的"),
])
def test_header_and_row_label_synonyms(copied_text, copied_record, printed, variant):
    assert printed in copied_text
    record = govextract.parse_text(copied_text.replace(printed, variant)).to_dict()
    assert record["tables"] == copied_record["tables"]
    assert not [w for w in record["warnings"] if "表" in w]


@pytest.mark.parametrize("line,contact", [
    ("如对本报告有任何疑问，请与博山区工业和信息化局联系（地址：博山新建一路21号1，邮编：255200，电话/传真：4180090）。",
     {"address": "博山新建一路21号1", "postcode": "255200", "phone": "4180090"}),
    ("如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210，"
     "电子邮箱：hazwgkc@163.com）。",
     {"address": "淮安市翔宇南道1号", "postcode": "223001", "phone": "0517-83605210", "email": "hazwgkc@163.com"}),
])
def test_contact_block(line, contact):
    text = ("某某局2023年政府信息公开工作年度报告\n" + line + "\n一、总体情况\n主动公开信息10条。\n"
            "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
            "五、存在的主要问题及改进情况\n一是问题。\n六、其他需要报告的事项\n无。")
    assert govextract.parse_text(text).to_dict()["meta"]["contact"] == contact


@pytest.mark.parametrize("body,problems,improvements", [
    ("主要问题：①公开内容不够全面；②更新不够及时。下一步：①拓展公开内容；②加强日常更新。",
     ["公开内容不够全面；", "更新不够及时。"], ["拓展公开内容；", "加强日常更新。"]),
    ("首先，公开意识不强。其次，平台建设滞后。针对以上问题，我们将：首先，加强培训。其次，推进平台建设。",
     ["公开意识不强。", "平台建设滞后。"], ["加强培训。", "推进平台建设。"]),
])
def test_more_enumerator_families(copied_text, body, problems, improvements):
    record = _section_five(copied_text, body)
    assert (record["problems"], record["improvements"]) == (problems, improvements)


def test_row_label_wrapped_onto_the_line_above_its_values(copied_text, copied_record):
    """pdftotext -layout and hand-made text tables break a long label before its numbers."""
    spaced = "\n".join("  ".join(c or "/" for c in l.split("\t")) if "\t" in l else l
                       for l in copied_text.splitlines())
    label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    assert label in spaced
    wrapped = spaced.replace(label + "  ", "（二）部分公开（区分处理的，只计这一情形，不计\n其他情形）  ")
    assert _flat(wrapped) == flatten(copied_record["tables"])


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000"])
def test_headings_with_a_space_after_their_marker(copied_text, copied_record, gap):
    """五、 存在的主要问题 (or 一 概述 in older reports) is a heading, not a two-cell table header."""
    spaced = copied_text
    for heading in ("二、主动公开政府信息情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"):
        assert heading in spaced
        spaced = spaced.replace(heading, heading[:2] + gap + heading[2:])
    record = govextract.parse_text(spaced).to_dict()
    assert (record["problems"], record["improvements"]) == (copied_record["problems"], copied_record["improvements"])
    assert record["tables"] == copied_record["tables"]
    assert not any("W_SECTIONS_MISSING" in w for w in record["warnings"])


def test_legacy_heading_with_a_bare_numeral():
    text = ("某某县水利局2015年政府信息公开工作年度报告\n一 概述\n全年主动公开信息36条。\n"
            "二 存在的问题和改进措施\n一是公开内容不够全面。二是更新不够及时。\n"
            "下一步，我局将加强培训，完善制度。")
    record = govextract.parse_text(text).to_dict()
    assert record["problems"] == ["公开内容不够全面。", "更新不够及时。"]
    assert len(record["improvements"]) == 1


def test_readings_printed_after_characters_are_removed_from_a_simplified_report(copied_text, copied_record):
    """A site's pronunciation aids (镇(zhèn)) in a report that is not in traditional script:
    the text is read without them."""
    marked = copied_text.replace("政府信息公开", "政府信息公(gōng)开", 3)
    assert marked != copied_text
    record = govextract.parse_text(marked).to_dict()
    assert record["tables"] == copied_record["tables"]
    assert record["meta"]["agency"] == copied_record["meta"]["agency"]
    assert not any("gōng" in f["text"] for f in record["facts"])
    assert not any(w.startswith("W_TRADITIONAL") for w in record["warnings"])


def test_a_flipbook_pages_navigator_under_the_text_is_no_table_row():
    # A flipbook page prints its neighbours' numbers under the text (  7   8   9 …): no row of a table,
    # and the wrapped line above it stays with its sentence.
    from govextract.readers.text import read_text
    text = ("Page 12 - 某县年度报告\nP. 12\n四是保密意识亟待加强。个别单位为了应付年度目\n"
            "标考核，将已经发布过的信息复制当作新信息重新发\n   7   8   9   10   11   12   13\n")
    doc = read_text(text)
    assert not any(cell.text == "10" for table in doc.tables for row in table.rows for cell in row)
    assert doc.paragraphs[-1].text == "四是保密意识亟待加强。个别单位为了应付年度目标考核，将已经发布过的信息复制当作新信息重新发"


def test_a_lone_row_of_numbers_that_do_not_count_up_by_one_is_still_a_row():
    # Guard: values that are not a run of consecutive page numbers stay a table row.
    from govextract.readers.text import read_text
    doc = read_text("全年收到申请情况如下\n   3   0   1   2   0   5\n")
    assert len(doc.tables) == 1
