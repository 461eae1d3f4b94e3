"""Where the clauses, sentences and bracketed asides of a narrative text begin and end, and the
number a quantity's match counts: the positions every fact rule reads a count's words by
(facts.py, fact_lists.py, fact_channels.py). Plain punctuation classes are compiled by `re`:
it reads them as `regex` does, and runs them faster.

Where a text's clauses and sentences end is found once per text (`mark_ends`), so that finding
a count's clause or sentence is a look-up however long its paragraph: crawler text with no line
breaks makes the whole narrative one paragraph of 100,000 characters, a count every few dozen."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Optional

from ..values import Number, quantity

CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")
SENTENCE_END = re.compile(r"[。！？!?]")
CLAUSES_APART = re.compile(r"[；;]")
CLOSE_BRACKET = re.compile(r"[)）]")
BRACKET = re.compile(r"[（()）]")
BRACKETED = re.compile(r"[（(][^（()）]{1,40}[)）]")
NON_SPACE = re.compile(r"\S")   # re: what str.isspace() and so str.strip() do not call white space
ITEM_MARKS = "、，,；;：: \u3000"   # what stands between two items of a list
DIGIT = re.compile(r"\d")


def counts_after(text: str, at: int) -> bool:
    """Whether a number follows `at` before its clause ends: the words there hold a count of their own."""
    end = CLAUSE_END.search(text, at)
    return DIGIT.search(text, at, end.start() if end else len(text)) is not None


def value_of(m) -> Optional[Number]:
    """The number a match of the quantity pattern counts, its digits grouped with a full-width
    comma as some pages print them (1，200条), or set apart by spaces as a PDF's text layer may
    print them (1 2 0 条)."""
    return quantity(m["num"].replace("，", ",").replace(" ", ""), m["mult"])


def last_match(pattern, text: str, begin: int, end: int):
    """The last of `pattern`'s matches in text[begin:end], found left to right as finditer finds
    them (a reversed search would find other, overlapping ones), or None."""
    found = None
    for found in pattern.finditer(text, begin, end):
        pass
    return found


def after_aside(name: str) -> str:
    """`name` from after the last bracket it closes without opening: the words of an aside
    on the item before (决算4篇（含预算、决算）、规范性文件5篇) are no part of the next
    item's name."""
    depth, cut = 0, 0
    for at, char in enumerate(name):
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth, cut = (depth - 1, cut) if depth else (0, at + 1)
    return name[cut:]


def closed_asides(text: str, begin: int, end: int) -> list:
    """The (start, end) of the brackets of text[begin:end] closed within it, outermost only.
    Read from bracket to bracket: a loop over every character cost as much as a rule."""
    spans, opened = [], []
    for m in BRACKET.finditer(text, begin, end):
        if m[0] in "（(":
            opened.append(m.start())
        elif opened:
            start = opened.pop()
            if not opened:
                spans.append((start, m.end()))
    return spans


def aside_before(text: str, begin: int, end: int) -> Optional[tuple]:
    """The (start, end) of the bracketed aside of text[begin:end] closed right before `end`
    (其他类信息（含人事、通知等内容）6条), only spaces between; None when there is none."""
    asides = closed_asides(text, begin, end)
    return asides[-1] if asides and not text[asides[-1][1]:end].strip() else None


@lru_cache(maxsize=16)
def mark_ends(mark, text: str) -> list:
    """The ends of the matches of `mark` (a class of one character: CLAUSE_END, SENTENCE_END) in
    `text`, in order. Kept for the last few texts: a paragraph and the pieces of it being read."""
    return [m.end() for m in mark.finditer(text)]


@lru_cache(maxsize=16)
def match_spans(pattern, text: str) -> list:
    """The (start, end) of `pattern`'s matches in `text`, in order. Kept for the last few texts."""
    return [m.span() for m in pattern.finditer(text)]


def spans_between(pattern, text: str, begin: int, end: int) -> list:
    """The (start, end) of `pattern`'s matches in the whole text (`match_spans`) lying in text[begin:end]:
    those pattern.finditer(text, begin, end) finds where no match of the whole text runs across `begin`
    or `end` and a lookaround there reads alike, as for the years and times read from a sentence's start
    to a count's (tests/test_facts_speed.py compares the two)."""
    spans = match_spans(pattern, text)
    return spans[bisect_left(spans, (begin,)):bisect_right(spans, end, key=lambda span: span[1])]


def holds(pattern, text: str, begin: int, end: int) -> bool:
    """Whether a match of `pattern` in the whole text (`match_spans`) lies in text[begin:end]."""
    spans = match_spans(pattern, text)
    i = bisect_left(spans, (begin,))
    return i < len(spans) and spans[i][1] <= end


def ends_between(mark, text: str, begin: int, end: int) -> list:
    """The ends of the matches of `mark` in text[begin:end] (those of mark.finditer(text, begin, end))."""
    ends = mark_ends(mark, text)
    return ends[bisect_right(ends, begin):bisect_right(ends, end)]


def clause_begin(text: str, at: int) -> int:
    """Where the clause holding offset `at` begins: after the last clause mark before it, or 0."""
    return last_at(mark_ends(CLAUSE_END, text), at)


def last_at(ends: list, at: int) -> int:
    """The last of the sorted positions `ends` at or before `at`, or 0."""
    i = bisect_right(ends, at)
    return ends[i - 1] if i else 0


def sentence_begin(text: str, at: int) -> int:
    """Where the sentence holding offset `at` begins."""
    return last_at(mark_ends(SENTENCE_END, text), at)


def previous_sentence_begin(text: str, at: int) -> int:
    """Where the sentence before the one holding offset `at` begins."""
    ends = mark_ends(SENTENCE_END, text)
    i = bisect_right(ends, at)
    return ends[i - 2] if i > 1 else 0
