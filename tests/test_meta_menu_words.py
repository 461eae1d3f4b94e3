"""A page's menu names a column of reports by the kind of body publishing them (政府部门, 县直单位,
乡镇街道, 区本级信息公开年度报告): no body's name, never the agency, even where the menu's line is
read as the title or run into it. A body speaking as a kind outside governments and departments
(我所, 我中心, 我院) that names itself only as the subject of a clause (…，X所认真落实…) is that
body, in the fullest form the page prints (its heading's Y县X所). Bodies and places made up."""
import pytest

import govextract

from report_body import body


def meta_of(head: str, year: int = 2016) -> dict:
    return govextract.parse_text(head + "\n" + body(year)[7:]).to_dict()["meta"]


@pytest.mark.parametrize("menu", ["政府部门", "乡镇街道", "部门", "区本级", "直属单位", "政府工作部门"])
def test_a_menu_word_naming_a_column_of_reports_is_no_agency(menu):
    # the menu's line is the only one reading as a title: the body is the one the opening names
    m = meta_of(f"当前位置：首页 > 政务公开 > {menu}信息公开年度报告\n"
                "2016年，石门县林业局认真贯彻落实《条例》，推进政务公开。\n一、总体情况\n2016年，我局加强领导。")
    assert m["agency"] == "石门县林业局"


@pytest.mark.parametrize("head,agency", [
    # the menu's line run into the page's own heading, which does not call itself a disclosure report
    ("当前位置：首页 > 信息公开年报 > 政府部门信息公开年度报告\n石门县林业所2016年度政务信息工作年度报告\n"
     "根据《条例》有关规定，林业所认真落实县委、县政府的要求。\n一、总体情况\n2016年，我所加强领导。", "石门县林业所"),
    ("当前位置：首页 > 政务公开 > 县直单位政府信息公开年度报告\n石门县农机服务中心2016年度政务工作年度报告\n"
     "根据《条例》有关规定，农机服务中心积极开展政务公开工作。\n一、总体情况\n2016年，我中心加强领导。",
     "石门县农机服务中心"),
    # a heading the menu's line does not run into, and a subject printed in full
    ("当前位置：首页 > 政务公开 > 部门信息公开年度报告\n石门县人民医院2016年度政务工作总结\n"
     "按照上级要求，石门县人民医院高度重视政务公开工作。\n一、总体情况\n2016年，全院加强领导，我院明确专人。",
     "石门县人民医院"),
])
def test_a_body_speaking_as_its_kind_is_the_one_of_that_kind_its_clauses_open_on(head, agency):
    assert meta_of(head)["agency"] == agency


def test_two_bodies_of_the_kind_opening_clauses_name_none():
    # guard: a station citing its parent body's work as well as its own names no one body
    m = meta_of("当前位置：首页 > 政务公开 > 部门信息公开年度报告\n"
                "根据《条例》有关规定，林业所认真落实要求，水文所积极配合。\n一、总体情况\n2016年，我所加强领导。")
    assert m["agency"] is None
