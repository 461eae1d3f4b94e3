"""The facts stage on counts eval21 showed read as the year's published count though they are not
(issue #9): running totals, what requests came to, a party-affairs platform's posts, an interpretation
in brackets. Every sentence here is written for these tests."""
from govextract.model import Paragraph, Source
from govextract.stages import facts
from fact_lines import triples


# --- running totals ---------------------------------------------------------------------------

def test_a_total_taken_at_this_years_end_in_an_older_report_is_a_running_total():
    # 今年 names the report's year, but after 截至 it says when the total was taken, not what it counts
    assert triples("截至今年12月底，累计主动公开政府信息230条，包括机构设置、政策法规等信息。", 2012) == []
    assert triples("截至本年底，我局共主动公开政府信息230条。", 2012) == []
    # a count said to be the year's stays
    assert triples("今年以来，累计主动公开政府信息230条。", 2012) == [("published", 230, "all")]
    assert triples("今年我局主动公开政府信息230条。", 2012) == [("published", 230, "all")]


def test_a_running_total_after_the_count_its_year_dates_is_not_the_years():
    # the year opens the sentence and dates the first count; the 累计 after it counts all years
    assert triples("2016年主动公开政府信息275条，累计公开政府信息1930条。", 2016) == [("published", 275, "all")]
    assert triples("2016年，本局主动公开政府信息275条。累计公开政府信息1930条。", 2016) == [("published", 275, "all")]
    # 累计 right after the year is the year's; 累计 summing the counts before it is their total
    assert triples("2016年，累计公开政府信息275条。", 2016) == [("published", 275, "all")]
    assert triples("2016年，网站公开信息200条，公开栏公开信息75条，累计公开信息275条。", 2016) == [
        ("published", 200, "website"), ("published", 75, "bulletin_board"), ("published", 275, "all")]
    # 累计 said of each channel in turn after the year: each the year's
    assert triples("2023年在微信公众号累计发布信息520条；在抖音号累计发布信息36条。", 2023) == [
        ("published", 520, "wechat"), ("published", 36, "short_video")]


def test_a_year_end_written_with_dashes_is_a_years_end():
    text = "截止2014-12-31，全局在政府网站共主动公开信息150条，其中，机构职能12条、业务类138条。"
    assert triples(text, 2014) == []
    # in a report of the national templates a year-end total without 累计 stands, as before
    assert triples("截止2021-12-31，我镇通过网站公开信息26条。", 2021) == [("published", 26, "website")]


def test_a_years_end_goes_on_into_a_sentence_that_only_says_where_it_was_published():
    text = ("截至2014年12月31日，全局在政府网站共主动公开信息150条，其中，机构职能12条、业务类138条。"
            "在局网站共主动公开信息420条，其中，通知公告20条、业务类400条。")
    assert triples(text, 2014) == []
    # a sentence with a time of its own is its own
    text = ("截至2014年12月31日，全局在政府网站共主动公开信息150条。"
            "全年在局网站主动公开信息420条。")
    assert triples(text, 2014) == [("published", 420, "website")]


# --- what requests came to ----------------------------------------------------------------------

def test_information_released_right_after_the_requests_counted_is_what_they_came_to():
    # the requests are counted, then what was released on them: no item published
    assert triples("全年在网站主动公开信息960条，受理依申请公开3件，公开信息3条。", 2018) == [
        ("published", 960, "website"), ("requests_received", 3, None)]
    assert triples("本年度收到政府信息公开申请4件，公开相关信息2条。", 2018) == [("requests_received", 4, None)]
    # published of the body's own accord, through a channel or over the year, it is published
    assert triples("受理依申请公开3件，主动公开信息120条。", 2018) == [
        ("requests_received", 3, None), ("published", 120, "all")]
    assert triples("受理依申请公开3件，在网站公开信息2条。", 2018) == [
        ("requests_received", 3, None), ("published", 2, "website")]


# --- a party-affairs platform ---------------------------------------------------------------------

def test_posts_on_a_party_affairs_platform_are_not_the_bodys_information_published():
    assert triples("通过党务公开平台及时发布党建活动、内部管理等信息，全年发布工作动态36条。", 2024) == []
    assert triples("全年通过政府网站发布信息120条，通过党建平台发布党建信息30条。", 2024) == [
        ("published", 120, "website")]
    # published through a government channel alongside it, the count stands
    assert triples("依托政府网站、党务公开平台等载体，全年发布信息200条。", 2024) == [("published", 200, "website")]
    assert triples("全年通过微信公众号发布工作动态36条。", 2024) == [("published", 36, "wechat")]
    # a party-affairs column among the items of a website's total is the website's
    assert triples("全年通过政府网站共发布信息90条，其中工作动态60条，党务公开栏目更新12条，通知公告18条。", 2024) == [
        ("published", 90, "website"), ("published", 60, "website"), ("published", 12, "website"),
        ("published", 18, "website")]


# --- interpretations -------------------------------------------------------------------------------

def cats(text: str, year=None) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return [(f["value"], f["category"]) for f in facts.extract(paragraphs, year)]


def test_a_count_of_interpretations_named_after_it_is_no_item():
    # in brackets under an item, or after its verb: interpretations, as 发布政策解读12篇 is not counted
    assert cats("在网站发布工作动态58条、政策图解3条（其中1条动漫解读）、意见征集2条。", 2022) == [
        (58, "工作动态"), (2, "意见征集")]
    assert cats("全年发布9篇政策解读。", 2022) == []
    # a count of documents, some with an interpretation, counts the documents
    assert cats("发布规范性文件12件（其中5件附有解读）。", 2022) == [(12, "规范性文件")]
    # information about interpretations named by another head noun is counted
    assert cats("发布3条图解信息。", 2022) == [(3, "图解信息")]


# --- copies of one publication ----------------------------------------------------------------------

def test_copies_of_one_titled_publication_are_no_items():
    # 编发 compiles and sends out: thousands of copies of one booklet are one publication's print run
    assert triples("其他公开方式：我局共编发《便民服务手册》4500份。", 2015) == []
    assert triples("编发《社区工作简讯》1200册，送至各村。", 2015) == []
    # items compiled and published stay counted, and so does one document published
    assert triples("编发政务信息120条。", 2015) == [("published", 120, "all")]
    assert triples("在网站公开《惠民补贴实施办法》1份。", 2015) == [("published", 1, "website")]
