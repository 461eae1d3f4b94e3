"""Numbers said in Chinese numerals: a satisfaction rate after 百分之 (满意率百分之百, 满意度达百分之九十八) is the
rate in %, as 100% would be (it was no count at all, having no unit after it); a numeral run on past 万
(一万两千条) is one number, not its last part; and 数百, 几十 name no definite number, so no count."""
import pytest

from fact_lines import read


@pytest.mark.parametrize("text, rate", [
    ("办理人大代表建议12件，满意度达百分之百。", 100),
    ("办理人大代表建议12件，满意率百分之百。", 100),
    ("承办人大代表建议12件，满意率达到百分之百。", 100),
    ("办理人大代表建议12件，满意率为百分之九十八。", 98),
    ("承办政协委员提案8件，委员满意率百分之百。", 100),
    ("承办政协委员提案8件，委员满意度为百分之九十五，按时办结。", 95),
])
def test_rate_said_in_words(text, rate):
    rates = [f for f in read(text) if f["kind"] == "satisfaction_rate"]
    assert [(f["value"], f["unit"]) for f in rates] == [(rate, "%")]


def test_other_counts_of_the_sentence_stay():
    kinds = [(f["kind"], f["value"]) for f in read("承办人大代表建议12件，满意率百分之百。")]
    assert kinds == [("npc_suggestions", 12), ("satisfaction_rate", 100)]


@pytest.mark.parametrize("text", [
    "全年主动公开政府信息百分之百按时上网。",      # a share of what was done, no rate of a kind
    "政务公开覆盖率达到百分之百。",
])
def test_other_rates_in_words_are_no_facts(text):
    assert read(text) == []


@pytest.mark.parametrize("text, value", [
    ("全年主动公开政府信息一万两千条。", 12000),
    ("全年主动公开政府信息三万条。", 30000),
    ("全年主动公开政府信息两千余条。", 2000),
])
def test_numerals_past_wan(text, value):
    assert [f["value"] for f in read(text)] == [value]


@pytest.mark.parametrize("text", [
    "全年主动公开政府信息数百条。",
    "全年在政府网站发布信息几十条。",
    "通过公开栏公示各类信息数千条。",
])
def test_no_definite_number_no_count(text):
    assert read(text) == []
