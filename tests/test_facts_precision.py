"""The facts stage's precision (issue #9): counts that look like items published, requests
received or proposals handled but are not. Every sentence here is written for these tests;
each reproduces a way real reports state something else with the same words."""
from govextract.model import Paragraph, Source
from govextract.stages import facts
from fact_lines import triples


def test_a_list_whose_items_make_up_its_total_ends_there():
    assert triples("2022年通过政府网站主动公开信息900条，其中重点领域信息600条，其他信息300条，主动公开文件80份，"
                   "发布政策解读12篇。") == [("published", 900, "website"), ("published", 600, "website"),
                                              ("published", 300, "website"), ("published", 80, "website")]
    # a part of the whole named after its categories is no further category
    assert [v for _, v, _ in triples("在网站公开信息20条，其中工作动态12条、法规公文8条，其中市网站采用9条。")] == [20, 12, 8]
    # items short of the total keep the list open
    assert [v for _, v, _ in triples("公开信息50条，其中工作动态12条、法规公文8条，人事信息6条。")] == [50, 12, 8, 6]


def test_a_total_before_the_years_new_items_is_a_running_total():
    assert triples("截至2012年12月31日，我镇在县政府网站共主动公开政府信息480条，今年新增72条。") == [
        ("published", 72, "website")]
    assert [v for _, v, _ in triples("共公开信息300条，其中本年新增40条。")] == [40]
    # the total said to be the year's stays
    assert [v for _, v, _ in triples("全年主动公开信息300条，其中新增规范性文件40条。")] == [300, 40]


def test_the_count_restated_as_full_text_electronic_is_one_count():
    text = "2011年度主动公开信息数61条。公开信息分类：全文电子化的主动公开信息数61条；其中机构职能类信息50条；工作动态类信息11条。"
    assert [v for _, v, _ in triples(text)] == [61, 50, 11]


def dated(text: str, year: int) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return [(f["kind"], f["value"], f["channel"]) for f in facts.extract(paragraphs, year)]


def test_platform_extranet_and_system_names_are_the_website():
    assert triples("今年我乡政务公开平台共公开信息30条，其中工作动态类信息20条，财政信息10条。") == [
        ("published", 30, "website"), ("published", 20, "website"), ("published", 10, "website")]
    assert triples("我单位通过政务外网公开信息120条。") == [("published", 120, "website")]
    assert triples("今年我镇通过电子政务平台累计主动公开政府信息36条，其中通知公告30条，工作动态6条。") == [
        ("published", 36, "website"), ("published", 30, "website"), ("published", 6, "website")]
    assert triples("全年在区人民政府外网主动公开政府信息数40条（其中：工作动态30条，通知公告10条）。") == [
        ("published", 40, "website"), ("published", 30, "website"), ("published", 10, "website")]
    assert triples("我镇通过市政府外网发布信息8条。") == [("published", 8, "website")]
    assert triples("全年通过县政府信息公开系统主动公开政府信息25条。") == [("published", 25, "website")]


def test_published_replies_to_suggestions_and_proposals_are_items_published():
    assert triples("公开建议提案办理答复件12件（人大建议答复8件，政协提案答复4件）。") == [
        ("published", 12, "all"), ("published", 8, "all"), ("published", 4, "all")]
    assert triples("在区政府网站公开信息40条，其中，镇文件10条，人大建议回复3条，工作动态27条。") == [
        ("published", 40, "website"), ("published", 10, "website"), ("published", 3, "website"),
        ("published", 27, "website")]
    assert triples("集中发布人大代表建议、政协提案办理情况45条。") == [("published", 45, "all")]
    assert triples("公开省、市议提案办理情况3件。") == [("published", 3, "all")]
    # handling them, with nothing published, stays a count of suggestions handled
    assert triples("全年共办理人大代表建议15件。") == [("npc_suggestions", 15, None)]


def test_reposting_that_opens_its_clause_publishes():
    assert [v for _, v, _ in triples("全年共公开信息900条，公开文件300份，转载新闻500条。")] == [900, 300, 500]
    assert triples("我局信息被人民网转载12篇。") == []


def test_a_request_noun_missing_a_character_still_counts_requests():
    assert triples("全年共收到依申公开事项4件，均按时答复。") == [("requests_received", 4, None)]


def test_requests_said_only_to_be_handled_are_received_only_when_nothing_else_says_so():
    # those handled may take in requests carried over from the year before: where the sentence says
    # so, or the report states how many it received, they are no fact
    assert triples("2025年全区共办理政府信息公开申请900件，其中结转下年度继续办理30件。") == []
    assert triples("全年收到政府信息公开申请12件。\n本年度共办理公民、法人提出的政府信息公开申请13件，均按期答复。") == [
        ("requests_received", 12, None)]
    # otherwise they are the requests the report states, with that inference noted
    paragraphs = [Paragraph("全年主动公开政府信息100条，办理依申请公开件3件。", Source(line=1))]
    assert [(f["kind"], f["value"], f["confidence"]) for f in facts.extract(paragraphs)] == [
        ("published", 100, "high"), ("requests_received", 3, "medium")]
    assert triples("本年度共办理公民、法人提出的政府信息公开申请45件，均按期答复。") == [("requests_received", 45, None)]
    assert triples("全年共依法办理群众申请公开政府信息的请求7件，另办理行政复议1件。") == [("requests_received", 7, None)]
    # received said as such stays, whoever made them and whatever is carried over
    assert triples("全年收到申请40件，上年结转2件。") == [("requests_received", 40, None)]
    assert triples("全年共收到公民提出的政府信息公开申请12件。") == [("requests_received", 12, None)]
    assert triples("本年度受理并办理政府信息公开申请7件。") == [("requests_received", 7, None)]


def test_requests_counted_before_what_they_ask_for():
    assert triples("本年度我单位收到2条申请政府信息公开的来件。") == [("requests_received", 2, None)]
    assert triples("全年共接到3件申请政务信息公开的信函。") == [("requests_received", 3, None)]


def test_a_number_inside_a_document_title_is_no_count():
    assert triples("相继公开《关于做好2023年度8件实事的通知》等文件，做到应公开尽公开。") == []
    assert triples("印发《公开信息5条规定》，全年公开信息60条。") == [("published", 60, "all")]


def test_interpretations_among_the_items_are_not_items_published():
    assert [v for _, v, _ in triples("全年公开信息50条，其中工作动态30条，政策解读5条，通知公告15条。")] == [50, 30, 15]
    assert [v for _, v, _ in triples("2023年主动公开政府信息90条，其中发布政策解读类信息4条，工作动态类信息50条，"
                                     "其他信息36条。")] == [90, 50, 36]
    # interpretations named with other items are part of an item
    assert [v for _, v, _ in triples("通过网站公开信息500条，其中工作动态200条、政策文件及解读9条、公告60条。")] == [
        500, 200, 9, 60]


def test_counts_of_units_and_sections_are_no_items():
    assert triples("全区纳入信息公开系统的40个单位均设立了机构。") == []
    assert triples("网站主动公开内容共开设7个板块：动态、机构。") == []


def test_outcomes_of_requests_are_not_published():
    assert triples("收到申请80件。答复情况如下：其中，同意公开60件，占75%；部分公开5件。") == [
        ("requests_received", 80, None)]
    # a publishing verb in the sentence before opens no list of published items
    assert triples("全年受理政府信息公开申请30件，申请公开的信息主要涉及统计数据。"
                   "其中，已公开可查询并告知申请人获取方式的6件。") == [("requests_received", 30, None)]


def test_a_count_dated_to_another_year_is_not_the_reports():
    assert dated("此外，2010年我镇通过门户网站公开各类政府信息30余条。", 2009) == []
    assert dated("2019年，我镇通过县政府网站公开信息80条，其中工作动态50条，通知公告30条。", 2020) == []
    assert dated("2020年，我镇通过县政府网站公开信息80条。", 2020) == [("published", 80, "website")]
    assert dated("信息发布量由2013年的900条增加到2014年的1200条，在网站发布信息300条。", 2014) == [
        ("published", 1200, "all"), ("published", 300, "website")]
    # a year naming what was published dates no count
    assert dated("2020年，公开2019年度部门决算1条。", 2020) == [("published", 1, "all")]
    assert dated("2019年收到申请3件，2020年收到申请5件。", 2020) == [("requests_received", 5, None)]
    # without the report's year nothing is dropped
    assert dated("2019年，我镇通过县政府网站公开信息80条。", None) == [("published", 80, "website")]


def test_a_running_total_said_as_so_far_is_no_count_of_the_year():
    assert triples("全年发布信息400条，目前累计发布数字化书籍1200部。") == [("published", 400, "all")]


def test_channels_named_in_turn_before_respectively_go_to_the_counts_in_turn():
    assert triples("通过官方微博“城东发布”、微信公众号“城东之窗”分别发布各类信息92条、306条。") == [
        ("published", 92, "weibo"), ("published", 306, "wechat")]
    assert triples("全年通过门户网站、微信公众号和微博发布信息分别为100条、200条、300条。") == [
        ("published", 100, "website"), ("published", 200, "wechat"), ("published", 300, "weibo")]
    # fewer counts than channels: which is which is not said
    assert triples("通过网站、微信分别发布信息50条。") == [("published", 50, "all")]


def test_the_total_named_again_and_requests_are_no_items_of_a_published_list():
    assert dated("2022年度我乡通过县政府信息公开平台累公开210条，其中主动公开信息数为210条，依申请公开信息数为0条，"
                 "不予公开信息数为0条。", 2022) == [("published", 210, "website")]
    # a category with the whole count is an item
    assert triples("共公开信息175条。在主动公开的信息中，业务动态类信息175条，占100%。") == [
        ("published", 175, "all"), ("published", 175, "all")]


def test_a_site_named_as_an_information_net_is_the_website():
    assert triples("其中我局财政信息网公开财政信息19条。") == [("published", 19, "website")]


def test_a_year_compared_with_does_not_date_the_years_count():
    assert dated("比2022年增长20%，全年共公开信息120条。", 2023) == [("published", 120, "all")]
    assert dated("较2022年，全年公开信息120条。", 2023) == [("published", 120, "all")]
    # the compared year's own count, and the difference, are not the year's
    assert dated("2023年，我局发布信息100条，比2022年的80条有所增加。", 2023) == [("published", 100, "all")]
    assert dated("2023年，我局发布信息100条，较2022年增加20条。", 2023) == [("published", 100, "all")]


def test_telephone_lines_and_mailboxes_are_no_items():
    assert triples("设立政务公开电话2部，公开监督电话1个，全年公开信息30条。") == [("published", 30, "all")]


def test_a_total_whose_part_of_the_year_is_named_by_its_year_is_a_running_total():
    assert dated("截至2023年12月31日，网站累计发布信息12000条，其中2023年发布1500条。", 2023) == [
        ("published", 1500, "website")]


def test_counts_of_departments_are_no_items():
    assert triples("公开财政预决算信息涉及23个部门，全年公开信息80条。") == [("published", 80, "all")]


def test_applications_for_licences_are_no_disclosure_requests():
    assert triples("全年受理行政许可申请3000件。") == []
    assert triples("受理登记申请50件，收到信息公开申请4件。") == [("requests_received", 4, None)]


def test_what_the_items_are_about_is_no_further_item():
    assert triples("公开重大建设项目批准和实施信息45条，涉及项目12个。") == [("published", 45, "all")]
    # an item named by what it is about is an item
    assert [v for _, v, _ in triples("网站发布信息800条，其中涉及财政、教育等重点领域信息600条；涉及五公开信息150条。")] == [
        800, 600, 150]


def test_a_count_of_places_or_of_ways_is_no_item():
    assert triples("从公开主体看，全省14个市（州）公开信息80.5万条。") == [("published", 805000, "all")]
    assert triples("全县16个乡镇共发布信息300条。") == [("published", 300, "all")]
    assert triples("我局主动公开政府信息主要通过三个渠道，一是门户网站。") == []
    assert triples("本单位通过五种方式公开政府信息，即网站、公开栏、微信、微博和报纸。") == []
    # items named after 个 are still items
    assert triples("全年公开重大项目信息12个。") == [("published", 12, "all")]


def test_items_entered_into_a_disclosure_column_are_published():
    # 录入 into a column is publishing there; 制作 (items made) is not: a report may make more than it publishes
    assert triples("2019年，我乡在信息公开栏目录入各类信息316条。") == [("published", 316, "website")]
    assert triples("全年在政务公开平台录入政府信息58条。") == [("published", 58, "website")]
    assert triples("全年录入政务服务事项1200项。") == []
    assert triples("全年共制作政府信息300条，其中主动公开信息120条。")[-1] == ("published", 120, "all")


def test_equal_items_of_a_list_whose_names_hold_a_publishing_word_are_two():
    # 信息公开指南 and 信息公开年报 hold 公开, yet stand in the list: equal values are two items
    assert [v for _, v, _ in triples("全年主动公开政府发文5条，其中业务工作5条；通知公告数3条；政府信息公开指南信息数1条；"
                                     "政府信息公开工作年度报告信息数1条。")] == [5, 5, 3, 1, 1]
    # a total named again outside a list is one count
    assert [v for _, v, _ in triples("公开政府信息共110条，主动公开政府信息数110条。")] == [110]


def test_units_counted_are_no_items():
    assert triples("本市应公开年度报告的单位37个，按时公开率100%。") == []
    assert triples("全年共公开财政预决算单位48个。") == []
    # items named by where they came from stay
    assert [v for _, v, _ in triples("全年公开信息100条，其中本单位60条，下属单位40条。")] == [100, 60, 40]


def test_publishing_words_inside_compound_nouns_are_no_verbs():
    assert triples("本年度发放政务公开宣传资料3000余份。") == []
    assert triples("按时完成2022年度政府信息公开工作年度报告1份。") == []
    assert triples("组织政务公开培训3次，编印信息公开指南200册。") == []
    # the verb before such a noun still publishes it, and the noun stays an item of a list
    assert triples("全年发布政府信息公开工作年度报告1份。") == [("published", 1, "all")]
    assert [v for _, v, _ in triples("全年主动公开信息20条，其中工作动态18条，政府信息公开年报1条，信息公开指南1条。")] == [
        20, 18, 1, 1]


def test_last_years_counts_and_changes_on_them_are_no_facts():
    assert triples("2023年我镇公开信息350条，上年度公开信息300条。") == [("published", 350, "all")]
    assert triples("全年主动公开信息420条，较上年度的380条增长10.5%。") == [("published", 420, "all")]
    assert triples("全年收到申请8件，去年同期收到申请6件。") == [("requests_received", 8, None)]
    assert triples("与2022年相比，今年主动公开信息增加50条。") == []
    # the year's new items are no change on last year
    assert triples("全年主动公开信息300条，其中新增规范性文件12件。") == [("published", 300, "all"), ("published", 12, "all")]
    # what such a change reached is the year's count
    assert triples("今年主动公开信息较上年增加50条，达到350条。") == [("published", 350, "all")]
    assert triples("上年度公开信息300条，今年为350条。") == [("published", 350, "all")]
    assert triples("今年收到申请较上年增加5件，达到12件。") == []


def test_the_entries_of_a_list_of_powers_are_no_items_published():
    # a count in 个/项 of a list's entries, and the list of those entries after it
    assert triples("2023年，我镇依托省政务服务网发布权力清单150个。其中行政许可20项，行政确认30项，公共服务100项。"
                   "此外，通过微信公众号发布信息80条。") == [("published", 80, "wechat")]
    assert triples("公布政府权力清单600项、责任清单600项；全年主动公开政府信息300条。") == [("published", 300, "all")]
    # a count after it that publishes information in words of its own is no entry of that list
    assert triples("公布权责清单300项。其中，通过门户网站主动公开政府信息50条。") == [("published", 50, "website")]
    # the areas such entries fall in
    assert triples("以社区为公开主体的有养老服务领域5项，均已在公示栏公开。") == []
    assert triples("全年在网站公开行政审批事项86项。") == []
    # a list published as one document is an item; areas named before information stay
    assert triples("通过区政府网站公开政务信息4条，具体包括：领导分工信息1条，行政处罚1条，梳理公布服务事项清单1条，"
                   "其他信息1条。") == [("published", 4, "website")] + [("published", 1, "website")] * 4
    assert triples("公开民生、教育等方面86条。") == [("published", 86, "all")]


def test_tasks_and_honours_counted_are_no_items_published():
    # the noun right after the count says what it counts (Chinese names end in their head noun)
    assert triples("对照政务公开15项重点任务，全年公开政府信息500条。") == [("published", 500, "all")]
    assert triples("发布12项重点任务落实情况。") == []
    # practical deeds and measures are things done, not information
    assert triples("公布2022年民生实事10件。") == []
    assert triples("公布了8项便民措施，推出公开服务举措6项。") == []
    assert triples("公布民生实事进展信息10条。") == [("published", 10, "all")]
    assert triples("在全省绩效评估中，我县获得政府信息公开优秀网站单位、政务服务先进网站单位等3个奖项。") == []
    # a count followed by what was published stays
    assert triples("全年在网站发布30篇工作动态。") == [("published", 30, "website")]
    assert triples("公开重点任务落实情况信息12条。") == [("published", 12, "all")]
    # a column named so among a list's items stays an item
    assert triples("全年公开信息60条，其中工作动态30条，重点工作10条，民生实事20条。") == [
        ("published", 60, "all"), ("published", 30, "all"), ("published", 10, "all"), ("published", 20, "all")]


def test_places_to_read_or_ask_are_no_items_published():
    assert triples("在便民服务中心设置政府信息公开查阅点3个。") == []
    assert triples("全镇信息公开咨询点2个，全年公开信息45条。") == [("published", 45, "all")]


def test_a_count_per_part_of_an_item_is_no_item_of_its_own():
    assert triples("全年公开信息20条，其中政府工作报告2条（中英文各1条）、政策文件18条。") == [
        ("published", 20, "all"), ("published", 2, "all"), ("published", 18, "all")]


def test_a_total_over_several_years_is_no_count_of_the_year():
    text = "2022年，全镇主动公开政府信息共60条。累计发布政务信息400条，其中，2022年60条，2021年90条，2020年250条。"
    assert dated(text, 2022) == [("published", 60, "all")]
    # the report's year as the one item named by a year is the year's count
    assert dated("累计发布政务信息400条，其中2022年发布60条。", 2022) == [("published", 60, "all")]


def test_the_bodies_a_count_concerns_are_no_items_published():
    assert triples("公开财政预决算信息涉及部门23个。") == []
    # the budgets of the bodies are what is counted
    assert triples("公开部门预算23个。") == [("published", 23, "all")]


def test_a_running_total_after_the_years_count_in_its_sentence_is_no_fact():
    assert triples("全年通过政府网站公开各类信息2000条，截至年底网站累计公开信息18000条。") == [
        ("published", 2000, "website")]
    # another channel's total, or one not larger, stays
    assert triples("全年通过政府网站公开信息2000条，通过微博累计发布信息3000条。") == [
        ("published", 2000, "website"), ("published", 3000, "weibo")]


def test_a_running_total_taken_at_a_date_is_no_count_of_the_year():
    # the year names the date the total was taken, not the period counted
    assert dated("截止2022年12月，我镇网站累计公开信息5条。", 2022) == []
    assert dated("2022年，我镇网站累计公开信息5条。", 2022) == [("published", 5, "website")]
    # a count at the year's end said without 累计 is the year's
    assert dated("截至2022年12月31日，我街道共主动公开政府信息700条。", 2022) == [("published", 700, "all")]


def test_columns_and_sections_counted_are_no_items_published():
    # a column added, named before its count in a list of items published
    assert [v for _, v, _ in triples("全年公开各类信息520条、工作动态310条、专题栏目新增2个、解读信息8条。")] == [520, 310]
    assert [v for _, v, _ in triples("通过网站发布信息300条，其中工作动态200条，开设专题专栏5个。")] == [300, 200]
    # sections named after their count, however long their name, in a long sentence whose quoted
    # section names hold publishing words
    assert triples("一是在县卫健局网站，设置“机构概况、政策文件、财务公开、人事公开、新闻发布、办事指南”等"
                   "12个政府信息公开板块，及时更新工作动态。") == []
    # items published in a column stay
    assert triples("在网站专栏公开建议提案办理结果12件。") == [("published", 12, "website")]


def test_calls_letters_and_messages_handled_are_no_items_published():
    assert triples("局微信公众号发布信息210条，承办“县长热线”530件，“县长信箱”26件，群众来信4件，网民留言9件。") == [
        ("published", 210, "wechat")]
    # the items published before them stay
    assert [v for _, v, _ in triples("主动公开信息80条，其中工作动态60条，网民留言12条。")] == [80, 60]


def test_what_a_handled_request_came_to_is_not_published():
    # what requests said only to be handled came to is no item published
    assert triples("2022年共办理政府信息公开申请9件，其中予以公开3件，信息不存在2件，已在网站主动公开2件，不予公开2件。") == [
        ("requests_received", 9, None)]
    # a count after the requests with no outcome between them stays
    assert triples("全年办理申请2件，均已答复；通过网站公开信息120条，其中规范性文件不予公开的0件。") == [
        ("requests_received", 2, None), ("published", 120, "website")]



def test_papers_handed_to_a_reading_point_are_not_published():
    # jieba cuts 查阅点 apart, and 提交/提供 hand papers over as 报送 does
    assert triples("主动向信息公开查阅点提交各类公开文件300余份。") == []
    assert triples("向县档案馆、图书馆提供政府公开文件56份。") == []
    # a reading point named among the channels of a published count leaves it published
    assert triples("通过政府网站、公开栏、查阅点等方式主动公开信息500条。") == [("published", 500, "all")]


def test_catalogue_entries_guides_and_matters_counted_are_no_items_published():
    # what is counted is the entries of a catalogue, the service guides, or the matters of a list of powers
    assert triples("依托区政府网站公开部门办事指南120条，更新政府信息公开目录2次。") == []
    assert triples("全年公开公共服务指南45件。") == []
    assert triples("本单位编制的政府信息公开目录共计48条。") == []
    assert triples("全年主动公开行政许可事项86件、行政处罚事项12件。") == []
    assert triples("我局向社会公开了权力清单及公共服务事项150件。") == []
    # a count joined to one of them is its sibling, published under the same verb
    assert triples("在政府网站公开办事指南156条、政策文件30件。") == [("published", 30, "website")]
    assert triples("在网站公开办事指南156条、服务指南20条。") == []
    # items of information about them stay, and so do guides among a list's items
    assert triples("在门户网站公开办事指南信息20条。") == [("published", 20, "website")]
    assert [v for _, v, _ in triples("全年公开信息1200条，其中政府信息公开指南1条，工作动态300条。")] == [1200, 1, 300]


def test_one_count_of_suggestions_and_proposals_together_is_neither_kind():
    assert triples("全年通过门户网站将88件人大代表建议和政协提案的办理情况向社会公开。") == []
    assert triples("今年承办的58件人大建议、政协提案已全部办结。") == []
    assert triples("本年度共办理区人大代表建议和政协委员提案共86件。") == []
    # split, each is its own kind
    assert triples("办理9件人大代表建议和4件政协委员提案。") == [
        ("npc_suggestions", 9, None), ("cppcc_proposals", 4, None)]


def test_the_years_count_among_a_running_totals_items_stays_when_the_two_are_equal():
    assert triples("截至2010年底，本街道累计主动公开政府信息5条，全文电子化率100%，其中本年度新增的政府信息5条。") == [
        ("published", 5, "all")]
    assert triples("本局累计公开信息500条，其中本年度公开80条。") == [("published", 80, "all")]
    # the total named again without a year stays no item
    assert triples("全年累计公开206条，其中主动公开信息数为206条。") == [("published", 206, "all")]


def test_an_outcome_in_a_published_counts_own_list_does_not_make_it_an_answer():
    assert triples("全年收到申请4件，均已答复；通过网站公开信息90条，其中规章不予公开的0件。") == [
        ("requests_received", 4, None), ("published", 90, "website")]
    # an outcome of the requests, before the count or after it, does
    assert triples("全年收到申请5件；其中予以公开3件，已在网站主动公开2件。") == [("requests_received", 5, None)]
    assert triples("共收到申请6件，已主动公开的2件，不予公开1件。") == [("requests_received", 6, None)]


def test_a_number_inside_a_quoted_slogan_is_no_count():
    # a slogan in quotes names a thing, as a title does; its numeral counts nothing published
    assert triples("政务公开落实“五个坚持”，全年公开信息60条。") == [("published", 60, "all")]
    assert triples("推行信息公开制度是落实“八个统筹”的举措。") == []
    # the label of a statistic in quotes, with its number outside, still counts
    assert triples("本年度“主动公开信息数”为45条。") == [("published", 45, "all")]


def test_a_sentence_going_on_with_how_it_was_published_keeps_the_year_before_it():
    # a report for 2021 whose paragraph is about 2020: the sentences that only go on with the
    # channels, with no subject and no time of their own, are about 2020 as well
    text = "2020年，本街道通过区政府网站公开信息70条。通过微信公众号推送信息40条。同时在公示栏张贴信息12条。"
    assert dated(text, 2021) == []
    assert dated(text, 2020) == [("published", 70, "website"), ("published", 40, "wechat"),
                                 ("published", 12, "bulletin_board")]
    # a sentence that names the year again, or says 全年, is its own
    assert dated("2020年，本街道通过网站公开信息70条。2021年通过微信推送信息40条。", 2021) == [
        ("published", 40, "wechat")]
    assert dated("2020年，本街道通过网站公开信息70条。通过微信全年推送信息40条。", 2021) == [
        ("published", 40, "wechat")]
    # a sentence with a subject of its own does not take the year of the one before
    assert dated("2020年底，本镇完成网站改版。我镇通过网站公开信息55条。", 2021) == [("published", 55, "website")]
    # a year that only compares (较2020年) dates nothing after it
    assert dated("全年公开信息90条，较2020年增加15条。通过微信公众号推送信息30条。", 2021) == [
        ("published", 90, "all"), ("published", 30, "wechat")]


def test_other_ways_are_none_of_the_channels_named_before():
    # the items of such a count take no channel from the website count before it: a paper that
    # articles went to (…报发稿) and a TV news programme are news media, an unnamed outlet none
    text = ("全年主动公开信息320条。其中，通过门户网站公开信息200条；通过其他渠道公开信息100条，"
            "其中，在省法治报发稿30条，《市新闻联播》20条，县外宣平台50条。")
    assert triples(text) == [("published", 320, "all"), ("published", 200, "website"), ("published", 100, "all"),
                             ("published", 30, "media"), ("published", 20, "media"), ("published", 50, "all")]
    assert triples("通过门户网站和其他方式公开信息80条。") == [("published", 80, "all")]


def test_an_account_on_a_named_platform_is_that_platform():
    assert triples("通过本局今日头条公众号发布信息66条。") == [("published", 66, "app")]
    # a platform and a WeChat account named side by side are two channels
    assert triples("通过今日头条、微信公众号发布信息66条。") == [("published", 66, "all")]


def test_the_issues_of_items_counted_right_after_them_are_no_count():
    # the items came out in batches: the batches are not what was published, the items are
    assert triples("全年在网站公示行政处罚结果28期，1350条。") == [("published", 1350, "website")]
    assert triples("2019年在网站发布了12期、共计300条价格监测信息。") == [("published", 300, "website")]

