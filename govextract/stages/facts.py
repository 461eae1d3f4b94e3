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

Speed: spaCy evaluates a `{"TEXT": {"REGEX": …}}` predicate in Python for
every token, which made the Matcher the slowest stage of a parse. Each such
regular expression is therefore run once per distinct word and its answer
kept as a custom lexeme flag (spaCy's FLAG19…FLAG63), and the Matcher tests
the flag, in C. The rules file is unchanged and validated as written.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import jieba
import regex
import spacy
from spacy import attrs
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .. import lexicon, timelimit
from ..values import quantity

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=[])

_CLAUSE_END = regex.compile(r"[，,；;：:。！？]")
# The cue labels that can give a quantity its kind; a sentence without one holds no fact.
KIND_LABELS = {"PUBLISH", "RECEIVE", "NPC", "CPPCC", "SATISFACTION"}
_FLAGS = [getattr(attrs, f"FLAG{n}") for n in range(19, 64)]
_SENTENCE = regex.compile(r"[^。！？!?\n]+[。！？!?]?")
_CATEGORY_TRIM = regex.compile(r"^[、，,\s]*(?:各类|各种|本年度?)?|等$")
_PLAIN_INFORMATION = regex.compile(r"(?:各类)?(?:政府|政务)?信息")


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
        lines = (open(patterns, encoding="utf-8") if patterns
                 else lexicon.path("fact_patterns.jsonl").open(encoding="utf-8"))
        with lines as fh:
            rules = [json.loads(line) for line in fh if line.strip()]
        checked = Matcher(nlp.vocab, validate=True)   # report a bad rule as the user wrote it
        self.flags: dict = {}                          # regular expression -> lexeme flag
        self.matcher = Matcher(nlp.vocab, validate=False)
        for rule in rules:
            key = rule["label"] + ("|" + rule["id"] if rule.get("id") else "")
            checked.add(key, [rule["pattern"]])
            self.matcher.add(key, [[self._flagged(spec) for spec in rule["pattern"]]])
        self._seen: set = set()                        # lexemes whose flags are set
        # What a sentence must contain for any rule to fire, as plain regular
        # expressions; None where a rule does not start with a TEXT regex.
        if all(_regex_only(r["pattern"][0]) for r in rules):
            self.first_cues = [(r["label"], regex.compile(r["pattern"][0]["TEXT"]["REGEX"])) for r in rules]
        else:
            self.first_cues = None
        lex = lexicon.load_json("facts.json")
        self.quantity = regex.compile(lex["quantity"])
        self.units = lex["units"]
        self.inherit_max = lex["inherit_max_chars"]

    def _flagged(self, spec: dict) -> dict:
        """A token spec with its TEXT regex replaced by a lexeme flag, where flags remain."""
        if not _regex_only(spec):
            return spec
        pattern = spec["TEXT"]["REGEX"]
        if pattern not in self.flags:
            if len(self.flags) == len(_FLAGS):
                return spec
            self.flags[pattern] = (_FLAGS[len(self.flags)], regex.compile(pattern))
        return {self.flags[pattern][0]: True, **{k: v for k, v in spec.items() if k != "TEXT"}}

    def _set_flags(self, doc: Doc):
        for orth in doc.to_array(attrs.ORTH).tolist():   # ints: no Token objects made
            if orth not in self._seen:
                lexeme = doc.vocab[orth]
                for flag, rx in self.flags.values():
                    lexeme.set_flag(flag, rx.search(lexeme.orth_) is not None)
                self._seen.add(orth)

    def relevant(self, sentence: str) -> Optional[tuple]:
        """(start, end) of the part of a sentence the rules need, or None if it holds no fact.

        A fact needs a cue that gives it a kind and a quantity after it, so a
        sentence without such a cue is skipped; the clauses before the first
        cue of any kind, and the text after the last quantity, cannot change
        what is found. Segmenting only the rest is most of the saving."""
        ends = [m.end() for m in self.quantity.finditer(sentence)]
        if not ends:
            return None
        if self.first_cues is None:
            return 0, ends[-1]
        found = [(label, m.start()) for label, rx in self.first_cues if (m := rx.search(sentence))]
        if not any(label in KIND_LABELS for label, _ in found):
            return None
        first = min(at for _, at in found)
        start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, first)), default=0)
        return (start, ends[-1]) if start < ends[-1] else None

    def __call__(self, doc: Doc) -> Doc:
        self._set_flags(doc)
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
            kinds = self.kinds_of(labels, near, m["unit"], each=text.endswith("各", 0, m.start()))
            channel = None
            inherited = False
            if not kinds and prev_fact and prev_fact["kind"] == "published" \
                    and not labels and m.start() - scope <= self.inherit_max \
                    and m["unit"] in self.units["published"]:
                kinds, channel, inherited = ["published"], prev_fact["channel"], True
            prev_any = m.end()
            for kind in kinds:
                if kind == "published" and not inherited:
                    since = prev_fact["_end"] if prev_fact else 0
                    channels = {c.id for c in cues if c.label == "CHANNEL" and c.start >= since and c.end <= m.start()}
                    channel = channels.pop() if len(channels) == 1 else "all"
                fact = {
                    "kind": kind,
                    "value": quantity(m["num"].replace("，", ","), m["mult"]),
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

    def kinds_of(self, labels: set, near: list, unit: str, each: bool = False) -> list:
        """The kind a quantity's cues give it: none, one, or both proposal kinds for 各N件."""
        def ok(kind):
            return unit in self.units[kind]
        if {"NPC", "CPPCC"} <= labels:
            # 人大代表建议、政协提案各5件 is five of each; 共30件 is a total of both, neither kind.
            return [k for k in ("npc_suggestions", "cppcc_proposals") if ok(k)] if each else []
        for c in sorted(near, key=lambda c: c.start, reverse=True):
            if c.label == "NPC" and ok("npc_suggestions"):
                return ["npc_suggestions"]
            if c.label == "CPPCC" and ok("cppcc_proposals"):
                return ["cppcc_proposals"]
        if "SATISFACTION" in labels and ok("satisfaction_rate"):
            return ["satisfaction_rate"]
        if {"RECEIVE", "APPLICATION"} <= labels and "APPEAL" not in labels and ok("requests_received"):
            return ["requests_received"]
        if "PUBLISH" in labels and "NOT_PUBLISHED" not in labels and ok("published"):
            return ["published"]
        return []


def _regex_only(spec: dict) -> bool:
    """A token spec that is only a TEXT regex (and perhaps an operator)."""
    return set(spec) <= {"TEXT", "OP"} and isinstance(spec.get("TEXT"), dict) and set(spec["TEXT"]) == {"REGEX"}


def _category(text: str, start: int, end: int, near: list) -> Optional[str]:
    """What was published, where the clause names it (规章, 行政规范性文件 …)."""
    after_verb = max((c.end for c in near if c.label in ("PUBLISH", "CHANNEL")), default=start)
    name = _CATEGORY_TRIM.sub("", text[after_verb:end]).strip()
    if not name or _PLAIN_INFORMATION.fullmatch(name):
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
    """(sentence, the part the rules read, paragraph, offset of that part) for every
    sentence that can hold a fact."""
    extractor = pipeline().get_pipe("govextract_facts")
    for para in paragraphs:
        for m in _SENTENCE.finditer(para.text):
            timelimit.check("facts")
            sentence = m[0].strip()
            span = extractor.relevant(sentence)
            if span:
                lead = len(m[0]) - len(m[0].lstrip())
                yield sentence, sentence[span[0]:span[1]], para, m.start() + lead + span[0]


def extract(paragraphs: list) -> list:
    """Facts from the narrative paragraphs, with sentence and location."""
    found = list(sentences(paragraphs))
    out = []
    for doc, (sentence, _, para, offset) in zip(pipeline().pipe(part for _, part, _, _ in found), found):
        timelimit.check("facts")
        for fact in doc._.facts:
            fact = dict(fact)
            where = {**para.source.to_dict(), "offset": offset + fact.pop("_start")}
            fact.pop("_end")
            fact["text"] = sentence
            fact["where"] = where
            out.append(fact)
    return out
