"""Which readable pages are refused as not reports, and what the refusal says.

Every page here is made up; each reproduces a kind of page met among stored report
pages: reports that must be read (traditional script, a part of a report, a report
inside its publishing notice, old titles) and pages that must be refused with their
kind named (index pages, notices, guides, rules, news stories)."""
import pytest

import govextract
from govextract.errors import ParseError

LONG = "全年围绕群众关切持续完善信息发布审核机制，加强政策解读和回应，工作规范化水平进一步提高，群众满意度有所提升。"


def _parse(text: str):
    return govextract.parse_bytes(text.encode("utf-8"), path="page.txt")


def _refusal(text: str) -> str:
    with pytest.raises(ParseError) as err:
        _parse(text)
    assert err.value.code == "E_NOT_A_REPORT" and err.value.path == "page.txt"
    return err.value.cause


def test_a_report_titled_in_traditional_script_with_zixun_keeps_its_title():
    text = ("青禾縣人民政府2015年政府資訊公開工作年度報告\n"
            f"本報告根據《中華人民共和國政府信息公開條例》要求編制。{LONG}\n"
            f"一、概述\n2015年，本縣主動公開政府資訊1200條。{LONG}\n"
            f"二、依申請公開情況\n全年共收到政府資訊公開申請15件，均已按時答復。{LONG}\n")
    meta = _parse(text).to_dict()["meta"]
    assert meta["title"] == "青禾县人民政府2015年政府资讯公开工作年度报告"
    assert meta["year"] == 2015


def test_a_text_index_page_counting_its_entries_is_refused_as_an_index_page():
    rows = "\n".join(f"青禾县{y}年政府信息公开工作年度报告 {y + 1}-01-2{y % 10}" for y in range(2016, 2020))
    cause = _refusal(f"首页 > 政府信息公开年报\n{rows}\n共4条 第1页/共1页\n")
    assert "index page listing 4 report titles" in cause and "目录页" in cause


def test_a_report_without_headings_that_links_its_other_years_is_still_read():
    links = "\n".join(f"青禾县{y}年政府信息公开工作年度报告" for y in range(2015, 2019))
    text = (f"青禾县2019年政府信息公开工作年度报告\n2019年，我县主动公开政府信息320条，受理政府信息公开申请6件，"
            f"均已按时答复。{LONG}{LONG}{LONG}\n相关链接\n{links}\n")
    record = _parse(text).to_dict()
    assert record["meta"]["year"] == 2019
    assert any(f["kind"] == "published" and f["value"] == 320 for f in record["facts"])


def test_a_news_story_quoting_a_reports_figures_is_refused_as_news():
    text = ("我市发布2021年政府信息公开工作年度报告\n来源：青禾日报 发布时间：2022-01-28\n"
            "近日，市政府在门户网站发布了年度报告。报告显示，2021年全市主动公开政府信息3.2万条，"
            "收到政府信息公开申请1200件。\n")
    cause = _refusal(text)
    assert "news story" in cause and "我市发布2021年政府信息公开工作年度报告" in cause


def test_a_notice_about_compiling_reports_is_refused_naming_its_title():
    text = ("关于做好2018年度政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府，县直各单位：\n"
            "一、报告内容\n年度报告应包括主动公开政府信息的情况，依申请公开政府信息的情况。\n"
            "二、时间要求\n各单位须于2019年1月31日前发布年度报告。\n青禾县人民政府办公室\n2019年1月8日\n")
    cause = _refusal(text)
    assert "a notice or an interpretation" in cause and "编制发布工作的通知" in cause


@pytest.mark.parametrize("title,words", [("青禾市人民政府政府信息公开指南", "disclosure guide"),
                                         ("青禾市交通运输局政府信息公开工作年度报告制度（试行）", "rules document")])
def test_a_guide_or_rules_page_is_refused_as_what_it_is(title, words):
    text = (f"{title}\n一、公开范围\n本机关主动公开的政府信息包括机构职能、政策文件和政府信息公开工作年度报告。\n"
            "二、公开方式\n通过政府网站公开。\n")
    assert words in _refusal(text)


def test_numbered_articles_are_refused_as_rules():
    text = "".join(f"第{n}条 各单位应当于每年1月31日前报送政府信息公开工作年度报告，并对数据负责。\n"
                   for n in "一二三四")
    assert "numbered articles" in _refusal(text)


def test_a_page_with_nothing_of_a_report_says_so():
    assert "no title, sections or tables" in _refusal("政务信息考评细则说明\n本页面暂无内容。\n")


def test_the_second_page_of_a_report_split_over_pages_is_read():
    text = ("三、依申请公开政府信息情况\n2011年，本局共受理政府信息公开申请12件，其中当面申请5件，网上申请7件，均已办结。\n"
            "四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n"
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议和行政诉讼。\n"
            "第2页/共3页 上一页 下一页\n")
    record = _parse(text).to_dict()
    assert any(f["kind"] == "requests_received" and f["value"] == 12 for f in record["facts"])


def test_a_report_printed_inside_its_publishing_notice_is_read():
    text = ("青禾市人民政府办公室关于公布青禾市2010年政府信息公开工作年度报告的通知\n"
            "各县（区）人民政府，市直各单位：\n现将《青禾市2010年政府信息公开工作年度报告》予以公布。\n二〇一一年三月一日\n"
            "青禾市2010年政府信息公开工作年度报告\n"
            f"一、概述\n2010年，全市主动公开政府信息5600条。{LONG}\n"
            f"二、依申请公开情况\n全年受理政府信息公开申请86件。{LONG}\n")
    meta = _parse(text).to_dict()["meta"]
    assert (meta["title"], meta["year"]) == ("青禾市2010年政府信息公开工作年度报告", 2010)


def test_half_year_statistics_with_counts_are_refused_as_part_of_a_year():
    text = ("2023年上半年政府信息公开数据统计\n2023年07月20日 来源：青禾区\n"
            "一、公文公开情况\n上半年，全区各级行政机关共制发公文512件，主动公开498件。\n"
            "二、依申请公开情况\n上半年，全区共受理政府信息公开申请131件，答复127件。\n")
    assert "statistics for part of a year" in _refusal(text)


def test_a_letter_interpreting_how_to_fill_in_reports_is_refused_as_an_interpretation():
    text = ("青禾省政务公开办公室关于政府信息公开工作年度报告有关数据填报问题的解释\n"
            "各市政务公开办公室：\n经研究，现就年度报告中行政诉讼案件数量的统计口径解释如下：行政复议机关作为共同被告的案件，"
            "只计算原行为主体的案件数量，不计算复议机关的案件数量，各地在编制年度报告时请按此口径统计。\n"
            "青禾省政务公开办公室\n2021年3月1日\n")
    assert "a notice or an interpretation" in _refusal(text)


def test_the_report_format_with_its_blank_tables_is_refused():
    cells = "\n".join(["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件",
                       "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可"])
    text = ("中华人民共和国政府信息公开工作年度报告格式\n"
            "年度报告是反映政府信息公开工作情况的重要方式，各行政机关应当按照本格式编制，不得遗漏，也不宜泛化，"
            "出现内容雷同、敷衍塞责等问题的，依法追究责任。\n附件：\n一、总体情况\n" + cells + "\n")
    assert "the annual report format" in _refusal(text)


def test_a_report_citing_the_format_in_its_first_sentence_is_read():
    text = ("根据《中华人民共和国政府信息公开工作年度报告格式》要求，编制青禾镇2021年政府信息公开工作年度报告。"
            "全年主动公开政府信息86条，未收到政府信息公开申请，未发生行政复议和行政诉讼。\n"
            "一、总体情况\n本镇依法公开政府信息。\n")
    assert _parse(text).to_dict()["meta"]["year"] == 2021


def test_a_story_retelling_a_report_under_its_headline_is_refused_as_news():
    """No reporter named, a headline that ends with 发布, and prose enough to seem a report's."""
    text = ("青禾省2021年政府信息公开工作年度报告发布\n"
            f"日前，青禾省人民政府向社会发布2021年政府信息公开工作年度报告。报告显示，全年公开政策文件180件，"
            f"收到政府信息公开申请95件。{LONG}报告还指出，下一步将继续深化重点领域信息公开。{LONG}\n")
    cause = _refusal(text)
    assert "a news story about a report" in cause and "年度报告发布" in cause
    # under a headline that does not say so, the third-person telling is what shows it
    cause = _refusal(text.replace("年度报告发布\n", "年度报告\n"))
    assert "retelling a report" in cause and "报告显示" in cause


def test_a_notice_on_writing_reports_without_a_title_line_is_refused_as_a_notice():
    text = ("青政办函〔2014〕5号\n各县、区人民政府，市直各单位：\n"
            "为做好年度报告工作，现就2013年政府信息公开年度报告编写、报送及发布等有关事项通知如下：\n"
            f"政府信息公开年度报告包括下列内容：\n（一）概述。主要反映做法和成效。{LONG}\n"
            f"（二）主动公开政府信息情况。主要反映主动公开的政府信息条数及所占比重。{LONG}\n")
    assert "notice (its body says 通知如下)" in _refusal(text)


def test_a_report_that_once_says_what_a_survey_shows_is_read():
    text = ("青禾县2015年政府信息公开工作年度报告\n一、概述\n"
            f"近日，我县开展了群众满意度调查。2015年，全县主动公开政府信息860条。{LONG}\n"
            f"二、依申请公开情况\n全年受理政府信息公开申请12件。{LONG}\n")
    record = _parse(text).to_dict()
    assert any(f["kind"] == "published" and f["value"] == 860 for f in record["facts"])


SIX = ("（一）本年度主动公开政府信息的情况。\n（二）依申请公开政府信息的情况。\n（三）政府信息公开的收费及减免情况。\n"
       "（四）因政府信息公开申请行政复议、提起行政诉讼的情况。\n（五）政府信息公开工作存在的主要问题及改进情况。\n（六）其他需要报告的事项。\n")


@pytest.mark.parametrize("traditional", [False, True])
def test_a_towns_rules_on_writing_its_report_are_refused_as_rules(traditional):
    text = ("石桥镇人民政府信息公开工作年度报告制度\n为规范年度报告编制工作，结合本镇实际，特制定本制度。\n"
            "一、每年1月底前编制上一年度政府信息公开工作年度报告。\n二、年度报告应当通过镇政府网站向社会公布。\n"
            "三、年度报告应当包括下列内容：\n" + SIX + "四、本制度自印发之日起施行。\n")
    if traditional:
        text = text.replace("报告", "報告").replace("开", "開").replace("应当", "應當").replace("制度", "製度")
    cause = _refusal(text)
    assert "rules document" in cause and "年度报告制度" in cause


def test_numbered_articles_on_writing_reports_listing_the_six_headings_are_refused():
    text = ("第一条 为做好政府信息公开年度报告工作，制定本制度。\n第二条 本制度由镇政务公开办负责解释。\n"
            "第三条 各站所负责编制本站所的政府信息公开年度报告\n第四条 年度报告主要包括以下内容\n"
            "一、主动公开政府信息的情况\n二、依申请公开政府信息的情况\n三、政府信息公开的收费及减免情况\n"
            "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n五、政府信息公开工作存在的主要问题及改进情况\n"
            "六、其他需要报告的事项\n第五条 各站所应当于每年2月1日前报送年度报告。\n")
    assert "numbered articles" in _refusal(text)


def test_a_report_saying_it_drew_up_its_own_rules_is_still_read():
    text = ("青禾县司法局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局修订了《信息公开保密审查制度》，"
            "明确本制度适用于局属各单位，全年主动公开政府信息86条。" + LONG + "\n二、主动公开政府信息情况\n"
            "全年通过政府网站发布信息86条。\n三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请2件。\n")
    assert _parse(text).to_dict()["meta"]["agency"] == "青禾县司法局"
