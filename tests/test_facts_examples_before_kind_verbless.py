"""A clause with no verb of its own that lists topics before 等 and then the kind of information it
counts (…，工程招标信息、维修通告、人大政协提案办理等公示公告类信息20条): the topics are examples of
that information, so a proposal or an inspection among them gives the count no kind of its own; a
publishing word inside the kind's name (公示公告类) is no verb (issue #9, classes 7 and 10). Every
sentence here is written for these tests."""
from fact_lines import read


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_proposals_among_the_examples_are_topics_of_the_information_counted():
    assert triples("全年共发布工作动态类信息310条，招投标信息、养护通告、人大政协提案办理等公示公告类信息26条。") == [
        ("published", 310, "all"), ("published", 26, "all")]
    assert triples("全年发布动态信息80条，财政预算、人大建议办理等文件12件。") == [
        ("published", 80, "all"), ("published", 12, "all")]
    assert triples("全年发布动态信息80条，采购公告、执法检查结果、政协提案答复等公开类信息9篇。") == [
        ("published", 80, "all"), ("published", 9, "all")]


def test_proposals_counted_without_a_kind_of_information_stay_proposals():
    got = triples("全年办理人大代表建议8件、政协提案等共15件。")
    assert ("published", 15, "all") not in got
    assert triples("收到申请5件，人大建议、政协提案等12件。") == [("requests_received", 5, None)]
