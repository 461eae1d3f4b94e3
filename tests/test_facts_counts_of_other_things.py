"""The facts stage's precision on classes found in the eval19 set (issue #9): counts that look
like items published but count something else. Every sentence here is written for these tests."""
from fact_lines import triples


def test_issues_rounds_and_pushes_counted_in_qi_are_no_items():
    # 期 counts issues, rounds or pushes, whatever was published in them
    assert triples("组织问卷调查并公布调查结果6期。") == []
    assert triples("优化公众号版面，全年共推送120期。") == []
    assert triples("通过公众号发布文章80条，公众号开展直播访谈9期。") == [("published", 80, "wechat")]


def test_videos_counted_in_qi_are_items():
    assert triples("在视频号发布政策宣传短视频45期。") == [("published", 45, "short_video")]


def test_issues_among_a_lists_items_leave_the_list_open():
    assert triples("发布信息的渠道有政府网站（40条）、《镇务简报》（6期）、公示栏（25条）等，共发布信息65条。") == [
        ("published", 40, "website"), ("published", 25, "bulletin_board"), ("published", 65, "all")]


def test_cases_counted_in_ge_are_no_items():
    assert triples("公开边查边改情况30批和9个典型案例。") == []
    assert triples("公开工作动态40条和6个违法典型案例。") == [("published", 40, "all")]
    # articles about cases are items
    assert triples("公布12篇生态环境执法典型案例。") == [("published", 12, "all")]


def test_a_total_taken_at_the_years_end_in_an_older_report_is_a_running_total():
    text = "截至2014年12月31日，本局共主动公开政府信息80条，其中工作动态50条，通知公告30条。"
    assert triples(text, 2014) == []
    assert triples("截至2014年底，我镇通过网站公开信息26条。", 2014) == []
    # the year's count, said so; and in a report of the national templates (2019 on) the count stands
    assert triples("截至2014年底，全年共公开信息26条。", 2014) == [("published", 26, "all")]
    assert triples("截至2021年12月31日，我镇通过网站公开信息26条。", 2021) == [("published", 26, "website")]


def test_a_list_of_what_requests_came_to_counts_no_items_published():
    text = ("（二）办理情况。本机关按期办结30件，延期办结2件。其中属于已主动公开范围的3件，同意公开的15件，"
            "不属于本机关公开的4件，信息不存在的8件。")
    assert triples(text) == []
    # a list of items published stays one, beside an outcome
    assert triples("其中，网站公开信息20条，公示栏公开信息5条，不予公开的0条。") == [
        ("published", 20, "website"), ("published", 5, "bulletin_board")]


def test_offices_counted_are_no_items():
    assert triples("全年在网站公开信息60条。本镇有政务公开工作专门机构1个，配备工作人员3人。") == [("published", 60, "website")]
    assert triples("在局网站更新了局属9个科室和6个下属机构信息。") == []
    # the budgets of units are items
    assert triples("公开12个部门预算。") == [("published", 12, "all")]


def test_letters_questions_and_their_answers_are_no_items():
    assert triples("全年公开信息500条。其中，通过县政府网站发布通知公告30条，工作动态50条，开展意见征集3次，"
                   "书记信箱收到信件，41条，答复41条，答复率100%。") == [
        ("published", 500, "all"), ("published", 30, "website"), ("published", 50, "website")]
    assert triples("在局网站公开政策文件8个，在线回答群众政策疑问25条。") == [("published", 8, "website")]
    # answers to proposals are documents published
    assert triples("公开通知公告20条、“建议提案答复”15件。") == [("published", 20, "all"), ("published", 15, "all")]


def test_suggestions_and_proposals_named_together_before_a_count_are_neither_kind():
    # the 人大 named before would give 建议 alone its kind
    assert triples("主要包括人大政协提案，其中建议提案办理4条。") == []
    assert triples("主要包括人大政协提案，其中提案建议办理3条。") == []
    assert triples("区人大代表建议办理2条，政协提案办理3件。") == [("npc_suggestions", 2, None), ("cppcc_proposals", 3, None)]


def test_a_sentence_printed_twice_says_its_counts_once():
    sentence = "2022年，我镇在政府网站公开信息18条，在微信公众号公开信息40条。"
    text = f"一、总体情况\n{sentence}\n（一）主动公开\n依照要求做好公开工作。{sentence}"
    assert triples(text) == [("published", 18, "website"), ("published", 40, "wechat")]


def test_a_count_after_each_is_per_part():
    assert triples("完成本年度部门预算及调整信息公开各2项。") == []


def test_documents_said_exempt_from_disclosure_are_no_items():
    assert triples("开展文件公开属性复核，2件免予公开文件。") == []
    # documents whose disclosure was changed are counted as changed, not as published
    assert triples("开展文件公开属性复核，2件依申请公开文件转为主动公开文件。") == []
    assert triples("开展文件公开属性复核，4件文件调整为主动公开。") == []


def test_a_channels_count_stated_again_is_one_count():
    text = ("本镇公开信息的渠道为政府网站（60条）、公开栏（20条）等，共发布信息80条。\n"
            "二、主动公开情况\n在政府网站上公开信息共计60条，涵盖各项工作。")
    assert triples(text) == [("published", 60, "website"), ("published", 20, "bulletin_board"),
                             ("published", 80, "all")]
    # different things counted alike on one channel stay two counts
    assert triples("在网站公开规范性文件5件。\n在网站公开人事信息5条。") == [
        ("published", 5, "website"), ("published", 5, "website")]
