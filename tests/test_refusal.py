"""Which readable pages are refused as not reports, and what the refusal says.

Every page here is made up; each reproduces a kind of page met among stored report
pages: reports that must be read (traditional script, a part of a report, a report
inside its publishing notice, old titles) and pages that must be refused with their
kind named (index pages, notices, guides, rules, news stories)."""
import pytest

from refused import parse_page, refusal

LONG = "全年围绕群众关切持续完善信息发布审核机制，加强政策解读和回应，工作规范化水平进一步提高，群众满意度有所提升。"


def test_a_report_titled_in_traditional_script_with_zixun_keeps_its_title():
    text = ("青禾縣人民政府2015年政府資訊公開工作年度報告\n"
            f"本報告根據《中華人民共和國政府信息公開條例》要求編制。{LONG}\n"
            f"一、概述\n2015年，本縣主動公開政府資訊1200條。{LONG}\n"
            f"二、依申請公開情況\n全年共收到政府資訊公開申請15件，均已按時答復。{LONG}\n")
    meta = parse_page(text)["meta"]
    # 資訊 is how a Taiwan-style conversion prints 信息: the page is read back in mainland words
    assert meta["title"] == "青禾县人民政府2015年政府信息公开工作年度报告"
    assert meta["year"] == 2015


def test_a_text_index_page_counting_its_entries_is_refused_as_an_index_page():
    rows = "\n".join(f"青禾县{y}年政府信息公开工作年度报告 {y + 1}-01-2{y % 10}" for y in range(2016, 2020))
    cause = refusal(f"首页 > 政府信息公开年报\n{rows}\n共4条 第1页/共1页\n")
    assert "index page listing 4 report titles" in cause and "目录页" in cause


def test_a_report_without_headings_that_links_its_other_years_is_still_read():
    links = "\n".join(f"青禾县{y}年政府信息公开工作年度报告" for y in range(2015, 2019))
    text = (f"青禾县2019年政府信息公开工作年度报告\n2019年，我县主动公开政府信息320条，受理政府信息公开申请6件，"
            f"均已按时答复。{LONG}{LONG}{LONG}\n相关链接\n{links}\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2019
    assert any(f["kind"] == "published" and f["value"] == 320 for f in record["facts"])


def test_a_news_story_quoting_a_reports_figures_is_refused_as_news():
    text = ("我市发布2021年政府信息公开工作年度报告\n来源：青禾日报 发布时间：2022-01-28\n"
            "近日，市政府在门户网站发布了年度报告。报告显示，2021年全市主动公开政府信息3.2万条，"
            "收到政府信息公开申请1200件。\n")
    cause = refusal(text)
    assert "news story" in cause and "我市发布2021年政府信息公开工作年度报告" in cause


def test_a_notice_about_compiling_reports_is_refused_naming_its_title():
    text = ("关于做好2018年度政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府，县直各单位：\n"
            "一、报告内容\n年度报告应包括主动公开政府信息的情况，依申请公开政府信息的情况。\n"
            "二、时间要求\n各单位须于2019年1月31日前发布年度报告。\n青禾县人民政府办公室\n2019年1月8日\n")
    cause = refusal(text)
    assert "a notice or an interpretation" in cause and "编制发布工作的通知" in cause


@pytest.mark.parametrize("title,words", [("青禾市人民政府政府信息公开指南", "disclosure guide"),
                                         ("青禾市交通运输局政府信息公开工作年度报告制度（试行）", "rules document")])
def test_a_guide_or_rules_page_is_refused_as_what_it_is(title, words):
    text = (f"{title}\n一、公开范围\n本机关主动公开的政府信息包括机构职能、政策文件和政府信息公开工作年度报告。\n"
            "二、公开方式\n通过政府网站公开。\n")
    assert words in refusal(text)


def test_numbered_articles_are_refused_as_rules():
    text = "".join(f"第{n}条 各单位应当于每年1月31日前报送政府信息公开工作年度报告，并对数据负责。\n"
                   for n in "一二三四")
    assert "numbered articles" in refusal(text)


def test_a_page_with_nothing_of_a_report_says_so():
    assert "no title, sections or tables" in refusal("政务信息考评细则说明\n本页面暂无内容。\n")


def test_the_second_page_of_a_report_split_over_pages_is_read():
    text = ("三、依申请公开政府信息情况\n2011年，本局共受理政府信息公开申请12件，其中当面申请5件，网上申请7件，均已办结。\n"
            "四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n"
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生行政复议和行政诉讼。\n"
            "第2页/共3页 上一页 下一页\n")
    record = parse_page(text)
    assert any(f["kind"] == "requests_received" and f["value"] == 12 for f in record["facts"])


def test_a_report_printed_inside_its_publishing_notice_is_read():
    text = ("青禾市人民政府办公室关于公布青禾市2010年政府信息公开工作年度报告的通知\n"
            "各县（区）人民政府，市直各单位：\n现将《青禾市2010年政府信息公开工作年度报告》予以公布。\n二〇一一年三月一日\n"
            "青禾市2010年政府信息公开工作年度报告\n"
            f"一、概述\n2010年，全市主动公开政府信息5600条。{LONG}\n"
            f"二、依申请公开情况\n全年受理政府信息公开申请86件。{LONG}\n")
    meta = parse_page(text)["meta"]
    assert (meta["title"], meta["year"]) == ("青禾市2010年政府信息公开工作年度报告", 2010)


def test_half_year_statistics_with_counts_are_refused_as_part_of_a_year():
    text = ("2023年上半年政府信息公开数据统计\n2023年07月20日 来源：青禾区\n"
            "一、公文公开情况\n上半年，全区各级行政机关共制发公文512件，主动公开498件。\n"
            "二、依申请公开情况\n上半年，全区共受理政府信息公开申请131件，答复127件。\n")
    assert "statistics for part of a year" in refusal(text)


def test_a_letter_interpreting_how_to_fill_in_reports_is_refused_as_an_interpretation():
    text = ("青禾省政务公开办公室关于政府信息公开工作年度报告有关数据填报问题的解释\n"
            "各市政务公开办公室：\n经研究，现就年度报告中行政诉讼案件数量的统计口径解释如下：行政复议机关作为共同被告的案件，"
            "只计算原行为主体的案件数量，不计算复议机关的案件数量，各地在编制年度报告时请按此口径统计。\n"
            "青禾省政务公开办公室\n2021年3月1日\n")
    assert "a notice or an interpretation" in refusal(text)


def test_the_report_format_with_its_blank_tables_is_refused():
    cells = "\n".join(["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件",
                       "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可"])
    text = ("中华人民共和国政府信息公开工作年度报告格式\n"
            "年度报告是反映政府信息公开工作情况的重要方式，各行政机关应当按照本格式编制，不得遗漏，也不宜泛化，"
            "出现内容雷同、敷衍塞责等问题的，依法追究责任。\n附件：\n一、总体情况\n" + cells + "\n")
    assert "the annual report format" in refusal(text)


def test_a_report_citing_the_format_in_its_first_sentence_is_read():
    text = ("根据《中华人民共和国政府信息公开工作年度报告格式》要求，编制青禾镇2021年政府信息公开工作年度报告。"
            "全年主动公开政府信息86条，未收到政府信息公开申请，未发生行政复议和行政诉讼。\n"
            "一、总体情况\n本镇依法公开政府信息。\n")
    assert parse_page(text)["meta"]["year"] == 2021


def test_a_story_retelling_a_report_under_its_headline_is_refused_as_news():
    """No reporter named, a headline that ends with 发布, and prose enough to seem a report's."""
    text = ("青禾省2021年政府信息公开工作年度报告发布\n"
            f"日前，青禾省人民政府向社会发布2021年政府信息公开工作年度报告。报告显示，全年公开政策文件180件，"
            f"收到政府信息公开申请95件。{LONG}报告还指出，下一步将继续深化重点领域信息公开。{LONG}\n")
    cause = refusal(text)
    assert "a news story about a report" in cause and "年度报告发布" in cause
    # under a headline that does not say so, the third-person telling is what shows it
    cause = refusal(text.replace("年度报告发布\n", "年度报告\n"))
    assert "retelling a report" in cause and "报告显示" in cause


def test_a_notice_on_writing_reports_without_a_title_line_is_refused_as_a_notice():
    text = ("青政办函〔2014〕5号\n各县、区人民政府，市直各单位：\n"
            "为做好年度报告工作，现就2013年政府信息公开年度报告编写、报送及发布等有关事项通知如下：\n"
            f"政府信息公开年度报告包括下列内容：\n（一）概述。主要反映做法和成效。{LONG}\n"
            f"（二）主动公开政府信息情况。主要反映主动公开的政府信息条数及所占比重。{LONG}\n")
    assert "notice (its body says 通知如下)" in refusal(text)


def test_a_report_that_once_says_what_a_survey_shows_is_read():
    text = ("青禾县2015年政府信息公开工作年度报告\n一、概述\n"
            f"近日，我县开展了群众满意度调查。2015年，全县主动公开政府信息860条。{LONG}\n"
            f"二、依申请公开情况\n全年受理政府信息公开申请12件。{LONG}\n")
    record = parse_page(text)
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
    cause = refusal(text)
    assert "rules document" in cause and "年度报告制度" in cause


def test_numbered_articles_on_writing_reports_listing_the_six_headings_are_refused():
    text = ("第一条 为做好政府信息公开年度报告工作，制定本制度。\n第二条 本制度由镇政务公开办负责解释。\n"
            "第三条 各站所负责编制本站所的政府信息公开年度报告\n第四条 年度报告主要包括以下内容\n"
            "一、主动公开政府信息的情况\n二、依申请公开政府信息的情况\n三、政府信息公开的收费及减免情况\n"
            "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n五、政府信息公开工作存在的主要问题及改进情况\n"
            "六、其他需要报告的事项\n第五条 各站所应当于每年2月1日前报送年度报告。\n")
    assert "numbered articles" in refusal(text)


def test_a_report_saying_it_drew_up_its_own_rules_is_still_read():
    text = ("青禾县司法局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局修订了《信息公开保密审查制度》，"
            "明确本制度适用于局属各单位，全年主动公开政府信息86条。" + LONG + "\n二、主动公开政府信息情况\n"
            "全年通过政府网站发布信息86条。\n三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请2件。\n")
    assert parse_page(text)["meta"]["agency"] == "青禾县司法局"


# Pages that say what they are in their own words, whatever headings and counts they carry
# (each kind in several wordings: a county's, a bureau's, another year's).

NAV = "首页\n政务公开\n政府信息公开制度\n法定主动公开内容\n政府信息公开年报\n"


@pytest.mark.parametrize("text", [
    NAV + "青禾县人民政府信息公开指南（2024年修订版）\n为便于公民、法人和其他组织获取本县政府信息，特编制本指南。\n"
          "一、主动公开\n（一）公开范围。本县主动公开机构职能、政策文件、财政预决算等信息。\n"
          "二、依申请公开\n（一）受理机构。县政府办公室负责受理向县政府提出的政府信息公开申请。\n",
    "白沙市统计局政务公开指南\n根据《中华人民共和国政府信息公开条例》，结合本局实际，制定本指南。"
    "本指南所称政府信息，是指本局在履行统计职责过程中制作或者获取的信息。\n一、主动公开政府信息情况\n"
    "本局主动公开统计公报、统计数据等信息。\n二、依申请公开政府信息情况\n申请人可以通过信函、网络提出申请。\n",
    "政務公開\n河口鎮人民政府資訊公開指南\n為方便群眾查閱，我鎮修訂了本指南，本指南自發布之日起施行。\n"
    "一、公開範圍\n鎮政府主動公開機構職能和辦事指南。\n",
])
def test_a_guide_that_speaks_of_itself_is_refused_as_a_guide(text):
    assert "disclosure guide" in refusal(text)


def test_a_report_citing_the_guide_it_revised_is_still_read():
    text = ("青禾县交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局修订了《政府信息公开指南》，"
            "本《指南》明确了申请渠道和办理时限，并按照指南要求更新了公开目录。全年主动公开政府信息132条。" + LONG + "\n"
            "二、主动公开政府信息情况\n全年通过政府网站发布信息132条。\n三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请3件。\n")
    record = parse_page(text)
    assert record["meta"]["agency"] == "青禾县交通运输局"


@pytest.mark.parametrize("body,quoted", [
    ("青禾市人民政府办公室关于印发《进一步加强政务公开工作的意见》的通知 各镇人民政府（街道办事处），市直各单位："
     "《进一步加强政务公开工作的意见》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n", "印发给你们"),
    ("为推进全县政务公开工作，现将《青禾县2024年政务公开工作要点》印发给你们，请结合实际抓好落实。\n", "印发给你们"),
    ("为深入贯彻《条例》，现就进一步做好政府信息公开工作提出如下意见：\n", "提出如下意见"),
])
def test_a_notice_issuing_a_document_under_a_report_like_title_is_refused_as_a_notice(body, quoted):
    """A document-share page titled like an office's report that holds a notice issuing opinions."""
    text = ("区府办信息公开报告\n- 格式:doc\n- 文档页数:2\n" + body +
            f"一、健全工作机构\n各镇街、各部门要明确分管领导和工作人员。{LONG}\n"
            f"二、规范公开程序\n全市政府信息公开工作实行分级负责。{LONG}\n")
    cause = refusal(text)
    assert "a notice issuing a document" in cause and quoted in cause


def test_a_report_that_carried_out_issued_rules_is_still_read():
    text = ("青禾镇2019年政府信息公开工作年度报告\n一、总体情况\n2019年，我镇认真贯彻执行《条例》，"
            "印发了《青禾镇政务公开工作实施方案》，全年主动公开政府信息56条。" + LONG + "\n"
            "二、主动公开政府信息情况\n全年通过政府网站发布信息56条。\n三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n")
    assert parse_page(text)["meta"]["year"] == 2019


@pytest.mark.parametrize("text", [
    "乡镇政务公开工作情况报告\n今年来，我镇认真贯彻落实X政办发〔20XX〕X号文件精神，现将工作情况报告如下：\n"
    "一、主要做法\nXX镇配备X名专职工作人员，全年公开政务信息XXX条，其中政务动态XX条。\n",
    "××县××局20××年政府信息公开工作年度报告\n一、总体情况\n20××年，我局主动公开政府信息××条，" + LONG + "\n"
    "二、主动公开政府信息情况\n通过政府网站发布信息××条。\n三、收到和处理政府信息公开申请情况\n本年度新收申请×件。\n"
    "五、存在的主要问题及改进情况\n一是公开内容不够全面。二是下一步将加强培训。\n",
    "xxxx年xx街道政务公开工作总结\nxxxx年，xx街道认真落实政务公开要求，现将工作情况总结如下：\n"
    "一、工作情况\n全年公开信息xx条，未收到依申请公开。\n二、存在的主要问题及改进情况\n（一）存在的主要问题\n"
    "1.信息更新不够及时。\n（二）改进措施\n1.加强信息员培训。\n",
])
def test_a_model_essay_with_placeholders_is_refused_naming_a_placeholder(text):
    assert "placeholders" in refusal(text)


@pytest.mark.parametrize("stars", [("20**", "**", "*"), ("20＊＊", "＊＊", "＊")])
def test_a_model_essay_with_stars_for_its_year_and_counts_is_refused(stars):
    # a writing site's copy masks the year and each count with stars (会议*次), as others write xx
    year, many, few = stars
    text = (f"{year}年政务公开工作总结\n{year}年，我局认真贯彻《条例》，全年主动公开政府信息{many}条，召开专题会议{few}次。"
            + LONG + f"\n一、主要做法\n通过门户网站发布信息{few}条，政务微博发布{few}篇。\n二、存在问题\n公开形式较为单一。\n")
    assert "placeholders" in refusal(text)


def test_a_report_with_a_starred_note_or_a_masked_name_is_still_read():
    # a note's star and a requester's masked name stand before no count
    text = ("青禾县白沙镇2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我镇主动公开政府信息88条*，"
            "申请人王**申请公开征地补偿信息，已按时答复。" + LONG + "\n注：*含转载上级信息。\n"
            "二、主动公开政府信息情况\n全年通过政府网站发布信息88条。\n三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请1件。\n")
    assert parse_page(text)["meta"]["year"] == 2020


def test_a_township_report_naming_someone_unnamed_and_its_site_is_still_read():
    text = ("青禾县白沙镇2020年政府信息公开工作年度报告\n本报告可在白沙镇政府网站（http://xxgk.qinghe.gov.cn/bsz/）下载。\n"
            "一、总体情况\n2020年，我镇主动公开政府信息88条。某村民申请公开征地补偿信息，我镇按时答复；"
            "某公司咨询项目审批进度，已当场解答。" + LONG + "\n"
            "二、主动公开政府信息情况\n全年通过政府网站发布信息88条。\n三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请1件。\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2020 and any(f["value"] == 88 for f in record["facts"])


@pytest.mark.parametrize("title", [
    "青禾市2022年政府信息公开工作年度报告公布情况",
    "关于2023年度全省政府信息公开工作年度报告公开情况的通报",
    "青禾县2019年度政府信息公开年报报送和发布工作情况",
    "青禾区政府信息公开工作年度报告检查结果",
])
def test_a_notice_on_which_bodies_published_their_reports_is_refused(title):
    text = (f"{title}\n发布时间：2024-02-05\n根据《中华人民共和国政府信息公开工作年度报告格式》要求，现将年度报告公布情况报告如下：\n"
            "一、全市应公布年度报告单位37个，按时公布率100%，名单为：青禾市发展和改革局、青禾市教育局、青禾市财政局。\n"
            f"二、37个单位均于1月31日前在门户网站发布年度报告。{LONG}\n")
    cause = refusal(text)
    assert "which bodies published their annual reports" in cause and title in cause


def test_a_city_report_saying_its_bodies_published_on_time_is_still_read():
    text = ("青禾市2023年政府信息公开工作年度报告\n一、总体情况\n2023年，全市主动公开政府信息5600条。" + LONG + "\n"
            "二、主动公开政府信息情况\n通过政府网站发布信息5600条。\n"
            "六、其他需要报告的事项\n全市应公布年度报告单位87个，均已按时公布，按时公布率100%。\n")
    assert parse_page(text)["meta"]["year"] == 2023


@pytest.mark.parametrize("text", [
    "为提升政务公开质量，根据上级检查反馈意见，我单位开展了自查自纠，现将整改情况汇报如下：\n"
    "一、存在的问题\n1.部分栏目更新不及时。\n2.政策解读形式单一。\n二、整改措施\n1.明确专人每周巡查栏目。\n"
    "2.增加图解和视频解读。\n三、下一步打算\n持续巩固整改成果。\n",
    "青禾县交通运输局关于2019年政务公开第三方评估发现问题整改情况的报告\n"
    "县政务公开办：\n根据评估反馈，我局对照问题清单逐项整改，现将有关情况报告如下：\n"
    f"一、基本情况\n我局高度重视评估发现的问题。{LONG}\n二、存在问题\n办事指南要素不全。\n三、整改措施\n逐项补全办事指南要素。\n",
    "白沙镇政务公开工作自查报告\n一、基本情况\n我镇设立政务公开领导小组。\n二、存在问题\n信息发布不够及时。\n"
    "三、整改措施\n落实专人负责。\n",
])
def test_a_rectification_or_self_inspection_report_is_refused_as_such(text):
    assert "rectification or self-inspection report" in refusal(text)


@pytest.mark.parametrize("text", [
    # a document site's run-together copy: no title line, the kind said only where it reports
    "我局政府信息公开工作坚持以人民为中心，认真落实条例，公开内容不断拓展。根据县政务公开办的通知要求，"
    "结合工作实际，对本年度政府信息公开工作进行了认真自查，现报告如下：一、组织领导情况一是成立了领导小组。"
    "二是明确了专人负责。二、主动公开情况全年通过政府网站发布信息86条。三、存在问题栏目更新不够及时。",
    "青禾区政府信息公开工作自查报告我区政府信息公开工作坚持依法公开、真实公正，切实加强组织领导。"
    "现将我区政府信息公开工作自查情况报告如下：一、加强组织领导成立了领导小组。二、完善制度建设制定了审查制度。",
])
def test_an_untitled_self_inspection_report_is_refused_by_what_it_says_it_reports(text):
    assert "self-inspection report" in refusal(text)


def test_a_report_that_mentions_a_self_inspection_among_its_years_work_is_still_read():
    text = ("青禾县水利局2021年政府信息公开工作年度报告\n根据条例规定，我局开展了网站内容自查，"
            "现将2021年度政府信息公开工作情况报告如下：\n一、总体情况\n2021年，我局主动公开政府信息120条。" + LONG + "\n"
            "二、主动公开政府信息情况\n全年通过政府网站发布信息120条。\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2021 and record["facts"]


def test_a_report_whose_section_five_is_titled_rectification_measures_is_still_read():
    text = ("青禾县卫生健康局2018年政府信息公开工作年度报告\n一、概述\n2018年，我局主动公开政府信息210条。" + LONG + "\n"
            "二、主动公开政府信息情况\n全年通过政府网站发布信息210条。\n三、依申请公开政府信息情况\n全年受理申请4件。\n"
            "五、存在的主要问题及整改措施\n一是信息公开不够及时，针对上级检查指出的问题，我局已逐项整改。"
            "二是下一步将建立整改台账，加强整改落实，确保整改到位。\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2018 and record["problems"]


@pytest.mark.parametrize("title", ["图解：青禾县2023年政府信息公开工作年度报告",
                                   "一图读懂白沙镇2022年度政府信息公开工作年度报告",
                                   "【政策解读】青禾市卫生健康委员会2021年政府信息公开年报"])
def test_an_interpretation_of_a_report_quoting_its_counts_is_refused(title):
    text = (f"{title}\n2023年，共主动公开政府信息3200条，收到政府信息公开申请45件，均已按时答复。{LONG}\n"
            f"一、主动公开\n通过政府网站公开信息3000条。\n二、依申请公开\n收到申请45件。{LONG}\n")
    cause = refusal(text)
    assert "interpretation or a graphic" in cause and title in cause


def test_a_report_under_a_menu_naming_interpretations_is_still_read():
    text = ("首页\n政策解读\n图解政策\n青禾县2023年政府信息公开工作年度报告\n一、总体情况\n2023年，全县主动公开政府信息3200条。"
            + LONG + "\n二、主动公开政府信息情况\n通过政府网站发布信息3200条。\n")
    assert parse_page(text)["meta"]["year"] == 2023


@pytest.mark.parametrize("title", ["青禾市2023年度政务公开第三方评估报告", "关于2022年度全县政务公开工作考核结果的通报"])
def test_an_assessment_of_bodies_disclosure_work_is_refused(title):
    text = (f"{title}\n受市政务公开办委托，评估组对全市32个单位政务公开工作进行了评估。\n"
            f"一、总体情况\n32个单位平均得分86.5分，其中优秀12个。{LONG}\n二、存在的主要问题\n部分单位政策解读形式单一。\n"
            "三、改进建议\n加强业务培训。\n")
    assert "assessment or ranking" in refusal(text)


@pytest.mark.parametrize("text", [
    "青禾县2024年政务公开工作要点\n为深入贯彻落实《条例》，结合我县实际，制定本要点。\n一、加强政策解读\n"
    f"各单位全年发布政策解读不少于5篇。{LONG}\n二、做好依申请公开\n依法按时答复政府信息公开申请。{LONG}\n",
    "白沙镇政务公开工作实施方案\n为全面推进政务公开，现制定如下实施方案。\n一、工作目标\n"
    f"全镇政务公开规范化水平明显提升。{LONG}\n二、主要任务\n（一）主动公开。全年主动公开政府信息不少于100条。\n"
    "（二）依申请公开。规范办理流程。\n三、保障措施\n加强组织领导。\n",
])
def test_a_work_plan_is_refused_as_a_plan(text):
    assert "a work plan" in refusal(text)


def test_a_reporting_template_with_blanks_to_fill_is_refused():
    text = ("（单位名称）政府信息公开工作年度报告（参考样本）\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
            "一、总体情况\n（一）主动公开。本年度主动公开政府信息____条。\n（二）依申请公开。本年度收到申请____件。\n"
            "五、存在的主要问题及改进情况\n（填写存在问题及改进措施）\n")
    assert "placeholders" in refusal(text)


# --- an untitled old report that prints no counts still speaks as a report ------------------

@pytest.mark.parametrize("reader_line", [
    "如对本报告有任何疑问，请与本单位政府信息公开受理机构联系（电话：0000-1234567）。",
    "如对本年报有疑问，请与镇党政办联系。",
    "",
])
def test_an_untitled_report_without_counts_that_publishes_itself_is_read(reader_line):
    # A 2009 township report with no title, no counts and one numbered part: its opening
    # publishes the report by its name and gives the period it covers; the first clause
    # cites the regulation the way rules do.
    text = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现公布2009年青禾镇政府信息公开工作年度报告，"
            f"内容涵盖青禾镇政府2009年1月1日至12月31日期间的政府信息公开工作情况。{reader_line}\n"
            "一、加强领导，扎实推进政府信息公开工作\n"
            "（一）建立组织机构\n我镇成立了由镇长任组长的政府信息公开工作领导小组，领导小组下设办公室在党政办。\n"
            "（二）完善制度\n明确了我镇政府信息公开的工作内容、形式和受理、回复的反馈机制。一是定期召开信息公开会。二是健全主动公开机制。\n")
    m = parse_page(text)["meta"]
    assert (m["agency"], m["year"]) == ("青禾镇", 2009)


def test_a_notice_asking_bodies_to_publish_their_reports_is_still_refused():
    text = ("关于做好2009年度政府信息公开工作年度报告编制工作的通知\n各乡镇人民政府：\n"
            "请各单位于2010年3月31日前公布本单位2009年政府信息公开工作年度报告，内容涵盖2009年1月1日至12月31日期间的工作情况。\n")
    refusal(text)


# --- a page collecting several bodies' summaries is not one report --------------------------

SUMMARY = ("我镇高度重视政府信息公开工作，成立了由镇长任组长的领导小组。全年在县政府门户网站主动公开政府信息{n}条，"
           "未收到依申请公开。下一步将加强培训，提高信息更新的及时性。\n")


@pytest.mark.parametrize("first,second", [
    ("政府信息公开工作总结【第一篇】", "政府信息公开工作总结【第二篇】"),
    ("信息公开年度工作总结 篇1", "信息公开年度工作总结 篇2"),
    ("精选政府信息公开工作总结范文8篇", "最新政府信息公开工作总结 第3篇"),
])
def test_a_page_collecting_several_summaries_is_refused(first, second):
    text = f"{first}\n{SUMMARY.format(n=46)}{second}\n{SUMMARY.format(n=31)}"
    cause = refusal(text)
    assert "collecting several" in cause


def test_a_report_counting_articles_in_pieces_is_not_a_collection():
    text = ("青禾县统计局2022年政府信息公开工作年度报告\n本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
            "一、总体情况\n2022年，我局在微信公众号发布统计分析报告12篇，发布工作总结3篇，全年主动公开政府信息86条。\n"
            f"二、主动公开政府信息情况\n{LONG}\n")
    m = parse_page(text)["meta"]
    assert m["agency"] == "青禾县统计局"


# --- model essays: an essay site's page, a title naming a kind of body ---------------------

ESSAY_REPORT = ("一、概述\n2016年，我街道高度重视政府信息公开工作，调整充实了领导小组。" + LONG + "\n"
                "二、主动公开政府信息情况\n2016年我街道主动公开政府信息共58条，其中工作动态31条。\n"
                "三、依申请公开政府信息情况\n2016年度我街道未受理依申请公开事项。\n")


@pytest.mark.parametrize("opening", [
    "导读：小编为您收集整理了街道政务公开年度报告范文（共6篇），仅供参考。\n第一篇\n",
    "本站为大家精选了多篇街道信息公开报告，希望对你的写作有所帮助，欢迎参考借鉴。\n篇一\n",
])
def test_a_page_of_an_essay_site_is_refused_whatever_report_it_prints(opening):
    # The first essay is a whole report with counts and headings; the site's own words say what the page is.
    assert "essay site" in refusal(opening + ESSAY_REPORT)


@pytest.mark.parametrize("title", [
    "乡镇政府信息公开工作年度报告",
    "县直部门政府信息公开年度工作总结",
    "县直单位政务公开工作汇报",
    "政府信息公开工作年度报告范文",
])
def test_a_page_titled_for_a_kind_of_body_is_refused_as_a_model(title):
    # Anonymised by leaving names and years out, not by XX: 年度镇共…, 我镇年因….
    text = (f"首页 > 文章中心 > 正文\n{title}\n一、政府信息主动公开情况\n年度镇共主动公开政府信息96条，其中工作信息70条。\n"
            "二、政府信息依申请公开情况\n我镇年因政府信息公开申请行政复议的情况没有发生。\n")
    assert "kind of body" in refusal(text)


@pytest.mark.parametrize("header", [
    "首页 > 范文大全 > 工作报告\n",          # a mirror's menu names its essays once
    "",
])
def test_a_report_on_an_essay_mirror_or_named_by_its_kind_of_body_is_still_read(header):
    text = (header + "乡镇企业管理局2012年政府信息公开工作年度报告\n本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n"
            "一、概述\n2012年，我局主动公开政府信息41条。" + LONG + "\n二、主动公开政府信息情况\n全年通过政府网站公开信息41条。\n"
            "相关范文：乡镇政务公开工作总结（共5篇）　街道信息公开报告范文\n")
    meta = parse_page(text)["meta"]
    assert (meta["agency"], meta["year"]) == ("乡镇企业管理局", 2012)


def test_an_untitled_report_with_one_redacted_name_is_still_read():
    text = ("本报告所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n一、概述\n2015年，我镇主动公开政府信息63条，"
            "XX村村民申请公开低保名单，已按时答复。" + LONG + "\n二、主动公开政府信息情况\n全年通过县政府门户网站公开信息63条。\n")
    assert parse_page(text)["meta"]["year"] == 2015


def test_a_work_summary_titled_by_its_year_alone_with_placeholders_is_refused():
    # a year's work summary named by no body, its sources and counts left as xx: a model essay
    text = ("2023年政务公开工作总结\n今年以来，我县按照《中华人民共和国政府信息公开条例》和《xx省2023年政务公开工作要点》"
            "的部署，扎实推进政务公开工作。现将工作情况总结如下：\n一、工作开展情况\n（一）深化重点领域公开\n"
            "依托县政府信息公开平台，集中发布规划信息xx条，并逐一解读。" + LONG + "\n")
    assert "placeholders" in refusal(text)
    # a body's own report titled so, with no placeholder, is read
    assert parse_page(text.replace("xx省", "青禾省").replace("xx条", "12条"))["meta"]["year"] == 2023


@pytest.mark.parametrize("title", ["乡镇政府信息公开工作总结多篇", "2022年政务信息工作总结及计划(汇总12篇)"])
def test_a_page_titled_as_a_collection_of_summaries_is_refused(title):
    text = (f"当前位置：首页 > 范文 > 工作总结\n{title}\n【第1篇】政府信息公开工作总结\n今年以来，根据县里统一部署，"
            "我镇认真做好政府信息公开工作。现将我镇政府信息公开工作情况汇报如下：\n一、基本情况\n全年公开信息58条。" + LONG + "\n")
    assert "collecting several" in refusal(text)


# --- pages quoting the Regulations' articles, or publishing how proposals were handled (eval21 classes) ---

ARTICLES = ("法律依据：《中华人民共和国政府信息公开条例》。\n"
            "第五条 行政机关公开政府信息，应当坚持以公开为常态、不公开为例外。\n"
            "第八条 各级人民政府应当指定机构负责本机关政府信息公开的日常工作，其具体职能包括：\n"
            "（一）办理本机关的政府信息公开事宜；\n（二）负责编写本单位政府信息公开目录和政府信息公开年度报告;\n"
            "第十三条 行政机关编制的政府信息公开指南应当及时更新，载明获取信息的方式。\n"
            "指南应当写明信息的分类和编排方式、获取的途径和办法，以及受理机构的名称、地址、时间、电话和电子邮箱。\n"
            "第四十六条 政府信息公开工作主管部门应当加强日常指导和监督检查，对未按照要求开展工作的行政机关予以督促整改；"
            "需要追究有关人员责任的，依法向有权机关提出处理建议。\n"
            "公民、法人或者其他组织认为行政机关未依法履行政府信息公开义务的，可以向上一级行政机关或者主管部门投诉、举报，"
            "收到投诉、举报的机关应当予以调查处理，并将处理结果告知投诉人、举报人。\n")


@pytest.mark.parametrize("numbers", [("（一）", "（二）"), ("（壹）", "（贰）")])
def test_a_page_quoting_the_regulations_article_by_article_is_refused(numbers):
    # a legal-aid site's page of articles; an item naming the annual report, numbered so that it
    # stands alone (壹, 贰), is read as a title, and still the page is rules quoted, no report
    text = ARTICLES.replace("（一）", numbers[0]).replace("（二）", numbers[1])
    assert "numbered articles" in refusal(text)


def test_a_report_quoting_articles_on_lines_of_their_own_is_still_read():
    text = ("青禾县司法局2020年政府信息公开工作年度报告\n本报告依据下列规定编制。\n" + ARTICLES +
            "一、总体情况\n2020年，我局主动公开政府信息75条。" + LONG + "\n二、主动公开政府信息情况\n全年通过政府网站发布信息75条。\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2020 and [f["value"] for f in record["facts"]][:1] == [75]
    # untitled, it cites the articles in its sentences, as reports do
    untitled = ("依据《条例》第十九条、第二十条、第二十一条的规定，现将本局2020年度政府信息公开工作情况报告如下。\n"
                "一、总体情况\n2020年，我局主动公开政府信息75条。" + LONG + "\n二、主动公开政府信息情况\n全年通过政府网站发布信息75条。\n")
    assert parse_page(untitled)["meta"]["year"] == 2020


@pytest.mark.parametrize("title", ["青禾市城市管理局关于人大建议政协提案办理结果公开通告",
                                   "青禾县交通运输局2018年人大代表建议和政协委员提案办理工作情况报告"])
def test_a_notice_publishing_how_proposals_were_handled_is_refused(title):
    text = (f"网站导航\n\n{title}\n\n日期：2018-11-20 信息来源：\n\n根据上级通知要求，现将本年度人大代表建议和政协提案办理结果予以公开。\n"
            "一、主动公开\n职责范围内依法应当公开的信息。\n二、公开形式\n本局政府信息公开主要通过门户网站进行，可在本局网站政务公开栏目查阅。\n"
            "（一）本年度人大代表建议共有31件，其中公开件数24件。第一季度共办理公开文件10件，第二季度共办理公开文件14件。\n"
            "（二）本年度政协提案共有18件，其中公开件数17件，第一季度共办理公开文件9件。\n特此通告。\n")
    assert "proposals" in refusal(text)


def test_a_report_that_reports_the_proposals_it_handled_is_still_read():
    text = ("青禾县交通运输局2018年政府信息公开工作年度报告\n"
            "一、概述\n2018年，我局主动公开政府信息96条。" + LONG + "\n二、主动公开政府信息情况\n全年通过政府网站发布信息96条。\n"
            "三、人大建议政协提案办理结果公开情况\n本年度承办人大代表建议31件、政协提案18件，办理结果均已公开。\n")
    record = parse_page(text)
    assert record["meta"]["year"] == 2018 and 96 in [f["value"] for f in record["facts"]]
