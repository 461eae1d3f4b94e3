"""Fact classes that audit17a (stored pages of under-read provinces, session 17) found read
wrong, written anew on sentences of our own."""
from fact_lines import triples


def test_an_interpretation_count_after_a_gazettes_issues_is_no_item():
    # the issues of a gazette are counted by no fact, so the 、 before the interpretations joins
    # them to no other item: they stay uncounted, and the list goes on
    got = triples("通过县政府门户网站发布政府信息234条，其中政务动态信息120条；发布政府公报4期、文件解读11篇、重大会议17篇。")
    assert ("published", 11, "gazette") not in got and not any(v == 11 for _, v, _ in got)
    assert ("published", 17, "website") in got


def test_interpretations_joined_to_another_item_stay_counted():
    # guard: 政策法规及解读8条 names other items with the interpretations
    got = triples("通过县政府门户网站发布政府信息234条，其中政策法规及解读8条、重大会议17篇。")
    assert ("published", 8, "website") in got

