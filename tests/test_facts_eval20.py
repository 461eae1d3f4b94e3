"""The facts stage on classes found in the eval20 set (issue #9). Every sentence here is
written for these tests."""
from govextract.model import Paragraph, Source
from govextract.stages import facts


def triples(text: str, year=None) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return [(f["kind"], f["value"], f["channel"]) for f in facts.extract(paragraphs, year)]


def test_items_another_site_adopted_are_not_published_by_the_body():
    # what a higher site or office chose from the body's submissions is its choice, not the body's publishing
    assert triples("本局网站发布信息300条，市政府网站采用信息40条、省厅采用信息25条。") == [("published", 300, "website")]
    assert triples("全年在区政府网站公开信息90条，公众号推送信息120条，市委信息网录用信息18条。") == [
        ("published", 90, "website"), ("published", 120, "wechat")]
    # items sent to a website are still published there
    assert triples("2023年，向市政府门户网站报送政务信息26条。") == [("published", 26, "website")]


def test_items_others_reposted_are_no_items_of_the_list():
    assert triples("政务微博发布信息500条（其中被省政府新闻办转发12条），政务微信发布信息200条。") == [
        ("published", 500, "weibo"), ("published", 200, "wechat")]
    # the body's own reposting publishes
    assert triples("政务微博发布及转发信息500条。") == [("published", 500, "weibo")]


def test_channels_listed_before_deng_are_examples_of_the_channel_after_it():
    assert triples("通过局网站发布信息100条，网站、报纸等其他媒体发布信息60余条。") == [
        ("published", 100, "website"), ("published", 60, "media")]
    # 新媒体 names no one channel: the channels before it stay several
    assert triples("通过网站、微信等新媒体发布信息60条。") == [("published", 60, "all")]


def test_a_running_total_over_the_whole_statistics_year_is_the_years_count():
    # the period from 1 January to 31 December dates it, even where the page lost the 年 of the year
    assert triples("20221月1日至12月31日本局在政府信息公开统一平台上累计主动公开信息88条。", 2022) == [
        ("published", 88, "website")]
    assert triples("2022年1月1日至12月31日，本局累计主动公开信息88条。", 2022) == [("published", 88, "all")]
    # a total taken at a date stays a running total
    assert triples("截至12月31日，本局在网站累计主动公开信息88条。", 2022) == []


def test_articles_placed_in_the_media_are_published_there():
    assert triples("在市日报发稿30篇、中国水利报和部委网站上发稿12篇，在地方媒体上发稿7篇。") == [
        ("published", 30, "media"), ("published", 12, "all"), ("published", 7, "media")]
