"""A zone's body is placed where the zone's name places it, whatever the zone is called: a
free-trade zone (自由贸易试验区, 自贸试验区, 自贸区, a page's 自贸易区 with 由 lost) and its areas
(X片区), an economic-development zone in short (经开区), a bonded zone in short (综保区). Their
bodies' names here are made up; their hosts are real divisions, which is what the test is about."""
import pytest

import govextract

from report_body import body


def place_of(title: str, year: int = 2021) -> tuple:
    text = f"{title}\n" + body(year)
    m = govextract.parse_text(text).to_dict()["meta"]
    return m["agency"], m["province"], m["city"], m["county"]


@pytest.mark.parametrize("title,agency,province,city", [
    # a free-trade zone's area named after a city, the province in brackets, its bureau after it
    ("中国（湖南）自由贸易试验区长沙片区财金服务局2021年政府信息公开工作年度报告",
     "中国（湖南）自由贸易试验区长沙片区财金服务局", "湖南省", "长沙市"),
    # …the zone in short (自贸试验区, 自贸区) and in half-width brackets
    ("中国(四川)自贸试验区成都片区营商促进局2021年政府信息公开工作年度报告",
     "中国(四川)自贸试验区成都片区营商促进局", "四川省", "成都市"),
    ("中国（广西）自贸区南宁片区企业服务局2021年政府信息公开工作年度报告",
     "中国（广西）自贸区南宁片区企业服务局", "广西壮族自治区", "南宁市"),
    # …with 由 lost from its name (自贸易区), and a second zone's name in brackets after the area
    ("中国(河南)自贸易区郑州片区(郑州经开区)招商服务局2021年政府信息公开工作年度报告",
     "中国(河南)自贸易区郑州片区(郑州经开区)招商服务局", "河南省", "郑州市"),
])
def test_a_free_trade_zones_body_lies_in_the_province_and_city_its_name_gives(title, agency, province, city):
    assert place_of(title) == (agency, province, city, None)


@pytest.mark.parametrize("title,agency,province,city", [
    # an economic-development zone's or a bonded zone's body named in short, without 管委会
    ("曲靖经开区财政金融局2021年政府信息公开工作年度报告", "曲靖经开区财政金融局", "云南省", "曲靖市"),
    ("南昌综保区企业服务局2021年政府信息公开工作年度报告", "南昌综保区企业服务局", "江西省", "南昌市"),
])
def test_a_zone_named_in_short_after_its_host_city_lies_in_that_city(title, agency, province, city):
    assert place_of(title) == (agency, province, city, None)


def test_an_area_word_in_the_text_before_a_county_leaves_the_county_its_own():
    # guard: a county's report naming one of its areas (城东片区) is still the county's
    text = ("石门县2021年政府信息公开工作年度报告\n一、总体情况\n2021年，石门县城东片区改造信息及时公开。\n"
            + body(2021)[7:])
    m = govextract.parse_text(text).to_dict()["meta"]
    assert (m["province"], m["city"], m["county"]) == ("湖南省", "常德市", "石门县")
