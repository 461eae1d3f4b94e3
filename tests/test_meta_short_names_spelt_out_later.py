"""Meta classes session 21's blind set (eval27) read wrong, each written anew for these tests:
a body's short name kept though the text spells it out later (a bureau's abbreviation after a
site's name, a government office named with 政府 for 人民政府, a town named bare in the sentence
whose subject it is in full), a bare department whose county only its government's site of
another name gives, a metadata label cut to its last character before the title, and an
autonomous county's short form that is another county's name; a department naming itself only
in the title of its own site's disclosure rules, as printed, before a name composed from that site."""
import opencc

import govextract
from report_body import body, short_body


def meta_of(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


def place(m: dict) -> tuple:
    return m["province"], m["city"], m["county"]


# --- a short name the text spells out later -------------------------------------------------------

def test_a_titled_bureau_in_short_takes_the_full_name_printed_after_its_districts_site():
    # the district's site runs into the bureau's full name: the spelling starts inside that run
    text = ("江岸区人社局2023年政府信息公开工作年度报告\n"
            "一、总体情况\n2023年，区人社局认真贯彻条例，主动公开信息40条。\n"
            "（四）平台建设。江岸区人民政府网站下设江岸区人力资源和社会保障局栏目，及时更新内容。\n"
            + body(2023)[7:])
    assert meta_of(text)["agency"] == "江岸区人力资源和社会保障局"


def test_a_titled_bureau_in_short_takes_its_full_name_from_its_contact_line():
    text = ("涪城区卫健局2022年政府信息公开工作年度报告\n"
            "如对本报告有疑问，请与涪城区卫生健康局办公室联系。\n" + short_body(2022, "我局"))
    assert meta_of(text)["agency"] == "涪城区卫生健康局"


def test_a_bureau_printed_with_one_word_more_is_another_body():
    # guard: 文化局 beside 文化和旅游局 (one place left out) is a body renamed since
    text = ("涪城区文化局2018年政府信息公开工作年度报告\n"
            "涪城区人民政府网站下设涪城区文化和旅游局栏目。\n" + short_body(2018, "我局"))
    assert meta_of(text)["agency"] == "涪城区文化局"


def test_a_government_office_in_short_in_the_report_name_takes_its_full_name_from_the_contact_line():
    text = ("根据条例要求，现向社会公开青阳县政府办2021年政府信息公开工作年度报告。如对本报告有疑问，"
            "请与青阳县人民政府办公室联系（电话：0566-5012345）。\n" + short_body(2021, "我办"))
    assert meta_of(text)["agency"] == "青阳县人民政府办公室"


def test_a_government_office_in_short_takes_the_divisions_printed_before_its_full_name():
    text = ("现公布2020年芗城区政府办政府信息公开工作年度报告。本报告电子版可在区政府网站下载，如有疑问，"
            "请与漳州市芗城区人民政府办公室联系。\n" + short_body(2020, "我办"))
    assert meta_of(text)["agency"] == "漳州市芗城区人民政府办公室"


def test_a_titled_government_office_in_short_takes_its_full_name_too():
    text = ("武功县政府办公室2023年政府信息公开工作年度报告\n"
            "本报告由武功县人民政府办公室编制，如有疑问请来电咨询。\n" + short_body(2023, "我办"))
    assert meta_of(text)["agency"] == "武功县人民政府办公室"


def test_a_government_office_in_short_beside_two_full_names_stays_as_printed():
    # guard: an office and a general office both printed: which one is not told
    text = ("现公布武功县政府办2023年政府信息公开工作年度报告。请与武功县人民政府办公室联系，"
            "材料报送武功县人民政府办公厅。\n" + short_body(2023, "我办"))
    assert meta_of(text)["agency"] == "武功县政府办"


def test_a_government_in_short_is_not_spelt_out_from_its_site():
    # guard: a government alone takes its full name only from a sentence naming the report
    text = ("武功县政府2023年政府信息公开工作年度报告\n本报告电子版可在武功县人民政府网站下载。\n"
            + short_body(2023, "我县"))
    assert meta_of(text)["agency"] == "武功县政府"


def test_the_sentence_naming_the_report_prints_its_town_in_full_as_its_subject():
    text = ("2024年，石门乡人民政府认真贯彻落实条例，坚持依法公开，现将石门乡2024年度政府信息公开工作"
            "报告如下：\n" + short_body(2024, "我乡"))
    assert meta_of(text)["agency"] == "石门乡人民政府"


def test_the_sentence_naming_the_report_prints_its_street_office_in_full():
    text = ("2023年，东湖街道办事处严格执行条例，现公布东湖街道2023年政府信息公开工作年度报告。\n"
            + short_body(2023, "我街道"))
    assert meta_of(text)["agency"] == "东湖街道办事处"


def test_an_office_opening_the_sentence_is_not_its_towns_full_name():
    # guard: the office speaking is another body than the town whose report it names
    text = ("2024年，石门乡党政办公室认真整理材料，现将石门乡2024年度政府信息公开工作报告如下：\n"
            + short_body(2024, "我乡"))
    assert meta_of(text)["agency"] == "石门乡"


def test_a_full_name_in_an_earlier_sentence_does_not_complete_the_report_name():
    # guard: only the sentence giving the report's name prints it
    text = ("2024年，石门乡人民政府认真贯彻落实条例。现将石门乡2024年度政府信息公开工作报告如下：\n"
            + short_body(2024, "我乡"))
    assert meta_of(text)["agency"] == "石门乡"


# --- a bare department placed by its government's site of another name -------------------------

def test_a_bare_department_takes_the_county_of_its_governments_public_site():
    text = ("根据条例要求，现将统计局2021年政府信息公开年度报告如下。\n"
            "一、总体情况\n2021年度通过县政府门户网站主动公开信息42条，主动公开文件均在盐池县政府公众网发布。\n"
            + body(2021)[7:])
    assert meta_of(text)["agency"] == "盐池县统计局"


def test_a_bare_department_takes_the_county_of_its_governments_public_information_site():
    text = ("根据条例要求，现将审计局2022年政府信息公开年度报告如下。\n"
            "一、总体情况\n全年在泾源县人民政府公众信息网公开信息30条。\n" + body(2022)[7:])
    assert meta_of(text)["agency"] == "泾源县审计局"


# --- a metadata label cut to its last character ---------------------------------------------------

def test_a_label_cut_to_its_last_character_is_not_the_body():
    for label in ("称:", "称：", "题: "):
        text = (f"发布机构: 楚雄市东瓜镇 生成日期:\n{label}楚雄市东瓜镇人民政府2024年政府信息公开工作年度报告\n号:\n"
                + short_body(2024, "我镇"))
        assert meta_of(text)["agency"] == "楚雄市东瓜镇人民政府", label


# --- an autonomous county's short form that another county bears ------------------------------------

def test_an_autonomous_countys_short_form_is_the_one_its_text_prints_in_full():
    text = ("东乡县2022年政府信息公开工作年度报告\n根据条例要求，报告由东乡族自治县人民政府办公室编制。\n"
            + short_body(2022, "我县"))
    m = meta_of(text)
    assert m["agency"] == "东乡县"
    assert place(m) == ("甘肃省", "临夏回族自治州", "东乡族自治县")


def test_a_short_form_without_its_autonomous_county_in_the_text_is_the_gazetteers():
    # guard: no full form printed, the table's county of that name stands
    text = ("东乡县2016年政府信息公开工作年度报告\n根据条例要求，报告由县政府办公室编制。\n"
            + short_body(2016, "我县"))
    assert place(meta_of(text)) == ("江西省", "抚州市", "东乡县")


# --- the first sentence's subject before an opening verb of any usual kind --------------------------

def test_a_provincial_department_opening_its_first_sentence_is_the_body_though_it_says_our_province():
    for verb in ("准确把握新要求", "聚焦群众关切", "紧扣中心工作", "立足部门职能", "锚定目标任务"):
        text = ("本年度报告根据条例编制，所列数据统计期限自2022年1月1日起至12月31日止。\n一、总体情况\n"
                f"2022年，江西省退役军人事务厅{verb}，全面推进政务公开，助力我省退役军人工作发展。\n"
                + body(2022)[7:].split("\n", 1)[1])
        m = meta_of(text)
        assert (m["agency"], m["province"]) == ("江西省退役军人事务厅", "江西省"), verb


def test_a_province_alone_opening_its_first_sentence_is_its_government():
    # a division named alone before such a verb is its government
    text = ("本年度报告根据条例编制。\n一、总体情况\n2022年，江西省聚焦群众关切，全面推进政务公开。\n"
            + body(2022)[7:].split("\n", 1)[1])
    assert meta_of(text)["agency"] == "江西省人民政府"


# --- a province named only by its short name in a body's name ---------------------------------------

def test_a_department_naming_its_region_only_by_a_bodys_short_name_is_placed_in_that_region():
    for body_name, province in (("广西住房和城乡建设信息中心", "广西壮族自治区"),
                                ("宁夏农业信息中心", "宁夏回族自治区"), ("山西档案局", "山西省")):
        text = ("2017年，我厅认真贯彻条例和自治区政务公开工作要点，完善制度。\n一、基本情况\n"
                f"（一）机构和人员。我厅办公室牵头负责。{body_name}作为技术支撑单位，负责网站维护。\n"
                "二、主动公开情况\n全年主动公开政府信息120条。\n")
        m = meta_of(text)
        assert (m["province"], m["city"], m["county"]) == (province, None, None), body_name


def test_a_city_the_text_names_in_full_outranks_another_provinces_short_name():
    # guard: a body of another province named in passing does not move a report its text places
    text = ("2017年，我局认真贯彻条例，学习借鉴湖南档案信息中心的做法。\n一、基本情况\n"
            "柳州市档案局办公室牵头负责。\n二、主动公开情况\n全年主动公开政府信息120条。\n")
    assert meta_of(text)["province"] == "广西壮族自治区"


# --- a department named only in its own site's disclosure rules, as printed ---------------------------

RULES_ONLY = ("{y}年，{me}认真贯彻条例，不断完善政府信息公开制度体系。\n一、基本情况\n"
              "（一）机构和人员。{me}成立政务公开领导小组，办公室负责日常工作。\n"
              "（二）制度建设。{me}先后出台了{rules}，规范信息发布。\n"
              "二、主动公开情况\n全年主动公开政府信息86条。\n")

OWN_RULES = (("我厅", "宁夏自然资源厅", "《宁夏自然资源厅网信息公开保障细则》"),
             ("我局", "江西林业局", "《江西林业局门户网站政务公开管理办法》"),
             ("我委", "甘肃卫生健康委", "《甘肃卫生健康委网站政府信息公开审核制度》"),
             ("我厅", "湖南水利厅", "《湖南水利厅政务公开工作规则》"))


def test_a_department_named_only_in_its_own_sites_disclosure_rules_is_that_body_as_printed():
    to_traditional = opencc.OpenCC("s2t").convert
    for me, name, rules in OWN_RULES:
        text = RULES_ONLY.format(y=2018, me=me, rules=rules)
        # its site (X厅网) names its region only by a short name: no name is composed from it
        assert meta_of(text)["agency"] == name, name
        assert meta_of(to_traditional(text))["agency"] == name, name


def test_a_department_named_in_passing_before_its_own_works_improvement_is_that_body():
    text = RULES_ONLY.format(y=2019, me="我厅", rules="《关于加强政务公开工作的通知》") \
        + "三、改进措施\n进一步完善宁夏自然资源厅网站信息公开工作，提高发布质量。\n"
    assert meta_of(text)["agency"] == "宁夏自然资源厅"


def test_a_department_citing_another_kinds_rules_is_not_that_body():
    # guard: 我厅 following a bureau's rules is not the bureau
    text = RULES_ONLY.format(y=2018, me="我厅", rules="《江西林业局门户网站政务公开管理办法》")
    assert meta_of(text)["agency"] != "江西林业局"


def test_a_department_naming_two_bodies_of_its_kind_in_rules_is_neither():
    # guard: two such bodies leave the name to what else the report says
    text = RULES_ONLY.format(y=2018, me="我厅", rules="《宁夏自然资源厅网信息公开保障细则》和《湖南水利厅政务公开工作规则》")
    assert meta_of(text)["agency"] not in ("宁夏自然资源厅", "湖南水利厅")
