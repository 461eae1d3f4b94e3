"""A township's report that never names its county: placed by the township gazetteer
only when the name is one township's in the country, or one township's inside the
province or city the text establishes. Every sentence here is made up; the town names
are real ones, chosen for how many places bear them in the gazetteer."""
import pytest

import govextract
from govextract.stages import townships
from report_body import short_body

CLOSING = "六、其他需要报告的事项\n无。\n"


def parse(title: str, extra: str = "", year: int = 2022) -> dict:
    return govextract.parse_text(f"{title}\n{extra}{short_body(year, '本单位')}{CLOSING}").to_dict()


def place(record: dict) -> tuple:
    return tuple(record["meta"][k] for k in ("province", "city", "county"))


def gazetteer_warnings(record: dict) -> list:
    return [w for w in record["warnings"] if w.startswith("W_PLACE_FROM_GAZETTEER")]


def test_a_township_whose_name_is_unique_in_the_country_is_placed_with_a_warning():
    record = parse("霞浦街道2022年政府信息公开工作年度报告")
    assert record["meta"]["agency"] == "霞浦街道"
    assert place(record) == ("浙江省", "宁波市", "北仑区")
    [warning] = gazetteer_warnings(record)
    assert "霞浦街道" in warning and "浙江省宁波市北仑区" in warning


def test_a_street_office_and_a_town_government_are_looked_up_by_the_townships_own_name():
    assert place(parse("霞浦街道办事处2022年政府信息公开工作年度报告")) == ("浙江省", "宁波市", "北仑区")
    assert place(parse("东华门街道办事处2021年政府信息公开工作年度报告")) == ("北京市", None, "东城区")


def test_a_name_several_townships_bear_is_left_unplaced():
    record = parse("白马镇人民政府2022年政府信息公开工作年度报告")
    assert place(record) == (None, None, None)
    assert not gazetteer_warnings(record)


def test_a_shared_name_is_placed_inside_the_province_the_text_names():
    # 杨林乡: one in 黑龙江省 (呼兰区), one in 湖南省 (韶山市).
    extra = "本报告由杨林乡人民政府依据黑龙江省有关要求编制。\n"
    record = parse("杨林乡人民政府2021年政府信息公开工作年度报告", extra, 2021)
    assert place(record) == ("黑龙江省", "哈尔滨市", "呼兰区")
    assert gazetteer_warnings(record)


def test_a_shared_name_with_two_readings_inside_the_named_province_stays_unplaced():
    # 大塘镇: two in 贵州省 (雷山县, 平塘县) among ten in the country.
    record = parse("大塘镇人民政府2020年政府信息公开工作年度报告", "根据贵州省政务公开工作要求编制本报告。\n", 2020)
    assert record["meta"]["province"] == "贵州省"
    assert record["meta"]["county"] is None
    assert not gazetteer_warnings(record)


def test_a_unique_name_outside_the_province_the_text_names_is_not_placed():
    record = parse("霞浦街道2022年政府信息公开工作年度报告", "根据福建省有关要求编制本报告。\n")
    assert place(record) == ("福建省", None, None)
    assert not gazetteer_warnings(record)


def test_a_township_whose_county_the_agency_names_is_placed_by_that_name_not_the_gazetteer():
    record = parse("陇县城关镇人民政府2023年政府信息公开工作年度报告", year=2023)
    assert place(record) == ("陕西省", "宝鸡市", "陇县")
    assert not gazetteer_warnings(record)


def test_a_body_that_is_no_township_is_not_looked_up():
    record = parse("某某市档案馆2022年政府信息公开工作年度报告")
    assert not gazetteer_warnings(record)


@pytest.mark.parametrize("agency,town", [
    ("平塘县大塘镇人民政府", "大塘镇"),
    ("霞浦街道办事处", "霞浦街道"),
    ("霞浦办事处", "霞浦街道"),
    ("北京市东城区人民政府东华门街道办事处", "东华门街道"),
    ("杨林乡党政办公室", "杨林乡"),
    ("某某市教育局", None),
    (None, None),
])
def test_the_township_an_agency_stands_for(agency, town):
    assert townships.name_in(agency) == town


def test_a_zone_township_adds_its_city_and_no_county():
    # 宋营镇 lies in a development zone of 石家庄市, which is no county.
    record = parse("宋营镇人民政府2022年政府信息公开工作年度报告")
    assert place(record) == ("河北省", "石家庄市", None)


def test_a_county_the_agency_names_picks_among_a_shared_names_readings():
    # 朝阳区 alone is Beijing's or Changchun's; 双井街道 is borne by three townships, one in Beijing's 朝阳区.
    record = parse("朝阳区双井街道办事处2022年政府信息公开工作年度报告")
    assert place(record) == ("北京市", None, "朝阳区")
    assert gazetteer_warnings(record)


def test_a_county_the_agency_names_that_holds_no_such_township_places_nothing():
    # 霞浦街道 is unique, but in 北仑区, not in a 鼓楼区 (a name several cities share).
    record = parse("鼓楼区霞浦街道办事处2022年政府信息公开工作年度报告")
    assert record["meta"]["county"] is None
    assert not gazetteer_warnings(record)


def test_a_zone_named_before_the_township_is_no_county_to_match():
    record = parse("某某新区霞浦街道办事处2022年政府信息公开工作年度报告")
    assert place(record) == ("浙江省", "宁波市", "北仑区")


@pytest.mark.parametrize("title", [
    "一马路街2022年政府信息公开工作年度报告",
    "一马路街政府信息公开工作年度报告（2022年）",
])
def test_a_street_office_naming_itself_in_short_is_placed_by_its_full_name(title):
    # Some cities' street offices call themselves X街 (no 道): the gazetteer knows X街道.
    assert place(parse(title)) == ("河南省", "郑州市", "二七区")


def test_a_short_street_name_the_gazetteer_does_not_know_places_nothing():
    assert place(parse("青禾湾街2022年政府信息公开工作年度报告"))[2] is None
