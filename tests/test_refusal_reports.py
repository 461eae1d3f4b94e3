"""Real reports that carry a non-report kind's cue words in an innocent place are read;
the pages those cues were written for are still refused.

Every page is made up. A cue speaks for the page where the page names itself: its own
title (the last title-like line of its opening: menus and related links come first) and
the report's body after it. A menu line naming an interpretation, a guide revised in the
year's work, a masked count, a publishing notice printed above the report do not make a
report something else; a reporter's byline does, a story retelling a report does."""
import pytest

from refused import parse_page, refusal

LONG = "全年围绕群众关切持续完善信息发布审核机制，加强政策解读和回应，工作规范化水平进一步提高，群众满意度有所提升。"
TITLE = "青禾县水务局2023年政府信息公开工作年度报告\n"
OWN = "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
BODY = ("一、总体情况\n2023年，我局主动公开政府信息126条。" + LONG + "\n二、主动公开政府信息情况\n全年通过政府网站发布信息126条。\n"
        "三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请3件，均按时答复。\n"
        "五、存在的主要问题及改进情况\n一是公开内容不够全面。二是下一步将加强培训。\n")


def _cue_warnings(record: dict) -> list:
    return [w for w in record["warnings"] if w.startswith("W_NOT_REPORT_CUE")]


# --- a cue in the report's body ------------------------------------------------------------

@pytest.mark.parametrize("sentence,cue", [
    ("3月，我局修订本指南，本指南自2023年3月1日起施行，并在网站公开。", "修订本指南"),
    ("县政府办将《政务公开工作要点》印发各单位，请各单位认真贯彻执行，我局按要求抓好落实。", "认真贯彻执行"),
    ("年初，我局结合实际制定本方案，明确了各股室的责任分工。", "制定本方案"),
])
def test_a_report_whose_work_names_a_guide_a_notice_or_a_plan_is_read_with_a_warning(sentence, cue):
    record = parse_page(TITLE + OWN + BODY.replace("126条。", "126条。" + sentence, 1))
    assert record["meta"]["year"] == 2023
    warned = _cue_warnings(record)
    assert len(warned) == 1 and cue in warned[0] and "青禾县水务局2023年政府信息公开工作年度报告" in warned[0]


def test_a_report_masking_its_counts_with_xx_is_read():
    record = parse_page(TITLE + OWN + BODY.replace("发布信息126条", "发布信息xx条，其中政策解读xx篇"))
    assert record["meta"]["agency"] == "青禾县水务局" and _cue_warnings(record)


def test_a_report_printed_under_the_notice_that_issues_it_is_read():
    text = ("青禾县人民政府办公室关于印发青禾县2012年政府信息公开工作年度报告的通知\n各乡镇人民政府，县直各单位：\n"
            "现将《青禾县2012年政府信息公开工作年度报告》印发给你们，请认真贯彻执行。\n青禾县人民政府办公室\n2013年3月20日\n"
            "青禾县2012年政府信息公开工作年度报告\n" + (OWN + BODY).replace("2023", "2012"))
    meta = parse_page(text)["meta"]
    assert (meta["title"], meta["year"]) == ("青禾县2012年政府信息公开工作年度报告", 2012)


# --- a kind's title on a menu line above the report's own title ----------------------------

@pytest.mark.parametrize("menu_line", [
    "一图读懂青禾县2023年政府信息公开工作年度报告",
    "2022年度政府信息公开工作年度报告公布情况",
    "青禾市2023年度政务公开第三方评估报告",
    "政府网站自查整改情况报告",
    "政府信息公开工作年度报告格式",
])
def test_a_report_under_a_menu_naming_another_kind_of_page_is_read(menu_line):
    record = parse_page(f"首页\n{menu_line}\n" + TITLE + OWN + BODY)
    assert record["meta"]["year"] == 2023
    assert any(menu_line in w for w in _cue_warnings(record))


def test_a_report_under_a_menu_linking_its_graphic_keeps_its_own_title_and_agency():
    meta = parse_page("首页\n一图读懂青禾县水务局2023年政府信息公开工作年度报告\n" + TITLE + OWN + BODY)["meta"]
    assert (meta["title"], meta["agency"]) == ("青禾县水务局2023年政府信息公开工作年度报告", "青禾县水务局")


def test_a_report_under_a_menu_of_guides_and_notices_carries_no_warning():
    record = parse_page("首页\n政府信息公开指南\n政策解读\n通知公告\n" + TITLE + OWN + BODY)
    assert record["meta"]["year"] == 2023 and not _cue_warnings(record)


def test_a_guide_under_a_menu_linking_a_report_is_still_refused_as_a_guide():
    """The guide's own title comes after the menu's link to a report: the link is not the page's title."""
    text = ("首页\n青禾县2023年政府信息公开工作年度报告\n青禾县人民政府信息公开指南\n"
            "为便于公民、法人和其他组织获取本县政府信息，特编制本指南。\n一、主动公开\n（一）公开范围。本县主动公开机构职能、"
            "政策文件等信息。" + LONG + "\n二、依申请公开\n（一）受理机构。县政府办公室负责受理政府信息公开申请。" + LONG + "\n")
    assert "disclosure guide" in refusal(text)


def test_a_model_essay_whose_title_holds_placeholders_is_still_refused():
    text = ("青禾县××局20××年政府信息公开工作年度报告\n" + OWN + BODY.replace("126条", "××条"))
    assert "placeholders" in refusal(text)


# --- short and old reports without sections ------------------------------------------------

def test_a_short_report_citing_a_party_congress_report_is_not_a_retelling():
    text = ("青禾镇2018年政府信息公开工作年度报告\n2018年，我镇深入学习党的十九大报告提出的要求，全年主动公开政府信息56条，"
            f"未收到政府信息公开申请。{LONG}近日，我镇又对公开栏进行了更新。{LONG}\n")
    assert parse_page(text)["meta"]["year"] == 2018


def test_an_old_free_form_report_citing_a_government_work_report_is_read():
    text = ("2009年，我乡认真贯彻《条例》，按照政府工作报告指出的要求成立领导小组，全年主动公开政府信息48条，未收到政府信息公开申请。"
            f"近日，我乡还更新了政府信息公开目录。{LONG}\n现将我乡2009年政府信息公开工作情况报告如下，请审阅。\n")
    assert parse_page(text)["meta"]["year"] == 2009


def test_a_story_retelling_a_report_under_its_title_is_still_refused():
    text = ("青禾省2021年政府信息公开工作年度报告\n"
            f"日前，青禾省人民政府发布了年度报告。报告显示，全年公开政策文件180件。{LONG}报告还指出，将深化重点领域公开。{LONG}\n")
    assert "retelling a report" in refusal(text)


def test_a_report_that_gave_interviews_to_reporters_is_not_a_news_story():
    text = (f"2016年，我镇全年主动公开政府信息56条，未收到政府信息公开申请，未发生因政府信息公开申请行政复议、提起行政诉讼的情况，"
            f"召开新闻发布会2次，接受记者采访3次。{LONG}{LONG}\n")
    assert parse_page(text)["meta"]["year"] == 2016


@pytest.mark.parametrize("byline", ["（记者 王小明 通讯员 李青）", "本报记者 王小明\n"])
def test_a_story_with_a_reporters_byline_is_still_refused_as_news(byline):
    text = (f"{byline}2016年，青禾县全年主动公开政府信息5600条，受理依申请公开120件，发生行政复议2件，"
            f"这是从县政府信息公开工作年度报告中了解到的。{LONG}{LONG}\n")
    assert "news story" in refusal(text)


def test_a_report_dated_and_sourced_from_a_statistics_bureau_is_not_part_of_a_year():
    text = ("2013年1月8日 来源：县统计局\n2012年，我局全年主动公开政府信息56条，未收到政府信息公开申请，"
            f"未发生因政府信息公开申请行政复议、提起行政诉讼的情况。{LONG}{LONG}\n")
    assert parse_page(text)["meta"]["year"] == 2012


def test_monthly_statistics_are_still_refused_as_part_of_a_year():
    text = ("青禾区1-6月份政府信息公开数据统计\n上半年，全区各级行政机关主动公开政府信息1512条，"
            "受理政府信息公开申请131件，答复127件。\n")
    assert "statistics for part of a year" in refusal(text)


@pytest.mark.parametrize("traditional", [False, True])
def test_a_six_line_township_summary_quoting_its_notices_requirements_is_read(traditional):
    text = ("青禾镇2010年政府信息公开工作总结\n2010年，按照县政府办《关于做好政府信息公开工作的通知》，具体要求如下：及时公开。"
            f"全年我镇主动公开政府信息56条，未收到政府信息公开申请。{LONG}{LONG}\n")
    if traditional:
        text = text.replace("开", "開").replace("报", "報").replace("县", "縣").replace("镇", "鎮").replace("总结", "總結").replace("动", "動").replace("请", "請").replace("时", "時")
    record = parse_page(text)
    assert record["meta"]["year"] == 2010 and _cue_warnings(record)


# --- a guide names itself short in its opening; a report names its guide in its work --------

GUIDE_BODY = ("一、主动公开的信息\n（一）公开范围。本镇主动公开机构职能、政策文件、财政预决算等信息。\n"
              "二、依申请公开\n（一）受理机构。镇党政办公室负责受理政府信息公开申请，咨询电话：0000-1234567。\n")


@pytest.mark.parametrize("opening", [
    "为更好地提供政府信息公开服务，我镇编制了《白沙镇政府信息公开指南》（以下简称《指南》）。\n",
    "根据《中华人民共和国政府信息公开条例》，制定本公开指南。\n",
])
def test_an_untitled_guide_naming_itself_in_its_opening_is_refused_as_a_guide(opening):
    text = "根据《中华人民共和国政府信息公开条例》，我镇制作或者获取的政府信息，除依法免予公开的外，均予以公开。\n" + opening + GUIDE_BODY
    assert "disclosure guide" in refusal(text)


def test_an_untitled_old_report_naming_its_guide_short_in_its_work_is_read():
    text = ("根据《中华人民共和国政府信息公开条例》，现公布白沙镇2009年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限自2009年1月1日起至2009年12月31日止。\n一、概述\n"
            "我镇成立了政府信息公开领导小组，编制了《白沙镇政府信息公开指南》（以下简称《指南》）和《白沙镇政府信息公开目录》。\n"
            f"二、主动公开政府信息情况\n2009年，我镇主动公开政府信息48条。{LONG}\n"
            "三、依申请公开政府信息情况\n本年度未收到政府信息公开申请。\n")
    assert parse_page(text)["meta"]["year"] == 2009


# --- report-ness from the body: no title, a doubled title, a title in English ---------------

FREE_FORM = ("一、领导重视，信息公开工作稳步推进\n{opening}在县委、县政府的领导下，深入推进政府信息公开工作，"
             "成立了以局长为组长的政务公开领导小组，统一组织协调本部门政府信息公开工作。\n"
             "二、完善工作机制\n进一步明确公开内容和工作任务，落实工作责任，严格执行保密审查制度。\n"
             "三、公开形式多样\n组织架构、政务信息等主要通过政府信息公开目录系统、门户网站、政务公开栏等公开。\n")


@pytest.mark.parametrize("opening,year", [
    ("2014年，我局", 2014),
    ("2012年度，本镇", 2012),
])
def test_an_untitled_report_telling_its_year_in_the_first_person_is_read(opening, year):
    # No title, no template headings, no counts: only the body says it is a report.
    assert parse_page(FREE_FORM.format(opening=opening))["meta"]["year"] == year


@pytest.mark.parametrize("text", [
    FREE_FORM.format(opening="2015年，我局将"),                                   # a plan says what it will do
    "关于开展政务公开专项检查的通知\n" + FREE_FORM.format(opening="2014年，我局"),   # a notice's title claims the page
])
def test_an_untitled_plan_or_a_notice_telling_its_year_is_still_refused(text):
    refusal(text)


@pytest.mark.parametrize("sep", ["", "\u3000"])
def test_a_title_printed_twice_and_run_into_the_first_sentence_is_the_title(sep):
    title = "青禾市2018年政府信息公开工作年度报告"
    text = (f"{title}{sep}{title} 2018年，青禾市全面贯彻落实《中华人民共和国政府信息公开条例》，" + LONG + "\n"
            "一、政府信息和政务公开主要工作情况\n（一）着力推进决策、执行、管理、服务和结果公开\n" + LONG * 6 + "\n")
    meta = parse_page(text)["meta"]
    assert (meta["title"], meta["agency"], meta["year"]) == (title, "青禾市", 2018)


def test_a_title_run_into_a_sentence_of_another_kind_is_no_title():
    text = ("现将青禾县2018年政府信息公开工作年度报告全文公布，请各单位认真学习，" + LONG + "\n")
    refusal(text)


def test_a_report_on_a_translated_mirror_titled_only_in_english_is_read():
    text = ("Position: Home > Government Affairs > Annual Report\n"
            "Qinghe County Water Bureau's 2017 Government Information Disclosure Annual Report\n"
            "This report has been prepared in accordance with the Regulations on the Disclosure of Government Information.\n"
            "The statistical period for the data listed in this report is from January 1, 2017 to December 31, 2017.\n"
            "I. Overview\n年，我局按照政务公开工作部署，紧紧围绕中心工作和公众关切推进公开。 In 2017, the Bureau focused on its central work.\n")
    assert parse_page(text)["meta"]["year"] == 2017


def test_an_english_page_about_annual_reports_is_still_refused():
    text = ("What is the annual report on government information disclosure?\n"
            "It is a report in which government departments tell the public how they disclosed information in a year. "
            "Each department publishes its annual report before March 31.\n")
    refusal(text)


SUMMARY_IN_ENGLISH = ("青禾县水务局2018年政府信息公开工作年度报告\n"
                      "Finance Wire · 2024-05-06 10:12\n"
                      "Overview - The report describes how the Qinghe County Water Bureau improved transparency in 2018 [1]. "
                      "Key Points - The Bureau published 214 items of government information on its website and answered "
                      "6 requests for disclosure within the legal time limit [2]. - It held two press briefings on rural "
                      "water supply and flood control, and updated its disclosure guide [3]. - The Bureau plans to train "
                      "its staff and to publish more policy interpretations next year [4].\n")


def test_a_summary_in_english_under_a_report_s_chinese_title_is_refused_as_another_language():
    cause = refusal(SUMMARY_IN_ENGLISH)
    assert "another language" in cause and "外文" in cause


def test_a_report_with_an_english_abstract_is_still_read():
    # Mostly Chinese: an English abstract or a site's English menu does not make it another language's page.
    text = TITLE + OWN + BODY + SUMMARY_IN_ENGLISH.split("\n", 2)[2]
    assert parse_page(text)["meta"]["year"] == 2023


def test_an_untitled_report_whose_second_heading_ends_in_rules_words_is_read():
    # 二、健全…制度 is a part of the report, not the title of rules.
    text = FREE_FORM.format(opening="2013年，我局").replace("二、完善工作机制", "二、健全信息公开工作制度")
    assert parse_page(text)["meta"]["year"] == 2013


# --- news on disclosure work: a meeting, a circular, a headline, a re-posted or wired story -----

NEWS_STORIES = {
    "a meeting": ("全市政务公开工作推进会召开\n4月12日，青禾市政府召开全市政务公开工作推进会。会议通报了2016年全市政府信息公开"
                  "工作情况：全年全市各级行政机关主动公开政府信息48000余条，受理依申请公开312件，按时答复率100%。会议指出，"
                  "政务公开是建设法治政府的重要内容。会议强调，各地各部门要压实责任。" + LONG + "\n"),
    "a circular": ("市政府办公室通报2017年度政务公开考核结果\n日前，青禾市政府办公室印发通报，公布了2017年度全市政务公开工作"
                   "考核结果。通报显示，去年全市通过政府网站主动公开信息26000余条，通过政务微博发布信息8000余条；全年共收到"
                   "政府信息公开申请208件，全部按期答复。通报指出，部分单位信息更新不及时。" + LONG + "\n"),
    "a headline": ("清河市通报2015年政务公开工作\n3月2日，清河市政府办公室对2015年全市政务公开工作情况进行了通报。2015年，"
                   "全市主动公开政府信息15000条，其中通过门户网站发布9000条，政务微博发布3200条；受理信息公开申请86件，"
                   "均依法答复。" + LONG + LONG + "\n"),
    "a re-posted story": ("原标题：青禾省去年主动公开政府信息逾60万条\n各地公开渠道进一步拓宽\n青禾新闻网2月20日讯 据青禾日报报道，"
                          "省政府办公厅近日对全省2018年政府信息公开工作进行了考核。全省各级行政机关通过门户网站主动公开政府"
                          "信息612000条，收到政府信息公开申请2300件，申请人满意率达98%。" + LONG + "\n"),
    "a wired story": ("新华社北京5月14日电 国务院办公厅日前通报了2019年政府网站和政务新媒体检查情况。据通报，各地区各部门政府"
                      "网站全年发布信息800余万条，政务新媒体发布信息1200余万条。" + LONG + "\n"),
    "a story under an own-title-like headline": ("省政府办公厅通报2015年政府信息公开情况\n有些单位公开仍不够全面\n"
                                                 "近日，省政府办公厅对各地各部门2015年政府信息公开工作进行了考核。通报指出，"
                                                 "全省各单位通过门户网站主动公开政府信息50万余条，收到申请1500件。" + LONG + LONG + "\n"),
    "a meeting under its organiser's headline": ("县政务公开领导小组召开全体成员会议\n1月8日上午，县政务公开领导小组召开全体成员"
                                                 "会议。会上，县政府办公室主任通报了2019年全县政务公开工作情况：全县主动公开政府"
                                                 "信息9600余条，办理依申请公开28件。" + LONG + "\n"),
    "a broadcast": ("本台消息（记者 张华）记者从市政府办公室获悉，2020年全市各级行政机关共主动公开政府信息3.6万条，办理政府信息"
                    "公开申请520件，行政复议纠错率为零。" + LONG + "\n"),
    "what a reporter learnt": ("2020年我市主动公开政府信息3.6万条\n记者昨日从市政府办公室获悉，2020年全市各级行政机关共主动公开"
                               "政府信息3.6万条，办理政府信息公开申请520件。据介绍，今年我市将进一步深化重点领域信息公开。" + LONG + "\n"),
    "a commendation": ("我区政务公开工作获市政府通报表扬\n近日，市政府办公室印发通报，对2018年度政务公开工作成绩突出的单位予以"
                       "表扬，我区位列第一。2018年，全区主动公开政府信息12000条，受理申请46件。" + LONG + "\n"),
    "a plan announced": ("市政府部署2021年政务公开工作\n3月5日，市政府召开常务会议，研究部署2021年政务公开工作。会议指出，2020年"
                         "全市主动公开政府信息5万余条。会议要求，各部门要抓好落实。" + LONG + "\n"),
    "a ranking": ("全省政务公开第三方评估结果出炉 我市位列第三\n近日，省政府办公厅公布了2019年度全省政务公开第三方评估结果，"
                  "我市位列第三。据了解，2019年全市主动公开政府信息4.2万条，受理依申请公开430件。" + LONG + "\n"),
    "a wired story with a byline": ("人民网成都3月2日电（记者 刘某）四川省2020年共主动公开政府信息85万条，受理政府信息公开申请"
                                    "1.6万件，同比增长12%。" + LONG + "\n"),
}


@pytest.mark.parametrize("story", NEWS_STORIES.values(), ids=NEWS_STORIES.keys())
def test_a_news_story_on_disclosure_work_is_refused_as_news(story):
    assert "news story" in refusal(story)


@pytest.mark.parametrize("text,year", [
    # A city's report quoting its totals and the meeting it held.
    ("青禾市2016年政府信息公开工作年度报告\n本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n"
     "一、概述\n2016年，全市各级行政机关主动公开政府信息48000余条，受理依申请公开312件，按时答复率100%。4月，市政府召开"
     "全市政务公开工作推进会，会议强调要压实责任。" + LONG + "\n二、主动公开政府信息情况\n全年通过政府网站主动公开信息26000余条。\n",
     2016),
    # An untitled report citing the circular that assessed it.
    ("2015年，我县按照省政府办公厅《关于2014年度政府信息公开工作考核情况的通报》的要求，全年主动公开政府信息1520条，"
     "收到政府信息公开申请12件，均按时答复。省政府办公厅通报表扬了我县的做法。" + LONG + LONG + "\n", 2015),
    # A report the local paper printed in full.
    ("来源：青禾日报\n青禾县人民政府2019年政府信息公开工作年度报告\n" + OWN.replace("2023", "2019")
     + BODY.replace("2023", "2019"), 2019),
    # A report updating its catalogue lately, and one its city commended.
    ("青禾县2017年政府信息公开工作年度报告\n一、概述\n2017年，我县主动公开政府信息3100条。近日，我县对政府信息公开目录"
     "进行了更新。据统计，全年受理申请22件。" + LONG + "\n二、主动公开政府信息情况\n全年通过政府网站发布信息3100条。\n", 2017),
    ("青禾区2019年政府信息公开工作年度报告\n" + OWN.replace("2023", "2019") + "一、总体情况\n2019年，我区主动公开政府信息"
     "2600条。市政府办公室通报表扬了我区政务公开工作。" + LONG + "\n", 2019),
    # A bureau's old report telling of its own meeting.
    ("2014年，我局高度重视政府信息公开工作，全年主动公开政府信息230条，未收到政府信息公开申请。3月，局党组召开政务公开"
     "专题会议，会议要求各科室明确专人负责。" + LONG + LONG + "\n", 2014),
])
def test_a_report_quoting_its_totals_meetings_and_circulars_is_read(text, year):
    assert parse_page(text)["meta"]["year"] == year


# --- a date before which something was done is no news story's "recently" -----------------

UNTITLED = ("本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制。"
            "本报告所列统计数据的期限自2024年1月1日起，至2024年12月31日止。如对本报告有疑问，请与青禾县人民政府办公室联系。\n"
            "一、总体情况\n（一）主动公开情况。\n1.信息发布情况。县政府门户网站共发布信息1520条，其中政务动态类860条。\n"
            "2.年度报告及网站年度报表公开情况。{deadlines}\n")


@pytest.mark.parametrize("day", ["31", "三十一"])
def test_deadlines_met_by_the_day_are_not_a_news_storys_recently(day):
    """N日前 is "before the Nth": an untitled excerpt saying which reports it published by when is read."""
    deadlines = (f"1月{day}日前公开了县直各部门及乡镇的年度报告；2月20日前公开了县本级的年度报告；"
                 f"1月{day}日前发布了政府网站年度报表。")
    assert parse_page(UNTITLED.format(deadlines=deadlines))["meta"]["year"] == 2024


def test_recently_opening_a_story_about_the_report_is_still_news():
    deadlines = "日前，青禾县人民政府公开了县本级的年度报告；日前，各部门也发布了年度报告。"
    assert "retelling a report" in refusal(UNTITLED.format(deadlines=deadlines))


def test_a_report_under_a_column_naming_a_kind_of_body_is_read_despite_its_opening_clause():
    """The site's column (乡镇政府信息公开年度报告, a kind of body) stands above the report's own
    title; the opening sentence's first clause ends 规定 like a rules title but is no line of its own."""
    text = ("乡镇政府信息公开年度报告\n发布机构：青禾县白沙镇人民政府\n青禾县白沙镇2025年政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定,现公布青禾县白沙镇2025年度政府信息公开工作年度报告。\n"
            "一、总体情况\n2025年，白沙镇主动公开政府信息40条。" + LONG + LONG + "\n")
    meta = parse_page(text)["meta"]
    assert (meta["agency"], meta["year"]) == ("青禾县白沙镇", 2025)


def test_a_rules_title_on_a_line_of_its_own_below_a_report_title_still_claims_the_page():
    """A whole line under a linked report's title naming rules is the page's own title."""
    text = ("首页\n青禾县2023年政府信息公开工作年度报告\n青禾县政府信息公开工作考核办法\n"
            "第一条 为做好政府信息公开工作，制定本办法。\n第二条 本办法适用于县政府各部门。" + LONG + "\n")
    assert refusal(text)


# --- an untitled old report holding a copied text of rules ------------------------------------

CONTENTS = ("依据《中华人民共和国政府信息公开条例》规定，编制本年度工作总结。全文包括：概况，主动公开政府信息情况，"
            "依申请公开政府信息情况，收费和减免情况，以及主要问题和改进措施。\n")
COPIED_RULES = ("一、基本工作情况\n"
                "为推进信息公开，我会成立了信息公开工作小组，整理了本单位的文件，编好了公开目录并在州政府网站发布。\n"
                "（一）健全工作机构\n"
                "工作小组召开会议，分工明确了职责。青禾州侨联信息公开工作制度如下：\n"
                "按照州里的通知要求，结合我会实际，特制定本工作制度。\n"
                "1、编制公开指南和目录\n按统一规范编好指南和目录，出现差错的追究经办人员责任。\n")


def test_an_untitled_old_report_listing_its_parts_is_read_though_it_copies_rules():
    # No title, no counts, one heading: its opening sentence says it is the year's report by
    # the parts it holds (依据…规定, its first clause, ends as a rules title does but names no
    # page), and the rules it copies are a part of its work, not the page.
    record = parse_page(CONTENTS + COPIED_RULES)
    assert record["meta"]["template"] == "legacy"


@pytest.mark.parametrize("opening", [
    "年度报告应当包括下列内容：主动公开政府信息的情况，依申请公开政府信息的情况，收费及减免情况，存在的主要问题和改进措施。\n",
    "依据《中华人民共和国政府信息公开条例》规定，为规范年度报告工作，特制定本制度。\n",
])
def test_rules_on_writing_reports_are_still_refused(opening):
    text = ("青禾州侨联政府信息公开工作年度报告制度\n" + opening +
            "第一条 年度报告由办公室编制。\n第二条 年度报告每年3月31日前公布。\n第三条 本制度自发布之日起施行。\n")
    assert "rules" in refusal(text)


def test_an_untitled_page_of_rules_opening_on_its_basis_is_still_refused():
    text = ("依据《中华人民共和国政府信息公开条例》规定，结合本单位实际，制定本办法。\n"
            "第一条 本单位信息公开由办公室负责。\n第二条 信息公开应当及时准确。\n第三条 本办法自发布之日起施行。\n")
    assert "rules" in refusal(text) or "articles" in refusal(text)


def test_a_clause_ending_on_a_method_is_no_rules_title():
    # 方法, 做法 end like a law's name (…法) but name no rules: an untitled old report read.
    text = ("2012年，我局认真落实《中华人民共和国政府信息公开条例》，编好了公开目录和指南。\n"
            "我局不断改进信息发布方法，由办公室统一审核后在网站发布。\n"
            "我局主动公开的信息都经过保密审查，依申请公开的渠道保持畅通，没有收费。\n")
    assert parse_page(text)["meta"]["year"] == 2012


def test_a_clause_the_body_speaks_ending_on_its_rules_is_no_rules_title():
    # 我局严格执行…审查制度，… ends as a rules title does, but the body speaks it: a sentence.
    text = ("2012年，我局认真落实《中华人民共和国政府信息公开条例》，编好了公开目录和指南。\n"
            "我局严格执行信息发布保密审查制度，所有信息经审核后在网站发布。\n"
            "我局主动公开的信息都经过保密审查，依申请公开的渠道保持畅通，没有收费。\n")
    assert parse_page(text)["meta"]["year"] == 2012


def test_rules_titled_on_their_own_line_are_still_refused_when_they_speak_of_the_body():
    text = ("青禾县水务局信息发布保密审查制度\n我局为规范信息发布，结合实际，特制定本制度。\n"
            "第一条 信息发布前由科室负责人审核。\n第二条 涉密信息不得上网。\n第三条 本制度自印发之日起施行。\n")
    assert "rules" in refusal(text) or "articles" in refusal(text)


@pytest.mark.parametrize("line", [
    "广泛征求社会各界意见，及时回应群众关切。",
    "认真落实县政府办公室通知，按时报送各类材料。",
    "严格执行信息发布审核制度，所有信息经审核后发布。",
    "进一步完善政府信息公开工作规则，明确各科室职责。",
    "在网站开设政策解读，及时发布图解。",
])
def test_a_clause_telling_how_the_work_was_done_is_no_title(line):
    # …意见, …通知, …制度, …规则, …解读 end as titles do, but these clauses open sentences of the account.
    text = ("2012年，我局认真落实《中华人民共和国政府信息公开条例》，编好了公开目录和指南。\n" + line + "\n"
            "我局主动公开的信息都经过保密审查，依申请公开的渠道保持畅通，没有收费。\n")
    assert parse_page(text)["meta"]["year"] == 2012


def test_a_notice_titled_on_a_line_run_into_its_addressees_is_still_refused():
    text = ("关于认真做好2012年政府信息公开工作年度报告的通知各乡镇人民政府，县直各单位：\n"
            "为做好年度报告工作，现将有关事项通知如下：\n一、认真编制报告。\n二、按时公布。\n")
    assert "notice" in refusal(text)
