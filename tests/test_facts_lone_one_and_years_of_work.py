"""Fact classes that audit17b (unread stored township, small-department, pre-2019 and
traditional-script pages, session 17) found read wrong, written anew on sentences of our own."""
from fact_lines import triples


def published(text: str, year=None) -> list:
    return [(v, c) for k, v, c in triples(text, year) if k == "published"]


def test_years_of_work_counted_with_ge_are_no_items():
    # 走过了N个年头 (N years of work) is a span of time, not N items published
    text = "本街道政务公开工作已经走过了6个年头，2015年主动公开政府信息210条。"
    assert published(text, 2015) == [(210, "all")]


def test_a_sentence_only_counting_years_of_work_has_no_fact():
    assert published("我镇信息公开工作已开展9个年头。", 2015) == []


def test_items_counted_with_ge_still_count():
    # guard: 个 counting documents is still a count of items
    text = "2015年我局主动公开规范性文件7个。"
    assert published(text, 2015) == [(7, "all")]


def test_a_list_item_counted_as_a_lone_one_is_read():
    # the last item of a list of counts written 一条 (one) instead of 1条
    text = "2019年度我镇主动公开政府信息9条。其中，财政预算类4条，市场监管类2条，安全生产类2条，其他信息一条。"
    assert sorted(published(text, 2019)) == [(1, "all"), (2, "all"), (2, "all"), (4, "all"), (9, "all")]


def test_a_lone_one_in_a_phrase_after_a_list_is_no_count():
    # guard: 一条龙 after the items of a list is a phrase (one-stop), not an item
    text = "2019年度我镇主动公开政府信息6条。其中，财政预算类4条，市场监管类2条，推行一条龙服务。"
    assert sorted(published(text, 2019)) == [(2, "all"), (4, "all"), (6, "all")]


def test_a_lone_one_outside_a_list_stays_no_count():
    # guard: 一条 alone, with no list of counts before it, is still read as a phrase
    text = "我镇开通了一条政务热线，2019年主动公开政府信息12条。"
    assert published(text, 2019) == [(12, "all")]
