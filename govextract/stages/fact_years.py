"""Which counts are the report's year's, where the words around a count say it may be a total over
years (docs/record.md's conventions): a running total (累计) dated to the year by its sentence or the
one before, a total taken at a year's end (截至年底) that is the year's count in a template report when
its items add up to it but a running total in an older one, a total counted up to now (截至目前) in a
paragraph of the report's year, and one said to be all published so far after the year's count.
`facts.extract` asks these of each fact it reads; `extractor` is the facts component (its lexicon)."""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from .fact_text import holds, previous_sentence_begin, sentence_begin, spans_between


def running_dated(extractor, text: str, running_at: int, cue: int, at: int, fact: dict, earlier: list,
                  kept: set) -> bool:
    """Whether a running count `fact` (its total at `running_at`, the count at `at`, the 累计 that
    made it one at `cue`) is dated to a year by its sentence or the one before (2023年，累计公开310条),
    given the facts read earlier in the text (`earlier`: offsets, places in the record and facts, by
    offset), less 累计 counts kept as dated (their offsets `kept`). A year that opens a published count of its channel read before the 累计 dates that count
    (2016年主动公开275条，累计公开1930条): the 累计 counts all years, unless it is that count again or
    the sum of the counts since the year (网站200条，公开栏75条，累计275条)."""
    begin = previous_sentence_begin(text, running_at)
    dates = spans_between(extractor.dated, text, begin, at)
    if not dates:
        return False
    if dates[-1][0] > running_at:
        return True   # 累计公开900条，其中本年度新增120条: the year names the item
    # 网站全年发布信息500条。微信公众号累计发布600条: the year dates the count of the sentence it
    # opens, whatever its channel, not a 累计 in a sentence of its own after it
    own = sentence_begin(text, running_at)
    # (the sum below adds counts, whole numbers however printed: in any order the same)
    between = [f["value"] for o, _, f in earlier[bisect_left(earlier, (dates[-1][1],)):bisect_left(earlier, (cue,))]
               if o not in kept and f["kind"] == "published"
               and ("all" in (f["channel"], fact["channel"]) or f["channel"] == fact["channel"] or o < own)]
    return not between or fact["value"] in between or fact["value"] == sum(between)


def year_paragraph(extractor, text: str, at: int, year: Optional[int], published_before: bool) -> bool:
    """Whether the paragraph `text` is about the report's year: it opens with that year as its frame
    (2020年，… / 2020全年，… / 本年度，…), names no other year before `at` and, as `published_before`
    says, counts nothing published before `at` (other than counts up to now): a count up to now there
    is the year's."""
    frame = extractor.year_frame.match(text) if year else None
    if frame is None or (frame[1] and int(frame[1]) != year):
        return False
    if holds(extractor.count_year_held, text, frame.end(), at) \
            and any(int(m[1]) != year for m in extractor.count_year.finditer(text, frame.end(), at)):
        return False
    return not published_before


def so_far(extractor, text: str, fact: dict, out: list) -> bool:
    """Whether a published count taken at a year's end says it is all published so far (截止
    2009年底，已主动公开8400多条) after a smaller count read before it in the report, of its
    channel or of all: the year's count was stated, and this is the running total."""
    if fact["kind"] != "published" or fact.get("_item") or fact.get("_running"):
        return False
    end = year_end_before(extractor, text, fact["_start"])
    if not end or not extractor.already.search(text, end.end(), fact["_start"]):
        return False
    return any(f["kind"] == "published" and f["value"] < fact["value"] and f["channel"] in ("all", fact["channel"])
               for f in out)


def year_end_before(extractor, text: str, at: int):
    """The year's end a count at `at` is taken at (截至年底, 截止2022年12月31日), named in its
    sentence before it, or in the sentence before when its own names no time and only goes on
    with where it was published (截至…，在政府网站公开130条。在局网站公开446条。), or None."""
    while True:   # (a loop: crawler text may run thousands of such sentences together)
        begin = sentence_begin(text, at)
        found = extractor.year_end.search(text, begin, at)
        if found or not begin or not extractor.continues_frame.match(text, begin) \
                or extractor.dated.search(text, begin, at):
            return found
        at = begin - 1


def earlier_year_end(extractor, text: str, at: int, fact: dict, year: Optional[int]) -> bool:
    """Whether a published count (at `at` in its paragraph's `text`) is taken at the end of the
    report's year (截止2016年12月31日，共主动公开信息35条) in a report older than the national
    templates: docs/record.md reads such a total as a running total, said 累计 or not; a count
    said to be the year's (全年) is not one."""
    if not year or year >= extractor.year_end_from or year == extractor.first_year \
            or fact["kind"] != "published" or fact.get("_item") or fact.get("_dated") or fact.get("_running"):
        return False
    end = year_end_before(extractor, text, at)
    return bool(end) and int(end[1] or year) == year


def year_end_totals(extractor, facts: list, text: str, year: Optional[int]) -> set:
    """The starts of the running totals read in `text` that are the year's count by the convention
    of docs/record.md: taken at the end of the report's year (截止2022年12月31日，累计公开945条) in a
    report of the national templates, with two or more items that add up to them (其中，网上公开134条；
    微信公开452条；公示板公开359条): the template counts the year's items, and such a total accounts
    for them. Without items, or in an earlier report (截至2012年底，累计公开…), a running total."""
    if not year or year < extractor.year_end_from:
        return set()
    out = set()
    for f in facts:
        if not f.get("_running") or f.get("_item") or f["_running_at"] != f["_start"] \
                or f.get("_items", 0) < 2 or f.get("_parts") != f["value"]:
            continue
        end = year_end_before(extractor, text, f["_start"])
        if end and int(end[1] or year) == year:
            out.add(f["_start"])
    return out
