"""Classes of fact sentences that session 13's wide audit (audit13) read wrong, each written
anew for these tests, with several of the wordings the country uses for the same thing."""
from fact_lines import read, triples


def test_a_topic_list_ends_in_information_qualified_at_length():
    # the topics end in 等…的信息 however long the words that qualify the information
    for qualified in ("群众关心关注的", "与群众切身利益相关的", "社会关注度高的", ""):
        text = f"全年通过门户网站公开招生政策、重要政策解读、就业举措等{qualified}信息共计75条。"
        assert triples(text) == [("published", 75, "website")], qualified
    # or in 等 right before the count they add up to, after the platform's items are named
    for opening in ("公开的信息包括", "公开内容包括", "主要包括", "内容包括", "具体内容包括"):
        text = f"今年通过本局微信公众平台推送图文信息，{opening}工作动态、重要会议、监督检查等共42篇。"
        assert triples(text) == [("published", 42, "wechat")], opening
    assert triples("全年组织专题培训、召开工作会议等共9次。") == []
    # an interpretation counted on its own is still no item published
    assert triples("全年通过门户网站发布政策解读12篇。") == []


def test_items_printed_in_a_gazette_are_published_in_it():
    for verb in ("刊载", "登载", "刊登", "刊发"):
        assert triples(f"全年编印《县政府公报》4期，{verb}规范性文件、重要文件等36件。") == [
            ("published", 36, "gazette")], verb
        assert triples(f"在《市政府公报》{verb}政府文件40件。") == [("published", 40, "gazette")], verb


def test_a_channel_word_naming_a_kind_of_information_is_no_channel():
    text = "2016年公开信息150条，其中政策法规类30条，公报类信息20条，新闻媒体类信息40条，其他类60条。"
    assert triples(text) == [("published", v, "all") for v in (150, 30, 20, 40, 60)]
    assert triples("全年公开信息90条，其中政务微博类信息50条，工作动态40条。") == [
        ("published", 90, "all"), ("published", 50, "all"), ("published", 40, "all")]
    # the channel a list's total names still goes to its items
    assert triples("全年在门户网站公开信息90条，其中公报类信息50条，工作动态40条。") == [
        ("published", 90, "website"), ("published", 50, "website"), ("published", 40, "website")]
    # a channel named before what it published stays
    assert triples("全年通过微博发布信息50条。") == [("published", 50, "weibo")]


def test_a_year_end_total_whose_parts_add_up_is_the_years_count_in_a_template_report():
    # the convention of docs/record.md: taken at the end of the report's year, parts adding up to it
    for opening in ("截止2022年12月31日，", "截至2022年底，", "截至年底，", "截至12月31日，"):
        text = f"{opening}本镇累计主动公开政府信息300条。其中，网上公开100条；微信公开120条；公示栏公开80条。"
        found = read(text, 2022)
        assert [(f["value"], f["channel"]) for f in found] == [
            (300, "all"), (100, "website"), (120, "wechat"), (80, "bulletin_board")], opening
        assert {f["confidence"] for f in found} == {"medium"} and all("截至年底累计" in f["note"] for f in found)
    # parts by category count as well
    assert [f["value"] for f in read("截至2021年12月31日，我局累计公开信息60条，其中工作动态40条，通知公告20条。", 2021)] == [
        60, 40, 20]


def test_a_year_end_total_stays_a_running_total_otherwise():
    # no parts, parts that do not add up, another year's end, or a report before the national templates
    assert read("截止2022年12月，我镇网站累计公开信息5条。", 2022) == []
    assert read("截至2022年底，本镇累计公开政府信息300条，其中网站100条、微信公众号150条。", 2022) == []
    assert read("截至2021年底，本镇累计公开政府信息300条，其中网站100条、微信公众号200条。", 2022) == []
    assert read("截至2012年底，本局累计主动公开政府信息900条，其中网站公开500条、公开栏400条。", 2012) == []
    # the year's new items beside it are the year's count, as before
    assert [(f["value"], f["confidence"]) for f in read("截至2022年底，累计公开信息900条，其中本年度新增120条。", 2022)] == [
        (120, "medium")]


def test_boards_and_signs_named_otherwise_are_boards():
    for board in ("公示板", "公告板", "村务公开板", "宣传板", "公示牌"):
        assert triples(f"全年通过{board}公开信息45条。") == [("published", 45, "bulletin_board")], board
    # a section of a website named 板块 is no board
    assert triples("在信息公开板块发布信息45条。") != [("published", 45, "bulletin_board")]


def test_matters_of_disclosure_counted_in_items_are_items_disclosed():
    # a street office counts what it disclosed as 事项, in 项 or 件
    for text, values in (("本街道全年主动公开政务事项共计150余项，其中网上公开事项8件。", [150, 8]),
                         ("全年主动公开政府信息事项40项。", [40]),
                         ("全年共公开各类事项55件，其中网上公开20件。", [55, 20])):
        assert [v for _, v, _ in triples(text)] == values, text
    # matters of business (licences, services) and a catalogue's matters stay none
    assert triples("全年主动公开行政许可事项86件、行政处罚事项12件。") == []
    assert triples("全年录入政务服务事项1200项。") == []
    assert triples("系统梳理出19类119项公开事项和责任单位。") == []


def test_notices_posted_counted_in_times_are_published_at_medium_confidence():
    found = read("本年度社区公开栏张贴公告36次。")
    assert [(f["value"], f["channel"], f["confidence"]) for f in found] == [(36, "bulletin_board", "medium")]
    assert "次" in found[0]["note"]
    assert [(f["value"], f["confidence"]) for f in read("张贴公示、公告90余次。")] == [(90, "medium")]
    # times of something done, not notices posted, stay none
    for text in ("组织张贴宣传海报活动5次。", "全年开展政务公开培训3次。", "网站被浏览2万次。", "召开新闻发布会4次。"):
        assert read(text) == [], text


def test_copies_handed_out_are_no_items_of_the_list_before():
    assert triples("全年公开信息200条，发放宣传资料3000份。") == [("published", 200, "all")]
    for verb in ("发放", "分发", "印制", "赠阅"):
        text = f"在主流媒体发布重要政策70余篇，向群众{verb}宣传手册5万册，海报3万份。"
        assert triples(text) == [("published", 70, "media")], verb


def test_a_list_closed_by_deng_takes_no_further_items():
    text = "通过门户网站发布信息100条，主要包括政策文件20件、检查情况7条等；全年新增入库标准51条。"
    assert [v for _, v, _ in triples(text)] == [100, 20, 7]
    # an item named for an activity's account (检查情况, 培训情况) is information about it
    assert [v for _, v, _ in triples("通过门户网站发布信息100条，其中培训情况3条，工作动态97条。")] == [100, 3, 97]


def test_what_follows_a_count_rules_a_kind_out():
    # a count of 政协 proposals right after a count of 人大 suggestions is no suggestion
    assert triples("做好2件人大代表建议、6件政协委员提案办理结果信息公开。") == [("npc_suggestions", 2, None)]
    assert triples("全年办理2件人大代表建议、6件政协委员提案。") == [
        ("npc_suggestions", 2, None), ("cppcc_proposals", 6, None)]
    # places to apply or to read are no requests
    assert triples("本局设有1个专门的信息申请受理点，1个公共查阅点。") == []
    assert triples("全年受理信息公开申请3个。") == [("requests_received", 3, None)]


def test_episodes_of_a_programme_are_no_items_published():
    assert triples("在电视台开辟专栏，播出普法节目10期。") == []
    assert triples("在电视台播出政务新闻30条。") == [("published", 30, "media")]


def test_all_published_so_far_at_a_years_end_after_the_years_count_is_no_fact():
    text = "2009年，本部主动公开政府信息1192条。\n截止2009年12月底，本部已主动公开政府信息8400多条。"
    assert [v for _, v, _ in triples(text, 2009)] == [1192]
    assert [v for _, v, _ in triples("2011年全局公开信息300条。截至2011年底，已公开各类信息2600余条。", 2011)] == [300]
    # without the year's count before it, a count at the year's end is the year's, as before
    assert [v for _, v, _ in triples("截至2022年12月31日，我街道已主动公开政府信息700条。", 2022)] == [700]


def test_interpretations_counted_between_two_items_leave_the_list_open():
    text = "全年发布行政规范性文件16条，重要政策文件解读10条，医疗保障领域信息42条。"
    assert [v for _, v, _ in triples(text)] == [16, 42]
    assert [v for _, v, _ in triples("全年公开信息50条，其中政策文件20条，图文解读6篇，工作动态30条。")] == [50, 20, 30]


def test_a_channel_an_item_publishes_through_goes_on_to_the_items_after_it():
    text = "全年发布信息200条。其中，局网页全年发布机关简介类信息30条，公开征求意见稿3条，发布政策类信息50条、工作动态类信息17条；通过微博发布信息100条。"
    assert triples(text) == [("published", 200, "all"), ("published", 30, "website"), ("published", 3, "website"),
                             ("published", 50, "website"), ("published", 17, "website"), ("published", 100, "weibo")]
    text = "主动公开政府信息500条。其中，在门户网站上公开的政府信息300条，公告公示40条、工作动态200条，其它栏目发布60条。"
    assert [c for _, _, c in triples(text)] == ["all", "website", "website", "website", "website"]
    # items after a total that names no channel keep the total's, and each named channel stays its own
    assert triples("全年公开信息600条，其中网站公开300条，微信公开300条。") == [
        ("published", 600, "all"), ("published", 300, "website"), ("published", 300, "wechat")]


def test_what_is_posted_up_is_on_a_board():
    for text in ("全年张贴公告36条。", "全年张贴公示、公告90余次。", "全年在网站发布信息30条，张贴通知12条。"):
        found = read(text)[-1]
        assert (found["channel"], found["confidence"]) == ("bulletin_board", "medium"), text
        assert "board" in found["note"]
    # a channel named in the count's own words stays
    assert triples("通过微信公众号张贴通知5条。") == [("published", 5, "wechat")]


def test_requests_of_one_kind_of_applicant_after_the_total_are_a_part_of_it():
    text = "本委收到依申请公开6条，已按程序办理。其中，企业申请政务公开信息1条，咨询清单信息，收到自然人申请政府信息公开申请5条，咨询产业信息。"
    assert triples(text) == [("requests_received", 6, None)]
    # alone, with no larger total before it, it is the count received
    assert triples("全年收到自然人申请5件。") == [("requests_received", 5, None)]
