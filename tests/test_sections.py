"""The sections stage on its own input. Reports written before the 2019 template
(2008–2018) number their own sections; each is filed under the national
section it corresponds to. Every sentence here is made up for the test."""
import govextract
from govextract.readers import read_bytes
from govextract.stages.sections import find_sections

LEGACY = """某某县林业局2010年政府信息公开工作年度报告
根据《条例》要求，现将我局2010年政府信息公开工作情况报告如下。
一、概述
2010年，我局健全了政府信息公开工作机构。
二、主动公开政府信息情况
全年主动公开政府信息36条。
三、依申请公开政府信息和不予公开政府信息的情况
全年未收到政府信息公开申请。
四、政府信息公开的收费及减免情况
未收取任何费用。
五、因政府信息公开申请行政复议、提起行政诉讼的情况
未发生行政复议和行政诉讼。
六、政府信息公开工作存在的主要问题和改进措施
（一）存在的主要问题
一是公开内容不够丰富；二是网上更新不及时。
（二）改进措施
一是拓展公开内容；二是落实专人更新。
七、其他需要报告的事项
无。
"""


def layout_of(text):
    return find_sections(read_bytes(text.encode("utf-8")))


def test_the_2008_layout_is_filed_under_the_national_sections():
    sections = layout_of(LEGACY).sections
    assert sorted(sections) == [1, 2, 3, 4, 5, 6]
    assert sections[4].heading.startswith("五、因政府信息公开申请行政复议")
    assert sections[5].heading.startswith("六、")
    assert "未收取任何费用。" in sections[3].text    # fees go with the requests
    assert "无。" == sections[6].text


def test_problems_and_improvements_of_a_2008_layout_report():
    record = govextract.parse_text(LEGACY).to_dict()
    assert record["problems"] == ["公开内容不够丰富；", "网上更新不及时。"]
    assert record["improvements"] == ["拓展公开内容；", "落实专人更新。"]


def test_improvements_printed_as_a_section_of_their_own():
    text = LEGACY.replace(
        "六、政府信息公开工作存在的主要问题和改进措施\n（一）存在的主要问题\n一是公开内容不够丰富；二是网上更新不及时。\n（二）改进措施\n",
        "六、存在问题\n公开内容不够丰富，网上更新不及时。\n七、今后改进方向\n").replace("七、其他需要报告的事项", "八、其他需要报告的事项")
    record = govextract.parse_text(text).to_dict()
    assert record["problems"] == ["公开内容不够丰富，网上更新不及时。"]
    assert record["improvements"] == ["拓展公开内容；", "落实专人更新。"]
    assert layout_of(text).sections[6].text == "无。"


def test_sections_in_a_local_order_and_numbering():
    # Appeals before fees, no 概述 numeral one, problems numbered 三.
    text = ("某某镇2014年政府信息公开工作年度报告\n一、主动公开政府信息情况\n全年公开信息40条。\n"
            "二、复议、诉讼和申诉情况\n无。\n三、政府信息公开收费及减免情况\n无收费。\n"
            "四、存在的主要问题及下步工作安排\n存在的问题主要是更新不够及时。下一步，我镇将指定专人负责更新。\n")
    sections = layout_of(text).sections
    assert sorted(sections) == [2, 3, 4, 5]
    assert sections[3].text == "无收费。" and sections[4].text == "无。"
    record = govextract.parse_text(text).to_dict()
    assert record["improvements"] == ["下一步，我镇将指定专人负责更新。"]


def test_a_legacy_report_run_into_one_line():
    one_line = " ".join(line for line in LEGACY.splitlines()[1:])
    record = govextract.parse_text(LEGACY.splitlines()[0] + "\n" + one_line).to_dict()
    assert record["problems"] == ["公开内容不够丰富；", "网上更新不及时。"]
    assert record["improvements"] == ["拓展公开内容；", "落实专人更新。"]


def test_numerals_must_rise_so_a_list_inside_a_section_is_not_a_heading():
    text = LEGACY.replace("一是拓展公开内容；二是落实专人更新。", "一是拓展公开内容；二是落实专人更新。\n二、主动公开情况的改进：按月检查。")
    sections = layout_of(text).sections
    assert "按月检查" in sections[5].text


def test_headings_printed_without_a_mark_after_the_numeral():
    # 一 概述 (a space, no 、) where a paragraph begins, as some 2008-2018 web pages print them.
    lines = ["某某镇2018年度政府信息公开年度报告", "一 概 述", "工作运行正常。", "二 政府信息主动公开情况", "公开信息120条。",
             "三 咨询情况", "接听咨询电话50次。", "四 存在的主要问题和改进措施", "更新不够及时。下一步，我镇将指定专人维护。"]
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    record = govextract.parse_bytes(page.encode("utf-8")).to_dict()
    assert record["problems"] == ["更新不够及时。"]
    assert record["improvements"] == ["下一步，我镇将指定专人维护。"]


def test_each_table_is_hinted_with_the_table_its_section_holds_in_the_specs():
    from govextract.model import Cell, Document, Paragraph, Source, Table

    def para(text):
        return Paragraph(text, Source())

    def table():
        return Table([[Cell("甲", Source())]], Source())

    doc = Document([table(), para("一、总体情况"), table(), para("二、主动公开政府信息情况"), table(),
                    para("三、收到和处理政府信息公开申请情况"), table(), table(),
                    para("四、政府信息公开行政复议、行政诉讼情况"), table(), para("五、存在的主要问题及改进情况"), table()])
    hints = find_sections(doc).table_hints
    assert hints == [None, None, "active", "requests", "requests", "appeals", None]


def test_next_years_plans_printed_as_a_part_of_their_own_are_the_improvements():
    text = ("某某市2017年政府信息公开工作年度报告\n一、概述\n工作有序推进。\n二、主动公开政府信息情况\n公开信息500条。\n"
            "三、存在的主要问题\n部分单位公开不及时。\n四、2018年信息公开工作打算\n一是加强督查；二是开展培训。\n")
    record = govextract.parse_text(text).to_dict()
    assert record["problems"] == ["部分单位公开不及时。"]
    assert record["improvements"] == ["加强督查；", "开展培训。"]


class _Counted:
    """A compiled pattern whose searches are counted by the text they search."""

    def __init__(self, pattern, searched):
        self.pattern, self.searched = pattern, searched

    def search(self, text, *args):
        self.searched.append(text)
        return self.pattern.search(text, *args)


def test_a_paragraph_without_a_headings_numeral_is_not_searched_for_it(monkeypatch):
    # The numbered heading of a section prints its numeral (四、…): a paragraph lacking 四 is never
    # searched for that heading (the fuzzy search of the heading's phrases goes through all of it).
    from govextract.stages import sections
    real = sections._heading_patterns()
    searched = {num: [] for num in real}
    counted = {num: (printed, _Counted(numbered, searched[num]), bare) for num, (printed, numbered, bare) in real.items()}
    monkeypatch.setattr(sections, "_heading_patterns", lambda: counted)
    layout = layout_of("柳溪乡2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我乡主动公开信息12条。\n"
                       "二、主动公开政府信息情况\n通过政务公开栏公开信息6条。\n四、政府信息公开行政复议、行政诉讼情况\n无。\n")
    assert sorted(layout.sections) == [1, 2, 4]
    assert searched[4] and all("四" in text for text in searched[4])
    assert all("六" in text for text in searched[6])
