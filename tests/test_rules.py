"""Small pieces with many cases: cell values, numerals, the spaCy component."""
import pytest
import spacy

from govextract.values import chinese_to_int, parse_cell, quantity


@pytest.mark.parametrize("text,value,note,unit", [
    ("0", 0, None, None), (" 12 ", 12, None, None), ("1,234", 1234, None, None),
    ("22（其中修订16件）", 22, "其中修订16件", None), ("-3", -3, None, None), ("－3", -3, None, None),
    ("5949.088667", 5949.088667, None, None), ("251000元", 251000, None, "元"),
])
def test_value_cells(text, value, note, unit):
    cell = parse_cell(text)
    assert (cell.value, cell.note, cell.unit) == (value, note, unit)


@pytest.mark.parametrize("text", ["", "/", "—", "-", "　", "无"])
def test_blank_cells(text):
    assert parse_cell(text).value is None


@pytest.mark.parametrize("text", ["1.属于国家秘密", "自然人", "（七）总计", "3.其他"])
def test_labels_are_not_values(text):
    assert parse_cell(text) is None


@pytest.mark.parametrize("text,value", [("十二", 12), ("一百零五", 105), ("两千", 2000), ("三万", 30000)])
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


def test_wan_multiplier():
    assert quantity("1.2", "万") == 12000


def test_fact_component_in_a_users_pipeline():
    import govextract.stages.facts  # noqa: F401  (registers the factory)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govextract_facts")
    doc = nlp("委员、代表满意率达到100%。共收到政府信息公开申请十二件。")
    kinds = {(f["kind"], f["value"]) for f in doc._.facts}
    assert kinds == {("satisfaction_rate", 100), ("requests_received", 12)}


def test_a_user_rule_without_code(tmp_path):
    """A pattern file of one's own: here a new channel word, 政务服务网."""
    from govextract import lexicon
    rules = lexicon.path("fact_patterns.jsonl").read_text(encoding="utf-8")
    extra = '{"label": "CHANNEL", "id": "website", "pattern": [{"TEXT": {"REGEX": "服务网"}}]}\n'
    path = tmp_path / "rules.jsonl"
    path.write_text(rules + extra, encoding="utf-8")
    import govextract.stages.facts  # noqa: F401
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govextract_facts", config={"patterns": str(path)})
    doc = nlp("通过服务网发布信息40条。")
    assert [(f["channel"], f["value"]) for f in doc._.facts] == [("website", 40)]


def _pipeline_with(tmp_path, extra: str):
    from govextract import lexicon
    import govextract.stages.facts  # noqa: F401
    path = tmp_path / "rules.jsonl"
    path.write_text(lexicon.path("fact_patterns.jsonl").read_text(encoding="utf-8") + extra, encoding="utf-8")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govextract_facts", config={"patterns": str(path)})
    return nlp


def test_a_user_rule_with_other_token_attributes(tmp_path):
    """Rules need not be regular expressions: an ORTH rule for a new kind cue still fires."""
    nlp = _pipeline_with(tmp_path, '{"label": "PUBLISH", "pattern": [{"ORTH": "披露"}]}\n')
    doc = nlp("全年在微博披露信息25条。")
    assert [(f["kind"], f["channel"], f["value"]) for f in doc._.facts] == [("published", "weibo", 25)]
    # The pipeline's own helper reads every sentence when a rule cannot be pre-tested.
    extractor = nlp.get_pipe("govextract_facts")
    assert extractor.first_cues is None and extractor.relevant("全年披露信息25条") == (0, 9)


def test_a_malformed_user_rule_is_reported_as_written(tmp_path):
    with pytest.raises(ValueError, match="TEXTT"):
        _pipeline_with(tmp_path, '{"label": "PUBLISH", "pattern": [{"TEXTT": "公开"}]}\n')


@pytest.mark.parametrize("sentence,facts", [
    ("全年承办市人大代表建议和政协提案共计30件，其中人大代表建议18件，政协提案12件。",
     [("npc_suggestions", 18), ("cppcc_proposals", 12)]),          # the joint total is neither kind
    ("办理人大建议、政协提案各5件。", [("npc_suggestions", 5), ("cppcc_proposals", 5)]),
    ("共办理人大代表建议45件、政协委员提案67件，满意率98.5%。",
     [("npc_suggestions", 45), ("cppcc_proposals", 67), ("satisfaction_rate", 98.5)]),
    ("召开新闻发布会12场，发布政策解读30篇。", []),
    ("本年度新收政府信息公开申请一百零五件。", [("requests_received", 105)]),
])
def test_proposal_and_request_facts(sentence, facts):
    from govextract.stages.facts import pipeline
    assert [(f["kind"], f["value"]) for f in pipeline()(sentence)._.facts] == facts


@pytest.mark.parametrize("sentence,facts", [
    ("全年共接到政府信息公开申请25件。", [("requests_received", 25, None)]),
    ("全年共登记政府信息公开申请12件。", [("requests_received", 12, None)]),
    ("全年收到行政复议申请3件。", []),                                   # an appeal, not a disclosure request
    ("在公示栏公示信息120条。", [("published", 120, "bulletin_board")]),
    ("通过门户网站上传各类信息300余条。", [("published", 300, "website")]),
])
def test_more_cue_words(sentence, facts):
    from govextract.stages.facts import pipeline
    assert [(f["kind"], f["value"], f["channel"]) for f in pipeline()(sentence)._.facts] == facts


@pytest.mark.parametrize("agency,text,region", [
    ("朝阳区人民政府", "北京市朝阳区人民政府办公室", ("北京市", None, "朝阳区")),
    ("朝阳区人民政府", "地址：长春市朝阳区", ("吉林省", "长春市", "朝阳区")),
    ("义乌市人民政府", "", ("浙江省", "金华市", "义乌市")),
    ("南京市鼓楼区人民政府", "", ("江苏省", "南京市", "鼓楼区")),
])
def test_region_of_an_ambiguous_division_follows_the_text(agency, text, region):
    from govextract.stages.meta import region as region_of
    found = region_of(agency, text)
    assert (found["province"], found["city"], found["county"]) == region
