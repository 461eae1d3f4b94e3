"""Agency classes that session 16's blind set (eval22) read wrong, each written anew for these
tests on sentences and names of our own: a title naming its body in short under a sentence
giving the report's name in full (由X编制的2012年度…报告, 现公开X…报告): the divisions or the
country's name before it, its kind's word after it, its words spelt out."""
import pytest

import govextract

from report_body import body


def meta_of(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


def titled(title: str, sentence: str, year: int = 2012) -> str:
    return f"{title}\n{sentence}本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n" + body(year)[6:]


# --- the sentence giving the report's name prints the title's short name in full --------------

@pytest.mark.parametrize("title,sentence,agency", [
    # the compiler of the year's report, with the divisions it stands in
    ("2012年鼓楼区水务局政府信息公开年报", "本年报是根据条例要求，由南京市鼓楼区水务局编制的2012年度政府信息公开年度报告。",
     "南京市鼓楼区水务局"),
    # …with its kind's word after a town's or street's name
    ("青禾街道2012年度政府信息公开年度报告", "本年报是根据条例要求，由青禾街道办事处编制的2012年度政府信息公开年度报告。",
     "青禾街道办事处"),
    ("石湾镇2012年度政府信息公开工作报告", "根据条例要求，编制石湾镇政府2012年度政府信息公开工作年度报告。", "石湾镇政府"),
    # …with its words spelt out after the same division
    ("鼓楼区计生局2012年度政府信息公开年度报告", "本年报是根据条例要求，由鼓楼区人口和计划生育局编制的2012年度政府信息公开年度报告。",
     "鼓楼区人口和计划生育局"),
    # …with the country's name before a central body's
    ("档案部2012年政府信息公开工作年度报告", "根据条例要求，现公开中华人民共和国档案部2012年政府信息公开工作年度报告。",
     "中华人民共和国档案部"),
])
def test_a_title_in_short_takes_the_name_the_sentence_naming_the_report_prints(title, sentence, agency):
    assert meta_of(titled(title, sentence))["agency"] == agency


@pytest.mark.parametrize("title,sentence,agency", [
    # another year's report compiled by the fuller name is no name of this one
    ("青禾街道2012年度政府信息公开年度报告", "本年报参照由青禾街道办事处编制的2011年度政府信息公开年度报告的体例。", "青禾街道"),
    # one word more (粮食 and 物资储备) is another body, not the title's spelt out
    ("鼓楼区粮食局2012年度政府信息公开年度报告", "本年报是根据条例要求，由鼓楼区粮食和物资储备局编制的2012年度政府信息公开年度报告。",
     "鼓楼区粮食局"),
    # the government's office compiling a district's report is no fuller name of the district
    ("鼓楼区2012年政府信息公开工作年度报告", "本年报是根据条例要求，由鼓楼区人民政府办公室编制的2012年度政府信息公开年度报告。",
     "鼓楼区"),
])
def test_a_title_stands_where_the_sentence_names_another_body_or_year(title, sentence, agency):
    assert meta_of(titled(title, sentence))["agency"] == agency


# --- an untitled report's body in the fullest form the report prints ------------------------

def untitled(*lines: str, year: int = 2022) -> str:
    return (f"本报告根据条例编制，所列数据统计期限自{year}年1月1日起至{year}年12月31日止。" + "".join(lines) + "\n"
            f"一、总体情况\n{year}年，青禾乡认真贯彻落实条例，全年主动公开政府信息61条。\n" + body(year)[7:])


@pytest.mark.parametrize("contact,agency", [
    # its contact office, or a contact address that is the body's name alone, adds its kind's word
    ("如对本报告有任何疑问，请与青禾乡人民政府办公室联系（电话：0512-1234567）。", "青禾乡人民政府"),
    ("如对本报告有疑问，可与张某联系。（地址：青禾乡人民政府，邮编：123456）", "青禾乡人民政府"),
    # a fuller form the text prints comes before the contact office's (X乡政府)
    ("推进政府信息公开是青禾乡人民政府贯彻落实条例的重要举措。如有疑问请与青禾乡政府办公室联系。", "青禾乡人民政府"),
])
def test_an_untitled_report_names_its_town_in_the_fullest_form_it_prints(contact, agency):
    assert meta_of(untitled(contact))["agency"] == agency


def test_the_town_stays_as_printed_where_nothing_prints_it_fuller():
    # guard: an address running on (青禾乡人民政府大院) is a place, and names nothing fuller
    assert meta_of(untitled("如有疑问可与李某联系，地址：青禾乡人民政府大院。"))["agency"] == "青禾乡"


@pytest.mark.parametrize("site,agency", [
    ("本报告电子版可在南京市鼓楼区人民政府网站下载。", "南京市鼓楼区人民政府"),
    ("本报告电子版可在南京市鼓楼区人民政府网下载。", "南京市鼓楼区人民政府"),
])
def test_a_governments_own_site_prints_its_name_with_its_city(site, agency):
    text = ("本年度报告根据条例要求，由鼓楼区政府办公室编制。" + site + "\n"
            "一、总体情况\n2020年，鼓楼区坚持以公开为常态，全年主动公开政府信息80条。\n" + body(2020)[7:])
    assert meta_of(text)["agency"] == agency


def test_a_street_offices_own_site_prints_its_full_name():
    text = ("本年度报告根据条例编制，所列数据统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n"
            "2025年，青禾街道党工委、办事处按照区委、区政府的统一部署，认真贯彻落实条例。\n"
            "（一）主动公开情况\n及时在南京市鼓楼区人民政府青禾街道办事处信息公开网站公开区政府文件、财政预决算。\n"
            + body(2025)[7:])
    assert meta_of(text)["agency"] == "南京市鼓楼区人民政府青禾街道办事处"


@pytest.mark.parametrize("words", ["政府信息公开网", "人民政府网格化管理中心"])
def test_words_after_a_placed_name_that_name_no_site_of_its_own_add_nothing(words):
    # guard: 青禾乡政府信息公开网 is the town's 政府信息公开网 (its 政府 no kind word); 网格 is no site
    text = untitled(f"本报告在南京市鼓楼区青禾乡{words}公布。")
    assert meta_of(text)["agency"] == "青禾乡"
