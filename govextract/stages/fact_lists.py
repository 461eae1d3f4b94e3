"""Lists of published items: which counts after a published count are its items (其中…, 主要类别有：…,
a bare category count, a bracketed list, enumerated paragraphs under a heading), where a list opens,
goes on, returns to an outer list and closes, and which counts a list holds that are no items (the
entries of a count of no information, the total named again, interpretations, a count per part after
各). Also the parts of a count of interpretations broken down by channel or form, which are no items.

Two mixins, so that facts.py reads as one pass over the counts: `ListRules` holds the extractor's
stateless tests (it reads the lexicon attributes FactExtractor.__init__ sets), `ListReading` the
steps of `_Reading` that carry a list from one count to the next (`total`, `in_list`, `outer`,
`closed`, `entry_end`, `interpreted`)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .fact_text import (BRACKET, CLAUSES_APART, CLOSE_BRACKET, ITEM_MARKS, SENTENCE_END, aside_before, clause_begin,
                        last_at, previous_sentence_begin, value_of)

if TYPE_CHECKING:
    from .facts import Cue, _Count


@dataclass(slots=True)
class Interpretations:
    """A count of interpretations read as no fact (发布解读信息108条), and the parts of it that may follow
    (其中网站发布80篇，微信发布28篇): `end`/`value` while its parts are not yet looked for, then
    `until`/`left`/`listed` while they are being read (`ListReading._interpretations_part`)."""
    end: int = -1          # where the last count of interpretations ended (-1: none awaits its parts)
    value: float = 0       # how many it counted
    until: int = -1        # where its parts end
    left: float = 0        # how many of them no part has taken yet
    listed: bool = False   # whether the parts follow a list word


class ListRules:
    """The extractor's tests of lists (mixed into facts.FactExtractor)."""

    def _list_without_count(self, gap: list, opened: Cue) -> Optional[dict]:
        """The published items a list belongs to when they were named without a count
        (通过信息公开专栏公开政府信息，其中指南1条… / 主动公开的政府信息中，…): a stand-in total
        with the one channel named before the list, or None if what comes before is not
        a plain publishing of items (发布政策解读，其中…)."""
        before = [c for c in gap if c.end <= opened.start]
        if self.kinds.kinds_of([(c.label, c.start) for c in before], next(iter(self.published_units))) != ["published"]:
            return None
        named = {c.id for c in before if c.label == "CHANNEL"}
        return {"channel": named.pop() if len(named) == 1 else "all", "_end": opened.end}

    def _list_opened(self, text: str, start: int, gap: list, total: Optional[dict], in_list: bool = False) -> tuple:
        """(total, in_list) at the start of a sentence: the list of the previous sentence's
        count goes on after 其中…; 在主动公开的信息中，… opens a list of published items; a lone
        category count goes on only with a list the previous sentence was in."""
        opening = self.continues.match(text, start)
        if not opening:
            if in_list and total is not None and self.continues_last_item.match(text, start):
                return total, True   # …其中…，对外宣传类97条。通知公告类46条。: the list's last item
            if total is not None and self.continues_bare_items.match(text, start):
                stop = SENTENCE_END.search(text, start)
                if self.kind_cues is not None and not self.kind_cues.search(text, start, stop.end() if stop else len(text)):
                    return total, True   # …公开信息900条。人事信息8条，统计信息31条。: its items (parts())
            return None, False
        # the verb must be in the opening itself: one in the sentence before (…申请公开的信息…。
        # 其中，同意公开60件) opens no list of published items.
        inside = [c for c in gap if start <= c.start and c.end <= opening.end()]
        named = {c.id for c in inside if c.label == "CHANNEL"}
        if (total is None or len(named) == 1) and any(c.label == "PUBLISH" for c in inside):
            # 网站公开中，法规类40件…: the items of the one channel the opening names, whatever the total before
            return {"channel": named.pop() if len(named) == 1 else "all", "_end": opening.end(), "_opened": True}, True
        return total, total is not None

    def _list_item(self, text: str, kinds: list, near: list, unit: str, in_list: bool, length: int,
                   topics: bool = False, total_unit: Optional[str] = None, split: int = -1) -> bool:
        """Whether a quantity is an item of the list after a published count; `topics`: its name is
        a run of topics joined by 、 (政府会议、回应关切公众关注热点50条), whose activity words name them;
        `total_unit`: the unit of that count, which its items may share (发布信息63次，包括通知公告5次…);
        `split`: where the first 、 inside its name stands (-1: none)."""
        labels = {c.label for c in near}
        if unit is None:   # printed without a unit: only as an item of a list already opened
            return in_list and labels <= {"CHANNEL", "PUBLISH", "LIST", self.this_year}   # 其中政策文件20，
        # 回应公众关切19次 among the counts: each response an item; not responses its clause says were
        # made by some means (通过政务咨询栏目回应公众关注热点14次: answers given, no column of items)
        response = self.response in labels and unit in self.response_units and not any(
            c.label == self.response and self.response_means.search(text, clause_begin(text, c.start), c.start)
            for c in near)
        if (unit not in self.published_units and unit != total_unit and not response) or labels & self.list_breakers:
            return False
        verb = max((c.start for c in near if c.label == "PUBLISH"), default=-1)
        # 向县委办、县府办报送政务信息6条: what is sent to no channel is sent, not a topic of information
        sent = set() if any(c.label == "CHANNEL" for c in near) else {(c.start, c.end) for c in near
                                                                      if c.label == self.sending}
        if any(c.label == self.activity and c.start >= verb and (c.start, c.end) in sent for c in near):
            return False
        # …发布工作动态520条，各类政策、通告、服务咨询432条: beside a count, a run of topics whose
        # first names nothing done is one too (not 解答咨询、投诉56件)
        listed = (in_list and topics) or (split >= 0 and not any(c.label == self.activity and c.start < split for c in near))
        if not listed and any(
                c.label == self.activity and c.start >= verb and not self.activity_topic.match(text, c.end)
                and not (in_list and self.reposting.fullmatch(text, c.start, c.end))
                # 行政执法检查等具体行政行为类信息11条: an example of the kind named after 等, a topic
                and not (in_list and self.examples_activity.match(text, c.end)) for c in near):
            return False   # 在线访谈2期 is something done, not a kind of item published (培训信息6条 is;
            # so are the items reposted, 转载…重要信息661条, in a list of those published)
        # 人大代表建议及政协委员提案办理结果22条 names both kinds of a group, which give it neither
        # (only documents so named are carried: inside a list any such count is an item already)
        joint = [] if kinds or not any(c.label == "DOCUMENT" for c in near) else [
            k for k in self.kinds.kinds_of([(c.label, c.start) for c in near], unit, each=True)
            if self.kinds.kinds[k].group is not None]
        if kinds or len(joint) > 1:
            # 公开建议提案办理复文…，其中人大代表建议18件: a category of what was published;
            # 公开人大代表建议办理结果103件，政协委员提案办理结果99件 (or 建议及提案办理结果22条): the verb
            # before goes on to a clause of documents with no verb of its own.
            documents = [(c.start, c.end) for c in near if c.label == "DOCUMENT"]
            verbs = [c for c in near if c.label in ("PUBLISH", "RECEIVE")   # 办理 inside 办理结果 is no verb
                     and not any(s <= c.start and c.end <= e for s, e in documents)]
            carried = bool(documents) and not verbs and length <= self.inherit_max
            return (in_list or carried) and all(self.kinds.kinds[k].yields_to_list for k in kinds or joint)
        if in_list:
            return True
        # …，政府信息公开指南1条，建议提案办理情况1条: a sibling named by what its documents say of the
        # handling of suggestions or proposals (its last word one of DOCUMENT's), with no verb of its own,
        # is information on that handling published, as 公开建议提案办理信息3条 is
        end = max((c.end for c in near), default=-1)
        last = next((c for c in near if c.label == "DOCUMENT" and c.end == end), None)
        if last is not None and length <= self.inherit_max \
                and not any(c.label in ("PUBLISH", "RECEIVE") and c.end <= last.start for c in near):
            return True
        # 公开规划信息13条，常务会议信息25条: a topic of information (会议信息) is no activity
        own = {c.label for c in near if not (c.label == self.activity and (listed or self.activity_topic.match(text, c.end)))}
        return own <= {"CHANNEL", self.this_year, self.response} and length <= self.inherit_max

    def listed_item(self, text: str, listed: Optional[bool]) -> Optional[bool]:
        """Whether a paragraph is an enumerated item under a short heading that breaks down what was
        published (从公开内容看：/ 1、工作动态类信息160条。 / 2、…): True for such an item, None
        for the heading, False for anything else. `listed`: the same for the paragraph before."""
        text = text.strip()
        if listed is not False and (self.item_start.match(text) or self.goes_on(text)) and self.quantity.search(text):
            # (a heading such as （二）依申请公开 counts nothing, and ends the items; so does a paragraph
            # that publishes, 其他方式公开信息9条); an item may go unnumbered (工作动态类信息160条；)
            return True
        if len(text) <= self.channel_heading and self.list_heading.fullmatch(text) and self.publish_words.search(text):
            return None
        # …主动公开政府信息8条。在主动公开的8条信息中，主要类别如下： the heading may end the paragraph
        # that counts what it breaks down (…公开政府信息160条。按信息类别分：): its last clause, after a
        # sentence about what was published or in one
        tail = clause_begin(text, len(text) - 1)
        if tail and self.list_heading.fullmatch(text, tail) \
                and self.publish_words.search(text, previous_sentence_begin(text, len(text) - 1)):
            return None
        return False

    def goes_on(self, text: str) -> bool:
        """Whether a paragraph opens with a count of a category, with no publishing word
        (工作动态信息500条，…): after a paragraph cut at a semicolon, an item of its list."""
        m = self.item_line_start.match(text)
        return m is not None and not self.publish_words.search(text, 0, m.end())


class ListReading:
    """The steps of facts._Reading that read lists (mixed into it)."""

    def _join_list(self, count: _Count) -> Optional[Cue]:
        """A list word since the previous count (其中, 主要类别有：) opens or goes on with the list of
        the published count before it, or of published items named without a count; returns
        the list word of the count's sentence, if any."""
        x, last, gap = self.x, self.last, count.gap
        # 其他类信息（含人事、通知等内容）6条: a list word inside an aside closed right before the count
        # says what the item held; it opens no list of the count's
        aside = aside_before(self.text, self.prev_q, count.start)
        if aside:
            gap = [c for c in gap if not (c.label == "LIST" and aside[0] <= c.start < aside[1])]
        opened = next((c for c in gap if c.label == "LIST" and c.start >= count.sentence), None)
        if opened is not None and self.total is not None and self.entry_end == self.prev_q:
            # …，目录信息更新900条，其中公开规划信息20条: a list right after an item that was an
            # entry of no information holds that item's parts, entries too
            self.total = {"_void": True, "_start": self.prev_q, "channel": self.total["channel"]}
        elif self.total is None and last is not None and last["kind"] == "published" \
                and any(c.label == "LIST" and c.id == x.bracket and c.start == last["_end"] for c in gap):
            # 新媒体700条（微博500条、微信200条） after the items that made up its total: a bracket
            # right after a count opens that count's own list
            self.total = last
        elif self.total is None and opened is not None:
            self.total = x._list_without_count(gap, opened)
        if self.total is not None and any(c.label == "LIST" for c in gap):
            # …政策解读1件；法定主动公开内容：政府领导1件…: a head of its own (a name and a colon after
            # the entry before) opens a group of the list it is in, not a list of the item before it
            # 其中网站公开320条，包括：工作动态200条…: a list word before the colon names no group; the
            # list is the item's own
            headed = self.in_list and any(c.label == "LIST" and x.list_entry_gap.fullmatch(self.text, self.prev_q, c.start)
                                          and not x.list_word_head.fullmatch(self.text, self.prev_q, c.start)
                                          for c in gap)
            if self.in_list and last is not None and last is not self.total \
                    and any(c.label == "LIST" and c.id == x.bracket for c in gap):
                self.outer = self.total   # a bracket after an item opens that item's own list
            elif not self.in_list and last is self.total and not last.get("_item") and last["kind"] == "published" \
                    and any(c.label == "LIST" and c.id == x.bracket and c.start == last["_end"] for c in gap):
                # 更新工作动态50条（市级30条，县级20条），政策文件12条: a count's own bracketed list;
                # the counts named after it close are its siblings, a list of published items of its channel
                self.outer = {"channel": last["channel"], "_end": last["_end"]}
            self.in_list = True
            # 微信公众号2443条，其中乡村振兴228条…: the list belongs to the item just before it.
            if not self.total.get("_void") and not headed:
                self.total = last if last is not None and last["kind"] == "published" else self.total
        return opened

    def _item(self, count: _Count, kinds: list, glued: bool = False) -> Optional[bool]:
        """Whether the count is an item of the open list; None when it is a count the list
        holds that is no item published (an entry of what was counted, its total named
        again, what was released on request, interpretations), and the list goes on past it.
        `glued`: printed without unit or mark before the next item's name."""
        x, text, near, unit, start, total = self.x, self.text, count.near, count.unit, count.start, self.total
        # 发布预警信息3000条次，森林火险预警信息20次: a total counted in 条次 has its items in 次
        total_unit = total.get("unit") if total is not None else None
        if total_unit and text.startswith(x.times_suffix, total.get("_end", 0)):
            total_unit = x.times_suffix
        if total is not None and total.get("_response"):
            total_unit = None   # 回应关切13次，其中负责人回应4次: responses in 次 are items by their name, not by the unit
        # A number printed without a unit larger than its list's total is no item of it (订阅数9152); one
        # glued to the next item's name lost its unit and mark, and says by its place that it is one (of
        # a total counted: 涵盖…等8大类32项 counts kinds of a list named without a count).
        named = start - len(text[count.scope:start].lstrip(ITEM_MARKS))   # where its name begins
        item = total is not None and x._list_item(text, kinds, near, unit, self.in_list, start - count.scope,
                                                  "、" in text[count.scope:start], total_unit,
                                                  text.find("、", named, start)) \
            and (unit is not None or count.value <= total.get("value", 0) or (glued and "value" in total)) \
            and not ("published" in x.veto_after and x.veto_after["published"].match(text, count.end))
        # …刊登稿件5篇，41篇被某县发布采用: what follows a count vetoes it as an item as it does as a count
        if item and not self.in_list and x.deed_lead.match(text, count.scope):
            item = False   # 公开信息200条，完成公开招标项目17个: a clause of other work done, no sibling item
        if total is not None and total.get("_void") and x._names_information(count.name, near):
            self.total, self.in_list, item = None, False, False   # 其中，通过网站公开信息50条: its own words end the entries
            total = None
        listed = (item or (self.in_list and kinds == ["published"])) and total is not None
        void = listed and total.get("_void")
        # 省政府工作报告2条（中英文各1条）: a count per part of the item it splits; but 制度、指南、年报各1条,
        # an item of its own naming its parts, is one count stated
        each = text.endswith(x.each, 0, start) and not self._each_named(count)
        if listed and ((void and self.in_list) or each
                       or ((void or unit in x.entry_units)
                           and x._counts_no_information(text, count.m, count.scope, count.name))
                       or x._counts_messages(count.name)
                       # …，明确了22条重点任务: what it names after its number is no information, in any unit
                       or x._no_information_after(text, count.m)
                       or x._names_no_information(text[count.scope:start].lstrip(ITEM_MARKS))):
            # 权力清单230个。其中行政许可13项…: the entries of what was counted, not items published;
            # 省政府工作报告2条（中英文各1条）: a count per part of the item it splits; 权责清单30项 among
            # the items counts no information (in 项/个 only: 重点工作12条 among them names a column).
            # Joined to a count of no information without a list word, a count is its sibling
            # (公开办事指南156条、政策文件30件): published when it names information, under the same verb.
            self.entry_end = count.end
            if not (void or each):
                self._hold(count)   # 权责清单1件 among the items: one after all if the list adds up with it
            return None
        if listed and not total.get("_items") and unit is not None and count.value == total.get("value") \
                and (count.after or x._category(count.name) is None or x.restated_kind.fullmatch(count.name)) \
                and x.this_year not in count.labels \
                and not any(c.label == "CHANNEL" and c.id not in ("all", total["channel"]) for c in near):
            # 累计公开206条，其中主动公开信息数为206条: the total named again, no item of it (其中本年度
            # 新增的主动公开信息3条 is the year's count, even when it equals the running total); 其中网站
            # 公开30条 says where all 30 went, the count of that channel; 其中40条全文电子化信息 names
            # only after its number what the total's items all are; 法定主动公开内容 names the kind all
            # proactive items are, so equal to the total it names the total again
            return None
        name = text[count.scope:start].lstrip(ITEM_MARKS)
        if (item or (self.in_list and kinds == ["published"])) and x.not_item_names.match(name):
            return None   # …其中主动公开信息数为206条，依申请公开信息数为0条: information released on request
        if item and any(c.label in x.not_items for c in near) and not x.items_joined.search(x._after_counts(name)):
            # 政策解读5条 among the items: not counted as published (as 发布政策解读12篇 is not); the
            # list goes on. 政策法规及解读8条 (政策解读、回应关切18条) names other items with them, and stays.
            self._hold(count, rescued=False)   # …though the total counts them, as a sum says
            return None
        if item and x.not_published_before.search(text, count.scope, start):
            # （相同信息计1条） / 免予公开的文件78条 among the items: no item published; the list goes on
            return None
        return item

    def _each_named(self, count: _Count) -> bool:
        """Whether a count after 各 is a list item of its own that names its parts joined by 、 before
        it, outside brackets (…，信息公开制度、指南、年度报告各1条，…): one count stated, the list's item."""
        words = self.text[count.scope:count.start]
        return "、" in words and not BRACKET.search(words)

    def _hold(self, count: _Count, rescued: bool = True) -> bool:
        """Whether a count its words rule out stands as an entry of the open list all the same, first
        in its clause and in a unit its items may have (…审计结果4条，审计整改1条，其他信息5条; items
        counted in 期): it is held beside the list's total, which goes on past it; `_rescue` makes it
        an item if the list's items, it among them, add up to that total. One never `rescued` (an
        interpretation among the items) only counts toward that sum."""
        total = self.total
        if not (self.in_list and total is not None and total.get("value") and "_start" in total) \
                or total.get("_void") or count.value is None:
            return False
        if count.unit not in self.x.published_units and count.unit != total.get("unit"):
            return False
        if last_at(self.clause_ends, count.start) < self.prev_q \
                and not self.x.list_entry_gap.fullmatch(self.text, self.prev_q, count.start):
            return False   # …公开2条发布信息40条: another count of its own clause came first, no entry before it
        total.setdefault("_held", []).append((count, rescued))
        return True

    @staticmethod
    def _held_sum(total: dict) -> float:
        return sum(c.value for c, _ in total.get("_held", ()))

    def _rescue(self, total: dict):
        """The counts held beside a total (`_hold`) are its items when its items and they add up to it
        exactly (信息82条，其中…9期，…12期…: each issue one item; …，审计整改1条，…: a kind of
        information, not items put right); else they stay no facts."""
        x, text = self.x, self.text
        adds_up = total.get("_parts", 0) + self._held_sum(total) == total["value"]
        held = total.pop("_held")
        if not adds_up:
            return
        for count, rescued in held:
            if not rescued or x._counts_messages(count.name) or any(
                    c.label in x.list_breakers and not text[c.end:count.start].strip() for c in count.near):
                # 回复群众诉求11件 among them: answers to the public, never items, whatever the sum says;
                # 规章13件（含新制定5件，修改4件，废止4件）: what a word that breaks lists names (rules
                # amended or repealed) stays none too, though 整改情况1期 names a report
                continue
            fact = x._fact(text, count.m, "published", count.name, self.clause_ends)
            fact["category"] = x._disclosure_name(text, count) or fact["category"] or x._named_before_verb(text, count)
            fact["channel"], fact["_of"], fact["_item"], fact["_totalled"] = total["channel"], total.get("_start"), True, True
            fact["_dated"] = total.get("_dated", False)
            for key in ("_running", "_running_at", "_running_cue", "_opened", "_stock", "_since"):
                if total.get(key) is not None:
                    fact[key] = total[key]   # the total's standing (a running total, since a year) is its items'
            fact["confidence"] = "medium"
            fact["note"] = "an item of the list after a published count; channel of the count it belongs to; " \
                           "an item its words alone would rule out, kept as its list's items add up to the total with it"
            total["_parts"], total["_items"] = total.get("_parts", 0) + fact["value"], total.get("_items", 0) + 1
            self.facts.insert(bisect_left([f["_start"] for f in self.facts], fact["_start"]), fact)

    def _outer_list(self) -> Optional[dict]:
        """The total the open list's total is an item of, if its items so far fall short of it."""
        at = self.total.get("_of")
        outer = next((f for f in self.facts if f["_start"] == at and f["kind"] == "published"), None) \
            if at is not None else None
        if outer is None or not outer.get("value") or outer.get("_parts", 0) >= outer["value"]:
            return None
        return outer

    def _split_by_channel_only(self) -> bool:
        """Whether the items of the open list so far each named a channel of their own, two or more
        in all (其中网站公开300条，其他方式公开200条): they split the total by where it went, and
        a category counted after them (规范性文件2条) splits it another way, an item still."""
        items = [f for f in self.facts if f["kind"] == "published" and f["_start"] > self.total["_end"]]
        return all(f.get("_named") for f in items) and len({f["channel"] for f in items}) > 1

    def _interpretations_part(self, m, gap: list, scope: int, start: int) -> bool:
        """Whether the count at `start` breaks down a count of interpretations read right before it
        by channel or form (发布解读信息108条，其中网站发布80篇，微信发布28篇; 发布政策解读45篇，网站30篇，
        微信15篇): interpretations too, no items published. Its parts follow it, after a list word or
        naming only where they went, up to its clause-run's end (；, 。), or in brackets to their close
        (政策图解3条（其中1条动漫解读）、意见征集2条); each names no kind of its own and they add up to
        no more than the interpretations (发布政策解读15篇，其中图文解读6篇，全年通过网站公开信息360条;
        发布政策解读14个，规范性文件64个: other counts)."""
        x, text = self.x, self.text
        seen = self.interpreted
        if seen.end != self.prev_q and start >= seen.until:
            return False   # most counts: no interpretations counted right before, nor their parts open
        value = value_of(m)   # read here: most counts never need it
        if value is None:
            return False
        near = [c for c in gap if c.start >= scope and c.end <= start]
        name = x._counted_name(text, scope, start, near)
        if x._category(name) is not None:
            return False
        if seen.end == self.prev_q:
            opened = next((c for c in gap if c.label == "LIST" and not text[seen.end:c.start].strip(ITEM_MARKS)), None)
            if opened is None and not any(c.label == "CHANNEL" for c in near):
                return False
            at = opened.start if opened is not None else start
            marks = (CLOSE_BRACKET,) if opened is not None and BRACKET.match(text, at) else (SENTENCE_END, CLAUSES_APART)
            stops = [m.start() for m in (mark.search(text, at) for mark in marks) if m]
            # without a list word, a part names only where it went (网站30篇), not information (网站公开信息15条)
            seen.until, seen.left, seen.listed = min(stops, default=len(text)), seen.value, opened is not None
            seen.end, seen.value = -1, 0   # its parts are found once
        if start >= seen.until or value > seen.left or not (seen.listed or not name):
            return False
        seen.left -= value
        return True
