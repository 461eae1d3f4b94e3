"""Counts after 分别 printed as a series whose last value alone carries the unit (分别发布信息120、56和
33条), paired in order with the channels named before 分别, and series longer than three values
(issue #9, class 7: one sentence listing several channels). Every sentence here is written for these tests."""
from fact_lines import read


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_a_bare_series_takes_the_unit_of_its_last_value_and_the_channels_in_turn():
    assert triples("政务新媒体“某地发布”新浪微博、微信公众号和今日头条号分别发布信息812、436和97条。") == [
        ("published", 812, "weibo"), ("published", 436, "wechat"), ("published", 97, "app")]
    assert triples("通过网站、微信公众号及微博分别发布信息120、56及33篇。") == [
        ("published", 120, "website"), ("published", 56, "wechat"), ("published", 33, "weibo")]
    assert triples("门户网站和微信公众号分别公开文件40与12件。") == [
        ("published", 40, "website"), ("published", 12, "wechat")]
    assert triples("本局网站、政务微博分别更新信息2,200、80个。") == [
        ("published", 2200, "website"), ("published", 80, "weibo")]


def test_series_of_four_and_five_values_go_on_past_the_window_after_fenbie():
    assert triples("门户网站、微信公众号、微博、今日头条分别发布信息120条、56条、33条、12条。") == [
        ("published", 120, "website"), ("published", 56, "wechat"),
        ("published", 33, "weibo"), ("published", 12, "app")]
    assert triples("门户网站、微信公众号、微博、抖音号、今日头条分别发布信息310、64、29、18、5条。") == [
        ("published", 310, "website"), ("published", 64, "wechat"), ("published", 29, "weibo"),
        ("published", 18, "short_video"), ("published", 5, "app")]
    assert [f["value"] for f in read("满意率分别为99.5%、100%、98%、97%。")] == [99.5, 100, 98, 97]


def test_the_series_keeps_its_channels_inside_a_list_opened_by_a_website_total():
    got = triples("县政府网站共发布信息6120条，其中重点领域信息930条，政务新媒体微博、微信公众号和抖音号"
                  "分别发布信息344、518和61条。")
    assert got == [("published", 6120, "website"), ("published", 930, "website"), ("published", 344, "weibo"),
                   ("published", 518, "wechat"), ("published", 61, "short_video")]


def test_a_joining_word_between_values_is_no_category():
    got = read("网站、微博和抖音号分别发布信息50条、20条和8条。")
    assert [(f["value"], f["channel"], f["category"]) for f in got] == [
        (50, "website", None), (20, "weibo", None), (8, "short_video", None)]


def test_numbers_that_are_no_series_stay_as_they_were():
    # one number with its thousands separator is no series of two
    assert triples("通过网站和微信分别发布信息1,250条、300条。") == [
        ("published", 1250, "website"), ("published", 300, "wechat")]
    # more channels than values: nothing says which carried how many
    assert [f["channel"] for f in read("通过网站、微信、微博分别发布信息40、12条。")] == ["all", "all"]
