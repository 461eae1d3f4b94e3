"""Classes of fact sentences that session 15's audit of pages already read (audit15) found read
wrong, each written anew for these tests, with several of the wordings the country uses."""
from fact_lines import read, triples


def categories(text: str, year=None) -> list:
    return [(f["value"], f["category"]) for f in read(text, year) if f["kind"] == "published"]


def test_a_column_named_after_a_kind_of_disclosure_keeps_its_name_as_category():
    # the 五公开 columns and the like: 公开 there is part of a name, not the verb of the item
    text = "全年在镇政府网站公开信息70条，其中决策公开6条、结果公开4条、工作动态60条。"
    assert categories(text) == [(70, None), (6, "决策公开"), (4, "结果公开"), (60, "工作动态")]
    text = "今年通过门户网站发布信息45条，其中信息公开9条，政务公开信息30条，其他主动公开类信息6条。"
    assert categories(text) == [(45, None), (9, "信息公开"), (30, "政务公开信息"), (6, "其他主动公开类信息")]
    assert [f["channel"] for f in read(text)] == ["website"] * 4


def test_a_verb_inside_a_list_item_of_its_own_still_names_no_category():
    # the item's verb with a channel or at its start is a verb: what it publishes is plain information
    text = "全年公开信息80条，其中通过网站公开信息50条，主动公开政府信息30条。"
    assert categories(text) == [(80, None), (50, None), (30, None)]
    text = "全年公开信息80条，其中通过网站公开信息50条，规划类信息主动公开30条。"
    assert categories(text)[:2] == [(80, None), (50, None)] and categories(text)[2][1] != "规划类信息主动公开"


def test_meeting_information_is_published_information():
    # a meeting word right before 信息 names what the information is about
    for topic in ("县政府常务会议", "乡镇长办公会议", "全体会议和常务会议"):
        assert triples(f"全年在县政府网站公开{topic}信息26条。") == [("published", 26, "website")], topic
    # so does the last of a run of meetings joined by 、 before it
    text = "今年在政府网站公开全县春耕工作会议、防汛专题会议、2020年县政府第一次全体会议、常务会议信息31条，公开政策文件12条。"
    assert triples(text) == [("published", 31, "website"), ("published", 12, "website")]
    # holding a meeting is still no item published
    assert triples("全年召开政务公开工作会议4次。") == []
    assert triples("全年组织培训会议、座谈会议等共9次。") == []


def test_columns_kept_up_among_the_items_are_no_items():
    text = "全年通过区政府门户网站主动公开各类信息4210条，专题专栏维护5个。"
    assert triples(text) == [("published", 4210, "website")]
    text = "全年在网站公开信息300条，其中工作动态260条，新增专题2个，更新栏目3个，通知公告40条。"
    assert [f["value"] for f in read(text)] == [300, 260, 40]
    # a count of items published in a column stays one
    assert triples("全年在网站专题专栏发布信息35条。") == [("published", 35, "website")]


def test_documents_still_in_force_are_not_published_this_year():
    for still in ("确定继续有效的", "现行有效的", "继续有效"):
        text = f"2023年度新发布行政规范性文件3件，{still}行政规范性文件27件。"
        assert triples(text, 2023) == [("published", 3, "all")], still
    # those in force published as a collection are published
    assert triples("集中公开全县现行有效规范性文件64件。") == [("published", 64, "all")]


def test_catalogue_entries_updated_among_the_items_are_no_items():
    text = "全年公开信息900条，其中工作动态520条，信息公开目录更新210条次，通知公告380条。"
    assert [f["value"] for f in read(text)] == [900, 520, 380]
    # a head alone among the items names a column, which stays an item
    text = "全年公开信息900条，其中工作动态520条，办事指南60条，通知公告320条。"
    assert [f["value"] for f in read(text)] == [900, 520, 60, 320]


def test_a_code_with_a_leading_zero_is_no_count():
    assert triples("四、年度政府信息公开工作报告0700") == []
    assert triples("全年主动公开信息0700") == []
    # a count printed without its unit at a line's end still is one
    assert triples("全年主动公开信息700") == [("published", 700, "all")]


def test_requests_newly_received_after_those_carried_over_are_the_years():
    text = "上年结转政府信息公开申请3件，本年新收52件，办理52件，剩余3件结转下一年度处理。"
    assert triples(text) == [("requests_received", 52, None)]
    assert triples("本年新收政府信息公开申请52件。") == [("requests_received", 52, None)]
    # new items with no request named in the sentence are nothing of the kind
    assert triples("全年本年新收群众来信52件。") == []


def test_a_publicity_column_keeps_its_name_as_category():
    text = "全年在网站公开信息60条，其中行政执法公示12条、工作动态48条。"
    assert categories(text) == [(60, None), (12, "行政执法公示"), (48, "工作动态")]


def test_content_named_again_is_the_total_restated():
    # 内容 says no more than 信息: the list's first item repeating its total is the total again
    text = "全年在网站公开信息16条（其中，法定主动公开内容16条：包括机构职能3条、工作部署13条）。"
    assert [f["value"] for f in read(text)] == [16, 3, 13]
    assert categories("全年在网站公开内容20条。") == [(20, None)]
    # an item that names what the content is about stays one
    text = "全年在网站公开信息30条，其中政策文件内容30条。"
    assert [f["value"] for f in read(text)] == [30, 30]


def test_items_sent_to_a_site_named_after_the_verb_are_published_there():
    # session 16 (chan16): the site as the object of the sending word, not only before it
    assert triples("共上报省政府网站信息800条，采用700条，采用率87.5%。") == [("published", 800, "website")]
    assert triples("向省政府网站上报信息800条。") == [("published", 800, "website")]
    # sent to an office, not a site: nothing published
    assert triples("上报市委办公室信息20条。") == []


def test_a_sentence_opening_with_a_category_count_goes_on_with_the_list_before():
    # session 16 (chan16): items in 类 after the sentence of their total, joined by commas
    text = "充分发挥局网站信息公开平台作用，全年主动公开各类信息900条，其中政务公开500条。政策文件类30条，健康知识300条，通知公告类信息60条。"
    assert triples(text) == [("published", 900, "website"), ("published", 500, "website"), ("published", 30, "website"),
                             ("published", 300, "website"), ("published", 60, "website")]
    # a lone category count in a sentence of its own is not read as an item
    assert triples("全年主动公开各类信息900条。政策文件类30条。") == [("published", 900, "all")]
