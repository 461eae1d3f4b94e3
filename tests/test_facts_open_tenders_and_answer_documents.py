"""公开 saying how tenders, competitions and hires were held, not that anything was published;
answers counted as documents, not requests received. Every sentence is written for these tests."""
import pytest

from test_facts import triples


# 公开 before a tender, a competition or a hire says how it was held: no publishing verb, no items.
@pytest.mark.parametrize("text", [
    "全年开展公开招标项目23个。",
    "本局通过公开招标采购项目8个。",
    "完成公开招标项目17项。",
    "本年度组织公开招标采购12次。",
    "本年度共开展公开招标采购活动6项。",
    "全年组织公开竞聘中层岗位9个。",
    "面向社会公开招聘工作人员15名。",
    "本年度公开选调工作人员6名。",
    "全年公开遴选公务员3次，公开招聘考试2次。",
])
def test_open_tenders_and_hires_are_no_items_published(text):
    assert triples(text) == []


def test_a_count_published_beside_an_open_tender_stays():
    assert triples("全年主动公开政府信息260条，本年度组织公开招标采购12次。") == [("published", 260, "all")]


# Information about tenders and hires published is counted, however it is named or listed.
@pytest.mark.parametrize("text, expected", [
    ("在门户网站发布公开招聘公告5条。", [("published", 5, "website")]),
    ("在政府网站发布公开招标信息30条。", [("published", 30, "website")]),
    ("全年公开招标信息30条。", [("published", 30, "all")]),
    ("主动公开公开招聘信息12条。", [("published", 12, "all")]),
    ("在网站公开招标采购项目信息15条。", [("published", 15, "website")]),
    ("全年公开招标结果公示8条。", [("published", 8, "all")]),
    ("全年公开招聘简章4条，公开招标公告11条。", [("published", 4, "all"), ("published", 11, "all")]),
    # counted in 条 or 篇, they are pieces published
    ("通过网站公开招聘12条。", [("published", 12, "website")]),
    ("全年公开招聘5条，公开招标3篇。", [("published", 5, "all"), ("published", 3, "all")]),
    ("全年主动公开政府信息300条，其中公开招标信息30条，公开招聘公告5条。",
     [("published", 300, "all"), ("published", 30, "all"), ("published", 5, "all")]),
    ("全年主动公开政府信息200条，其中政策文件20条，公开招聘5条，公开招标3条。",
     [("published", 200, "all"), ("published", 20, "all"), ("published", 5, "all"), ("published", 3, "all")]),
])
def test_information_on_tenders_and_hires_is_published(text, expected):
    assert triples(text) == expected


# Answers counted as documents are papers drafted or reviewed, not requests received.
@pytest.mark.parametrize("text", [
    "法制办全年审核依申请公开答复文书12份。",
    "本年度审核政府信息公开申请答复书8件。",
    "法制科审核依申请公开答复书共计9份。",
    "全年出具政府信息公开申请答复告知书7份。",
])
def test_answer_documents_are_no_requests(text):
    assert triples(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全年收到依申请公开12件，出具答复书12份。", [("requests_received", 12, None)]),
    ("全年收到政府信息公开申请10件，全部按时答复。", [("requests_received", 10, None)]),
    ("全年答复依申请公开6件。", [("requests_received", 6, None)]),
])
def test_requests_beside_their_answers_stay(text, expected):
    assert triples(text) == expected
