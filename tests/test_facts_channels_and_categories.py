"""Session 19 (chan19): channels and categories of published counts (issue 9)."""
from fact_lines import read


def categories(text: str, year=None) -> list:
    return [(f["value"], f["channel"], f["category"]) for f in read(text, year) if f["kind"] == "published"]


def test_statutory_proactive_content_is_a_category():
    # 法定主动公开内容 names the statutory column beside news and notices: a kind, not plain information
    assert categories("区政府网站发布法定主动公开内容820条，发布重点领域信息61条。") == [
        (820, "website", "法定主动公开内容"), (61, "website", "重点领域信息")]
    assert categories("全年在网站公开信息50条，其中包含法定主动公开内容31条，工作信息17条，通知公告2条。") == [
        (50, "website", None), (31, "website", "法定主动公开内容"), (17, "website", "工作信息"),
        (2, "website", "通知公告")]


def test_statutory_proactive_content_equal_to_its_total_is_the_total_again():
    # guard: all of the total named so opens its list, no item of its own
    assert [f["value"] for f in read("全年在网站公开信息24条（其中，法定主动公开内容24条：包括机构职能9条、工作部署15条）。")] \
        == [24, 9, 15]
    # guard: plain proactive information stays of no kind
    assert categories("区政府网站主动公开政府信息70条。") == [(70, "website", None)]


def test_a_quoted_disclosure_platform_is_the_website():
    text = "2013年，我局在县政府开设的“某县政府信息公开”平台中共主动公开政府信息40条，其中工作动态30条，法律法规10条。"
    assert categories(text) == [(40, "website", None), (30, "website", "工作动态"), (10, "website", "法律法规")]
    # guard: a quoted platform named after something else says nothing of what it is
    assert categories("2013年，我局在“某县党建”平台上发布信息40条。") == [(40, "all", None)]


def test_print_media_summing_up_outlets_named_before_it():
    # the last outlet before 等 is a name that is no channel word, a level between 等 and 纸媒
    text = "2013年，我局在青山日报、南川晚报、新媒体东方网等省市纸媒上刊登稿件5篇。"
    assert categories(text) == [(5, "media", "稿件")]
    assert categories("2013年，我局在青山日报、东方网等主流媒体刊登稿件6篇。") == [(6, "media", "稿件")]
    # guard: outlets of several kinds summed up as media stay several
    assert categories("2013年，通过政府网站、公众号等媒体发布信息8条。") == [(8, "all", None)]


def test_items_enumerated_under_a_line_announcing_a_channel():
    text = ("优化门户网站“政务公开专栏”，统一发布本局法定主动公开内容：\n"
            "1.“政府信息公开目录”：发布各类文件120件，其中局令3件、公告70件；\n"
            "2.“政策解读”：发布工作动态信息40条。")
    assert categories(text) == [(120, "website", "文件"), (3, "website", "局令"), (70, "website", "公告"),
                                (40, "website", "工作动态信息")]
    # guard: a line that names two channels announces no one channel
    text = ("通过门户网站和微信公众号统一发布以下内容：\n"
            "1.“政府信息公开目录”：发布各类文件120件。")
    assert categories(text) == [(120, "all", "文件")]


def test_outlets_that_adopted_items_are_no_channel_of_the_next_count():
    # guard: the outlets before 采用 are the adopters'; the next count names no channel of its own
    text = "市网站及其公众号采用信息40篇、青山报等纸媒采用信息12篇、发布审计结果公告2篇。"
    assert categories(text) == [(2, "all", "审计结果公告")]


def test_an_aside_after_an_items_name_is_no_part_of_its_category():
    text = "网站发布信息90条，其中工作信息（新闻）60条，栏目信息（财政预算、通知公告、政策文件）30条。"
    assert categories(text) == [(90, "website", None), (60, "website", "工作信息"), (30, "website", "栏目信息")]
    # guard: a column named before the verb still names the items published in it
    assert categories("在要闻栏目发布信息150条。") == [(150, "website", "要闻")]
    # guard: an aside on the item before is no part of the next one's name
    assert categories("网站发布信息9条，其中决算4篇（含预算、决算）、规范性文件5篇。") == [
        (9, "website", None), (4, "website", "决算"), (5, "website", "规范性文件")]


def test_a_platform_of_disclosure_columns_is_the_website():
    text = "2020年，一是利用某县人民政府门户网站等政务公开栏平台公开政务信息40条；二是通过政务公开栏公开信息90条。"
    assert categories(text) == [(40, "website", None), (90, "bulletin_board", None)]


def test_a_publicity_notices_column_keeps_its_whole_name():
    text = "全年主动公开信息60条，其中通知公告20条，公示公告15条，工作动态25条。"
    assert categories(text) == [(60, "all", None), (20, "all", "通知公告"), (15, "all", "公示公告"),
                                (25, "all", "工作动态")]
    # guard: with no list, the word still publishes the count
    assert categories("全年在网站公示公告15条。") == [(15, "website", "公示公告")]
    # guard: what 公示 publicizes otherwise is the category
    assert categories("全年在网站公示行政处罚信息15条。") == [(15, "website", "行政处罚信息")]


def test_new_media_summing_up_outlets_of_one_kind_is_that_kind():
    text = "抖音、快手、“某县警事”等新媒体平台发布视频40余条。"
    assert [f[:2] for f in categories(text)] == [(40, "short_video")]
    # guard: outlets of two kinds summed up as new media stay several
    assert [f[:2] for f in categories("通过网站、微信等新媒体发布信息60条。")] == [(60, "all")]
    # guard: other means unnamed after 等 stay all
    assert [f[:2] for f in categories("通过公告栏等其他方式公开政府信息830条。")] == [(830, "all")]


def test_the_disclosure_catalogue_publishing_is_the_website():
    text = "2021年，政府信息公开目录发布各类稿件300篇。"
    assert [f[:2] for f in categories(text)] == [(300, "website")]
    # guard: a catalogue revised in a clause of its own is not where the count was published
    assert [f[:2] for f in categories("2021年，修订信息公开目录，全年发布信息80条。")] == [(80, "all")]
