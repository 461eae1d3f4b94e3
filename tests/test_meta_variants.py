"""Meta by class of wording: for each way a report names (or hides) its body, year and
format, several made-up wordings that bodies of other provinces, levels and years
might print. Every sentence and name here is invented; the shapes are those of real
pages (a title spoiled by injected text, a name printed twice, a government and its
office reporting together, a government named in short, a 2021 report keeping last
year's preamble)."""
import pytest

import govextract
from govextract.stages import meta, places, sections
from govextract.model import Paragraph, Source

from report_body import body


def read_meta(text: str) -> dict:
    return govextract.parse_text(text).to_dict()["meta"]


def layout_of(*paragraphs: str, title=None):
    paras = [Paragraph(t, Source(line=i + 1)) for i, t in enumerate(paragraphs)]
    return sections.Layout(title=title, preamble=paras, paragraphs=paras)


# --- a town's own general office in short compiled the report -----------------------------

@pytest.mark.parametrize("opening,agency", [
    ("本年报是根据市政府信息公开规定要求，由石塘镇党政办编制的2016年度政府信息公开工作年度报告。", "石塘镇"),
    ("本报告由双河乡党政综合办公室编制，全文包括概述、主动公开情况等。", "双河乡"),
    ("本报告由巴彦苏木党政办编制。", "巴彦苏木"),
    ("本报告由凤凰镇人民政府党政办编制。", "凤凰镇人民政府"),
    ("本报告由城南街道党工委办公室编制。", "城南街道"),
])
def test_a_town_whose_general_office_compiled_the_report_is_the_body(opening, agency):
    assert meta.agency_and_year(layout_of(opening, "一、概述"))[0] == agency


def test_a_title_spoiled_by_injected_words_leaves_the_compiler_sentence_to_name_the_town():
    # A mirror replaced 信息公开 in every sentence with an advertisement: no title, no naming
    # sentence survives, and the town's office compiled the report.
    ad = "某某娱乐平台*在线:"
    text = (f"石塘镇2014年政府 {ad}工作年度报告\n{ad}石塘镇人民政府\n2015年1月\n"
            f"本年报由石塘镇党政办编制，是2014年度政府 {ad}工作年度报告。\n"
            f"一、概述\n2014年，本镇政府 {ad}工作运行正常，全年主动公开政府信息38条。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息38条，其中通过网站公开30条。\n")
    assert read_meta(text)["agency"] == "石塘镇"


# --- a government named in short by the office that compiled its report ---------------------

@pytest.mark.parametrize("opening,agency", [
    ("本年度报告是根据条例要求，由南阳市政府办公室编制。", "南阳市人民政府"),
    ("本报告由宁乡县政府办公室编制，所列数据统计期限为2011年1月1日至12月31日。", "宁乡县人民政府"),
    ("本报告由江苏省政府办公厅编制。", "江苏省人民政府"),
    ("本报告由桃江县政府办编制，统计期限自2020年1月1日至12月31日。", "桃江县人民政府"),
    ("本报告由石门乡政府办编制。", "石门乡政府"),
    # A name that is no division's keeps its words (a town's government in short).
    ("按照条例要求，石桥镇政府编制2020年政府信息公开年度报告。", "石桥镇政府"),
])
def test_a_government_named_in_short_is_its_peoples_government(opening, agency):
    assert meta.agency_and_year(layout_of(opening, "一、概述"))[0] == agency


def test_a_title_printing_the_short_form_keeps_it():
    assert meta.read_title("南阳市政府2012年政府信息公开工作年度报告") == ("南阳市政府", 2012)


# --- a body's name printed twice in a row ----------------------------------------------------

@pytest.mark.parametrize("title,agency", [
    ("白水镇澄城县白水镇2021年政府信息公开工作年度报告", "澄城县白水镇"),
    ("新华街道沈河区新华街道办事处2022年度政府信息公开工作年度报告", "沈河区新华街道办事处"),
    ("城关镇人民政府城关镇人民政府2019年政府信息公开工作年度报告", "城关镇人民政府"),
    # Names that merely share their first characters are left alone.
    ("江南区江南街道2020年政府信息公开工作年度报告", "江南区江南街道"),
    ("南京市南京经济技术开发区管理委员会2023年政府信息公开工作年度报告", "南京市南京经济技术开发区管理委员会"),
])
def test_a_name_printed_twice_is_read_once(title, agency):
    assert meta.read_title(title)[0] == agency


def test_a_breadcrumb_ending_in_the_town_runs_into_the_title():
    # The breadcrumb's line and the title's line read as one wrapped line.
    text = ("您当前位置：首页>>政务公开>>年度报告>>乡镇>>柳河乡澄城县柳河乡2021年政府信息公开工作年度报告\n"
            "发布时间：2022-01-14\n澄城县柳河乡\n2021政府信息公开工作年度报告\n" + body(2021))
    got = read_meta(text)
    assert (got["agency"], got["year"], got["county"]) == ("澄城县柳河乡", 2021, "澄城县")


# --- a government and its office reporting together (X人民政府机关) ------------------------

@pytest.mark.parametrize("lines,agency", [
    (("巫溪县人民政府机关", "2021年政府信息公开工作年度报告"), "巫溪县人民政府机关"),
    (("彭水县人民政府机关", "2022年度政府信息公开工作年度报告"), "彭水县人民政府机关"),
    (("2020年江津区人民政府机关政府信息公开工作年度报告",), "江津区人民政府机关"),
])
def test_a_government_and_its_office_reporting_together(lines, agency):
    year = int(lines[-1][:4])
    text = "\n".join(lines) + "\n本报告对以县政府及其办公室名义开展政府信息公开工作的情况进行报告。\n" + body(year)
    got = read_meta(text)
    assert (got["agency"], got["year"]) == (agency, year)


# --- the format of a report whose tables are missing -----------------------------------------

@pytest.mark.parametrize("preamble,year,template", [
    # Last year's preamble kept: the 2019 notice cited in a 2021 or 2023 report.
    ("本报告根据条例和国办公开办函〔2019〕60号要求编制。", 2021, "2021"),
    ("依据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》"
     "（国办公开办函〔2019〕60号）编制本报告。", 2023, "2021"),
    ("本报告根据国办公开办函〔2019〕60号要求编制。", 2020, "2019"),
    # No citation: the year decides (a 2019 report written the older way is still a 2019 one).
    ("本报告根据条例编制。", 2019, "2019"),
    ("本报告根据条例编制。", 2016, "legacy"),
])
def test_a_report_without_tables_follows_its_years_format(preamble, year, template):
    text = (f"海棠区财政局{year}年政府信息公开工作年度报告\n{preamble}本报告所列数据统计期限自{year}年1月1日起至"
            f"{year}年12月31日止。\n一、总体情况\n{year}年，我局坚持公开为常态，全年主动公开政府信息40条。\n"
            "二、主动公开政府信息情况\n统计表以图片形式附后。\n")
    assert read_meta(text)["template"] == template


# --- a short self-name, and the full name printed where requests are accepted --------------

@pytest.mark.parametrize("named,short,full", [
    ("受理机构为沈阳市和平区太原街道办事处。", "太原街道", "沈阳市和平区太原街道办事处"),
    ("政府信息公开申请受理机构：宁波市鄞州区东柳街道办事处；办公地址：东柳路8号。", "东柳街道", "宁波市鄞州区东柳街道办事处"),
    ("依申请公开的受理单位是绵竹市汉旺镇人民政府，联系电话：0838-6201234。", "汉旺镇", "绵竹市汉旺镇人民政府"),
])
def test_a_short_self_name_takes_the_full_name_of_the_accepting_body(named, short, full):
    text = (f"本年度报告根据条例编制，所列数据统计期限自2023年1月1日起至12月31日止。{named}\n"
            f"一、总体情况\n2023年，{short}坚持以公开为常态、不公开为例外，全年主动公开政府信息52条。\n"
            f"二、主动公开政府信息情况\n2023年，{short}通过政府网站发布信息52条。\n")
    assert read_meta(text)["agency"] == full


@pytest.mark.parametrize("line,printed,longer", [
    ("2012年榕城区卫生局政府信息公开年报", "榕城区卫生局", "揭阳市榕城区卫生局"),
    ("2010年东港区统计局政府信息公开工作年度报告", "东港区统计局", "日照市东港区统计局"),
])
def test_a_reports_name_at_its_start_is_kept_as_printed(line, printed, longer):
    # The whole page on one line: no title is told apart, but the report's name opens it.
    text = (f"{line} 一、引言 本年报由{longer}编制，如对本报告有任何疑问，请联系：{longer}办公室，电话：6971234。"
            " 一、概述 本机关高度重视政府信息公开工作。 二、主动公开政府信息情况 全年主动公开政府信息54条。")
    assert read_meta(text)["agency"] == printed


# --- a street office named without 道 (白云街), speaking as 我街 ------------------------------

@pytest.mark.parametrize("name,said", [("东风街", "我街"), ("北京街", "本街"), ("人民街", "全街")])
def test_a_street_office_named_without_dao_is_its_own_body(name, said):
    text = (f"一、总体情况\n2022年，{name}以公开为常态、不公开为例外，按照区政府部署推进政务公开工作。\n"
            f"（一）主动公开方面\n2022年{name}通过区政府门户网站公开政府信息61条。\n"
            f"（二）依申请公开方面\n2022年，{said}共受理政府信息公开申请1件，在法定期限内予以答复。\n")
    assert read_meta(text)["agency"] == name


def test_a_street_named_in_a_report_speaking_as_no_street_names_no_body():
    text = ("一、总体情况\n2022年，中山街改造工程信息按月公开，群众反映良好。\n"
            "2022年，中山街沿线商户意见均已答复。全年主动公开政府信息61条。\n"
            "二、主动公开政府信息情况\n通过政府网站公开政府信息61条。\n")
    assert read_meta(text)["agency"] is None


# --- a township whose county is printed only by a name two counties share --------------------

@pytest.mark.parametrize("town,county,where", [
    ("南湖街道办事处", "和平区", ("辽宁省", "沈阳市", "和平区")),     # 和平区: Tianjin's or Shenyang's
    ("前进街道办事处", "朝阳区", ("吉林省", "长春市", "朝阳区")),     # 朝阳区: Beijing's or Changchun's
    ("太平街道办事处", "河东区", ("山东省", "临沂市", "河东区")),     # 河东区: Tianjin's or Linyi's
])
def test_the_township_decides_which_county_of_a_shared_name(town, county, where):
    text = (f"{town}2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本街道通过{county}政府门户网站公开政府信息"
            "45条，未收到政府信息公开申请。\n二、主动公开政府信息情况\n全年主动公开政府信息45条。\n")
    got = read_meta(text)
    assert (got["province"], got["city"], got["county"]) == where


def test_a_township_in_neither_county_of_a_shared_name_stays_unplaced():
    # Seven townships are called 兴华街道, none in either 和平区: the shared name places none.
    text = ("兴华街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本街道通过和平区政府门户网站公开"
            "政府信息45条。\n二、主动公开政府信息情况\n全年主动公开政府信息45条。\n")
    assert read_meta(text)["county"] is None


# --- a department with no title that speaks as 我局 / 我委 / 本部门 ------------------------------

def department_report(opening: str, said: str, where: str) -> str:
    return (f"{opening}\n一、总体概述\n2019年，{said}高度重视政府信息公开工作，明确专人负责。\n"
            f"二、主动公开情况\n2019年，{said}主动公开政府信息86条。{where}\n")


@pytest.mark.parametrize("opening,said,where,agency,county", [
    # The department after its level alone, its county only in the contact address.
    ("根据条例，我局编写了2019年政府信息公开工作年度报告。联系地址：宁都县梅江镇文化路9号。",
     "我局", "成立县林业局政务公开工作领导小组，局长任组长。", "宁都县林业局", "宁都县"),
    # In full, as the owner of the site it publishes on.
    ("本报告根据条例编制。", "我委", "我委在德阳市发展和改革委员会网站发布信息86条。", "德阳市发展和改革委员会", None),
    # 本部门, its district named once elsewhere.
    ("本报告根据条例编制，在金牛区人民政府网站公布。", "本部门", "信息通过区民政局网站发布。", "金牛区民政局", "金牛区"),
])
def test_a_department_speaking_as_itself_is_the_one_it_names(opening, said, where, agency, county):
    got = read_meta(department_report(opening, said, where))
    assert (got["agency"], got["county"]) == (agency, county)


@pytest.mark.parametrize("where", [
    # Only the body that issued a notice the report follows is named.
    "根据市财政局《关于做好信息公开工作的通知》要求开展工作。",
    "按照县政府办公室关于年度报告的通知要求编制。",
    # Two departments named as often: neither is taken.
    "县水利局和县财政局联合开展督查，县水利局、县财政局各派一人。",
])
def test_a_department_naming_no_one_department_most_gets_none(where):
    text = department_report("本报告根据条例编制。联系地址：宁都县梅江镇文化路9号。", "我局", where)
    assert read_meta(text)["agency"] is None


# --- title wordings --------------------------------------------------------------------------

@pytest.mark.parametrize("title,agency,year", [
    # The zero of a year in Chinese numerals typed as a digit or a letter.
    ("桃花江镇二0二一年度政府信息公开工作年度报告", "桃花江镇", 2021),
    ("灌阳县二O一九年政府信息公开工作年度报告", "灌阳县", 2019),
    ("新圩乡二〇二二年政府信息公开工作年度报告", "新圩乡", 2022),
    # A title opening with 关于 and no verb after it.
    ("关于桃江县2021年政府信息公开工作年度报告", "桃江县", 2021),
    ("关于灌阳县林业局二0二三年度政府信息公开工作年度报告", "灌阳县林业局", 2023),
])
def test_title_wordings(title, agency, year):
    assert meta.read_title(title) == (agency, year)


# --- sentences naming the body in other words ------------------------------------------------

@pytest.mark.parametrize("opening,agency", [
    ("按照要求，现就灰山港镇2021年政府信息公开工作情况报告如下：", "灰山港镇"),
    ("根据上级通知，现就沅江市民政局2022年度政务公开工作情况报告如下。", "沅江市民政局"),
    ("本报告是桃江县民政局根据条例要求编制的2021年度报告。", "桃江县民政局"),
    ("本报告系安化县统计局按照条例规定编制。", "安化县统计局"),
    ("桃江县民政局根据条例编制2021年度政府信息公开工作年度报告。", "桃江县民政局"),
    ("沅江市审计局依据条例规定发布2020年度政府信息公开工作年度报告。", "沅江市审计局"),
    # A town's or county's party committee and government named together.
    ("2021年，灰山港镇党委政府高度重视政务公开工作，我镇主动公开信息96条。", "灰山港镇"),
    ("2021年，新河街道党工委、办事处高度重视政务公开工作。", "新河街道"),
    ("2022年，安化县党委和政府认真落实条例。", "安化县人民政府"),
])
def test_sentences_naming_the_body(opening, agency):
    assert meta.agency_and_year(layout_of(opening, "一、总体情况"))[0] == agency


@pytest.mark.parametrize("zone,city", [
    # The city and a county inside it share the short name: the zone is placed in the city.
    ("长沙经济技术开发区管理委员会", "长沙市"),
    ("南昌高新技术产业开发区管委会", "南昌市"),
])
def test_a_zone_named_after_a_city_holding_a_county_of_that_name(zone, city):
    got = meta.region(zone, "")
    assert (got["city"], got["county"]) == (city, None)


# --- a title over lines: cut inside the body's name, or body / year / report name ---------------

@pytest.mark.parametrize("lines,agency,year", [
    (("沅陵县官庄镇人民", "政府2019年政府信息公开工作年度报告"), "沅陵县官庄镇人民政府", 2019),
    (("芙蓉区定王台街道", "办事处2022年度政府信息公开工作年度报告"), "芙蓉区定王台街道办事处", 2022),
    (("沅陵县林业局", "2019年度", "政府信息公开工作年度报告"), "沅陵县林业局", 2019),
    (("麻阳县交通运输局", "（2021年）", "政府信息公开工作年度报告"), "麻阳县交通运输局", 2021),
])
def test_a_title_over_lines(lines, agency, year):
    got = read_meta("\n".join(lines) + "\n" + body(year))
    assert (got["agency"], got["year"]) == (agency, year)


# --- the year of a report whose title gives none ----------------------------------------------

@pytest.mark.parametrize("before,said,year", [
    # Plans for the next year are named more often than the year reported on.
    ("发布日期：2022-01-20\n", "2021年，我局坚持公开。2022年，我局将进一步加强公开工作。2022年，将完善制度。", 2021),
    ("", "2019年，本局主动公开信息。2020年，我局计划完善目录。2020年拟开展培训。", 2019),
    # A period written with dots.
    ("", "本报告统计期间为2021.1.1—2021.12.31。", 2021),
    ("", "本报告所列数据统计期限为2023.01.01至2023.12.31。", 2023),
    # The year in Chinese numerals.
    ("", "二〇二一年，我局坚持公开为常态。", 2021),
    # No year but the page's date: the year before it.
    ("2022年1月18日\n", "去年以来，我局坚持公开，全年公开信息96条。", 2021),
    ("发布时间：2020-02-03\n", "今年以来，本局主动公开信息。", 2019),
])
def test_the_year_of_a_report_whose_title_gives_none(before, said, year):
    text = (before + "桃江县林业局政府信息公开工作年度报告\n一、总体情况\n" + said +
            "\n二、主动公开政府信息情况\n通过政府网站发布信息80条。\n")
    assert read_meta(text)["year"] == year


# --- a town speaking as 本镇 that names itself only bare ----------------------------------------

@pytest.mark.parametrize("named,town", [
    ("制定了《青石镇办理政府信息公开申请实施细则》，规范受理、办理工作。", "青石镇"),
    ("。龙溪乡党政办负责信息发布审核。", "龙溪乡"),
])
def test_a_town_naming_itself_only_bare(named, town):
    said = "我镇" if town.endswith("镇") else "我乡"
    text = (f"一、概述\n{said}政府信息公开主管部门为党政办公室，共有工作人员2名。{named}\n"
            f"二、主动公开政府信息情况\n{said}全年主动公开政府信息52条。\n")
    assert read_meta(text)["agency"] == town


def test_a_town_naming_two_towns_bare_names_neither():
    text = ("一、概述\n本镇政府信息公开主管部门为党政办公室。《青石镇公开目录》和《白沙镇公开目录》同时修订。\n"
            "二、主动公开政府信息情况\n本镇全年主动公开政府信息52条。\n")
    assert read_meta(text)["agency"] is None


# --- a breadcrumb whose steps are divided by slashes is navigation, never the title -------

@pytest.mark.parametrize("trail", [
    "当前位置：首页 / 信息公开 / 信息公开年报 / 2022年 / 正文",
    "您所在的位置：首页/政务公开/政府信息公开年报/2023年/稿件页",
    "当前位置: 首页 ／ 政府信息公开 ／ 年度报告 ／ 2020年",
])
def test_a_slash_breadcrumb_naming_the_report_column_is_not_the_title(trail):
    # The column name (信息公开年报) and a year make the trail look like a title; the
    # report's own two-line title below names the town.
    text = f"{trail}\n来源：某区政府 发布时间：2023-01-20\n云溪区白沙街道\n2022年政府信息公开工作年度报告\n{body(2022)}"
    m = read_meta(text)
    assert m["agency"] == "云溪区白沙街道"
    assert m["year"] == 2022


def test_a_title_with_a_slash_inside_is_still_the_title():
    # A slash in a title line that is no trail (no 当前位置/首页) divides nothing.
    text = f"平江县农业农村局2021年政府信息公开工作年度报告/文字版\n{body(2021)}"
    assert read_meta(text)["agency"] == "平江县农业农村局"


# --- a mirror's host name glued into the body's name is no part of it ----------------------

@pytest.mark.parametrize("host", ["abcxyz.com", "www.qwe-88.cn", "m.site123.net"])
def test_a_host_name_a_mirror_put_in_place_of_the_county_is_dropped_from_the_agency(host):
    # A spam mirror replaces the county's name with its own host in the title and sentences.
    text = (f"{host}西岭街道2013年政府信息公开工作年度报告\n"
            f"现公布{host}西岭街道2013年政府信息公开工作年度报告。本年报中所列数据的统计期限自2013年1月1日起至2013年12月31日止。\n"
            + body(2013))
    assert read_meta(text)["agency"] == "西岭街道"


def test_a_name_with_latin_letters_that_is_no_host_is_kept():
    text = f"某某市5G产业园区管委会2022年政府信息公开工作年度报告\n{body(2022)}"
    assert read_meta(text)["agency"] == "某某市5G产业园区管委会"


# --- an untitled report's body in the fullest form it prints: its contact office's kind word too ---

@pytest.mark.parametrize("self_name,contact", [
    ("西坪街道", "西坪街道办事处"),
    ("青禾镇", "青禾镇人民政府"),
    ("东城乡", "东城乡政府"),
])
def test_an_untitled_reports_body_takes_its_contact_offices_fuller_wording(self_name, contact):
    text = (f"根据条例要求，结合2024年{self_name}政府信息公开工作实际，编制发布本报告。"
            f"本报告所列数据的统计期限从2024年1月1日到12月31日止。如对本报告有疑问，请与{contact}联系。\n"
            f"一、总体情况\n2024年{self_name}深入贯彻落实条例，全年主动公开政府信息37条。\n" + body(2024)[6:])
    assert read_meta(text)["agency"] == contact


def test_a_contact_office_that_places_the_body_still_gives_its_full_name():
    text = ("根据条例要求，结合2024年西坪街道政府信息公开工作实际，编制发布本报告。"
            "如对本报告有疑问，请与鄞州区西坪街道办事处联系。\n"
            "一、总体情况\n2024年西坪街道深入贯彻落实条例，全年主动公开政府信息37条。\n" + body(2024)[6:])
    assert read_meta(text)["agency"] == "鄞州区西坪街道办事处"


# --- a body named in full only as the site its report is published on ------------------------

OWN_LEVEL = ("根据条例，特向社会公布2018年度本级（机关）信息公开年度报告。本报告中所列数据的统计期限自2018年1月1日起至"
             "2018年12月31日止。本报告电子版可在“{site}”门户网站下载。如对本报告有任何疑问，请与{contact}联系。\n"
             "一、概述\n2018年度{short}政府信息公开工作取得了新的进展。\n二、主动公开政府信息情况\n2018年{short}新增主动公开政府信息75条。\n")


@pytest.mark.parametrize("site,short,contact,region", [
    ("青州市人民政府法制办公室", "市法制办", "市政府法制办信息公开领导小组办公室", ("山东省", "潍坊市", "青州市")),
    ("鞍山市住房保障中心", "住房保障中心", "中心办公室", ("辽宁省", "鞍山市", None)),
])
def test_a_report_naming_itself_only_by_its_site_is_that_sites_body(site, short, contact, region):
    m = read_meta(OWN_LEVEL.format(site=site, short=short, contact=contact))
    assert m["agency"] == site
    assert (m["province"], m["city"], m["county"]) == region


def test_a_government_site_hosting_a_towns_report_is_not_its_agency():
    text = OWN_LEVEL.format(site="青州市人民政府", short="我镇", contact="镇党政办")
    assert read_meta(text)["agency"] != "青州市人民政府"


def test_a_site_the_report_never_names_again_is_not_its_agency():
    text = OWN_LEVEL.format(site="鞍山市住房保障中心", short="本单位", contact="办公室")
    assert read_meta(text)["agency"] != "鞍山市住房保障中心"


# --- a page's filing block copies the title with a shorter name than the heading prints -------

@pytest.mark.parametrize("short,full", [
    ("鄞州区人民政府东柳街道办事处", "宁波市鄞州区人民政府东柳街道办事处"),
    ("青禾县交通运输局", "某某市青禾县交通运输局"),
])
def test_the_heading_printing_the_bodys_full_name_beats_the_filing_blocks_copy(short, full):
    text = (f"| 标题: | {short}2024年度政府信息公开工作年度报告 | |\n| 索引号: | 000/2025-01 | 发布机构: | {short} |\n"
            f"{full}2024年政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n" + body(2024))
    assert read_meta(text)["agency"] == full


def test_a_second_title_of_another_year_does_not_replace_the_first():
    text = ("| 标题: | 鄞州区人民政府东柳街道办事处2024年度政府信息公开工作年度报告 | |\n"
            "宁波市鄞州区人民政府东柳街道办事处2023年政府信息公开工作年度报告\n" + body(2024))
    assert read_meta(text)["agency"] == "鄞州区人民政府东柳街道办事处"


def test_a_file_path_ending_with_the_title_is_no_fuller_copy_of_it():
    text = ("标题: 青禾综合实验区2023年度政府信息公开工作年度报告\n发布机构: 青禾综合实验区管委会办公室\n"
            "本地目录: zwgk/zfxxgknb/202403/87885_青禾综合实验区2023年度政府信息公开工作年度报告\n" + body(2023))
    assert read_meta(text)["agency"] == "青禾综合实验区"


# --- an older report compiled from the regulation and its body's own disclosure work -----------

@pytest.mark.parametrize("opening,agency", [
    ("本年报根据《某区政府信息公开规定》及西岭街道办事处信息公开相关情况编制。", "西岭街道办事处"),
    ("本报告依据《条例》和青禾县林业局政府信息公开工作情况编制。", "青禾县林业局"),
])
def test_a_body_named_as_the_source_of_the_compiled_report_is_the_agency(opening, agency):
    text = (f"{opening}本年报中所列数据的统计期限自2011年1月1日起至2011年12月31日止。\n"
            "一、概述\n2011年，西岭街道按照区政府信息公开工作有关部署，不断加强政务公开建设。\n" + body(2011)[6:])
    assert read_meta(text)["agency"] == agency


def test_a_report_compiled_from_its_own_work_in_words_names_no_body_so():
    text = ("本年报根据《条例》及本单位信息公开相关情况编制。\n"
            "一、概述\n2011年，西岭街道按照区政府信息公开工作有关部署，不断加强政务公开建设。\n" + body(2011)[6:])
    assert read_meta(text)["agency"] == "西岭街道"


# --- a city bureau's branch serves a district, whatever else shares the district's short name ---

@pytest.mark.parametrize("agency,city,county", [
    # the stem is also the city's own: the branch serves the district, not the city
    ("淮安市住房和城乡建设局淮安分局", "淮安市", "淮安区"),
    # the stem names a district here and a county-level city elsewhere
    ("鹤壁市公安局鹤山分局", "鹤壁市", "鹤山区"),
    # the stem names districts of several cities: the bureau's own city decides
    ("北京市规划和自然资源委员会朝阳分局", None, "朝阳区"),
])
def test_a_branch_is_placed_in_the_district_it_is_named_after(agency, city, county):
    text = f"{agency}2023年政府信息公开工作年度报告\n" + body(2023)
    m = read_meta(text)
    assert (m["agency"], m["city"], m["county"]) == (agency, city, county)


def test_a_branch_whose_bureau_names_no_place_is_not_guessed():
    assert places._branch_of("公安局长宁分局") == []


# --- a report that declares its body's short name and then uses only that name ---------------

@pytest.mark.parametrize("opening,first,agency", [
    ("本报告结合国家税务总局青禾市东坡区税务局（以下简称“东坡区税务局”）政府信息公开工作有关统计数据撰写。",
     "2022年，东坡区税务局认真贯彻落实《条例》，持续推进政务公开。", "国家税务总局青禾市东坡区税务局"),
    ("特向社会公布国家统计局青禾调查队（以下简称“青禾调查队”，下文类同）2022年政府信息公开工作年度报告。",
     "2022年，青禾调查队坚持以公开为常态，扎实推进政务公开。", "国家统计局青禾调查队"),
])
def test_a_body_named_by_its_declared_short_name_is_the_full_one(opening, first, agency):
    text = (f"{opening}本报告所列数据统计期限自2022年1月1日起至12月31日止。\n"
            f"一、总体情况\n{first}\n" + body(2022)[6:])
    assert read_meta(text)["agency"] == agency


# --- a town's party-building office given as the contact is the town government's own office ---

@pytest.mark.parametrize("office,we,agency", [
    ("青禾乡人民政府党建办", "我乡", "青禾乡人民政府"),
    ("东柳镇人民政府党建工作办公室", "我镇", "东柳镇人民政府"),
])
def test_a_party_building_office_as_contact_names_its_government(office, we, agency):
    text = (f"本年度报告所列数据统计期限自2025年1月1日起至2025年12月31日止。如对本报告有任何疑问，"
            f"请与{office}联系（电话：0000-1234567）。\n一、总体情况\n2025年，{we}坚持以公开为常态，"
            "全年主动公开政府信息45条。\n" + body(2025)[6:])
    assert read_meta(text)["agency"] == agency


# --- a body compiled its report under two names, the second in brackets ---------------------

@pytest.mark.parametrize("compiler,agency", [
    ("东坡区行政审批服务管理办公室（公共资源交易管理委员会办公室）", "东坡区行政审批服务管理办公室"),
    ("青禾县数据资源管理局(青禾县大数据中心)", "青禾县数据资源管理局"),
])
def test_a_body_with_a_second_name_in_brackets_is_the_first_name(compiler, agency):
    text = (f"本年报是根据《条例》要求，由{compiler}编制的2017年度政府信息公开工作年度报告。"
            "本年报中所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n"
            "一、概述\n2017年，本单位按照有关要求推进政务公开工作。\n" + body(2017)[6:])
    assert read_meta(text)["agency"] == agency


# --- a central body's report that names itself only as its office's division, the contact ------

@pytest.mark.parametrize("office,agency", [
    ("国家林木总局办公厅政务公开处", "国家林木总局"),
    ("青禾资源部办公厅信息公开处", "青禾资源部"),
])
def test_a_central_body_named_only_by_its_contact_division_is_the_body(office, agency):
    text = ("本年报根据《条例》编制。本年报中所列数据的统计期限自2009年1月1日起至2009年12月31日止。"
            f"如对本年报有任何疑问，请与{office}联系（地址：北京市西城区某某大街1号，邮编：100000）。\n"
            "一、概述\n2009年，全系统信息公开工作在规范化建设方面取得新的进展。\n" + body(2009)[6:])
    m = read_meta(text)
    assert (m["agency"], m["province"], m["city"], m["county"]) == (agency, None, None, None)


# --- an untitled report whose first sentence names its body after an adverbial --------------

@pytest.mark.parametrize("sentence,agency", [
    ("2021年以来，在区委、区政府的正确领导下，青禾街道紧紧围绕中心工作推进政务公开。", "青禾街道"),
    ("2023年，在县政务公开办的指导下，柳河镇认真落实《条例》要求。", "柳河镇"),
    ("2019年，在上级部门的关心支持中，石门县坚持以公开为常态。", "石门县人民政府"),
])
def test_a_first_sentence_subject_after_an_adverbial_names_the_body(sentence, agency):
    assert meta.agency_and_year(layout_of("一、总体情况", sentence))[0] == agency


# --- 由X根据…编制: the body stands right after 由, the verb far after it ---------------------------

@pytest.mark.parametrize("opening,agency", [
    ("本报告由宜宾市人民政府信息公开工作领导小组办公室根据《条例》以及《省政府办公厅关于做好"
     "年度报告工作的通知》（某政办函〔2014〕8号）要求，汇总各县（市、区）情况编制而成。", "宜宾市人民政府"),
    ("本年报由柳河县交通运输局依据《条例》规定，结合本局工作实际，认真编制。", "柳河县交通运输局"),
    # 由 right after a clause's comma (half-width here): the body starts after 由, not at the comma.
    ("本年度报告根据《条例》和市政府办公室通知的要求,由柳河县人民政府办公室汇总编制。", "柳河县人民政府"),
    ("本年度报告根据《条例》的要求，由柳河县人民政府办公室汇总编制。", "柳河县人民政府"),
])
def test_a_body_after_you_with_the_verb_far_after_it_compiled_the_report(opening, agency):
    assert meta.agency_and_year(layout_of(opening, "一、概述"))[0] == agency


# --- 现编制并公布本单位…报告: a chain of verbs before a self-reference names no body --------------

def test_a_verb_chain_before_a_self_reference_names_no_body_and_the_contact_office_does():
    text = ("根据《条例》规定，现编制并公布本单位2019年政府信息公开工作年度报告。"
            "本报告所列数据的统计期限为2019年1月1日至2019年12月31日。"
            "如对本报告有任何疑问，请联系：龙泉市柳河乡信息公开领导小组办公室，电话：0000-1234567。\n"
            "一、概述\n2019年，乡政府按照县政府的统一部署开展政府信息公开工作，成立了柳河乡人民政府"
            "政务公开工作领导小组。\n" + body(2019)[6:])
    assert read_meta(text)["agency"] == "龙泉市柳河乡"


# --- a township of a city without counties has no county ---------------------------------------

@pytest.mark.parametrize("opening", [
    "本报告由坦洲镇人民政府编制，全文包括概述、主动公开政府信息情况等部分。",
    "本报告由中山市神湾镇人民政府编制，全文包括概述、主动公开政府信息情况等部分。",
])
def test_a_township_of_a_city_without_counties_is_placed_in_the_city_alone(opening):
    text = (opening + "本报告所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n"
            "一、概述\n2012年，我镇按照上级部署推进政府信息公开工作。\n" + body(2012)[6:])
    m = read_meta(text)
    assert (m["province"], m["city"], m["county"]) == ("广东省", "中山市", None)


# --- a body placed by nothing else is placed by its telephone's area code ------------------------

@pytest.mark.parametrize("phone,place", [
    ("电话：0577-1234567", ("浙江省", "温州市", "瑞安市")),      # 高楼镇 is one township in 温州市
    ("联系电话：（0577）12345678", ("浙江省", "温州市", "瑞安市")),
    ("联系方式：0898-12345678", ("海南省", None, None)),         # 海口、三亚: the province; no 高楼镇 there
])
def test_a_township_that_names_no_place_is_placed_by_its_area_code(phone, place):
    text = ("本报告是根据《条例》要求，由高楼镇人民政府编制的2018年度政府信息公开年度报告。"
            f"如对报告内容有任何疑问，请与我镇党政办公室联系（{phone}）。\n"
            "一、概述\n截至2018年底，我镇政府信息公开工作运行正常。\n" + body(2018)[6:])
    m = read_meta(text)
    assert (m["province"], m["city"], m["county"]) == place


def test_an_area_code_shared_by_cities_places_the_province_alone():
    text = ("本报告由本局编制。如对本报告有疑问，请联系局办公室，电话：0898-12345678。\n"
            "一、概述\n2018年，我局政府信息公开工作运行正常。\n" + body(2018)[6:])
    assert meta.region(None, text) == {"province": "海南省", "city": None, "county": None}


def test_an_area_code_never_overrules_the_place_a_name_gives():
    text = ("本报告由宜宾市长宁县交通运输局编制。如对本报告有疑问，请联系：电话：0577-1234567。\n"
            "一、概述\n2018年，我局政府信息公开工作运行正常。\n" + body(2018)[6:])
    assert meta.region("宜宾市长宁县交通运输局", text) == {"province": "四川省", "city": "宜宾市", "county": "长宁县"}


# --- a body placed by the portal it is published on, named city·district ----------------------

@pytest.mark.parametrize("portal,place", [
    ("本报告电子版可在西安•莲湖(www.example.gov.cn)政府门户网站浏览、下载。", ("陕西省", "西安市", "莲湖区")),
    ("本报告全文在“杭州·余杭”门户网站公布。", ("浙江省", "杭州市", "余杭区")),
])
def test_a_zone_office_is_placed_by_the_city_dot_district_portal_it_is_published_on(portal, place):
    text = ("青禾园区管委会2023年信息公开工作年度报告\n"
            f"根据《条例》，特向社会公布2023年度青禾园区管委会信息公开年度报告。{portal}\n"
            "一、总体情况\n2023年度，青禾园区管委会积极落实工作要求。\n" + body(2023)[6:])
    m = read_meta(text)
    assert (m["agency"], m["province"], m["city"], m["county"]) == ("青禾园区管委会", *place)


# --- the agency convention (docs/record.md): one town named many ways ----------------------------

_PERIOD = "本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。"
_CONTACT = "如有疑问请与龙泉市柳河镇人民政府联系。"


@pytest.mark.parametrize("head,agency", [
    # The report's own name, in a title or a sentence, is kept as printed.
    (f"龙泉市柳河镇人民政府2020年政府信息公开工作年度报告\n{_PERIOD}", "龙泉市柳河镇人民政府"),
    (f"柳河镇2020年政府信息公开工作年度报告\n{_PERIOD}{_CONTACT}", "柳河镇"),
    (f"现公布柳河镇2020年政府信息公开工作年度报告。{_PERIOD}{_CONTACT}", "柳河镇"),
    # A body named as the author takes the fullest form the report prints for it.
    (f"本报告由柳河镇人民政府编制。{_PERIOD}地址：龙泉市柳河镇人民政府", "龙泉市柳河镇人民政府"),
    (f"本报告由柳河镇党政办编制。{_PERIOD}{_CONTACT}", "龙泉市柳河镇人民政府"),
    (f"{_PERIOD}{_CONTACT}\n一、总体情况\n2020年，柳河镇坚持以公开为常态。", "龙泉市柳河镇人民政府"),
    # …and nothing it does not print: no 人民政府 after a town named bare.
    (f"{_PERIOD}\n一、总体情况\n2020年，柳河镇坚持以公开为常态。", "柳河镇"),
    # A division named alone, or by its government's office, is its government.
    (f"{_PERIOD}\n一、总体情况\n2020年，龙泉市坚持以公开为常态。", "龙泉市人民政府"),
    (f"本报告由龙泉市人民政府办公室编制。{_PERIOD}", "龙泉市人民政府"),
])
def test_the_agency_is_the_name_the_report_gives_itself_in_its_fullest_printed_form(head, agency):
    text = head + "\n" + (body(2020) if "一、总体情况" not in head else body(2020).split("\n", 2)[2])
    assert read_meta(text)["agency"] == agency


# --- more grammar of the sentence that names the report's author ------------------------------

@pytest.mark.parametrize("opening,agency", [
    # X现将…报告如下: the adverb is no part of the name.
    ("青田县石溪乡人民政府现将2020年度政府信息公开工作情况报告如下：", "青田县石溪乡人民政府"),
    # X对2020年度…进行了总结: the subject of the clause.
    ("根据《条例》要求，青田县交通运输局对2020年度政府信息公开工作进行了总结，现报告如下。", "青田县交通运输局"),
    # 由X负责编制, 由X牵头编制.
    ("本报告由青田县交通运输局负责编制。", "青田县交通运输局"),
    ("本报告由青田县统计局牵头组织编制。", "青田县统计局"),
    # X根据…，编制了…: the subject first, the verb after a clause.
    ("青田县石溪乡人民政府根据《条例》规定，编制了本年度报告。", "青田县石溪乡人民政府"),
    # …and a report beginning 本年度报告由X汇总编制 is still X's, not the sentence's opening words'.
    ("本年度报告由青田县民政局办公室汇总编制。", "青田县民政局"),
])
def test_the_author_named_by_the_grammar_of_its_sentence(opening, agency):
    text = opening + "本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。\n" + body(2020)
    assert read_meta(text)["agency"] == agency


def test_a_first_sentence_opening_with_this_year_names_its_subject():
    text = ("本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n"
            "今年以来，青田县石溪乡认真贯彻《条例》，全年主动公开政府信息40条。\n" + body(2020).split("\n", 2)[2])
    assert read_meta(text)["agency"] == "青田县石溪乡"


# --- a government's office that compiled the report and speaks of itself by its relative name ---

@pytest.mark.parametrize("compiled,said,agency", [
    ("根据条例规定，鼓楼区人民政府办公室编制了2011年度政府信息公开年度报告。", "2011年，区政府办按照条例要求，制定了工作方案。",
     "鼓楼区人民政府办公室"),
    ("本报告由桃江县人民政府办公室编制。", "2011年，县府办严格落实条例，全年公开信息88条。", "桃江县人民政府办公室"),
    # 联络 for 联系 (a traditional page's 聯絡): the contact office, named again as the subject.
    ("如对本报告有疑问，请与江西省人民政府办公厅联络（电话：0791-12345678）。",
     "2011年，省政府办公厅政府信息公开工作紧紧围绕中心工作展开。", "江西省人民政府办公厅"),
    # Speaking as the government it serves, the office's report is the government's.
    ("本报告由桃江县人民政府办公室编制。", "2011年，我县严格落实条例，全年公开信息88条。", "桃江县人民政府"),
])
def test_an_office_speaking_of_itself_by_its_relative_name_is_the_office(compiled, said, agency):
    lay = layout_of(compiled, "一、概述", said)
    assert meta.agency_and_year(lay)[0] == agency


# --- a district name several cities share, settled only by the telephone's area code ---------------

@pytest.mark.parametrize("phone,place", [
    ("0591-12345678", ("福建省", "福州市", "鼓楼区")),
    ("（0516）12345678", ("江苏省", "徐州市", "鼓楼区")),
    ("12345678", (None, None, None)),              # nothing settles it: no place rather than a wrong one
])
def test_a_shared_district_name_is_placed_by_its_area_code(phone, place):
    text = (f"根据条例规定，鼓楼区人民政府办公室编制了2011年度政府信息公开年度报告。如有疑问请联系：鼓楼区人民政府办公室，联系电话：{phone}。\n"
            "一、概述\n2011年，区政府办按照条例要求，制定了工作方案。\n" + body(2011)[6:])
    m = read_meta(text)
    assert (m["province"], m["city"], m["county"]) == place


# --- a street office named after its district's government, with its own office as the contact ---

@pytest.mark.parametrize("contact", ["综合保障办公室", "综合办公室", "党政办公室"])
def test_a_street_office_takes_the_full_name_its_contact_office_prints(contact):
    text = ("本报告根据条例要求编制，所列数据统计期限自2018年1月1日起至2018年12月31日止。"
            f"如对报告有疑问，请与北京市朝阳区人民政府青禾街道办事处{contact}联系。\n"
            "一、概述\n2018年，青禾街道根据条例要求开展政府信息公开工作。\n" + body(2018)[6:])
    assert read_meta(text)["agency"] == "北京市朝阳区人民政府青禾街道办事处"


# --- a title naming its body in short under a sentence giving the report's full name -----------

@pytest.mark.parametrize("title,sentence,agency", [
    ("青禾自治县政府2019年信息公开工作年度报告", "现公布青禾自治县人民政府2019年政府信息公开工作年度报告。", "青禾自治县人民政府"),
    ("青禾市政府2016年政府信息公开年报", "特向社会公布青禾市人民政府2016年政府信息公开工作年度报告。", "青禾市人民政府"),
    # A street's name with its kind's word (街道 / 街道办事处) is the same name in full.
    ("青禾街道2019年政府信息公开工作年度报告", "现公布青禾街道办事处2019年政府信息公开工作年度报告。", "青禾街道办事处"),
    # No fuller name printed: the title's short one is kept.
    ("青禾镇政府2013年信息公开年度报告", "现将我镇2013年政府信息公开工作情况报告如下。", "青禾镇政府"),
])
def test_a_title_in_short_takes_the_full_name_the_report_gives_itself(title, sentence, agency):
    assert read_meta(f"{title}\n{sentence}\n" + body(2019))["agency"] == agency


# --- a report naming its body without its place, signed at its end with its full name ---------

@pytest.mark.parametrize("signature", ["桃江县文化和旅游局\n2022年1月19日", "桃江县文化和旅游局 2022年1月19日",
                                       "桃江县文化和旅游局\n二〇二二年一月十九日"])
def test_a_body_named_without_its_place_is_completed_by_its_signature(signature):
    text = ("根据县政府办通知要求，现将文化和旅游局2021年度政府信息公开情况汇报如下：\n" + body(2021) + signature + "\n")
    record = govextract.parse_text(text).to_dict()
    assert record["meta"]["agency"] == "桃江县文化和旅游局"
    assert any(w.startswith("W_AGENCY_COMPLETED") for w in record["warnings"])


def test_a_signature_of_another_body_completes_nothing():
    text = ("根据县政府办通知要求，现将文化和旅游局2021年度政府信息公开情况汇报如下：\n" + body(2021)
            + "桃江县人民政府办公室\n2022年1月19日\n")
    assert read_meta(text)["agency"] == "文化和旅游局"


# --- a town speaking as 我镇 that names itself only after a verb --------------------------------

@pytest.mark.parametrize("sentence,agency", [
    ("2021年，我镇通过云台镇人民政府共发布公开信息66条。", "云台镇人民政府"),
    ("全年我镇在苏溪镇人民政府网站发布信息120条。", "苏溪镇人民政府"),
])
def test_a_town_named_only_after_a_verb_is_found_by_the_gazetteer(sentence, agency):
    text = "一、总体情况\n2021年，我镇认真贯彻条例，高度重视政府信息公开工作。\n" + sentence + "\n" + body(2021).split("\n", 2)[2]
    record = govextract.parse_text(text).to_dict()
    assert record["meta"]["agency"] == agency
    assert any(w.startswith("W_AGENCY_INFERRED") for w in record["warnings"])
