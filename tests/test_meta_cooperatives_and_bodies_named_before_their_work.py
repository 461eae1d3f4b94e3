"""Meta classes session 20's blind set (eval26) read wrong, each written anew for these tests:
a cooperatives' union as compiler or as the subject declaring its short name, a compiler whose
lead-in lists its sources, a township government's office of any name (and a second name in
brackets) compiling the report, a place or body named only before its disclosure work or in its
rules' title, a department's own site named by the department, bodies named together as one
report's, a zone named after its host city and published on a county's portal, and a county-level
city made a district whose old name ends like the word city."""
import govextract
from report_body import body, short_body


def meta_of(head: str, year: int = 2022, self: str = "我社") -> dict:
    return govextract.parse_text(head + short_body(year, self)).to_dict()["meta"]


def plain_meta(head: str, year: int = 2022) -> dict:
    """`head` above a body that names no one (it speaks as 本机关)."""
    return govextract.parse_text(head + body(year)).to_dict()["meta"]


def place(m: dict) -> tuple:
    return m["province"], m["city"], m["county"]


# --- a cooperatives' union is a body ---------------------------------------------------------

def test_a_cooperatives_union_that_compiled_the_report_is_the_body():
    head = ("本报告由江州市供销合作社联合社按照《条例》和上级有关通知的要求编制。本报告所列数据的统计期限"
            "自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与江州市供销合作社联合社办公室联系。\n")
    # the text's 全市 is the city the union serves, not its government speaking
    assert meta_of(head, 2022, "我单位在全市")["agency"] == "江州市供销合作社联合社"


def test_a_union_declaring_its_short_name_in_its_first_sentence_is_the_body():
    text = ("一、总体情况\n2023年，江州市供销合作联社（以下简称“市供销社”）坚持依法公开，认真做好各项工作。\n"
            + body(2023)[6:])
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] == "江州市供销合作联社"


# --- the compiler's full name ------------------------------------------------------------------

def test_a_compiler_whose_lead_in_lists_its_sources_completes_the_title():
    head = ("柳溪市青石乡2024年政府信息公开工作年度报告\n"
            "本报告依据《条例》要求，由柳溪市青石乡人民政府结合柳溪市人民政府网站、柳溪市政务公开平台等"
            "有关统计数据编制。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n")
    assert meta_of(head, 2024, "我乡")["agency"] == "柳溪市青石乡人民政府"


def test_a_town_governments_office_of_any_name_with_a_second_name_stands_for_the_government():
    head = ("根据《条例》和上级有关要求，由青禾县石桥镇人民政府便民协调室（党政综合办公室）负责编制本报告。"
            "本报告所列数据统计期限为2024年1月1日至12月31日。\n一、总体情况\n")
    text = head + "2024年，石桥镇严格落实条例，全年主动公开政府信息30条。\n" + body(2024)[7:]
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] == "青禾县石桥镇人民政府"


def test_a_street_offices_own_office_stands_for_it():
    head = "本年报由青禾县东门街道办事处综合事务办编制。所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
    assert meta_of(head, 2024, "我街道")["agency"] == "青禾县东门街道办事处"


# --- named only before its disclosure work, or in its rules' title -------------------------------

def test_a_town_named_only_before_its_disclosure_work_is_the_body_and_placed_by_the_gazetteer():
    text = ("一、总体情况\n根据《条例》要求，结合本镇实际编制本报告，内容涵盖总体情况等部分，2025年，堵格镇政府信息"
            "公开工作以便民为导向，推动各项工作落实。\n" + body(2025)[7:])
    m = govextract.parse_text(text).to_dict()["meta"]
    assert m["agency"] == "堵格镇"
    assert place(m) == ("四川省", "凉山彝族自治州", "会东县")


def test_a_town_speaking_as_one_named_once_in_passing_is_that_town():
    text = ("一、总体情况\n我镇认真贯彻条例，主动公开政府信息40条。\n"
            "（三）政府信息管理\n进一步健全完善洋江镇信息公开工作机制，加强督查指导。\n" + body(2022)[7:])
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] == "洋江镇"


def test_two_towns_named_before_disclosure_work_name_neither():
    # guard: a report comparing two towns' work names no body by them
    text = ("一、总体情况\n学习借鉴洋江镇信息公开工作经验，参照堵格镇政务公开做法，完善制度。\n" + body(2022)[7:])
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] is None


def test_a_county_named_only_in_its_rules_title_is_the_body():
    text = ("一、总体情况\n（一）主动公开。2024年度主动公开各类信息80余条。\n"
            "（三）政府信息管理。严格执行《柳河县政府信息公开审查制度》，确保信息准确。\n" + body(2024)[7:])
    m = govextract.parse_text(text).to_dict()["meta"]
    assert (m["agency"], m["county"]) == ("柳河县", "柳河县")


def test_a_town_speaking_as_one_takes_no_county_from_the_rules_it_follows():
    # guard: 我镇 follows its county's rules; the county is not the town
    text = ("一、总体情况\n我镇认真贯彻条例，严格执行《柳河县政府信息公开审查制度》。\n" + body(2022)[7:])
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] is None


def test_a_department_named_only_before_its_disclosure_rules_is_the_body():
    text = ("一、基本工作情况\n为贯彻落实条例，我委成立了领导小组，部署了我委政府信息公开工作。"
            "湘西州侨委信息公开工作制度如下：\n" + body(2012)[7:])
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] == "湘西州侨委"


# --- a department's own site named by the department ----------------------------------------------

def test_a_departments_own_site_named_by_it_names_the_body_as_printed():
    head = ("根据条例，我局编制了《2013年度政府信息公开工作年度报告》。本报告可在我局门户网站“江州农业农村局网站”下载。\n"
            "一、概述\n2013年，我局依托市政府网站和市农业局门户网站，加大公开力度。\n")
    assert plain_meta(head, 2013)["agency"] == "江州农业农村局"


def test_a_departments_site_named_by_a_brand_names_no_body():
    # guard: 江州农业网 is no bureau's name; the bureau it names in short is completed as before
    head = ("根据条例，我局编制了本年度报告。本报告可在我局门户网站“江州农业网”下载。\n"
            "一、概述\n2013年，我局依托市政府网站和市农业局门户网站，加大公开力度。\n")
    assert plain_meta(head, 2013)["agency"] != "江州农业网"


# --- bodies named together as one report's -------------------------------------------------------

def test_a_body_and_the_area_run_with_it_are_the_first_body():
    head = ("城东办事处、城东园区2024年政府信息公开工作年度报告\n"
            "根据条例规定，现公布如皋市城东办事处（城东园区）2024年政府信息公开工作年度报告。\n")
    assert meta_of(head, 2024, "城东办事处")["agency"] == "如皋市城东办事处"


def test_a_party_committee_and_its_government_named_together_are_not_split():
    # guard: 党工委、办事处 is the street's party and government, named as one
    text = ("一、总体情况\n2025年，青禾街道党工委、办事处按照区委部署，认真贯彻落实条例。\n"
            "（一）主动公开情况\n及时在江州市东湖区人民政府青禾街道办事处信息公开网站公开文件。\n" + body(2025)[7:])
    assert govextract.parse_text(text).to_dict()["meta"]["agency"] != "青禾街道党工委"


# --- a zone named after its host city ------------------------------------------------------------

ZONE = ("2025年政府信息公开工作年度报告\n"
        "根据条例规定，现公布盐城外向型渔业综合开发区（新港街道）2025年政府信息公开工作年度报告。\n"
        "一、总体情况\n2025年，渔业区坚持依法公开。全年主动公开政府信息120条，其中，在{site}门户网站政府信息"
        "公开栏目发布信息31条。\n")


def test_a_zone_named_after_its_host_city_is_not_completed_and_lies_in_the_county_whose_portal_it_uses():
    m = meta_of(ZONE.format(site="射阳县人民政府"), 2025, "渔业区")
    assert m["agency"] == "盐城外向型渔业综合开发区"
    assert place(m) == ("江苏省", "盐城市", "射阳县")


def test_a_zone_on_its_host_citys_own_portal_has_no_county():
    # guard: published on the city's own portal, the zone is the city's
    m = meta_of(ZONE.format(site="盐城市人民政府"), 2025, "渔业区")
    assert m["agency"] == "盐城外向型渔业综合开发区"
    assert place(m) == ("江苏省", "盐城市", None)


# --- a county-level city made a district, its old name ending like the word city -----------------

def test_a_county_level_city_since_made_a_district_is_its_county_as_printed():
    head = "2013年增城市人民政府荔湖街道办事处政府信息公开工作年度报告\n"
    m = meta_of(head, 2013, "本街道")
    assert place(m) == ("广东省", "广州市", "增城市")


def test_a_park_speaking_as_one_is_the_park_its_own_guide_names_placed_by_its_hosts_short_name():
    text = ("一、总体情况\n本年度报告根据条例的要求编制。\n（一）主动公开情况\n2024年，我园区积极做好政务公开工作，"
            "公开各类信息50余条。\n（三）政府信息资源管理\n按照市委、市政府的部署，制定《海门未来智造科技园信息公开指南》，"
            "明确日常工作由办公室统筹。\n" + body(2024)[7:])
    m = govextract.parse_text(text).to_dict()["meta"]
    assert m["agency"] == "海门未来智造科技园"
    assert place(m) == ("江苏省", "南通市", "海门区")


# --- a report printing no year, dated by the sessions it studies ----------------------------------

UNDATED = ("一、总体情况\n青禾区坚持以新思想为指导，深入学习贯彻{session}精神，认真落实条例，全面落实主动公开要求。\n"
           "（一）主动公开方面\n青禾区以条例为依据，通过政府网站、政务新媒体等渠道公开政府信息1.2万余条。\n"
           "（二）依申请公开方面\n依法依规做好依申请公开。\n")


def test_a_report_printing_no_year_follows_the_template_of_the_latest_plenum_it_studies():
    m = govextract.parse_text(UNDATED.format(session="党的十九届六中全会")).to_dict()["meta"]
    assert (m["year"], m["template"]) == (None, "2021")


def test_a_report_printing_no_year_studying_an_older_session_stays_free_form():
    # guard: a session of 2013 leaves an undated report among the free-form ones
    m = govextract.parse_text(UNDATED.format(session="党的十八届三中全会")).to_dict()["meta"]
    assert (m["year"], m["template"]) == (None, "legacy")
