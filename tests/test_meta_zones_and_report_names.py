"""Meta and refusal classes met by session 13's audit of pages from all over China (meta13), each
written anew for these tests: a report's name with its year inside it (…公开工作2013年度报告) under
the body's name; zones (a division's name after the zone's word, a host printed before the zone or
in brackets in its name, a zone committee's office, a zone is no county); a model summary titled
for a kind of body; an untitled old county report named through its information centre, with the
county's older name; a county renamed since the division table; a spam site's brand."""
import pytest

import govextract
from govextract.errors import ParseError

BODY = """一、概述
{y}年，我单位坚持以公开为常态、不公开为例外，全年主动公开政府信息52条，未收到政府信息公开申请。
二、主动公开政府信息情况
通过政府网站发布信息52条。
三、依申请公开政府信息情况
本年度未收到政府信息公开申请。
四、因政府信息公开申请行政复议、提起行政诉讼的情况
未发生行政复议和行政诉讼。
五、存在的主要问题及改进措施
一是公开内容不够全面；二是解读形式较单一。下一步将加强培训，丰富解读形式。
"""


def meta_of(head: str, year: int = 2013) -> dict:
    return govextract.parse_text(head + BODY.format(y=year)).to_dict()["meta"]


@pytest.mark.parametrize("head, agency, year", [
    ("东阳市农业局\n政府信息公开工作2013年度报告\n", "东阳市农业局", 2013),
    ("东阳市农业局\n\n政务公开工作2013年度报告\n", "东阳市农业局", 2013),
    ("红星街道办事处\n信息公开工作2012年报\n", "红星街道办事处", 2012),
    ("东阳市农业局政府信息公开工作2011年度报告\n", "东阳市农业局", 2011),
])
def test_a_report_name_with_its_year_inside_under_the_bodys_name(head, agency, year):
    meta = meta_of(head, year)
    assert (meta["agency"], meta["year"]) == (agency, year)
    assert meta["title"].startswith(agency) and str(year) in meta["title"]


def place(meta: dict) -> tuple:
    return tuple(meta[k] for k in ("province", "city", "county"))


@pytest.mark.parametrize("zone, where", [
    ("慈溪经济开发区滨海新区管委会", ("浙江省", "宁波市", "慈溪市")),
    ("慈溪高新区滨海新区管理委员会", ("浙江省", "宁波市", "慈溪市")),
    ("海宁经济开发区城中区管委会", ("浙江省", "嘉兴市", "海宁市")),
])
def test_a_zone_named_after_another_places_division_is_placed_by_its_host(zone, where):
    # 滨海新区 is Tianjin's, 城中区 Xining's and Liuzhou's: after the zone's word they name its own area
    head = f"{zone}2014年政府信息公开工作年度报告\n{zone[-6:]}的道路建设进度及时向社会公开。\n"
    assert place(meta_of(head, 2014)) == where


def test_division_names_in_a_row_still_place_a_body():
    assert place(meta_of("上海市浦东新区人民政府2014年政府信息公开工作年度报告\n", 2014)) == ("上海市", None, "浦东新区")


UNTITLED = """本报告由{office}编制。本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止。
一、概述
2012年，{we}高度重视政府信息公开工作，全年主动公开政府信息40条。
二、依申请公开政府信息情况
本年度未收到政府信息公开申请。
"""


@pytest.mark.parametrize("office, we, agency", [
    ("福清保税区管委会办公室", "我委", "福清保税区管委会"),
    ("江阴高新区管理委员会办公室", "我委", "江阴高新区管理委员会"),
    ("江阴临港经济开发区管委会综合办公室", "管委会", "江阴临港经济开发区管委会"),
    # an office that speaks as itself writes its own report
    ("福清保税区管委会办公室", "我办", "福清保税区管委会办公室"),
])
def test_a_zone_committees_office_compiles_the_committees_report(office, we, agency):
    meta = govextract.parse_text(UNTITLED.format(office=office, we=we)).to_dict()["meta"]
    assert meta["agency"] == agency


@pytest.mark.parametrize("sentence, where", [
    ("特向社会公布国家级海洋经济示范区（舟山临港新区）2020年政府信息公开工作年度报告。", ("浙江省", "舟山市", None)),
    ("本报告由盐城临港新区管委会办公室编制，临港新区位于沿海。", ("江苏省", "盐城市", None)),
    ("欢迎登录“嘉兴临港新区”网站查阅。", ("浙江省", "嘉兴市", None)),
    # the name printed after a word that is no division's places nothing
    ("特向社会公布本区即临港新区2020年政府信息公开工作年度报告。", (None, None, None)),
])
def test_a_zone_named_without_its_host_is_placed_where_the_text_prints_the_host_before_it(sentence, where):
    assert place(meta_of(f"临港新区2020年政府信息公开年度报告\n{sentence}\n", 2020)) == where


@pytest.mark.parametrize("zone, where", [
    ("首都机场临空经济区（顺义）管理委员会", ("北京市", None, "顺义区")),
    ("西部机场临空经济区(咸阳)管委会", ("陕西省", "咸阳市", None)),
    ("中国（广西）自由贸易试验区管理委员会", ("广西壮族自治区", None, None)),
])
def test_a_hosts_short_name_in_brackets_inside_a_zones_name_places_it(zone, where):
    assert place(meta_of(f"{zone}2022年政府信息公开工作年度报告\n", 2022)) == where


SUMMARY_BODY = """根据区政务公开办的通知要求，现将{town}{y}年度政务公开工作总结如下：
一、主动公开方面
{y}年，本镇发布政府信息300多条，被区政府网站采用信息120多条。
二、依申请公开方面
{y}年，本镇未收到政府信息公开申请。
三、下一步工作
进一步完善公开目录，及时回应群众关切，{town2}将加强培训。
"""


@pytest.mark.parametrize("title", ["2020年度乡镇政务公开工作总结", "2019年乡镇政府信息公开工作年度报告",
                                   "2021年度县直部门政务公开工作总结"])
def test_a_model_summary_titled_for_a_kind_of_body_after_its_year_is_refused(title):
    text = title + "\n" + SUMMARY_BODY.format(town="XX镇", town2="XX镇", y=title[:4])
    with pytest.raises(ParseError) as err:
        govextract.parse_bytes(text.encode("utf-8"), path="page.txt")
    assert err.value.code == "E_NOT_A_REPORT"


def test_one_towns_summary_of_its_year_is_still_read():
    text = "2020年度长乐镇政务公开工作总结\n" + SUMMARY_BODY.format(town="长乐镇", town2="我镇", y=2020)
    assert govextract.parse_bytes(text.encode("utf-8"), path="page.txt").to_dict()["meta"]["agency"] == "长乐镇"


OLD_COUNTY = """引言
本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。如对本报告有任何疑问，请与{office}联系（地址：{street}，电话：5823904）。
一、概述
2009年，全{level}各部门进一步明确了工作职责，{level}政府领导多次在会议上予以强调。
二、主动公开政府信息的情况
全年主动公开政府信息120条。
"""


@pytest.mark.parametrize("office, level, agency, where", [
    ("富阳市政府信息中心", "市", "富阳市人民政府", ("浙江省", "杭州市", "富阳市")),
    ("吴江市人民政府信息公开中心", "市", "吴江市人民政府", ("江苏省", "苏州市", "吴江市")),
    ("江都市政府信息中心", "市", "江都市人民政府", ("江苏省", "扬州市", "江都市")),
])
def test_an_untitled_old_report_named_only_through_its_governments_information_centre(office, level, agency, where):
    # the county has since become a district: its old name is read as the same place, as printed
    meta = govextract.parse_text(OLD_COUNTY.format(office=office, level=level, street="中山路1号")).to_dict()["meta"]
    assert meta["agency"] == agency and place(meta) == where


def test_the_word_city_after_a_districts_stem_places_nothing():
    head = "青禾镇2009年政府信息公开工作年度报告\n全年围绕老城市更新改造公开信息。\n"
    # Luoyang's 老城区 was never 老城市: the phrase names no place
    assert place(meta_of(head, 2009)) == (None, None, None)



@pytest.mark.parametrize("agency, where", [
    # a zone is no division: the zone's own body is placed by the host its name gives, else in no county
    ("重庆万盛经济技术开发区审计局", ("重庆市", None, None)),
    ("番禺经济技术开发区管委会", ("广东省", "广州市", "番禺区")),
    # a township it runs is where the official codes put its land (长兴岛街道: 瓦房店市)
    ("大连长兴岛经济技术开发区长兴岛街道", ("辽宁省", "大连市", "瓦房店市")),
])
def test_a_zone_is_no_county_and_its_townships_are_where_the_codes_put_them(agency, where):
    assert place(meta_of(f"{agency}2022年政府信息公开工作年度报告\n", 2022)) == where


@pytest.mark.parametrize("head, county", [
    # the table still knows 奉化市 and 即墨市; a name the report never prints is given as it is now
    ("奉化经济开发区管委会2013年政府信息公开工作年度报告\n", "奉化区"),
    ("即墨经济开发区管委会2013年政府信息公开工作年度报告\n", "即墨区"),
    # …and a name it prints is kept as printed
    ("即墨市经济开发区管委会2013年政府信息公开工作年度报告\n", "即墨市"),
    ("即墨经济开发区管委会2013年政府信息公开工作年度报告\n本报告在即墨市人民政府网站公布。\n", "即墨市"),
])
def test_a_county_renamed_since_the_table_is_given_by_its_name_now_unless_printed(head, county):
    assert place(meta_of(head, 2013))[2] == county


@pytest.mark.parametrize("title", [
    "星河手机官网入口·(中国)官方网站卫生健康局2020年度政府信息公开工作报告",
    "金沙娱乐平台市场监督管理局2019年政府信息公开工作年度报告",
    "鸿运APP下载交通运输局2021年政府信息公开工作年度报告",
])
def test_a_spam_mirrors_brand_where_the_bodys_name_stood_is_no_agency(title):
    agency = meta_of(title + "\n", int(title[title.index("20"):][:4]))["agency"]
    assert agency is None or not any(w in agency for w in ("官网", "娱乐", "APP"))
