"""Values counted in turn after 分别: channels or kinds named first, then their counts.
Three shapes read wrong: the unit printed only after the last value (分别发布信息2433、1664和
2247条: the values before it were no counts); 分别 before the channels rather than after them
(分别在政府网站、微信公众号发布320条、180条: every value came out `all`, the next one the
channel of the list's total); and 人大 suggestions and 政协 proposals named together before
分别, or a joint count of both split after 其中 into bare 建议 and 提案 (neither was read)."""
import pytest

from fact_lines import triples


@pytest.mark.parametrize("text, want", [
    ("政府网站、微信公众号、头条号分别发布信息2433、1664和2247条。",
     [(2433, "website"), (1664, "wechat"), (2247, "app")]),
    ("依托政府网站、微信公众号、头条号发布信息分别为2433、1664和2247条。",
     [(2433, "website"), (1664, "wechat"), (2247, "app")]),
    ("政务微博、微信公众号和抖音号分别推送信息60、180、25篇。",
     [(60, "weibo"), (180, "wechat"), (25, "short_video")]),
    ("通过门户网站和政务微博分别公开信息1,250及340条。",
     [(1250, "website"), (340, "weibo")]),
])
def test_unit_after_the_last_value_counts_each(text, want):
    assert triples(text) == [("published", v, c) for v, c in want]


@pytest.mark.parametrize("text, want", [
    ("分别在政府网站、微信公众号发布信息320条、180条。", [(320, "website"), (180, "wechat")]),
    ("全年主动公开政府信息500条，分别在政府网站、微信公众号发布320条、180条。",
     [(500, "all"), (320, "website"), (180, "wechat")]),
    ("本年度分别通过县政府门户网站、政务微博、微信公众号公开信息410条、95条、130条。",
     [(410, "website"), (95, "weibo"), (130, "wechat")]),
    ("全年发布信息900条，其中重点领域信息200条，新浪微博、微信公众号和今日头条号分别发布信息300、250和150条。",
     [(900, "all"), (200, "all"), (300, "weibo"), (250, "wechat"), (150, "app")]),
])
def test_channels_in_turn_before_or_after_fenbie(text, want):
    assert triples(text) == [("published", v, c) for v, c in want]


def test_one_channel_before_fenbie_still_holds_each_value():
    assert triples("在市级、县级媒体分别刊发稿件8篇、15篇。") == [("published", 8, "media"), ("published", 15, "media")]


@pytest.mark.parametrize("text", [
    "全年共办理人大代表建议、政协委员提案分别为12件、8件。",
    "承办人大代表建议和政协委员提案分别为12件和8件。",
    "人大代表建议、政协委员提案办理数分别为12件、8件。",
    "本年度承办市人大代表建议、市政协提案分别是12件、8件，均按期办结。",
    "本年度承办人大代表建议和政协委员提案共20件，其中建议12件，提案8件。",
    "共办理建议提案20件，其中人大代表建议12件，政协委员提案8件。",
    "承办人大代表建议和政协委员提案20件。其中：建议12件、提案8件。",
])
def test_suggestions_and_proposals_in_turn(text):
    got = [(k, v) for k, v, _ in triples(text)]
    assert got == [("npc_suggestions", 12), ("cppcc_proposals", 8)]


def test_proposals_named_first_come_first():
    got = [(k, v) for k, v, _ in triples("办理政协委员提案、人大代表建议分别为9件、14件。")]
    assert got == [("cppcc_proposals", 9), ("npc_suggestions", 14)]


@pytest.mark.parametrize("text", [
    "承办人大代表建议和政协委员提案共20件。",        # a joint total: neither kind
    "办理人大代表建议和政协委员提案20件，群众建议5条。",
])
def test_joint_total_stays_no_fact_of_either_kind(text):
    assert [f for f in triples(text) if f[0] in ("npc_suggestions", "cppcc_proposals")] == []
