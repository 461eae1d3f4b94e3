"""Meta classes that audit18 (unread stored county, city, department and 2019-template pages,
session 18) found read wrong, written anew on sentences of our own."""
import pytest

import govextract
from report_body import body


def read_meta(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


# --- a trail that opens with 首页 and divides its steps by slashes is navigation -----------

@pytest.mark.parametrize("trail", [
    "首页/ 政务公开 / 政府信息公开年报 / 2021年 / 县市区 / 正文",
    "首页 / 信息公开 / 年度报告 / 2021年",
    "首页／政府信息公开／政府信息公开年报／2021年度",
])
def test_a_slash_trail_opening_at_the_home_page_is_not_the_title(trail):
    # The trail names the report column and a year, as a title does; the title below names the
    # body. A mirror's brand line stands above it, each on a line of its own as a page prints them.
    text = f"某某娱乐城\n\n{trail}\n\n北岭市青川区2021年政府信息公开工作年度报告\n\n{body(2021)}"
    m = read_meta(text)
    assert m["agency"] == "北岭市青川区"
    assert m["year"] == 2021


def test_a_title_naming_the_home_page_column_with_a_slash_stays_the_title():
    # guard: a slash inside a title line that opens with no 首页 divides nothing
    text = f"北岭市青川区2021年政府信息公开工作年度报告/首页推荐\n{body(2021)}"
    assert read_meta(text)["agency"] == "北岭市青川区"
