"""Counts stated in the narrative: items published per channel, requests
received, 人大建议/政协提案 handled, satisfaction rates.

The rules are spaCy token patterns kept in `lexicons/fact_patterns.jsonl`
(cue words labelled PUBLISH, CHANNEL, RECEIVE, NPC, …) run by a `Matcher`
over text segmented by jieba; quantities (numbers with a unit, 余/多/近/约,
Chinese numerals, 万) are found by the regular expression in
`lexicons/facts.json`. Each quantity takes its kind from the cues between it
and the previous quantity in its clause, and its channel from the cues since
the previous fact, so `网站公开68条，微信公开102条` gives two channels. A bare
`行政规范性文件60件` after a published count continues that count's list.

The component is registered as `govextract_facts`; add it to any pipeline
built on `spacy.blank("zh")` and read `doc._.facts`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import jieba
import regex
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from . import lexicon
from .values import quantity

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=[])

_CLAUSE_END = regex.compile(r"[，,；;：:。！？]")
_SENTENCE = regex.compile(r"[^。！？!?\n]+[。！？!?]?")


@dataclass
class Cue:
    label: str
    id: Optional[str]
    start: int
    end: int


@Language.factory("govextract_facts", default_config={"patterns": None})
def make_fact_extractor(nlp: Language, name: str, patterns: Optional[str]):
    return FactExtractor(nlp, patterns)


class FactExtractor:
    """Finds facts in a Doc (one sentence or more) and stores them in doc._.facts."""

    def __init__(self, nlp: Language, patterns: Optional[str] = None):
        self.matcher = Matcher(nlp.vocab)
        lines = (open(patterns, encoding="utf-8") if patterns
                 else lexicon.path("fact_patterns.jsonl").open(encoding="utf-8"))
        with lines as fh:
            for line in fh:
                if line.strip():
                    rule = json.loads(line)
                    key = rule["label"] + ("|" + rule["id"] if rule.get("id") else "")
                    self.matcher.add(key, [rule["pattern"]])
        lex = lexicon.load_json("facts.json")
        self.quantity = regex.compile(lex["quantity"])
        self.units = lex["units"]
        self.inherit_max = lex["inherit_max_chars"]

    def __call__(self, doc: Doc) -> Doc:
        cues = []
        for match_id, start, end in self.matcher(doc):
            label, _, ident = doc.vocab.strings[match_id].partition("|")
            span = doc[start:end]
            cues.append(Cue(label, ident or None, span.start_char, span.end_char))
        channel_spans = [(c.start, c.end) for c in cues if c.label == "CHANNEL"]
        cues = [c for c in cues if not (c.label == "PUBLISH" and
                                        any(s <= c.start and c.end <= e for s, e in channel_spans))]
        doc._.facts = self.associate(doc.text, cues)
        return doc

    def associate(self, text: str, cues: list) -> list:
        facts, prev_any, prev_fact = [], 0, None
        for m in self.quantity.finditer(text):
            if not m["num"][0].isdigit() and m["num"] in ("一", "两") and m["unit"] != "%":
                # 一条/一件 in prose is rarely a count (一条龙, 一件事).
                prev_any = m.end()
                continue
            clause_start = max((x.end() for x in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
            scope = max(clause_start, prev_any)
            near = [c for c in cues if c.start >= scope and c.end <= m.start()]
            labels = {c.label for c in near}
            kind = self.kind_of(labels, near, m["unit"])
            channel = None
            inherited = False
            if kind is None and prev_fact and prev_fact["kind"] == "published" \
                    and not labels and m.start() - scope <= self.inherit_max \
                    and m["unit"] in self.units["published"]:
                kind, channel, inherited = "published", prev_fact["channel"], True
            prev_any = m.end()
            if kind is None:
                continue
            if kind == "published" and not inherited:
                since = prev_fact["_end"] if prev_fact else 0
                channels = {c.id for c in cues if c.label == "CHANNEL" and c.start >= since and c.end <= m.start()}
                channel = channels.pop() if len(channels) == 1 else "all"
            value = quantity(m["num"].replace("，", ","), m["mult"])
            fact = {
                "kind": kind,
                "value": value,
                "unit": m["unit"],
                "approx": bool(m["pre"] or m["post"]),
                "channel": channel if kind == "published" else None,
                "category": _category(text, scope, m.start(), near) if kind == "published" else None,
                "_start": m.start(),
                "_end": m.end(),
            }
            facts.append(fact)
            prev_fact = fact
        return facts

    def kind_of(self, labels: set, near: list, unit: str) -> Optional[str]:
        def ok(kind):
            return unit in self.units[kind]
        ordered = sorted(near, key=lambda c: c.start, reverse=True)
        for c in ordered:
            if c.label == "NPC" and ok("npc_suggestions"):
                return "npc_suggestions"
            if c.label == "CPPCC" and ok("cppcc_proposals"):
                return "cppcc_proposals"
        if "SATISFACTION" in labels and ok("satisfaction_rate"):
            return "satisfaction_rate"
        if {"RECEIVE", "APPLICATION"} <= labels and ok("requests_received"):
            return "requests_received"
        if "PUBLISH" in labels and "NOT_PUBLISHED" not in labels and ok("published"):
            return "published"
        return None


def _category(text: str, start: int, end: int, near: list) -> Optional[str]:
    """What was published, where the clause names it (规章, 行政规范性文件 …)."""
    after_verb = max((c.end for c in near if c.label in ("PUBLISH", "CHANNEL")), default=start)
    name = regex.sub(r"^[、，,\s]*(?:各类|各种|本年度?)?|等$", "", text[after_verb:end]).strip()
    if not name or regex.fullmatch(r"(?:各类)?(?:政府|政务)?信息", name):
        return None
    return name[:30]


@lru_cache(maxsize=None)
def pipeline() -> Language:
    """spacy.blank("zh") segmenting with its own jieba dictionary, plus the fact rules."""
    jieba.setLogLevel(60)  # jieba logs its dictionary loading to stderr
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    seg = jieba.Tokenizer()
    for word in lexicon.load_json("facts.json")["userdict"]:
        seg.add_word(word, freq=200000)
    nlp.tokenizer.jieba_seg = seg
    nlp.add_pipe("govextract_facts")
    return nlp


def sentences(paragraphs: list):
    """(sentence, paragraph, offset) for every sentence that holds a quantity."""
    qty = lexicon.compiled(lexicon.load_json("facts.json")["quantity"])
    for para in paragraphs:
        for m in _SENTENCE.finditer(para.text):
            if qty.search(m[0]):
                yield m[0].strip(), para, m.start()


def extract(paragraphs: list) -> list:
    """Facts from the narrative paragraphs, with sentence and location."""
    found = list(sentences(paragraphs))
    out = []
    for doc, (sentence, para, offset) in zip(pipeline().pipe(s for s, _, _ in found), found):
        for fact in doc._.facts:
            fact = dict(fact)
            where = {**para.source.to_dict(), "offset": offset + fact.pop("_start")}
            fact.pop("_end")
            fact["text"] = sentence
            fact["where"] = where
            out.append(fact)
    return out
