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


@pytest.mark.parametrize("text", [
    "全年共有17件政府信息公开申请。",
    "本年度共有17件依申请公开的申请，均已办结。",
    "今年有17件政务信息公开申请，较上年增加4件。",
])
def test_requests_named_right_after_their_count_with_no_verb(text):
    assert requests(text) == [(17, "high")]


@pytest.mark.parametrize("text", [
    "上年结转17件政府信息公开申请。",
    "本年度新收申请15件，上年结转2件。",
    "全年共有3件政府信息公开申请引发行政复议。",
])
def test_carried_over_or_appealed_are_not_received_this_year(text):
    assert 17 not in [v for v, _ in requests(text)] and 2 not in [v for v, _ in requests(text)] \
        and 3 not in [v for v, _ in requests(text)]


@pytest.mark.parametrize("text", [
    "全年受理公民、法人和其他组织申请公开政府信息17件。",
    "本年度共受理公民、法人或者其他组织申请公开政府信息17件。",
    "全年收到自然人、法人和其他组织提出的政府信息公开申请17件。",
])
def test_requesters_listed_before_the_verb_of_their_requests(text):
    """The requesters joined by 、 and 和 are no topics listed before a kind of information."""
    assert requests(text) == [(17, "high")]
