"""Classes found by the metaaudit15 meta audit (pages already read), each written anew on
sentences and names of our own: a text scrape that kept a few lines of a mirror's empty tags
above its report is a text, not a page (its lines, and so its title, stay as they are); a
font-size switch (大中小) run into a title's line is no part of the body's name."""
import govextract
from report_body import short_body
from govextract.readers.sniff import sniff
from govextract.stages import meta

TAGS = ('<label id="q7k"></label>\n'
        '  • <em id="q7k"><tr id="q7k"></tr></em>\n'
        '  <div id="q7k"><u id="q7k"></u></div>\n'
        '  • <progress id="q7k"></progress>\n')
REPORT = ("青禾市2016年政府信息公开工作年度报告\n"
          "本年度报告由市政府办公室编制，所列数据的统计期限为2016年1月1日至2016年12月31日。\n"
          "一、概述\n2016年，青禾市继续推进政府信息公开工作，完善公开目录，规范依申请公开办理。\n"
          "二、主动公开政府信息情况\n全年主动公开政府信息1200条，其中通过门户网站公开900条。\n"
          "三、依申请公开政府信息情况\n全年共受理政府信息公开申请35件，均按期答复。\n"
          "四、存在的主要问题及改进措施\n公开内容还不够全面，下一步将加强培训。\n")


# --- a text that kept a few tag lines ---------------------------------------------------------

def test_a_text_scrape_with_a_few_leftover_tag_lines_is_read_as_text(tmp_path):
    data = (TAGS + REPORT).encode("utf-8")
    assert sniff(data, "scrape.txt") == "text"
    path = tmp_path / "scrape.txt"
    path.write_bytes(data)
    m = govextract.parse(str(path)).to_dict()["meta"]
    assert (m["format"], m["title"], m["agency"], m["year"]) == (
        "text", "青禾市2016年政府信息公开工作年度报告", "青禾市", 2016)


def test_a_page_whose_text_sits_inside_its_tags_is_still_html():
    page = "".join(f"<p>{line}</p>\n" for line in REPORT.splitlines())
    assert sniff(("<div class=\"article\">\n" + page + "</div>\n").encode("utf-8"), "page.txt") == "html"


def test_a_pretty_printed_page_without_a_document_tag_is_still_html():
    page = "".join(f"<p>\n {line}\n</p>\n" for line in REPORT.splitlines())
    assert sniff(page.encode("utf-8"), "page.txt") == "html"


def test_a_document_tag_makes_a_page_however_little_markup_it_has():
    assert sniff(("<html>\n" + REPORT).encode("utf-8"), "page.txt") == "html"


# --- page furniture run into a title's line ---------------------------------------------------

def test_a_font_size_switch_before_a_title_is_no_part_of_the_name():
    assert meta.read_title("大中小青禾县自然资源局2020年政府信息公开工作年度报告") == ("青禾县自然资源局", 2020)
    head = ("青禾县自然资源局2020年政府信息公开工作年度报告\n 大中小\n"
            "大中小青禾县自然资源局2020年政府信息公开工作年度报告\n")
    m = govextract.parse_text(head + short_body(2020, "我局")).to_dict()["meta"]
    assert m["agency"] == "青禾县自然资源局"


def test_a_body_whose_name_opens_with_the_same_characters_keeps_them():
    # 大中小学 names schools: no font-size switch
    assert meta.read_title("大中小学校舍安全办公室2021年政府信息公开工作年度报告")[0] == "大中小学校舍安全办公室"


# --- a county printed by its short form after its city ------------------------------------------

def test_a_county_short_form_between_its_city_and_its_government_places_the_body():
    assert meta.region("潍坊市寒亭人民政府办公室", "")["county"] == "寒亭区"
    head = "潍坊市寒亭人民政府办公室2022年政府信息公开工作年度报告\n"
    m = govextract.parse_text(head + short_body(2022, "我办")).to_dict()["meta"]
    assert (m["province"], m["city"], m["county"]) == ("山东省", "潍坊市", "寒亭区")


def test_a_city_body_named_after_a_landmark_sharing_a_districts_stem_stays_a_city_body():
    # 西湖 is also 西湖区's stem, but no government's words follow it: a city-level body
    assert meta.region("杭州市西湖风景名胜区管理委员会", "")["county"] is None
    # a stem no county of that city has places nothing
    assert meta.region("潍坊市朝阳人民政府", "")["county"] is None
