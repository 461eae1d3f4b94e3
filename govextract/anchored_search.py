"""Searching with a slow pattern only where its matches can be.

A pattern that opens with a run of any Chinese characters and ends with one of
several words (`\\p{Han}{2,12}?(?:门户网站|…)`) is tried at every character of a
text, and a few such patterns cost more than the rest of a parse. Every match
of one holds a word that can be found fast (its anchor), so
`lexicons/anchors.json` names the anchor of each slow pattern (by the pattern's
exact text): a text without it is skipped, and where the entry bounds how far a
match reaches around its anchor, only the stretches around the anchor's
occurrences are searched. A pattern that opens with a list of words
(`(?:主办单位|版权所有|…)…`) is listed with `words` instead: every match holds
one of them, and `str`'s substring test finds a word many times faster than
either engine scans for an alternation of words, so a line holding none is
skipped. The matches are exactly those of a full search; a pattern not listed,
or edited since, is searched in full.
"""
from __future__ import annotations

from functools import lru_cache, partial

import regex

from . import lexicon

# Where a window's edge could change what these see, the text is searched whole; not where an entry
# says its lookarounds see only its own match (`lookarounds_inside`), which a window holds whole.
_CONTEXT = regex.compile(r"\^|\$|\\b|\\B|\\A|\\Z|\(\?[=!<]")


@lru_cache(maxsize=None)
def _words() -> dict:
    """pattern -> the words one of which every match holds."""
    return {entry["pattern"]: tuple(entry["words"]) for entry in lexicon.load_json("anchors.json")["patterns"]
            if "words" in entry}


@lru_cache(maxsize=None)
def _anchors() -> dict:
    """pattern -> (its anchor compiled, chars before the anchor, chars after it) (None, None: no bound)."""
    out = {}
    for entry in lexicon.load_json("anchors.json")["patterns"]:
        if "anchor" not in entry:
            continue
        bounded = "before" in entry and (entry.get("lookarounds_inside") or not _CONTEXT.search(entry["pattern"]))
        out[entry["pattern"]] = (regex.compile(entry["anchor"]),
                                 entry["before"] if bounded else None, entry["after"] if bounded else None)
    return out


@lru_cache(maxsize=None)
def finder(pattern: str):
    """A function giving the matches of `pattern` in a text, as `regex.finditer` does
    (made once per pattern: these run over every line of a page)."""
    rx = lexicon.compiled(pattern)
    words = _words().get(pattern)
    if words:
        return partial(_holding, rx, words)
    anchor = _anchors().get(pattern)
    if anchor is None:
        return rx.finditer
    found, before, after = anchor
    if before is None:
        return lambda text: rx.finditer(text) if found.search(text) else iter(())
    return partial(_near, rx, found, before, after)


def absent(pattern: str, lines: list) -> bool:
    """Whether `pattern` is listed by its words and no line of `lines` holds one of them, so
    that none need be searched: one substring test per word over the lines joined, where a
    search line by line tests each line (the words hold no line end, so a word found in the
    joined text stands in one line)."""
    words = _words().get(pattern)
    if not words:
        return False
    joined = "\n".join(lines)
    return not any(word in joined for word in words)


def _holding(rx, words: tuple, text: str):
    # A loop, not any() over a generator: asked of every paragraph by many patterns, most
    # texts holding none of their words, the generator cost more than the tests.
    for word in words:
        if word in text:
            return rx.finditer(text)
    return iter(())


def _near(rx, found, before: int, after: int, text: str):
    # Stretches around the anchors, overlapping ones merged: a match lies inside one of them,
    # so searching each (from its start) meets the matches a whole search meets, in order.
    start = end = None
    for m in found.finditer(text):
        lo, hi = max(0, m.start() - before), m.end() + after
        if end is not None and lo <= end:
            end = max(end, hi)
            continue
        if end is not None:
            yield from rx.finditer(text, start, end)
        start, end = lo, hi
    if end is not None:
        yield from rx.finditer(text, start, min(end, len(text)))
