"""Character-level clean-up shared by every reader.

Reports mix full-width and ASCII digits, non-breaking and ideographic spaces,
zero-width characters, and (from PDFs) spaces between every CJK character and
number. Punctuation is left as printed: statements are quoted verbatim.
"""
from __future__ import annotations

import re

import regex

from . import lexicon

_FULLWIDTH = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
# Classes of plain characters are compiled by `re`, which reads them as `regex` does and
# calls and scans several times faster (spaces() runs on every table cell); `regex` is
# for what `re` lacks (\p{Han}).
# str.translate visits every character in Python; most text has none to change.
_FULLWIDTH_RUN = re.compile("[０-９％．]+")
_MULTI_SPACE = re.compile(r" {2,}")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")
_ANY_SPACE = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")   # what spaces() can change
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# A space is dropped when a CJK character or CJK punctuation stands on either side.
_CJK_GAP = regex.compile(r"(?<=[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf}，。；：、！？…—]) +|"
                         r" +(?=[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf}，。；：、！？…—%])")
PAGE_NUMBER = regex.compile(lexicon.load_json("marks.json")["page_number"])


def chars(text: str) -> str:
    """Full-width digits to ASCII, odd spaces to plain ones, invisible marks removed."""
    text = _ZERO_WIDTH.sub("", text)
    return _FULLWIDTH_RUN.sub(lambda m: m[0].translate(_FULLWIDTH), text)


def spaces(text: str) -> str:
    """Collapse spacing, keeping only spaces between two non-CJK words."""
    if not _ANY_SPACE.search(text):
        return text.strip()   # most table cells (0, 规章): one search instead of three substitutions
    text = _SPACES.sub(" ", text)
    text = _MULTI_SPACE.sub(" ", text)
    return _CJK_GAP.sub("", text).strip()


def paragraph(text: str) -> str:
    return spaces(chars(text))
