"""Information published and interpreted, the two verbs joined right before its count (…等信息发布解读118条),
counts the information published; interpretations counted as such stay out (issue #9, class 7: numbered
kinds 一是…公开N条，二是…). Every sentence here is written for these tests."""
from fact_lines import read


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_information_published_and_interpreted_is_published():
    assert triples("一是突出乡村振兴等信息公开64条；二是推进民生、教育等信息发布解读37条；三是推进其他领域信息公开12条。") == [
        ("published", 64, "all"), ("published", 37, "all"), ("published", 12, "all")]
    assert triples("全年对重要政策信息发布并解读25条。") == [("published", 25, "all")]
    assert triples("（一）对社保类信息公开解读30篇。") == [("published", 30, "all")]
    assert [f["category"] for f in read("全年对重要政策信息发布并解读25条。")] == [None]


def test_interpretations_counted_as_such_stay_out():
    assert triples("全年发布政策解读12篇。") == []
    assert triples("发布解读信息108条，其中网站发布80篇。") == []
    assert triples("全年公开政策文件及解读30条。") == []
