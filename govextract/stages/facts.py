"""Counts stated in the narrative: items published per channel, requests
received, 人大建议/政协提案 handled, satisfaction rates.

The rules are spaCy token patterns kept in `lexicons/fact_patterns.jsonl`
(cue words labelled PUBLISH, CHANNEL, RECEIVE, NPC, LIST, …) run by a
`Matcher` over text segmented by jieba; quantities (numbers with a unit,
余/多/近/约, Chinese numerals, 万) are found by the regular expression in
`lexicons/facts.json`, and the registry of kinds there (`fact_kinds`) says
which cue labels give a quantity which kind. Each quantity takes its kind
from the cues between it and the previous quantity in its clause, and its
channel from the cues since the previous fact, so `网站公开68条，微信公开102条`
gives two channels. The items of a list after a published count
(`其中…`, `主要类别有：…`, or a bare `行政规范性文件60件`) are published counts
too, with the count's channel unless they name their own; a list may go on
in the next sentence when that one opens with 其中, and past a sentence that announces it with no count
(在主动公开的信息中主要分为A、B等类别。A类99条；…). A published count that
names no channel takes the one channel of the sentence before it, when that
sentence is about publishing there (一是对微信公众号及时更新…。全年发布原创稿件63篇。),
or that of a larger count before it in its sentence that named its own (通过网站发布信息
21813条，政务动态信息更新量10078条), or that of the one count of the sentence before, when it
named its own and is no smaller (门户网站共发布信息5000条。发布通知公告类信息300条；…). A number printed without its unit (部门动态402，)
is read as a list item or a published count; one glued to the next word without
unit or mark (通知公告307不动产公告84条: the page lost both) only as a list item. A fact that rests on such an inference
says so in `confidence` and `note`.
A count after 累计 is a running total, not the year's, unless its sentence or the one
before names the year (2023年，累计公开…; 一年来，累计…), and so are the items of a list that names no
count of its own right after one (在主动公开的信息中，…); papers handed to an archive or a reading point
(档案馆…接收, 向查阅点提交…文件300份) are not published, a share or rate (…10条，占17.5%；…) does not end a list, and a count since
the report's own year (2020年以来…) is the year's; a total counted up to now (截至目前…) is the year's in a
paragraph that opens with the report's year and counts nothing published before it.
Responses to public concerns counted in 次 beside a published count (回应公众关切19次) are items of it.
Cues that jieba's words cut apart (a local paper 新区/报) are found in the text
itself (`text_cues`); a channel that governs a verb goes on to the items joined to
its first one (通过政府网站公开分工2条、通知文件12条); reposting joined to a
publishing verb (发布及转载) publishes.
A count may also name what it counts after itself (收到8份政府信息公开申请,
办理9件人大代表建议), and the body named earlier in a sentence (市政协六届一次会议以来，…)
gives a bare 提案/建议 there its kind; parts of a total of requests or proposals
(其中主办建议12件，协办建议5件) and a total restated are not further facts.
A count dated to another year than the report's (此外，2010年我镇公开… in the report for
2009) is not the report's fact, nor are its list's items (a year opening an item's name, …，2023年度工作报告1条,
names a document and dates nothing); interpretations among a list's
items (政策解读5条) are not counted as published, as 发布政策解读12篇 is not; a number in a
document's title (《关于做好8件实事的通知》) is no count; requests said only to be handled
(办理申请N件) are read as received only where nothing says they take in others (结转) and the report
states no count received: those handled may include requests carried over.
What a published count counts must be items of information: Chinese names end in their head
noun, so the last word of what it counts, or the noun right after it, decides (`not_information`):
the entries of a list of powers (权力清单230个, and its list 其中行政许可13项…), tasks (21项重点工作),
honours (4个奖项), places to read (查阅点1个), columns of a website (专题栏目新增2个, 13个信息公开板块) and
what the public sent in and the answers to it (承办“县长热线”530件, 群众来信4件, 答复183条, 回答公众疑问67条) are no items published, nor are catalogue entries
and service guides (政府信息公开目录64条, 办事指南31条); nor is what a request only said to be handled
came to (办理申请9件，其中予以公开3件，已在网站公开2件). Items sent to or taken by a website
(向市政府网站报送信息18条, 网站采用上百条) are published there; a count that names several channels
takes the one of the phrase right before its verb (利用网站、公示栏在县政府网上发布…). A total whose list items
are years (累计491条，其中，2018年40条，2017年83条) spans years, and a list item counted after 各
(中英文各1条) splits the item before it, and a count after 各 outside a list (预算及调整信息公开各1项) is one per part, no fact. A count outside a list (or in a list with no total of its own)
stated again with its channel and category (in a summary, then before its list; again in a list of counts by channel), is one count, and a sentence printed twice says its counts once; a sentence that opens with category counts joined
by 、 (…公开信息36条。法规文件0条、工作动态36条), or one made only of category counts joined by commas
with no cue of a kind of its own (…。人事信息8条，统计信息31条。), lists the items of the count before; a list
entry its words rule out (…4期; 审计整改2条; an entry of no information, 权责清单1件) leaves its list
open, and is an item when the list's items, it among them (and any interpretations), add up exactly
to the total; a head with a colon after an entry (…；法定主动公开内容：…) opens a group of the same list,
while list words alone before a colon (…网站公开320条，包括：…) open the entry's own list. A list also
opens in the sentence after one that published items without a count (在网站发布信息。其中政策法规58条…),
and goes on in enumerated paragraphs under a heading that breaks down what was published (从公开内容看：/
1、工作动态类信息160条。, or unnumbered under 主要类别情况：), and in a paragraph that opens with a category count right after one cut at a
semicolon (…其中规范性文件30条；/ 工作动态信息500条，…).

The component is registered as `govextract_facts` (also through the
`spacy_factories` entry point, so a saved pipeline loads in a new process);
add it to any pipeline built on `spacy.blank("zh")` and read `doc._.facts`,
or `doc.spans[<component name>]` whose spans carry the fact in `span._.fact`.

The code: this module finds the cues (`FactExtractor.read`), reads the counts of a text in one pass
(`_Reading`) and keeps what the whole report allows (`extract`); `fact_lists.py` reads lists of published
items, `fact_channels.py` the channel of a published count, `fact_years.py` which running and year-end totals
are the year's, `fact_text.py` where clauses, sentences and asides begin and end; `fact_kinds.py` is the registry of kinds, `fact_cues.py` the cue matcher.

Speed: the cues are found by `fact_cues.CueMatcher`, spaCy's Matcher with
each rule's regular expression run once per distinct word (a lexeme flag)
and one-token rules read from the lexemes; the rules file is unchanged and
validated as written.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex
import spacy
from spacy import attrs
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import anchored_search, enumerators, lexicon, segmenter, timelimit
from .fact_channels import ChannelRules
from .fact_cues import CueMatcher, regex_only
from .fact_kinds import Registry, registry
from .fact_lists import Interpretations, ListReading, ListRules
from .fact_text import (BRACKETED, CLAUSE_END, CLOSE_BRACKET, ITEM_MARKS, NON_SPACE, SENTENCE_END, after_aside,
                        aside_before, clause_begin, closed_asides, ends_between, holds, last_at, last_match,
                        previous_sentence_begin, sentence_begin, spans_between, value_of)
from .fact_years import earlier_year_end, running_dated, so_far, year_end_totals, year_paragraph

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=[])
if not Span.has_extension("fact"):
    # Kept per component (the span's id) in doc.user_data: spaCy keys a plain span
    # attribute by offsets alone, so two components' spans over one count would share it.
    Span.set_extension("fact", getter=lambda span: span.doc.user_data.get(_fact_key(span)))

NAME = "govextract_facts"
# Plain punctuation classes: `re` reads them as `regex` does, and runs them faster.
_DIGIT_AFTER = re.compile(r"[ 　]*\d")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_WHITE_SPACE = re.compile(r"\s")   # re: what str.isspace() calls white space, as spaCy tests it
_ANCHOR = regex.compile(r"(?<![\[\\])\^|(?<!\\)\$")
_HEAD = regex.compile(r"\p{Han}{2}")   # the last two characters of a name, its head noun (`_same_head`)
_WHOLE_GROUP = regex.compile(r"\((?:\?:)?(.*)\)", regex.DOTALL)   # (…) or (?:…), its content checked apart


@dataclass
class Cue:
    label: str
    id: Optional[str]
    start: int
    end: int


class CueIndex:
    """A text's cues in order (`cues`, and their `starts`), and on demand those of one label or a
    set of labels: what a count asks of the cues before it in its sentence (a list word, a request
    word) is then a bisection, however many cues the sentence holds (crawler text with no line
    breaks: thousands in one sentence)."""

    def __init__(self, cues: list):
        self.cues = sorted(cues, key=lambda c: c.start)
        self.starts = [c.start for c in self.cues]
        self._of = {}

    def between(self, begin: int, end: int, labels=None) -> list:
        """The cues starting in [begin, end), of `labels` (a label, or a frozenset of labels) if given."""
        cues, starts = (self.cues, self.starts) if labels is None else self._labelled(labels)
        return cues[bisect_left(starts, begin):bisect_left(starts, end)]

    def first_cue(self, begin: int, end: int) -> Optional[Cue]:
        """The first cue starting in [begin, end), or None."""
        i = bisect_left(self.starts, begin)
        return self.cues[i] if i < len(self.cues) and self.starts[i] < end else None

    def first(self, labels, begin: int, end: int) -> Optional[int]:
        """The start of the first cue of `labels` starting in [begin, end), or None."""
        starts = self._labelled(labels)[1]
        i = bisect_left(starts, begin)
        return starts[i] if i < len(starts) and starts[i] < end else None

    def last(self, labels, begin: int, end: int) -> Optional[int]:
        """The start of the last cue of `labels` starting in [begin, end), or None."""
        starts = self._labelled(labels)[1]
        i = bisect_left(starts, end)
        return starts[i - 1] if i and starts[i - 1] >= begin else None

    def _labelled(self, labels) -> tuple:
        found = self._of.get(labels)
        if found is None:
            cues = [c for c in self.cues if (c.label in labels if isinstance(labels, frozenset) else c.label == labels)]
            found = self._of[labels] = (cues, [c.start for c in cues])
        return found


@Language.factory(NAME, default_config={"patterns": None, "lexicon": None})
def make_fact_extractor(nlp: Language, name: str, patterns: Optional[str], lexicon: Optional[str]):
    """`patterns`: a fact_patterns.jsonl of one's own; `lexicon`: a facts.json of one's own
    (kinds, rules, quantities); the packaged ones by default."""
    return FactExtractor(nlp, patterns, name, lexicon)


class FactExtractor(ListRules, ChannelRules):
    """Finds facts in a Doc (one sentence or more) and stores them in doc._.facts
    and, as spans, in doc.spans[name]."""

    def __init__(self, nlp: Language, patterns: Optional[str] = None, name: str = NAME,
                 lexicon_file: Optional[str] = None):
        lines = (open(patterns, encoding="utf-8") if patterns
                 else lexicon.path("fact_patterns.jsonl").open(encoding="utf-8"))
        with lines as fh:
            rules = [json.loads(line) for line in fh if line.strip()]
        self.name = name
        self.cues = CueMatcher(nlp.vocab, rules)
        if lexicon_file:
            with open(lexicon_file, encoding="utf-8") as fh:
                lex = json.load(fh)
            self.kinds = Registry(lex, lexicon_file)
        else:
            lex, self.kinds = lexicon.load_json("facts.json"), registry()
        self.kind_labels = self.kinds.cue_labels()
        # What a sentence must contain for any rule to fire, as plain regular
        # expressions; None where a rule does not start with a TEXT regex.
        # One regular expression for all of them, and one for those of kind-giving labels.
        if all(regex_only(r["pattern"][0]) for r in rules):
            first = [(r["label"], _unanchored(r["pattern"][0]["TEXT"]["REGEX"])) for r in rules]
            # Compiled by `re`, as spaCy's Matcher compiles a rule's REGEX: on an alternation of
            # some forty words it tries each position about four times faster than `regex`.
            self.first_cues = re.compile("|".join(p for _, p in first))
            # …and the words that publish when they follow a channel (网站采用上百条: `_taken_published`).
            # Every alternative of this one opens with a character, so `re` skips the rest (about 4×).
            self.kind_cues = re.compile("|".join([p for label, p in first if label in self.kind_labels]
                                                 + [lex["taken_by_channel"], lex["added_on_channel"]["word"]]))
        else:
            self.first_cues = self.kind_cues = None
        self.quantity = regex.compile(lex["quantity"])
        self.published_units = self.kinds.kinds["published"].units
        self.bare_as, self.bare_kinds = lex["bare_count_as"], set(lex["bare_count_kinds"])
        self.list_breakers = set(lex["list_breakers"])
        self.cumulative, self.this_year, self.each = lex["cumulative"], lex["this_year"], lex["each"]
        self.running, self.rate_units = lex["running"], set(lex["rate_units"])
        self.rate_words = regex.compile(lex["rate_words"] + "$")
        self.unit_in_label = regex.compile(lex["unit_in_label"] + "$")
        self.information_before = regex.compile(lex["plain_information"] + "$")
        self.bare_before = regex.compile(lex["bare_count_before"])
        self.bare_stop = regex.compile(lex["bare_count_stop"])
        self.run_on = regex.compile(lex["run_on_opening"])
        self.code_number = regex.compile(lex["code_number"])
        self.lost_year = regex.compile(lex["lost_year"])
        self.cut_run = regex.compile(lex["cut_run"])
        self.dated = regex.compile(lex["running_dated"])
        self.first_year = lex["first_year"]
        self.up_to_now, self.year_frame = regex.compile(lex["up_to_now"]["cue"]), regex.compile(lex["up_to_now"]["frame"])
        self.year_end, self.year_end_from = regex.compile(lex["year_end"]), lex["year_end_from"]
        self.year_end_lead = regex.compile(lex["year_end_lead"])
        self.own_accord = regex.compile(lex["own_accord"])
        self.party_platform = regex.compile(lex["party_platform"])
        self.copy_units = set(lex["copy_units"])
        self.already = regex.compile(lex["already"])
        self.since_year = regex.compile(lex["since_year"])
        self.counted_since = regex.compile(lex["counted_since"])
        self.year_after = regex.compile(lex["cumulative_year_after"])
        self.issue_units, self.issue_channels = set(lex["issue_units"]), set(lex["issue_channels"])
        self.print_verbs = regex.compile(lex["print_verbs"])
        self.issues_then_items = regex.compile(lex["issues_then_items"])
        self.batch_units = set(lex["batch_units"])
        self.kinds_units = set(lex["kinds_then_items"]["units"])
        self.times_suffix = lex["times_suffix"]
        self.glued_recount = regex.compile(lex["glued_recount"])
        self.glued_next = regex.compile(lex["glued_next"])
        self.kinds_then_items = regex.compile(lex["kinds_then_items"]["after"])
        self.print_run_after = regex.compile(lex["print_run_after"])
        self.publicity_print = regex.compile(lex["publicity_print"])
        self.several_ways = regex.compile(lex["several_ways"])
        self.format_word = lex["format_channel"]["word"]
        self.forms_after = regex.compile(lex["format_channel"]["forms_after"])
        self.issue_items_before = regex.compile(f"(?:{lex['issue_items']})$")
        self.issue_items_after = regex.compile(f"[ 　]*(?:{lex['issue_items']})")
        self.part_of_item = regex.compile(lex["part_of_item"])
        self.part_of_item_next = regex.compile(lex["part_of_item_next"])
        self.reposted_reports = regex.compile(lex["reposted_reports"])
        self.exception_before = regex.compile(lex["exception_before"])
        self.interpretation_parts = regex.compile(lex["interpretation_parts"])
        self.activity, self.respectively_word = lex["activity"], lex["respectively"]
        self.bracket = next(c["id"] for c in lex["text_cues"] if c["label"] == "LIST")
        self.request_noun = next(c["id"] for c in lex["text_cues"] if c["label"] == "RECEIVE" and "id" in c)
        self.request_outcome = lex["request_outcome"]
        self.restated_after = regex.compile(lex["restated_after"])
        self.restated_before = regex.compile(lex["restated_before"])
        self.restated_kind = regex.compile(lex["restated_kind"])
        self.verb_column_names = regex.compile(lex["verb_column_names"])
        self.new_this_year = regex.compile(lex["new_this_year"])
        self.respectively_between = lex["respectively_between"]
        self.respective_series = regex.compile(lex["respective_series"])
        self.respectively_before = regex.compile(lex["respectively_before"] + "$")
        self.respectively_gap = lex["respectively_before_chars"]
        self.zero = regex.compile("|".join(f"(?:{p})" for p in lex["zero_requests"]))
        # Characters one of which every pattern of zero_requests holds (未, 无, 没, 零, 0): a text
        # holding none is not searched (tests/test_facts_speed.py checks each pattern). A plain
        # class: `re` scans it faster.
        self.zero_held = re.compile(lex["zero_requests_held"])
        self.zero_published = regex.compile("|".join(f"(?:{p})" for p in lex["zero_published"]))
        # one `re` search for the words every match holds: a Python loop over them costs more than it saves
        self.zero_published_words = re.compile("|".join(map(re.escape, lex["zero_published_words"])))
        self.zero_not = regex.compile(lex["zero_requests_not"])
        self.zero_list = regex.compile(lex["zero_requests_list"])
        self.zero_heading = regex.compile(lex["zero_requests_heading"])
        self.zero_heading_chars = lex["zero_requests_heading_chars"]
        self.bare_none = regex.compile(lex["bare_none"])
        self.qualifying = regex.compile(lex["qualifying_after"])
        self.qualifying_labels = set(lex["qualifying_labels"])
        self.topic_count_end = regex.compile(lex["topic_count_end"])
        self.published_and_interpreted = regex.compile(lex["published_and_interpreted"])
        self.views = lex["views"]
        self.channel_joiner = regex.compile(lex["channel_joiner"])
        self.activity_topic, self.sending = regex.compile(lex["activity_topic"]), lex["sending"]
        self.content_topic = (lex["content_topic"]["label"], regex.compile(lex["content_topic"]["after"]))
        funds = lex["funds_topic"]
        self.funds_topic = (funds["label"], regex.compile(funds["before"]), regex.compile(funds["after"]))
        self.whole_only = set(lex["whole_only"])
        self.parts_by_share = set(lex["parts_by_share"])
        self.once_per_value = set(lex["once_per_value"])
        self.share_after = regex.compile(lex["share_after"])
        self.difference_before = regex.compile(lex["difference_before"])
        self.last_year_before = regex.compile(lex["last_year_before"])
        self.reached = regex.compile(lex["reached_after_difference"])
        self.list_clause = regex.compile(lex["list_clause"])
        self.counts_channels = set(lex["channel_count_units"])
        self.topic_end = regex.compile(lex["topic_list_end"])
        self.examples_word = lex["examples_word"]
        self.topic_words = set(lex["topic_list_drops"])
        channel_rules = [r for r in rules if r["label"] == "CHANNEL" and r.get("id") != "all"
                         and len(r["pattern"]) == 1 and regex_only(r["pattern"][0])]
        words = {}
        for r in channel_rules:
            words.setdefault(r["id"], []).append(_unanchored(r["pattern"][0]["TEXT"]["REGEX"]))
        for c in lex["text_cues"]:
            if c["label"] == "CHANNEL":
                words.setdefault(c["id"], []).append(f"(?:{c['regex']})")
        self.channel_words = {ident: regex.compile("|".join(rx)) for ident, rx in words.items()}
        self.publish_words = regex.compile("|".join(_unanchored(r["pattern"][0]["TEXT"]["REGEX"]) for r in rules
                                                    if r["label"] == "PUBLISH" and regex_only(r["pattern"][0])))
        self.continues = regex.compile(lex["continues"])
        self.continues_last_item = regex.compile(lex["continues_last_item"])
        # …公开信息900条。人事信息8条，统计信息31条。 / …采购信息150条。招标信息59条。: bare items, or one of information
        self.continues_bare_items = regex.compile(f"(?:{lex['continues_bare_items']})|(?:{lex['continues_lone_item']})")
        self.not_counts_alone = set(lex["not_counts_alone"])
        self.list_entry_gap = regex.compile(lex["list_entry_gap"])
        self.list_word_head = regex.compile(lex["list_word_head"])
        self.list_entry_end = regex.compile(lex["list_entry_end"])
        self.counts_alone_object = regex.compile(lex["counts_alone_object"])
        self.counts_alone_subject = regex.compile(lex["counts_alone_subject"])
        self.subject_chars = lex["counts_alone_subject_chars"]
        self.name_after, self.ordinal_before = lex["name_after"], lex["ordinal_before"]
        self.numeral_in_name = regex.compile(lex["numeral_in_name"])
        self.name_span = regex.compile(lex["name_span"])
        self.channel_as_category = regex.compile(lex["channel_as_category"])
        self.account_word = regex.compile(lex["account_word"])
        self.channel_examples = regex.compile(lex["channel_examples"])
        # …ending where the summing word starts (searched back from it)
        self.examples_then_channel = regex.compile(f"(?:{lex['examples_then_channel']})\\Z")
        self.examples_reach = lex["examples_then_channel_chars"]
        self.new_media = regex.compile(lex["new_media"])
        self.not_channel = {ident: regex.compile(rx) for ident, rx in lex["not_channel"].items()}
        self.not_adopted = regex.compile(lex["not_adopted"])
        self.list_heading, self.item_start = regex.compile(lex["list_heading"]), enumerators.pattern("item_start")
        self.item_line_start, self.cut_marks = regex.compile(lex["item_line_start"]), tuple(lex["cut_marks"])
        self.opening_marks = tuple(lex["list_opening_marks"])
        self.channel_modifier, self.modifier_gap = regex.compile(lex["channel_modifier"]), lex["channel_modifier_gap"]
        self.account_owners, self.accounts = set(lex["site_account"]["owners"]), set(lex["site_account"]["accounts"])
        column = lex["site_column"]
        self.column_owners, self.column_gap = set(column["owners"]), column["gap"]
        self.column_boards = regex.compile(column["boards"])
        self.quoted_label = regex.compile(lex["quoted_label"])
        self.aside_units = set(lex["aside_units"])
        self.request_channel = regex.compile(lex["request_channel"])
        self.request_channel_part = regex.compile(lex["request_channel_part"])
        self.not_items_after = regex.compile(lex["not_items_after"])
        self.category_trim = regex.compile(lex["category_trim"])
        self.name_after_count = regex.compile(lex["name_after_count"])
        self.plain_information = regex.compile(lex["plain_information"])
        self.examples_before_kind = regex.compile(lex["examples_before_kind"])
        self.examples_activity = regex.compile(lex["examples_activity"])
        self.borrowed_kind = regex.compile(lex["borrowed_kind"])
        self.measure_name = regex.compile(lex["measure_name"])
        self.column_name = regex.compile(lex["column_name"])
        self.verb_lead = regex.compile(lex["verb_lead"])
        self.item_body = regex.compile(lex["item_body"])
        self.taken_before = regex.compile(lex["taken_before_channel"])
        self.item_gloss = regex.compile(lex["item_gloss"])
        self.channel_after = lex["channel_after_chars"]
        named_after = lex["channel_named_after"]
        self.where_after, self.where_after_none = regex.compile(named_after["pattern"]), set(named_after["none_of"])
        self.outcome_after = regex.compile(lex["outcome_after"])
        self.published_outcome = regex.compile(lex["published_outcome"])
        self.object_after_chars = lex["object_after_chars"]
        self.inherit_max = lex["inherit_max_chars"]
        self.max_text = lex["max_text_chars"]
        self.object_after = [(r["kind"], frozenset(r["all_of"]), frozenset(r["none_of"]),
                              re.compile(r["held"]) if "held" in r else None, regex.compile(r["after"]))
                             for r in lex["object_after"]]
        self.joint_object_after = regex.compile(lex["joint_object_after"])
        self.sentence_labels = frozenset(lex["sentence_labels"])
        self.sentence_bodies = lex["sentence_bodies"]
        topic = lex["topic_lead"]
        self.topic_lead, self.topic_labels = regex.compile(topic["pattern"]), frozenset(topic["labels"])
        self.topic_verb = regex.compile(topic["bare_verb"])
        self.veto_before = {kind: regex.compile(rx) for kind, rx in lex["veto_before"].items()}
        self.not_published_before = regex.compile(lex["not_published_before"])
        self.veto_after = {kind: regex.compile(rx) for kind, rx in lex["veto_after"].items()}
        others = lex["rate_other_subjects"]
        self.rate_others, self.rate_own = regex.compile(others["others"]), regex.compile(others["unless"])
        self.rate_subjects = {name: regex.compile(rx) for name, rx in lex["rate_subjects"].items()}
        self.sibling = regex.compile(lex["sibling_items"])
        self.sibling_subject = regex.compile(lex["sibling_subject"])
        self.own_means = regex.compile(lex["own_means"])
        self.reposting, self.verb_joiner = regex.compile(lex["reposting"]), regex.compile(lex["verb_joiner"])
        self.taken, self.taken_labels = regex.compile(lex["taken_by_channel"]), set(lex["taken_labels"])
        self.taken_after = regex.compile(lex["taken_after_channel"])
        added = lex["added_on_channel"]
        self.added, self.added_object = regex.compile(added["word"]), regex.compile(added["object"])
        self.sent_addressed = regex.compile(lex["sent_addressed"])
        self.sent_then_adopted = regex.compile(lex["sent_then_adopted"])
        self.channel_preposition = regex.compile(lex["channel_preposition"])
        self.verb_after_channel = regex.compile(lex["verb_after_channel"])
        # searched only where their words stand, when lexicons/anchors.json names them (anchored_search)
        self.text_cues = [(c["label"], c.get("id"), anchored_search.finder(c["regex"])) for c in lex["text_cues"]]
        self.title_span = regex.compile(lex["title_span"])
        self.quoted_name = regex.compile(lex["quoted_name"])
        self.request_form = regex.compile(lex["request_form"])
        self.response, self.response_units = lex["response"]["label"], set(lex["response"]["units"])
        self.response_means = regex.compile(lex["response"]["means"])
        self.not_items, self.items_joined = set(lex["not_items"]), regex.compile(lex["not_items_unless_joined"])
        self.not_item_names = regex.compile(lex["not_item_names"])
        counted = lex["not_information"]
        # 专题专栏维护5个: kept up, the head still says what is counted
        # 政务服务事项数量120项: a word for "number" after the head leaves the head to decide
        self.no_info_head = regex.compile(f"(?:{counted['heads']})(?:{counted['count_word']})?$")
        self.no_info_entry = regex.compile(f"(?:{counted['entry_heads']})(?:{counted['upkeep']}|{counted['count_word']})?$")
        self.no_info_kept = regex.compile(f"(?:{counted['heads']})(?:{counted['upkeep']}){counted['upkeep_tail']}$")
        self.no_info_public = regex.compile(f"(?:{counted['public_heads']})$")
        self.entry_units = set(counted["entry_units"])
        self.no_info_power, self.power_units = regex.compile(counted["power_heads"]), set(counted["power_units"])
        self.no_info_after, self.no_info_unless = regex.compile(counted["after"]), regex.compile(counted["after_unless"])
        self.disclosed_matters = regex.compile(lex["disclosed_matters"])
        self.list_closed = regex.compile(lex["list_closed"])
        self.posting_units = set(lex["posting_units"])
        self.unit_notes = lex["unit_notes"]
        self.posting, self.posting_channel = lex["posting"], lex["posting_channel"]
        self.applicant_part = regex.compile(lex["applicant_part"])
        self.year_item = regex.compile(lex["year_item"])
        self.deed_lead = regex.compile(lex["deed_lead"])
        self.named_disclosure, self.item_lead = regex.compile(lex["named_disclosure"]), regex.compile(lex["item_lead"])
        self.sum_total = regex.compile(lex["sum_total"])
        self.channel_heading = lex["channel_heading_chars"]
        self.not_verbs = regex.compile(lex["not_verbs"])
        self.handled_verb, self.requester_verbs = regex.compile(lex["handled_verb"]), regex.compile(lex["requester_verbs"])
        self.carried_over = regex.compile(lex["carried_over"])
        self.count_year, self.count_year_held = regex.compile(lex["count_year"]), regex.compile(lex["count_year_held"])
        self.dating_year = regex.compile(lex["dating_year"])
        self.year_in_name, self.year_in_name_before = regex.compile(lex["year_in_name"]), regex.compile(lex["year_in_name_before"])
        self.continues_frame = regex.compile(lex["continues_frame"])

    def zero_requests(self, text: str, start: int = 0, end: Optional[int] = None):
        """Where a text says in words that no disclosure request came in (未收到…申请)."""
        end = len(text) if end is None else end
        if not self.zero_held.search(text, start, end):
            return   # every such phrase holds one of a few characters: most sentences hold none (every sentence is asked)
        for m in self.zero.finditer(text, start, end):
            # 未收到…申请、来信和投诉 lists what did not come in; …申请引起的复议 is about appeals.
            stop = self.zero_list.search(text, m.end())
            if not self.zero_not.search(text, m.start(), stop.start() if stop else len(text)):
                yield m

    def published_none(self, text: str, start: int = 0, end: Optional[int] = None):
        """Where a text says in words that no information was published (无相关政务信息公开), or None."""
        # every match holds one of a few words: most texts hold none
        end = len(text) if end is None else end
        return self.zero_published.search(text, start, end) if self.zero_published_words.search(text, start, end) else None

    def relevant(self, sentence: str) -> Optional[tuple]:
        """(start, end) of the part of a sentence the rules need, or None if it holds no fact.

        A fact needs a cue that gives it a kind and a quantity after it, so a
        sentence without such a cue is skipped; the clauses before the first
        cue of any kind, and the text after the last quantity, cannot change
        what is found. Segmenting only the rest is most of the saving."""
        # Every zero said in words, of requests or of items published, holds one of a few characters
        # (zero_requests_held): most sentences hold none, and neither is looked for in them.
        zero = self.zero_held.search(sentence) and (next(self.zero_requests(sentence), None)
                                                    or self.published_none(sentence))
        cued = self.first_cues is None or zero or self.kind_cues.search(sentence)
        if not cued:
            return None   # tested first: cheaper than finding the quantities
        ends = [m.end() for m in self.quantity.finditer(sentence)]
        if zero:
            ends.append(zero.end())
        if not ends:
            return None
        last = max(ends)
        end = self.reach(sentence, last)
        if self.first_cues is None:
            return 0, end
        first = min(m.start() for m in (self.first_cues.search(sentence), zero) if m)
        start = max((m.end() for m in CLAUSE_END.finditer(sentence, 0, first)), default=0)
        return (start, end) if start < last else None

    def reach(self, sentence: str, last: int) -> int:
        """Where the part of a sentence the rules need ends, its last count ending at `last`."""
        if last + self.channel_after >= len(sentence):
            return len(sentence)   # the fewest characters read past the count reach the end: nothing below reads less
        # A few characters past the last count: a channel or a name's closing quote may follow
        # it; more where it names what it counts (收到8份政府信息公开申请), with what follows that.
        # So too where a noun after it says it counts no items (等13个政府信息公开板块).
        stop = self.not_items_after.match(sentence, last)
        # …and where a noun after it may say it counts no information (126项审批事项), with what follows that.
        counted = self.no_info_after.match(sentence, last)
        # …and where an answer to requests follows it (1件已按规范提供给申请人): the count is one of the answers.
        answer = self.outcome_after.match(sentence, last)
        # …and where it names what it counts after itself (…，47条通知公告信息。).
        named = self.name_after_count.match(sentence, last)
        # …and where the words after it say where it was published (…文件4件，及时通过政府网站予以公开。), with
        # what follows that.
        where = self.where_after.match(sentence, last)
        tail = max([self.channel_after, stop.end() - last if stop else 0, answer.end() - last if answer else 0,
                    named.end() - last if named else 0,
                    where.end() - last + self.object_after_chars if where else 0,
                    counted.end() - last + self.object_after_chars if counted else 0]
                   + [m.end() - last + self.object_after_chars for m in
                      (rx.match(sentence, last) for *_, rx in self.object_after) if m]
                   # …and where what follows it rules a kind out (1个信息申请受理点 counts places)
                   + [m.end() - last + self.object_after_chars for m in
                      (rx.match(sentence, last) for rx in self.veto_after.values()) if m])
        end = min(len(sentence), last + tail)
        opened = sentence.rfind("《", 0, last)
        if opened > sentence.rfind("》", 0, last):
            # the last count stands in a title (《关于做好8件实事的通知》): read on to its end to see so
            end = max(end, sentence.find("》", last) + 1)
        return end

    def __call__(self, doc: Doc) -> Doc:
        facts = self.read(doc, doc.text)
        doc._.facts = facts
        spans = []
        for fact in facts:
            span = doc.char_span(fact["_start"], fact["_end"], label=fact["kind"], alignment_mode="expand",
                                 span_id=self.name)
            if span is not None:
                doc.user_data[_fact_key(span)] = {k: v for k, v in fact.items() if not k.startswith("_")}
                spans.append(span)
        doc.spans[self.name] = spans
        return doc

    def read(self, doc: Doc, text: str, listed: Optional[str] = None) -> list:
        """The facts of a Doc whose text is `text`, the Doc left as it is: extract() holds the
        text (rebuilding it from the tokens, as doc.text does, costs) and needs no spans.
        `listed`: the channel of a list of published items opened before the text, which its
        first sentence goes on with (`parts`)."""
        # Offsets and text from arrays: Token and Span objects cost more than the rest of the stage.
        where = doc.to_array([attrs.IDX, attrs.LENGTH, attrs.ORTH, attrs.SPACY]).tolist()
        cues = []
        for key, start, end in self.cues(doc, [orth for _, _, orth, _ in where]):
            label, _, ident = key.partition("|")
            cues.append(Cue(label, ident or None, where[start][0], where[end - 1][0] + where[end - 1][1]))
        # Cues jieba's words cut apart (新区/报, 县/报刊/发): found in the text itself.
        found = [Cue(label, ident, m.start(), m.end()) for label, ident, find in self.text_cues for m in find(text)]
        named = [(c.start, c.end) for c in found if c.label == "CHANNEL"]
        if named:
            # a channel word inside a channel's name found so is part of that name (新闻/网站: media)
            cues = [c for c in cues if not (c.label == "CHANNEL" and any(s <= c.start and c.end <= e for s, e in named))]
        cues += found
        responses = [(c.start, c.end) for c in found if c.label == self.response]
        if responses:
            # 回应公众关切 names a column of items: 回应 and 关注 inside it are no words of their own
            cues = [c for c in cues if c.label == self.response
                    or not any(s <= c.start and c.end <= e for s, e in responses)]
        if self.format_word in text:
            # 采用图文解读、短视频、问答访谈等多元形式: a form of presentation, not where items went
            cues = [c for c in cues if not (c.label == "CHANNEL" and text[c.start:c.end] == self.format_word
                                            and self.forms_after.match(text, c.end))]
        # 公报类信息18条 names a kind of information, not where it was published; 统计公报 is a document
        cues = [c for c in cues if not (c.label == "CHANNEL" and (
            self.channel_as_category.match(text, c.end)
            or (c.id in self.not_channel and self.not_channel[c.id].search(text, max(0, c.start - 6), c.end))))]
        # 公示行政处罚案件信息31条: cases named as what information is about are its topic, not cases handled
        # 招考录用2项 names personnel information (hiring), not items another outlet adopted
        cues = [c for c in cues if not (c.label == "ADOPTED" and any(
            m.start() <= c.start and c.end <= m.end()
            for m in self.not_adopted.finditer(text, max(0, c.start - 6), c.end + 2)))]
        cues = [c for c in cues if not (c.label == self.content_topic[0] and self.content_topic[1].match(text, c.end))]
        # 救助资金发放情况12条: the money handed out is what the information is about, no copies handed out
        cues = [c for c in cues if not (c.label == self.funds_topic[0] and self.funds_topic[2].match(text, c.end)
                                        and self.funds_topic[1].search(text, max(0, c.start - 4), c.start))]
        cues = self._taken_published(text, self._reposting_published(text, cues))
        if any(c.label == self.request_outcome for c in cues):
            cues = self._published_outcomes(text, cues)
        # 人大建议回复6条: the reply is a document named, not something done (回复 alone is).
        documents = [(c.start, c.end) for c in cues if c.label == "DOCUMENT"]
        if documents:
            cues = [c for c in cues if not (c.label == self.activity and any(s <= c.start and c.end <= e for s, e in documents))]
        # A verb inside a channel's name (信息公开平台), a compound noun (政务公开宣传资料, 信息公开年报)
        # or a title or quoted name is not a verb.
        channels = [(c.start, c.end) for c in cues if c.label == "CHANNEL"] + \
            [(m.start(), m.end()) for m in self.not_verbs.finditer(text)]
        cues = [c for c in cues if not (c.label == "PUBLISH" and any(s <= c.start and c.end <= e for s, e in channels))]
        # …but a statistic's label quoted before its number (“主动公开信息数”为120条) is no name, nor is
        # the title of a request form (收到《政府信息公开申请书》10件): it names the requests themselves.
        labels = {m.start() for m in self.quoted_label.finditer(text)}
        names = [(m.start(), m.end()) for m in self.name_span.finditer(text)
                 if m.start() not in labels and not self.request_form.fullmatch(text, m.start(), m.end())]
        if names:
            # …though a quoted column name right before its count is the item's name, and what it
            # says the item is still rules it out (“政策解读”40条: interpretations, no items)
            counted = [(s, e) for s, e in names if _DIGIT_AFTER.match(text, e)]
            cues = [c for c in cues if c.label == "CHANNEL" or not any(s < c.start and c.end < e for s, e in names)
                    or (c.label in self.not_items and any(s < c.start and c.end < e for s, e in counted))]
        return self.associate(text, cues, listed)

    def _reposting_published(self, text: str, cues: list) -> list:
        """Reposting joined to a publishing verb (发布及转载信息, 发布、转载微博) is publishing too."""
        verbs = [c for c in cues if c.label == "PUBLISH"]
        if not verbs:
            return cues
        return [Cue("PUBLISH", None, c.start, c.end)
                if c.label == self.activity and self.reposting.fullmatch(text, c.start, c.end)
                and not self.reposted_reports.match(text, c.end)
                and (any(self.verb_joiner.fullmatch(text, *sorted((v.end, c.start) if v.end <= c.start else (c.end, v.start)))
                         for v in verbs)
                     # …公开文件300份，转载新闻500条: the verb of its own clause after one that publishes
                     or not text[clause_begin(text, c.start):c.start].strip())
                else c for c in cues]

    def _published_outcomes(self, text: str, cues: list) -> list:
        """予以公开 after 分别/均/全部 in a sentence that speaks of no request (将…等内容分别予以公开)
        says the items were published, not what became of a request."""
        requests = [c.start for c in cues if c.label == "APPLICATION"]
        out = []
        for c in cues:
            if c.label == self.request_outcome and self.published_outcome.search(text, max(0, c.start - 4), c.start):
                begin = sentence_begin(text, c.start)
                stop = SENTENCE_END.search(text, c.end)
                if not any(begin <= r < (stop.end() if stop else len(text)) for r in requests):
                    c = Cue("PUBLISH", None, c.start, c.end)
            out.append(c)
        return out

    def _reposts_reports(self, text: str, scope: int, start: int) -> bool:
        """Whether the count is of news reports reposted (转发新闻报道300篇): others' reports."""
        return any(self.reposted_reports.fullmatch(text, m.end(), start)
                   for m in self.reposting.finditer(text, scope, start))

    def _taken_published(self, text: str, cues: list) -> list:
        """Items sent or provided to a website or paper (向市政府网站报送信息18条, 等媒体提供新闻信息40条)
        are published there, and so are those of them it took (报送并被采用): the word right after a
        channel publishes, unless its clause opens a part of a count before it (…，其中市网站报送9条);
        so do items a channel added (门户网站新增信息16条)."""
        channels = [c for c in cues if c.label == "CHANNEL" and c.id != "all"]
        if not channels:
            return cues
        parts = [c.start for c in cues if c.label == "LIST"]
        adopted = [c.start for c in cues if c.label == "ADOPTED"]
        # …or right before the site it names as its object (上报省政府网站信息800条), or sent with no
        # destination named to the channel the next clause says adopted a part of them
        cues = [Cue("PUBLISH", None, c.start, c.end)
                if c.label in self.taken_labels and self.taken.fullmatch(text, c.start, c.end)
                and (self._after_channel(text, c, channels)
                     or any(c.end <= o.start and self.taken_before.fullmatch(text, c.end, o.start) for o in channels)
                     or self._sent_to_adopter(text, c, channels, adopted))
                and not any(clause_begin(text, c.start) <= p < c.start for p in parts)
                else c for c in cues]
        # 门户网站新增信息数16条: what a channel added it published; the word still says the items are the year's
        cues += [Cue("PUBLISH", None, c.start, c.end) for c in cues
                 if c.label == self.this_year and self.added.fullmatch(text, c.start, c.end)
                 and self.added_object.match(text, c.end)
                 and self._after_channel(text, c, channels)]
        # 向政府主站报送并被采用信息179条: of the items sent to the site, those it took; still published there
        sent = [c.end for c in cues if c.label == "PUBLISH" and self.taken.fullmatch(text, c.start, c.end)]
        return [c for c in cues if not (c.label == "ADOPTED" and any(
            e <= c.start and self.sent_then_adopted.fullmatch(text, e, c.start) for e in sent))]

    def _after_channel(self, text: str, cue: Cue, channels: list) -> bool:
        """Whether one of the channel cues `channels` stands right before the word `cue`, only the
        words `taken_after` allows between (向市政府网站报送, 网站采用, 门户网站新增): the channel is
        where what the word counts went."""
        return any(o.end <= cue.start and self.taken_after.fullmatch(text, o.end, cue.start) for o in channels)

    def _sent_to_adopter(self, text: str, cue: Cue, channels: list, adopted: list) -> bool:
        """Whether a word of sending (`cue`) sends items with no destination named (no channel, no
        `sent_addressed` word before it in its clause) whose count ends its clause, and the next clause
        names a channel and then its adopting part of them (报送各类信息461条，某系统采用信息184条): the
        items went to that channel to be published; what it adopted is its choice (no fact)."""
        if not adopted:
            return False
        begin = clause_begin(text, cue.start)
        if self.sent_addressed.search(text, begin, cue.start) or any(begin <= o.start < cue.start for o in channels):
            return False
        stop = CLAUSE_END.search(text, cue.end)
        count = last_match(self.quantity, text, cue.end, stop.start()) if stop is not None and stop[0] not in "。！？!?" else None
        if count is None or text[count.end():stop.start()].strip():
            return False
        close = CLAUSE_END.search(text, stop.end())
        took = [a for a in adopted if stop.end() <= a < (close.start() if close else len(text))]
        return bool(took) and any(stop.end() <= o.start and o.end <= took[0] for o in channels)

    def associate(self, text: str, cues: list, listed: Optional[str] = None) -> list:
        """The facts of a text, given the cues found in it: one pass over its quantities
        (`_Reading`), less what only the whole text rules out."""
        facts = [f for f in _Reading(self, text, cues, listed).read()
                 # 累计491条，其中，2018年40条，2017年83条: a total whose items are two or more years
                 # spans those years; 全年公开2000条，截至年底累计18000条: a running total after the year's.
                 if f.get("_years", 0) < 2 and not f.get("_stock")]
        return self._series_unmatched(facts) + self._zero_facts(text, facts)

    def _add_channel_parts(self, text: str, fact: dict, end: int):
        """收到当面申请2件、网络申请3件、信函申请1件: requests counted only by how they came in,
        with no total, were received to the number of their sum (a total stated after them,
        合计6件, replaces them all, as any total of the counts before it does)."""
        added, at = 0, end
        while (part := self.request_channel_part.match(text, at)) is not None:
            added, at = added + int(part[1]), part.end()
        if added:
            fact["value"] += added
            fact["confidence"], fact["note"] = "medium", "the sum of the requests counted by how they came in"

    @staticmethod
    def _after_years_count(facts: list, fact: dict, sentence: int) -> bool:
        """Whether a count said to be 累计 follows, in its sentence, a smaller count of the same
        channel said to be the year's (全年公开信息2000条，网站累计公开18000条): the year's count is
        stated, and the larger one after it is the running total."""
        return any(f["kind"] == "published" and f["_start"] >= sentence and f.get("_dated") and not f.get("_item")
                   and f["value"] < fact["value"] and f["channel"] in ("all", fact["channel"]) for f in facts)

    def _running_before(self, text: str, last: dict, fact: dict, sentence: int, scope: int, start: int) -> bool:
        """Whether the published count `last`, earlier in the sentence and undated, is a running
        total because this one, smaller, is said to be the year's new items (今年新增94条)."""
        return (last["kind"] == "published" and last["_end"] >= sentence and not last.get("_dated")
                and not last.get("_item") and last["value"] > fact["value"]
                and bool(self.new_this_year.search(text, scope, start)))

    def _sum_of(self, text: str, m, scope: int, counted: list, cues: CueIndex, sentence: int) -> Optional[str]:
        """The kind of a count that only names itself a total (，共计80条) and is the sum of the
        last two or more counts before it in its sentence (from `sentence`), in that kind's units; else None."""
        if m["unit"] is None or not self.sum_total.fullmatch(text, scope, m.start()):
            return None
        kinds = self.kinds.kinds_of([(c.label, c.start) for c in cues.between(sentence, m.start())], m["unit"])
        if len(kinds) != 1:
            return None
        units, value, added = self.kinds.kinds[kinds[0]].units, value_of(m), 0
        for n, (part, unit) in enumerate(reversed(counted)):
            if unit not in units or part is None:
                return None
            added += part
            if added == value and n >= 1:
                return kinds[0]
        return None

    def _only_handled(self, text: str, near: list) -> bool:
        """Whether a count of requests is said only to be handled (办理): those handled may count
        requests carried over from the year before too, so they are read as received only where
        nothing says so and the report states no count received."""
        # 依申请公开事项 before its count names the requests; it is no verb of receiving them
        verbs = [text[c.start:c.end] for c in near if c.label == "RECEIVE" and c.id != self.request_noun]
        # 提出/提交 are the requester's verbs (办理公民提出的申请), not the body's
        verbs = [v for v in verbs if not self.requester_verbs.fullmatch(v)]
        return bool(verbs) and all(self.handled_verb.fullmatch(v) for v in verbs)

    def _answers_requests(self, text: str, last: Optional[dict], cues: CueIndex, sentence_start: int,
                          start: int) -> bool:
        """Whether a count stands among the answers to the requests counted before it in its
        sentence (收到申请5件，已主动公开的2件，不予公开1件): its sentence also gives an outcome,
        though not one inside the count's own list (…；通过网站公开信息120条，其中…不予公开的0件).
        After a request word with a verb of receiving or handling, an outcome before the count
        makes it one too (办理申请9件，其中予以公开3件，已在网站公开2件)."""
        # a list word with only white space before it in the sentence (one after the first other character has more)
        lead = NON_SPACE.search(text, sentence_start, start)
        opens_list = cues.first("LIST", sentence_start, lead.start() + 1 if lead else start) is not None
        # 办结517件。其中属于已主动公开的2件，…，信息不存在的196件: a list opening its text with no count
        # read before it lists what the requests came to, when its sentence gives an outcome and the
        # count names no channel (其中，网站公开信息20条，…，不予公开的0条 lists items published)
        clause = max(clause_begin(text, start), sentence_start)
        counted = (last is None and opens_list and cues.first("CHANNEL", clause, start) is None) \
            or last is not None and last["kind"] == "requests_received" and (
            last["_start"] >= sentence_start
            # 共受理申请3件，均已答复。其中2件已在网站主动公开，1件已提供给申请人: a sentence opening
            # with a list word goes on with the requests counted in the sentence before
            or (last["_start"] >= previous_sentence_begin(text, start) and opens_list))
        if not counted:
            # …其中予以公开3件，已在网站主动公开2件: an outcome between the requests and the count
            asked = cues.last("APPLICATION", sentence_start, start)
            return asked is not None and cues.first("RECEIVE", sentence_start, start) is not None \
                and cues.first(self.request_outcome, asked + 1, start) is not None
        end = SENTENCE_END.search(text, start)
        end = end.end() if end else len(text)
        own = cues.first("LIST", start, end)   # the count's own list
        return cues.first(self.request_outcome, sentence_start, end if own is None else own) is not None

    def _released_on_request(self, text: str, last: Optional[dict], count: "_Count") -> bool:
        """Whether a count of information released comes right after the requests counted in its
        sentence and says no more than that (受理申请3件，公开信息3条): what the requests came to,
        no more than them. Named by a channel, said of the year or of the body's own accord (在网站
        公开…, 全年公开…, 主动公开…) it is published."""
        return last is not None and last["kind"] == "requests_received" and last["_start"] >= count.sentence \
            and count.value is not None and count.value <= last["value"] \
            and not any((c.label == "CHANNEL" and c.id != "all") or c.label == self.this_year for c in count.gap) \
            and not self.own_accord.search(text, last["_end"], count.start)

    def _on_party_platform(self, text: str, cues: list, starts: list, sentence: int, start: int) -> bool:
        """Whether a count is of posts on a party-affairs platform (党务公开平台, 党建平台): the last place
        of publishing named before it in its sentence, not joined to a government channel
        (依托政府网站、党务公开平台等载体… counts the site's items too). What the party publishes
        there is no government information the body published."""
        platform = last_match(self.party_platform, text, sentence, start)
        if platform is None:
            return False
        before = cues[bisect_left(starts, sentence):bisect_left(starts, start)]
        channels = [c for c in before if c.label == "CHANNEL" and c.id != "all"]
        if any(c.start >= platform.end() for c in channels):
            return False   # 通过党建平台…30条，网站发布…: a channel named after it
        joined = [c for c in channels if c.end <= platform.start()
                  and self.channel_joiner.fullmatch(text, c.end, platform.start())]
        return not joined

    def _topics_dropped(self, text: str, near: list, start: int) -> list:
        """The cues before a count without those naming topics of what was published:
        in 公开规划、重大会议、监督检查等领域信息1777条 the count is of 信息, and 会议 or
        检查 are topics of it, not something done instead of publishing; nor are words that
        only qualify what was published (`qualifying_after`)."""
        # …，工程招标信息、维修通告、提案办理等公示公告类信息20条: the kind named after 等 right before
        # the count may hold a publishing word (公示), which names it and is no verb; with no verb
        # before it, the topics listed before 等 are examples of that information, and 提案 or 检查
        # among them no kind of their own
        kind = next((k for k in self.topic_end.finditer(text, near[0].start, start)
                     if not text[k.end():start].strip()), None) if near else None
        verbs = [c.end for c in near if c.label == "PUBLISH" and not (kind and kind.start() <= c.start)]
        if verbs and any(c.label in self.not_items for c in near):
            # …等信息发布解读118条: information published and interpreted, 解读 a verb joined to the
            # publishing one, not interpretations counted
            joined = {m.end() for c in near if c.label == "PUBLISH"
                      and (m := self.published_and_interpreted.match(text, c.start)) and m.end() >= c.end}
            near = [c for c in near if not (c.label in self.not_items and c.start in joined)]
        if not verbs:
            if kind is None or not text.startswith(self.examples_word, kind.start()) \
                    or "、" not in text[clause_begin(text, near[0].start):kind.start()]:
                return near   # (受理公民、法人和其他组织申请公开政府信息17件: no examples before 等, no topics)
            # (what says where or when, or opens a list, is no topic)
            kept = {"CHANNEL", "LIST", self.this_year, self.cumulative, self.running}
            return [c for c in near if c.label in kept or c.start >= kind.start()]
        verb = max(verbs)
        # 公开群众广泛关注的政府信息59条: 关注 qualifies what was published; nothing else was done
        # (so 办理 in 发布市本级办理的53条双公示信息)
        near = [c for c in near if not (c.label in self.qualifying_labels and c.start >= verb
                                        and self.qualifying.match(text, c.end))
                # 公开行政执法检查等具体行政行为类信息11条: an example of the kind of information named after 等
                and not (c.label == self.activity and c.start >= verb and self.examples_activity.match(text, c.end))]
        # 公示了政务公开、…、政策解读等59条信息: the topics end at 等 right before the count of what they are
        end = self.topic_end.search(text, verb, start) or self.topic_count_end.match(text, start - 1)
        # 公开常务会议、决策预公开、督查等信息: a publishing word among the topics is one of them,
        # and the list runs from the first verb
        first = min(verbs)
        if not end or "、" not in text[first:end.start()]:
            return near
        return [c for c in near if not (c.label in self.topic_words and first <= c.start < end.start())]

    def _object_after(self, text: str, labels: set, unit: str, end: int) -> list:
        """[kind] for a count that names what it counts after itself (收到8份政府信息公开申请), or []."""
        for kind, all_of, none_of, held, after in self.object_after:
            if all_of <= labels and not none_of & labels and unit in self.kinds.kinds[kind].units \
                    and (held is None or holds(held, text, end, len(text))) and after.match(text, end):
                return [kind]
        return []

    def _respectively(self, text: str, last: dict, start: int, unit: str, sentence: int) -> bool:
        """Whether a bare count continues the values of `last` after 分别 (满意率分别达99.5%、100%), or
        those `last` continued itself (分别发布120条、56条、33条、12条: the fourth is far from 分别)."""
        return (last["_end"] >= sentence and last["unit"] == unit and start - last["_end"] <= 2
                and not text[last["_end"]:start].strip(self.respectively_between)
                and (last.get("_following") or bool(last.get("_series"))   # 分别在网站、微信发布…320条、180条
                     or self.respectively_word in text[max(sentence, last["_start"] - 12):last["_start"]]))

    def _is_count(self, text: str, m, listed: bool = False) -> bool:
        """Whether a number with a unit is a count: not 一条龙, 第五十条, a name (“创业富民30条”)
        or a count of things that are not items (五个部分, 11个领域); 一份 is one when a request
        follows it (收到一份政府信息公开申请) or stands right before it (收到申请一件), and 一条 when it is `listed`, the next item of a list
        of counts in its unit (…医疗类1条，其他信息一条)."""
        if not m["num"][0].isdigit() and m["num"] in self.not_counts_alone and m["unit"] != "%" \
                and not listed and not self.counts_alone_object.match(text, m.end()) \
                and not self.counts_alone_subject.search(text, max(0, m.start() - self.subject_chars), m.start()):
            return False
        if not m["pre"] and text.endswith(self.ordinal_before, 0, m.start()):
            return False
        if not m["num"][0].isdigit() and self.numeral_in_name.match(text, m.end()):
            return False   # 八项民生工程12条: a numeral in the name of an item counted right after it
        if m["unit"] is None and not self.bare_before.match(text, m.start()):
            return False   # a number without a unit counts only right after a word (部门动态402，)
        if self.code_number.match(m["num"]):
            return False   # 工作报告0700: a code (a catalogue's, a page's), never a count
        if m["unit"] is None and self.lost_year.fullmatch(m["num"]):
            return False   # 公开情况2024，全区…: a year whose 年 the page lost, never a count
        if self.not_items_after.match(text, m.end()):
            return False
        return not (m.end() < len(text) and text[m.end()] in self.name_after)

    def _fact(self, text: str, m, kind: str, name: str, clause_ends: list) -> dict:
        """A fact of `kind` for the quantity `m`, whose clause gives its text and whose
        name (`_counted_name`) its category."""
        clause_start = last_at(clause_ends, m.start())
        clause_end = clause_ends[bisect_right(clause_ends, m.end())] if bisect_right(clause_ends, m.end()) < len(clause_ends) else len(text)
        text_start = max(clause_start, m.end() - self.max_text)
        text_end = min(clause_end, text_start + self.max_text)
        return {
            "kind": kind,
            "value": value_of(m),
            "unit": m["unit"],
            "approx": bool(m["pre"] or m["post"]),
            "channel": None,
            "category": self._category(name) if kind == "published" else None,
            "confidence": "high",
            "note": None,
            "text": text[text_start:text_end].strip(),
            "_start": m.start(),
            "_end": m.end(),
            "_text_start": text_start,
            "_text_end": text_end,
        }

    def dated_to(self, text: str, at: int, known: Optional[dict] = None) -> Optional[int]:
        """The year a count at `at` is dated to: the last year named before it in its sentence,
        outside titles and quotes, when that year opens its clause (2019年，我镇公开… ; 此外，2010年…)
        or is the year of the count itself (由2013年的1128条增加到…); that of the sentence before when
        its own sentence names no time and only goes on with how it was published (通过微信…); None otherwise.
        `known`: the years found so far for the ends of sentences of `text` (filled in here), so that a
        run of such sentences is read back once, not once per count (crawler text: thousands in a paragraph)."""
        known = {} if known is None else known
        chain = []   # the ends of the sentences read back through, which date as the count does
        while at not in known:
            dated, before = self._dated_in_sentence(text, at)
            if before is None:
                break
            chain.append(before)
            at = before
        else:
            dated = known[at]
        for end in chain:
            known[end] = dated
        return dated

    def _dated_in_sentence(self, text: str, at: int) -> tuple:
        """(year, None): what dated_to() finds in the sentence of `at`; (None, end) when that sentence
        names no year and goes on with the one ending at `end`."""
        ends = ends_between(SENTENCE_END, text, max(0, at - 2 * self.max_text), at)
        begin = ends[-1] if ends else 0
        # (a sentence running longer than that is read from the paragraph's start; the paragraph's years
        # are found once)
        years = spans_between(self.count_year, text, begin, at)
        last = None
        if years:
            # …4篇（含2018年决算（2018年度））、规范性文件3篇: a year in an aside closed before the count dates the aside
            asides = [n.span() for n in self.name_span.finditer(text, begin, at)] + closed_asides(text, begin, at)
            # the last year left dates the count: looked for from the end (a long sentence may name hundreds)
            last = next((y for y, _ in reversed(years) if not any(s < y < e for s, e in asides)
                         and not self._names_item(text, y)), None)
        if last is None:
            # 2019年，我镇通过网站公开信息94条。通过微信公布信息25条。: a sentence that opens with
            # how it was published, with no subject and no time of its own, goes on with the one before.
            if begin and self.continues_frame.match(text, begin) and not self.dated.search(text, begin, at):
                return None, begin - 1
            return None, None
        return (int(self.count_year.match(text, last)[1]) if self.dating_year.match(text, last) else None), None

    def _names_item(self, text: str, at: int) -> bool:
        """Whether the year at `at` opens the name of a list item right after the count of the item
        before (…政策文件10条，2024年度政府信息公开工作报告1条): what the item is, a document of that
        year, not when it was published; a word of a kind in that name (…，2019年公开信息60条) dates it."""
        m = self.year_in_name.match(text, at)
        if m is None or not self.year_in_name_before.search(text, max(0, at - 12), at):
            return False
        cues = self.kind_cues or self.publish_words
        names = [v.span() for v in self.not_verbs.finditer(text, m.start("name"), m.end("name"))]
        return not any(not any(s <= c.start() and c.end() <= e for s, e in names)
                       for c in cues.finditer(text, m.start("name"), m.end("name")))

    def _zero_facts(self, text: str, facts: list) -> list:
        """requests_received = 0 where the text says so in words, once per text; published = 0
        (channel all, with a doubt) where it says no information was published."""
        out = []
        kinds = {f["kind"] for f in facts}
        found = (next(self.zero_requests(text), None) if "requests_received" not in kinds else None,
                 self.published_none(text) if "published" not in kinds else None)
        for kind, channel, confidence, m in zip(("requests_received", "published"), (None, "all"), ("high", "medium"), found):
            if m is not None:
                out.append({"kind": kind, "value": 0, "unit": None, "approx": False, "channel": channel,
                            "category": None, "confidence": confidence, "note": "said in words, without a number",
                            "text": m[0], "_start": m.start(), "_end": m.end(),
                            "_text_start": m.start(), "_text_end": m.end(), "_in_words": True})
        return out

    def _category(self, name: str) -> Optional[str]:
        """What was published, where the clause names it (规章, 行政规范性文件 …): the name
        a count counts (`_counted_name`), unless it only says information."""
        if not name or self.plain_information.fullmatch(name):
            return None
        # 《…》《…》等政策文件, 养老、托育等民生领域信息: the examples are not the kind
        examples = self.examples_before_kind.match(name)
        if examples and not self.plain_information.fullmatch(name, examples.end()):
            name = name[examples.end():]
        return name[:30]

    def _counted_name(self, text: str, start: int, end: int, near: list) -> str:
        """The words between a count's last verb, channel or list word and the count: what it counts.
        An aside in brackets right before the count that holds such a word (其他类信息（含人事、通知等
        内容）6条) or follows a name (工作信息（新闻）70条) says what the item held: the name is the
        words before it."""
        marks = [c for c in near if c.label in ("PUBLISH", "CHANNEL", "LIST")]
        aside = aside_before(text, start, end)
        if aside:
            outside = [c for c in marks if c.end <= aside[0]]
            if any(aside[0] <= c.start < aside[1] for c in marks) \
                    or text[max((c.end for c in outside), default=start):aside[0]].strip():
                marks, end = outside, aside[0]
        after_verb = max((c.end for c in marks), default=start)
        name = self.category_trim.sub("", after_aside(text[after_verb:end])).strip()
        if not marks:
            return name
        verb = max(marks, key=lambda c: c.end)
        if verb.label == "PUBLISH" and self.verb_column_names.fullmatch(text, verb.start, end):
            # 公示公告15条: a column whose name opens with the verb that publishes it
            return self.category_trim.sub("", text[verb.start:end]).strip()
        before = max((c.end for c in marks if c.end <= verb.start), default=start)
        if self.measure_name.fullmatch(name):
            # 概况类信息更新量98条: a measure word after the verb names nothing; what the verb updated,
            # before it, does
            name = self.category_trim.sub("", text[before:verb.start]).strip()
        elif verb.label in ("PUBLISH", "CHANNEL") and (not name or self.plain_information.fullmatch(name)):
            # 在要闻栏目发布信息150条: information of no kind published in a column the clause names
            # before its verb is of that column's kind (栏目 is a channel word too: the column's name
            # may begin before that mark)
            if verb.label == "PUBLISH":
                begins = sorted({start} | {c.end for c in marks if c.end <= verb.start}, reverse=True)[:2]
            else:
                # a column counted with no verb (人事任免栏目30条): the column word is the last mark and
                # the name runs from the channel or list word before it (政府网站公开专栏: none), a
                # verb inside it its own (新闻发布栏目)
                begins = [max((c.end for c in marks if c.label != "PUBLISH" and c.end <= verb.start), default=start)]
            for begin in begins:
                column = self.column_name.fullmatch(text, begin, verb.start if verb.label == "PUBLISH" else verb.end)
                if column:
                    return column["name"]
        return name

    def _after_counts(self, name: str) -> str:
        """An item's own words: its name after the last quantity printed in it, which no count read
        (发布政府公报4期、文件解读11篇: the issues before it are no other item joined to it by 、)."""
        last = None
        for last in self.quantity.finditer(name):
            pass
        return name[last.end():].lstrip(ITEM_MARKS) if last else name

    def _names_information(self, name: str, near: list) -> bool:
        """Whether a count publishes with a verb of its own information of no one kind, or on a
        channel it names (其中，通过门户网站公开信息50条 after a list of powers counted): no entry of
        that list. A kind of information named (其中公开规划信息20条 after catalogue updates) is one."""
        return any(c.label == "PUBLISH" for c in near) and (
            any(c.label == "CHANNEL" for c in near) or bool(self.plain_information.fullmatch(name)))

    def _counts_no_information(self, text: str, m, scope: int, name: str) -> bool:
        """Whether a count that looks published counts something other than items of information:
        Chinese names end in their head noun, so the last word of what it counts (`name`: 权力清单230个,
        信息公开查询点1个) or the noun right after it (21项重点工作, 4个奖项) says what is counted;
        a list's entries or the areas it covers count so only in 项/个 (事项清单1条 is a document)."""
        if m["unit"] in self.entry_units and self.disclosed_matters.search(text, scope, m.start()):
            return False  # 主动公开事项共计273项: the matters disclosed are its items (行政许可事项86件 are not)
        if self._no_information_after(text, m):
            return True   # 取消126项行政审批事项 (but 12个重点项目信息)
        if m["unit"] in self.entry_units and self.no_info_entry.search(text, scope, m.start()):
            return True   # 专题栏目新增2个: a cue word inside the name (栏目) cuts it short, so the clause decides
        if self.no_info_kept.search(text, scope, m.start()):
            return True   # 政策问答库更新问答信息300条: the entries of a library kept up, whatever they are called
        return bool(name) and bool(self.no_info_head.search(name)
                                   or (m["unit"] in self.entry_units and self.no_info_entry.search(name))
                                   # 行政许可21项, 行政处罚48项: the powers a body holds, listed (in 项 only:
                                   # 行政处罚25条 are decisions published)
                                   or (m["unit"] in self.power_units and self.no_info_power.search(name)))

    def _no_information_after(self, text: str, m) -> bool:
        """Whether the noun right after a count's number names something other than information
        (21项重点工作, 4个奖项, 22条重点任务), unless information words follow (12个重点项目信息)."""
        after = self.no_info_after.match(text, m.end())
        return bool(after) and not self.no_info_unless.match(text, after.end())

    def _disclosure_name(self, text: str, count) -> Optional[str]:
        """The name of a list item named after a kind of disclosure (决策公开6条, 政务公开信息30条,
        其他主动公开类信息6条), whose publishing word is part of its name: its category. None for an
        item whose verb publishes (通过网站公开信息50条, 主动公开政府信息30条)."""
        if any(c.label == "CHANNEL" for c in count.near):
            return None
        at = self.item_lead.match(text, count.scope, count.start).end()
        if not self.named_disclosure.match(text, at, count.start):
            return None
        return self._category(self.category_trim.sub("", text[at:count.start]).strip())

    def _named_before_verb(self, text: str, count) -> Optional[str]:
        """The name of a list item that says what it counts before its verb and nothing after it
        (…；机关职能、机构设置等发布62条；统计信息发布22条): its category. None where the verb
        comes first, a channel, the list word or another cue stands between, or the words before
        the verb only say how it was published (主动, 全年共…) or who published it (区政府)."""
        verbs = [c for c in count.near if c.label == "PUBLISH"]
        if not verbs or any(c.label in ("CHANNEL", "LIST") for c in count.near):
            return None
        verb = verbs[-1]
        after = text[verb.end:count.start].strip()
        if after and not self.plain_information.fullmatch(after):
            return None
        at = self.item_lead.match(text, count.scope, verb.start).end()
        if any(at <= c.start < verb.start for c in count.near):
            return None   # 利用各种形式更新公开…: another verb or cue of its own before the last
        name = self.verb_lead.sub("", self.category_trim.sub("", text[at:verb.start]).strip())
        if not name or self.quantity.search(name) or self.item_body.search(name):
            return None   # 区政府主动公开1142条: who published, not what
        return self._category(name)

    def _names_no_information(self, name: str) -> bool:
        """Whether an item's words end in a head of no information and a verb of upkeep (信息公开目录
        更新210条次: the entries of a catalogue kept up, the verb leaving no name after it), in any
        unit: among a list's items, where a head alone names a column (民生实事20条)."""
        return bool(name) and bool(self.no_info_kept.search(name))

    def _counts_messages(self, name: str) -> bool:
        """Whether a count is of what the public sent in (`name`): calls to a hotline, letters to a
        mailbox, messages left (承办“县长热线”530件，“县长信箱”26件，群众来信4件): things
        received and handled, in any unit, whether or not they follow a count of items published."""
        return bool(name) and bool(self.no_info_public.search(name))


@dataclass(slots=True)
class _Count:
    """A quantity being read, and what its words around it say."""
    m: regex.Match
    start: int
    end: int
    unit: Optional[str]
    value: Optional[float]
    sentence: int   # where its sentence starts
    gap: list       # the cues since the previous quantity
    scope: int      # where its own words start: after its clause mark, or the previous quantity
    near: list      # the cues of its own words
    labels: set     # their labels
    name: str       # what it counts, in its own words (`_counted_name`)
    after: bool     # whether it named that after its number (发布3条概况信息)
    in_turn: list = field(default_factory=list)   # the kinds left for the values after it, named before 分别


class _WithUnit:
    """A quantity printed without its unit that takes the unit of the series it is in (`_series_units`):
    read as if printed with it."""

    def __init__(self, m, unit: str):
        self._m, self._unit = m, unit

    def __getitem__(self, group):
        return self._unit if group == "unit" else self._m[group]

    def __getattr__(self, name):
        return getattr(self._m, name)


class _Reading(ListReading):
    """One pass over the quantities of a text, in order, and what carries from one count to the
    next: the facts so far, the published count whose list the next counts may be items of,
    and the time cues of the sentence. Each count is read in steps (`_count`).

    Besides its record fields, a fact carries private keys out of the pass, read later:
    `_start`/`_end`/`_text_start`/`_text_end` where it and its text are; `_of` the start of
    the count it is an item of and `_unnamed` a published count naming no channel (extract()
    passes on a channel found for them in the sentence before), `_named` one that names its
    channels (extract() takes no such count for a total restated); `_running`, `_since` a running
    total and a count since a year (extract() keeps them only in the year they are the
    year's); `_restates` a count named again (extract() drops it after the same count);
    `_stock` a running total after the year's count and `_years` the number of a total's items
    that are years (associate() drops both). A list's total carries `_parts` and `_items`,
    the sum and number of its items so far; a stand-in total with `_void` stands for the
    entries of a count that counts no information (权力清单230个。其中行政许可13项…)."""

    def __init__(self, extractor: FactExtractor, text: str, cues: list, listed: Optional[str] = None):
        x = self.x = extractor
        self.text = text
        self.listed = listed               # the channel of a list opened before the text, if it goes on with one
        self.index = CueIndex(cues)
        self.cues, self.starts = self.index.cues, self.index.starts
        self.clause_ends = [m.end() for m in CLAUSE_END.finditer(text)]
        if "（" in text or "(" in text:
            # 通过政府网站（含县政府网、局网站，下同）发布…: a mark inside brackets ends no clause
            asides = [m.span() for m in BRACKETED.finditer(text)]
            self.clause_ends = [e for e in self.clause_ends if not any(s < e < b for s, b in asides)]
        self.sentence_ends = [m.end() for m in SENTENCE_END.finditer(text)]
        # 宣传栏9个 right after a channel counts boards, not items on them
        self.channel_ends = {c.end + n for c in self.cues if c.label == "CHANNEL" for n in (0, 1)}
        self.titles = [(t.start(), t.end()) for t in x.title_span.finditer(text)]
        if "“" in text or "「" in text:
            # “三个代表”, “四个意识”: a slogan in quotes names no count, as a title does not
            self.titles += [(t.start(), t.end()) for t in x.quoted_name.finditer(text)]
        self.facts, self.last = [], None   # the facts so far and the last of them
        self.prev_q = 0                    # the end of the last quantity read
        self.entry_end = -1                # the end of the last list item that was an entry of no information
        self.sentence = -1                 # the start of the sentence being read
        self.differed = -1                 # the sentence whose last count was a change on last year
        self.cumulative_end = 0            # the end of the last running-total cue
        self.named_after = -1              # the end of the name the last count gave after its number
        self.content_end = -1              # the end of the last count published as content of its own (解读)
        self.kinds_at = (-1, -1)           # the last count of kinds or batches passed over (12项 in 12项50条)
        self.adopted_end = 0               # the end of the last count of items other outlets adopted
        self.passed = 0                    # the end of the last count passed over with what it counts (1条政策解读)
        self.item_part = -1                # the end of the last part of a list item passed over (含行政许可4条)
        self.interpreted = Interpretations()   # the last count of interpretations, no fact, and its parts
        self._sentence_state()

    def _sentence_state(self):
        """What a new sentence starts without."""
        self.total, self.in_list = None, False   # the published count a list belongs to
        self.outer = None                        # the list a bracketed list inside it returns to
        self.parts_of = None                     # the kind whose parts the sentence lists (其中主办12件，协办5件)
        self.counted = []                        # (value, unit) of the sentence's counts so far
        self.cumulative_at = self.this_year_at = -1   # the last running-total / this-year cue
        self.running_at = -1                     # the last 累计: a running total unless dated
        self.anchor = None                       # the sentence's last count that named its own channel
        self.closed = None                       # (the list its items made up, the end of its last item)

    def read(self) -> list:
        series = self._series_units()
        for m in self.x.quantity.finditer(self.text):
            if m["unit"] is None and m.start() in series:
                m = _WithUnit(m, series[m.start()])
            elif m["unit"] is None and self.x.rate_words.search(self.text, max(0, m.start() - 3), m.start()):
                m = _WithUnit(m, "%")   # 满意率百分之百: a rate said in words, read as printed in %
            elif m["unit"] is None and (label := self.x.unit_in_label.search(self.text, max(0, m.start() - 8), m.start())):
                m = _WithUnit(m, label["unit"])   # 主动公开政府信息数（条）：500: the field's label gives the unit
            if self._no_count(m):
                if m["unit"] and (passed := self.x.not_items_after.match(self.text, m.end())):
                    self.passed = passed.end()   # 其中包括1条政策解读，5条…: the 5's words start after it
                continue
            self._count(m)
        for total in [f for f in self.facts if f.get("_held")]:
            self._rescue(total)
        return self.facts

    def _series_units(self) -> dict:
        """{start: unit} of the values after 分别 printed bare in a series whose last value alone
        carries the unit (分别发布信息2433、1664和2247条): each is a count in that unit."""
        if self.x.respectively_word not in self.text:
            return {}
        return {q.start(): s["unit"] for s in self.x.respective_series.finditer(self.text)
                for q in self.x.quantity.finditer(self.text, s.start("series"), s.end("series"))
                if q["unit"] is None}

    def _no_count(self, m) -> bool:
        """Quantities passed over as if they were words: no counts (一条龙, 第五十条), a count of
        boards right after their channel (宣传栏9个; not of the videos a 短视频 names), a number in a document's title
        (《关于做好8件实事的通知》) or in a quoted name (“四个意识”), the issues of the items
        counted right after them (34期，6827条), the kinds they fall in (12项50条), a stray number
        glued to a verb that counts again (公开2条发布信息40条), an exception (除7件正在办理外)."""
        if not self.x._is_count(self.text, m, self._next_item(m)) \
                or (m["unit"] in self.x.counts_channels and m.start() in self.channel_ends
                    and not self.x.issue_items_before.search(self.text, max(0, m.start() - 8), m.start())):
            return True
        if m["unit"] in self.x.batch_units and self.x.issues_then_items.match(self.text, m.end()):
            # 公布了34期，6827条执法结果, 发布200次380条: the batches the items came in; the items are the count
            self.kinds_at = m.span()
            return True
        if m["unit"] in self.x.published_units and self.x.glued_recount.match(self.text, m.end()):
            return True   # 主动公开2条发布各类信息40余条: a stray number glued to a verb that counts again
        if m["unit"] in self.x.kinds_units and self.x.kinds_then_items.match(self.text, m.end()):
            self.kinds_at = m.span()
            return True   # 公开政府信息12项50条: the kinds the items fall in; the items are the count
        if self.x.exception_before.search(self.text, max(0, m.start() - 4), m.start()):
            return True   # 留言900件，除7件正在办理外，…: an exception to what its clause says of a count before
        return bool(self.titles) and any(s < m.start() and m.end() < e for s, e in self.titles)

    def _next_item(self, m) -> bool:
        """Whether `m` is the next entry of the list being read: the last fact was one of its items,
        in the same unit, only an item's name lies between and the entry ends there (…1条，其他信息一条;
        not …1条，建立一条龙服务)."""
        last = self.last
        return bool(self.in_list and last is not None and last.get("_item") and last["unit"] == m["unit"]
                    and last["_end"] == self.prev_q
                    and self.x.list_entry_gap.fullmatch(self.text, self.prev_q, m.start())
                    and self.x.list_entry_end.match(self.text, m.end()))

    def _count(self, m):
        """Read one count: its sentence and scope, whether it is the sum of those before it, the
        list it may belong to, its kinds, and those ruled out; then its facts."""
        x, text = self.x, self.text
        start, end = m.start(), m.end()
        sentence = last_at(self.sentence_ends, start)
        gap = self.cues[bisect_left(self.starts, self.prev_q):bisect_left(self.starts, start)]
        self._enter(sentence, gap, start)
        scope = self._scope(start)
        if self._interpretations_part(m, gap, scope, start):
            self.prev_q = end
            return   # 发布解读信息108条，其中网站发布80篇: the interpretations by channel, no items published
        if self.in_list and scope - self.prev_q > x.inherit_max and not any(c.label == "LIST" for c in gap) \
                and not x.item_gloss.match(text, self.prev_q):
            # …重要信息661条；完善政策解读机制，丰富解读形式，…，全年发布…60条: clauses without a
            # count between two counts end the list; the second stands on its own words. Not so a
            # gloss on the item before (法规类40条，主要是…；计划类6条), which says what it held.
            self.total, self.in_list = None, False
        if self.total is not None and (any(c.label in x.list_breakers and c.end <= scope for c in gap)
                                       or (self.in_list and x.list_closed.match(text, self.prev_q))):
            # 发放宣传手册5万册，海报3万份: handed out, no items; …检查情况7条等；…: the list was closed
            self.total, self.in_list = None, False
        near = x._topics_dropped(text, [c for c in gap if c.start >= scope and c.end <= start], start)
        if x.last_year_before.search(text, scope, start):
            self.prev_q, self.differed = end, self.sentence
            return   # 上年度公开信息300条 / 较上年度的300条: last year's count, or a change on it
        if (self.last is not None and self.last.get("_item") and self.last["_end"] == self.prev_q
                and x.part_of_item.match(text, self.prev_q, start)
                and not _same_head(text, self.last["_start"], start)) \
                or (self.item_part == self.prev_q and x.part_of_item_next.match(text, self.prev_q, start)):
            self.prev_q = self.item_part = end
            return   # 行政处罚信息33条含207条处理决定: a part of the item before, no item of the list
            # (but 主动公开文件53件（含行政规范性文件12件）: a kind of what the item counts, its own item),
            # and so are the parts joined to it (行政执法12条（含行政许可4条、行政处罚3条）)
        # 政府信息12项50条: the name is the words before the kinds counted
        named = self.kinds_at[0] if scope <= self.kinds_at[0] and not text[self.kinds_at[1]:start].strip() else start
        count = _Count(m, start, end, m["unit"], value_of(m), sentence, gap, scope, near,
                       {c.label for c in near}, *self._name(x._counted_name(text, scope, named, near), start, end))
        if self._sum(count):
            return
        if self.closed is not None and self.closed[1] == self.prev_q and count.value == 0 and self.total is None \
                and count.unit == self.closed[0].get("unit") and x.list_entry_gap.fullmatch(text, self.prev_q, start):
            # …财政信息2条，申请公开0条 right after the items made up their total: a zero adds nothing
            # to them, and is the list's last item
            self.total, self.in_list = self.closed[0], True
        opened = self._join_list(count)
        kinds, following, glued, borrowed = self._kinds(count)
        if glued and not x.glued_next.match(text, end):
            self.prev_q = end
            return   # 某某龙8国际门户网站发布…: a number inside a name, not an item that lost its unit
        item = self._item(count, kinds, glued)
        if item is None:
            self.prev_q = end
            return   # an entry, or the list's total named again: no item, and the list goes on
        if item:
            kinds = ["published"]
        elif glued:
            kinds = []
        since, counts_other, handled = self._ruled_out(count, kinds, item, opened)
        held = not kinds and not counts_other and self._hold(count)
        self.prev_q = end
        if held:
            return
        if not kinds:
            self._no_fact(count, counts_other, item)
            return
        self._add(count, kinds, item, following, since, handled)
        if borrowed and self.last["kind"] == "published":
            self.last["confidence"] = "medium"
            self.last["note"] = "; ".join(filter(None, [self.last["note"], "published under the verb of an earlier clause"]))
        if "published" in kinds and x._reposts_reports(text, count.scope, start):
            # 转发权威新闻报道330余篇 among the items: others' reports, not the body's information;
            # kept until extract() so that the channel it names stays its own
            self.last["_reposted"] = True
        if kinds != ["published"]:
            self.total, self.in_list = None, False
        elif self.total is None or not (item or self.in_list):
            self.total = self.last
        elif self.total.get("_items", 0) >= 2 and self.total["_parts"] + self._held_sum(self.total) == self.total["value"] \
                and not self._split_by_channel_only():
            # 5767条，其中重点领域信息3683条，其他信息2084条: the items make up the total, and
            # what follows (发布政策解读14篇) is no further item of it; but a list that was itself an
            # item's (信息2000条中，法规类40条，其中法规20条，规章20条；计划类6条…) returns to the list
            # of its total, while that one's items have not yet made it up.
            self.closed = (self.total, end)
            self.total = self._outer_list()
            self.in_list = self.total is not None

    def _name(self, name: str, start: int, end: int) -> tuple:
        """(name, after): what a count counts, and whether it names that after its number (其中发布
        3条概况信息，70条工作动态信息，…): so a count does whose own words name nothing, or are
        the name the count before gave after itself; the next count then goes on so."""
        x, text = self.x, self.text
        taken = self.named_after >= 0 and not text[self.named_after:start].strip(ITEM_MARKS)
        self.named_after = -1
        after = x.name_after_count.match(text, end) if taken or not name else None
        if after is None:
            return ("" if taken else name), False
        self.named_after = after.end("name")
        return x.category_trim.sub("", after["name"]).strip(), True

    def _enter(self, sentence: int, gap: list, start: int):
        """A new sentence starts afresh, its list going on only after 其中…; a closing bracket
        returns to the outer list; the time cues since the previous count are noted."""
        if sentence != self.sentence:
            first, self.sentence = self.sentence < 0, sentence
            total, in_list = self.x._list_opened(self.text, sentence, gap, self.total, self.in_list)
            if first and self.listed and total is None:
                # 从公开内容看：/ 1、工作动态类信息160条。: an item of published information, of no one channel;
                # …其中规范性文件30条；/ 工作动态信息500条，…: the list of the paragraph before goes on
                total, in_list = {"channel": self.listed, "_end": 0}, True
            self._sentence_state()
            self.total, self.in_list = total, in_list
        if self.outer is not None and CLOSE_BRACKET.search(self.text, self.prev_q, start):
            # 工作动态292条（省局动态197条、市县动态95条）、政策法规8条: the outer list goes on
            self.total, self.in_list, self.outer = self.outer, True, None
        for c in gap:
            if c.start >= sentence:
                if c.label == self.x.cumulative:
                    self.cumulative_at, self.cumulative_end = c.start, c.end
                # 截至今年12月底: 今年 says when a total was taken, not that it counts the year
                this_year = c.label == self.x.this_year \
                    and not self.x.year_end_lead.search(self.text, max(0, c.start - 4), c.start)
                self.this_year_at = c.start if this_year else self.this_year_at
                self.running_at = c.start if c.label == self.x.running else self.running_at

    def _scope(self, start: int) -> int:
        """Where the words of the count at `start` begin: after its clause mark, or the previous
        quantity. 公开镇财政信息，1条 / …的情况：40条 / 公开了各类信息，具体包括…共计105条 /
        发布…等文章，共计287条: a bare count, or one whose clause only lists what it counts or names
        it a total, belongs to the clause before it."""
        text, prev_q = self.text, self.prev_q
        clause = last_at(self.clause_ends, start)
        if clause and clause > prev_q and text[clause - 1] not in "。！？!?" \
                and (not text[clause:start].strip() or self.x.list_clause.match(text, clause, start)
                     or self.x.sum_total.fullmatch(text, clause, start)):
            clause = last_at(self.clause_ends, clause - 1)
        # …其中包括1条政策解读，5条工作方案: nor with a clause of a count passed over with what it counts
        # (but …、31个领域信息等共计15条: the words after it go on with the same clause)
        passed = self.passed if not text[self.passed:start].strip(ITEM_MARKS) else 0
        return max(clause, prev_q, passed)

    def _sum(self, count: _Count) -> bool:
        """Whether the count only names itself the total of the counts before it in its sentence
        (网站50条、微信30条，共计80条 / 收到当面申请2件，网上申请3件，合计5件), and is added as that;
        parts of a kind stated once as a whole are no facts of their own then."""
        x, text, m = self.x, self.text, count.m
        summed = x._sum_of(text, m, count.scope, self.counted, self.index, count.sentence)
        self.counted.append((count.value, count.unit))
        if not summed:
            return False
        self.prev_q = count.end
        fact = x._fact(text, m, summed, count.name, self.clause_ends)
        parts = [f for f in self.facts if f["kind"] == summed and f["_start"] >= count.sentence]
        if summed in x.whole_only:
            self.facts = [f for f in self.facts if f not in parts]
        elif summed == "published":
            named = {f["channel"] for f in parts}
            fact["channel"] = named.pop() if len(named) == 1 else "all"
        fact["confidence"], fact["note"] = "medium", "the total of the counts before it in its sentence"
        self.facts.append(fact)
        self.last, self.total, self.in_list = fact, None, False
        return True

    def _kinds(self, count: _Count) -> tuple:
        """(kinds, following, glued, borrowed): the kinds the cues give the count; whether it is a
        bare value continuing those after 分别; whether it is glued to the next item's name; whether
        it is published only under the verb of an earlier clause of its sentence."""
        x, text, near, unit, last = self.x, self.text, count.near, count.unit, self.last
        start, end = count.start, count.end
        # 市政协六届一次会议以来，交由市政府办理的提案: the body named earlier in the sentence counts too.
        body = self.index.between(count.sentence, count.scope, x.sentence_labels)
        # 人大代表建议和政协委员提案共20件，其中建议12件，提案8件: a kind named before a list word names
        # the body of the bare 建议 and 提案 listed after it, also from the sentence before when the
        # list word opens the count's (…提案20件。其中：建议12件…)
        before = self.index.last("LIST", count.sentence, count.scope)   # (in the sentence's cues before the count's own)
        listed = max([c.start for c in near if c.label == "LIST"] + [-1 if before is None else before])
        if listed >= 0:
            opens = self.index.first_cue(count.sentence, count.scope)
            opens = opens if opens is not None else near[0] if near else None
            begin = last_at(self.sentence_ends, count.sentence - 1) \
                if opens is not None and opens.label == "LIST" and not text[count.sentence:opens.start].strip() \
                else count.sentence
            body += [Cue(x.sentence_bodies[c.label], None, c.start, c.end)
                     for c in self.cues[bisect_left(self.starts, begin):bisect_left(self.starts, count.scope)]
                     if c.label in x.sentence_bodies and c.end <= listed]
        # 依申请公开方面，全年共受理17件: a clause opening the sentence that names only its topic gives the
        # counts after it the kind it names, where their own words are a bare verb (not 设立受理点3个)
        lead = x.topic_lead.match(text, count.sentence)
        if lead is not None and lead.end() <= count.scope and x.topic_verb.fullmatch(text, count.scope, start):
            body += [c for c in self.index.between(count.sentence, count.scope)
                     if c.end <= lead.end() and c.label in x.topic_labels]
        kinds = x.kinds.kinds_of([(c.label, c.start) for c in body + near], unit,
                                 each=text.endswith(x.each, 0, start))
        if x.joint_object_after.match(text, end):
            # 194件人大代表建议和政协提案: what it names after itself is both kinds together, so neither
            kinds = [k for k in kinds if x.kinds.kinds[k].group is None]
        else:
            # 办理9件人大代表建议和4件政协委员提案: what a count names after itself beats the cues before it.
            # 全年共120件规范性文件通过…平台向社会公开: a name and where it was published, both after the count
            where = x.where_after.match(text, end)
            if where is not None and where["name"] and unit in x.published_units and not count.labels & x.where_after_none:
                kinds, count.name, count.after = ["published"], where["name"], True
            elif where is not None and not where["mark"] and not kinds and unit in x.published_units \
                    and not count.labels & x.where_after_none and x.information_before.search(count.name):
                # 政务信息320条通过政府网站公开: information counted, then where it was published, the verb after
                kinds = ["published"]
            else:
                kinds = x._object_after(text, count.labels, unit, end) or kinds
        # 基本满意率4.5% / 重点提案9件 / 23件B类件: not the rate, nor the total handled
        kinds = [k for k in kinds if not (k in x.veto_before and x.veto_before[k].search(text, count.scope, start))
                 and not (k in x.veto_after and x.veto_after[k].match(text, end))
                 and not (k == "published" and x.not_published_before.search(text, count.scope, start))]
        if "satisfaction_rate" in kinds and x.rate_others.search(text, count.sentence, start) \
                and not x.rate_own.search(text, count.sentence, start):
            kinds = [k for k in kinds if k != "satisfaction_rate"]   # 收到群众来信180条，…满意率98%: the letters'
        following = False
        if not kinds and not near and last is not None and x._respectively(text, last, start, unit, self.sentence):
            # the next of kinds named in turn (人大代表建议、政协委员提案分别为12件、8件: the 8 the proposals)
            kinds, following = [last["_in_turn"][0]] if last.get("_in_turn") else [last["kind"]], True
            count.in_turn = last.get("_in_turn", [None])[1:]
        elif not kinds and x.respectively_word in text[count.scope:start]:
            # 人大代表建议和政协委员提案分别为12件和8件: two kinds of a group named before 分别 are counted
            # in turn, not together
            turn = x.kinds.in_turn([(c.label, c.start) for c in body + near], unit)
            if turn:
                kinds, count.in_turn = turn[:1], turn[1:]
        # 通知公告307不动产公告84条: a page that lost the unit and the mark after a count glues it
        # to the next item's name; such a count is read only as an item of a list already open.
        # 本年度共受理依申请公开0. at a paragraph's end: a half-width stop there closes the count too
        glued = unit is None and end < len(text) and not CLAUSE_END.match(text, end) and not x.bare_stop.match(text, end)
        if unit is None and not kinds and not self.in_list \
                and len(bare := x.kinds.kinds_of([(c.label, c.start) for c in near], x.bare_as)) == 1 \
                and bare[0] in x.bare_kinds \
                and (not glued or (bare == ["published"] and x.plain_information.fullmatch(count.name)
                                   and x.run_on.match(text, end))):
            # 公开信息158，… / 收到依申请公开的申请2: a count printed without its unit; 主动公开政府信息6513目前…:
            # one run into the next clause, the unit and the mark lost, whose words name plain information
            # published (an item's name would say of what: 通知公告307不动产公告84条 glues an item) and
            # before a word that opens a clause (更新信息210调整栏目3个 may be anything)
            kinds, glued = bare, False
        clause = last_at(self.clause_ends, start)
        # …对本年度公开的信息进行了梳理，新增工作动态类信息150条: so does a clause naming only a kind of
        # information said to be new and its count
        borrowed = not kinds and not self.in_list and unit in x.published_units \
            and (count.labels == {"CHANNEL"} or (count.labels == {x.this_year} and x.borrowed_kind.search(count.name))) \
            and any(c.start >= clause for c in near) and start - clause <= x.inherit_max \
            and self.index.first("PUBLISH", count.sentence, count.scope) is not None \
            and self.index.first("LIST", count.sentence, count.scope) is None
        # 发布政策解读14个，规范性文件64个: a name and its count joined to interpretations published
        # go on with their verb
        borrowed = borrowed or (not kinds and not count.gap and self.content_end == self.prev_q
                                and unit in x.published_units and x.list_entry_gap.fullmatch(text, self.prev_q, start))
        if borrowed:
            # …对公开信息进行了更新，政府网站信息17条，县融媒1条: a clause naming only a channel and its
            # count goes on with the publishing verb of its sentence
            kinds = ["published"]
        return kinds, following, glued, borrowed

    def _ruled_out(self, count: _Count, kinds: list, item: bool, opened: Optional[Cue]) -> tuple:
        """Takes from `kinds` (in place) those the count's words rule out; returns (since, counts_other):
        the year a running total counts from, and whether it counts something other than items."""
        x, text, near, unit, last = self.x, self.text, count.near, count.unit, self.last
        start, end, scope, sentence = count.start, count.end, count.scope, self.sentence
        since = None   # 2020年以来…公开201条: the year's count if 2020 is the report's year
        if "published" in kinds and self.cumulative_at > self.this_year_at:
            # 截至目前，2022年我区公开…2件: a year named after the cue dates the count as that year's.
            found = x.since_year.search(text, max(0, self.cumulative_end - 16), self.cumulative_end) \
                or x.year_after.match(text, self.cumulative_end, start)
            # 截至目前累计1770条 is a running total, not this year's, but in the Regulations'
            # first year (自条例施行以来累计…) it is: kept only in that year's report
            since = int(found[1]) if found else x.first_year
        # 办理申请26件，其中：书面申请11件，网上收到15件: a list word after the total in its sentence
        # makes the counts after it parts, though the first part named no verb and gave no kind
        listed = last is not None and last["kind"] in kinds and last["_start"] >= sentence and any(
            c.label == "LIST" and c.start >= last["_end"]
            for c in self.cues[bisect_left(self.starts, last["_end"]):bisect_left(self.starts, start)])
        if x.whole_only & set(kinds) and (
                (opened is not None and last is not None and last["kind"] in kinds) or listed or self.parts_of in kinds
                or (x.applicant_part.search(text, scope, start)
                    and any(f["kind"] in kinds and f["value"] > count.value for f in self.facts))):
            # 收到申请8件，其中网上提交7件 / 提案共92件，其中集体提案25件，联名提案67件: parts of the total
            self.parts_of = next(k for k in kinds if k in x.whole_only)
            kinds[:] = [k for k in kinds if k not in x.whole_only]
        if x.parts_by_share & set(kinds) and x.share_after.match(text, end):
            # 自然人提出申请30件，占比90%: a part, whose share of the total follows
            kinds[:] = [k for k in kinds if k not in x.parts_by_share]
        if "published" in kinds and not item and (x._answers_requests(text, last, self.index, sentence, start)
                                                  or x._released_on_request(text, last, count)):
            kinds.remove("published")   # 收到申请5件，已主动公开的2件，不予公开1件: an answer to those requests
        if "published" in kinds and not item and x._on_party_platform(text, self.cues, self.starts, sentence, start):
            kinds.remove("published")   # 通过党务公开平台…，全年发布工作动态36条: the party's, not the body's information
        handled = "requests_received" in kinds and x._only_handled(text, near)
        if handled:
            stop = SENTENCE_END.search(text, end)
            if x.carried_over.search(text, sentence, stop.end() if stop else len(text)):
                # 共办理申请900件，其中结转下年度30件: those handled are said to take in others than the year's
                kinds.remove("requests_received")
                handled = False
        if not kinds and self.differed == sentence and unit in x.published_units \
                and x.reached.fullmatch(text, scope, start) \
                and x.kinds.kinds_of([(c.label, c.start) for c in self.cues[bisect_left(self.starts, sentence):
                                                                          bisect_left(self.starts, start)]], unit) == ["published"]:
            kinds[:] = ["published"]   # 较上年增加50条，达到350条: the count the change reached
        self.differed = -1
        if "published" in kinds and not item and text.endswith(x.each, 0, start):
            kinds.remove("published")   # 预算及调整信息公开各1项: a count per part, not the items published
        if "published" in kinds and unit in x.copy_units and count.value and count.value > 1 \
                and (x.title_span.fullmatch(count.name) or x.print_run_after.search(text, scope, start)
                     or x.publicity_print.search(count.name)):
            # 编发《便民服务手册》4500份 / 刊发《公报》6期1900份 / 张贴宣传海报200份: copies of one
            # publication, of its issues, or of publicity print
            kinds.remove("published")
        if "published" in kinds and x.difference_before.search(text, scope, start):
            kinds.remove("published")   # 同比增量29条 is a difference, not a count
            self.differed = sentence
        if "published" in kinds and unit in x.issue_units and not x.issue_items_before.search(text, scope, start) \
                and not x.issue_items_after.match(text, end):
            # 公报共发行12期 / 编印《政务动态》41期 / 公布调查结果8期 / 推送120期 counts issues, rounds
            # or pushes, not the items in them (but 短视频45期: each issue is one video; read in the
            # text, as a channel word such as 短视频 is no part of the count's name)
            kinds.remove("published")
        # in a list of published items only counts in entry units are read so (其中公开指南1条 is an item)
        counts_other = "published" in kinds and not item and not (self.in_list and unit not in x.entry_units) \
            and (x._counts_no_information(text, count.m, scope, count.name) or x._counts_messages(count.name))
        if counts_other:
            kinds.remove("published")   # 公布权力清单834项, 对照21项重点工作, 获得4个奖项: no information counted
        return since, counts_other, handled

    def _no_fact(self, count: _Count, counts_other: bool, item: bool):
        """What a count that is no fact does to the list: the entries of a count of no
        information follow it; an aside (views, a share, events beside the items) leaves the list
        open; anything else ends it."""
        if "PUBLISH" in count.labels and count.labels & self.x.not_items:
            self.content_end = count.end   # 发布政策解读14个: the verb may go on to the next name counted
        if count.labels & self.x.not_items and count.value and any(
                c.label in self.x.not_items and self.x.interpretation_parts.search(self.text, c.start, c.end)
                for c in count.near):
            self.interpreted.end, self.interpreted.value = count.end, count.value   # 发布解读信息108条: a list may break them down
        elif (count.unit in self.x.issue_units or count.unit in self.x.aside_units) and (
                "PUBLISH" in count.labels or (self.content_end == count.scope
                                              and self.x.list_entry_gap.fullmatch(self.text, count.scope, count.start))):
            # 发布在线访谈15期、网络征集9次、疫情防控信息33条: issues and rounds listed first under the
            # verb are no items, and the verb goes on past them to the items named after them
            self.content_end = count.end
        if "ADOPTED" in count.labels:
            self.adopted_end = count.end   # …等纸媒采用信息35篇、发布公告1篇: the outlets named are the adopters'
        if counts_other:
            # 发布权力清单230个。其中行政许可13项…: the list after it is its entries, not items published.
            channel = self.x._named(self.text, [c for c in count.near if c.label == "CHANNEL"])
            self.total, self.in_list = {"_void": True, "_start": count.start,
                                        "channel": channel.pop() if len(channel) == 1 else "all"}, False
        # 点击量达9万次, 占17.5%, 全文电子化率100%: about the items just counted; their list goes on.
        # 新闻发布会43次 between a column's items counts events beside them, not in their stead, and
        # 政策文件解读10条 the interpretations beside them, and 《XX简报》(3期) among the channels of a
        # list the issues of one of them, and 意见征集6期 among its items the rounds of an activity.
        # Letters or calls the public sent (收到12345热线平台信件442件) name a hotline, no interpretations:
        # they end the list, so what became of them (回退347件，承办95件) is no item of it.
        elif self.x.views not in count.labels and count.unit not in self.x.rate_units \
                and count.unit not in self.x.aside_units \
                and not (count.labels & self.x.not_items and not self.x._counts_messages(count.name)) \
                and not ((item or self.in_list) and count.unit in self.x.issue_units):
            self.total, self.in_list = None, False

    def _add(self, count: _Count, kinds: list, item: bool, following: bool, since: Optional[int], handled: bool):
        """The count's facts, one per kind."""
        x, text, m = self.x, self.text, count.m
        of = None
        for kind in kinds:
            fact = x._fact(text, m, kind, count.name, self.clause_ends)
            fact["_following"] = following
            if kind == "published":
                of = self.total if (item or self.in_list) else None
                if of is not None and not count.after:
                    fact["category"] = x._disclosure_name(text, count) or fact["category"] \
                        or x._named_before_verb(text, count)
                since = self._published(count, fact, of, item, following, since)
                if self._said_twice(count, fact, item):
                    continue   # 公开政府信息共110条，主动公开政府信息数110条: one count said twice
            if kind != "published":
                # 自2019年以来累计收到申请120件, 条例实施以来…, 截至目前累计…: requests or proposals counted
                # over years; extract() keeps one only in the report of the year it counts since (not
                # one dated after it: …以来累计收到申请120件，2023年收到16件)
                over = last_match(x.counted_since, text, count.sentence, count.start)
                if over is not None and not x.dated.search(text, over.end(), count.start):
                    fact["_since"] = int(over["year"]) if over["year"] else 0
            if kind != "published" and count.unit is not None and count.unit not in x.kinds.kinds[kind].units:
                # 申请12人次: a rule's own unit (`unit_notes`), read as the kind's count with a doubt
                fact["confidence"], fact["note"] = "medium", x.unit_notes[count.unit]
            if kind == "requests_received" and x.request_channel.search(text, count.scope, count.start):
                x._add_channel_parts(text, fact, count.end)
            if kind == "requests_received" and handled:
                # 全年办理政府信息公开申请60件: the requests the report states, when it states no others
                fact["_handled"] = True   # extract() drops it where the report says how many it received
                fact["confidence"], fact["note"] = "medium", "requests said to be handled, read as received"
            if kind == "published" and x.response in count.labels and count.unit not in x.published_units:
                fact["_response"] = True   # 回应公众关切19次: its unit holds no items of its own (`_item`)
            if count.in_turn:
                fact["_in_turn"] = count.in_turn
            self.facts.append(fact)
            self.last = fact
            if kind == "published" and of is not None:
                fact["_part_of"] = of.get("_start")   # extract() leaves out the parts of a total it leaves out
            if kind == "published" and of is not None and of.get("value"):
                of["_parts"] = of.get("_parts", 0) + fact["value"]
                of["_items"] = of.get("_items", 0) + 1
            if kind == "published" and of is not None and x.year_item.fullmatch(fact["category"] or ""):
                # 累计发布491条，其中，2018年40条，2017年83条…: the report's year restates the year's count
                of["_years"] = of.get("_years", 0) + 1
                fact["_restates"] = True

    def _published(self, count: _Count, fact: dict, of: Optional[dict], item: bool, following: bool,
                   since: Optional[int]) -> Optional[int]:
        """A published count's channel, and the marks that tell extract() and associate() whether
        it is the year's count (running totals, a count since a year, one restated); returns `since`."""
        x, text, last, in_list = self.x, self.text, self.last, self.in_list
        x._channel(text, fact, self.cues, self.starts, last, of, count.near, item, self.anchor, in_list,
                   self.adopted_end)
        x._respective_channel(text, fact, count.near, last if following else None)
        if x.posting in count.labels and not any(c.label == "CHANNEL" for c in count.near):
            # 张贴公告36条: what is posted up is on a board, whatever channel its list's total named
            notes = [n for n in (fact["note"] or "").split("; ") if n and not n.startswith("channel of")]
            fact["channel"], fact["confidence"] = x.posting_channel, "medium"
            fact["note"] = "; ".join(notes + ["posted up, so on a board"])
        if fact["confidence"] == "high" and fact["channel"] != "all":
            self.anchor = fact   # a count that names its own channel, for its siblings after it
        running = self.running_at > self.this_year_at
        # 累计公开政府信息3条，其中，本年度新增的…3条: an item said to be the year's is no running count, as its total is
        inherits = of is not None and x.this_year not in count.labels
        if running or (inherits and of.get("_running")):
            fact["_running"] = True   # extract() keeps it only if its sentence (an item: its total's) names the year
            fact["_running_at"] = of["_running_at"] if inherits and of.get("_running") else count.start
            fact["_running_cue"] = of["_running_cue"] if inherits and of.get("_running") else self.running_at
        if inherits and of.get("_opened"):
            fact["_opened"] = True    # 在主动公开的信息中，…: extract() reads it as part of the count before
        if (running and not (item or in_list) and x._after_years_count(self.facts, fact, self.sentence)) \
                or (inherits and of.get("_stock")):
            fact["_stock"] = True     # 全年公开信息2000条，截至年底累计公开18000条: no count of the year
        if (since == x.first_year and x.up_to_now.match(text, self.cumulative_at)) or (inherits and of.get("_up_to_now")):
            fact["_up_to_now"] = True   # 截至目前…: extract() keeps it where its paragraph is the year's
        since = since or (of.get("_since") if inherits else None)
        if since:
            fact["_since"] = since    # extract() keeps it only in that year's report
        fact["_dated"] = self.this_year_at >= count.sentence   # 全年/今年 before it in its sentence
        fact["_item"] = bool(item or in_list)
        # 通过不同渠道发布信息情况：通过政府网站发布信息53条，…: a list with no count of its own for a
        # total; extract() reads its items as counts of their own, which may restate one said before
        fact["_totalled"] = of is not None and "value" in of
        if last in self.facts and x._running_before(text, last, fact, self.sentence, count.scope, count.start):
            self.facts.remove(last)   # 共主动公开615条，今年新增94条: the 615 is a running total
        if x.restated_after.match(text, count.end) or x.restated_before.search(text, count.scope, count.start):
            # 在本年度主动公开的14条政府信息中，… / 全文电子化的主动公开信息数53条
            fact["_restates"] = True  # extract() drops it after the same count stated before
        if count.unit is None:
            fact["confidence"] = "medium"
            fact["note"] = "; ".join(filter(None, [fact["note"], "a count printed without its unit"]))
        elif count.unit in x.posting_units and x.posting in count.labels:
            fact["confidence"] = "medium"
            fact["note"] = "; ".join(filter(None, [fact["note"], "counted in times posted (次), read as notices posted"]))
        elif count.unit not in x.published_units:
            # 发布信息63次 and its items in 次: a rule's own unit (`unit_notes`), read with a doubt
            fact["confidence"] = "medium"
            fact["note"] = "; ".join(filter(None, [fact["note"], x.unit_notes[count.unit]]))
        return since

    def _said_twice(self, count: _Count, fact: dict, item: bool) -> bool:
        """Whether a published count outside a list repeats the one just before it in its
        sentence with nothing counted between (公开政府信息共110条，主动公开政府信息数110条); a zero
        naming another kind than the zero before it (公告公示0条，公开行政处罚事项0条) is another item."""
        last = self.last
        return not (item or self.in_list) and (fact["channel"] == "all" or fact.get("_anchored")) \
            and last is not None and last["kind"] == "published" and last["value"] == fact["value"] \
            and last["_end"] >= self.sentence and not self.x.quantity.search(self.text, last["_end"], count.start) \
            and not (fact["value"] == 0 and fact["category"] not in (None, last["category"]))


def _same_head(text: str, first: int, second: int) -> bool:
    """Whether the counts at `first` and `second` are printed right after names ending in the same
    two characters (文件53件…规范性文件12件): Chinese names end in their head noun, so the second
    counts a kind of what the first counts."""
    head = text[max(0, first - 2):first]
    return bool(_HEAD.fullmatch(head)) and text[max(0, second - 2):second] == head


def _fact_key(span: Span) -> tuple:
    return ("govextract_fact", span.id_, span.label_, span.start_char, span.end_char)


def _unanchored(pattern: str) -> str:
    """A token's regular expression as one to search a whole sentence with: no anchors,
    flags scoped to it, so that it can be one part of an alternation (…|…). Its own
    alternatives are left bare, also those grouped for the anchors' sake (^(?:张贴|粘贴)$):
    where every alternative of a pattern opens with a character, `re` looks only at the
    positions holding one of those characters."""
    flags = regex.match(r"\(\?([a-zA-Z]+)\)", pattern)
    body = _ANCHOR.sub("", pattern[flags.end():] if flags else pattern)
    if flags:
        return f"(?{flags[1]}:{body})"
    group = _WHOLE_GROUP.fullmatch(body)
    return group[1] if group and _is_pattern(group[1]) else body


def _is_pattern(text: str) -> bool:
    """Whether `text` is a regular expression of its own: a group's content is, and the text
    between the outer parentheses of (a)|(b) is not."""
    try:
        regex.compile(text)
    except regex.error:
        return False
    return True


@lru_cache(maxsize=None)
def pipeline() -> Language:
    """spacy.blank("zh") segmenting with its own jieba dictionary, plus the fact rules."""
    # jieba is handed to the tokenizer rather than named in its config: spaCy would
    # load jieba's global dictionary as well (0.6 s), from the shared temporary folder.
    nlp = spacy.blank("zh")
    seg = segmenter.tokenizer()
    for word in lexicon.load_json("facts.json")["userdict"]:
        seg.add_word(word, freq=200000)
    nlp.tokenizer.segmenter, nlp.tokenizer.jieba_seg = "jieba", seg
    nlp.add_pipe(NAME)
    return nlp


def _doc(nlp: Language, text: str) -> Doc:
    """nlp.make_doc(text): the Doc of jieba's words. Where the text holds no white space and
    the words make it up exactly (always, but it is checked), every word is followed by no
    space, which is what spaCy's realignment of the words to the text (get_words_and_spaces,
    a slice of the text per word) would find."""
    if not _WHITE_SPACE.search(text):
        words = [w for w in nlp.tokenizer.jieba_seg.cut(text, cut_all=False) if w]
        if "".join(words) == text:
            return Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    return nlp.make_doc(text)


def parts(paragraphs: list):
    """(paragraph, its text as matched, start, end, listed) of every stretch of text that can
    hold a fact: the relevant part of a sentence, running on into the next sentence
    when that one goes on with a list (其中…), and cut at clause ends when very long;
    `listed`: "heading" for a paragraph that is an enumerated item under a heading that breaks
    down what was published (从公开内容看：/ 1、工作动态类信息160条。), "after" for one that opens
    with a category count after a paragraph cut at a semicolon (…其中规范性文件30条；/ 工作动态
    信息500条，…), both read whole as items of a list opened before them; else None."""
    extractor = pipeline().get_pipe(NAME)
    longest = lexicon.load_json("facts.json")["max_part_chars"]
    listed = False   # whether the paragraphs since such a heading have all been enumerated items
    cut = False      # whether the paragraph before ended in a semicolon
    for para in paragraphs:
        text = para.text   # in simplified script: the document model converts a 繁體 report
        listed = extractor.listed_item(text, listed)
        after = cut and extractor.goes_on(text)
        cut = text.rstrip().endswith(extractor.cut_marks)
        if listed is True or after:
            yield from ((*piece, "heading" if listed else "after")
                        for piece in _pieces(extractor, para, text, 0, len(text), longest))
            continue
        current = None
        bare = None   # where the sentence before began, when it held nothing to read
        for m in _SENTENCE.finditer(text):
            timelimit.check("facts")
            span = extractor.relevant(m[0])
            # a sentence going on from the one before (其中…): read to where its own relevant part
            # ends, past its last count (…，1件已提供给申请人)
            # …，通知公告类46条。 alone: read with the sentence before, whose list it may end (_list_opened)
            # 人事信息11条，统计信息59条。 after a count: category counts alone, with no cue of a kind
            # of their own (no verb, no 建议 or 申请), are items of the list the sentence before was in
            goes_on = (current or bare is not None) and (extractor.continues.match(m[0])
                                                         or (current and extractor.continues_last_item.match(m[0]))
                                                         or (current and span is None
                                                             and extractor.continues_bare_items.match(m[0])))
            ends = [q.end() for q in extractor.quantity.finditer(m[0])] if goes_on else []
            # (what its last count counts may follow it: …，其中包括1条政策解读。)
            through = m.start() + max(extractor.reach(m[0], ends[-1]), span[1] if span else 0) if ends else None
            if current and goes_on:
                # 在主动公开的信息中主要分为A、B等类别。: a list announced with no count is read whole,
                # its items counted by the next sentence (A类99条；B类23条) if that goes on too
                current = (current[0], through if ends else m.end())
                continue
            if current:
                yield from ((*piece, None) for piece in _pieces(extractor, para, text, *current, longest))
            if ends:
                # 在网站发布信息。其中政策法规58条…: the list's items were published as that sentence
                # says, though it gave them no count; read with it, they take its verb and channel
                current = (bare, through)
            else:
                current = (m.start() + span[0], m.start() + span[1]) if span else None
            bare = None if current else m.start()
        if current:
            yield from ((*piece, None) for piece in _pieces(extractor, para, text, *current, longest))


def _pieces(extractor, para, text: str, start: int, end: int, longest: int):
    """The stretch start:end, in pieces of at most `longest` characters cut after a clause
    end where one is near, so that no piece is too long for spaCy (E088); a piece
    without a count or a zero said in words (of requests or of items published) cannot hold a
    fact and is not read."""
    while start < end:
        cut = end
        if end - start > longest:
            cut = max((m.end() for m in CLAUSE_END.finditer(text, start + longest // 2, start + longest)),
                      default=start + longest)
        if extractor.quantity.search(text, start, cut) or next(extractor.zero_requests(text, start, cut), None) \
                or extractor.published_none(text, start, cut):
            yield para, text, start, cut
        start = cut


def extract(paragraphs: list, year: Optional[int] = None, ends_text: bool = True) -> list:
    """Facts from the narrative paragraphs, each with its sentence (its clause when the
    sentence is very long) as printed and where it was found. `year`, the report's year
    when known, makes a count since that year (2020年以来…) the year's own. `ends_text`
    says the last paragraph is the document's last piece (no table after it), where a page
    cut short may have cut a number."""
    paragraphs = list(paragraphs)
    found = list(parts(paragraphs))
    before = {id(b): a for a, b in zip(paragraphs, paragraphs[1:])}   # each paragraph's predecessor
    out = []
    longest = lexicon.load_json("facts.json")["max_text_chars"]
    nlp = pipeline()
    extractor = nlp.get_pipe(NAME)
    opened, opening = {}, None   # each enumerated item's channel, that of the line announcing its list
    for para in paragraphs:
        if opening and extractor.item_start.match(para.text.strip()):
            opened[id(para)] = opening
        else:
            opening = extractor.opening_channel(para.text)
    previous = (None, -1)   # the paragraph and offset of the last fact
    placed = []             # the paragraph and offset of each fact in `out`
    in_paragraph = {}       # (offset, place in `out`, fact) of the facts of each paragraph, by offset
    known_years = {}        # the years dated_to() found for the sentence ends of each paragraph
    handled = set()         # where in `out` requests said only to be handled are
    none_said = set()       # where in `out` the zero requests said in words (未收到申请) are
    running_before = False  # whether the last fact read was a published running total, left out
    totals = set()          # (value, channel, category) of the published counts outside a list
    on_channel = {}         # (value, channel, category) of the published counts of one channel: (sentence, a list's item)
    said = set()            # (sentence, the count's offset in it, kind) of the facts so far
    dated_running = set()   # the offsets of the 累计 counts kept as dated to the report's year
    now_counts = set()      # (paragraph, offset) of the counts up to now (截至目前) kept as the year's
    published_at = {}       # the offsets of each paragraph's published facts, less those of counts up to now
    # Every piece segmented first, then read: jieba's dictionary (349,000 words) stays in the
    # CPU's caches across the pieces instead of being pushed out by the rules between them.
    docs = []
    for _, text, start, end, _ in found:
        timelimit.check("facts")
        docs.append(_doc(nlp, text[start:end]))
    for (para, text, start, end, opens), doc in zip(found, docs):
        timelimit.check("facts")
        piece = text[start:end]
        named_before = {}   # the counts that took their channel from the sentence before
        other_year = set()  # the counts dated to another year than the report's, whose items go with them
        stock = set()       # the year-end totals of an earlier report (running totals), whose items go with them
        restated = set()    # the running totals that name the year's count again, whose items are the year's
        listed = "all" if opens == "heading" else None
        if opens == "after" and out and out[-1]["kind"] == "published" and placed[-1][0] is before.get(id(para)):
            listed = out[-1]["channel"]   # the list of the paragraph before, cut at its semicolon
        read = extractor.read(doc, piece, listed)
        closed = year_end_totals(extractor, read, piece, year)
        for fact in read:
            at = start + fact["_start"]
            if fact["unit"] is None and not fact.get("_in_words") and ends_text and para is paragraphs[-1] \
                    and not text[start + fact["_end"]:].strip() \
                    and (fact.get("_item") or (len(paragraphs) > 1 and extractor.cut_run.search(text, start + fact["_start"],
                                                                                                start + fact["_end"]))):
                # a list's …行政职责类6, or a document's …全年共公示行政处罚4480012, as the text's last
                # characters: the page was cut there, within the number or after numbers it glued (a
                # short count, …共收到依申请公开1, lost only its unit; a line read alone is whole, and so
                # is a zero said in words)
                continue
            dated = extractor.dated_to(para.text, at, known_years.setdefault(id(para), {})) if year else None
            if year and (dated not in (None, year) or (dated is None and fact.get("_of") in other_year)):
                other_year.add(fact["_start"])
                continue   # 此外，2010年我镇公开信息24条 in the report for 2009
            if fact.get("_opened") and running_before:
                # 到年底累计公开信息5736条。在主动公开的信息中，政策法规类1523条…: the items of a
                # list that names no count of its own, right after a running total, are parts of it
                continue
            running_before = fact["kind"] == "published"
            if fact.get("_of") in stock or fact.get("_part_of") in stock \
                    or earlier_year_end(extractor, para.text, at, fact, year):
                stock.add(fact["_start"])
                continue   # 截止2016年12月31日，共主动公开信息35条 in the report for 2016: all published so far,
                # and its parts (其中：政府网站46条，微信58条…), though they name their own channels
            if fact.get("_running") and fact["_running_at"] == fact["_start"] \
                    and not spans_between(extractor.dated, para.text, previous_sentence_begin(para.text, at), at) and any(
                    f["kind"] == "published" and f["value"] == fact["value"] and f["channel"] == fact["channel"]
                    for f in out):
                # an undated 累计公开215条 after the year's 215 read before: the year's count named
                # again, whose items are the year's
                restated.add(fact["_running_at"])
                continue
            # 2020年，…。截至目前，我街道主动公开信息500条: counted up to now in a paragraph of the year
            up_to_now = bool(fact.get("_up_to_now")) and year_paragraph(
                extractor, para.text, at, year, (published_at.get(id(para)) or [at])[0] < at)
            if up_to_now:
                now_counts.add((id(para), at))
                offsets = published_at.get(id(para), [])
                del offsets[bisect_left(offsets, at):bisect_right(offsets, at)]
            if fact.get("_running") and year != extractor.first_year and not (year and fact.get("_since") == year) \
                    and fact["_running_at"] not in restated and not up_to_now \
                    and not running_dated(extractor, para.text, start + fact["_running_at"], start + fact["_running_cue"],
                                          at, fact, in_paragraph.get(id(para), []), dated_running):
                # 累计公开信息272条 with no year before it in its sentence or the one before (an item: its
                # total's), a running total (unless counted since the report's year: 累计公开2014年以来的…),
                # except in the Regulations' first year, when nothing had been
                # published under them before; a year named further back (全年公开…。…。二是…累计公开
                # 规划信息693条) dates what was said there
                if fact["_running_at"] not in closed:
                    continue
                fact = fact | {"confidence": "medium", "note": "; ".join(filter(None, [
                    fact["note"], "a total taken at the end of the report's year (截至年底累计) whose parts add up to it, "
                                  "read as the year's count"]))}
            if fact.get("_running"):
                dated_running.add(at)   # 2023年在微信累计发布860条；在抖音号累计发布41条: parallel, both dated
            if fact.get("_reposted"):
                continue
            if so_far(extractor, piece, fact, out):
                continue   # 2009年，主动公开1192条。截止2009年底，已主动公开8400多条: the running total
            if fact.get("_since") not in (None, year) and not up_to_now:
                continue   # 2008年以来…公开3000条 in a later year's report: a running total
            if up_to_now:
                fact = fact | {"confidence": "medium", "note": "; ".join(filter(None, [
                    fact["note"], "counted up to now (截至目前) in a paragraph of the report's year, read as the year's"]))}
            running_before = False
            if fact.get("_restates") and any(f["kind"] == "published" and f["value"] == fact["value"] for f in out):
                continue   # 在本年度主动公开的14条政府信息中，…: the 14 stated before, named again to open its list
            if fact.get("_unnamed"):
                channel = extractor.channel_before(para.text, at, previous[1] if previous[0] is para else -1)
                heading = before.get(id(para))
                if not channel and heading is not None and previous[0] is not para \
                        and not sentence_begin(para.text, at):
                    # （一）政府网站 on a line of its own above the paragraph, or a line announcing the
                    # enumerated items since (门户网站…专栏，发布以下内容：/ 1.…发布文件204件；/ 2.…)
                    channel = extractor.heading_channel(heading.text) or opened.get(id(para))
                note = "channel named in the sentence before"
                if not channel and fact["kind"] == "published":
                    channel = _lone_total_before(extractor, para.text, at, fact["value"], in_paragraph.get(id(para), []))
                    note = "channel of a count no smaller, alone in the sentence before"
                if channel:
                    named_before[fact["_start"]] = channel
                    fact = fact | {"channel": channel, "confidence": "medium", "note": note}
            elif fact.get("_of") in named_before and fact["channel"] == "all":
                fact = fact | {"channel": named_before[fact["_of"]]}
                # …对外宣传类97条（基层动态）。通知公告类46条: an item whose list went on from this one's
                named_before[fact["_start"]] = fact["channel"]
            # (a count over several channels it names, all, is no total restated; nor is an item of the
            # list a heading opened, 1.机构职能：…新增信息3条。/ 3.其他信息：…新增信息3条。, whose total is before it)
            whole = fact["kind"] == "published" and not fact.get("_totalled") \
                and not (fact.get("_named") and fact["channel"] == "all") and not (opens == "heading" and fact.get("_item"))
            if whole and (fact["value"], fact["channel"], fact["category"]) in totals:
                # 主动公开政府信息49条 in the summary, again before its list in section 一; 网站(108条) among
                # the channels, then 在网站公开信息共计108条: one count
                continue
            if whole:
                totals.add((fact["value"], fact["channel"], fact["category"]))
            if fact["kind"] == "published" and fact["channel"] != "all":
                key, sentence = (fact["value"], fact["channel"], fact["category"]), (id(para), sentence_begin(para.text, at))
                said_in, said_listed = on_channel.get(key, (sentence, False))
                if said_in != sentence and (whole or said_listed):
                    # 微博转发政务信息184条 among the kinds, then 微博转发政务信息数184条 among the channels: one
                    # channel's count, read before as a list's item, stated again in another sentence (but after
                    # a count standing alone, an item of a total counted, 其中通过网站发布64条, is a part of that
                    # total, and stays)
                    continue
                on_channel.setdefault(key, (sentence, bool(fact.get("_item"))))
            begin, stop = _sentence_or_clause(para.text, at, start + fact["_text_start"],
                                              start + fact["_text_end"], longest)
            if (para.text[begin:stop], at - begin, fact["kind"]) in said:
                continue   # a sentence printed again further on (a summary repeated) says its counts once
            said.add((para.text[begin:stop], at - begin, fact["kind"]))
            previous = (para, at)
            placed.append(previous)
            if fact.get("_handled"):
                handled.add(len(out))
            if fact.get("_in_words"):
                none_said.add(len(out))
            out.append({k: v for k, v in fact.items() if not k.startswith("_")} | {
                "text": para.text[begin:stop],
                "where": {**para.source.to_dict(), "offset": at, "text_offset": begin}})
            insort(in_paragraph.setdefault(id(para), []), (at, len(out), out[-1]))
            if fact["kind"] == "published" and (id(para), at) not in now_counts:
                insort(published_at.setdefault(id(para), []), at)
    if not any(f["kind"] == "requests_received" for f in out):
        out += _none_under_heading(extractor, paragraphs)
    received = [(n, f["value"]) for n, f in enumerate(out) if f["kind"] == "requests_received" and n not in handled]
    # 收到申请56件 in one section, 办理申请58件 in another: the report says how many it received;
    # 未收到依申请公开的来信 in one section, 共收到依申请公开2件 in another: the count says how many
    # (so 无相关政务信息公开 and 公开信息12条 elsewhere); a zero said again in words is said once
    counted = {f["kind"] for n, f in enumerate(out) if f["value"] and n not in handled}
    first = {}
    for n in sorted(none_said):
        first.setdefault(out[n]["kind"], n)
    dropped = (handled if received else set()) | {n for n in none_said if out[n]["kind"] in counted
                                                   or first[out[n]["kind"]] != n}
    out = [f for n, f in enumerate(out) if n not in dropped]
    return _once_per_value(out, extractor.once_per_value, extractor.rate_subjects)


def _lone_total_before(extractor, text: str, at: int, value: float, earlier: list) -> Optional[str]:
    """The channel of the one count of the sentence right before the one at `at` (`earlier`: the
    offsets, places in the record and facts read in the paragraph so far, by offset), when that count named its own one channel
    and is no smaller than `value`: 门户网站共发布信息5000条。发布通知公告类信息300条；…: a sentence
    that only counts a channel's items, and what the next one counts without naming where, is of them
    (as many, 网站公开文件6件。…，公开活动信息共6条, are the same place's too)."""
    end = sentence_begin(text, at)
    if not end:
        return None
    begin = previous_sentence_begin(text, at)
    inside = earlier[bisect_left(earlier, (begin,)):bisect_left(earlier, (end,))]
    if len(inside) != 1 or len(extractor.quantity.findall(text, begin, end)) != 1:
        return None
    total = inside[0][2]
    if total["kind"] != "published" or total["channel"] == "all" or total["confidence"] != "high" \
            or total["value"] < value:
        return None
    return total["channel"]


def _none_under_heading(extractor, paragraphs: list) -> list:
    """requests_received = 0 from a paragraph that only says 无 under a heading of requests
    (（二）依申请公开情况 / 无。): the heading names what there was none of."""
    for heading, para in zip(paragraphs, paragraphs[1:]):
        text = para.text.strip()
        if len(text) > 8 or not extractor.bare_none.fullmatch(text):
            continue
        title = heading.text.strip()
        if len(title) <= extractor.zero_heading_chars and extractor.zero_heading.search(title) \
                and not extractor.zero_not.search(title):
            return [{"kind": "requests_received", "value": 0, "unit": None, "approx": False, "channel": None,
                     "category": None, "confidence": "medium", "note": "a zero said in words under its heading",
                     "text": text, "where": {**para.source.to_dict(), "offset": 0, "text_offset": 0}}]
    return []


def _sentence_or_clause(text: str, at: int, clause_start: int, clause_end: int, longest: int) -> tuple:
    """(start, end) of the printed sentence around offset `at`, or of its clause when
    the sentence is longer than `longest`, without surrounding spaces."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, max(0, at - longest), at)), default=None)
    stop = SENTENCE_END.search(text, at, at + longest + 1)
    if (begin is None and at > longest) or (stop is None and len(text) - at > longest):
        begin, end = clause_start, clause_end
    else:
        begin, end = begin or 0, stop.end() if stop else len(text)
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


def _once_per_value(facts: list, once: set, subjects: dict) -> list:
    """A report that states its number of requests twice (收到申请1件 in section 一, again in
    section 三; 未收到申请 and also 0件) received them once; so with proposals handled
    (146件政协提案 restated before their satisfaction rate). The kinds are `once_per_value`.
    A satisfaction rate restated (in a title, then twice in the text) is one fact too, but
    only with the same subject: 建议满意率100% and 提案满意率100% are two."""
    out, seen = [], set()
    for fact in facts:
        key = None
        if fact["kind"] in once:
            key = (fact["kind"], fact["value"])
        elif fact["kind"] == "satisfaction_rate":
            before = fact["text"][:max(0, fact["where"]["offset"] - fact["where"]["text_offset"])]
            key = (fact["kind"], fact["value"], frozenset(n for n, rx in subjects.items() if rx.search(before)))
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        out.append(fact)
    return out
