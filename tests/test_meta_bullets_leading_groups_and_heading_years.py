"""Meta classes that session 15's blind set (eval21) read wrong, each written anew for these
tests on sentences and names of our own: a list bullet or a news headline's verb run into the
title; a clause ending in the word 镇 (以镇长为组长) read as a town's bare name; a zone committee
named only through its contact office; the year printed only in a section heading; a former
prefecture (X地区, since made a city) or a city renamed since; a report named for one year whose
statistics period and narrative are the next; a title's short name (X市人防办) printed in full
under it; a department naming itself without its place where no division is found."""
import pytest

import govextract
from govextract.stages import meta

from report_body import body, short_body


def meta_of(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


# --- page clutter before or inside the title -------------------------------------------------

@pytest.mark.parametrize("mark", ["•", "• ", "● ", "▪", "◆ ", "■"])
def test_a_list_bullet_before_the_title_is_no_part_of_the_name(mark):
    text = f"{mark}青松镇人民政府2021年政府信息公开工作年度报告\n" + body(2021)
    assert meta_of(text)["agency"] == "青松镇人民政府"


@pytest.mark.parametrize("verb", ["发布", "公布", "印发"])
def test_a_headline_verb_after_the_body_is_no_part_of_its_name(verb):
    assert meta.read_title(f"江州市体育局{verb}2012年政府信息公开工作年度报告") == ("江州市体育局", 2012)


def test_a_body_whose_name_holds_a_publishing_word_keeps_it():
    # guard: 发布 inside a body's name (its last word an organisation's) is no headline verb
    assert meta.read_title("江州市新闻发布中心2012年政府信息公开工作年度报告") == ("江州市新闻发布中心", 2012)


# --- a clause ending in the word 镇 is no town's bare name ------------------------------------

def test_a_leading_group_led_by_the_towns_secretary_names_no_town():
    text = ("根据《条例》要求，编制本报告。\n一、总体情况\n本年度，我镇持续完善公开制度。"
            "调整设立以镇党委书记为组长、分管领导为副组长的政务公开领导小组。\n"
            "二、主动公开政府信息情况\n我镇全年主动公开政府信息40条。\n")
    assert meta_of(text)["agency"] is None


def test_a_known_town_named_bare_before_its_secretary_is_still_the_town():
    # guard: a town the gazetteer knows, printed bare before its party secretary, names itself
    text = ("根据《条例》要求，编制本报告。\n一、总体情况\n本年度，我镇持续完善公开制度。"
            "青石镇党委书记任领导小组组长。\n"
            "二、主动公开政府信息情况\n我镇全年主动公开政府信息40条。\n")
    assert meta_of(text)["agency"] == "青石镇"


# --- a zone committee named only through its contact office ---------------------------------

def test_a_zone_committee_named_only_through_its_contact_office_is_the_body():
    text = ("本报告根据《条例》编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
            "如对本报告有任何疑问，请与江州青山湖科创园管委会办公室联系（电话：0000-1234567）。\n"
            + short_body(2021, "我单位"))
    assert meta_of(text)["agency"] == "江州青山湖科创园管委会"


def test_a_town_giving_its_county_governments_office_as_contact_is_not_the_county():
    # guard: a township refers readers to its county's office; that office is no body of its own
    text = ("本报告根据《条例》编制。如对本报告有任何疑问，请与江州县人民政府办公室联系。\n"
            + short_body(2021, "我镇"))
    assert meta_of(text)["agency"] != "江州县人民政府"


def test_a_report_speaking_as_a_unit_whose_contact_is_a_government_office_names_no_government():
    # guard: 我单位 makes a committee's office its own, never a government's
    text = ("本报告根据《条例》编制。如对本报告有任何疑问，请与江州县人民政府办公室联系。\n"
            + short_body(2021, "我单位"))
    assert meta_of(text)["agency"] != "江州县人民政府"


# --- the year printed only in a section heading ----------------------------------------------

LEGACY = ("按照上级的统一部署，我局认真贯彻落实《条例》，切实做好政府信息公开各项工作。\n"
          "一、{heading}\n"
          "一年来，我局进一步强化公开载体，扎实开展政府信息公开工作，主动公开信息35条。\n"
          "二、主动公开政府信息情况\n我局通过网站主动公开信息35条。\n"
          "三、依申请公开政府信息情况\n全年未收到政府信息公开申请。\n")


def test_the_year_printed_only_in_a_section_heading_is_the_reports():
    assert meta_of(LEGACY.format(heading="2015年度政府信息公开工作基本情况"))["year"] == 2015


def test_a_plan_heading_names_no_year_of_the_report():
    # guard: a heading of next year's plan is not the year reported on
    assert meta_of(LEGACY.format(heading="2016年工作计划"))["year"] is None


# --- a former prefecture, or a city renamed since --------------------------------------------

@pytest.mark.parametrize("agency,province,city", [
    ("哈密地区水利局", "新疆维吾尔自治区", "哈密地区"),
    ("日喀则地区统计局", "西藏自治区", "日喀则地区"),
    ("襄樊市档案局", "湖北省", "襄樊市"),
    ("铜仁地区教育局", "贵州省", "铜仁地区"),
])
def test_a_body_of_a_prefecture_since_made_or_renamed_a_city_is_placed_there(agency, province, city):
    m = meta_of(f"{agency}2010年政府信息公开工作年度报告\n" + short_body(2010, "我局"))
    assert (m["agency"], m["province"], m["city"]) == (agency, province, city)


def test_a_city_by_its_name_now_is_placed_as_before():
    # guard: the present name of such a city still reads as itself
    m = meta_of("哈密市水利局2020年政府信息公开工作年度报告\n" + short_body(2020, "我局"))
    assert (m["province"], m["city"]) == ("新疆维吾尔自治区", "哈密市")


# --- named for one year, reporting the next --------------------------------------------------

def named_for(named: int, period: int, narrative: int) -> str:
    return (f"根据《条例》规定，我镇认真编制了《青松镇{named}年政府信息公开工作年度报告》。"
            f"所列数据的统计期限自{period}年1月1日起至12月31日止。\n" + short_body(narrative, "我镇"))


def test_a_report_named_for_last_year_whose_period_and_narrative_are_the_next_is_the_next():
    m = meta_of(named_for(2020, 2021, 2021))
    assert (m["year"], m["template"]) == (2021, "2021")


def test_a_period_copied_from_last_years_report_does_not_overrule_the_name():
    # guard: the narrative keeps the named year; only the period sentence was left unchanged
    assert meta_of(named_for(2021, 2020, 2021))["year"] == 2021


# --- a title's short name printed in full in the report -------------------------------------

def test_a_titles_short_name_printed_in_full_under_it_is_given_in_full():
    text = ("江州市人防办2014年度政府信息公开年度报告\n江州市人民防空办公室（民防局）\n"
            + short_body(2014, "我办"))
    assert meta_of(text)["agency"] == "江州市人民防空办公室"


def test_a_titles_short_name_never_printed_in_full_stays_as_printed():
    # guard: no fuller form in the text, the title's own name stands
    text = "江州市人防办2014年度政府信息公开年度报告\n" + short_body(2014, "我办")
    assert meta_of(text)["agency"] == "江州市人防办"


# --- a department naming itself without its place, no division found -------------------------

def test_a_department_named_without_its_place_stays_as_printed_where_no_division_is_found():
    text = ("根据《条例》，现公开我局2020年度政府信息公开工作年度报告。\n"
            "一、总体情况\n区农业局高度重视政务公开工作，全年公开信息60条。我局明确专人负责。\n"
            "二、主动公开政府信息情况\n我局通过网站主动公开信息60条。\n")
    assert meta_of(text)["agency"] == "区农业局"


def test_a_titles_name_printed_with_a_word_more_stays_as_printed():
    # guard: the page header's newer name (X粮食和物资储备局) is another body's name than the title's
    text = ("江州市粮食和物资储备局\n江州市粮食局2011年度政府信息公开工作报告\n"
            + short_body(2011, "我局"))
    assert meta_of(text)["agency"] == "江州市粮食局"


# --- a zone printed after its host's short name ------------------------------------------------

def zone_report(printed: str, said: str) -> str:
    return (f"{printed}2019年年报根据《条例》编制。\n一、概述\n2019年，{said}坚持以公开为常态，"
            "全年主动公开政府信息30条。\n二、主动公开政府信息情况\n通过网站发布信息30条。\n")


def test_a_zone_named_in_short_is_given_as_printed_after_its_hosts_short_name():
    assert meta_of(zone_report("江油青松湖园区管委会", "青松湖园区管委会"))["agency"] == "江油青松湖园区管委会"


def test_a_host_short_name_before_a_department_is_no_placing():
    # guard: only a zone is called after its host's short name; a bureau is not so lengthened
    assert meta_of(zone_report("江油青松湖水务局", "青松湖水务局"))["agency"] != "江油青松湖水务局"


# --- a body named only as the subject of its year's counts -----------------------------------

def counted_by(first: str, second: str) -> str:
    return ("本报告根据《条例》编制，统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n"
            f"2022年，{first}主动公开政府信息88条。\n二、收到和处理政府信息公开申请情况\n"
            f"2022年，{second}共受理政府信息公开申请6件。\n")


def test_a_body_named_only_as_the_subject_of_its_years_counts_is_the_body_as_printed():
    assert meta_of(counted_by("县林草局", "县林草局"))["agency"] == "县林草局"


def test_two_bodies_counting_a_year_name_neither():
    # guard: a report naming two bodies so (a compiled report of several) names no one author
    assert meta_of(counted_by("县林草局", "县水利局"))["agency"] is None


# --- a relative name placed by the WeChat account it publishes on ----------------------------

def on_account(account: str) -> str:
    return ("根据《条例》规定要求，编制市城管执法局2020年政府信息公开工作年度报告。\n一、工作开展情况\n"
            f"2020年，市城管执法局扎实推进政府信息公开工作，全面提高局门户网站、{account}政府信息公开服务水平。\n"
            "二、主动公开政府信息情况\n全年主动公开信息40条。\n")


def test_a_relative_name_takes_the_division_of_the_wechat_account_named_after_its_work():
    assert meta_of(on_account("芜湖城管微信公众号"))["agency"] == "芜湖市城管执法局"


def test_a_wechat_account_of_other_work_places_no_body():
    # guard: a city's newspaper account names the city's paper, not the bureau's own channel
    assert meta_of(on_account("芜湖日报微信公众号"))["agency"] == "市城管执法局"
