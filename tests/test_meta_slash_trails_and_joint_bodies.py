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


# --- a body that declares itself the report's 我办/本局 is the author ------------------------

SPEAKS_FOR_ITS_DISTRICT = ("一、总体情况\n2020年，根据上级有关部署，{body}（下称{short}）立足新形势，积极开展全区政务公开工作。\n"
                           "（一）主动公开情况。2020年，我区通过区门户网站主动公开信息846条，我区各部门公开信息1200条。\n"
                           "（二）依申请公开情况。2020年我区共收到政府信息公开申请15宗。\n")


def test_an_office_declaring_itself_our_office_is_the_author_though_it_speaks_of_its_district():
    text = SPEAKS_FOR_ITS_DISTRICT.format(body="雁塔区政务公开工作办公室", short="我办")
    assert read_meta(text)["agency"] == "雁塔区政务公开工作办公室"


def test_a_joint_body_of_a_district_and_its_zone_keeps_both_names():
    # a district and the zone it runs share one office, their names printed with a space between
    text = SPEAKS_FOR_ITS_DISTRICT.format(body="雁塔区 雁塔开发区政务公开工作办公室", short="我办")
    assert read_meta(text)["agency"] == "雁塔区雁塔开发区政务公开工作办公室"


def test_a_government_declaring_a_short_name_that_is_no_self_reference_stays_read_as_before():
    # guard: （以下简称区政府） is a short name, not 我X; the district speaking as 我区 stays its government
    text = SPEAKS_FOR_ITS_DISTRICT.format(body="雁塔区人民政府", short="区政府")
    assert read_meta(text)["agency"] == "雁塔区人民政府"
