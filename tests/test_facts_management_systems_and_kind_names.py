"""Fact classes that audit18 (unread stored county, city, department and 2019-template pages,
session 18) found read wrong, written anew on sentences of our own."""
from fact_lines import read, triples


def published(text: str, year=None) -> list:
    return [(v, c) for k, v, c in triples(text, year) if k == "published"]


def published_named(text: str, year=None) -> list:
    return [(f["value"], f["channel"], f["category"]) for f in read(text, year) if f["kind"] == "published"]


# --- the disclosure catalogue's management system is the website -------------------------

def test_the_catalogue_management_system_is_the_website():
    text = "2020年全县各单位通过市政府信息公开目录管理系统主动公开信息3456条。"
    assert published(text, 2020) == [(3456, "website")]


def test_a_publishing_management_platform_is_the_website_too():
    text = "2020年本局通过区政府信息公开发布管理平台公开信息88条。"
    assert published(text, 2020) == [(88, "website")]


def test_an_office_management_system_names_no_channel():
    # guard: a system that is no disclosure catalogue (办公管理系统) says nothing of where items went
    text = "2020年本局通过协同办公管理系统公开信息88条。"
    assert published(text, 2020) == [(88, "all")]


# --- a publishing word right before 类 names a kind of item, it publishes nothing ------------

def test_a_kind_named_after_a_publishing_word_keeps_its_list_channel_and_name():
    text = "2020年，我局在县门户网站公开发布通知类9条、局公告公示类41条。"
    assert published_named(text, 2020) == [(9, "website", "通知类"), (41, "website", "局公告公示类")]


def test_a_kind_named_after_a_publishing_word_as_the_first_item():
    text = "2020年，我局在区政府网站发布信息发布类12条、工作动态类30条。"
    assert published_named(text, 2020) == [(12, "website", "信息发布类"), (30, "website", "工作动态类")]


def test_a_publishing_verb_before_kind_words_still_publishes():
    # guard: 公示 as the clause's own verb (公示各类信息) is still a verb
    text = "2020年，我局在公示栏公示各类信息26条。"
    assert published(text, 2020) == [(26, "bulletin_board")]


# --- a channel's count stated again in a later list of counts by channel is one fact ---------

def test_a_site_count_restated_in_a_list_by_channel_with_no_total_is_one_fact():
    text = ("2020年度本办通过区政府网站主动公开政府信息64条，其中工作动态类信息40条。\n"
            "通过不同渠道和方式发布政府信息情况：通过政府公报发布信息0条，通过政府网站发布信息64条，通过报纸发布信息7条。")
    assert sorted(published(text, 2020)) == [(0, "gazette"), (7, "media"), (40, "website"), (64, "website")]


def test_two_channels_with_the_same_count_in_such_a_list_stay_two_facts():
    # guard: the same number for another channel is another count
    text = ("2020年度本办通过区政府网站主动公开政府信息64条。\n"
            "通过不同渠道和方式发布政府信息情况：通过政府网站发布信息64条，通过微信公众号发布信息64条。")
    assert sorted(published(text, 2020)) == [(64, "website"), (64, "wechat")]


def test_an_item_of_a_total_equal_to_an_earlier_count_stays():
    # guard: a list item that is part of a total (其中…) is no restatement of an earlier count
    text = ("2020年度本办通过区政府网站主动公开政府信息64条。\n"
            "全年通过各渠道公开信息90条，其中通过政府网站发布信息64条，通过报纸发布信息26条。")
    assert sorted(published(text, 2020)) == [(26, "media"), (64, "website"), (64, "website"), (90, "all")]


# --- a list opening a sentence after a publishing sentence that gave no count ------------------

def test_a_list_after_a_publishing_sentence_without_a_count_keeps_its_channel():
    text = "2019年，本区管委会在政府信息公开网上发布信息。其中政策法规58条，规划计划6条，机构设置7条。"
    assert published_named(text, 2019) == [(58, "website", "政策法规"), (6, "website", "规划计划"),
                                           (7, "website", "机构设置")]


def test_a_list_after_a_total_whose_number_was_lost():
    # the total's number fell out of the page (发布和更新信息条), its quoted items remain
    text = "2019年，本区管委会在政府信息公开网上发布和更新信息条。其中“政策法规”31条，“财政资金”9条。"
    assert published(text, 2019) == [(31, "website"), (9, "website")]


def test_outcomes_after_a_sentence_on_requests_stay_no_items():
    # guard: 其中… after a sentence on requests lists what became of them, nothing published
    text = "全年共收到政府信息公开申请，均已按期答复。其中，予以公开5件，部分公开2件。"
    assert published(text, 2019) == []


def test_events_after_a_sentence_without_a_publishing_verb_stay_no_items():
    # guard: a sentence that publishes nothing opens no list of published items
    text = "本局高度重视政务公开工作。其中，召开专题会议3次，印发工作方案2个。"
    assert published(text, 2019) == []


# --- a quoted column name right before its count still says what it counts ------------------

def test_a_quoted_interpretation_column_among_a_list_is_no_item():
    text = "2019年，本委在政府信息公开网上发布信息100条。其中“政策法规”58条，“政策解读”40条，“机构设置”2条。"
    assert published(text, 2019) == [(100, "website"), (58, "website"), (2, "website")]


def test_an_account_quoted_before_its_verb_keeps_its_count():
    # guard: a quoted account name that is not the item's name right before the count stays a name
    text = "2019年，本委通过微信公众号“政策解读汇”发布信息30条。"
    assert published(text, 2019) == [(30, "wechat")]
