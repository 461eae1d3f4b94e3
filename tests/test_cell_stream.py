"""Tables whose row breaks a page lost: one cell per line closed by `|`, or one cell
per paragraph. The real report of the dev corpus is reprinted in each shape (its
gold tables are known) and small tables are made up for the edge cases."""
import govextract
from govextract.readers import cell_stream
from govextract.readers.text import read_text
from govextract.record import flatten


def _tables(text):
    return flatten(govextract.parse_text(text).to_dict()["tables"])


def _tab_rows(text):
    return [line.split("\t") if "\t" in line else None for line in text.splitlines()]


def one_cell_per_line(text, blank="|"):
    """Every table cell on a line of its own, closed by a pipe; a blank cell a bare pipe."""
    out = []
    for line, cells in zip(text.splitlines(), _tab_rows(text)):
        out.extend([f"{c} |" if c.strip() else blank for c in cells] if cells else [line])
    return "\n".join(out)


def one_cell_per_paragraph(text):
    """Every table cell a paragraph of its own (blank lines between); a blank cell printed /."""
    out = []
    for line, cells in zip(text.splitlines(), _tab_rows(text)):
        for c in cells or [line]:
            out += [c.strip() or "/", ""] if cells else [line]
    return "\n".join(out)


def test_one_cell_per_line_gives_the_tables_of_the_report(copied_text, copied_record):
    assert _tables(one_cell_per_line(copied_text)) == flatten(copied_record["tables"])


def test_one_cell_per_paragraph_gives_the_tables_of_the_report(copied_text, copied_record):
    record = govextract.parse_text(one_cell_per_paragraph(copied_text)).to_dict()
    assert flatten(record["tables"]) == flatten(copied_record["tables"])
    # the section headings between the tables stay headings: section 五 is still found
    assert record["problems"] == copied_record["problems"]
    assert record["facts"] == copied_record["facts"]


def test_bare_pipes_are_blank_cells_and_padding_is_dropped():
    text = "\n".join([
        "二、主动公开政府信息情况",   # each row opens with a bare pipe, as some pages print
        "|", "第二十条第(一)项 | |||", "|", "信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |",
        "|", "规章 |", "2 |", "0 |", "|",
        "|", "行政规范性文件 |", "|", "4 |", "9 |",
        "|", "第二十条第(五)项 | |||", "|", "信息内容 |", "本年处理决定数量 | ||", "|", "行政许可 |", "17 | ||",
    ])
    flat = _tables(text)
    assert [flat[f"active.rules.{c}"] for c in ("issued", "repealed", "in_force")] == [2, 0, None]
    assert [flat[f"active.normative_docs.{c}"] for c in ("issued", "repealed", "in_force")] == [None, 4, 9]
    assert flat["active.licensing.decisions"] == 17


def test_rows_come_back_from_the_cells_labels_first_then_values():
    lines = [(0, ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]),
             (1, ["自然人", "法人或其他组织", "总计"]),
             (2, ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]),
             (3, ["一、本年新收政府信息公开申请数量"]), (4, ["3"]), (5, ["", "1"]),
             (6, ["三、本年度办理结果"]), (7, ["（一）予以公开"]), (8, ["2"])]
    rows = [[text for text, _ in row] for row in cell_stream.rows(lines)]
    assert rows == [lines[0][1], lines[1][1], lines[2][1],
                    ["一、本年新收政府信息公开申请数量", "3", "", "1"],
                    ["三、本年度办理结果", "（一）予以公开", "2"]]


def test_short_lines_without_values_stay_prose():
    text = "联系人：李明\n\n电话：0571-8800000\n\n地址：人民路1号\n\n2023年1月20日\n\n某某县某某局"
    doc = read_text(text)
    assert not doc.tables
    assert [p.text for p in doc.paragraphs][-1] == "某某县某某局"


def test_a_label_wrapped_inside_its_paragraph_is_one_cell():
    text = "\n".join(["二、主动公开政府信息情况", "", "第二十条第(一)项", "", "信息内容", "", "本年新", "制作数量", "",
                      "本年新", "公开数量", "", "对外公开总数量", "", "规范性文件", "", "5", "", "4", "", "31", ""])
    flat = _tables(text)
    assert [flat[f"active.normative_docs.{c}"] for c in ("new_made", "new_published", "total_published")] == [5, 4, 31]


def test_a_stored_page_cut_off_inside_a_row_keeps_the_cells_it_printed(copied_text):
    text = one_cell_per_line(copied_text)
    cut = text[:text.index("二、上年结转政府信息公开申请数量")] + "二、上年结转政府信息公开申请数量 |\n3 |\n0"
    record = govextract.parse_text(cut).to_dict()
    assert record["tables"]["requests"]["carried_over"]["natural_person"] == 3
    assert record["tables"]["requests"]["carried_over"]["commercial"] == 0
    assert record["tables"]["requests"]["carried_over"]["total"] is None
    assert any(w.startswith("W_ROW_CUT") for w in record["warnings"])
    assert not any(w.startswith("W_ROW_CUT") for w in govextract.parse_text(text).to_dict()["warnings"])
