"""The statements stage on its own input: section 五's paragraphs in, problems and improvements out.
Every sentence here is made up for the test."""
import pytest

import govextract

from govextract import timelimit
from govextract.errors import ParseError
from govextract.model import Paragraph
from govextract.stages import statements
from govextract.stages.statements import split_section


def split(*lines):
    return split_section([Paragraph(line, None) for line in lines])[:2]


def test_items_run_together_with_commas_on_one_line():
    problems, improvements = split("我局工作仍有不足：一是栏目更新偏慢，二是解读材料较少。下一步，我们将：1.按月检查栏目，2.每份文件配发解读。")
    assert problems == ["栏目更新偏慢，", "解读材料较少。"]
    assert improvements == ["按月检查栏目，", "每份文件配发解读。"]


@pytest.mark.parametrize("first", [
    "（一）存在的问题一是",          # sub-heading running straight into its first item
    "存在的主要问题。主要表现在一是",  # lead-in glued to the first item
    "存在的主要问题：一是",
])
def test_first_item_is_kept_after_a_lead_in_or_sub_heading(first):
    problems, improvements = split(first + "档案整理滞后；二是公开目录不全。", "（二）改进措施", "一是补齐目录；二是定期整理档案。")
    assert problems == ["档案整理滞后；", "公开目录不全。"]
    assert improvements == ["补齐目录；", "定期整理档案。"]


def test_sub_heading_ending_in_a_full_stop_opens_its_part():
    problems, improvements = split("（一）主要问题。全年培训次数偏少；", "（二）今后改进措施。今后，我办将在以下方面努力。一是增加培训；二是编印手册。")
    assert problems == ["全年培训次数偏少；"]
    assert improvements == ["增加培训；", "编印手册。"]


def test_framing_clause_is_dropped_from_an_unnumbered_problem():
    problems, _ = split("本年度工作虽然取得了一定进展，但也存在一些不足，如网站栏目设置不合理、信息分类不够清晰等。")
    assert problems == ["网站栏目设置不合理、信息分类不够清晰等。"]
    problems, _ = split("一年来我乡的工作有了进步，但还存在一些问题。宣传手段单一，群众知晓率不高。")
    assert problems == ["宣传手段单一，群众知晓率不高。"]


def test_a_paragraph_that_only_says_problems_exist_is_not_a_problem():
    problems, _ = split("本年度公开工作发挥了积极作用。但是，仍存在一些问题和不足。", "（一）存在问题",
                        "一是目录更新慢；二是离上级要求还有一定差距。")
    assert problems == ["目录更新慢；", "离上级要求还有一定差距。"]
    problems, _ = split("本年度工作还存在一些不足。")
    assert problems == ["本年度工作还存在一些不足。"]     # nothing else said: kept


def test_a_problem_that_only_mentions_a_shortfall_is_kept_whole():
    problems, _ = split("公开意识有差距，亟待提高。")
    assert problems == ["公开意识有差距，亟待提高。"]


@pytest.mark.parametrize("tail", [
    "某某县农业局 2016年1月20日",
    "某某县农业局二〇一六年一月",
    "附表：政府信息公开情况统计表 单位：件 主动公开 12",
    "第二十条第（一）项 | 信息内容 | 本年制发件数",
])
def test_a_signature_or_appended_table_run_into_the_last_item_is_cut(tail):
    _, improvements = split("改进措施：一是完善制度；二是加强考核。" + tail)
    assert improvements == ["完善制度；", "加强考核。"]


def test_signature_lines_after_the_last_statement_are_not_statements():
    problems, _ = split("存在的问题：信息发布不够及时。", "某某镇人民政府", "2015年3月2日", "附件：统计表")
    assert problems == ["信息发布不够及时。"]


def test_numbering_counts_in_order():
    # 统一是 is a word, 三是 inside the first item is out of order, 三是…三是 is a misprint for 二…三.
    problems, _ = split("一是标准统一是难点，缺少模板；三是人手不足；三是经费紧张。")
    assert problems == ["标准统一是难点，缺少模板；", "人手不足；", "经费紧张。"]
    problems, _ = split("一是公开范围窄，其重点三是民生栏目；二是更新慢。")
    assert problems == ["公开范围窄，其重点三是民生栏目；", "更新慢。"]


def test_a_second_list_in_one_paragraph_starts_at_one_again():
    problems, improvements = split("主要存在以下问题：一是培训少；二是考核松。为此，我局将从两方面改进：一是多办培训；二是严格考核。")
    assert problems == ["培训少；", "考核松。"]
    assert improvements == ["多办培训；", "严格考核。"]


@pytest.mark.parametrize("opening", ["针对上述问题，我们将", "接下来，我们会", "上述问题，我们将", "2024年，我单位将",
                                     "为进一步做好公开工作，我署将", "下一年度，我乡要"])
def test_improvements_begin_mid_paragraph(opening):
    problems, improvements = split("政务新媒体更新不够频繁。" + opening + "加强日常维护，每周至少更新两次。")
    assert problems == ["政务新媒体更新不够频繁。"]
    assert improvements == [opening + "加强日常维护，每周至少更新两次。"]


def test_parenthesised_ideographs_number_items():
    problems, _ = split("㈠公开形式单一；㈡反馈渠道不畅。")
    assert problems == ["公开形式单一；", "反馈渠道不畅。"]


def test_a_long_section_checks_the_time_limit_inside_its_loops(monkeypatch):
    calls = []
    monkeypatch.setattr(statements.timelimit, "check", lambda stage: calls.append(stage))
    split("信息更新较慢。" * 3000 + "下一步，加强更新。")
    assert len(calls) > 5 and set(calls) == {"statements"}


def test_a_section_past_the_time_limit_is_a_time_limit_error():
    with timelimit.limit(1e-9, "long.txt"):
        with pytest.raises(ParseError, match="time limit") as err:
            split("信息更新较慢。" * 1000)
    assert err.value.stage == "statements"


def test_next_years_plan_as_a_sub_heading_opens_the_improvements():
    problems, improvements = split("（一）存在问题", "解读材料偏少。", "（二）2024年工作打算", "一是每份文件配发解读；二是开设问答专栏。")
    assert problems == ["解读材料偏少。"]
    assert improvements == ["每份文件配发解读；", "开设问答专栏。"]


# Out-of-sample check (issue 9): headings, lead-ins and page furniture met in real reports.
@pytest.mark.parametrize("heading", ["五、存在的主要问题及下一步计划", "六、存在的主要问题和下步工作措施"])
def test_a_heading_naming_the_plans_second_is_not_a_statement(heading):
    import govextract
    text = ("某县林业局2016年政府信息公开工作年度报告\n一、概述\n2016年，我局主动公开政府信息40条。\n"
            f"{heading}\n（一）存在的问题\n栏目内容更新偏慢。\n（二）下步工作措施\n按周检查栏目并及时更新。\n")
    got = govextract.parse_text(text).to_dict()
    assert (got["problems"], got["improvements"]) == (["栏目内容更新偏慢。"], ["按周检查栏目并及时更新。"])


def test_a_lead_in_naming_main_problems_is_not_part_of_the_statement():
    # The lead-in announces a list: each shortfall after its colon is one problem.
    problems, _ = split("工作中存在以下主要问题：目录更新不及时；解读形式单一等。改进措施：按季度清理目录。")
    assert problems == ["目录更新不及时；", "解读形式单一等。"]


def test_the_pages_column_name_under_the_text_is_no_statement():
    _, improvements = split("改进措施：按季度清理目录，提高公开质量。", "政府信息公开年报")
    assert improvements == ["按季度清理目录，提高公开质量。"]


# Own measuring set of stored pages (issue 9): the classes below were each missed there.
@pytest.mark.parametrize("opening", ["对上述问题，我们将从以下两个方面改进：", "结合工作中存在的问题和不足，我办将从以下两方面改进。",
                                     "在2025年的公开工作中，我街道将从以下两方面进行改进："])
def test_a_lead_in_announcing_the_measures_opens_the_improvements(opening):
    problems, improvements = split("今年工作有进步，但仍存在一些不足：一是专栏内容偏旧；二是解读偏少。" + opening + "一是每月清理专栏；二是逐件配发解读。")
    assert problems == ["专栏内容偏旧；", "解读偏少。"]
    assert improvements == ["每月清理专栏；", "逐件配发解读。"]


def test_a_plan_after_a_comma_is_an_improvement():
    problems, improvements = split("存在的主要问题是栏目更新偏慢，下步打算将每周检查一次栏目。")
    assert problems == ["存在的主要问题是栏目更新偏慢，"]
    assert improvements == ["下步打算将每周检查一次栏目。"]


@pytest.mark.parametrize("tail", ["某某镇人民政府 二O二一年三月五日", "扫一扫在手机打开当前页"])
def test_a_date_written_with_a_latin_o_or_a_page_footer_ends_the_statements(tail):
    _, improvements = split("改进措施：一是完善制度；二是加强考核。", tail)
    assert improvements == ["完善制度；", "加强考核。"]


def test_sub_headings_naming_difficulties_and_remedies_open_their_parts():
    problems, improvements = split("（一）存在的主要问题和困难：一是人手紧张；二是经费不足。",
                                   "（二）解决办法和改进措施：我委将调配两名专人负责公开工作。")
    assert problems == ["人手紧张；", "经费不足。"]
    assert improvements == ["我委将调配两名专人负责公开工作。"]


def test_a_bracketed_numeral_may_carry_shi():
    _, improvements = split("改进措施：（一）是完善审核流程。（二）是每季度通报一次。")
    assert improvements == ["完善审核流程。", "每季度通报一次。"]


def test_a_lead_in_whose_items_the_excerpt_lost_is_no_statement():
    problems, improvements = split("宣传力度还不够。2026年将重点做好以下几方面工作：")
    assert problems == ["宣传力度还不够。"]
    assert improvements == []


def test_one_item_announced_by_a_colon_is_still_an_item():
    _, improvements = split("栏目更新不及时。下一步，我局将抓好两方面工作：一是每周更新栏目。")
    assert improvements == ["每周更新栏目。"]


def test_measures_listed_under_a_problem_without_a_cue_are_improvements():
    problems, improvements = split("本年度公开工作有进展，但也存在目录编制不够细的问题。",
                                   "（一）加强目录编制，按月补充条目。", "（二）完善审核制度，明确责任人。")
    assert problems == ["本年度公开工作有进展，但也存在目录编制不够细的问题。"]
    assert improvements == ["加强目录编制，按月补充条目。", "完善审核制度，明确责任人。"]
    # A list that names shortfalls stays the problems.
    problems, improvements = split("（一）加强培训的力度不够。", "（二）完善制度的进度滞后。")
    assert problems == ["加强培训的力度不够。", "完善制度的进度滞后。"] and improvements == []


@pytest.mark.parametrize("heading", ["五、工作存在的问题及改进措施", "六、存在主要问题及改进措施", "六、信息公开工作存在的主要问题及改进情况"])
def test_a_heading_with_the_work_named_first_or_a_word_left_out_opens_section_five(heading):
    import govextract
    text = ("某县气象局2012年政府信息公开工作年度报告\n一、概述\n2012年，我局主动公开政府信息30条。\n"
            f"{heading}\n存在的问题：一是栏目少；二是更新慢。\n针对以上不足，我局将增设栏目并按周更新。\n")
    got = govextract.parse_text(text).to_dict()
    assert got["problems"] == ["栏目少；", "更新慢。"]
    assert got["improvements"] == ["针对以上不足，我局将增设栏目并按周更新。"]


def test_a_report_without_headings_gives_the_problems_it_admits_to():
    import govextract
    text = ("某某镇2014年政府信息公开年度报告\n我镇认真贯彻《条例》，现将2014年工作情况报告如下：\n"
            "全年共公开信息120条。本年度工作有进展，但还存在一些不足，公开内容与群众需求不符，更新不及时。"
            "结合工作中存在的问题，考虑从以下几个方面改进：\n1、拓宽公开形式。2、加强业务培训。\n扫一扫在手机打开当前页\n")
    got = govextract.parse_text(text).to_dict()
    assert got["problems"] == ["公开内容与群众需求不符，更新不及时。"]
    assert got["improvements"] == ["拓宽公开形式。", "加强业务培训。"]


def test_a_report_without_a_section_five_that_admits_nothing_has_no_statements():
    import govextract
    text = ("某某镇2014年政府信息公开年度报告\n一、概述\n全年共公开信息120条，还有3条正在审核。\n"
            "二、主动公开政府信息情况\n全年未收到申请，也没有问题需要报告。\n")
    got = govextract.parse_text(text).to_dict()
    assert (got["problems"], got["improvements"]) == ([], [])


@pytest.mark.parametrize("links", [["相关链接", "热门文章", "联系我们"], ["3   4   5   6   7   8"]])
def test_the_pages_links_printed_after_the_text_are_no_statements(links):
    _, improvements = split("改进措施：", "下一步，我局将按月检查栏目。", *links)
    assert improvements == ["下一步，我局将按月检查栏目。"]
    _, improvements = split("改进措施：一是按月检查栏目；", "二是补齐", *links)
    assert improvements == ["按月检查栏目；", "补齐"]      # a cut item is still an item


def test_a_shortfall_named_bare_frames_the_list_and_remaining_shortfalls_open_the_measures():
    problems, improvements = split("今年工作有成绩，但与要求还有差距，主要表现在：栏目少；更新慢等。针对以上存在的不足，今后，我们将采取以下措施：",
                                   "（一）增设栏目。", "（二）按周更新。")
    assert problems == ["栏目少；更新慢等。"]
    assert improvements == ["增设栏目。", "按周更新。"]
    problems, _ = split("工作虽有成效，但仍然存在一些不足，主要体现在解读偏少，形式单一。")
    assert problems == ["解读偏少，形式单一。"]


def test_lead_in_naming_the_problems_with_zhuyao_does_not_open_the_improvements():
    # 主要表现为以下几个方面 introduces problems: its 要 is no 要 of a plan (我们要从以下方面改进).
    problems, improvements = split("我镇工作还存在一些不足。主要表现为以下几个方面：", "1、档案整理滞后，专人不足。",
                                   "2、公开目录不全。", "下一步，我镇将补齐目录。")
    assert problems == ["档案整理滞后，专人不足。", "公开目录不全。"]
    assert improvements == ["下一步，我镇将补齐目录。"]


def test_a_plan_announced_with_yao_still_opens_the_improvements():
    problems, improvements = split("栏目更新偏慢。今后我们要从以下三个方面改进：一是按月检查；二是专人负责；三是加强培训。")
    assert problems == ["栏目更新偏慢。"]
    assert improvements == ["按月检查；", "专人负责；", "加强培训。"]


@pytest.mark.parametrize("bullet", ["- ", "• ", "● "])
def test_bullet_marks_are_not_part_of_a_statement(bullet):
    problems, improvements = split("存在的问题：", bullet + "栏目更新偏慢。", bullet + "解读材料较少。",
                                   "改进措施：", bullet + "每月检查一次栏目。")
    assert problems == ["栏目更新偏慢。", "解读材料较少。"]
    assert improvements == ["每月检查一次栏目。"]


def test_a_section_printed_twice_gives_each_statement_once():
    # A news page's summary (导读) repeats the problems above the full text.
    problems, improvements = split("导读：一是栏目更新偏慢；二是解读材料较少。",
                                   "一是栏目更新偏慢；二是解读材料较少。下一步，我们将按月检查栏目。")
    assert problems == ["栏目更新偏慢；", "解读材料较少。"]
    assert improvements == ["下一步，我们将按月检查栏目。"]


def test_a_lone_first_item_opening_a_paragraph_is_an_item_and_its_framing_is_dropped():
    # The page stops after the first measure; the sentence before it only frames the list.
    problems, improvements = split("一是栏目更新偏慢。二是解读材料较少。针对上述问题，我局将在明年加以改进。",
                                   "一是加大公开力度。每月检查栏目")
    assert problems == ["栏目更新偏慢。", "解读材料较少。"]
    assert improvements == ["加大公开力度。每月检查栏目"]


def test_a_lone_marker_inside_a_sentence_is_no_item():
    _, improvements = split("栏目更新偏慢。下一步，我们将按月检查栏目，其一是首页。")
    assert improvements == ["下一步，我们将按月检查栏目，其一是首页。"]


def test_a_number_that_lost_its_mark_at_a_line_start_is_the_next_item():
    problems, _ = split("主要表现为以下几个方面：", "1、栏目更新偏慢。", "2由于人员变动，解读材料较少。", "3、培训次数不足。")
    assert problems == ["栏目更新偏慢。", "由于人员变动，解读材料较少。", "培训次数不足。"]


def test_a_year_opening_a_line_is_no_item():
    problems, _ = split("1、栏目更新偏慢。", "2、解读材料较少。", "2022年底前仍有3个栏目未更新。", "3、培训次数不足。")
    assert problems == ["栏目更新偏慢。", "解读材料较少。2022年底前仍有3个栏目未更新。", "培训次数不足。"]


@pytest.mark.parametrize("after", [
    "（六）其它需要说明的事项",                  # section 六 printed as a sub-heading, 它 for 他
    "其他需报告的事项：本年度无。",              # bare, run into its text
    "本年度未收取信息处理费。",                  # section 六's matter, its heading lost
    "本机关全年未收取任何公开费用。",            # the fee said other ways
    "本年度未产生收费及减免情况。",
    "2019年无政府信息公开收费。",
    "责任编辑：张三",                            # the site's footer
    "上一篇：2020年报告",
])
def test_what_follows_section_five_without_its_heading_is_no_statement(after):
    problems, improvements = split("一是栏目更新偏慢；二是解读材料较少。", "下一步，我们将按月检查栏目。", after, "无。")
    assert problems == ["栏目更新偏慢；", "解读材料较少。"]
    assert improvements == ["下一步，我们将按月检查栏目。"]


def test_a_measure_about_fees_is_kept():
    _, improvements = split("栏目更新偏慢。", "下一步，我们将规范信息处理费的收取。")
    assert improvements == ["下一步，我们将规范信息处理费的收取。"]
    problems, _ = split("一是部分收费项目未及时公开；二是经费没有保障。")
    assert problems == ["部分收费项目未及时公开；", "经费没有保障。"]


# Session 6 (issue 9): a bigger sample of stored pages; each class below was met there.
def test_a_stub_left_by_a_page_cut_after_the_heading_is_a_warning_not_a_problem():
    import govextract
    text = ("某区民政局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局主动公开政府信息40条。\n"
            "五、存在的主要问题及改进情况\n2021年\n")
    got = govextract.parse_text(text).to_dict()
    assert (got["problems"], got["improvements"]) == ([], [])
    assert any(w.startswith("W_STATEMENT_FRAGMENT") and "2021年" in w for w in got["warnings"])


@pytest.mark.parametrize("nothing", ["无。", "本年度无", "暂无。"])
def test_a_section_saying_there_is_nothing_to_report_has_no_statements(nothing):
    assert split(nothing) == ([], [])


def test_a_short_numbered_item_cut_by_the_page_is_still_an_item():
    problems, _ = split("一是目录陈旧；二是缺")
    assert problems == ["目录陈旧；", "缺"]


@pytest.mark.parametrize("cut", ["在明年的工作中，我们将从以下几个方面着手", "下一步，我办将从以下三个方面加以改进。"])
def test_an_announcement_of_measures_whose_items_the_page_lost_is_no_statement(cut):
    problems, improvements = split("一是解读偏少；二是回应偏慢。", cut)
    assert problems == ["解读偏少；", "回应偏慢。"]
    assert improvements == []


def test_a_list_whose_first_item_lost_its_yishi_keeps_that_item():
    problems, improvements = split("工作中还有不足，专栏内容偏旧。针对上述问题，我办将采取以下措施：我办将每月清理专栏；"
                                   "二是逐件配发解读；三是按季度开展培训。")
    assert problems == ["工作中还有不足，专栏内容偏旧。"] or problems == ["专栏内容偏旧。"]
    assert improvements == ["我办将每月清理专栏；", "逐件配发解读；", "按季度开展培训。"]


def test_a_list_starting_at_two_without_a_colon_before_it_keeps_its_lead_out():
    # No colon announces the list: the text before 二是 is no item of it.
    _, improvements = split("改进措施", "我办将认真改进。二是逐件配发解读；三是按季度开展培训。")
    assert improvements == ["逐件配发解读；", "按季度开展培训。"]


def test_a_report_without_headings_labelling_its_problems_gives_them():
    import govextract
    text = ("某县水利局2021年政府信息公开工作年度报告\n现将我局2021年度政府信息公开工作报告如下。\n"
            "全年通过县政府网站发布工作动态25条。\n"
            "2021年我局政府信息公开工作存在的问题：一是栏目更新偏慢。二是解读材料较少。今后工作改进方向：\n"
            "一是按月检查栏目。\n二是每份文件配发解读。\n")
    got = govextract.parse_text(text).to_dict()
    assert got["problems"] == ["栏目更新偏慢。", "解读材料较少。"]
    assert got["improvements"] == ["按月检查栏目。", "每份文件配发解读。"]


def test_a_lead_in_naming_how_many_measures_is_no_statement_and_a_repeated_bold_lead_is_dropped():
    problems, improvements = split("今年工作还有差距，栏目更新偏慢。下一步要从两个方面加以改进：",
                                   "要进一步充实栏目。", "要进一步充实栏目。每月补充一次栏目内容。",
                                   "要进一步加强培训。", "要进一步加强培训。每季度办一期培训班。")
    assert problems == ["栏目更新偏慢。"]
    assert improvements == ["要进一步充实栏目。每月补充一次栏目内容。", "要进一步加强培训。每季度办一期培训班。"]


def test_a_short_statement_opening_the_next_paragraph_differently_is_kept():
    # Only a line the next paragraph repeats word for word at its opening is a printed-twice lead.
    _, improvements = split("改进措施：", "加强培训。", "加强考核，按季度通报。")
    assert improvements == ["加强培训。", "加强考核，按季度通报。"]


def test_a_report_without_headings_whose_problems_open_under_a_sub_heading_gives_them():
    # A mirror stripped the section headings; the sub-headings of section 五 survive.
    import govextract
    text = ("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据为2020年1月1日至12月31日。\n"
            "（一）主动公开情况：2020年，中心网站发布信息120条。\n"
            "（二）依申请公开情况：全年未收到申请。\n"
            "（一）存在问题：一是栏目更新偏慢；二是解读材料较少。\n"
            "（二）进一步整改：一是按月检查栏目；二是逐件配发解读。\n")
    got = govextract.parse_text(text).to_dict()
    assert got["problems"] == ["栏目更新偏慢；", "解读材料较少。"]
    assert got["improvements"] == ["按月检查栏目；", "逐件配发解读。"]


def test_a_problems_paragraph_cut_inside_its_dated_opening_is_a_fragment():
    section = split_section([Paragraph("2017年，某某区办公室在信息", None)])
    assert (section.problems, section.improvements) == ([], [])
    assert section.fragments == ["2017年，某某区办公室在信息"]
    # Cut after it names a shortfall, it is still a (cut) problem.
    assert split("2017年，我办信息公开内容不够全面，更新") == (["2017年，我办信息公开内容不够全面，更新"], [])


def test_measures_numbered_yi_yao_er_yao_are_items_and_a_word_holding_yi_yao_is_not():
    _, improvements = split("栏目更新偏慢。今后将重点做好以下工作：一要按月检查栏目；二要逐件配发解读。")
    assert improvements == ["按月检查栏目；", "逐件配发解读。"]
    _, improvements = split("栏目更新偏慢。下一步，我们将按统一要求检查栏目，二要素齐全。")
    assert improvements == ["下一步，我们将按统一要求检查栏目，二要素齐全。"]


def test_a_shortfall_named_twice_frames_and_later_work_opens_the_improvements():
    problems, improvements = split("今年工作有成绩，但还存在一些不足的问题，主要是栏目更新偏慢。在以后工作中，我镇将按月检查栏目。")
    assert problems == ["栏目更新偏慢。"]
    assert improvements == ["在以后工作中，我镇将按月检查栏目。"]


# Session 7 (issue 9): classes met auditing the stored pages and made-up layouts.
def _parse(text):
    import govextract
    got = govextract.parse_text(text).to_dict()
    return got["problems"], got["improvements"]


_OPENING = ("某县林业局2013年政府信息公开工作年度报告\n一、概述\n本局全年公开信息二十条。\n"
            "二、主动公开政府信息情况\n全年主动公开信息20条。\n三、依申请公开政府信息情况\n全年未收到申请。\n")


def test_a_work_measures_section_reporting_the_years_work_has_no_statements():
    text = _OPENING + "四、工作措施\n（一）健全机构。年初调整了公开工作小组，落实了专人。\n（二）规范流程。印发了发布审核办法。\n"
    assert _parse(text) == ([], [])


def test_work_measures_after_the_problems_are_the_improvements():
    problems, improvements = split("（一）存在问题", "档案整理滞后。", "工作措施", "一是月底前补齐档案；二是专人管理目录。")
    assert problems == ["档案整理滞后。"]
    assert improvements == ["月底前补齐档案；", "专人管理目录。"]


@pytest.mark.parametrize("framing", ["全年工作有所进步，但也存在一些问题和不足，主要有：",
                                     "对照群众期待，我办工作还存在一些差距，具体表现为："])
def test_a_framing_sentence_whose_items_the_page_lost_is_no_statement(framing):
    assert split(framing) == ([], [])
    assert split(framing, "下一步，我办将按季度更新目录。") == ([], ["下一步，我办将按季度更新目录。"])


def test_a_plan_dated_with_the_next_year_after_a_comma_is_an_improvement():
    problems, improvements = split("本年度我办存在栏目内容陈旧的问题，2024年我办将逐项清理栏目。")
    assert problems == ["本年度我办存在栏目内容陈旧的问题，"]
    assert improvements == ["2024年我办将逐项清理栏目。"]
    # 要求 is no plan: the sentence stays one problem.
    assert split("群众反映栏目内容陈旧，2023年要求整改后仍未更新。")[1] == []


def test_a_grant_of_progress_before_the_shortfall_is_dropped():
    problems, _ = split("虽然我街道公开工作取得了一定成效，但还存在公开栏更新不及时、查阅点利用率低等问题。")
    assert problems == ["还存在公开栏更新不及时、查阅点利用率低等问题。"]
    problems, _ = split("全年工作取得了较大进展，但与上级要求相比，目录编制仍不够细。")
    assert problems == ["目录编制仍不够细。"]


def test_a_grant_cut_before_any_shortfall_is_a_stub():
    assert split("2018年，我局信息公开工作虽然取得了一定的成效，但与新形势下的要")[0] == []


@pytest.mark.parametrize("fix", ["下一步将", "改进措施：", "整改措施："])
def test_items_each_naming_a_problem_and_its_fix_are_split_into_both(fix):
    problems, improvements = split(f"1.查阅点资料陈旧。{fix}每月更换一次资料。",
                                   f"2.网站检索不好用。{fix}升级检索功能。", "3.培训偏少。")
    assert problems == ["查阅点资料陈旧。", "网站检索不好用。", "培训偏少。"]
    kept = "下一步将" if fix == "下一步将" else ""        # a label is dropped, a plan's wording kept
    assert improvements == [kept + "每月更换一次资料。", kept + "升级检索功能。"]


def test_one_problem_followed_by_a_numbered_plan_is_not_paired():
    problems, improvements = split("一是档案整理滞后；二是目录不全。下一步，我局将：一是补齐目录；二是定期整理档案。")
    assert problems == ["档案整理滞后；", "目录不全。"]
    assert improvements == ["补齐目录；", "定期整理档案。"]


def test_a_heading_tail_ending_in_a_full_stop_is_not_a_problem_and_a_bare_plan_is_an_improvement():
    text = _OPENING + "四、存在的问题和改进措施。今后将加强公开队伍建设。\n"
    assert _parse(text) == ([], ["今后将加强公开队伍建设。"])
    text = _OPENING + "四、存在的问题和改进措施\n下一步，工作中目录不全的问题要尽快解决。\n"
    assert _parse(text)[0] == ["下一步，工作中目录不全的问题要尽快解决。"]


def test_a_summary_printed_above_the_full_list_gives_each_item_once():
    problems, _ = split("导读：本年度工作仍有不足，表现在两个方面。一是目录更新慢；二是查阅点设置偏少，"
                        "本年度工作仍有不足，表现在两个方面。一是目录更新慢；二是查阅点设置偏少，群众查阅不便。")
    assert problems == ["目录更新慢；", "查阅点设置偏少，群众查阅不便。"]


def test_a_statement_is_no_cut_copy_of_a_longer_one_when_it_is_short():
    problems, _ = split("1.培训少。", "2.培训少，内容也旧。")
    assert problems == ["培训少。", "培训少，内容也旧。"]


_REPORT_2020 = ("某区文旅局2020年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息35条。\n"
                "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n")


@pytest.mark.parametrize("layout", ["text", "html"])
def test_problems_and_measures_printed_in_a_table_inside_section_five_are_read(layout):
    rows = [("主要问题", "1.场馆开放信息发布不及时；2.解读以转载为主。"), ("改进措施", "1.开放时间变动当天发布；2.自行编写图文解读。")]
    if layout == "text":
        import govextract
        got = govextract.parse_text(_REPORT_2020 + "五、存在的主要问题及改进情况\n"
                                    + "".join(f"| {a} | {b} |\n" for a, b in rows)).to_dict()
    else:
        import govextract
        body = "".join(f"<p>{line}</p>" for line in _REPORT_2020.splitlines())
        table = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        html = f"<html><body>{body}<p>五、存在的主要问题及改进情况</p><table>{table}</table><p>六、其他需要报告的事项</p><p>无。</p></body></html>"
        got = govextract.parse_bytes(html.encode("utf-8")).to_dict()
    assert got["problems"] == ["场馆开放信息发布不及时；", "解读以转载为主。"]
    assert got["improvements"] == ["开放时间变动当天发布；", "自行编写图文解读。"]


def test_a_table_of_figures_inside_section_five_is_no_statement():
    import govextract
    got = govextract.parse_text(_REPORT_2020 + "五、存在的主要问题及改进情况\n一是解读偏少；二是更新偏慢。\n"
                                "| 问题 | 件数 |\n| 解读 | 3 |\n").to_dict()
    assert got["problems"] == ["解读偏少；", "更新偏慢。"]


def test_sub_headings_naming_the_year_or_ending_in_fangmian_open_their_parts():
    problems, improvements = split("（一）上年度问题整改情况", "去年指出的链接失效问题已修复。", "（二）本年度存在的问题",
                                   "公开目录编排不够清楚。", "（三）改进措施", "按事项重新编排目录。")
    assert problems == ["公开目录编排不够清楚。"]
    assert improvements == ["去年指出的链接失效问题已修复。", "按事项重新编排目录。"]
    problems, improvements = split("存在问题方面：", "（1）查阅点开放时间短；", "（2）咨询电话常占线。", "改进方面：",
                                   "（1）延长开放时间；", "（2）增设一条咨询线路。")
    assert problems == ["查阅点开放时间短；", "咨询电话常占线。"]
    assert improvements == ["延长开放时间；", "增设一条咨询线路。"]


def test_a_sentence_saying_no_problem_was_found_is_no_problem():
    assert split("本年度未发现明显问题。下一步，我站将按时更新公开栏。") == ([], ["下一步，我站将按时更新公开栏。"])


def test_items_each_naming_a_fix_after_a_comma_are_split_into_both():
    problems, improvements = split("一是公开栏破损，下一步将重新制作；二是档案柜不足，", "下一步将添置两组档案柜。")
    assert problems == ["公开栏破损，", "档案柜不足，"]
    assert improvements == ["下一步将重新制作；", "下一步将添置两组档案柜。"]


def test_a_plan_opened_with_this_year_is_an_improvement():
    problems, improvements = split("一是公开栏位置偏僻；二是查阅登记不全。今年，我所将把公开栏移至大厅。")
    assert problems == ["公开栏位置偏僻；", "查阅登记不全。"]
    assert improvements == ["今年，我所将把公开栏移至大厅。"]
    # 今年要求 reports what was required, no plan.
    assert split("一是公开栏位置偏僻；二是查阅登记不全。今年要求各站所自查。")[1] == []


_FULL = ("2019年，本所公开工作有所进步，但仍有不足：一是公开栏设在二楼，群众不易找到。二是办事指南多年未修订。"
         "针对上述不足，2020年本所将从两方面改进：")
_SUMMARY = "导读：" + _FULL[:60]


@pytest.mark.parametrize("joined", [False, True])
def test_a_summary_above_the_text_cut_short_is_not_read_twice(joined):
    lines = [_SUMMARY + _FULL] if joined else [_SUMMARY, _FULL]
    problems, improvements = split(*lines, "（一）把公开栏移到一楼大厅。", "（二）年内修订全部办事指南。")
    assert problems == ["公开栏设在二楼，群众不易找到。", "办事指南多年未修订。"]
    assert improvements == ["把公开栏移到一楼大厅。", "年内修订全部办事指南。"]


def test_a_summary_above_a_report_without_headings_is_not_read_twice():
    found = statements.outside_section([Paragraph(_SUMMARY + _FULL, None), Paragraph("（一）把公开栏移到一楼大厅。", None),
                                        Paragraph("（二）年内修订全部办事指南。", None)])
    assert found.problems == ["公开栏设在二楼，群众不易找到。", "办事指南多年未修订。"]
    assert found.improvements == ["把公开栏移到一楼大厅。", "年内修订全部办事指南。"]


@pytest.mark.parametrize("heading", ["（一）存在的问题及下一步工作打算", "存在问题和改进措施：", "一、问题与建议",
                                     "（一）存在的不足及今后改进方向"])
def test_a_sub_heading_naming_both_problems_and_plans_is_no_statement(heading):
    problems, improvements = split(heading, "目前我局信息公开工作仍存在解读材料偏少的问题。下一步，我局将每份文件配发解读。")
    assert problems == ["目前我局信息公开工作仍存在解读材料偏少的问题。"]
    assert improvements == ["下一步，我局将每份文件配发解读。"]


@pytest.mark.parametrize("bullet", ["-", "•", "●"])
def test_short_bulleted_items_at_the_sections_end_are_not_page_links(bullet):
    problems, improvements = split("主要问题：", bullet, "栏目更新不够及时", bullet, "解读形式单一",
                                   "改进措施：", bullet, "建立更新时限制度", bullet, "推出图解和视频解读")
    assert problems == ["栏目更新不够及时", "解读形式单一"]
    assert improvements == ["建立更新时限制度", "推出图解和视频解读"]


def test_page_links_after_the_last_statement_are_still_dropped():
    problems, improvements = split("存在问题：栏目更新不够及时。", "改进措施：建立更新时限制度。", "返回顶部", "打印本页", "关闭窗口")
    assert (problems, improvements) == (["栏目更新不够及时。"], ["建立更新时限制度。"])


@pytest.mark.parametrize("items", [
    ("一是信息公开工作机制有待完善；", "二是公开平台建设相对滞后；", "三是进一步加强队伍建设，提高人员素质；",
     "四是进一步完善公开平台，提升服务水平。"),
    ("1.部分栏目更新不及时。", "2.政策解读形式单一。", "3.加强栏目日常维护。", "4.丰富解读形式。"),
])
def test_a_numbered_list_turning_from_shortfalls_to_measures_gives_both(items):
    problems, improvements = split("".join(items))
    assert len(problems) == 2 and len(improvements) == 2
    assert improvements[0].startswith(("进一步加强", "加强"))


def test_a_list_of_shortfalls_ending_in_one_measure_like_item_stays_problems():
    problems, improvements = split("一是栏目更新不及时；二是解读形式单一；三是加强培训的力度不够。")
    assert len(problems) == 3 and improvements == []


def test_problems_and_measures_labelled_item_by_item():
    problems, improvements = split("问题一：档案目录更新偏慢。措施一：每季度更新一次目录。",
                                   "问题二：解读材料偏少。措施二：每份文件配发解读。")
    assert problems == ["档案目录更新偏慢。", "解读材料偏少。"]
    assert improvements == ["每季度更新一次目录。", "每份文件配发解读。"]
    problems, improvements = split("（一）问题：公开栏更新滞后。改进：每月检查一次公开栏。",
                                   "（二）问题：网站栏目设置零乱。改进：对照目录重设栏目。")
    assert problems == ["公开栏更新滞后。", "网站栏目设置零乱。"]
    assert improvements == ["每月检查一次公开栏。", "对照目录重设栏目。"]
    # one label of each kind is a sub-heading, as before
    problems, improvements = split("存在问题：目录更新不及时。", "改进措施：按季度更新目录。")
    assert problems == ["目录更新不及时。"]
    assert improvements == ["按季度更新目录。"]


@pytest.mark.parametrize("heading", ["（二）下一步工作", "二、2013年重点工作安排", "2012年工作重点"])
def test_a_sub_heading_naming_the_next_work_opens_the_improvements(heading):
    problems, improvements = split("（一）存在的不足", "公开栏更新滞后。", heading, "每月检查一次公开栏。")
    assert problems == ["公开栏更新滞后。"]
    assert improvements == ["每月检查一次公开栏。"]


def test_a_grant_of_some_progress_is_dropped_before_the_shortfall():
    problems, _ = split("本年度工作虽然有所进步，但仍存在目录更新不及时等问题。")
    assert problems == ["仍存在目录更新不及时等问题。"]



def test_a_signature_with_a_stray_pipe_after_its_date_ends_the_statements():
    _, improvements = split("目录更新不及时。今后，我办将按季度更新目录。 青石街道办事处 二○二一年三月二日 |")
    assert improvements == ["今后，我办将按季度更新目录。"]


def _report(five: str, legacy: bool = False) -> dict:
    head = ("青石镇2011年政府信息公开工作年度报告\n一、概述\n本年度我镇推进政府信息公开工作。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息40条。\n三、依申请公开政府信息情况\n全年未收到申请。\n")
    return govextract.parse_text(head + five).to_dict()


def test_a_heading_naming_the_shortfalls_and_the_next_work_is_all_heading():
    record = _report("四、存在的不足及下一步工作\n（一）存在的不足\n公开栏更新滞后。\n（二）下一步工作\n每月检查一次公开栏。\n")
    assert record["problems"] == ["公开栏更新滞后。"]
    assert record["improvements"] == ["每月检查一次公开栏。"]


@pytest.mark.parametrize("plans", ["五、2012年重点工作安排", "五、2012年工作重点", "五、2012年工作思路"])
def test_a_year_s_plans_printed_as_a_section_after_the_problems_are_its_improvements(plans):
    record = _report("四、存在的主要问题\n一是公开栏更新滞后；二是网站栏目零乱。\n" + plans + "\n一是每月检查公开栏；二是对照目录重设栏目。\n")
    assert record["problems"] == ["公开栏更新滞后；", "网站栏目零乱。"]
    assert record["improvements"] == ["每月检查公开栏；", "对照目录重设栏目。"]


def test_a_page_number_between_two_lines_of_an_item_is_dropped():
    record = _report("四、存在的主要问题\n1.公开栏更新滞后；\n2.网站栏目\n— 4 —\n设置零乱。\n五、下一步工作打算\n每月检查一次公开栏。\n")
    assert record["problems"] == ["公开栏更新滞后；", "网站栏目设置零乱。"]


def test_a_paragraph_with_a_stray_pipe_after_it_is_prose_not_a_table():
    record = _report("四、存在的主要问题 一是公开栏更新滞后；二是网站栏目零乱。今后，我镇将每月检查一次公开栏，"
                     "并对照公开目录重新设置网站栏目，确保信息及时发布。 |\n")
    assert record["problems"] == ["公开栏更新滞后；", "网站栏目零乱。"]
    assert record["improvements"] == ["今后，我镇将每月检查一次公开栏，并对照公开目录重新设置网站栏目，确保信息及时发布。"]


def test_a_measures_label_with_its_colon_opens_the_improvements():
    problems, improvements = split("问题方面：1、公示不够及时；2、解读形式单调。", "措施方面：1、审批后五日内公示；2、制作图解。")
    assert problems == ["公示不够及时；", "解读形式单调。"]
    assert improvements == ["审批后五日内公示；", "制作图解。"]
    # 措施 opening a problem is no label
    problems, improvements = split("措施不够有力，公示不够及时。")
    assert problems == ["措施不够有力，公示不够及时。"] and improvements == []


# Session 10 (issue 9): classes met on the eval15 pages and the statement audit.
@pytest.mark.parametrize("speaker", ["某某县气象局", "青禾镇人民政府", "区林业中心"])
def test_a_year_s_plan_spoken_by_the_body_s_own_name_opens_the_improvements(speaker):
    problems, improvements = split(
        "本年度工作还有差距，主要表现在：", "（一）公开载体较少。", "（二）人员培训不足，业务不熟。",
        f"2025年，{speaker}将继续围绕中心工作，不断深化公开工作。重点做好两个方面：", "1.丰富公开载体。每月更新栏目。")
    assert problems == ["公开载体较少。", "人员培训不足，业务不熟。"]
    assert improvements == ["丰富公开载体。每月更新栏目。"]
    # Said after a comma too.
    _, improvements = split(f"公开载体较少，2025年{speaker}将增设公开栏。")
    assert improvements == [f"2025年{speaker}将增设公开栏。"]


def test_a_section_cut_inside_its_opening_sentence_gives_no_statement():
    section = split_section([Paragraph("一年来，我乡公开工作逐步规范，但仍然", None)])
    assert (section.problems, section.improvements) == ([], [])
    assert section.fragments == ["一年来，我乡公开工作逐步规范，但仍然"]
    # A whole problem before it, or a shortfall named in it, is kept.
    assert split("栏目更新偏慢。", "一年来，我乡公开工作逐步规范，但仍然")[0] == ["栏目更新偏慢。"]
    assert split("一年来，我乡公开工作逐步规范，但公开内容不够")[0] == ["一年来，我乡公开工作逐步规范，但公开内容不够"]


@pytest.mark.parametrize("footer", ["主办单位：青石县人民政府办公室 承办单位：青石县信息中心",
                                    "版权所有：青石县人民政府 网站标识码：1234567890",
                                    "青ICP备12345678号 技术支持：某某网络公司"])
def test_the_site_s_footer_under_the_last_statement_ends_the_statements(footer):
    problems, improvements = split("一是栏目更新偏慢；二是解读材料较少。", "下一步，我局将按月检查栏目。", footer)
    assert problems == ["栏目更新偏慢；", "解读材料较少。"]
    assert improvements == ["下一步，我局将按月检查栏目。"]
    # A counter named in a problem is no footer.
    problems, _ = split("网站点击数不高，群众关注较少。")
    assert problems == ["网站点击数不高，群众关注较少。"]


def test_a_signature_over_a_short_date_line_is_no_part_of_the_last_measure():
    _, improvements = split("一是栏目更新偏慢。2009年，我们将：一是按月检查栏目；二是配备专人。",
                            "青石县人民政府石桥管理区管委会", "2009年1月8日")
    assert improvements == ["按月检查栏目；", "配备专人。"]


def test_a_pre_2019_heading_among_short_label_and_value_lines_is_still_a_heading():
    # Short lines (标签 / 无) read as a table printed one cell a line must not swallow the headings.
    text = ("某某县林业局2015年政府信息公开工作年度报告\n一、概述\n全年主动公开信息30条。\n"
            "三、依申请公开政府信息情况\n（一）申请情况\n无\n（二）申请处理情况\n无\n"
            "（三）行政复议情况\n无\n五、 存在问题\n"
            "工作虽有进展，但还存在一些问题如栏目更新偏慢，解读材料较少等。\n六、 改进措施\n"
            "下一步，我局将：一是按月检查栏目。二是逐件配发解读。\n")
    got = govextract.parse_text(text).to_dict()
    assert got["problems"] == ["栏目更新偏慢，解读材料较少等。"]
    assert got["improvements"] == ["按月检查栏目。", "逐件配发解读。"]


def test_a_section_printed_in_radical_look_alikes_is_read_as_its_characters():
    # ⼀ ⼯ ⽔ are Kangxi radicals (U+2F00…) standing for 一 工 水.
    record = _report("四、存在的主要问题及改进情况\n今年⼯作虽然取得了⼀定成效，但还存在⼀些差距，如宣传⼒度不够等。\n"
                     "下⼀步，我局将提⾼业务⽔平。\n")
    assert record["problems"] == ["宣传力度不够等。"]
    assert record["improvements"] == ["下一步，我局将提高业务水平。"]


@pytest.mark.parametrize("cut", ["一", "六、", "2."])
def test_the_next_heading_s_numeral_a_page_cut_after_the_last_sentence_is_dropped(cut):
    _, improvements = split("栏目更新偏慢。下一步，我们将按月检查栏目，更好地服务公众。" + cut)
    assert improvements == ["下一步，我们将按月检查栏目，更好地服务公众。"]


def test_an_attachment_announced_with_fu_and_a_colon_ends_the_statements():
    _, improvements = split("存在问题：公开内容偏少。", "改进情况：", "1.建立报送机制；", "2.扩大公开范围。",
                            "附：2016年度政府信息公开情况统计表")
    assert improvements == ["建立报送机制；", "扩大公开范围。"]


def test_shortfalls_named_as_places_frame_the_problem():
    problems, _ = split("我镇公开工作仍有不足之处。具体表现在：部分村对公开认识不足，信息报送不及时。")
    assert problems == ["部分村对公开认识不足，信息报送不及时。"]


@pytest.mark.parametrize("under", [["青石县林业局2016年度政府信息公开年度工作报告.docx", "标签："],
                                   ["附件2 统计表.xls"], ["标签：信息公开年报"]])
def test_a_file_name_or_the_page_s_tags_under_the_text_end_the_statements(under):
    _, improvements = split("宣传力度不够。", "改进措施", "1、梳理公开内容。", "2、加大宣传力度。", *under)
    assert improvements == ["梳理公开内容。", "加大宣传力度。"]


def test_a_sentence_only_promising_to_mend_the_problems_is_no_measure_beside_the_measures():
    problems, improvements = split("（一）存在问题：", "公开格式不统一，更新不够及时。针对上述问题，我们将采取措施切实加以改进。",
                                   "（二）改进措施：", "我镇将每月更新一次公开栏。")
    assert problems == ["公开格式不统一，更新不够及时。"]
    assert improvements == ["我镇将每月更新一次公开栏。"]
    # Alone, it is what the report promises.
    _, improvements = split("公开格式不统一。针对上述问题，我们将认真加以整改。")
    assert improvements == ["针对上述问题，我们将认真加以整改。"]


def test_items_numbered_with_digits_and_shi_are_split():
    # 1是…2是…: a 一是 list typed with digits.
    problems, improvements = split("1是档案目录编得太粗,查找不便。2是值班人员少,回复较慢。下一步我们将细化目录,增派人手。")
    assert problems == ["档案目录编得太粗,查找不便。", "值班人员少,回复较慢。"]
    assert improvements == ["下一步我们将细化目录,增派人手。"]


def test_digit_shi_inside_a_sentence_is_no_item():
    problems, _ = split("全年答复的申请中有2是当面提交的，回复偏慢。")
    assert problems == ["全年答复的申请中有2是当面提交的，回复偏慢。"]


@pytest.mark.parametrize("plan", ["我们将在今后的工作中", "本局要在下一步", "我办将在新的一年"])
def test_a_plan_whose_time_word_follows_its_verb_opens_the_improvements(plan):
    problems, improvements = split(f"一是台账不全;二是答复偏慢。{plan}逐项补齐台账,按时答复申请。")
    assert problems == ["台账不全;", "答复偏慢。"]
    assert improvements == [f"{plan}逐项补齐台账,按时答复申请。"]


def test_a_sub_heading_naming_the_work_opens_the_problems():
    problems, improvements = split("(一)工作中存在的主要问题", "栏目内容单一,更新不够及时",
                                   "(二)改进措施", "1、每月更新栏目。", "2、增加图解材料。")
    assert problems == ["栏目内容单一,更新不够及时"]
    assert improvements == ["每月更新栏目。", "增加图解材料。"]


def test_unnumbered_measures_in_one_paragraph_are_one_statement_each():
    _, improvements = split("档案查阅不便。", "下一步,本局将整理历年档案,方便群众查阅。进一步充实公开专栏,用好微信和广播。")
    assert improvements == ["下一步,本局将整理历年档案,方便群众查阅。", "进一步充实公开专栏,用好微信和广播。"]


def test_a_measure_under_its_short_heading_sentence_stays_whole():
    # 加大公开力度。继续…: the heading of the measure, then what it means.
    _, improvements = split("网站更新慢。", "（二）改进措施", "加大公开力度。继续做好常规信息的发布,每周检查一次栏目。")
    assert improvements == ["加大公开力度。继续做好常规信息的发布,每周检查一次栏目。"]


def test_a_framing_sentence_opening_a_numbered_item_is_dropped():
    problems, _ = split("（一）存在问题", "1.本年度工作有一定进展，但仍存在一些不足。主要是网页内容陈旧。", "2.图解材料偏少。")
    assert problems == ["网页内容陈旧。", "图解材料偏少。"]


def test_a_shortfall_named_in_an_items_opening_clause_is_kept():
    problems, _ = split("一是政策解读的覆盖面存在短板,部分解读发布偏晚;二是回应不够及时。")
    assert problems == ["政策解读的覆盖面存在短板,部分解读发布偏晚;", "回应不够及时。"]


def test_simplified_radical_look_alikes_are_read_as_their_characters():
    # ⻓ ⻔ ⻚ are CJK Radicals Supplement forms (U+2Exx) without a compatibility mapping.
    record = _report("四、存在的主要问题及改进情况\n一是⻔户网站⻚面⻓期未更新;二是回复慢。\n")
    assert record["problems"] == ["门户网站页面长期未更新;", "回复慢。"]


def test_measures_after_a_semicolon_stay_in_their_sentence():
    _, improvements = split("网站更新慢。", "下一步,我们将每周检查栏目,及时补齐内容;加强队伍培训,每季度一次。")
    assert improvements == ["下一步,我们将每周检查栏目,及时补齐内容;加强队伍培训,每季度一次。"]


@pytest.mark.parametrize("framing", ["工作取得了进展，但也有不足，主要是：", "本年度工作中存在以下主要问题:"])
def test_shortfalls_listed_with_semicolons_after_a_colon_are_one_problem_each(framing):
    problems, _ = split(framing + "栏目分类不够清楚;回复群众留言不及时；档案电子化程度不高。")
    assert problems == ["栏目分类不够清楚;", "回复群众留言不及时；", "档案电子化程度不高。"]


def test_clauses_of_one_problem_told_without_a_colon_stay_together():
    # 表现为…；…: no list announced, the clauses may tell one problem in parts.
    problems, _ = split("我办做了不少工作，但仍存在一些问题，表现为台账不够完整；部分信息归档滞后。")
    assert problems == ["台账不够完整；部分信息归档滞后。"]


def test_a_semicolon_clause_naming_no_shortfall_keeps_the_list_whole():
    problems, _ = split("存在的问题主要是：栏目更新不及时；这与人员调整有关。")
    assert len(problems) == 1


def test_problems_said_to_need_mending_before_the_example_are_framing():
    problems, _ = split("经过努力，我办公开工作平稳推进，但还有些问题有待完善，比如解读材料偏少等。")
    assert problems == ["解读材料偏少等。"]


def test_a_report_that_admits_nothing_may_end_on_next_years_plan():
    text = ("桃溪乡2010年政府信息公开工作报告\n乡政府重视政府信息公开工作，由一名干事负责。\n"
            "全年累计主动公开政府信息30条，其中网上公开12条。\n"
            "2011年，我们将按照上级要求，进一步规范公开流程，把公开工作当作一项基本制度来抓。\n2011年1月5日\n")
    record = govextract.parse_text(text).to_dict()
    assert record["problems"] == []
    assert record["improvements"] == ["2011年，我们将按照上级要求，进一步规范公开流程，把公开工作当作一项基本制度来抓。"]


def test_a_report_ending_on_its_counts_has_no_improvement():
    text = ("桃溪乡2010年政府信息公开工作报告\n乡政府重视政府信息公开工作，由一名干事负责。\n"
            "全年累计主动公开政府信息30条，其中网上公开12条。\n")
    record = govextract.parse_text(text).to_dict()
    assert (record["problems"], record["improvements"]) == ([], [])


def test_shortfall_sentences_in_one_unnumbered_paragraph_are_one_problem_each():
    # One statement per problem, as unnumbered measures are split one per measure.
    problems, improvements = split("档案室的电子目录还不完整。网站的公开栏目分类不够清晰，群众查找不便。",
                                   "下一步，我所将补齐电子目录。")
    assert problems == ["档案室的电子目录还不完整。", "网站的公开栏目分类不够清晰，群众查找不便。"]
    assert improvements == ["下一步，我所将补齐电子目录。"]
    problems, _ = split("本年度我站公开工作还存在一些短板。便民服务信息更新偏慢。窗口人员对公开规定掌握不够熟练。")
    assert problems == ["便民服务信息更新偏慢。", "窗口人员对公开规定掌握不够熟练。"]


@pytest.mark.parametrize("going_on", [
    "这在一定程度上影响了群众查阅的积极性，问题较为突出。",
    "主要原因是兼职人员较多，业务培训不足。",
    "如部分通知发布后一个月才上网，时效性不够。",
    "亟待提高。",
])
def test_a_sentence_going_on_about_the_last_problem_stays_with_it(going_on):
    problems, _ = split("我中心的信息公开不够及时。" + going_on)
    assert problems == ["我中心的信息公开不够及时。" + going_on]


def test_problems_told_one_side_then_the_other_are_two_items():
    problems, improvements = split("一方面，办事指南更新不够及时；另一方面，公开栏目的分类还不够清晰。",
                                   "下一步，我局一方面按月核对办事指南，另一方面重新梳理栏目分类。")
    assert problems == ["办事指南更新不够及时；", "公开栏目的分类还不够清晰。"]
    # Inside one sentence the two sides are two clauses of one measure.
    assert improvements == ["下一步，我局一方面按月核对办事指南，另一方面重新梳理栏目分类。"]


_REPORT_WITH_SIX = ("某某县档案馆2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我馆认真落实《条例》，全年主动公开信息40条。\n"
                    "二、主动公开政府信息情况\n本年新制发规范性文件1件。\n三、收到和处理政府信息公开申请情况\n全年未收到申请。\n"
                    "四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n"
                    "馆藏目录公开不够完整。下一步，我馆将分批公开馆藏目录。\n六、其他需要报告的事项\n{six}\n")


@pytest.mark.parametrize("six, plans", [
    ("本年度未收取信息处理费。我馆将进一步完善查阅服务指南，并在门户网站及时更新。", ["我馆将进一步完善查阅服务指南，并在门户网站及时更新。"]),
    ("（一）收费情况。本年度未收取信息处理费。\n（二）下一步工作打算。2023年，我馆将组织一次公开业务培训。",
     ["2023年，我馆将组织一次公开业务培训。"]),
])
def test_a_plan_stated_in_section_six_is_an_improvement(six, plans):
    got = govextract.parse_text(_REPORT_WITH_SIX.format(six=six)).to_dict()
    assert got["problems"] == ["馆藏目录公开不够完整。"]
    assert got["improvements"] == ["下一步，我馆将分批公开馆藏目录。", *plans]


@pytest.mark.parametrize("six", [
    "（一）人大建议办理情况。为进一步做好建议办理，我馆制定了办理规程，全年办理建议2件。",
    "本年度未收取信息处理费。下一步工作打算详见第五部分。",
    "无。",
])
def test_what_section_six_reports_of_the_year_is_no_improvement(six):
    got = govextract.parse_text(_REPORT_WITH_SIX.format(six=six)).to_dict()
    assert got["improvements"] == ["下一步，我馆将分批公开馆藏目录。"]


def test_items_each_naming_a_problem_and_a_fix_the_body_voices_after_a_comma_are_paired():
    problems, improvements = split("一是查阅点资料陈旧，群众翻阅不便，下一步将每月更换一次资料。"
                                   "二是网站检索功能不好用，我办将升级检索功能，增加按年份查找。")
    assert problems == ["查阅点资料陈旧，群众翻阅不便，", "网站检索功能不好用，"]
    assert improvements == ["下一步将每月更换一次资料。", "我办将升级检索功能，增加按年份查找。"]


def test_the_body_putting_something_somewhere_is_no_plan():
    # 将 as 把: 我局将信息公开纳入考核 says what was done, not what will be.
    problems, improvements = split("一是我局将信息公开纳入考核后，部分科室仍不够重视。二是解读材料偏少。")
    assert problems == ["我局将信息公开纳入考核后，部分科室仍不够重视。", "解读材料偏少。"]
    assert improvements == []


@pytest.mark.parametrize("measure", ["安排专人每周检查公开栏。", "配齐兼职信息员，各村一名。", "督促各村按月更新公开栏。",
                                     "每季度组织一次业务培训。", "开通咨询电话，解答群众疑问。", "增加图解材料，方便群众阅读。"])
def test_an_unnumbered_measure_opening_with_another_measure_verb_is_a_measure_of_its_own(measure):
    _, improvements = split("档案查阅不便。", "下一步，我所将加强业务培训。建立发布台账，做到逐条登记。" + measure)
    assert improvements == ["下一步，我所将加强业务培训。", "建立发布台账，做到逐条登记。", measure]


def test_a_numbered_list_of_measures_starting_again_without_a_lead_in_lists_the_improvements():
    problems, improvements = split("一是公开栏内容陈旧，群众关心的救助事项公布不细。二是信息审核流程不够规范。",
                                   "一是围绕低保、医保等事项细化公开内容。二是完善审核流程，明确审核责任人。")
    assert problems == ["公开栏内容陈旧，群众关心的救助事项公布不细。", "信息审核流程不够规范。"]
    assert improvements == ["围绕低保、医保等事项细化公开内容。", "完善审核流程，明确审核责任人。"]


def test_a_numbered_list_starting_again_with_shortfalls_stays_problems():
    problems, improvements = split("一是网站栏目更新滞后。二是解读材料偏少。",
                                   "一是村级公开栏内容不全。二是群众知晓率不高。")
    assert problems == ["网站栏目更新滞后。", "解读材料偏少。", "村级公开栏内容不全。", "群众知晓率不高。"]
    assert improvements == []


@pytest.mark.parametrize("heading", ["四、存在的问题和今后努力方向", "四、存在的不足及努力方向"])
def test_a_heading_naming_the_problems_and_the_way_forward_is_all_heading(heading):
    text = _OPENING + heading + "\n网上公开的信息偏少。\n今后，我局将每月梳理一次应公开的信息。\n"
    assert _parse(text) == (["网上公开的信息偏少。"], ["今后，我局将每月梳理一次应公开的信息。"])


def test_a_sub_heading_naming_the_way_forward_opens_the_improvements():
    problems, improvements = split("（一）存在的问题", "查阅点资料陈旧。", "（二）今后努力方向", "逐年补充查阅点资料。")
    assert (problems, improvements) == (["查阅点资料陈旧。"], ["逐年补充查阅点资料。"])


@pytest.mark.parametrize("second", ["各村公开栏管理松散，有的半年未换内容。", "公开栏里的资料陈旧，群众很少查看。",
                                    "宣传形式单调，群众参与少。", "各站所报送的信息参差不齐。"])
def test_a_second_shortfall_told_in_other_words_is_a_problem_of_its_own(second):
    problems, _ = split("网站发布的信息偏少。" + second)
    assert problems == ["网站发布的信息偏少。", second]


def test_a_grant_of_progress_said_with_sui_you_is_dropped():
    problems, _ = split("我所公开工作虽有进步，但解读材料仍然偏少。")
    assert problems == ["解读材料仍然偏少。"]


def test_a_restarted_list_of_measures_may_open_with_when_they_are_done():
    problems, improvements = split("第一，解读材料发布偏慢。第二，服务信息分散，查找不便。",
                                   "第一，在文件印发后两个工作日内发布解读。第二，整合服务信息，开设专栏。")
    assert problems == ["解读材料发布偏慢。", "服务信息分散，查找不便。"]
    assert improvements == ["在文件印发后两个工作日内发布解读。", "整合服务信息，开设专栏。"]


@pytest.mark.parametrize("measure", ["配合上级部门做好政策解读。", "结合全县重点工作公开项目信息。", "通过公众号发布办事指南。"])
def test_an_unnumbered_measure_opening_with_how_it_is_done_is_a_measure_of_its_own(measure):
    _, improvements = split("档案查阅不便。", "今年，我局将整理历年档案，方便查阅。" + measure)
    assert improvements == ["今年，我局将整理历年档案，方便查阅。", measure]


def test_clauses_under_a_sub_heading_announcing_them_with_a_colon_are_one_statement_each():
    problems, improvements = split("（一）存在问题：公开栏内容陈旧；网站栏目设置不合理，查找不便。",
                                   "（二）改进措施：定期更换公开栏内容；利用公众号发布常用信息。")
    assert problems == ["公开栏内容陈旧；", "网站栏目设置不合理，查找不便。"]
    assert improvements == ["定期更换公开栏内容；", "利用公众号发布常用信息。"]


def test_clauses_under_a_sub_heading_without_a_colon_stay_together():
    problems, _ = split("（一）存在问题", "公开栏内容陈旧；网站栏目设置不合理，查找不便。")
    assert problems == ["公开栏内容陈旧；网站栏目设置不合理，查找不便。"]


def test_an_unnumbered_measure_naming_the_problem_it_answers_is_a_measure_of_its_own():
    _, improvements = split("解读偏少。", "下一步，我站将在发布数据时同步发布解读。安排专人收集群众关心的问题，按月答复。")
    assert improvements == ["下一步，我站将在发布数据时同步发布解读。", "安排专人收集群众关心的问题，按月答复。"]


def test_a_measure_saying_what_will_be_written_is_a_measure_of_its_own():
    _, improvements = split("解读偏少。", "针对以上问题，我站将建立解读台账，逐月登记。编写常见问题解答，放在网站首页。")
    assert improvements == ["针对以上问题，我站将建立解读台账，逐月登记。", "编写常见问题解答，放在网站首页。"]


@pytest.mark.parametrize("first", ["公开工作人员均为兼职，精力有限。", "网站发布的原创信息不多。"])
def test_a_shortfall_said_as_limited_or_few_is_a_problem(first):
    problems, _ = split(first + "各村的公开栏更新滞后。")
    assert problems == [first, "各村的公开栏更新滞后。"]


def test_a_company_name_names_no_shortfall():
    problems, improvements = split("网站由某某科技有限公司维护。", "下一步，我局将按月检查网站内容。")
    assert improvements == ["下一步，我局将按月检查网站内容。"]


@pytest.mark.parametrize("last,plans", [
    ("为进一步提升公开质量，县政府办公室修订了信息发布审核办法，明确了审核流程，将各单位纳入考核。", []),
    ("为进一步做好公开工作，我们将按季度更新公开目录。", ["为进一步做好公开工作，我们将按季度更新公开目录。"]),
    ("为进一步规范公开工作，2011年我乡将建立信息发布审核制度。", ["为进一步规范公开工作，2011年我乡将建立信息发布审核制度。"]),
])
def test_a_report_ending_on_work_done_for_a_purpose_has_no_closing_plan(last, plans):
    # 为进一步提升… opens what was done as often as what will be: only a plan's voice makes it one.
    text = ("桃溪县2015年政府信息公开工作报告\n县政府重视政府信息公开工作，明确专人负责。\n"
            f"全年累计主动公开政府信息300条，其中网上公开120条。\n{last}\n")
    assert govextract.parse_text(text).to_dict()["improvements"] == plans


@pytest.mark.parametrize("last,plans", [
    # the report's own year: 将 marks what was put into the appraisal, no plan
    ("2015年，县统计局将政务公开工作纳入科室年度考核，全年主动公开政府信息300条，其中网上公开120条。", []),
    ("2014年，我局将公开目录的编制列入重点工作，当年完成了目录梳理。", []),
    # a year after the report's: a plan
    ("2016年，县统计局将政务公开工作纳入科室年度考核，按季度通报。", ["2016年，县统计局将政务公开工作纳入科室年度考核，按季度通报。"]),
])
def test_a_report_cut_before_section_five_ending_on_its_own_year_s_work_has_no_closing_plan(last, plans):
    text = ("桃溪县统计局2015年政府信息公开工作年度报告\n本年报所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n"
            f"一、主动公开情况\n县统计局重视政府信息公开工作，明确专人负责。\n{last}\n")
    assert govextract.parse_text(text).to_dict()["improvements"] == plans


def test_shortfalls_said_as_what_needs_doing_are_listed_one_per_clause():
    # 需进一步… names a shortfall as 有待进一步… does: the colon's list is two problems.
    problems, _ = split("2016年，我办在公开工作中做了一些工作，但仍存在一些不足：栏目设置需进一步优化，解读材料需要进一步丰富；"
                        "信息更新不够及时等。")
    assert problems == ["栏目设置需进一步优化，解读材料需要进一步丰富；", "信息更新不够及时等。"]


def test_a_measure_saying_what_will_need_doing_is_no_shortfall():
    # 将需进一步… is the plan's voice, not a shortfall.
    problems, improvements = split("信息更新不够及时。", "下一步，我办将需进一步优化栏目设置，按月检查。")
    assert problems == ["信息更新不够及时。"]
    assert improvements == ["下一步，我办将需进一步优化栏目设置，按月检查。"]


# Session 16 (stmt16 audit): classes seen on pages whose excerpts reach section 五.

@pytest.mark.parametrize("opening", ["各项工作进展顺利", "公开工作开展顺利", "信息公开工作稳步推进", "各项工作运行良好"])
def test_a_grant_that_the_work_went_smoothly_is_dropped_before_the_shortfall(opening):
    # 工作进展顺利，但… grants the year's progress as 取得了成效，但… does.
    problems, _ = split(f"我局2030年{opening}，但在栏目更新、解读质量等方面仍有待提高。")
    assert problems == ["在栏目更新、解读质量等方面仍有待提高。"]


def test_a_grant_of_smooth_work_before_no_shortfall_is_kept():
    # Guard: without a shortfall after it the sentence is left as printed.
    problems, _ = split("我局2030年各项工作进展顺利，但面对新要求，继续努力。")
    assert problems == ["我局2030年各项工作进展顺利，但面对新要求，继续努力。"]


@pytest.mark.parametrize("link", ["同时", "此外，", "另外，"])
def test_a_measure_opened_by_a_linking_word_is_the_next_measure(link):
    problems, improvements = split("档案目录更新偏慢。",
                                   f"对此，我们将加强对信息员的培训，并试用短视频发布。{link}编制统一的公开目录，方便查询。")
    assert improvements == ["对此，我们将加强对信息员的培训，并试用短视频发布。", f"{link}编制统一的公开目录，方便查询。"]


def test_a_linking_word_before_no_measure_stays_with_its_measure():
    # Guard: 同时 going on about the measure before it (同时也能…) opens no measure.
    _, improvements = split("档案目录更新偏慢。", "对此，我们将加强对信息员的培训，并试用短视频发布。同时也能方便群众查询。")
    assert improvements == ["对此，我们将加强对信息员的培训，并试用短视频发布。同时也能方便群众查询。"]


def test_a_lone_item_after_a_sentence_announcing_the_measures_drops_the_announcement():
    # The page was cut after (一); the sentence before it only announced the measures, on the same line.
    _, improvements = split("2030年，我镇公开工作有成效，但也存在不足：一是栏目更新偏慢；二是解读偏少。"
                            "在接下来的工作中，我镇将从以下方面推进公开工作。（一）加强组织领导，明确专人")
    assert improvements == ["加强组织领导，明确专人"]


def test_a_lone_marker_after_an_ordinary_sentence_is_text():
    # Guard: no announcement before it, so （一） inside the measure stays text.
    _, improvements = split("栏目更新偏慢。", "下一步，我镇将按月检查栏目。（一）加强组织领导，明确专人")
    assert improvements == ["下一步，我镇将按月检查栏目。（一）加强组织领导，明确专人"]


def test_a_problem_cut_after_the_framing_that_admitted_it_is_kept():
    # The framing already said shortfalls exist; 比如… names them, and the page was cut there.
    problems, _ = split("2030年，县教育局公开工作成效显著，但还存在着一些不足。比如在公开事项的时效性、公开内容的全面性、公开形")
    assert problems == ["在公开事项的时效性、公开内容的全面性、公开形"]


def test_a_paragraph_cut_inside_its_dated_opening_is_still_a_fragment():
    # Guard: cut before anything was admitted, the opening is no problem.
    problems, _ = split("2030年，县教育局在有关部门的指导下，政府信息公开工作")
    assert problems == []


# --- next year's plan opening the section, its shortfalls after it ----------------------------

SHORTFALL = "过去一年我局公开工作虽有进展，但栏目内容与群众需求还存在差距，政策解读材料偏少。"


@pytest.mark.parametrize("plan", ["2012年我局重点工作是升级网站检索功能，完善依申请公开办理流程。",
                                  "2012年，我局将重点升级网站检索功能。",
                                  "下一步，我办将完善依申请公开办理流程，按月检查栏目更新。"])
def test_a_plan_opening_the_section_before_its_shortfalls_is_an_improvement(plan):
    problems, improvements = split(plan + SHORTFALL)
    assert improvements == [plan]
    assert len(problems) == 1 and problems[0].endswith("政策解读材料偏少。")


def test_an_opening_plan_that_names_a_shortfall_still_opens_the_problems():
    # guard: 下一步 may introduce the problems themselves (下一步要解决…不及时的问题)
    problems, improvements = split("下一步，要着力解决栏目更新不及时的问题。" + SHORTFALL)
    assert improvements == [] and problems and problems[0].startswith("下一步")


# --- a gap with a named subject is a shortfall, not framing ------------------------------------

@pytest.mark.parametrize("text,problem", [
    ("本年度我局公开工作虽然取得了一定进展，但栏目内容与群众的需求还存在一些差距，更新频次偏低。",
     "栏目内容与群众的需求还存在一些差距，更新频次偏低。"),
    ("2016年，本镇公开工作取得了进展，但政策解读材料同公众的期望还有差距，形式较为单一。",
     "政策解读材料同公众的期望还有差距，形式较为单一。"),
])
def test_a_named_part_of_the_work_falling_short_is_kept_with_its_gap(text, problem):
    problems, _ = split(text)
    assert problems == [problem]


@pytest.mark.parametrize("text", ["本年度工作虽然取得了一定进展，但与上级要求还存在一定差距，栏目更新偏慢。",
                                  "我局政府信息公开工作与群众期望还有差距，栏目更新偏慢。"])
def test_the_work_as_a_whole_short_of_a_yardstick_is_still_framing(text):
    # guard: no part of the work is named; the clause only says a gap exists
    problems, _ = split(text)
    assert problems == ["栏目更新偏慢。"]


# --- refuse21: section 五 copied without its heading, measures told with 采取 ---------------------

def test_section_five_copied_without_its_heading_may_open_on_the_admission_listing_its_shortfalls():
    record = govextract.parse_text(
        "当前，我区政务公开工作仍存在一些不足：一是个别单位栏目更新偏慢；二是政策解读形式还应进一步丰富。"
        "为此，我们将重点抓好以下工作。\n"
        "（一）按月检查各单位栏目，通报更新情况。\n"
        "（二）推行图解、视频等解读形式。\n"
        "（三）每季度组织一次业务培训。\n").to_dict()
    assert record["problems"] == ["个别单位栏目更新偏慢；", "政策解读形式还应进一步丰富。"]
    assert record["improvements"] == ["按月检查各单位栏目，通报更新情况。", "推行图解、视频等解读形式。",
                                      "每季度组织一次业务培训。"]
    assert any(w.startswith("W_REPORT_FRAGMENT") for w in record["warnings"])


def test_work_done_item_by_item_under_an_opening_that_admits_nothing_is_no_section_five():
    with pytest.raises(ParseError):
        govextract.parse_text("今年以来，我区政务公开工作取得了新进展：一是网站改版上线；二是专栏全部建成。\n"
                              "（一）按月检查了各单位栏目。\n（二）推行了图解解读。\n（三）组织了业务培训。\n")


def test_a_shortfall_said_as_what_should_still_be_done_is_a_problem_of_its_own():
    problems, _ = split("部分栏目更新不够及时。公开目录的分类还应进一步细化。")
    assert problems == ["部分栏目更新不够及时。", "公开目录的分类还应进一步细化。"]


def test_an_unnumbered_measure_opening_with_cai_qu_is_a_measure_of_its_own():
    _, improvements = split("（一）存在问题：公开的形式比较单一。", "（二）改进措施：",
                            "我镇将继续按照县里的要求，做好公开工作。采取公开栏、网站、微信等多种形式公开，扩大覆盖面。")
    assert improvements == ["我镇将继续按照县里的要求，做好公开工作。", "采取公开栏、网站、微信等多种形式公开，扩大覆盖面。"]
