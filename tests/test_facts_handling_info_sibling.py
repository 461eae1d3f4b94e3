"""Among category counts joined by commas after a published count (no 其中), one named by what its
documents say of the handling of suggestions or proposals (建议提案办理情况1条, 提案办理结果2篇) is
information on that handling published, and the list goes on past it (issue #9, class 7: categories
that mention 人大/政协). Every sentence here is written for these tests."""
from fact_lines import read


def triples(text: str, year=None) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in read(text, year)]


def test_handling_information_among_bare_siblings_is_published():
    assert triples("2025年主动公开政府信息14条，公开指南1条，建议提案办理情况2条，财政预决算11条。", 2025) == [
        ("published", 14, "all"), ("published", 1, "all"), ("published", 2, "all"), ("published", 11, "all")]
    assert triples("2025年主动公开政府信息14条，建议提案办理情况2条，公开指南1条，财政预决算11条。", 2025) == [
        ("published", 14, "all"), ("published", 2, "all"), ("published", 1, "all"), ("published", 11, "all")]
    got = triples("2024年通过镇政府网站发布信息60条，工作动态40条，提案办理结果2篇，年度报告1篇，其他17篇。", 2024)
    assert got == [("published", 60, "website"), ("published", 40, "website"), ("published", 2, "website"),
                   ("published", 1, "website"), ("published", 17, "website")]


def test_suggestions_handled_or_received_stay_what_they_are():
    assert triples("全年公开信息50条，办理人大建议5件。") == [("published", 50, "all"), ("npc_suggestions", 5, None)]
    # a verb of its own before the handling words: not information published
    assert ("published", 7, "all") not in triples("全年公开信息50条，收到建议提案办理情况反馈7件。")
