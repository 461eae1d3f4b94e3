"""Real reports that come as a piece of a page are read: a title a site closed with a full
stop under its search box's chrome, and excerpts cut out of a report's body.

Every page here is made up. What each reproduces is how stored report pages come cut:
a wiki's copy whose excerpt begins inside a part, a fragment holding only section 五's
lists without their heading, a title printed like a sentence."""
import pytest

import govextract
from govextract.errors import ParseError

PROSE = ("全省各级行政机关坚持以公开为常态、不公开为例外，围绕经济社会发展和群众关切推进决策、执行、管理、服务、结果公开，"
         "完善政务公开体制机制，规范政务公开平台建设，强化政策解读和回应关切，政府公信力进一步提升。")


def _parse(text: str) -> dict:
    return govextract.parse_bytes(text.encode("utf-8"), path="page.txt").to_dict()


def test_a_title_closed_by_a_full_stop_under_search_chrome_is_the_title():
    text = ("选择搜索范围\n请输入关键词\n青禾省人民政府2017年政府信息公开工作年度报告。\n"
            "依据《中华人民共和国政府信息公开条例》，现公布本年度报告，内容涵盖全省政府信息公开工作情况。\n"
            f"一、全省政府信息公开工作推进情况\n2017年，{PROSE}{PROSE}\n（一）健全机制。{PROSE}{PROSE}\n")
    meta = _parse(text)["meta"]
    assert (meta["title"], meta["year"], meta["agency"]) == ("青禾省人民政府2017年政府信息公开工作年度报告", 2017, "青禾省人民政府")


def test_a_sentence_publishing_a_report_is_no_title():
    text = ("现将青禾县2017年政府信息公开工作年度报告公布如下。\n"
            f"一、概述\n2017年，我县主动公开政府信息860条。{PROSE}\n二、主动公开政府信息情况\n全年通过网站公开信息860条。\n")
    assert _parse(text)["meta"]["title"] is None


def test_an_excerpt_cut_inside_a_part_that_speaks_of_its_disclosure_work_as_zhengwu_gongkai_is_read():
    # 政务公开 names the work as much as 政府信息公开 does: an excerpt that begins inside a part
    # may print the older words once or twice only.
    text = ("（二）扎实推进政务公开平台建设\n"
            "一是管好政府网站。严格执行信息发布三审制度，围绕中心工作及时发布政务公开信息。2021年，区政府网站发布信息3120条，"
            "政务微博发布信息1480条。\n"
            "二是办好政务公开专区。在区政务服务中心设置政务公开专区，提供查阅和咨询服务，全年接待群众查询200余人次。\n")
    facts = _parse(text)["facts"]
    assert ("published", 3120, "website") in [(f["kind"], f["value"], f["channel"]) for f in facts]


def test_an_excerpt_without_words_of_disclosure_work_is_still_refused():
    text = ("（二）扎实推进平台建设\n一是管好网站。严格执行发布三审制度，围绕中心工作及时发布信息。2021年，区网站发布信息3120条。\n"
            "二是办好服务专区。在区政务服务中心设置专区，提供查阅和咨询服务，全年接待群众200余人次。\n")
    with pytest.raises(ParseError):
        _parse(text)


HEADLESS = ("一是公开内容不够全面。部分单位只公开工作动态，对群众关心的办事指南公开较少。\n"
            "二是解读质量有待提高。多数解读照搬原文，图解、视频等形式较少。\n"
            "三是工作人员力量不足。多数单位由办公室人员兼职，业务培训不够系统。\n"
            "一是进一步丰富公开内容。按照目录逐项梳理，重点公开办事指南。\n"
            "二是加强培训。每半年组织一次业务培训，提高工作人员能力。\n")


def test_section_five_printed_without_its_heading_is_read_as_section_five():
    # A site's copy cut down to the two lists: shortfalls numbered 一是…, then measures from 一是 again.
    record = _parse(HEADLESS)
    assert [p[:8] for p in record["problems"]] == ["公开内容不够全面", "解读质量有待提高", "工作人员力量不足"]
    assert [i[:6] for i in record["improvements"]] == ["进一步丰富公", "加强培训。每"]
    assert any(w.startswith("W_REPORT_FRAGMENT") for w in record["warnings"])


def test_numbered_work_done_without_a_shortfall_is_no_section_five():
    # 一是…二是… telling the year's work names no shortfall: the page says too little to be read.
    text = ("一是丰富公开内容。按照目录逐项梳理，重点公开办事指南。\n二是加强培训。每半年组织一次业务培训。\n"
            "三是完善制度。修订信息发布审核办法。\n一是进一步丰富公开内容。\n二是加强培训。\n")
    with pytest.raises(ParseError):
        _parse(text)


def test_a_title_run_into_the_opening_sentence_without_a_space_is_the_title():
    # A PDF whose text came out as one line, the space between title and text dropped between CJK.
    text = ("青禾县水务局2018年度政府信息公开工作报告2018年，青禾县水务局认真贯彻政府信息公开条例，" + PROSE * 2 +
            "完善政务公开机制。将公开要求纳入公文办理程序，起草时即明确公开属性。" + PROSE + "\n")
    meta = _parse(text)["meta"]
    assert (meta["title"], meta["year"]) == ("青禾县水务局2018年度政府信息公开工作报告", 2018)


# An older report often speaks of its body by name (2012年，青禾市…; 市政府办下发了…) rather than
# as 我市/我局; an excerpt cut below its title and part headings then says it is a report only so.
THIRD_PERSON = {
    "cut at a sub-item": ("（一）健全了工作机构。2009年初，青禾市政务公开领导小组明确市政府办公室为政府信息公开工作主管部门，"
                          "负责推进、协调和监督全市政府信息公开工作，各县区也配备了专职人员。\n"
                          "（二）广泛宣传政府信息公开条例。2009年，为做好条例施行工作，市政府办印发了宣传工作方案，"
                          "在市电视台和市政府网站开设专题，印发宣传手册下发各部门。\n"
                          "（三）编制公开指南和目录。组织各部门编制政府信息公开指南和目录，并在门户网站长期公布。\n"),
    "cut at an unnumbered part heading": ("工作开展情况\n2012年，青禾市认真贯彻落实政府信息公开条例，围绕转变政府职能推进主动公开，"
                                          "不断深化依申请公开工作，保障群众的知情权和监督权。\n加强组织领导。\n"
                                          "2012年，青禾市调整了政府信息公开领导小组，由常务副市长任组长，各部门主要负责人为成员。\n"
                                          "加强财政信息公开。\n在市政府网站设立公共财政栏目，公开民生资金的安排情况。\n"),
}


@pytest.mark.parametrize("name", THIRD_PERSON)
def test_an_excerpt_of_an_old_report_speaking_of_its_body_by_name_is_read(name):
    record = _parse(THIRD_PERSON[name])
    assert record["meta"]["year"] in (2009, 2012)


@pytest.mark.parametrize("text", [
    # a plan says what the body will do
    THIRD_PERSON["cut at an unnumbered part heading"].replace("2012年，青禾市", "2013年，青禾市将"),
    # a story on the same work, told by a reporter
    "记者 李青\n" + THIRD_PERSON["cut at a sub-item"],
    # an account of the country's rules, not of a body's year
    ("2008年，国务院办公厅印发了关于施行政府信息公开条例若干问题的意见，对政府信息公开工作作出部署。\n"
     "政府信息公开条例明确了主动公开的范围，规定了依申请公开的程序。\n"),
])
def test_a_plan_a_story_or_an_account_of_national_rules_in_the_third_person_is_still_refused(text):
    with pytest.raises(ParseError):
        _parse(text)


def test_a_story_naming_the_body_under_its_one_headline_is_still_refused():
    # The same voice as THIRD_PERSON's excerpts, but prose under a headline, as a news item on the work.
    text = ("青禾市政务公开工作取得新成效\n2013年，青禾市深入推进政府信息公开工作，主动公开政府信息，不断深化依申请公开，"
            "政府信息公开工作水平不断提升。\n市政府信息公开领导小组加强统筹，各部门落实责任，政务公开工作稳步推进。\n")
    with pytest.raises(ParseError):
        _parse(text)
