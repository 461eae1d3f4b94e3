"""Session 20 (chan20): named accounts, boards and short videos, and copies or drafts that are no
items published (issue 9)."""
from fact_lines import read


def published(text: str, year=None) -> list:
    return [(f["value"], f["channel"]) for f in read(text, year) if f["kind"] == "published"]


def test_a_sites_own_account_is_that_accounts_channel():
    text = ("一年来，青山市政府门户网站共发布信息1800条，青山市政府网站微信公众号发布各类信息120条，"
            "青山市政府网微博发布各类信息390条。")
    assert published(text) == [(1800, "website"), (120, "wechat"), (390, "weibo")]
    assert published("全年通过县政府网站官方抖音号发布视频35条。") == [(35, "short_video")]


def test_a_site_and_an_account_joined_stay_two_channels():
    # guard: a site and an account joined by a mark or a word are two channels for one count
    assert published("全年通过门户网站、微信公众号发布信息90条。") == [(90, "all")]
    assert published("全年通过门户网站和政务微博发布信息90条。") == [(90, "all")]


def test_short_videos_listed_under_a_media_count_are_short_videos():
    assert published("全年在各类媒体平台发布信息报道200余篇，短视频40余条。") == [(200, "media"), (40, "short_video")]
    # guard: an item that names no channel keeps its list's
    assert published("全年在各类媒体平台发布信息报道200余篇，图片新闻40余条。") == [(200, "media"), (40, "media")]


def test_notices_posted_on_a_board_counted_in_times():
    text = "在社区公示栏公示年度活动计划、居民自治事项、资产管理事项等120余次。"
    assert published(text) == [(120, "bulletin_board")]
    assert published("通过村务公开栏公开各类事项60次。") == [(60, "bulletin_board")]
    # guard: events in times are no items, and a board's count in 条 is read as before
    assert published("开展宣传活动12次。") == []
    assert published("在公示栏公示信息30条。") == [(30, "bulletin_board")]


def test_posters_and_leaflets_counted_in_copies_are_no_items():
    text = "全年结合宣传月等活动，共张贴宣传海报150余份，发放各类政策宣传手册6000余份。"
    assert published(text) == []
    assert published("在各村张贴宣传单300份。") == []
    # guard: notices posted in copies are the notices
    assert published("在公示栏张贴公告150余份。") == [(150, "bulletin_board")]


def test_pieces_written_are_no_items_published():
    text = "一是区民防办全年在“某某之窗”更新信息60篇，向区政府报送信息60篇。撰写各类宣传报道、信息稿件15篇。"
    assert published(text) == [(60, "all")]
    # guard: reports carried by media named are published there
    assert published("在市级媒体宣传报道本局工作30篇。") == [(30, "media")]


def test_a_sentence_naming_several_means_gives_no_channel_to_the_next():
    text = ("2016年度，通过在某局网站上设置专栏、编制《某局政府信息公开指南》等多种形式，积极主动公开政府信息。"
            "2016年，某局主动公开政府信息700条，受理申请5件。")
    assert published(text) == [(700, "all")]
    # guard: a sentence about publishing on one channel still gives it
    assert published("一是对微信公众号及时更新。全年发布原创稿件63篇。") == [(63, "wechat")]


def test_a_total_stated_again_naming_its_channel_is_two_facts():
    # docs/record.md: the total said with no channel and said again for one channel are two facts
    text = "2022年全年主动公开政府信息500条。\n2022年，我乡通过政府网站主动公开政府信息500条。"
    assert published(text) == [(500, "all"), (500, "website")]
    # guard: said again with no channel, it is the total again
    text = "2022年全年主动公开政府信息500条。\n2022年，我乡共主动公开政府信息500条。"
    assert published(text) == [(500, "all")]


def test_short_videos_counted_in_issues_are_videos_not_channels():
    text = "2023年在“某区文旅”视频号共发布文化、科技、体育类短视频260期，直播50场。"
    assert published(text) == [(260, "short_video")]
    # guard: accounts counted right after their platform are channels, no items
    assert published("全年新开设抖音号、视频号3个。") == []


def test_short_video_among_forms_of_presentation_is_no_channel():
    text = "全年公开政策文件6条；政策解读40条，采用图文解读、短视频、问答访谈等多元形式；法定公开内容300条。"
    assert published(text) == [(6, "all"), (300, "all")]
    # guard: short videos published are on a video channel
    assert published("全年发布短视频40条，采用图文等形式。") == [(40, "short_video")]


def test_a_site_named_after_an_account_is_no_owner_of_it():
    # guard: the site comes after the account, joined to it: two channels
    assert published("通过“某某发布”微信公众号、县政府网发布信息50条。") == [(50, "all")]


def test_items_counted_after_the_times_they_were_pushed_in():
    assert published("官方微信公众号“健康某某”全年发布200次380条。") == [(380, "wechat")]
    # guard: releases in times alone are still one item each, pushes alone none
    assert published("全年在网站发布信息40次，微信推送30次。") == [(40, "website")]


def test_a_subscription_account_is_wechat():
    assert published("通过“某某”订阅号发布信息30条。") == [(30, "wechat")]
    text = ("2025年，我镇主动公开政务信息数200条，其中，通过区政府门户网站主动公开信息30条，"
            "通过微信订阅号“某某”公开政务信息170\n（二）依申请公开情况")
    assert published(text) == [(200, "all"), (30, "website"), (170, "wechat")]
    # guard: subscribers counted are no items
    assert published("微信公众号新增订阅用户300人，发布信息40条。") == [(40, "wechat")]
