"""The one grammar of item and heading markers (一是, （一）, 1., ①, 第一, 首先…).

Tables strip a row label's marker, the text reader tells headings from
prose, section 五 splits its items on them and scoring ignores them. All of
them compile their patterns here from `lexicons/enumerators.json`, so a
marker is taught once and means the same thing everywhere.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from . import lexicon
from .values import chinese_to_int

_REF = regex.compile(r"\{(\w+)\}")


def _grammar() -> dict:
    return lexicon.load_json("enumerators.json")


def _expand(pattern: str) -> str:
    markers = _grammar()["markers"]
    return _REF.sub(lambda m: "(?:" + _expand(markers[m[1]]) + ")", pattern)


@lru_cache(maxsize=None)
def pattern(use: str) -> regex.Pattern:
    """The compiled pattern of one use (`table_label`, `text_heading`, …)."""
    return regex.compile(_expand(_grammar()["uses"][use]))


@dataclass(frozen=True)
class Family:
    """One way of numbering items. A match's `mark` group is the marker; its
    `strong` group is set when the marker follows a clause end or starts the text.
    An `after_break` family's markers count only there, or as a first item glued
    to its lead-in (我们将1.加强…). `marker` is the marker alone: a text in which it is
    not found holds none of the family's matches, and it is found faster than they are."""
    rx: regex.Pattern
    value: Optional[str]
    after_break: bool
    marker: regex.Pattern
    order: tuple = ()

    def number(self, mark: str) -> Optional[int]:
        """The item number a marker prints (二是 → 2, （3） → 3, ② → 2); None when uncounted (其次)."""
        return _number(self.value, self.order, mark)


@lru_cache(maxsize=4096)
def _number(value: Optional[str], order: tuple, mark: str) -> Optional[int]:
    """`Family.number`, read once per marker: the same few (一是, （二）, 3.) number every list, and
    reading one took as long as a search of the item's text."""
    if value is None:
        return None
    if value == "ordered":
        word = _not_word().sub("", mark)
        return order.index(word) + 1 if word in order else None
    core = _not_number().sub("", mark)
    if value == "digit":
        return int(core)
    if value == "cn":
        return cn_number(core)
    chars = _grammar()["markers"][value].strip("[]")
    return chars.index(core[0]) + 1


@lru_cache(maxsize=None)
def _not_word() -> regex.Pattern:
    """What in a worded marker is not its word: spaces and punctuation (另一方面， → 另一方面)."""
    return regex.compile(r"[\s\p{P}]")


@lru_cache(maxsize=None)
def _not_number() -> regex.Pattern:
    """What in a marker is not its number: brackets, 第, 是, punctuation."""
    return regex.compile("(?!" + _expand("{digit}|{cn}|{paren_ideograph}|{circled}") + ").")


def cn_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20 (the numerals of lexicons/numerals.json)."""
    return chinese_to_int(text) or 0


@lru_cache(maxsize=None)
def families() -> tuple:
    """The item-numbering families of section 五, in the lexicon's order."""
    grammar = _grammar()
    brk = grammar["break"]
    out = []
    for fam in grammar["families"]:
        mark = _expand(fam["marker"])
        strong = rf"(?:(?P<strong>^|(?<={brk}))\s*)"
        guard = f"(?<![{fam['not_after']}])" if fam.get("not_after") else ""
        out.append(Family(regex.compile(rf"{strong}?{guard}(?P<mark>{mark})"), fam["value"], fam["after_break"],
                          regex.compile(mark), tuple(fam.get("order", ()))))
    return tuple(out)
