"""The facts stage on false narrative facts eval26 showed (issue #9): powers counted in 项, a
year run into a heading, suggestions answered, open-data sets kept up, a count cut by the
text's end. Every sentence here is written for these tests."""
from fact_lines import read


def cats(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"], f["category"]) for f in read(text, year)]


# --- powers and matters counted in 项 ---------------------------------------------------------------

def test_kinds_of_power_counted_in_items_are_no_items_published():
    # the narrative restating the powers a body listed: entries of a list of powers, not documents
    assert cats("本所2022年主动公开行政许可21项，行政处罚48项，行政强制2项，其他对外管理服务事项7项。") == []
    assert cats("本年新增公开行政确认3项，行政检查0项，行政征收1项。") == []
    assert cats("全年公开其他行政权力5项。") == []


def test_power_decisions_and_information_counted_are_still_published():
    # what was published about a power, named so, is items of information
    assert cats("在政府网站公开行政许可信息21项。") == [("published", 21, "website", "行政许可信息")]
    assert cats("在政府网站公示行政处罚决定48条。") == [("published", 48, "website", "行政处罚决定")]
    # a power counted in documents (件, 条) is not ruled out by its name
    assert cats("通过信用网站公示行政许可300条，行政处罚25条。")[0][:3] == ("published", 300, "website")


def test_a_power_item_that_makes_up_its_lists_total_stays():
    # the list's items, the power among them, add up to the total: each is one of its items
    text = "全年主动公开信息90条，其中机构概况3条，行政许可80项，人事信息7条。"
    assert ("published", 80, "all", "行政许可") in cats(text)


# --- a year run into a heading ----------------------------------------------------------------------

def test_a_year_that_lost_its_nian_after_a_heading_is_no_count_and_dates_the_total():
    text = "（一）主动公开政府信息情况2024，全区各部门通过门户网站、政务新媒体等渠道，累计主动公开政府信息4106条。" \
           "其中，区政府门户网站公开3320条，政务新媒体公开786条。"
    got = cats(text, 2024)
    assert ("published", 2024, "all", "政府信息情况") not in got
    assert [g[:3] for g in got] == [("published", 4106, "all"), ("published", 3320, "website"),
                                    ("published", 786, "all")]


def test_a_count_printed_without_its_unit_still_counts():
    assert [g[:3] for g in cats("全年公开信息158，其中规范性文件12条。")] == [
        ("published", 158, "all"), ("published", 12, "all")]


# --- what the public sent in, answered ------------------------------------------------------------

def test_suggestions_and_opinions_received_and_answered_are_no_items_published():
    text = "全年通过网站、公众号等渠道公开政府信息2.4万余条，其中：规范性文件6件；" \
           "收到并答复交通出行、垃圾分类等方面建议意见23条；编印政府公报4期。"
    assert [g[:3] for g in cats(text)] == [("published", 24000, "all"), ("published", 6, "all")]


# --- open-data sets -------------------------------------------------------------------------------

def test_open_data_sets_kept_up_are_no_items_published():
    text = "2023年度，本局通过门户网站主动公开政府信息60条。其中，工作动态50条、通知公告10条；按时更新“开放某市”平台12条数据集。"
    assert [g[:3] for g in cats(text)] == [("published", 60, "website"), ("published", 50, "website"),
                                           ("published", 10, "website")]
    assert cats("在开放数据平台维护开放数据集31个。") == []


# --- a count the text's end cut -------------------------------------------------------------------

def test_a_bare_number_at_the_texts_end_is_no_count():
    # the page ends inside the number: what was printed after it (its unit, more digits) is lost
    head = "某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
    assert cats(head + "全年通过政府网站发布信息3150277") == []
    # …but one with its unit there is whole, and so is a line read alone
    assert cats(head + "全年通过政府网站发布信息315条") == [("published", 315, "website", None)]
    assert cats("全年通过政府网站发布信息315") == [("published", 315, "website", None)]
    # a short count there lost only its unit: the report says how many
    assert [g[:2] for g in cats(head + "三、依申请公开情况\n2023年，本街道共收到依申请公开2")] == [("requests_received", 2)]


# --- channel words inside other words -------------------------------------------------------------

def test_political_news_reported_names_no_gazette():
    # 时政报道 holds 政报 (a government gazette) only across two words
    text = "依托镇微信公众号发布各类通告、时政报道450条，推送招聘公告等重要信息12条。"
    assert [g[:3] for g in cats(text)] == [("published", 450, "wechat"), ("published", 12, "wechat")]
    assert cats("在《某市政报》刊登规范性文件6件。") == [("published", 6, "gazette", "规范性文件")]


# --- documents sorted out ---------------------------------------------------------------------------

def test_documents_sorted_out_are_no_items_published():
    # 梳理: documents gone through, not published, even right after a count of documents published
    text = "以网站为主要平台，主动公开信息数量1200条，主动公开文件310份，全面梳理规范性文件25份，做到应公开尽公开。"
    assert [g[1] for g in cats(text)] == [1200, 310]
    # the results of a clean-up published are a document, and stay items of their list
    text = "在政府网站公开信息12条，其中规范性文件清理结果1条，工作动态11条。"
    assert [g[1] for g in cats(text)] == [12, 1, 11]
    # …but a list published after it was sorted out is published
    text = "通过区政府网站公开政务信息3条，具体包括：领导分工信息1条，梳理公布服务事项清单1条，工作动态1条。"
    assert [g[1] for g in cats(text)] == [3, 1, 1, 1]


# --- a three-affairs disclosure platform ------------------------------------------------------------

def test_a_three_affairs_disclosure_platform_is_a_website():
    text = "2023年度我镇通过三务公开平台公布信息共900条，其中党务公开300条，政务公开300条，财务公开300条。"
    assert [g[2] for g in cats(text)] == ["website"] * 4
    # a village-affairs board stays a board
    assert cats("本镇在村务公开栏公示信息40条。")[0][2] == "bulletin_board"


# --- a clause after a count saying where it was published ---------------------------------------

def test_a_clause_after_a_count_that_says_where_it_went_names_its_channel():
    assert [g[:3] for g in cats("2024年以区发改委名义印发主动公开文件6件，及时通过政府网站予以公开。")] == [
        ("published", 6, "website")]
    # documents issued, all published on a channel the clause names
    assert [g[:3] for g in cats("全年制发规范性文件3件，均已在县政府门户网站公开。")] == [("published", 3, "website")]
    # the items of its list take it too
    assert [g[:3] for g in cats("全年主动公开信息120条，通过政府网站发布。其中工作动态100条，通知公告20条。")] == [
        ("published", 120, "website"), ("published", 100, "website"), ("published", 20, "website")]


def test_a_clause_after_a_count_naming_two_channels_or_answering_names_none():
    assert [g[2] for g in cats("全年主动公开信息90条，通过网站和公众号同步发布。")] == ["all"]
    assert cats("全年收到申请4件，均通过网站予以答复。") == [("requests_received", 4, None, None)]
