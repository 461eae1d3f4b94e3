"""The facts stage on false counts found by a precision audit of pages already read (issue #9).
Every sentence here is written for these tests."""
from fact_lines import triples


def test_a_word_for_number_after_matters_counted_leaves_them_matters():
    # 事项数量 counts the matters of a list, as 事项 alone does; 可全程网办事项数量 too
    assert triples("全年网站发布信息420条，政务服务事项数量95项，可全程网办事项数量61项。") == [
        ("published", 420, "website")]
    assert triples("公开权责清单事项数量275项。") == []
    # a list of matters published as one document is still an item
    assert triples("公开政务服务事项清单1份。") == [("published", 1, "all")]


def test_places_to_read_or_ask_counted_are_no_items():
    assert triples("全县共建成政务公开专区14个。") == []
    assert triples("建成基层政务公开示范点7个。") == []
    assert triples("全市设立政务公开窗口23个，公开信息640条。") == [("published", 640, "all")]
    # information published in such a place is counted
    assert triples("在政务公开专区公开信息35条。") == [("published", 35, "all")]


def test_an_item_naming_no_channel_after_items_split_by_channel_is_of_none():
    assert triples("全年公开信息180条，其中网站公开140条，公众号公开25条，代表建议8条，委员提案7条。") == [
        ("published", 180, "all"), ("published", 140, "website"), ("published", 25, "wechat"),
        ("published", 8, "all"), ("published", 7, "all")]
    # after one item through a channel, the next ones are published there too
    assert triples("通过政府网站公开分工3条、通知文件11条。") == [("published", 3, "website"), ("published", 11, "website")]
    assert triples("在网站发布动态信息260条，通知公告发布45条。") == [
        ("published", 260, "website"), ("published", 45, "website")]


def test_an_item_whose_own_bodies_publish_takes_no_channel_of_the_item_before():
    assert triples("2023年，全区主动公开信息8100条，其中区政府网站主动公开信息1100条，各街道主动公开信息2600条，"
                   "区直部门主动公开信息4400条。", 2023) == [
        ("published", 8100, "all"), ("published", 1100, "website"), ("published", 2600, "all"),
        ("published", 4400, "all")]
    # an item with a verb of its own and no subject goes on in the channel before it
    assert triples("全年公开信息70条，其中，网页发布简介40条，公开意见稿6条。") == [
        ("published", 70, "all"), ("published", 40, "website"), ("published", 6, "website")]


def test_requests_and_proposals_counted_over_years_are_not_the_years():
    assert triples("自2018年以来累计收到政府信息公开申请134件。", 2023) == []
    assert triples("条例施行以来，本局共受理政府信息公开申请76件。", 2023) == []
    assert triples("截至目前，累计收到政府信息公开申请289件。", 2023) == []
    assert triples("近三年共办理人大代表建议52件。", 2023) == []
    # counted since the report's year, or dated to it after the marker, they are the year's
    assert triples("自2023年以来，共收到政府信息公开申请7件。", 2023) == [("requests_received", 7, None)]
    assert triples("自2018年以来累计收到申请134件，2023年收到申请19件。", 2023) == [("requests_received", 19, None)]
    assert triples("全年累计收到政府信息公开申请11件。", 2023) == [("requests_received", 11, None)]


def test_items_deleted_withdrawn_or_put_right_are_not_published():
    assert triples("门户网站发布信息760条，删除过期信息95条，下架失效文件22件。") == [("published", 760, "website")]
    assert triples("全年发布信息530条，纠正错误信息9条，撤回信息4条。") == [("published", 530, "all")]
    assert triples("全年共审核发布信息1800余条，拦截错误信息13条。") == [("published", 1800, "all")]
    # a correction notice published is an item
    assert triples("发布信息更正说明2条。") == [("published", 2, "all")]


def test_enquiries_about_requests_are_not_requests():
    assert triples("全年接到依申请公开咨询电话30余个。") == []
    assert triples("全年收到政府信息公开申请14件。") == [("requests_received", 14, None)]
    # a request sent after an enquiry is a request
    assert triples("收到网民咨询后提交的申请5件。") == [("requests_received", 5, None)]


def test_applications_of_every_kind_are_not_requests_for_information():
    assert triples("全年受理各类申请2900件。") == []
    assert triples("共收到各类政务申请460件。") == []
    assert triples("全年共收到各类政府信息公开申请16件。") == [("requests_received", 16, None)]
