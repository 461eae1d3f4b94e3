"""Requests counted right after their noun with no verb of receiving (本年度政府信息公开申请17件,
依申请公开政府信息申请共计17件), as the statistics phrase them: the requests received. Not requests
carried over from the year before, nor requests answered in some way (予以公开的…申请)."""
import pytest

from fact_lines import read


def requests(text):
    return [(f["value"], f["confidence"]) for f in read(text) if f["kind"] == "requests_received"]


@pytest.mark.parametrize("text", [
    "本年度政府信息公开申请17件，全部办结。",
    "全年依申请公开政府信息申请共计17件。",
    "2022年，本机关政府信息公开申请数量为17件。",
    "全年政务信息公开申请总数17件，较上年增加5件。",
    "本年度依申请公开的申请17件，均在法定期限内答复。",
])
def test_requests_counted_after_their_noun(text):
    assert requests(text) == [(17, "high")]


@pytest.mark.parametrize("text", [
    "上年结转政府信息公开申请数量2件。",
    "予以公开的政府信息公开申请3件。",
    "因政府信息公开申请行政复议2件。",
])
def test_not_requests_received(text):
    assert requests(text) == []


def test_a_verb_of_receiving_still_reads_first():
    assert requests("本年度新收政府信息公开申请17件，上年结转政府信息公开申请数量2件。") == [(17, "high")]
