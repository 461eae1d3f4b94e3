"""A sentence that opens with a clause naming only its topic (依申请公开方面，…; 政协提案办理方面，…;
关于依申请公开，…; 依申请公开工作：…) and then counts with a bare verb (全年共受理17件): the
topic gives the count its kind, as the words of its own clause would. It had none: the verb alone
names no requests, suggestions or proposals."""
import pytest

from fact_lines import read


def kinds(text):
    return [(f["kind"], f["value"]) for f in read(text)]


@pytest.mark.parametrize("text", [
    "依申请公开方面，全年共受理17件。",
    "在依申请公开方面，本年度共受理17件，均按时答复。",
    "依申请公开工作：全年受理17件。",
    "关于依申请公开，今年共收到17件。",
    "本机关严格执行公开制度。依申请公开情况：全年共收到17件，均在期限内答复。",
])
def test_requests_named_by_the_topic(text):
    assert kinds(text) == [("requests_received", 17)]


@pytest.mark.parametrize("text, want", [
    ("人大代表建议办理方面，全年共承办12件。", [("npc_suggestions", 12)]),
    ("政协提案办理方面，全年共承办8件，满意率100%。", [("cppcc_proposals", 8), ("satisfaction_rate", 100)]),
    ("全年工作有序推进。建议提案办理工作：全年承办人大代表建议12件、政协委员提案8件。",
     [("npc_suggestions", 12), ("cppcc_proposals", 8)]),
])
def test_suggestions_and_proposals_named_by_the_topic(text, want):
    assert kinds(text) == want


@pytest.mark.parametrize("text", [
    "依申请公开方面，全年未发生行政复议2件。",      # appeals, whatever the topic
    "依申请公开方面，开展业务培训3次。",             # a count of something else done
])
def test_topic_gives_no_kind_to_other_counts(text):
    assert [k for k, _ in kinds(text) if k == "requests_received"] == []


@pytest.mark.parametrize("text", [
    "依申请公开方面，设立受理点3个。",                 # places, named in the count's own words
    "依申请公开方面，办理群众来信来访20件。",           # letters and visits, not requests
    "依申请公开工作，共接待群众咨询30人次。",
])
def test_count_naming_its_own_object_takes_no_kind_from_the_topic(text):
    assert [k for k, _ in kinds(text) if k == "requests_received"] == []


def test_bare_noun_after_the_verb_under_a_topic():
    assert kinds("人大建议办理方面，共召开座谈会3次，承办建议12件。") == [("npc_suggestions", 12)]


@pytest.mark.parametrize("text", ["设立依申请公开受理点3个。", "设立政府信息公开受理窗口2个。", "建成信息公开申请中心1个。"])
def test_places_requests_are_taken_at_are_no_requests(text):
    assert [k for k, _ in kinds(text) if k == "requests_received"] == []
