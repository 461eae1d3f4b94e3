"""The facts stage on the request counts eval25 showed worded otherwise (issue #9): requests named
after their count by the requester's words, said only to be answered or dealt with, parts of a
count listed after a list word, a count closed by a half-width full stop, and a count of the
kinds published. Every sentence here is written for these tests."""
import pytest

from fact_lines import read, triples


def requests(text: str, year=2024) -> list:
    return [(f["value"], f["confidence"]) for f in read(text, year) if f["kind"] == "requests_received"]


# --- requests named after their count by what the requester asked --------------------------------

def test_requests_named_after_the_count_by_what_was_asked_are_received():
    assert requests("2024年，某某街道接到6条提出公开政府信息的申请，均已按时回复。") == [(6, "high")]
    assert requests("全年共收到3件要求公开政务信息的申请。") == [(3, "high")]


def test_a_count_followed_by_an_appeal_over_such_requests_is_no_request():
    # guard: what the requests led to is counted after them, not requests
    assert requests("全年收到2件提出公开政府信息的申请引起的行政复议。") == []


# --- requests said only to be answered or dealt with ----------------------------------------------

def test_requests_said_only_to_be_answered_are_read_as_handled():
    assert requests("严格遵守办理流程，及时答复依申请公开11件。") == [(11, "medium")]
    assert requests("全镇共处理政府信息公开申请14件。") == [(14, "medium")]


def test_requests_answered_after_a_count_received_are_no_second_count():
    # guard: the report says how many came in; the answered ones are what became of them
    text = "全年共收到政府信息公开申请20件。\n其中，按时答复依申请公开18件。"
    assert requests(text) == [(20, "high")]


def test_requests_dealt_with_that_take_in_last_years_are_not_received():
    # guard: a count dealt with that says it holds requests carried over is not the year's
    assert requests("全区累计处理政府信息公开申请30件（含上年度结转2件）。") == []



@pytest.mark.parametrize("text, value", [
    ("全年收到政府信息公开申请12件（其中2件为上年度结转），办结12件。", 12),
    ("本年度共受理依申请公开事项8件(含上年结转1件)，均已办结。", 8),
])
def test_a_count_stated_as_received_stays_as_printed_with_carried_over_in_brackets(text, value):
    # unlike a count handled, a count the report says it received is the year's as printed,
    # the carried-over part it names being inside it
    assert [v for v, _ in requests(text)] == [value]

# --- parts of a count of requests after a list word ------------------------------------------------

def test_parts_after_a_list_word_stay_parts_when_the_first_names_no_verb():
    text = "依法办理依申请公开事项19件，其中：书面依申请公开事项7件，网上收到群众依申请公开事项12件，均按时办结。"
    assert requests(text) == [(19, "medium")]


def test_a_count_received_in_the_next_sentence_is_no_part():
    # guard: a new sentence ends the list of parts
    text = "依法办理依申请公开事项19件，其中书面申请7件。另收到当面提出的政府信息公开申请3件。"
    assert [v for v, _ in requests(text)] == [3]


# --- a count closed by a half-width full stop ------------------------------------------------------

def test_a_count_without_unit_closed_by_a_half_width_stop_is_read():
    # as a count without its unit closed by a full-width stop is (受理依申请公开4。)
    assert requests("依申请公开受理渠道畅通。本年度共受理依申请公开0.") == [(0, "high")]
    assert requests("本年度共受理依申请公开4.") == [(4, "high")]


def test_a_half_width_stop_inside_a_line_closes_no_count():
    # guard: 1. there numbers the next item, as in an outline run into one line
    assert requests("本年度受理依申请公开情况1.收到的申请均已答复。") == []


# --- a count of the kinds published ----------------------------------------------------------------

def test_a_count_of_kinds_is_no_items_and_the_total_after_it_is_the_years():
    text = "全年通过政府网站发布信息5个类别，累计公开机构概况、工作动态、通知公告等共320条。"
    assert triples(text, 2024) == [("published", 320, "website")]
    assert triples("本单位公开信息涉及3种类型，共计发布信息45条。", 2024) == [("published", 45, "all")]


def test_a_count_of_items_named_as_a_kind_is_still_items():
    # guard: 类 inside the name of what was counted (类信息) leaves the count as it is
    assert triples("全年通过政府网站发布工作动态类信息40条。", 2024) == [("published", 40, "website")]


# --- more wordings of a count of requests ----------------------------------------------------------

def test_requests_asking_for_disclosure_named_after_the_count():
    assert requests("2024年我街共收到2条要求信息公开的申请，均已答复。") == [(2, "high")]


def test_requests_named_as_requests_for_disclosure_with_no_verb():
    # 依申请公开请求 / 依申请公开事项 right before the count names what was received
    assert requests("2024年，我镇依申请公开请求8件，其中网上收到5件，信函收到3件。") == [(8, "high")]


def test_a_request_counted_in_a_numeral_after_its_name():
    assert requests("2024年度某某街道收到政府信息公开申请一件，已办理完毕。") == [(1, "high")]
    # guard: a numeral after other words is no count (建立一个台账)
    assert requests("收到政府信息公开申请后建立一个台账。") == []


def test_requests_counted_by_how_they_came_in_on_paper_or_the_website_add_up():
    assert requests("通过政府门户网站共办理并答复信息公开申请4件、纸质申请21件，顺延答复1件。") == [(25, "medium")]


def test_a_count_per_day_or_on_average_is_no_count_of_the_year():
    assert triples("微信公众号目前关注人数3000人，平均每日推送4条信息。", 2024) == []
    assert triples("全年在微信公众号推送信息400条，日均推送2条。", 2024) == [("published", 400, "wechat")]


# --- no information published, said in words ------------------------------------------------------

def test_no_information_published_said_in_words_is_a_zero():
    got = [(f["kind"], f["value"], f["channel"], f["confidence"]) for f in read("2024年，本中心无相关政务信息公开。", 2024)]
    assert got == [("published", 0, "all", "medium")]
    assert triples("本年度我所未主动公开政府信息，未收到政府信息公开申请。", 2024) == [
        ("requests_received", 0, None), ("published", 0, "all")]


def test_what_should_have_been_published_or_was_withheld_is_no_zero():
    # guard: 应公开未公开 says nothing was left out; 不予公开 is about requests; 工作… names no items
    assert triples("经自查，全年无应公开而未公开的政府信息。", 2024) == []
    assert triples("本单位不存在应公开未公开政府信息。", 2024) == []
    assert triples("全年无不予公开的政府信息。", 2024) == []
    assert triples("全年无政府信息公开工作责任追究情况。", 2024) == []


def test_a_zero_in_words_gives_way_to_items_counted_and_is_said_once():
    text = "一、主动公开：全年主动公开信息12条。\n二、其他：本年度未主动公开政府信息。"
    assert triples(text, 2024) == [("published", 12, "all")]
    text = "本年度无相关政务信息公开。\n三、主动公开情况。我局无相关政务信息公开。"
    assert triples(text, 2024) == [("published", 0, "all")]
