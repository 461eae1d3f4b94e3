"""The name a report gives its own body where other names stand near it (issue 9, eval25's
department pages): a short name spelt out, a body's own disclosure group office, a title over
two lines under a site header, a central administration, a town's report opening with a
bureau's copied paragraph, a body named once by its year's count, a department placed by
its division's short name. Every sentence and name here is invented."""
import pytest

import govextract

from report_body import body, short_body


def parsed(text: str) -> dict:
    return govextract.parse_text(text).to_dict()


def meta_of(text: str) -> dict:
    return parsed(text)["meta"]


# --- a title's name in short whose compiler sentence spells its last word out -------------------

def test_a_short_office_name_spelt_out_by_the_compiler_sentence_is_the_full_name():
    text = ("2013年扬州市广陵区民防办政府信息公开工作年度报告\n"
            "本年度报告根据条例要求，由扬州市广陵区民防办公室编制。\n" + body(2013))
    assert meta_of(text)["agency"] == "扬州市广陵区民防办公室"


def test_a_bureau_whose_own_office_compiled_the_report_keeps_the_title_name():
    # 局 has no spelt-out form: X局办公室 is the bureau's office, another body than X局.
    text = ("2013年扬州市广陵区卫生局政府信息公开工作年度报告\n"
            "本年度报告根据条例要求，由扬州市广陵区卫生局办公室编制。\n" + body(2013))
    assert meta_of(text)["agency"] == "扬州市广陵区卫生局"


# --- an office's own disclosure group office compiled its report --------------------------------

OFFICE_REPORT = ("本报告根据条例要求，由{compiler}编制。如有疑问，请联系{compiler}，电话0514-1234567。\n"
                 "一、概述\n本报告总结了2014年度本办在履行职责中公开政府信息的情况，并在扬州市政府门户网和"
                 "{site}门户网进行了发布。我办2014年3月完成网站改版。\n"
                 "二、主动公开政府信息情况\n全年我办主动公开政府信息42条。\n"
                 "三、依申请公开政府信息情况\n全年未收到政府信息公开申请。\n")


def test_an_office_whose_disclosure_group_office_compiled_the_report_is_the_office():
    text = OFFICE_REPORT.format(compiler="市外侨办政务公开领导小组办公室", site="扬州市外事侨务办公室")
    assert meta_of(text)["agency"] == "扬州市外事侨务办公室"


def test_a_bureau_speaking_as_its_group_office_keeps_the_group_office():
    # The bureau is no office: a report saying 我办 speaks as the group office that compiled it.
    text = OFFICE_REPORT.format(compiler="市民政局政务公开领导小组办公室", site="扬州市民政局")
    assert meta_of(text)["agency"] == "扬州市民政局政务公开领导小组办公室"


# --- a title over two lines, its year closing the first, under a site header --------------------

def test_a_title_broken_after_a_bare_year_beats_the_site_header_above_it():
    text = ("扬州市广陵区人民政府\n政府信息公开年报\n扬州市广陵区水务局2021\n政府信息公开工作年度报告\n"
            "发布时间：2022-01-20\n" + body(2021))
    record = meta_of(text)
    assert (record["agency"], record["year"]) == ("扬州市广陵区水务局", 2021)


def test_a_line_ending_in_a_number_that_names_no_body_joins_no_title():
    text = ("扬州市广陵区人民政府2021年政府信息公开工作年度报告\n访问量2021\n政府信息公开工作年度报告\n" + body(2021))
    assert meta_of(text)["agency"] == "扬州市广陵区人民政府"


# --- a central administration speaking as 我局 -------------------------------------------------

CENTRAL = ("三、依申请公开政府信息情况\n2016年国家海事局办公室收到政府信息公开申请共5件。\n"
           "四、咨询处理情况\n国家海事局共接受公众咨询800余人次。\n"
           "五、复议、诉讼情况\n国家海事局2016年未发生行政复议和行政诉讼。\n"
           "六、工作人员情况\n{own}无专职人员，兼职人员12人。\n"
           "七、主要问题和改进措施\n2017年我局将进一步推进政府信息公开工作。\n")


def test_a_central_administration_named_in_its_sentences_is_the_body():
    record = meta_of(CENTRAL.format(own="国家海事局"))
    assert record["agency"] == "国家海事局"
    assert (record["province"], record["city"], record["county"]) == (None, None, None)


def test_a_county_bureau_citing_a_central_one_is_the_county_bureau():
    text = ("三、依申请公开政府信息情况\n2016年县海事局收到政府信息公开申请共5件，按国家海事局要求办理。\n"
            "四、咨询处理情况\n县海事局共接受公众咨询80余人次，通过扬州市广陵区政府网站答复。\n"
            "五、复议、诉讼情况\n县海事局全年未发生行政复议。\n七、主要问题和改进措施\n2017年我局将进一步推进公开工作。\n")
    assert meta_of(text)["agency"] != "国家海事局"


# --- a town's report opening with a paragraph copied from a bureau's ------------------------------

TOWN = ("一、总体情况\n本年度报告根据条例要求制作。报告内容包括2022年我局政府信息公开总体情况。"
        "如对本年度报告有疑问，请与扬州市广陵区政务服务局办公室联系。\n"
        "（一）主动公开情况\n我镇信息公开的方式有政府网站和公示栏。2022年度我镇通过公示栏公布信息共320条。"
        "我镇现有一个公众号，账号为{town}，全年共发布98条内容。\n"
        "（二）依申请公开情况\n2022年度{self}未收到政府信息公开申请。\n")


def test_a_town_speaking_as_itself_beats_a_bureaus_copied_opening():
    record = parsed(TOWN.format(town="湾头镇人民政府", self="我镇"))
    assert record["meta"]["agency"] == "湾头镇人民政府"


def test_a_bureau_saying_its_town_once_stays_the_bureau():
    # 我局 said as often as 我镇: no town outnumbers the bureau.
    record = parsed(TOWN.format(town="湾头镇人民政府", self="我局").replace("我镇信息公开的方式", "全镇信息公开的方式")
                    .replace("我镇现有", "现有"))
    assert record["meta"]["agency"] != "湾头镇人民政府"


# --- a body named once, with its division, by the sentence counting its year's requests -----------

def test_a_body_named_once_with_its_division_by_its_years_count_is_the_body():
    text = ("本年度报告根据条例要求编制，全文包括总体情况、主动公开政府信息情况等。\n一、总体情况\n"
            "（一）主动公开情况。在市政府门户网站新建专题专栏，市政府门户网站共发布各类信息1800条。\n"
            "（二）依申请公开情况。规范答复办理。2022年，太原市政府办公室共受理政府信息公开申请12件。\n")
    assert meta_of(text)["agency"] == "太原市政府办公室"


def test_a_body_named_once_without_its_division_is_no_agency():
    text = ("本年度报告根据条例要求编制，全文包括总体情况、主动公开政府信息情况等。\n一、总体情况\n"
            "（一）主动公开情况。在门户网站新建专题专栏，门户网站共发布各类信息1800条。\n"
            "（二）依申请公开情况。规范答复办理。2022年，区文化局共受理政府信息公开申请12件。\n")
    assert meta_of(text)["agency"] is None


# --- a department named after its level alone, placed by its division's short name ----------------

def test_a_department_is_placed_by_the_division_its_news_names_in_short():
    text = ("一、基本情况\n我局2018年通过门户网站主动公开政府信息300多条，在媒体刊播三亚教育新闻80篇，"
            "推出市教育局官方公众号。\n二、依申请公开情况\n2018年，我局接到5项申请，我局均按时答复。\n")
    record = meta_of(text)
    assert (record["agency"], record["province"], record["city"]) == ("三亚市教育局", "海南省", "三亚市")


def test_a_department_whose_text_names_two_divisions_so_stays_as_printed():
    text = ("一、基本情况\n我局2018年通过门户网站主动公开政府信息300多条，在媒体刊播三亚教育新闻80篇，"
            "转载海口教育动态20篇，推出市教育局官方公众号。\n二、依申请公开情况\n2018年，我局接到5项申请，我局均按时答复。\n")
    assert meta_of(text)["agency"] == "市教育局"


# --- a provincial bureau named only by its site, citing a central one ------------------------------

PROVINCIAL = ("一、总体情况\n2023年，我局围绕省委省政府部署推进政务公开。全年通过江西水利局门户网站主动发布信息900余条，"
              "国家水利局转发我省信息120条，国家水利局通报表扬{who}。\n二、依申请公开\n全年我局受理政府信息公开申请8件。\n")


def test_a_bureau_named_only_by_its_site_under_its_provinces_short_name():
    record = meta_of(PROVINCIAL.format(who="我省"))
    assert (record["agency"], record["province"]) == ("江西省水利局", "江西省")


def test_a_report_speaking_of_its_province_is_no_central_bodys():
    # Without the site naming it, the central body cited twice is still not the one speaking.
    text = PROVINCIAL.format(who="我省").replace("通过江西水利局门户网站", "通过门户网站")
    assert meta_of(text)["agency"] != "国家水利局"


# --- a year told only by a month of the year's work ---------------------------------------------------

def layout_of(*paragraphs: str):
    from govextract.model import Paragraph, Source
    from govextract.stages import sections
    paras = [Paragraph(t, Source(line=i + 1)) for i, t in enumerate(paragraphs)]
    return sections.Layout(title=None, preamble=paras, paragraphs=paras)


def test_a_month_of_the_years_work_gives_the_year():
    from govextract.stages import meta
    layout = layout_of("本报告由市档案办编制。", "一、概述",
                       "我办2015年3月启动门户网站改版，6月完成建设，全年运行正常。")
    assert meta.agency_and_year(layout)[1] == 2015


def test_a_full_posting_date_is_still_the_year_after():
    from govextract.stages import meta
    layout = layout_of("发布日期：2016年3月5日", "本报告由市档案办编制。", "一、概述", "我办门户网站运行正常。")
    assert meta.agency_and_year(layout)[1] == 2015


# --- a report placed only by the local outlet it is published in ---------------------------------------

LOCAL_MEDIA = ("本报告根据条例规定编制。\n一、总体情况\n2025年，我局坚持以人民为中心，通过政府门户网站发布政务信息40篇、"
               "{outlet}发布信息12篇。\n二、依申请公开情况\n2025年我局收到政府信息公开申请3件。\n")


@pytest.mark.parametrize("outlet", ["德清融媒体", "德清融媒中心"])
def test_a_report_is_placed_by_the_local_outlet_named_after_its_county(outlet):
    record = meta_of(LOCAL_MEDIA.format(outlet=outlet))
    assert (record["province"], record["city"], record["county"]) == ("浙江省", "湖州市", "德清县")


def test_a_national_paper_places_nothing():
    record = meta_of(LOCAL_MEDIA.format(outlet="人民日报"))
    assert (record["province"], record["city"], record["county"]) == (None, None, None)


# --- a government office named after its level alone, speaking of its year's work ---------------------

OFFICE = ("标题：2021年政府信息公开工作年度报告\n发布机构：德清县人民政府办公室 发布日期：2022年01月20日\n"
          "2021年政府信息公开工作年度报告\n一、总体情况\n2021年，{subject}认真贯彻落实条例，全年主动公开政府信息120条。\n"
          "2021年，{subject}共收到政府信息公开申请2件。\n二、主动公开政府信息情况\n通过县政府门户网站发布信息120条。\n")


def test_an_office_named_after_its_level_takes_its_publishers_full_name():
    assert meta_of(OFFICE.format(subject="县政府办公室"))["agency"] == "德清县人民政府办公室"


def test_a_government_named_after_its_level_is_no_office():
    assert meta_of(OFFICE.format(subject="县政府"))["agency"] != "德清县人民政府办公室"


def test_an_office_named_after_its_level_is_placed_by_its_local_paper():
    text = ("本报告根据条例规定编制。\n一、总体情况\n2024年，市政府办公室坚持以人民为中心，通过市政府门户网站发布文件30条，"
            "在湖州都市报刊发解读报道8篇。\n二、依申请公开\n全年收到政府信息公开申请6件。\n")
    record = meta_of(text)
    assert (record["agency"], record["city"]) == ("湖州市政府办公室", "湖州市")
