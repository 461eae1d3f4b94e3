"""Classes of fact sentences that eval19 (session 13's blind set, tuning material since) read
short or on the wrong channel, each written anew for these tests: an account's quoted name
right after its platform; a count over channels it names, no total restated; channels in
brackets after one, its examples; proposals handled among the topics published."""
from fact_lines import triples


def test_a_channel_word_in_the_quoted_name_after_a_platform_is_part_of_the_name():
    text = "全局发布信息800条，其中门户网站发布500条，微信“某县文旅在线”发布300条。"
    assert triples(text) == [("published", 800, "all"), ("published", 500, "website"),
                             ("published", 300, "wechat")]
    # a quoted name that is the channel itself, with no platform before it, still names the website
    assert triples("通过“某县在线”发布信息40条。") == [("published", 40, "website")]


def test_a_count_over_several_channels_is_no_total_restated():
    text = "全年公开信息共300余条。网站发布100余条。公开栏、微信群公开300余条。"
    assert triples(text) == [("published", 300, "all"), ("published", 100, "website"),
                             ("published", 300, "all")]
    # a total that names no channel, stated again, stays one count
    assert triples("全年公开信息共300余条。网站发布100余条。全年公开信息300余条。") == [
        ("published", 300, "all"), ("published", 100, "website")]


def test_channels_in_brackets_after_a_channel_are_examples_of_it():
    assert triples("通过新闻媒体（电视、报纸、学习强国等）发布信息50条。") == [("published", 50, "media")]
    assert triples("通过门户网站（含县政府网、局网站）发布信息60条。") == [("published", 60, "website")]
    # new media with its platforms named in brackets are still several channels
    assert triples("通过政务新媒体（微博、微信公众号）发布信息70条。") == [("published", 70, "all")]
    # channels joined outside brackets are several, as before
    assert triples("通过电视、网站发布信息80条。") == [("published", 80, "all")]
    # …and 新媒体, which names no one channel, takes the one its brackets name
    assert triples("通过政务新媒体（微信公众号、微信群）发布信息90条。") == [("published", 90, "wechat")]


def test_proposals_handled_among_the_topics_published_are_topics():
    text = "依托县政府门户网站，主动公开工作动态、财政预决算、人大代表建议及政协委员提案办理等有关公告类信息900条。"
    assert triples(text) == [("published", 900, "website")]
    # proposals handled that the count names after a publishing verb without a list of topics stay proposals
    assert triples("公开办理情况，共办理人大代表建议12件。") == [("npc_suggestions", 12, None)]


def test_a_publishing_word_inside_a_list_of_topics_leaves_the_list_whole():
    text = "通过政府网站公开常务会议、政策解读、决策预公开、重点工作督查等信息500条。"
    assert triples(text) == [("published", 500, "website")]
    # a topic list after the last verb alone is read as before
    assert triples("通过政府网站公开常务会议、政策解读等信息500条。") == [("published", 500, "website")]


def test_information_made_and_said_all_published_after_it_is_published():
    assert triples("本年度共制发政府信息45条，均已主动公开。") == [("published", 45, "all")]
    assert triples("全年产生政府信息12条，已全部公开。") == [("published", 12, "all")]
    # requests all granted, or replies made public, are no items published
    assert triples("全年收到申请3件，均已公开。") == [("requests_received", 3, None)]
    assert triples("形成文件45条，均已公开答复。") == []


def test_an_item_listing_topics_goes_on_in_the_channel_of_the_item_before():
    text = "全年公开信息900条。其中，通过政府网站公布要闻300条，会议信息20条，公开发布财政、教育、就业等领域信息400条。"
    assert triples(text) == [("published", 900, "all"), ("published", 300, "website"),
                             ("published", 20, "website"), ("published", 400, "website")]


def test_rounds_of_an_activity_among_a_lists_items_leave_the_list_open():
    text = "在县政府网站公开信息共计900条，其中：工作动态500条、意见征集6期、其他类信息400条。"
    assert triples(text) == [("published", 900, "website"), ("published", 500, "website"),
                             ("published", 400, "website")]


def test_a_bodys_page_on_a_portal_is_the_website():
    assert triples("通过局专属页面主动公开政府信息60条。") == [("published", 60, "website")]
    assert triples("在区政府网站本局页面发布信息30条。") == [("published", 30, "website")]


def test_online_before_a_channel_only_says_where_that_one_is():
    text = "全年发布网上政府公报4期，刊载规范性文件9件。"
    assert triples(text) == [("published", 9, "gazette")]
    # online joined to another channel is a channel of its own
    assert triples("通过网上和公报发布信息20条。") == [("published", 20, "all")]


def test_counts_after_a_sentence_that_only_counts_a_channels_items_are_that_channels():
    text = "全年县政府门户网站共发布信息5000条。发布通知公告类信息300条；主动公开规范性文件6件；通过微信公众号发布信息400条。"
    assert triples(text) == [("published", 5000, "website"), ("published", 300, "website"),
                             ("published", 6, "website"), ("published", 400, "wechat")]
    # a count as large as the one before, or after a sentence with more than it, keeps none
    assert triples("门户网站发布信息300条。全年公开信息900条。") == [
        ("published", 300, "website"), ("published", 900, "all")]
    assert triples("门户网站发布信息300条，受理申请2件。公开规范性文件6件。") == [
        ("published", 300, "website"), ("requests_received", 2, None), ("published", 6, "all")]


def test_items_provided_to_a_channel_are_published_there():
    assert triples("通过《某县日报》、《某市晚报》等媒体提供政府新闻信息40条。") == [("published", 40, "media")]
    # papers handed to an archive are not published
    assert triples("向县档案馆提供文件30份。") == []


def test_a_comma_inside_brackets_does_not_end_the_clause():
    text = "全年公开信息1000条，其中：通过政府网站（含县政府网、局网站，下同）发布政府信息600条、" \
           "公开规范性文件20件，通过微信公众号发布信息300条。"
    assert triples(text) == [("published", 1000, "all"), ("published", 600, "website"),
                             ("published", 20, "website"), ("published", 300, "wechat")]


def test_a_count_on_a_line_of_its_own_goes_on_with_the_line_above_across_a_blank_line():
    from govextract.readers.text import read_text
    text = "（一）公开内容\n\n通过门户网站及微信平台共计发布信息\n\n900 条，其中规范性文件\n\n" \
           "全年收到申请3件。\n\n12 条为依申请公开。"
    paragraphs = [b.text for b in read_text(text).blocks]
    assert paragraphs == ["（一）公开内容", "通过门户网站及微信平台共计发布信息900条，其中规范性文件",
                          "全年收到申请3件。", "12条为依申请公开。"]


def test_a_list_item_naming_topics_joined_by_a_comma_of_enumeration_is_an_item():
    text = "全年公开信息500条，其中政策文件信息100条；政府会议、重点工作落实情况、回应关切公众关注热点50条；" \
           "社会救助等领域信息350条。"
    assert [v for _, v, _ in triples(text)] == [500, 100, 50, 350]
    # an activity named alone among the items is still something done, no item
    assert [v for _, v, _ in triples("全年公开信息500条，其中政策文件信息100条；组织培训50条。")] == [500, 100]


def test_enumerated_paragraphs_under_a_heading_that_breaks_down_what_was_published_are_its_items():
    text = "全年公开信息300条。\n从公开内容看：\n1、工作动态类信息200条。\n2、规范性文件10件。\n（二）依申请公开\n1、收到申请3件。"
    assert triples(text) == [("published", 300, "all"), ("published", 200, "all"), ("published", 10, "all"),
                             ("requests_received", 3, None)]
    # enumerated counts under a heading that breaks nothing down stay no items
    assert triples("全年公开信息300条。\n主要做法：\n1、工作动态类信息200条。") == [("published", 300, "all")]


def test_a_sentence_opening_mainly_including_goes_on_with_the_list_of_the_count_before():
    text = "全年主动公开各类信息29条。主要包括会议、建议提案、财政预决算等，其中：发布会议信息16条；" \
           "建议提案办理2条；公开财政预决算等信息7条。"
    assert triples(text) == [("published", 29, "all"), ("published", 16, "all"), ("published", 2, "all"),
                             ("published", 7, "all")]


def test_a_paragraph_after_one_ending_in_a_semicolon_goes_on_with_its_list():
    text = "通过门户网站共计发布信息900条，其中规范性文件30条；\n工作动态信息500条，占55%；\n其他信息370条。"
    assert triples(text) == [("published", 900, "website"), ("published", 30, "website"),
                             ("published", 500, "website"), ("published", 370, "website")]
    # after a full stop the paragraph stands on its own
    assert triples("通过门户网站共计发布信息900条。\n工作动态信息500条。") == [("published", 900, "website")]


def test_a_statistical_communique_is_no_gazette():
    assert triples("发布全区经济普查系列公报10份。") == [("published", 10, "all")]
    assert triples("发布统计公报3份。") == [("published", 3, "all")]
    # the government's gazette stays the gazette
    assert triples("通过政府公报刊登规范性文件5件。") == [("published", 5, "gazette")]
