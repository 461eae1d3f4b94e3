"""Meta classes that eval23 (session 17's blind set, now tuning material) showed read wrong,
written anew on sentences of our own."""
import pytest

import govextract

LONG = "全年围绕群众关切持续完善信息发布审核机制，加强政策解读和回应，工作规范化水平进一步提高。"


def meta(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


TITLED = ("{title}2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，特向社会公布本年度报告。"
          "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n" + LONG + "\n"
          "二、主动公开政府信息情况\n全年通过门户网站公开政府信息320条。\n")


@pytest.mark.parametrize("name", ["全椒县", "本溪市", "特克斯县"])
def test_a_division_whose_name_opens_like_a_pronoun_is_the_agency(name):
    # 全, 本, 特 open 全县, 本局, 特向…: the division table knows these names as places
    assert meta(TITLED.format(title=name))["agency"] == name


def test_a_pronoun_before_a_division_word_is_still_no_agency():
    # guard: 全县 (the whole county) names no body
    assert meta(TITLED.format(title="全县"))["agency"] != "全县"


SPEAKING = ("一、总体情况\n2021年，{opening}以贯彻落实《中华人民共和国政府信息公开条例》为主线，全面提升政务公开工作水平。\n"
            "（一）主动公开政府信息情况。2021年，我局通过政府网站主动公开政府信息48条。{sentence}\n"
            "（二）依申请公开情况。本年度共收到政府信息公开申请3件，均按时答复。\n")


def speaking_agency(opening: str, sentence: str = ""):
    return meta(SPEAKING.format(opening=opening, sentence=sentence))["agency"]


def test_a_bureau_leading_the_one_speaking_is_not_it():
    # 在…市水务局的正确领导下, 我局…: the bureau leading is another; the report never names itself
    assert speaking_agency("我局在县委、县政府和市水务局的正确领导下，") is None


def test_a_bureau_worked_with_is_not_the_one_speaking():
    # 联合县林业局、县农业农村局…: bodies worked with, not the one speaking as 我局
    assert speaking_agency("我局", "联合县林业局开展执法检查，清理规范性文件16份。") is None
    assert speaking_agency("我局", "指导县林业局、县农业农村局清理规范性文件16份。") is None


def test_a_bureau_named_before_its_own_leaders_still_speaks():
    # guard: 领导 after the bureau's name that is no 领导下 (its leadership) leaves it the speaker
    assert speaking_agency("我局", "县水利局领导班子高度重视，由分管领导具体负责信息公开工作。") == "县水利局"


TOWN = ("(2017年12月15日) 根据《中华人民共和国政府信息公开条例》要求，面向社会公众公布2017年度本级政府信息公开年度报告。"
        "如对本报告有疑问，{contact}（电话：0000-7654321）。 一、概述 2017年，我乡政府信息公开工作紧紧围绕中心工作，"
        "切实保障了人民群众的知情权、参与权和监督权。我乡信息公开办公室制定了一系列制度。")


@pytest.mark.parametrize("contact", ["请与青石乡人民政府党政办公室信息公开组联系", "可与青石乡人民政府党政办公室信息公开组联系"])
def test_a_contact_sentences_words_are_no_part_of_a_townships_name(contact):
    assert meta(TOWN.format(contact=contact))["agency"] == "青石乡人民政府"


def test_a_township_named_after_with_is_still_read():
    # guard: a name right after 与 (where a name may begin) is read as before
    assert meta(TOWN.format(contact="请与本乡联系，或致函与青石乡人民政府办公室"))["agency"] == "青石乡人民政府"


def test_a_bureau_speaking_of_its_county_more_than_of_itself_is_the_bureau():
    # 我县 twice (the county's work the bureau serves), 我局 once: only a department says 我局
    assert speaking_agency("县水利局政务信息公开工作紧密结合我县水利工作重点，围绕我县防汛抗旱大局，",
                           "我局成立县水利局政务公开领导小组。") == "县水利局"


COUNTY = ("一、总体情况\n2021年，我县以贯彻落实《中华人民共和国政府信息公开条例》为主线，全面提升政务公开工作水平。\n"
          "（一）主动公开政府信息情况。2021年，我县通过宁陕县人民政府门户网站主动公开政府信息480条，我县各部门按时更新。"
          "本部门信息由各单位报送。\n（二）依申请公开情况。本年度共收到政府信息公开申请3件，均按时答复。\n")


def test_a_county_saying_ben_bumen_once_is_still_the_county():
    # guard: 本部门 is said by a government's report too; it does not outweigh 我县
    assert meta(COUNTY)["agency"] == "宁陕县人民政府"


SUMU = ("一、总体情况\n（一）政府信息公开工作机构和人员设置情况\n为保障公民依法获取政府信息，根据《中华人民共和国政府信息公开条例》，"
        "{group}专人负责信息公开工作。\n（二）主动公开政府信息情况\n截至2019年12月31日，我苏木主动公开信息60条。\n"
        "（三）依申请公开政府信息情况\n2019年，未收到政府信息公开申请。\n")


def test_a_sumu_named_only_in_its_own_leading_group_is_the_agency():
    # 我苏木 speaks as a sumu (Inner Mongolia's township); its name printed only in its group's name
    record = meta(SUMU.format(group="我苏木成立乌兰哈达苏木政府信息公开领导小组，"))
    assert record["agency"] == "乌兰哈达苏木"


def test_a_town_named_in_a_group_it_does_not_set_up_for_disclosure_stays_unnamed():
    # guard: a town's other group (its flood-control group) names no body the report speaks as
    record = meta(SUMU.format(group="我苏木配合乌兰哈达苏木防汛抗旱领导小组开展工作，"))
    assert record["agency"] is None


CHANNEL = ("一、总体情况 {name}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政府信息公开工作。 "
           "（一）完善信息公开制度。编制并发布《{name}政府信息公开指南》；制定《{site}频道的建设和管理办法》，"
           "严格执行信息发布审查机制。 （二）主动公开情况。2020年，我局在门户网站公开发布信息共126条。")


def test_a_bodys_channel_on_a_site_is_no_fuller_name_of_it():
    # X市政府网站Y局 holds the bureau's name in order after the city, but names its channel on the city's site
    text = CHANNEL.format(name="赤水市政务服务管理局", site="赤水市政府网站政务服务管理局")
    assert meta(text)["agency"] == "赤水市政务服务管理局"


def test_a_name_in_short_spelt_out_is_still_the_fuller_name():
    # guard: 文广新局 spelt out after the same city (its own site named after it) is the body's full name
    text = CHANNEL.format(name="赤水市文广新局", site="赤水市文化广电新闻出版局网站")
    assert meta(text)["agency"] == "赤水市文化广电新闻出版局"


def test_a_free_trade_zone_area_is_placed_in_the_city_it_is_named_after():
    # 中国（福建）自由贸易试验区厦门片区: the province in brackets, the area named after a city inside it
    record = meta(TITLED.format(title="中国（福建）自由贸易试验区厦门片区管理委员会"))
    assert (record["province"], record["city"], record["county"]) == ("福建省", "厦门市", None)


def test_a_free_trade_zone_named_after_its_province_alone_stays_at_province_level():
    # guard: no area named after a city: the province only
    record = meta(TITLED.format(title="中国（湖北）自由贸易试验区管理委员会"))
    assert (record["province"], record["city"], record["county"]) == ("湖北省", None, None)


SUBJECT = ("一、总体情况\n（一）组织领导。{subject}高度重视政府信息公开工作，把信息公开列入重要议事日程，各科室配合具体承办。\n"
           "（二）主动公开。按照以公开为常态的要求，着力提升政府信息公开工作质量。\n"
           "二、主动公开政府信息情况\n全年通过门户网站公开政府信息35条。\n")


def test_a_body_named_bare_as_the_subject_of_its_disclosure_work_is_the_agency():
    # never 我馆: the report speaks of itself by its kind's name, without a place (kept as printed)
    assert meta(SUBJECT.format(subject="图书馆"))["agency"] == "图书馆"


def test_two_bodies_subject_of_disclosure_work_name_neither():
    # guard: a report telling two bodies' work names neither as its own
    text = SUBJECT.format(subject="图书馆") + "（三）文化馆高度重视政务公开工作，及时更新栏目。\n"
    assert meta(text)["agency"] is None


CLAUSE = ("一、总体情况\n2021年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开。"
          "一是加强组织领导，二是将{town}年度预算全部公开，三是及时更新公开栏。\n"
          "二、主动公开政府信息情况\n全年通过县政府门户网站公开信息36条。\n")


def test_a_town_named_inside_a_clause_begins_where_the_gazetteer_knows_it():
    # …，二是将X镇人民政府…: the enumerator and the verb are the sentence's, not the town's
    assert meta(CLAUSE.format(town="万德镇人民政府"))["agency"] == "万德镇人民政府"


def test_a_town_named_whole_in_a_clause_is_read_as_before():
    # guard: nothing but the town's own name stands before it
    assert meta(CLAUSE.format(town="万德镇人民政府").replace("二是将", "二是，"))["agency"] == "万德镇人民政府"


OWN = ("根据《中华人民共和国政府信息公开条例》的规定，现公布{body}2020年政府信息公开工作情况。本文由概述、主动公开政府信息情况等六部分组成，"
       "起止时间为2020年1月1日至12月31日。\n一、概述\n2020年，我乡认真执行《条例》规定，高度重视政府信息公开工作。\n"
       "二、主动公开政府信息情况\n全年通过门户网站公开信息69条。\n")


def test_a_township_calling_itself_our_township_government_names_no_body():
    # 现公布我乡人民政府…: 我乡 is how it speaks of itself, no name; the report never prints one
    assert meta(OWN.format(body="我乡人民政府"))["agency"] is None


def test_a_township_whose_name_ends_like_a_pronoun_is_still_named():
    # guard: 中本镇 ends on 本, a township's own name (its report says 我镇)
    text = OWN.format(body="本镇").replace("我乡", "我镇") + "2020年12月，中本镇人民政府更新了公开指南。\n"
    assert meta(text)["agency"] == "中本镇人民政府"


PORTAL = ("{page}2014年政府信息公开工作年度报告/全文\n2015年04月10日 | 某某门户网 | 字号:T|T\n"
          "{heading}2014年政府信息公开工作年度报告\n(2015年3月20日)\n"
          "根据《中华人民共和国政府信息公开条例》的规定，现公布本年度报告。" + LONG + "\n一、概述\n" + LONG + "\n")


def test_a_reports_heading_under_a_portal_title_naming_its_division_alone_is_the_title():
    record = meta(PORTAL.format(page="江西省", heading="江西省人民政府办公厅"))
    assert record["title"] == "江西省人民政府办公厅2014年政府信息公开工作年度报告"
    assert record["agency"] == "江西省人民政府办公厅"


def test_a_heading_naming_a_body_outside_the_titles_division_does_not_replace_it():
    # guard: the later line names no body in the division the first title names
    assert meta(PORTAL.format(page="江西省", heading="湖南省人民政府办公厅"))["agency"] == "江西省"


ZONE = ("一、总体情况\n2022年，省青禾农高区认真贯彻落实《中华人民共和国政府信息公开条例》和山东省有关要求。如有疑问，请与省青禾农高区管委会办公室联系，"
        "地址：{address}创新路8号；邮编：000000。\n二、主动公开政府信息情况\n网站全年发布信息120条。\n")


def test_a_zone_placed_by_its_name_in_a_province_lies_in_the_city_printed_before_it():
    # 地址：X省Z市省Y农高区…: the city printed right before the zone's own name is its host
    record = meta(ZONE.format(address="山东省潍坊市省青禾农高区"))
    assert (record["province"], record["city"], record["county"]) == ("山东省", "潍坊市", None)


def test_a_zone_whose_text_prints_no_division_before_it_stays_at_province_level():
    # guard: the address names the zone alone
    record = meta(ZONE.format(address="山东省青禾农高区"))
    assert (record["province"], record["city"]) == ("山东省", None)
