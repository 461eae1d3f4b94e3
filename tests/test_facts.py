"""The facts stage on its own input: paragraphs in, facts out.

Every sentence here is written for these tests; each reproduces a way real
reports from across the country state (or seem to state) a count.
"""
import json
import subprocess
import sys

import pytest
import spacy

from govextract.model import Paragraph, Source
from govextract.stages import facts
from govextract.stages.fact_kinds import Registry, registry


def facts_of(text: str) -> list:
    paragraphs = [Paragraph(line, Source(line=n + 1)) for n, line in enumerate(text.split("\n"))]
    return facts.extract(paragraphs)


def triples(text: str) -> list:
    return [(f["kind"], f["value"], f["channel"]) for f in facts_of(text)]


# Class 6: no request, said in words.
@pytest.mark.parametrize("text", [
    "本年度，本局没有收到公民、法人或者其他组织提出的政府信息公开申请。",
    "全年未接到信息公开申请，未产生收费。",
    "2022年无依申请公开情况。",
    "本年度尚未收到群众要求公开政府信息的申请。",
    "全年未收到和办理政府信息公开申请，实行零报告。",
    "本年度我镇没有依申请公开的政府信息。",
    "全年没有单位或个人向本局提出过政府信息公开申请。",
    # nobody asked, with no verb of receiving
    "本年度无单位或个人申请政府信息公开。",
    "全年无公民、法人或其他组织申请公开政府信息。",
    "2023年没有群众申请政府信息公开。",
    "全年无人申请政府信息公开。",
    "本年度未有申请人提出政府信息公开申请。",
    # the request named by another noun
    "本年度未收到政府信息公开类案件。",
    "2021年，本局未收到信息公开型案件。",
    "全年未收到公民、法人和其他组织的信息公开请求。",
    # none, as a state or a field's value
    "暂无政府信息公开申请。",
    "全年无依申请公开。",
    "本年度无申请公开政府信息的情况。",
    "依申请公开情况：无。",
    "本年度依申请公开数量为0。",
    "本年度收到政府信息公开申请为零。",
    "2023年，我局没有依申请公开事项。",
    "通过电话、信函等方式受理依申请公开，目前尚无接到公开申请。",
    "本年度并未收到政府信息公开申请。",
    "本年度依申请公开为0。",
    "全年政府信息公开申请为零。",
    "全年政府信息公开申请0件。",
    # the zero joined by 且 to a clause about appeals, which says nothing of requests
    "本年度未收到政府信息公开申请且未发生相关行政复议、行政诉讼。",
])
def test_no_request_said_in_words_is_zero(text):
    found = facts_of(text)
    assert [(f["kind"], f["value"]) for f in found] == [("requests_received", 0)]
    assert found[0]["text"] == text and found[0]["note"]


def test_a_report_in_traditional_script():
    """The document model converts a 繁體 report; its facts are read like any other."""
    from govextract import script
    from govextract.model import Document
    printed = ["本局2010年共主動公開政府信息86條，其中業務動態類信息60條，機構職能類信息26條。",
               "本局2010年度未收到政府信息公開申請，未產生檢索、複製、郵寄等費用。"]
    doc = Document([Paragraph(text, Source(line=n + 1)) for n, text in enumerate(printed)])
    assert script.simplify(doc)
    assert [(f["kind"], f["value"]) for f in facts.extract(doc.paragraphs)] == [
        ("published", 86), ("published", 60), ("published", 26), ("requests_received", 0)]


@pytest.mark.parametrize("text", [
    "本年度未收到政府信息公开行政复议申请。",
    "全年未发生因政府信息公开申请引起的行政诉讼。",
    "未收到有关政府信息公开的咨询和投诉。",
    "本年度无单位或个人申请行政复议。",
    "依申请公开情况：无论申请人是谁，均依法答复。",
    "全年未发生因依申请公开引起的纠纷。",
    "全年未发生因政府信息公开申请被纠错的情况。",
    "全年未办理超期申请。",
    "行政复议申请数：0",
    "一、本年新收政府信息公开申请数量 0 1 0 0 0 0 1",
])
def test_no_appeal_or_enquiry_is_not_a_request_count(text):
    assert facts_of(text) == []


@pytest.mark.parametrize("text,count", [
    ("本年度我局于11月3日收到一份政府信息公开申请，已按时答复。", 1),
    ("全年收到两件书面政府信息公开申请。", 2),
])
def test_one_request_said_with_a_numeral_is_a_count(text, count):
    assert [(f["kind"], f["value"]) for f in facts_of(text)] == [("requests_received", count)]


@pytest.mark.parametrize("text,count,confidence", [
    ("本年度我办政府信息公开申请数为14件，均已按期答复。", 14, "high"),
    # requests only said to be completed take in those carried over: read, but at medium
    ("全年共办结依申请公开政府信息事项2件。", 2, "medium"),
])
def test_requests_stated_as_a_number_or_as_completed_are_received(text, count, confidence):
    assert [(f["kind"], f["value"], f["confidence"]) for f in facts_of(text)] == [
        ("requests_received", count, confidence)]


def test_requests_carried_over_are_not_the_years_received():
    text = "本年新收政府信息公开申请数量40件，上年结转政府信息公开申请数量2件。"
    assert [(f["kind"], f["value"]) for f in facts_of(text)] == [("requests_received", 40)]


def test_one_of_anything_else_is_no_count():
    # 一 alone is rarely a count: a letter of thanks or a training is no request nor item
    assert facts_of("本年度收到一份表扬信，开展一次培训，发布一条通知。") == []


def test_a_zero_said_twice_is_one_fact():
    text = "全年未收到政府信息公开申请。\n因本年度未收到政府信息公开申请，故未收取任何费用。"
    assert triples(text) == [("requests_received", 0, None)]


# Class 7: published counts in other units and shapes.
@pytest.mark.parametrize("text,expected", [
    ("通过微信公众号推送政务信息86篇，在政府公报刊登规范性文件4件。",
     [("published", 86, "wechat"), ("published", 4, "gazette")]),
    ("全年在微信发布信息52篇、微博发布31条、抖音发布短视频9个。",
     [("published", 52, "wechat"), ("published", 31, "weibo"), ("published", 9, "short_video")]),
    ("区政府网站发布信息410条；政务微信196条。",
     [("published", 410, "website"), ("published", 196, "wechat")]),
    ("全年共公开512条，其中门户网站公开133条，公众号公开379条。",
     [("published", 512, "all"), ("published", 133, "website"), ("published", 379, "wechat")]),
    ("本年度发布187篇公众号信息。", [("published", 187, "wechat")]),
    ("在政务公开栏张贴公告36份。", [("published", 36, "bulletin_board")]),
])
def test_published_counts(text, expected):
    assert triples(text) == expected


def test_proposal_replies_published_are_a_published_count():
    assert triples("主动公开人大代表建议和政协委员提案办理复文23件。") == [("published", 23, "all")]
    # ...while handling them is counted as proposals handled.
    assert triples("办理人大代表建议7件、政协委员提案4件，满意率100%。") == [
        ("npc_suggestions", 7, None), ("cppcc_proposals", 4, None), ("satisfaction_rate", 100, None)]


# Class 8: breakdown lists and subsets.
def test_a_breakdown_list_gives_each_category():
    found = facts_of("主动公开政府信息268条，主要类别有：机构职能类信息12条，规划计划类信息9条，"
                     "财政资金类信息30条，其他信息217条。")
    assert [(f["value"], f["category"]) for f in found] == [
        (268, None), (12, "机构职能类信息"), (9, "规划计划类信息"), (30, "财政资金类信息"), (217, "其他信息")]
    assert all(f["kind"] == "published" for f in found)
    assert [f["confidence"] for f in found] == ["high"] + ["medium"] * 4   # the items are inferred, and say so


def test_a_subset_in_its_own_sentence_inherits_the_channel():
    assert triples("通过县政府门户网站发布信息95条。其中，工作动态61条、通知公告34条。") == [
        ("published", 95, "website"), ("published", 61, "website"), ("published", 34, "website")]


def test_a_repeated_value_in_a_list_counts_each_time():
    assert [v for _, v, _ in triples("公开信息40条，其中政策文件8条、人事信息8条、其他24条。")] == [40, 8, 8, 24]


def test_a_list_opened_by_the_published_items_it_belongs_to():
    found = facts_of("全年公开信息70余条。\n在主动公开的信息中，法规类5条，业务类15条。")
    assert [(f["value"], f["category"]) for f in found] == [(70, None), (5, "法规类"), (15, "业务类")]


def test_the_items_of_something_not_published_are_not_published():
    assert facts_of("发布政策解读18条，其中图文解读6条、视频解读2条。") == []
    assert triples("收到政府信息公开申请11件，其中自然人9件。") == [("requests_received", 11, None)]


# Class 9: channel words.
@pytest.mark.parametrize("text,channel", [
    ("通过“清溪发布”公众号推送信息74条。", "wechat"),
    ("在石门县人民政府网公开信息300余条。", "website"),
    ("在门户网发布公告19条。", "website"),
    ("在本单位信息公开栏目发布信息22条。", "website"),
])
def test_channel_words(text, channel):
    assert [f["channel"] for f in facts_of(text)] == [channel]


# Class 10: numbers that are not counts of the year's publications.
@pytest.mark.parametrize("text", [
    "依据《条例》第五十条规定编制本报告。",
    "按照第二十条第（一）项公开规章和规范性文件。",
    "答复申请中予以公开12件，部分公开2件，信息不存在5件。",
    "本年度废止规章9件，修改行政规范性文件3件。",
    "截至目前，累计公开政府信息1770条。",
    "公开“稳经济12条”等政策措施。",
    "信息通过《政务公开》版块的“通知公告”等9个子栏目呈现。",   # a verb inside a title is part of the name
])
def test_not_a_published_count(text):
    assert facts_of(text) == []


def test_issues_of_a_gazette_are_not_items_published():
    assert triples("全年编发公报12期，刊登规范性文件等40件。") == [("published", 40, "gazette")]


@pytest.mark.parametrize("text,expected", [
    ("门户网站发布信息300条，其中发布通知公告9条，在线访谈2期，留言办理15件。",
     [("published", 300, "website"), ("published", 9, "website")]),          # things done are not items
    ("公开信息59条，包括通知公告8条、行政检查公示1条。",
     [("published", 59, "all"), ("published", 8, "all"), ("published", 1, "all")]),
    ("在抖音公众号发布短视频32条。", [("published", 32, "short_video")]),
    ("在区政府网站公开信息58条，分布情况为：公示公告类20条，依申请公开统计4条，工作信息34条。",
     [("published", 58, "website"), ("published", 20, "website"), ("published", 4, "website"),
      ("published", 34, "website")]),                                         # a colon opens the list
    ("中心网站发布信息70条，向上级报送信息15条。", [("published", 70, "website")]),   # sent up, not published
])
def test_list_items_and_activities(text, expected):
    assert triples(text) == expected


def test_a_channel_named_in_a_title_still_counts():
    assert triples("在《清河县人民政府公报》刊登规范性文件6件。") == [("published", 6, "gazette")]


@pytest.mark.parametrize("text,expected", [
    ("办理人大代表建议40件、政协提案31件，满意和基本满意率分别达98.5%、100%。",
     [("npc_suggestions", 40), ("cppcc_proposals", 31), ("satisfaction_rate", 98.5), ("satisfaction_rate", 100)]),
    ("全年收到政府信息公开申请56件，结转下年度继续办理政府信息公开申请4件。", [("requests_received", 56)]),
    ("全年受理区长公开信箱来信120件。", []),
    ("整理发布政策问答65条。", [("published", 65)]),
    ("在门户网站发布政策解读信息19条。", []),                  # interpretations are a kind of their own
])
def test_values_given_respectively_and_other_requests_wording(text, expected):
    assert [(f["kind"], f["value"]) for f in facts_of(text)] == expected


def test_a_running_total_beside_this_years_count():
    assert triples("历年累计公开信息9800条，本年度新增公开信息640条。") == [("published", 640, "all")]


# The fact's text and where it was read (#14 item 14).
def test_fact_text_is_its_sentence_with_offsets():
    para = "一、总体情况。通过门户网站公开信息120条，收到申请3件。"
    found = facts_of(para)
    assert [f["text"] for f in found] == ["通过门户网站公开信息120条，收到申请3件。"] * 2
    for fact in found:
        where = fact["where"]
        assert para[where["text_offset"]:].startswith(fact["text"])
        assert para[where["offset"]:].startswith(str(fact["value"]))


def test_a_very_long_line_of_counts_gives_each_fact_its_clause():
    line = "".join(f"第{n}批次公开信息{n}条，" for n in range(1, 1500))
    found = facts_of(line)
    assert len(found) == 1499
    assert all(len(f["text"]) <= 40 for f in found)
    assert all(line[f["where"]["text_offset"]:].startswith(f["text"]) for f in found)


def test_a_sentence_longer_than_spacy_takes(): 
    """Over a million characters in one sentence (#14 item 8): read in pieces, no E088."""
    text = "主动公开信息11条，" + "a b " * 260_000 + "，主动公开信息22条。"
    assert [f["value"] for f in facts_of(text)] == [11, 22]


# The registry of kinds and the spaCy component (#10).
def test_eval_scores_the_kinds_the_registry_marks_scored():
    from govextract.evaluate import score
    record = {"tables": {}, "meta": {}, "problems": [], "improvements": [],
              "facts": [{"kind": "published", "value": 1, "channel": "all"}, {"kind": "training", "value": 3}]}
    gold = {"meta": {}, "problems": [], "improvements": [], "facts": [{"kind": "published", "value": 1}]}
    assert score(record, gold)["fact_precision"] == (1, 1)
    assert "training" not in registry().scored()


def test_a_new_kind_is_data_only(tmp_path):
    """A kind added to a copy of facts.json and a cue added to the rules: no code changed."""
    from govextract import lexicon
    data = json.loads(lexicon.path("facts.json").read_text(encoding="utf-8"))
    data["kinds"]["press_conferences"] = {"label_zh": "新闻发布会场次", "units": ["场", "次"], "scored": False}
    data["rules"].insert(0, {"kind": "press_conferences", "all_of": ["PRESS"]})
    (tmp_path / "facts.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rules = lexicon.path("fact_patterns.jsonl").read_text(encoding="utf-8")
    (tmp_path / "rules.jsonl").write_text(
        rules + '{"label": "PRESS", "pattern": [{"TEXT": {"REGEX": "发布会"}}]}\n', encoding="utf-8")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govextract_facts", config={"patterns": str(tmp_path / "rules.jsonl"),
                                             "lexicon": str(tmp_path / "facts.json")})
    doc = nlp("全年召开新闻发布会12场，公开信息30条。")
    assert [(f["kind"], f["value"]) for f in doc._.facts] == [("press_conferences", 12), ("published", 30)]


def test_a_rule_naming_an_unknown_kind_is_refused():
    from govextract import lexicon
    data = json.loads(lexicon.path("facts.json").read_text(encoding="utf-8"))
    data["rules"].append({"kind": "pubished", "all_of": ["PUBLISH"]})
    with pytest.raises(ValueError, match=rf"my\.json: rule {len(data['rules'])} names kind 'pubished'"):
        Registry(data, "my.json")


def _user_pipeline(tmp_path):
    from govextract import lexicon
    import govextract.stages.facts  # noqa: F401  (registers the factory)
    rules = tmp_path / "rules.jsonl"
    rules.write_text(lexicon.path("fact_patterns.jsonl").read_text(encoding="utf-8")
                     + '{"label": "CHANNEL", "id": "website", "pattern": [{"TEXT": {"REGEX": "服务网"}}]}\n',
                     encoding="utf-8")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govextract_facts", name="plain")
    nlp.add_pipe("govextract_facts", name="own_words", config={"patterns": str(rules)})
    return nlp


def test_two_components_on_one_pipeline_are_independent(tmp_path):
    doc = _user_pipeline(tmp_path)("收到政府信息公开申请12件。在服务网发布信息40条。")
    plain = [(s.label_, s._.fact["value"], s._.fact["channel"]) for s in doc.spans["plain"]]
    own = [(s.label_, s._.fact["value"], s._.fact["channel"]) for s in doc.spans["own_words"]]
    assert plain == [("requests_received", 12, None), ("published", 40, "all")]
    assert own == [("requests_received", 12, None), ("published", 40, "website")]
    assert [s.text for s in doc.spans["plain"]] == ["12件", "40条"]


def test_a_saved_pipeline_loads_in_a_fresh_process(tmp_path):
    nlp = _user_pipeline(tmp_path)
    nlp.to_disk(tmp_path / "nlp")
    code = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); doc = nlp('在服务网发布信息40条。');"
            "print([(s.label_, s._.fact['channel']) for s in doc.spans['own_words']])")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "nlp")],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[('published', 'website')]"


# Out-of-sample check (issue 9): more ways of stating (or seeming to state) a count.
def test_a_total_over_the_website_and_new_media_is_over_all_channels():
    assert triples("通过县政府门户网站及各部门政务新媒体账号，主动公开信息3120条。") == [("published", 3120, "all")]


@pytest.mark.parametrize("text", [
    "本报告由总体情况、主动公开政府信息情况等五个部分组成。",
    "编制发布涉及12个领域基层政务公开标准目录，主动公开相关内容。",
    "公开办理的申请均在15个工作日内答复。",
])
def test_counts_of_parts_fields_or_days_are_not_published_counts(text):
    assert [f for f in facts_of(text) if f["kind"] == "published"] == []


def test_replies_to_residents_in_a_published_list_are_not_published():
    found = triples("全年共公开各类信息90条，其中网站发布动态30条，公众号发布信息52条，回复群众诉求8件。")
    assert ("published", 8, "all") not in found and ("published", 52, "wechat") in found


@pytest.mark.parametrize("text", [
    "2020年，我镇收到0件信息公开申请。",
    "全年收到0件依申请。",
    "2、行政机关依申请公开政府信息的数量：无。",
])
def test_a_zero_before_the_word_application_is_zero_requests(text):
    assert [(f["kind"], f["value"]) for f in facts_of(text)] == [("requests_received", 0)]


def test_articles_placed_on_news_platforms_are_published():
    assert ("published", 35, "all") in triples("在上级新闻平台发表相关新闻和信息35篇。")


# PDF text layers and flipbook pages often set a space (or an ideographic space) around a number.
@pytest.mark.parametrize("text,expected", [
    ("2023年，本局共收到政府信息公开申请 7 件，均已按期答复。", [("requests_received", 7, None)]),
    ("全年通过门户网站主动公开政府信息　1,234　条。", [("published", 1234, "website")]),
    ("本年度共受理政府信息公开申请3起。", [("requests_received", 3, None)]),
])
def test_spaced_numbers_and_more_request_units(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("通过区政府门户网站公开镇财政信息，3条；通过“某镇政务平台”微信公众号推送政务动态52余条。",
     [("published", 3, "website"), ("published", 52, "wechat")]),
    ("1、主动公开政府信息的情况：27条，内容涉及预算决算和乡村振兴。", [("published", 27, "all")]),
])
def test_a_bare_count_after_a_comma_or_colon_belongs_to_the_clause_before(text, expected):
    assert triples(text) == expected


# Out-of-sample classes, second round.
def test_a_list_goes_on_after_a_count_of_views():
    assert triples("全年在镇政府网站累计发布各类信息520条，浏览量达4.2万次。其中：乡村振兴领域210条，"
                   "政策解读、回应关切合计18条。") == [
        ("published", 520, "website"), ("published", 210, "website"), ("published", 18, "website")]


def test_topics_listed_before_the_count_are_not_activities():
    """会议 and 检查 are topics of what was published (…等领域信息), not things done instead."""
    assert triples("本年度以县政府网站为主渠道公开财政预决算、重大会议、监督检查、社会救助等领域信息共968条。") == [
        ("published", 968, "website")]
    # without the list of topics ending in 等…信息, an activity still is no published count
    assert triples("全年发布会议通知后召开会议12次。") == []


@pytest.mark.parametrize("text,zero", [
    ("2023年未收到群众依申请政府信息公开来信、来电和投诉。", True),
    ("全年未收到政府信息公开申请和投诉举报。", True),
    ("未收到因政府信息公开申请引起的复议、诉讼。", False),
    ("本年度没有收到政府信息公开行政复议申请和投诉。", False),
])
def test_what_else_did_not_come_in_beside_requests(text, zero):
    assert (("requests_received", 0, None) in triples(text)) is zero


def test_a_channel_named_in_the_sentence_before():
    found = facts_of("一是抓好“某镇发布”微信公众号的日常更新，及时推送惠民政策。全年围绕中心工作发布原创稿件63篇。")
    assert [(f["value"], f["channel"], f["confidence"]) for f in found] == [(63, "wechat", "medium")]
    assert "sentence before" in found[0]["note"]
    # not when that sentence holds a count of its own, or names two channels
    assert triples("网站更新信息12条。全年发布稿件30篇。") == [("published", 12, "website"), ("published", 30, "all")]
    assert triples("依托网站和公开栏发布信息。全年发布稿件30篇。") == [("published", 30, "all")]


def test_a_procurement_site_is_a_website_and_press_coverage_is_published():
    assert triples("通过省政府采购网发布招标公告9条。") == [("published", 9, "website")]
    assert triples("在网站和市级媒体开展宣传报道45篇次。") == [("published", 45, "all")]


def test_requests_stated_twice_are_one_fact():
    text = "全年收到政府信息公开申请2件。\n三是规范申请办理，本年度共收到依申请公开事项2件，均按时答复。"
    assert triples(text) == [("requests_received", 2, None)]


@pytest.mark.parametrize("text,expected", [
    ("本年度承办的县九届人大四次会议议案建议共12件，县政协八届三次会议提案共计9件，均已办结。",
     [("npc_suggestions", 12), ("cppcc_proposals", 9)]),
    ("全年办理区人大常委会交办的代表建议6件、委员提案8件。", [("npc_suggestions", 6), ("cppcc_proposals", 8)]),
    ("召开局务会议3次研究建议办理。", []),                      # a count of meetings is no count of proposals
])
def test_proposals_named_with_their_session_or_short(text, expected):
    assert [(f["kind"], f["value"]) for f in facts_of(text)] == expected


def test_the_channel_of_the_counts_own_clause_beats_an_earlier_one():
    assert triples("加大政务新媒体公开力度，微博“某地环境”发布信息9200条，关注量6.1万；"
                   "微信“某地环境”发布信息850条。") == [("published", 9200, "weibo"), ("published", 850, "wechat")]


def test_older_channel_words_and_boards_counted_as_boards():
    assert triples("截止年底，全镇主动公开信息70条。其中，网上公开信息25条，政务公开揭示板上公开45条。") == [
        ("published", 70, "all"), ("published", 25, "website"), ("published", 45, "bulletin_board")]
    # 宣传栏9个 is how many boards there are, not how many items went up on them
    assert triples("更新镇村两级政务公开宣传栏9个，定期张贴惠民政策。") == []


def test_requests_counted_in_zong():
    assert triples("2017年，本局共接到依申请公开6宗，均已按时答复。") == [("requests_received", 6, None)]


def test_a_clause_that_only_lists_what_is_counted_belongs_to_the_verb_before():
    assert triples("本乡主动公开了各类政府信息，具体包括领导分工、低保补助等方面的内容共计88条，"
                   "在微信视频号、抖音号发布视频31条。") == [("published", 88, "all"), ("published", 31, "short_video")]


# Out-of-sample classes, third round (an independent set's misses).
def test_a_list_of_items_published_without_a_count_of_them_all():
    assert triples("本年度我局通过政府信息公开专栏及时公开政府信息，其中公开指南1条，工作动态信息40条，"
                   "人大代表建议及政协提案办理信息6条。") == [
        ("published", 1, "website"), ("published", 40, "website"), ("published", 6, "website")]
    assert [v for _, v, _ in triples("2014年，区卫生局主动公开的政府信息中，机构职责3条，规范性文件2条。")] == [3, 2]
    # a list after something that is not a plain publishing of items stays unread
    assert triples("全年发布政策解读，其中图文解读6条，视频解读2条。") == []


def test_items_of_a_total_take_the_channel_it_found_in_the_sentence_before():
    assert triples("通过某乡政府信息公开网及时将信息进行公开。主动公开政府信息数40条，其中，财政信息数5条，"
                   "概况信息数35条。") == [("published", 40, "website"), ("published", 5, "website"),
                                          ("published", 35, "website")]


def test_an_activity_naming_a_category_of_information_keeps_the_list():
    assert [v for _, v, _ in triples("通过微信公众号发布各类信息90条，其中，工作动态信息40条、培训信息6条，"
                                     "主题教育信息44条。")] == [90, 40, 6, 44]


@pytest.mark.parametrize("text,expected", [
    ("本年度收到政府信息公开申请9件，其中通过门户网站在线提交申请8件、信函1件。", [("requests_received", 9)]),
    ("共收到申请500件。公民个人提出申请480件，占比96%；法人提出申请20件，占比4%。", [("requests_received", 500)]),
    ("全年通过政府网站公开信息130条，同比增量25条。", [("published", 130)]),
    ("健全考核、评议和责任追究三项核心制度。", []),
    ("全年编发公报20期，刊登规章、规范性文件等90件。", [("published", 90)]),
])
def test_parts_differences_and_issues_are_not_counts(text, expected):
    assert [(f["kind"], f["value"]) for f in facts_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("2023年我县接受依申请公开0件。", [("requests_received", 0, None)]),
    ("2020年，我局无依申请公开和不予公开政府信息。", [("requests_received", 0, None)]),
    ("微信公众号编发信息300余条。", [("published", 300, "wechat")]),
])
def test_more_verbs_of_receiving_and_publishing(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("充分运用新媒体平台“某乡人民政府”微信公众号发布信息60条。", [("published", 60, "wechat")]),
    ("在新媒体微信公众号“某地发布”上，更新120次，共计公开300条。", [("published", 300, "wechat")]),
    ("通过政务新媒体和微信公众号发布信息30条。", [("published", 30, "all")]),   # joined: several channels
])
def test_new_media_followed_by_one_platform_names_that_platform(text, expected):
    assert triples(text) == expected


def test_a_zero_whose_unit_was_lost_in_run_together_text():
    assert triples("本年度共收到依申请公开事项0三是规范信息管理。") == [("requests_received", 0, None)]


# Round 5 (factspub): classes met on report pages read for this round; sentences written here.
def test_a_share_after_a_list_item_does_not_end_the_list():
    text = ("本年新增主动公开政府信息40条，其中，机构概况类5条，占12.5%；工作动态类30条，占比为75%；"
            "其他类5条，占12.5%。")
    assert triples(text) == [("published", 40, "all"), ("published", 5, "all"), ("published", 30, "all"),
                             ("published", 5, "all")]


@pytest.mark.parametrize("text,expected", [
    ("本局累计主动公开政府信息560条。2012年新增主动公开政府信息48条。", [("published", 48, "all")]),
    ("累计公开信息900条，其中网站公开800条。", []),                     # the items of a running total too
    ("2023年，我局累计公开政府信息310条。", [("published", 310, "all")]),   # dated: the year's total
    ("全年累计发布信息75条。", [("published", 75, "all")]),
])
def test_a_running_total_without_a_year_is_not_this_years_count(text, expected):
    assert triples(text) == expected


def test_a_running_total_dated_in_the_sentence_before_is_this_years():
    assert triples("2019年，我镇认真做好公开工作。累计公开政府信息86条。") == [("published", 86, "all")]


@pytest.mark.parametrize("text", [
    "市档案馆、图书馆全年共接收公开信息文件1300余份。",
    "向县档案馆报送主动公开的政府信息120份。",
])
def test_papers_handed_to_an_archive_are_not_published(text):
    assert facts_of(text) == []


def test_an_archive_named_as_a_place_of_publishing_does_not_veto():
    found = facts_of("通过门户网站、档案馆等途径公开政府信息210条。")
    assert [(f["kind"], f["value"]) for f in found] == [("published", 210)]


def test_new_media_then_one_platform_in_the_next_clause_names_that_platform():
    assert triples("二是办好政务新媒体，运营“某地卫健”微信公众号，全年推送文章412篇。") == [
        ("published", 412, "wechat")]


def kinds_values(text: str) -> list:
    return [(f["kind"], f["value"]) for f in facts_of(text)]


# A count that names what it counts after itself: the object follows the number.
@pytest.mark.parametrize("text, expected", [
    ("今年本委共收到6份政府信息公开申请，均按期答复。", [("requests_received", 6)]),
    ("2013年，本所收到3起政府信息依申请公开，已全部办结。", [("requests_received", 3)]),
    ("全年共受理11件信息公开的申请。", [("requests_received", 11)]),
    ("本年度共收到3份书面政府信息公开申请，均已答复。", [("requests_received", 3)]),
    ("本年度共办理9件人大代表建议和4件政协委员提案。",
     [("npc_suggestions", 9), ("cppcc_proposals", 4)]),
    # what follows is not a request: an appeal, or a reply published
    ("本年度收到2件政府信息公开申请引起的行政复议。", []),
    ("在网站公开5件人大代表建议办理复文。", [("published", 5)]),
])
def test_a_count_followed_by_what_it_counts(text, expected):
    assert kinds_values(text) == expected


# A session named by its body earlier in the sentence gives a bare 提案 / 建议 / 议案 its kind.
@pytest.mark.parametrize("text, expected", [
    ("县政协九届三次会议召开以来，交我局办理的提案共14件。", [("cppcc_proposals", 14)]),
    ("区人大七届二次会议期间，转由本办承办的议案2件、建议31件。",
     [("npc_suggestions", 2), ("npc_suggestions", 31)]),
    # both bodies before one bare total: a joint count, neither kind
    ("市人大、市政协会议期间交办的建议和提案共40件。", []),
])
def test_a_bare_proposal_takes_the_body_named_earlier_in_its_sentence(text, expected):
    assert kinds_values(text) == expected


# The parts of a total of proposals (其中主办…，协办…) are not facts; nor a restated total.
@pytest.mark.parametrize("text, expected", [
    ("本局承办市人大代表建议20件，其中：主办建议15件，协办建议5件。", [("npc_suggestions", 20)]),
    ("县政协八届二次会议以来，交办的提案共33件，其中集体提案8件，委员联名提案25件。",
     [("cppcc_proposals", 33)]),
    ("今年共办理政协提案12件。对所承办的12件政协提案，委员满意率为100%。",
     [("cppcc_proposals", 12), ("satisfaction_rate", 100)]),
])
def test_parts_and_restatements_of_proposals_are_not_more_facts(text, expected):
    assert kinds_values(text) == expected


def test_the_rate_of_basic_satisfaction_is_not_the_satisfaction_rate():
    text = "建议答复率100%，代表满意率达95.5%，基本满意率4.5%。"
    assert kinds_values(text) == [("satisfaction_rate", 95.5)]


def test_a_rate_of_the_total_does_not_end_its_list():
    text = "2014年，我镇累计公开政府信息210条，全文电子化率为100%。其中，工作动态类信息150条，其他信息60条。"
    assert triples(text) == [("published", 210, "all"), ("published", 150, "all"), ("published", 60, "all")]


def test_a_list_item_printed_without_its_unit():
    found = facts_of("本年度主动公开信息300条，其中通知公告类120条，工作动态150，其他信息30条。")
    assert [(f["value"], f["unit"], f["confidence"]) for f in found] == [
        (300, "条", "high"), (120, "条", "medium"), (150, None, "medium"), (30, "条", "medium")]
    assert "without its unit" in found[2]["note"]


@pytest.mark.parametrize("text,expected", [
    ("全年通过镇政府网站公开信息158，透明度进一步提升。", [("published", 158, "website")]),
    ("主动公开政府信息，公开电话：0571-85112345。", []),                 # not right after a word
    ("全年公开信息60条，其中原创40条；公众号目前订阅数9152，阅读量3万次。",   # larger than its total
     [("published", 60, "all"), ("published", 40, "all")]),
])
def test_a_count_printed_without_its_unit(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("年内县人民政府公报共发行6期，其中刊登政府文件31条。", [("published", 31, "gazette")]),
    ("2021年政务公开栏目公开政策文件等信息88篇。", [("published", 88, "website")]),
])
def test_gazette_issues_and_the_disclosure_column(text, expected):
    assert triples(text) == expected
# A class or the key few of the proposals handled are not their number.
@pytest.mark.parametrize("text, expected", [
    ("本年度承办县人大代表建议42件，其中重点建议6件。", [("npc_suggestions", 42)]),
    ("今年承办区政协重点提案4件。", []),
    ("对上年度区政协二届五次会议政协提案17件C类件开展跟踪办理。", []),
])
def test_key_proposals_and_a_class_of_them_are_not_the_total(text, expected):
    assert kinds_values(text) == expected


def test_a_satisfaction_rate_restated_is_one_fact_unless_its_subject_differs():
    restated = "区政府承办政协提案满意率达98.6%\n今年办理县政协提案31件，委员满意率达98.6%。所办提案均已答复，满意率达98.6%。"
    assert kinds_values(restated) == [("satisfaction_rate", 98.6), ("cppcc_proposals", 31)]
    two = "人大代表建议满意率100%。政协委员提案满意率100%。"
    assert kinds_values(two) == [("satisfaction_rate", 100), ("satisfaction_rate", 100)]




def test_the_verb_before_goes_on_to_a_clause_of_documents():
    assert kinds_values("门户网站主动公开信息900条，公开市人大代表建议办理结果45件，市政协委员提案办理结果37件。") == [
        ("published", 900), ("published", 45), ("published", 37)]
    assert kinds_values("全年办理市人大代表建议45件，市政协委员提案37件。") == [
        ("npc_suggestions", 45), ("cppcc_proposals", 37)]


def test_graphic_interpretations_are_no_item_of_the_count_before():
    assert triples("政务微信推送信息800条，制作政策图解25篇。") == [("published", 800, "wechat")]


def test_paper_copies_sent_to_the_library_and_archive_are_not_published():
    assert triples("通过微信公众号发布图文312条，向图书馆、档案馆报送纸质信息各20条。") == [("published", 312, "wechat")]


def test_a_count_since_the_report_year_is_the_years_own():
    text = "2021年以来，我局按要求对机构信息、政策文件等信息主动公开156条。"
    paragraphs = [Paragraph(text, Source(line=1))]
    assert [(f["value"]) for f in facts.extract(paragraphs, 2021)] == [156]
    assert facts.extract(paragraphs, 2023) == []        # a later report: a running total
    assert facts.extract(paragraphs) == []              # the year unknown: not taken as the year's


def test_the_pipeline_passes_the_report_year_to_the_facts():
    import govextract
    text = ("某县统计局2021年政府信息公开工作年度报告\n一、总体情况\n"
            "2021年以来，我局按要求对机构信息、政策文件等信息主动公开156条。\n"
            "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n无。")
    record = govextract.parse_text(text).to_dict()
    assert record["meta"]["year"] == 2021
    assert [f["value"] for f in record["facts"] if f["kind"] == "published"] == [156]


def test_a_published_count_said_twice_in_one_sentence_is_one_fact():
    assert triples("2020年在县政府网站公开政府信息共64条，主动公开政府信息数64条，其中工作动态50条，其他14条。") == [
        ("published", 64, "website"), ("published", 50, "website"), ("published", 14, "website")]
    assert triples("门户网站发布信息20条，微信公众号发布信息20条。") == [
        ("published", 20, "website"), ("published", 20, "wechat")]


def test_a_smaller_count_after_one_that_names_its_channel_is_there_too():
    found = facts_of("2024年，通过区政府网站共发布政务信息5200条，概况类信息更新量30条，政务动态信息更新量2100条。")
    assert [(f["value"], f["channel"], f["confidence"]) for f in found] == [
        (5200, "website", "high"), (30, "website", "medium"), (2100, "website", "medium")]
    assert "larger count" in found[1]["note"]
    # A larger count after it is no part of it: a total over all channels.
    assert triples("微信公众号发布信息200条，全年共发布信息500条。") == [
        ("published", 200, "wechat"), ("published", 500, "all")]


# Precision round (issue #9): answers to requests are no items published.
@pytest.mark.parametrize("text,expected", [
    ("本年度共收到申请6件，办理结果为予以公开2件，不予公开1件。", [("requests_received", 6, None)]),
    ("全年受理申请7件，其中所申请的信息已主动公开3件，信息不存在4件。", [("requests_received", 7, None)]),
    ("依申请予以主动公开的5件，本机关不掌握相关信息2件。", []),
    ("收到申请5件，已主动公开的2件，不予公开1件。", [("requests_received", 5, None)]),
])
def test_an_answer_to_a_request_is_not_a_published_count(text, expected):
    assert triples(text) == expected


def test_a_published_count_beside_requests_still_counts():
    assert triples("主动公开政府信息88条，收到政府信息公开申请4件，办理结果为予以公开3件。") == [
        ("published", 88, "all"), ("requests_received", 4, None)]
    assert triples("公开人大代表建议和政协委员提案办理结果36件。") == [("published", 36, "all")]
    # no outcome in its sentence: the count is the year's, wherever it stands
    assert triples("全年收到申请3件，主动公开政府信息120条。") == [
        ("requests_received", 3, None), ("published", 120, "all")]


# Session 6 (recall): channels, verbs, lists and units met on reports from across the country.
@pytest.mark.parametrize("text,expected", [
    # a local paper named XX报 (jieba cuts 新区/报 and 县/报刊/发) is news media
    ("全年公开信息90条，公开渠道为区网站、微信公众号、新区报，其中区网站发布30条，微信公众号发布52条，新区报发布8条。",
     [("published", 90, "all"), ("published", 30, "website"), ("published", 52, "wechat"), ("published", 8, "media")]),
    ("在县报刊发稿件15篇。", [("published", 15, "media")]),
    # a government service platform's disclosure column is part of the web presence
    ("全年在园区政务服务平台“公开”频道主动公开政府信息905条。", [("published", 905, "website")]),
    # the channel that governs a verb goes on to the items joined after the first with 、
    ("全镇公开信息300条，其中：通过政府网站公开人事信息3条、通知文件15条、财政信息4条，通过微信公众号公开信息278条。",
     [("published", 300, "all"), ("published", 3, "website"), ("published", 15, "website"),
      ("published", 4, "website"), ("published", 278, "wechat")]),
])
def test_channels_of_local_papers_service_platforms_and_joined_items(text, expected):
    assert triples(text) == expected


def test_what_is_no_paper_nor_platform_channel():
    assert triples("新区报送材料12份，向区报送信息15条。") == []      # 报送 sends papers up; no paper is named
    # the channel is the first item itself, not a verb's: the next item keeps its total's channel
    assert triples("全年公开信息100条，其中：网站60条、其他40条。") == [
        ("published", 100, "all"), ("published", 60, "website"), ("published", 40, "all")]
    assert triples("通过政务服务平台受理申请12件。") == [("requests_received", 12, None)]


@pytest.mark.parametrize("text,expected", [
    ("截至年底，局网站发布及转载信息1200条，微信公众号发布信息300条。",
     [("published", 1200, "website"), ("published", 300, "wechat")]),
    ("在官方微博发布、转载微博52条。", [("published", 52, "weibo")]),
    # reposted items inside a list of what the site published are items of it; a later clause
    # on policy interpretations, after clauses without a count, is no longer in the list
    ("县门户网站共计发布各类信息5000条；其中政策文件类信息120条；政务动态信息1500条，及时转载转发国务院、"
     "省政府重要信息700条；完善政策解读机制，丰富解读形式，围绕全县文件出台采取图文解读等形式，全年发布政策解读信息60条。",
     [("published", 5000, "website"), ("published", 120, "website"), ("published", 1500, "website"),
      ("published", 700, "website")]),
    ("本单位信息被人民网转载12篇。", []),
    ("公开建议提案办理答复12件；财政预决算信息3条。", [("published", 12, "all"), ("published", 3, "all")]),
])
def test_reposting_joined_to_publishing_and_proposal_replies(text, expected):
    assert triples(text) == expected


def test_a_meeting_category_does_not_end_the_list():
    found = triples("2014年本乡主动公开政府信息数100条，其中，综合政务30条；财政信息5条；重要工作会议20条；"
                    "安全监管40条；监察信息5条。")
    assert [v for _, v, _ in found] == [100, 30, 5, 20, 40, 5]
    # meetings held, in sessions, are still something done
    assert [v for _, v, _ in triples("全年公开信息100条，其中工作动态80条，召开会议20次。")] == [100, 80]


@pytest.mark.parametrize("text,expected", [
    ("以市政府名义发布政府规章3部、行政规范性文件17件。", [3, 17]),
    ("联合三部门印发通知，公开信息12条。", [12]),
    ("公开地方性法规二十三条、文件一百零五件。", [23, 105]),
])
def test_the_unit_bu_and_chinese_numerals(text, expected):
    assert [v for k, v, _ in triples(text) if k == "published"] == expected


def test_a_year_named_after_so_far_dates_the_count():
    text = "截至目前，2022年我区公开行政规范性文件2件，行政许可3000件，行政处罚400件。"
    paragraphs = [Paragraph(text, Source(line=1))]
    assert [f["value"] for f in facts.extract(paragraphs, year=2022)] == [2, 3000, 400]
    assert facts.extract(paragraphs, year=2023) == []          # another year's report: not its count
    assert facts_of("截至目前，累计公开信息3000条。") == []


def test_a_total_named_again_to_open_its_list_is_not_a_second_fact():
    text = "全年新增主动公开政府信息23条。\n在本年度主动公开的23条政府信息中，政策法规类信息9条，占39.1%；工作动态类信息14条，占60.9%。"
    assert [v for _, v, _ in triples(text)] == [23, 9, 14]
    # stated only there, it is the year's count
    assert [v for _, v, _ in triples(text.split("\n")[1])] == [23, 9, 14]


def test_press_releases_are_not_items_published():
    """新闻通稿 go to the press: like interpretations, a kind of their own."""
    assert triples("全年组织发布重要活动新闻通稿56篇，在门户网站发布政策文件12件。") == [("published", 12, "website")]


def test_a_count_that_lost_its_unit_and_mark_is_read_only_inside_a_list():
    found = triples("网站全年发布信息900条，其中政务要闻300条通知公告250不动产公告84条，工作动态200条。")
    assert [v for _, v, _ in found] == [900, 300, 250, 84, 200]
    assert all(c == "website" for *_, c in found)
    # outside a list a number glued to the next word is no count, nor are dates and hotlines
    assert triples("2023年发布信息500条，于2023年12月完成，通过12345热线受理诉求300件。") == [("published", 500, "all")]
    assert triples("全年更新信息210调整栏目3个。") == []


def test_a_first_item_without_its_unit_right_after_qizhong():
    assert [v for _, v, _ in triples("全年公开信息100条，其中政策文件20，工作动态30条。")] == [100, 20, 30]


@pytest.mark.parametrize("text,expected", [
    ("全年在网站发布信息52则。", [("published", 52, "website")]),                 # unit 则
    ("通过今日头条发布信息30条，学习强国平台发布12篇。", [("published", 30, "app"), ("published", 12, "app")]),
    ("在南方+发布信息15篇。", [("published", 15, "app")]),
    ("通过LED屏发布信息40条。", [("published", 40, "bulletin_board")]),
    ("报送政务信息80篇，被市政府采用15篇。", []),                                  # adopted above: not published here
    ("2023年，我局接收网络方式提交政府信息公开6件。", [("requests_received", 6, None)]),   # the word 申请 left out
    ("在网站公开政府信息公开指南12件。", [("published", 12, "website")]),
])
def test_news_apps_screens_and_other_wordings(text, expected):
    assert triples(text) == expected


def test_a_disclosure_site_named_net_and_numbered_categories():
    assert triples("其中，街道官方微信发布信息700条，信息公开网发布政务动态信息60条。") == [
        ("published", 700, "wechat"), ("published", 60, "website")]
    found = facts_of("全年公开信息200条。其中：1.机构职能类信息5条；2、财政预决算信息3条。")
    assert [f["category"] for f in found] == [None, "机构职能类信息", "财政预决算信息"]
    assert triples("在特区报刊登公告3篇。") == [("published", 3, "media")]


def test_a_zero_of_requests_in_a_list_of_the_years_counts():
    assert triples("本镇2020年度累计主动公开政府信息30条，依申请公开0件，配发解读材料2件。") == [
        ("published", 30, "all"), ("requests_received", 0, None)]
    assert facts_of("对依申请公开0件的情况作出说明。") == []


def test_a_count_of_requests_that_lost_its_unit_at_the_end_of_its_line():
    assert triples("2022年，本镇收到依申请公开的申请3") == [("requests_received", 3, None)]
    assert triples("全年收到政府信息公开申请5\n（三）政府信息管理") == [("requests_received", 5, None)]
    # a number at a line's end with no cue of requests is nothing
    assert triples("详见附表2") == []


def test_counts_in_wan_are_exact():
    # 万 with decimals in decimal arithmetic (a count is an int), 余 before or after 万
    assert [(v, type(v)) for _, v, _ in triples("全年各市县公开信息813.93万条，占比96%。")] == [(8139300, int)]
    assert [v for _, v, _ in triples("全年主动公开政府信息20余万条。")] == [200000]
    assert [v for _, v, _ in triples("全年主动公开政府信息3.5万余条。")] == [35000]
    assert [v for _, v, _ in triples("全年主动公开政府信息1.2345万条。")] == [12345]
    assert [v for _, v, _ in triples("全年主动公开政府信息3千余条。")] == [3000]


def test_a_bracket_after_a_count_opens_its_list():
    assert triples("全年公开信息9万余条，其中，市政府门户网站发布信息8600条（概况类120条、政务动态8480条）。") == [
        ("published", 90000, "all"), ("published", 8600, "website"), ("published", 120, "website"),
        ("published", 8480, "website")]
    assert triples("全年通过网站公开信息120条（不含转载信息），通过微信发布信息30条。") == [
        ("published", 120, "website"), ("published", 30, "wechat")]


def test_a_list_of_topics_joined_at_its_end_is_what_was_published():
    # interpretations and meetings named among the topics do not make the count something else
    assert triples("全年通过微博和微信公众号发布重要会议、政策解读、民生服务及活动信息1500余条。") == [
        ("published", 1500, "all")]
    assert triples("全年发布政策解读、工作动态及便民信息共300条。") == [("published", 300, "all")]
    assert triples("全年发布政策解读12篇。") == []


def test_a_bracketed_list_inside_a_list_returns_to_it():
    assert [(v, c) for _, v, c in triples(
        "通过局网站主动公开各类信息600条，其中工作动态信息300条（本局动态200条、基层动态100条）、政策法规12条、"
        "公告公示信息40条。")] == [(600, "website"), (300, "website"), (200, "website"), (100, "website"),
                               (12, "website"), (40, "website")]
    # a table's number named in a bracket is no item
    assert triples("各市政府总计主动公开规范性文件1763件（详见表2、3）。") == [("published", 1763, "all")]


@pytest.mark.parametrize("text,channel", [
    ("全年在县外网公开信息40条。", "website"),
    ("全年在区人民政府外网发布信息12条。", "website"),
    ("全年在《某市政报》刊登文件26件。", "gazette"),
    ("全年通过便民服务大厅触摸屏发布信息10条。", "bulletin_board"),
])
def test_more_channel_names(text, channel):
    assert [c for _, _, c in triples(text)] == [channel]


def test_a_total_named_after_its_parts():
    # over channels: the total is over all of them
    assert triples("全年通过网站发布信息50条、微信公众号发布信息30条，共计80条。") == [
        ("published", 50, "website"), ("published", 30, "wechat"), ("published", 80, "all")]
    # requests by how they came in, then their total: the total is the year's requests
    assert triples("全年收到当面申请2件，网上申请3件，合计5件。") == [("requests_received", 5, None)]
    assert triples("全年收到政府信息公开申请：信函申请1件，网上申请4件，共5件。") == [("requests_received", 5, None)]
    # a 共计 count that is no sum of those before it is read as before
    assert triples("全年收到政府信息公开申请5件，共计办理5件。") == [("requests_received", 5, None)]


def test_a_rate_of_those_satisfied_or_fairly_satisfied_is_the_satisfaction_rate():
    assert [(k, v) for k, v, _ in triples("办理市人大建议8件，代表满意和基本满意率达100%。")] == [
        ("npc_suggestions", 8), ("satisfaction_rate", 100)]
    assert [(k, v) for k, v, _ in triples("提案办理满意率95%，基本满意率5%。")] == [("satisfaction_rate", 95)]


def test_a_short_heading_naming_a_channel_gives_the_count_after_it_its_channel():
    assert triples("（一）门户网站。全年发布各类信息300条，其中工作动态200条。") == [
        ("published", 300, "website"), ("published", 200, "website")]
    assert triples("二是用好政务微博。全年发布信息150条。") == [("published", 150, "weibo")]
    # a heading that names no channel, or two, gives none
    assert triples("一、主动公开情况。全年发布各类信息300条。") == [("published", 300, "all")]
    assert triples("二是加强网站和微信建设。全年发布各类信息300条。") == [("published", 300, "all")]
    # a heading on a line of its own
    assert triples("（一）政府网站\n全年发布各类信息300条，其中工作动态200条。\n（二）政务微博\n全年发布信息150条。") == [
        ("published", 300, "website"), ("published", 200, "website"), ("published", 150, "weibo")]
    assert triples("（一）政府网站\n全年发布信息300条。\n另外，全年发布信息150条。")[-1] == ("published", 150, "all")


def test_a_running_total_in_the_regulations_first_year_is_the_years_count():
    def kept(text, year):
        paragraphs = [Paragraph(text, Source(line=1))]
        return [(f["value"], f["category"]) for f in facts.extract(paragraphs, year=year)]
    # the Regulations took effect in 2008: nothing was published under them before
    text = "截至2008年底，本乡累计主动公开政府信息88条，其中机构概况类6条，工作动态类82条。"
    assert [v for v, _ in kept(text, 2008)] == [88, 6, 82]
    assert [v for v, _ in kept("自条例施行以来，本乡累计公开各类信息88条。", 2008)] == [88]
    # in a later year a running total is no year's count, nor are its items
    assert kept(text.replace("2008", "2013"), 2013) == []
    assert kept("自条例施行以来，本乡累计公开各类信息880条。", 2013) == []


@pytest.mark.parametrize("text,value", [
    ("2021年，本办共收到政府信息公开申请3项，均按时答复。", 3),
    ("全年受理依申请公开2项，办结2项。", 2),
    ("本年度收到信息公开申请事项4项。", 4),
])
def test_requests_counted_in_xiang(text, value):
    assert triples(text) == [("requests_received", value, None)]


def test_a_statistics_label_in_quotes_is_read():
    # a report citing a form's column by its name, in quotes
    assert triples("2019年，本委“主动公开信息数”为64条。") == [("published", 64, "all")]
    assert triples("全年“主动公开政府信息数”：75条，“依申请公开信息数”：1条。") == [("published", 75, "all")]
    # a quoted name that is no label still hides its words
    assert triples("全年开展“信息公开进社区”活动12次。") == []


def test_requests_counted_only_by_how_they_came_in_add_up():
    assert triples("全年收到当面申请1件、网上申请4件、信函申请2件。") == [("requests_received", 7, None)]
    assert facts_of("全年收到当面申请1件、网上申请4件。")[0]["confidence"] == "medium"
    # a total stated before or after the parts is the count, and the parts are none
    assert triples("全年共收到申请7件，其中当面申请1件、网上申请4件、信函申请2件。") == [("requests_received", 7, None)]
    assert triples("全年收到当面申请1件，网上申请4件，合计5件。") == [("requests_received", 5, None)]
    assert triples("2020年共受理申请30件次，通过网站方式申请20件次、信函方式申请10件次。") == [
        ("requests_received", 30, None)]


def test_events_counted_between_a_columns_items_do_not_end_their_list():
    assert triples("全年在区政府网站公开信息500条，“领导活动”31条，新闻发布会6次，“财政资金”27条。") == [
        ("published", 500, "website"), ("published", 31, "website"), ("published", 27, "website")]
    # a count of published items in those units is still none
    assert triples("全年召开新闻发布会6次，开展培训2场。") == []


def test_a_portal_named_by_its_brand_is_the_website():
    assert triples("全年通过江城在线平台主动公开政府信息85条。") == [("published", 85, "website")]
    assert triples("我镇在“中国平湖”上发布各类信息230条。") == [("published", 230, "website")]
    # the subsets after its total take its channel
    found = triples("本年度通过河口在线网共公开信息60条，其中工作动态45条，通知公告15条。")
    assert found == [("published", 60, "website"), ("published", 45, "website"), ("published", 15, "website")]
    # online services are no channel
    assert triples("通过在线访谈发布信息12条。") == [("published", 12, "all")]


def test_the_channel_right_before_the_verb_after_a_list_of_channels():
    assert triples("利用乡政府网站、微信公众号和公开栏在县政府网上共发布各类信息52条。") == [
        ("published", 52, "website")]
    assert triples("依托门户网站、政务新媒体，通过微信公众号发布信息30条。") == [("published", 30, "wechat")]
    # channels joined before the verb share the count
    assert triples("通过网站、微博、微信发布信息75条。") == [("published", 75, "all")]
    # a second verb between: the count is over both
    assert triples("通过政府网站发布和在公示栏张贴信息共50条。") == [("published", 50, "all")]


def test_items_sent_to_a_website_are_published_there():
    assert triples("2023年，向市政府门户网站报送政务信息26条。") == [("published", 26, "website")]
    # taken by a website from what the body sent is the website's choice, not the body's publishing
    assert triples("全年撰写信息120条，县政府网站采用上百条。") == []
    # sent to a body, or taken by one, is not published anywhere named
    assert triples("报送政务信息80篇，被市政府采用15篇。") == []
    assert triples("向市政府办公室报送信息40条。") == []


def test_about_a_hundred_is_approximate():
    found = facts_of("全年在网站发布信息百余条，公示栏公布上千条。")
    assert [(f["value"], f["approx"]) for f in found] == [(100, True), (1000, True)]


def test_categories_listed_in_the_sentence_after_a_total():
    found = triples("2015年，我局主动公开政府信息共63条。按信息类别分，工作动态类信息50条，通知公告13条。")
    assert [v for _, v, _ in found] == [63, 50, 13]
    found = triples("全年公开信息90条。从信息类别看，政策文件20条，工作动态70条。")
    assert [v for _, v, _ in found] == [90, 20, 70]
    # without a total before it, no list
    assert triples("按信息类别分，工作动态类信息50条。") == []
