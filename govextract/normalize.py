"""Character-level clean-up shared by every reader.

Reports mix full-width and ASCII digits, non-breaking and ideographic spaces,
zero-width characters, and (from PDFs) spaces between every CJK character and
number. Punctuation is left as printed: statements are quoted verbatim.
"""
from __future__ import annotations

import re
import unicodedata

import regex

from . import lexicon

_CHAR_MAP = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
# Kangxi and supplementary radicals that some editors print for look-alike characters
# (⼯作, ⼀是): read as the characters they stand for, their compatibility mapping.
_CHAR_MAP.update({cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2E80, 0x2FE0)
                   if len(unicodedata.normalize("NFKC", chr(cp))) == 1
                   and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)})
# The supplement's simplified forms (⻓, ⻔) have no such mapping: the lexicon gives theirs.
_CHAR_MAP.update({ord(radical): char for radical, char in lexicon.load_json("script.json")["radicals"].items()})
# Classes of plain characters are compiled by `re`, which reads them as `regex` does and
# calls and scans several times faster (spaces() runs on every table cell); `regex` is
# for what `re` lacks (\p{Han}).
# str.translate visits every character in Python; most text has none to change.
_MAPPED_RUN = re.compile(r"[０-９％．\u2e80-\u2fdf]+")   # escapes read by re: no radicals in the code
_MULTI_SPACE = re.compile(r" {2,}")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")
_ANY_SPACE = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")   # what spaces() can change
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# What chars() changes, either kind: most texts hold none, and one search for both costs a third
# of the two substitutions (a text report's whole text goes through chars()).
_CHANGED = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad０-９％．\u2e80-\u2fdf]")
# A space is dropped when a CJK character or CJK punctuation stands on either side.
_CJK_GAP = regex.compile(r"(?<=[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf}，。；：、！？…—]) +|"
                         r" +(?=[\p{Han}\p{Ps}\p{Pe}\p{Pi}\p{Pf}，。；：、！？…—%])")
PAGE_NUMBER = regex.compile(lexicon.load_json("marks.json")["page_number"])


def chars(text: str) -> str:
    """Full-width digits to ASCII, radicals to the characters they print, odd spaces to
    plain ones, invisible marks removed."""
    if not _CHANGED.search(text):
        return text
    text = _ZERO_WIDTH.sub("", text)
    return _MAPPED_RUN.sub(lambda m: m[0].translate(_CHAR_MAP), text)


def spaces(text: str) -> str:
    """Collapse spacing, keeping only spaces between two non-CJK words."""
    if not _ANY_SPACE.search(text):
        return text.strip()   # most table cells (0, 规章): one search instead of three substitutions
    text = _SPACES.sub(" ", text)
    text = _MULTI_SPACE.sub(" ", text)
    return _CJK_GAP.sub("", text).strip()


def paragraph(text: str) -> str:
    return spaces(chars(text))
