"""The facts stage on narrative counts eval27 missed (issue #9): items a channel added, no request
said with other verbs and nouns, a total that lost its unit and ran into the next clause, documents
issued and all put online, replies to suggestions and proposals named together among a list of kinds.
Every sentence here is written for these tests."""
from fact_lines import read


def cats(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"], f["category"]) for f in read(text, year)]


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


# --- items a channel added -------------------------------------------------------------------------

def test_items_a_channel_added_were_published_there():
    assert triples("全年通过某市人民政府门户网站新增信息数42条。") == [("published", 42, "website")]
    assert triples("本局政务公开专栏全年新增政府信息85条，其中通知公告20条。") == [
        ("published", 85, "website"), ("published", 20, "website")]
    assert triples("区政府网站新增各类稿件320篇。") == [("published", 320, "website")]
    assert triples("镇微信公众号新增11条。") == [("published", 11, "wechat")]


def test_what_a_channel_added_that_is_no_information_is_no_count():
    # columns or accounts added, followers gained: no items published
    assert triples("网站栏目新增2个。") == []
    assert triples("今年新增网站专栏3个。") == []
    assert triples("微信公众号新增关注用户500个。") == []
    # added with no channel before it: nothing says where, nor that it was published
    assert triples("本年度新增政府信息120条。") == []


# --- no request, said with other verbs and nouns -------------------------------------------------

def test_no_request_said_with_other_verbs_is_a_zero():
    for text in ("本年度，某镇未接获公民或法人的依申请公开诉求。",
                 "全年未收悉任何政府信息公开请求。",
                 "今年未曾收到群众的信息公开诉求。",
                 "全年未受理涉及政府信息公开的诉求。",
                 "本年度没有公民或法人提出政府信息公开请求。",
                 "全年未产生依申请公开事项。",
                 "本年度未出现政府信息公开申请。"):
        assert triples(text) == [("requests_received", 0, None)], text


def test_complaints_or_other_appeals_not_received_are_no_zero_of_requests():
    assert triples("全年未接到群众投诉。") == []
    assert triples("全年未收到关于信息公开工作的投诉诉求。") == []
    assert triples("本年度未接获因政府信息公开引起的行政复议申请。") == []
    assert triples("全年未出现因依申请公开引发的行政复议。") == []
    assert triples("全年未出现超期答复申请的情况。") == []


# --- a total that lost its unit and ran into the next clause ------------------------------------

def test_a_total_run_into_the_next_clause_counts_without_its_unit():
    got = read("2021年全区主动公开政府信息4827目前门户网站日均访问量达3万人次。")
    assert [(f["kind"], f["value"], f["unit"], f["channel"]) for f in got] == [("published", 4827, None, "all")]
    assert got[0]["confidence"] == "medium"
    assert triples("全年共发布各类信息1208同时开设专栏3个。") == [("published", 1208, "all")]
    assert triples("本镇公开信息97此外还召开了专题会议。") == [("published", 97, "all")]


def test_a_number_glued_to_what_follows_names_no_total_without_plain_information():
    # an item's name glued to the next item stays an item only in a list
    assert triples("其中通知公告307不动产公告84条。") == []
    # nothing named: not read (the number may be a code or a hotline)
    assert triples("全年主动公开4520目前运行良好。") == []
    # a number inside a site's name
    assert triples("某某龙8国际门户网站发布信息20条。") == [("published", 20, "website")]


# --- documents issued, all put online -------------------------------------------------------------

def test_documents_counted_in_turn_and_all_put_online_are_published():
    assert triples("二是以区政府名义印发的规范性文件3件，因情况变化转为主动公开的文件2件，全部上网公开。") == [
        ("published", 3, "all"), ("published", 2, "all")]
    assert triples("全年制发行政规范性文件4件，部门文件12件，均已挂网公开。") == [
        ("published", 4, "all"), ("published", 12, "all")]
    assert triples("本年度出台规范性文件5件，均已上网公开。") == [("published", 5, "all")]


def test_requests_or_proposals_counted_before_all_answered_stay_what_they_are():
    assert triples("全年收到申请3件，办理建议2件，均已公开。") == [("requests_received", 3, None)]
    assert triples("全年印发文件8件，均已存档。") == []


# --- replies to suggestions and proposals named together ---------------------------------------

def test_replies_to_suggestions_and_proposals_named_together_are_an_item_published():
    text = "主动公开区政府文件30条，财政类信息120条，人大代表建议及政协委员提案办理结果17条。"
    assert cats(text)[-1] == ("published", 17, "all", "人大代表建议及政协委员提案办理结果")
    text = "全年公开政策文件40件，财政信息12条，人大建议和政协提案办理复文18件。"
    assert cats(text)[-1] == ("published", 18, "all", "人大建议和政协提案办理复文")
    text = "全年公开信息90条，其中工作动态60条，人大代表建议和政协委员提案答复30条。"
    assert triples(text)[-1] == ("published", 30, "all")


def test_suggestions_and_proposals_handled_are_no_items_published():
    # handled, not documents published: no published count, and neither kind for a joint total
    assert triples("全年办理人大代表建议和政协委员提案共30件。") == []
    assert triples("公开规范性文件5件，办理人大代表建议12件，政协委员提案8件。") == [
        ("published", 5, "all"), ("npc_suggestions", 12, None), ("cppcc_proposals", 8, None)]


# --- the channel named after the count: a clause of its own, or the count's name and its verb -----

def test_the_channel_named_after_a_count_in_a_clause_of_its_own():
    got = read("全年以局名义印发主动公开文件7件，及时通过政府网站予以公开。")
    assert [(f["value"], f["channel"], f["note"]) for f in got] == [(7, "website", "channel named after the count")]
    assert triples("本年度制发规范性文件2件，均已在区政府门户网站公开。") == [("published", 2, "website")]
    # the clause may be followed by another
    assert triples("全年公开政策文件11件，统一在政务公开专栏发布，接受群众监督。") == [("published", 11, "website")]


def test_the_channel_named_after_a_count_and_its_name():
    got = read("全年共有14件通知在县政府门户网站公开，其余张贴于公告栏。")
    assert [(f["value"], f["channel"], f["category"], f["note"]) for f in got] == [
        (14, "website", "通知", "channel named after the count")]
    assert triples("全年共58件规范性文件通过市政府公报向社会集中发布。") == [("published", 58, "gazette")]


def test_an_item_of_a_list_takes_the_channel_named_after_it():
    assert triples("全年主动公开信息60条，其中规范性文件8件，通过门户网站公开。") == [
        ("published", 60, "all"), ("published", 8, "website")]


def test_two_channels_or_drafts_for_comment_after_a_count_name_none():
    assert triples("全年主动公开信息90条，通过网站和公众号同步发布。") == [("published", 90, "all")]
    assert triples("全年共有8件政策文件通过网站和公众号同步发布。") == [("published", 8, "all")]
    assert triples("全年共6件规范性文件草案通过政府网站公开征求意见。") == []
    assert triples("全年主动公开信息40条，在网站公开征求意见2次。")[0] == ("published", 40, "all")


# --- items submitted, part of them adopted by the channel named next ----------------------------

def test_items_sent_to_the_channel_that_adopted_part_of_them_are_published():
    text = "2016年，某局报送各类业务信息375条，政府信息公开系统采用信息142条，涉及多个领域。"
    assert triples(text) == [("published", 375, "all")]
    assert triples("全年报送政务信息88条，被县政府网站采用41条。") == [("published", 88, "all")]


def test_items_sent_to_a_body_or_with_no_adopting_channel_are_no_count():
    assert triples("全年向县委办报送政务信息60条，县政府网站采用20条。") == []
    assert triples("全年报送信息50条，其中采用20条。") == []
    assert triples("全年报送信息50条。") == []
    assert triples("全年报送信息50条。县政府网站采用20条。") == []
