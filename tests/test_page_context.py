"""A report placed by the page it was published on: a township's report names no
county, but the county's site around it does (its title, footer, identification code,
source line, breadcrumb, or the report's own words about where it is published).
The pages here are made up, laid out as county sites serve them (header, navigation,
breadcrumb, article, footer); the same chrome as a plain-text scrape must give the
same divisions, because the stages never ask the format."""
import random

import pytest
import regex

import govextract
from govextract import lexicon

REPORT = """<p>一、总体情况</p>
<p>2023年，我乡坚持以公开为常态、不公开为例外，全年主动公开政府信息86条，未收到政府信息公开申请。{said}</p>
<p>二、主动公开政府信息情况</p><p>通过政务公开栏公开信息6条。</p>
<p>三、收到和处理政府信息公开申请情况</p><p>本年度未收到申请。</p>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p>
<p>五、存在的主要问题及改进情况</p><p>一是更新不够及时。下一步将加强审核。</p>
<p>六、其他需要报告的事项</p><p>无。</p>"""

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>
<div class="header"><div class="logo">{header}</div></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/hd">互动交流</a></div>
<div class="crumb">{crumb}</div>
<div class="article"><h1>{heading}</h1><div class="info">发布时间：2024-01-20 {source}</div>
<div class="content">{report}</div></div>
<div class="links">友情链接：<a>大余县人民政府</a><a>崇义县人民政府</a><a>南康区人民政府</a></div>
<div class="footer">{footer}</div>
</body></html>"""

HEADING = "柳溪乡2023年政府信息公开工作年度报告"
XINFENG = {"province": "江西省", "city": "赣州市", "county": "信丰县"}


def page(title=HEADING, meta="", header="政务服务", crumb="首页 > 乡镇信息公开 > 年度报告", heading=HEADING,
         source="来源：柳溪乡", said="", footer="联系我们 网站地图") -> bytes:
    return PAGE.format(title=title, meta=meta, header=header, crumb=crumb, heading=heading, source=source,
                       report=REPORT.format(said=said), footer=footer).encode("utf-8")


def place(record) -> dict:
    m = record.to_dict()["meta"]
    return {k: m[k] for k in ("province", "city", "county")}


# Each page carries one sign of its site, and nothing else names the county.
SIGNS = {
    "the site's name after the title": dict(title=HEADING + "_信丰县人民政府"),
    "the site's metadata": dict(meta='<meta name="SiteName" content="信丰县人民政府">'),
    "the site identification code": dict(meta='<meta name="SiteIDCode" content="3607220001">'),
    "the footer's 主办 line": dict(footer="主办：信丰县人民政府办公室 承办：县融媒体中心 赣ICP备00000000号"),
    "the footer's code": dict(footer="网站标识码：3607220001 赣ICP备00000000号"),
    "the header's site name": dict(header="信丰县人民政府门户网站"),
    "the source line": dict(source="来源：信丰县柳溪乡人民政府"),
    "a breadcrumb step": dict(crumb="当前位置：首页 > 信丰县 > 乡镇信息公开 > 柳溪乡"),
    "where the report says it is published": dict(said="本报告在信丰县人民政府门户网站公布。"),
    "the county portal's brand name": dict(said="本报告可在“中国信丰”门户网站下载。"),
}


@pytest.mark.parametrize("sign", SIGNS.values(), ids=SIGNS.keys())
def test_a_townships_page_is_placed_by_the_site_that_publishes_it(sign):
    record = govextract.parse_bytes(page(**sign))
    assert record.to_dict()["meta"]["agency"] == "柳溪乡"
    assert place(record) == XINFENG


def test_without_a_sign_of_its_site_a_township_is_not_placed_by_the_sites_it_links_to():
    assert place(govextract.parse_bytes(page())) == {"province": None, "city": None, "county": None}


# The same chrome as a crawler's plain text keeps it: header, breadcrumb, source line, footer.
TEXT_SIGNS = {
    "a header line that is the site's name": "信丰县人民政府门户网站\n首页 政务公开 互动交流\n",
    "a breadcrumb": "您当前所在位置：首页 > 信丰县 > 乡镇信息公开 > 柳溪乡\n",
    "a source line": "发布时间：2024-01-20 来源：信丰县柳溪乡人民政府\n",
    "a metadata block's 索引号 (a unified social credit code)": "索引号：11360722MB1234567X/2023-00015\n发布机构：柳溪乡\n",
}
FOOTERS = {
    "a footer's 主办 line": "主办：信丰县人民政府办公室 承办：县融媒体中心\n",
    "a footer's 版权所有 line": "版权所有：信丰县人民政府 赣ICP备00000000号\n",
    "a footer's identification code": "网站标识码：3607220001\n",
}
BODY_TEXT = """柳溪乡2023年政府信息公开工作年度报告
一、总体情况
2023年，我乡坚持以公开为常态、不公开为例外，全年主动公开政府信息86条，未收到政府信息公开申请。
二、主动公开政府信息情况
通过政务公开栏公开信息6条。
五、存在的主要问题及改进情况
一是更新不够及时。下一步将加强审核。
"""


@pytest.mark.parametrize("chrome", TEXT_SIGNS.values(), ids=TEXT_SIGNS.keys())
def test_a_text_scrape_is_placed_by_the_chrome_above_it(chrome):
    assert place(govextract.parse_text(chrome + BODY_TEXT)) == XINFENG


@pytest.mark.parametrize("footer", FOOTERS.values(), ids=FOOTERS.keys())
def test_a_text_scrape_is_placed_by_its_footer(footer):
    assert place(govextract.parse_text(BODY_TEXT + "联系我们 网站地图\n" + footer)) == XINFENG


def test_a_department_named_relative_to_its_county_is_placed_by_the_county_site():
    heading = "县教育局2023年政府信息公开工作年度报告"
    record = govextract.parse_bytes(page(title=heading + "-信丰县人民政府", heading=heading))
    assert place(record) == XINFENG


def test_a_citys_site_places_the_city_and_the_text_names_the_county_inside_it():
    sign = dict(title=HEADING + "_赣州市人民政府", said="按照信丰县政务公开工作要点，乡里完善了发布审核。")
    assert place(govextract.parse_bytes(page(**sign))) == XINFENG


def test_a_citys_site_does_not_put_a_city_bureau_into_a_district_its_report_names():
    heading = "市教育局2023年政府信息公开工作年度报告"
    record = govextract.parse_bytes(page(title=heading + "_赣州市人民政府", heading=heading,
                                         said="章贡区、南康区的学校完成了校务公开。"))
    assert place(record) == {"province": "江西省", "city": "赣州市", "county": None}


def test_the_agencys_own_name_outranks_the_page():
    heading = "大余县柳溪乡2023年政府信息公开工作年度报告"
    record = govextract.parse_bytes(page(title=heading + "_信丰县人民政府", heading=heading))
    assert place(record)["county"] == "大余县"


def test_the_page_outranks_a_contact_address():
    said = "如对本报告有疑问，请与柳溪乡党政办联系（地址：赣州市章贡区红旗大道1号）。"
    record = govextract.parse_bytes(page(footer="主办：信丰县人民政府办公室", said=said))
    assert place(record) == XINFENG



def test_a_pattern_whose_words_no_line_holds_is_not_searched_line_by_line(monkeypatch):
    # This page names no identification code, index number, breadcrumb or 主办/版权所有 line: the
    # page-context patterns listed by those words (lexicons/anchors.json) are tried on no line.
    from govextract import anchored_search, lexicon
    context = lexicon.load_json("meta.json")["page_context"]
    patterns = {p for v in context.values() for p in (v if isinstance(v, list) else [v])}
    words = {p: w for p, w in anchored_search._words().items() if p in patterns}
    searched = set()
    finder = anchored_search.finder

    def spy(pattern):
        find = finder(pattern)

        def searching(text):
            searched.add(pattern)
            return find(text)
        return searching
    monkeypatch.setattr(anchored_search, "finder", spy)
    text = "柳溪乡人民政府\n" + BODY_TEXT
    govextract.parse_text(text)
    unheld = {p for p, w in words.items() if not any(word in text for word in w)}
    assert len(unheld) >= 4
    assert not searched & unheld


def test_the_site_named_in_the_report_is_found_as_without_the_lookahead_after_its_name():
    # published_on's first pattern looks ahead for the first characters of the words after the name
    # (a saving): it must find what the pattern without that lookahead finds
    pattern = lexicon.load_json("meta.json")["page_context"]["published_on"][0]
    lookahead = regex.search(r"\(\?=\[[^]]+\]\)", pattern)
    assert lookahead, "the pattern should look ahead after the name"
    plain = regex.compile(pattern.replace(lookahead[0], ""))
    fast = regex.compile(pattern)
    pieces = ["人民政府", "政府", "门户网站", "门户网", "网站", "政府网", "信息公开网", "政务网", "网", "人民", "信息公开",
              "政务", "门户", "青禾县", "柳溪镇", "通过", "在", "，", "。", " ", "a", "1"]
    rnd = random.Random(22)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        expected = [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)]
        assert [m.groupdict() | {"span": m.span()} for m in fast.finditer(text)] == expected, text
        found += len(expected)
    assert found
