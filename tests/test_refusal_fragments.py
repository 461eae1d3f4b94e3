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
