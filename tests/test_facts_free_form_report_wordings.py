"""Classes of fact sentences that pre-2019 free-form reports read by legacy16 (session 16) showed,
each written anew for these tests: the rule by which the report counts one item across channels
(相同信息计1条) given as a count; documents exempt from disclosure named before their count; a verb
有 left at the end of an item's category; kinds of pollutant or indicator counted in an information
item's name."""
from govextract.model import Paragraph, Source
from govextract.stages import facts


def found(text: str, year=None) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return [(f["kind"], f["value"], f["channel"], f["category"]) for f in facts.extract(paragraphs, year=year)]


def values(text: str, year=None) -> list:
    return [v for _, v, _, _ in found(text, year)]


def test_the_rule_counting_one_item_across_channels_is_no_count():
    assert values("2017年共公开各类信息860条（不同渠道和方式公开相同信息计1条），其中工作动态300条。") == [860, 300]
    assert values("全年主动公开信息415条，同一信息在多个渠道发布的只计1条。") == [415]
    # guard: a count of items after 共计 or 合计 stays
    assert values("全年主动公开信息415条，其中网站公开信息共计1条。") == [415, 1]


def test_documents_exempt_from_disclosure_named_before_their_count_are_not_published():
    text = "本年度共制发公文类信息90条，其中主动公开的公文类信息12条，免予公开的公文类信息78条。"
    assert values(text) == [12]
    assert values("不予公开的文件5件，主动公开文件40件。") == [40]
    # guard: documents published apart from the exempt ones, the exemption said outside their clause
    assert values("除免予公开的文件外，主动公开文件40件。") == [40]


def test_a_verb_you_before_the_count_is_no_part_of_the_category():
    got = found("本年度主动公开信息50条，其中主动公开的公文类信息有22条。")
    assert ("published", 22, "all", "公文类信息") in got
    # guard: a category whose own name ends in 有 is not cut (none of the item words before it)
    assert found("主动公开信息50条，其中国有资产信息8条。")[1][3] == "国有资产信息"


def test_kinds_of_pollutant_or_indicator_counted_in_an_items_name_are_no_count():
    assert values("每日在网站发布7项污染物浓度监测信息。") == []
    assert values("每月公开4项评价因子的河流水质类别信息，全年发布水质信息48条。") == [48]
    # guard: items of information counted with 项 stay
    assert values("全年在网站主动公开12项信息。") == [12]


def test_a_sentence_opening_with_where_its_items_were_published_lists_that_channels_items():
    text = "本年度主动公开信息900条，其中通过局网站公开600条。网站公开中，规划文件150件、工作动态300件、其他信息150件。"
    assert found(text)[2:] == [("published", 150, "website", "规划文件"), ("published", 300, "website", "工作动态"),
                               ("published", 150, "website", "其他信息")]
    # guard: an opening with 中 and no publishing verb opens no list; the count is the sentence's own
    assert found("实际工作中，我局共公开信息30条。") == [("published", 30, "all", None)]
