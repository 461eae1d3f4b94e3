"""Platforms of a government's site that carry its counts, named otherwise than as a site: a public
information platform (公众信息平台), a credit publicity platform or system (信用公示平台, 企业信用信息
公示系统, 信用中国), the disclosure column or platform named with a quoted name after 信息公开
(政府信息公开“X”专栏); and a channel said, after a count, to be the main one it was published on
(…36条，主要通过X网站公开)."""
from fact_lines import triples


def test_a_public_information_platform_is_the_website():
    assert triples("全年在某县公众信息平台发布工作动态86条，其他栏目更新12条。") == [
        ("published", 86, "website"), ("published", 12, "website")]
    assert triples("通过区公众信息服务平台公开政府信息230条。") == [("published", 230, "website")]
    # the WeChat public platform stays WeChat
    assert triples("通过微信公众平台推送信息45条。") == [("published", 45, "wechat")]


def test_a_credit_publicity_platform_is_the_website():
    assert triples("同时，我局在某省信用公示平台共发布行政许可信息64条，行政处罚信息5条。") == [
        ("published", 64, "website"), ("published", 5, "website")]
    assert triples("通过国家企业信用信息公示系统公示抽查结果17条。") == [("published", 17, "website")]
    assert triples("在“信用中国（某市）”公示行政处罚信息9条。") == [("published", 9, "website")]


def test_a_quoted_column_after_the_disclosure_words_is_the_website():
    assert triples("我局通过政府信息公开“农业农村局”专栏公开信息1320条。") == [("published", 1320, "website")]
    assert triples("全年在政务公开“市场监管”栏目发布信息77条。") == [("published", 77, "website")]
    assert triples("通过信息公开『教育局』平台公布信息58条。") == [("published", 58, "website")]
    # a quoted name with no disclosure words before it names no channel
    assert triples("通过“惠民”专栏发布信息30条。") == [("published", 30, "all")]


def test_the_main_channel_said_after_a_count_is_its_channel():
    text = "主动公开政府信息52条，其中业务工作信息40条，主要通过县商务网站公开，另以电话答复其他信息12条。"
    assert triples(text) == [("published", 52, "all"), ("published", 40, "website"), ("published", 12, "all")]
    text = "全年公开信息50条，其中政策文件20条，主要是在县政府门户网站发布，其余信息30条。"
    assert triples(text) == [("published", 50, "all"), ("published", 20, "website"), ("published", 30, "all")]
    assert triples("全年发布通知公告18条，大部分通过局微信公众号发布。") == [("published", 18, "wechat")]
