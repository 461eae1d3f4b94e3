"""The facts stage on narrative counts eval23 showed misread (issue #9): what a count's category
is, which channel it is of, and which counts are the year's. Every sentence here is written for
these tests."""
from fact_lines import read


def quads(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"], f["category"]) for f in read(text, year)]


def test_a_column_counted_without_a_verb_is_the_category_of_its_count():
    text = "在市信息公开平台共公开信息240条，其中：人事任免栏目30条，部门预算栏目15条，其他公开栏目90条。"
    assert quads(text) == [("published", 240, "website", None), ("published", 30, "website", "人事任免"),
                           ("published", 15, "website", "部门预算"), ("published", 90, "website", "其他公开")]
    # a verb inside the column's name is part of it
    assert quads("在市信息公开平台共公开信息24条，其中：人事任免栏目20条，新闻发布栏目4条。")[2] == \
        ("published", 4, "website", "新闻发布")
    # information of no kind counted in a named column is of that column's kind
    assert quads("网站公开信息100条，其中工作动态栏目信息60条，便民服务信息40条。")[1] == \
        ("published", 60, "website", "工作动态")


def test_a_channel_word_before_its_count_names_no_category():
    # 网站 is no column: nothing is named
    assert quads("在政府网站信息公开栏目公开信息30条。") == [("published", 30, "website", None)]
    assert quads("通过政府网站公开信息30条。") == [("published", 30, "website", None)]
    # the disclosure column itself is the channel, no category
    assert quads("全年共主动公开信息20条，其中：政府网站公开专栏20条。")[1] == ("published", 20, "website", None)


def test_a_city_portal_quoted_by_its_brand_is_the_website():
    # the portal's brand, 中国 and the city's name with or without a middle dot
    text = "2021年我局在“中国·南岭”公开政府信息200条，其中行政审批结果40条，回应关切10条。"
    assert [f[:3] for f in quads(text)] == [("published", 200, "website"), ("published", 40, "website"),
                                            ("published", 10, "website")]
    # an account of that name on another platform is of that platform
    assert [f[:3] for f in quads("在“中国·南岭”微信公众号发布信息20条。")] == [("published", 20, "wechat")]


def test_other_information_published_is_a_category_of_its_list():
    text = "全年公开信息200条，其中发文30条，回应关切10条，其他公开信息160条。"
    assert quads(text)[-1] == ("published", 160, "all", "其他公开信息")
    # published by other means names a way of publishing, no category
    text = "全年公开信息200条，其中发文30条，通过其他方式公开170条。"
    assert quads(text)[-1] == ("published", 170, "all", None)


def test_a_count_over_a_span_of_years_is_no_count_of_the_year():
    text = "我镇2016年主动公开政府信息900条，其中网站公开300条。2009年-2016年某镇主动公开政府信息4100条。"
    assert [f[:3] for f in quads(text, 2016)] == [("published", 900, "all"), ("published", 300, "website")]
    assert [f[:3] for f in quads("2016年公开信息900条。2014至2016年共公开信息3000条。", 2016)] == [
        ("published", 900, "all")]


def test_the_statistics_period_of_one_year_dates_no_running_total():
    text = "统计期限为2016年1月1日至2016年12月31日。2016年某镇主动公开政府信息900条。"
    assert [f[:3] for f in quads(text, 2016)] == [("published", 900, "all")]


def test_a_topic_list_ending_in_documents_keeps_its_count():
    # 办理 names a topic of the documents, not requests handled
    text = "分类公开企业登记、施工许可办理、水电报装等优化营商环境领域的重点政策文件43条。"
    assert [f[:3] for f in quads(text)] == [("published", 43, "all")]
    # documents of proposals handled, with no publishing word, are no items published
    assert quads("办理人大建议、政协提案等相关文件12件。") == []


def test_a_list_announced_in_a_sentence_without_counts_goes_on_in_the_next():
    text = ("我局全年共主动公开政府信息150条。在主动公开的政府信息中主要分为规范文件、工作动态、人事任免信息等类别。"
            "规范文件类110条，占总数的73%；工作动态类40条，占总数的27%。")
    assert quads(text, 2012) == [("published", 150, "all", None), ("published", 110, "all", "规范文件类"),
                                 ("published", 40, "all", "工作动态类")]


def test_a_sentence_without_counts_that_announces_no_list_ends_it():
    text = "我局全年共主动公开政府信息150条。公开形式主要有政府网站和公开栏。规范文件类110条，工作动态类40条。"
    assert quads(text, 2012) == [("published", 150, "all", None)]


def test_unnumbered_category_counts_under_a_heading_of_categories_are_items():
    text = ("2018年，我局主动公开信息50条。\n3、主动公开信息的主要类别情况：\n"
            "规划计划类、其他文件信息41条；\n部门预决算信息9条；\n其他方式公开政府信息12条。")
    assert quads(text, 2018) == [("published", 50, "all", None),
                                 ("published", 41, "all", "规划计划类、其他文件信息"),
                                 ("published", 9, "all", "部门预决算信息"),
                                 ("published", 12, "all", None)]


def test_a_heading_that_names_no_categories_opens_no_list():
    text = "2018年，我局主动公开信息50条。\n3、主动公开信息的形式：\n规划计划类、其他文件信息41条；\n部门预决算信息9条；"
    assert quads(text, 2018) == [("published", 50, "all", None)]


def test_cases_named_as_the_topic_of_information_published_are_no_cases_handled():
    # eval22 page 30's class: the information is about cases; the cases are not what was counted
    assert [f[:3] for f in quads("通过门户网站公示各类行政处罚案件信息26条。")] == [("published", 26, "website")]
    assert [f[:3] for f in quads("在门户网站公开了违法案件一览表3件。")] == [("published", 3, "website")]


def test_cases_counted_are_no_items_published():
    assert quads("公开行政处罚案件3件。") == []
    assert quads("全年办理行政复议案件2件。") == []


def test_values_after_respectively_share_the_one_channel_named_before():
    # eval22 page 28's class: two levels of one kind of outlet, one channel
    text = "在省级、市级媒体刊发稿件和新闻报道分别达到6篇、11篇。"
    assert [f[:3] for f in quads(text)] == [("published", 6, "media"), ("published", 11, "media")]
    # no channel named: none taken
    assert [f[:3] for f in quads("全年分别公开信息6条、11条。")] == [("published", 6, "all"), ("published", 11, "all")]


def test_an_aside_holding_a_list_word_right_before_a_count_says_what_the_item_held():
    # eval22 page 77's class: the channel of the sentence before reaches the item, and its name is
    # the words before the aside
    text = ("我镇依托政府网站开展公开工作。共发布公开信息90条，其中规划计划类信息50条，工作动态类信息36条，"
            "其他类信息（含人事、采购等内容）4条。")
    assert quads(text)[-1] == ("published", 4, "website", "其他类信息")


def test_an_aside_without_a_list_word_is_no_part_of_the_name_either():
    # session 19 (chan19): eval23 page 97's gold reads any aside between a name and its count as a gloss
    text = ("我镇依托政府网站开展公开工作。共发布公开信息90条，其中规划计划类信息50条，工作动态类信息36条，"
            "其他类信息（人事、采购）4条。")
    assert quads(text)[-1] == ("published", 4, "website", "其他类信息")
