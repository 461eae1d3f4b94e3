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
