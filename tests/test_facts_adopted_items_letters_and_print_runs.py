"""The facts stage's precision on classes found in the eval24 set (issue #9): counts that look
like items published or requests received but are not. Every sentence here is written for
these tests."""
from fact_lines import read, triples


def test_items_said_after_their_count_to_be_adopted_by_another_outlet_are_not_published():
    text = "本所向县信息科报送信息90篇，在市日报刊登稿件5篇，41篇被某县发布采用。"
    assert triples(text) == [("published", 5, "media")]
    # guard: items sent and then adopted, counted after the adopting verb, are still the site's
    assert triples("向市政府门户网站报送并被采用信息33条。") == [("published", 33, "website")]


def test_hiring_is_no_adoption():
    text = "全年通过本局网站公开信息50条，其中，通知公告20条，机构概况9项，招考录用2项；微信发布信息80篇。"
    assert triples(text) == [("published", 50, "website"), ("published", 20, "website"), ("published", 9, "website"),
                             ("published", 2, "website"), ("published", 80, "wechat")]
    # guard: items a higher site took are still no items of the list
    assert [v for _, v, _ in triples("本局网站发布信息300条，市政府网站录用信息40条。")] == [300]


def test_a_running_total_counted_from_an_earlier_year_is_not_dated_by_that_year():
    text = "（一）本镇主动公开政府信息共90条。\n自2011年起累计主动公开政府信息700条。"
    assert triples(text, 2015) == [("published", 90, "all")]
    # guard: a year that dates the sentence still dates its 累计
    assert triples("（一）本镇主动公开政府信息共90条。\n2015年，累计主动公开政府信息90条。", 2015) == [("published", 90, "all")]
    assert triples("2015年，本镇累计主动公开政府信息95条。", 2015) == [("published", 95, "all")]


def test_a_satisfaction_rate_with_letters_for_its_subject_is_not_the_reports():
    text = "通过网站互动栏目收到群众来信180条，办结率100%，满意率98%，平均用时3天。"
    assert triples(text) == []
    # guard: the rate of requests or proposals handled stays, whatever else the sentence counts
    assert triples("收到信息公开申请20件，来信5封，办结率和满意率均为100%。") == [
        ("requests_received", 20, None), ("satisfaction_rate", 100, None)]
    assert [k for k, _, _ in triples("办理人大代表建议6件，办结率100%，满意率100%。")] == ["npc_suggestions", "satisfaction_rate"]


def test_a_count_of_requests_beats_a_none_said_in_words_elsewhere():
    text = "全部为主动公开，未收到依申请公开的来信、来访和投诉。\n（二）依申请公开情况\n2020年共收到依申请公开3件。"
    assert triples(text, 2020) == [("requests_received", 3, None)]
    # guard: the none said in words stands alone, and a zero count beside it is one fact
    assert triples("全部为主动公开，未收到依申请公开的来信、来访和投诉。\n全年收到政府信息公开申请0件。", 2020) == [
        ("requests_received", 0, None)]
    assert triples("本年度未收到政府信息公开申请。", 2020) == [("requests_received", 0, None)]


def test_a_count_of_service_cases_is_no_item_published():
    text = ("2023年，本镇在政务公开网主动公开信息15条，热线平台答复群众问题120个；便民中心办理业务600件，"
            "服务站使用政务服务平台办件量为500件。")
    assert triples(text) == [("published", 15, "website")]
    assert triples("公开全年政务服务平台办件结果3000条。") == []
    # guard: a channel clause after counts of other things still goes on with the verb of its sentence
    assert triples("公开信息900条。更新概况信息80条；留言办理20条；在线访谈2条；微信、微博信息600条。") == [
        ("published", 900, "all"), ("published", 80, "all"), ("published", 600, "all")]


def test_information_sent_to_an_office_is_no_item_of_the_list_before_it():
    text = "2020年，本乡主动公开包括机构职能等信息140条，向县委办、县府办报送政务信息6条，采用2条；在市级媒体刊发文章9篇。"
    assert triples(text) == [("published", 140, "all"), ("published", 9, "media")]
    # guard: an activity named as a topic of information stays an item; sending to a site publishes there
    assert [v for _, v, _ in triples("公开信息100条，其中会议信息30条、培训信息6条。")] == [100, 30, 6]
    assert triples("公开信息100条，其中向市政府网站报送信息30条。") == [("published", 100, "all"), ("published", 30, "website")]


def test_entries_kept_up_in_a_question_and_answer_library_are_no_items():
    assert triples("政策问答库更新问答信息300条，公开信箱办理群众诉求200件。") == []
    # guard: policy questions and answers published are items
    assert triples("全年整理发布政策问答120条。") == [("published", 120, "all")]


def test_a_column_named_after_an_activity_is_an_item_of_its_list():
    text = "在网站发布信息60条，其中，通知公告20条，规划计划10条，政策咨询问答库30条。"
    assert [v for _, v, _ in triples(text)] == [60, 20, 10, 30]
    # guard: the activity itself ends the list
    assert [v for _, v, _ in triples("在网站发布信息60条，其中，通知公告20条，规划计划10条，在线访谈2条。")] == [60, 20, 10]


def test_a_running_total_after_a_sentence_dating_another_channels_count_is_not_the_years():
    text = "本区网站全年发布信息500余条，开设专题3个。本区微信公众号累计发布新闻600条，关注用户3000人。"
    assert triples(text, 2022) == [("published", 500, "website")]
    # guard: in the dated sentence itself, 累计 of another channel is the year's
    assert triples("全年在网站发布信息500条，微信公众号累计发布1800余篇。", 2022) == [
        ("published", 500, "website"), ("published", 1800, "wechat")]
    assert triples("2022年，本区做好公开工作。本区微信公众号累计发布新闻600条。", 2022) == [("published", 600, "wechat")]


def test_bodies_said_to_number_so_many_are_no_items():
    assert triples("全县政府信息公开的主体单位共有40个，其中县政府部门25个。") == []
    # guard: the body speaking of itself as 本单位 publishes
    assert triples("本单位共公开信息40条。") == [("published", 40, "all")]


def test_copies_printed_right_after_the_issues_are_a_print_run():
    assert triples("编审刊发《某县人民政府公报》6期1900份，并同步在网站发布。") == []
    # guard: documents printed in the issues, counted in a clause of their own, are published
    assert triples("刊发公报4期，刊登文件60份。") == [("published", 60, "gazette")]


def test_kinds_counted_right_before_the_items_are_no_count():
    text = "共主动公开政府信息12项50条，其中工作动态30条、通知公告20条。"
    assert [v for _, v, _ in triples(text)] == [50, 30, 20]
    # guard: a count in 项 in a clause of its own stays
    assert [v for _, v, _ in triples("公开规范性文件12项，工作动态50条。")] == [12, 50]
    # the kinds counted are no part of the items' name
    assert [f["category"] for f in read("在网站共公开工作信息12项50条。")] == ["工作信息"]


def test_the_items_of_a_count_in_releases_may_be_counted_in_times():
    assert triples("全年共发布预警信息3000多条次，森林火险预警信息20次。") == [("published", 3000, "all"), ("published", 20, "all")]
    # guard: after a count in 条, a count in 次 is no item
    assert triples("全年共发布预警信息3000条，森林火险预警信息20次。") == [("published", 3000, "all")]


def test_a_count_glued_to_a_verb_that_counts_again_is_a_stray():
    assert triples("2021年，主动公开2条发布各类信息40余条。") == [("published", 40, "all")]
    # guard: a count glued to a verb saying where it went stays
    assert triples("2021年，主动公开信息30条发布在政府网站上。") == [("published", 30, "website")]
