"""Where a published count was published: the channel its own words name, else the one the words
after it name, its list's, the item's before it, or a larger count's before it in its sentence; several
channels named at once (modifiers, examples, accounts, 新媒体 summing up its examples) read down to the one
meant; channels named in turn before 分别 given to the counts in turn; the channel of the sentence or
heading before a count that names none. A mixin of facts.FactExtractor (`ChannelRules`): its methods read
the lexicon attributes FactExtractor.__init__ sets."""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from .fact_text import CLAUSE_END, CLAUSES_APART, SENTENCE_END, clause_begin, counts_after, ends_between, sentence_begin


class ChannelRules:
    """The extractor's reading of channels (mixed into facts.FactExtractor)."""

    def _channel(self, text: str, fact: dict, cues: list, starts: list, last: Optional[dict],
                 total: Optional[dict], near: list, item: bool, anchor: Optional[dict] = None,
                 in_list: bool = False, adopted_end: int = 0):
        """The channel of a published count: the one named since the previous fact and the last
        count of items others adopted (`adopted_end`) (for a list item, in its own words), else the one
        the words after it say it was published on (`_channel_named_after`), else its list's, else one
        named right after it, else that of a larger count before it in the sentence that named its own
        (`anchor`)."""
        if item:
            own = {c.id for c in near if c.label == "CHANNEL"}
        else:
            since = max(last["_end"] if last else 0, adopted_end)
            own = self._channels_in(text, cues, starts, since, fact["_start"], inside=True)
            # 加大政务新媒体公开力度，微博X发布信息120条: the one channel of the count's own clause decides.
            closest = self._named(text, [c for c in near if c.label == "CHANNEL"])
            own = closest if len(closest) == 1 else own
            if len(own) > 1:
                own = self._verb_channel(text, near, fact["_start"]) or self._printed_in(text, own, near, fact["_start"]) or own
        notes = ["an item of the list after a published count"] if item else []
        # 印发文件4件，及时通过政府网站予以公开 / 120件规范性文件通过某平台公开: where the words after it say it went
        named_after = None if own else self._channel_named_after(text, cues, starts, fact["_end"])
        if named_after:
            own = named_after
            notes.append("channel named after the count")
        if own:
            fact["channel"] = own.pop() if len(own) == 1 else "all"
            fact["_named"] = True   # extract(): a count over channels it names is no total restated
            # 通过政府网站公开…: a channel that governs a verb, and so the items joined after this one.
            fact["_governs"] = any(p.label == "PUBLISH" and any(c.label == "CHANNEL" and c.end <= p.start for c in near)
                                   for p in near)
        elif (item or in_list) and last is not None and last is not total and last.get("_governs") \
                and self.sibling.fullmatch(text, last["_end"], fact["_start"]) \
                and not self.sibling_subject.match(text, last["_end"], fact["_start"]) \
                and not self._own_means(text, fact, last["_end"]) \
                and not self._split_by_channel(text, cues, starts, total, last):
            # 通过政府网站公开分工2条、通知文件12条 (其中，网页发布简介32条，公开意见稿3条): the channel of
            # the item before, which governed its verb, goes on to the next one of the list; not to an
            # item whose own subject publishes (，各部门主动公开信息500条) nor past items split by channel.
            fact["channel"], fact["_governs"] = last["channel"], True
            notes.append("channel of the item before it")
        elif total is not None:
            fact["channel"] = total["channel"]
            fact["_of"] = total.get("_start")   # extract() passes on a channel found for the total later
            notes.append("channel of the count it belongs to")
        else:
            end = fact["_end"]
            # (a count that lost its unit is followed by a mark, or ran into the next clause, whose words follow it)
            # (not a channel with a count of its own after it: 信息500条（网站320条… / 500条其中网站320条 name
            # the parts of this count, which stays the total)
            after = [c.id for c in cues[bisect_left(starts, end):bisect_left(starts, end + self.channel_after)]
                     if c.label == "CHANNEL" and not CLAUSE_END.search(text, end, c.start)
                     and not counts_after(text, c.end)] if fact["unit"] else []
            fact["channel"] = after[0] if after else "all"
            if after:
                notes.append("channel named after the count")
            elif anchor is not None and not CLAUSES_APART.search(text, anchor["_end"], fact["_start"]) \
                    and (fact["value"] <= anchor["value"] or self._framed(text, cues, starts, anchor)) \
                    and not self._own_means(text, fact, last["_end"] if last else 0):
                # 通过网站发布信息21813条，政务动态信息更新量10078条: a smaller count after it is there
                # too (not after a semicolon: …59条信息；在抽查清单中公示了8条 is said of another place),
                # and any count is in a sentence that opens by saying where (通过镇网站对…进行公示，发布…10条，
                # 公开采购信息31条).
                fact["channel"], fact["_anchored"] = anchor["channel"], True
                notes.append("channel of a larger count before it in the sentence" if fact["value"] <= anchor["value"]
                             else "channel of the sentence's opening")
            else:
                fact["_unnamed"] = True   # extract() may find it in the sentence before
        if notes:
            fact["confidence"], fact["note"] = "medium", "; ".join(notes)

    def _own_means(self, text: str, fact: dict, since: int) -> bool:
        """Whether the own words of a count naming no channel (its clause, after the count before it
        at `since`) open by naming its own means of publishing before its verb (…，通过新闻发布会公开
        12条; `own_means`): it went another way than the channel of the count before it."""
        return self.own_means.match(text, max(clause_begin(text, fact["_start"]), since), fact["_start"]) is not None

    def _channel_named_after(self, text: str, cues: list, starts: list, end: int) -> Optional[set]:
        """The one channel the words right after a count at `end` say it was published on (`where_after`):
        a clause of its own (…4件，及时通过政府网站予以公开) or its name and then its verb (120件规范性文件
        通过某平台向社会公开); None where they name none or several (通过网站和公众号同步发布)."""
        where = self.where_after.match(text, end)
        if where is None:
            return None
        named = self._channels_in(text, cues, starts, where.start("where"), where.end("where"), inside=True)
        return named if len(named) == 1 and named != {"all"} else None

    def _framed(self, text: str, cues: list, starts: list, anchor: dict) -> bool:
        """Whether the sentence of `anchor` (a count that named its own channel) opens with a clause that
        says where it published (通过镇网站对年度报告进行公示，…) and names that channel alone."""
        begin = sentence_begin(text, anchor["_start"])
        if not self.continues_frame.match(text, begin):
            return False
        stop = CLAUSE_END.search(text, begin)
        stop = stop.start() if stop else len(text)
        named = self._channels_in(text, cues, starts, begin, stop)
        return named == {anchor["channel"]}

    def _split_by_channel(self, text: str, cues: list, starts: list, total: Optional[dict], last: dict) -> bool:
        """Whether the items of a list so far named two channels or more (其中网站公开300条，微信公开80条):
        a list split by channel, whose next item naming none (人事任免20条) is of none of them."""
        if total is None:
            return False
        named = self._channels_in(text, cues, starts, total["_end"], last["_end"])
        return len(named - {"all"}) > 1

    def _verb_channel(self, text: str, near: list, start: int) -> Optional[set]:
        """The one channel of the phrase right before the verb of a count that names several
        (利用网站、新媒体及公示栏在县政府网上共发布信息40条: 在县政府网上), or None: that
        phrase says where the count was published, the channels before it what was used."""
        verbs = [c for c in near if c.label == "PUBLISH" and c.end <= start]
        if len(verbs) != 1:
            return None
        verb = verbs[0]
        at = max((m.end() for m in self.channel_preposition.finditer(text, near[0].start, verb.start)), default=None)
        if at is None:
            return None
        channels = [c for c in near if c.label == "CHANNEL" and at <= c.start and c.end <= verb.start]
        named = self._named(text, channels)
        if len(named) != 1 or not self.verb_after_channel.fullmatch(text, channels[-1].end, verb.start):
            return None
        return named

    def _printed_in(self, text: str, own: set, near: list, start: int) -> Optional[set]:
        """The one periodical among several channels a count names, when its verb prints in one
        (`print_verbs`) and its sentence counted the periodical's issues before it (编印公报9期，并在
        网站、微信发布，共刊登文件47个: printed in the gazette), or None."""
        periodicals = own & self.issue_channels
        if len(periodicals) != 1 or not any(c.label == "PUBLISH" and self.print_verbs.fullmatch(text, c.start, c.end)
                                            for c in near):
            return None
        begin = sentence_begin(text, start)
        return periodicals if any(m["unit"] in self.issue_units for m in self.quantity.finditer(text, begin, start)) else None

    def _respective_channel(self, text: str, fact: dict, near: list, before: Optional[dict]):
        """Channels named in turn before 分别 (通过微博、微信公众号分别发布信息92条、306条): the
        first count takes the first, and each count that continues the values (`before`, the
        count it follows) the next, whatever channel the list it may stand in gave it (…其中重点领域信息
        891条，微博、微信分别发布信息243、166条: the series', not the website total's)."""
        if before is not None:
            rest = before.get("_series")
            if rest:
                fact["_unseries"] = (fact["channel"], fact["confidence"], fact["note"])
                fact["channel"], fact["_series"], fact["_series_of"] = rest[0], rest[1:], before["_series_of"]
                fact["confidence"], fact["note"] = "medium", "channels named in turn before 分别"
            elif not rest and "_series_of" not in before and fact["channel"] == "all" and before.get("_named"):
                # 在市级、县级媒体刊发文章分别达到8篇、15篇: one channel named before 分别 holds each value
                fact["channel"] = before["channel"]
                fact["note"] = "; ".join(filter(None, [fact["note"], "channel of the value before it, after 分别"]))
            return
        channels = [c for c in near if c.label == "CHANNEL" and c.id != "all"]
        ids = list(dict.fromkeys(c.id for c in channels))
        # 分别 after the channels (微博、微信分别发布…) or right before them (分别在网站、微信发布…)
        if fact["channel"] == "all" and len(ids) > 1 \
                and (self.respectively_word in text[channels[-1].end:fact["_start"]]
                     or self.respectively_before.search(text, max(0, channels[0].start - self.respectively_gap),
                                                        channels[0].start)):
            fact["_unseries"] = (fact["channel"], fact["confidence"], fact["note"])
            fact["channel"], fact["_series"], fact["_series_of"] = ids[0], ids[1:], fact["_start"]
            fact["confidence"], fact["note"] = "medium", "channels named in turn before 分别"

    @staticmethod
    def _series_unmatched(facts: list) -> list:
        """Channels named in turn go to the counts in turn only when there are as many counts as
        channels (通过网站、微信分别发布信息50条 says 50 of each, or of both): else all is undone."""
        complete = {f["_series_of"] for f in facts if "_series" in f and not f["_series"]}
        for f in facts:
            if "_series_of" in f and f["_series_of"] not in complete:
                f["channel"], f["confidence"], f["note"] = f["_unseries"]
        return facts

    def _channels_in(self, text: str, cues: list, starts: list, begin: int, end: int, inside: bool = False) -> set:
        """The channels named (`_named`) by the channel cues that start in text[begin:end]; `inside`:
        only those that end there too."""
        return self._named(text, [c for c in cues[bisect_left(starts, begin):bisect_left(starts, end)]
                                  if c.label == "CHANNEL" and (not inside or c.end <= end)])

    def _named(self, text: str, channels: list) -> set:
        """The channels named by these channel cues: 新媒体 followed by one platform without
        a joiner between (新媒体微信公众号, 新媒体平台“X”微信公众号) names that platform; joined
        (门户网站及政务新媒体) they are several."""
        ids = {c.id for c in channels}
        if len(ids) > 1:
            # 网上政府公报: online, right before another channel, says where that one is; and a site
            # right before an account (某市政府网站微信公众号, 政府网微博) says whose account it is
            modifiers = [c for c in channels if (self.channel_modifier.fullmatch(text, c.start, c.end)
                                                 or c.id in self.account_owners)
                         and any(0 <= o.start - c.end <= self.modifier_gap and o.id != c.id
                                 and (o.start > c.end or c.id in self.account_owners)
                                 and (c.id not in self.account_owners or o.id in self.accounts)
                                 and not self.channel_joiner.search(text, c.end, o.start)
                                 and not CLAUSE_END.search(text, c.end, o.start) for o in channels)]
            if modifiers:
                channels = [c for c in channels if not any(c is m for m in modifiers)]
                ids = {c.id for c in channels}
        if len(ids) > 1:
            # 门户网站公示栏, 外网门户—某局公告栏: a board named right after a site is a column of it
            columns = [c for c in channels if self.column_boards.fullmatch(text, c.start, c.end)
                       and any(o.id in self.column_owners and 0 <= c.start - o.end <= self.column_gap
                               and not self.channel_joiner.search(text, o.end, c.start)
                               and not CLAUSE_END.search(text, o.end, c.start) for o in channels)]
            if columns:
                channels = [c for c in channels if not any(c is b for b in columns)]
                ids = {c.id for c in channels}
        if len(ids) > 1:
            # 通过新闻媒体（电视、报纸等）: the channels in brackets right after one are examples of it
            # (those after 新媒体, which names no one channel, say which: 新媒体（微信公众号）)
            examples = [m.span() for m in (self.channel_examples.match(text, c.end) for c in channels
                                           if c.id != "all") if m]
            if examples:
                channels = [c for c in channels if not any(s < c.start < e for s, e in examples)]
                ids = {c.id for c in channels}
        if len(ids) > 1:
            # 媒体网站、报纸等其他媒体: the channels listed before 等 are examples of the one after it
            # (when one of them is of its kind: 政府网站、公众号等媒体 lists outlets of several kinds)
            # (the last example may be a name that is no channel word: 青山日报、某某网等省市纸媒)
            summary = next((c for c in channels if c.id != "all"
                            and (m := self.examples_then_channel.search(text, max(0, c.start - self.examples_reach), c.start))
                            and any(o.id == c.id and o.end <= m.start() and not CLAUSE_END.search(text, o.end, m.start())
                                    for o in channels)), None)
            if summary is not None:
                channels = [c for c in channels if c.start >= summary.start]
                ids = {c.id for c in channels}
        if len(ids) > 1:
            # 抖音、快手等新媒体平台: 新媒体, which names no one channel, sums up examples of one
            # kind, which it names no better (网站、微信等新媒体 lists two kinds: all; 公告栏等其他方式
            # adds means unnamed: all)
            summing = next((m for c in channels if c.id == "all" and self.new_media.fullmatch(text, c.start, c.end) and (
                m := self.examples_then_channel.search(text, max(0, c.start - self.examples_reach), c.start))), None)
            if summing is not None:
                examples = [c for c in channels if c.end <= summing.start()
                            and not CLAUSE_END.search(text, c.end, summing.start())]
                if len({c.id for c in examples}) == 1 and examples[0].id != "all":
                    channels = examples
                    ids = {c.id for c in channels}
        if len(ids) > 1:
            # “某县政府网”微信公众号, 微信“某县文旅在线”: a channel word in the quoted name of an
            # account right before or after its platform is part of the account's name
            quoted = [m.span() for m in self.quoted_name.finditer(text, max(0, min(c.start for c in channels) - 21),
                                                                  max(c.end for c in channels) + 21)]
            inside = [c for c in channels if any(s < c.start and c.end < e
                                                 and any(o.start == e or o.end == s for o in channels)
                                                 for s, e in quoted)]
            if inside:
                channels = [c for c in channels if not any(c is i for i in inside)]
                ids = {c.id for c in channels}
        if len(ids) > 1:
            # 今日头条公众号, 人民号: an account word right after a platform's name is an account there
            accounts = [c for c in channels if self.account_word.fullmatch(text, c.start, c.end)
                        and any(o.end == c.start and o.id not in (c.id, "all") for o in channels)]
            if accounts:
                channels = [c for c in channels if not any(c is a for a in accounts)]
                ids = {c.id for c in channels}
        if len(ids) == 2 and "all" in ids:
            general = min(c.start for c in channels if c.id == "all")
            first = min((c for c in channels if c.id != "all"), key=lambda c: c.start)
            if general < first.start and not self.channel_joiner.search(text, general, first.start):
                return {first.id}
        return ids

    def channel_before(self, text: str, at: int, since: int) -> Optional[str]:
        """The one channel named in the sentence before the count at `at`, when that sentence
        is about publishing there or is a short heading, and holds no count of its own (一是对微信公众号
        及时更新…。全年发布原创作品49篇。; （一）门户网站。全年发布…); None when anything since `since`,
        the previous fact, stands between."""
        ends = ends_between(SENTENCE_END, text, max(0, at - 2 * self.max_text), at)
        if not ends:
            return None
        begin, end = (ends[-2] if len(ends) > 1 else max(0, at - 2 * self.max_text)), ends[-1]
        # a short heading that names a channel (（一）门户网站。) needs no publishing word
        # (…等多种形式公开信息。: the channel named is one of several means, none of them the count's).
        # These tests first: each channel's words are searched only in a sentence that passes them.
        if since >= begin or self.several_ways.search(text, begin, end) \
                or not (self.publish_words.search(text, begin, end) or len(text[begin:end].strip()) <= self.channel_heading):
            return None
        named = [c for c, rx in self.channel_words.items() if rx.search(text, begin, end)]
        if len(named) != 1:
            return None
        # a periodical's issues (全年刊发公报24期，发放3万份。共刊登文件173个): what follows is printed in them
        issues = named[0] in self.issue_channels \
            and any(m["unit"] in self.issue_units for m in self.quantity.finditer(text, begin, end))
        return None if not issues and self.quantity.search(text, begin, end) else named[0]

    def heading_channel(self, text: str) -> Optional[str]:
        """The one channel a short heading names (（一）政府网站), with no count in it; else None."""
        text = text.strip()
        if len(text) > self.channel_heading or self.quantity.search(text):
            return None
        named = [c for c, rx in self.channel_words.items() if rx.search(text)]
        return named[0] if len(named) == 1 else None

    def opening_channel(self, text: str) -> Optional[str]:
        """The one channel a line announcing a list of what was published there names (门户网站
        “政府信息公开专栏”统一发布以下内容：), with no count in it; else None."""
        text = text.strip()
        if not text.endswith(self.opening_marks) or self.quantity.search(text) or not self.publish_words.search(text):
            return None
        named = [c for c, rx in self.channel_words.items() if rx.search(text)]
        return named[0] if len(named) == 1 else None
