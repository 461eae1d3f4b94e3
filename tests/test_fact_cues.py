"""fact_cues.CueMatcher finds what spaCy's Matcher finds on the same rules, in the same
order, although it reads one-token rules from lexeme flags and skips the Matcher where
no longer rule can start. The sentences are written for these tests."""
import json

import pytest
import spacy
from spacy.matcher import Matcher

from govextract import lexicon
from govextract.stages import facts
from govextract.stages.fact_cues import CueMatcher

SENTENCES = [
    "通过门户网站公开政府信息1200条，其中政务公开专栏发布规范性文件12件。",
    "办理人大代表建议15件、政协委员提案9件，人大建议和政协提案办复率均为100%。",
    "截至年底累计公开信息3万余条，本年新增公开栏张贴通知40期。",
    "本年度收到政府信息公开申请26件，上年结转2件，予以公开18件。",
    "政务新媒体公众号推送信息86篇，微博发布52条。",
    "全年无行政复议和行政诉讼案件。",
    "",
]


def plain_matches(nlp, rules, text):
    """What spaCy's own Matcher reports on the rules as written, ordered by start as the
    facts stage orders its cues (a stable sort: ties keep the Matcher's order)."""
    matcher = Matcher(nlp.vocab)
    for rule in rules:
        matcher.add(rule["label"] + ("|" + rule["id"] if rule.get("id") else ""), [rule["pattern"]])
    doc = nlp.make_doc(text)
    found = [(nlp.vocab.strings[m], s, e) for m, s, e in matcher(doc)] if len(doc) else []
    return sorted(found, key=lambda match: match[1])


def cue_matches(nlp, cues, text):
    doc = nlp.make_doc(text)
    return cues(doc, [t.orth for t in doc])


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


def test_the_packaged_rules_match_as_spacy_matches_them():
    nlp = facts.pipeline()
    rules = [json.loads(line) for line in lexicon.path("fact_patterns.jsonl").open(encoding="utf-8") if line.strip()]
    cues = nlp.get_pipe(facts.NAME).cues
    seen = 0
    for text in SENTENCES:
        expected = plain_matches(nlp, rules, text)
        assert cue_matches(nlp, cues, text) == expected, text
        seen += len(expected)
    assert seen > 20


def test_rules_of_every_shape_match_as_spacy_matches_them(nlp):
    rules = [
        {"label": "A", "pattern": [{"TEXT": {"REGEX": "公|开"}}]},
        {"label": "A", "pattern": [{"TEXT": {"REGEX": "开"}}]},                    # same key, same token: once
        {"label": "B", "id": "x", "pattern": [{"TEXT": {"REGEX": "开"}}]},        # another key on that token
        {"label": "C", "pattern": [{"TEXT": {"REGEX": "公"}}, {"TEXT": {"REGEX": "开"}, "OP": "?"}]},
        {"label": "D", "pattern": [{"TEXT": {"REGEX": "信"}, "OP": "*"}, {"TEXT": {"REGEX": "息"}}]},
        {"label": "E", "pattern": [{"TEXT": "政"}, {"TEXT": {"REGEX": "府"}}]},    # not a regex: no flag
        {"label": "F", "pattern": [{"TEXT": {"REGEX": "件"}, "OP": "+"}]},
        {"label": "G", "pattern": [{"TEXT": "无"}, {"TEXT": {"REGEX": "开"}, "OP": "*"}]},
    ]
    cues = CueMatcher(nlp.vocab, rules)
    assert cues.gates is None   # no flag tells where rule G can match, so the Matcher always runs
    for text in ["公开政府信息信息5件件", "无", "开公", "息"]:
        assert cue_matches(nlp, cues, text) == plain_matches(nlp, rules, text), text


def test_a_doc_without_every_word_a_longer_rule_requires_skips_the_matcher(nlp):
    rules = [{"label": "A", "pattern": [{"TEXT": {"REGEX": "公"}}]},
             {"label": "B", "pattern": [{"TEXT": {"REGEX": "人"}}, {"TEXT": {"REGEX": "大"}}]}]
    cues = CueMatcher(nlp.vocab, rules)
    calls = []

    class Counting:
        def __len__(self):
            return len(matcher)

        def __call__(self, doc):
            calls.append(doc.text)
            return matcher(doc)

    matcher, cues.matcher = cues.matcher, Counting()
    for text in ["公开", "人大公开", "大人", "人公开"]:
        assert cue_matches(nlp, cues, text) == plain_matches(nlp, rules, text), text
    assert calls == ["人大公开", "大人"]


def test_one_token_rules_beyond_the_45_lexeme_flags_stay_out_of_the_matcher(nlp):
    # Sixty one-token rules, more than there are lexeme flags: none of them may reach
    # the Matcher (as a Python predicate on every token, with no gate to skip it).
    rules = [{"label": f"W{n}", "pattern": [{"TEXT": {"REGEX": f"^{chr(0x4e00 + n)}$"}}]} for n in range(60)]
    rules.append({"label": "B", "pattern": [{"TEXT": {"REGEX": "人"}}, {"TEXT": {"REGEX": "大"}}]})
    cues = CueMatcher(nlp.vocab, rules)
    assert len(cues.matcher) == 1 and cues.gates is not None
    last = chr(0x4e00 + 59)
    for text in [f"一{last}人大", f"{last}丁", "大人"]:
        assert cue_matches(nlp, cues, text) == plain_matches(nlp, rules, text), text
