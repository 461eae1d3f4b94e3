"""Where a page says what it is: in its opening prose, which may follow a site's menu, and in
the first sentence telling its year's work, which may follow an opening clause.

Every page is made up. An untitled older report with no counts read says it is a body's own
account in the first person (我局认真…), often after a clause dating the work from the
Regulations (《条例》实施以来，我局认真…); a guide names itself in its first sentence
((以下简称《指南》)), which a menu of short link lines may push down the page."""
import pytest

from refused import parse_page, refusal

PARTS = ("一、政府信息公开基础工作\n（一）加强组织领导\n局领导高度重视政府信息公开工作，成立了工作小组，明确专人负责日常工作。\n"
         "（二）健全工作制度\n制定了主动公开、依申请公开和保密审查等制度，将信息公开工作纳入规范管理。\n"
         "（三）方便公众查询\n在门户网站开设政府信息公开专栏，发布了公开指南、公开目录和咨询电话。\n")


@pytest.mark.parametrize("opening", [
    "《中华人民共和国政府信息公开条例》（以下简称《条例》）实施以来，我局认真贯彻《条例》精神，积极开展政府信息公开工作。2008年主要工作情况如下。",
    "《条例》正式施行以来，我委高度重视，把政府信息公开作为转变职能的重要举措。现将有关情况报告如下。",
    "一年来，我办始终坚持公开为原则、不公开为例外，扎实推进政府信息公开工作。",
])
def test_an_untitled_report_speaking_after_an_opening_clause_is_read(opening):
    record = parse_page(opening + "\n" + PARTS)
    assert record["meta"]["template"] == "legacy"


def test_an_opening_clause_before_the_voice_of_rules_is_still_refused():
    # guard: 本市 is how rules and notices speak, after an opening clause as at a sentence's start
    refusal("《条例》实施以来，本市认真贯彻《条例》精神，积极开展政府信息公开工作。\n" + PARTS)


def test_an_opening_clause_in_a_story_without_a_reports_parts_is_still_refused():
    # guard: one paragraph under a headline is a story's layout, not a report's part
    refusal("青禾市统计局推进政府信息公开\n《条例》实施以来，我局认真贯彻《条例》精神，"
            "积极开展政府信息公开工作，在门户网站开设专栏，群众查询更加方便，社会反响良好。\n")


MENU = "无障碍|长者版\n领导之窗\n政府信息公开指南\n政府信息公开制度\n法定主动公开内容\n政府信息公开年报\n依申请公开\n"
GUIDE = ("为方便公民、法人和其他组织获取政府信息，青禾区人民政府办公室根据《中华人民共和国政府信息公开条例》，"
         "编制了《青禾区政府信息公开指南》（以下简称《指南》）。公众可以在区政府门户网站查阅。\n"
         "一、主动公开政府信息\n（一）主要内容\n1.区政府工作规则和领导分工；\n2.区政府规范性文件；\n"
         "3.区政府重点工作和重要会议的主要内容；\n4.区国民经济和社会发展规划及专项规划；\n5.区政府财政预算、决算信息；\n"
         "6.区政府重大建设项目的批准和实施情况；\n7.区政府应急预案、预警信息及应对情况；\n"
         "具体信息可参见本机关编制的政府信息公开目录。公民、法人和其他组织可以在区政府门户网站上查阅目录，也可以到本机关查阅。\n"
         "（二）公开渠道\n上述应主动公开的政府信息，通过区政府门户网站、政务公开栏和政府信息查阅点公开，"
         "并在信息形成或者变更之日起二十个工作日内予以公开，法律、法规对公开期限另有规定的，从其规定。\n")


@pytest.mark.parametrize("above", [MENU + "政府信息公开指南\n", MENU, "首页 > 政务公开 > 政府信息公开指南\n" + MENU])
def test_a_guide_naming_itself_under_a_sites_menu_is_refused_as_a_guide(above):
    # The menu's link to the annual reports reads as a title, and the guide's prose runs on under
    # it as a report's would: only the guide's own first sentence says what the page is.
    assert "disclosure guide" in refusal(above + GUIDE)


def test_a_report_naming_its_guide_in_its_overview_is_still_read():
    # guard: a report says what its guide is called in its year's work, not in its opening
    text = ("青禾区人民政府办公室2011年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，"
            "现公布本办2011年政府信息公开工作年度报告，统计期限自2011年1月1日起至2011年12月31日止。\n"
            "一、概述\n2011年，我办编制了《青禾区政府信息公开指南》（以下简称《指南》），并在网站公布。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息86条。\n")
    assert parse_page(text)["meta"]["year"] == 2011


# An untitled fragment opening inside a report's part: its items tell the disclosure work done.

DONE_ITEMS = ("（一）进一步完善工作机制。将政务公开联席会议调整为领导小组，{a}政务公开工作的组织领导。\n"
              "（二）建立健全规章制度。{b}《青禾市政府信息公开规定》，制定下发了公共事业单位办事公开办法。\n"
              "（三）规范编制公开指南和目录。开发建设了全市政府信息公开管理系统，{c}各部门的目录编制。\n"
              "（四）完成查询点建设。在各级图书馆和政务服务中心设立政府信息公开查询点，方便群众查阅。\n")


def test_an_untitled_fragment_whose_items_tell_disclosure_work_done_is_read():
    record = parse_page(DONE_ITEMS.format(a="全面加强了", b="重新修订了", c="统一指导了"))
    assert record["meta"]["template"] == "legacy"


def test_the_same_items_as_a_plan_are_still_refused():
    # guard: a work plan lists what is to be done, with no completed verb
    refusal(DONE_ITEMS.format(a="要全面加强", b="抓紧修订", c="统一指导").replace("制定下发了", "制定下发"))
