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
