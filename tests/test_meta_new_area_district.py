"""A report naming itself nowhere but in the disclosure work it says it was written about
(结合X新区政府信息公开工作情况编制) is that place's, also where a verb runs into the place's name
and where it cites the rules of the government above it (《Y市政府信息公开规定》): a new area
the division table lists (滨海新区, 浦东新区, 沈北新区) is a county-level division, so the report
has a county. The sentences are made up; the places are real, which is what the test is about."""
import pytest

import govextract

from report_body import body


def meta_of(opening: str, year: int = 2016) -> dict:
    text = (opening + f"本年度报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n"
            "一、概述\n新区高度重视政府信息公开工作，将其列入重要议事日程。\n" + body(year)[7:])
    return govextract.parse_text(text).to_dict()["meta"]


@pytest.mark.parametrize("opening,agency,province,city", [
    ("本年度报告根据《条例》和《天津市政府信息公开规定》，结合滨海新区政府信息公开工作情况编制。",
     "滨海新区", "天津市", None),
    ("本年度报告依据《条例》及《上海市政府信息公开规定》，结合浦东新区政务公开工作实际编制。",
     "浦东新区", "上海市", None),
    # the higher rules cited after the body's own work, and no rules cited at all
    ("本年度报告结合沈北新区信息公开工作情况编制，并遵循《沈阳市政府信息公开规定》。",
     "沈北新区", "辽宁省", "沈阳市"),
    ("本年度报告结合浦东新区政府信息公开工作编制。", "浦东新区", "上海市", None),
])
def test_a_new_area_whose_disclosure_work_the_report_names_is_its_county(opening, agency, province, city):
    m = meta_of(opening)
    assert (m["agency"], m["province"], m["city"], m["county"]) == (agency, province, city, agency)


def test_a_county_named_after_a_verb_beside_its_citys_cited_rules_is_the_county():
    m = meta_of("本报告依据《条例》编制。全年严格执行《达州市政府信息公开规定》，推进宣汉县政务公开工作。")
    assert (m["agency"], m["county"]) == ("宣汉县", "宣汉县")


def test_two_places_neither_inside_the_other_name_no_body():
    # guard: a county learning from its neighbour names two places' disclosure work, neither cited
    # as the rules of the one above the other: no body is inferred.
    m = meta_of("本报告依据《条例》编制。全年学习借鉴大竹县政务公开经验，推进宣汉县政务公开工作。")
    assert m["agency"] is None
