"""Reports printed in traditional script, read as simplified.

Sites often offer a 繁體 version of every page, and some older reports were
written in it. Every cue word, title pattern and division name in `lexicons/`
is simplified, so such a document is converted once, at the document model,
by OpenCC's t2s tables (phrase-aware: 乾隆 keeps its 乾). Some sites convert
by phrase, Taiwan-style (入口網站 for 门户网站, 資訊 for 信息): a document printing
such words is read back by tw2sp, but for the words mainland reports also print
meaning what they say (檔案館). A converted paragraph or cell keeps its printed
text in `raw`. Pages converted on the fly by a site
sometimes print a reading after a character (鎮(zhèn)); those readings are
removed first, whatever the script.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

import regex

from . import anchored_search, lexicon
from .model import Document, Paragraph, Table

_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=None)
def _any_of(chars: str) -> re.Pattern:
    """A search for any of `chars`: `re` scans a page for a set of plain characters ten
    times faster than `regex`, and these sets are searched on every page."""
    return re.compile("[" + re.escape(chars) + "]")


@lru_cache(maxsize=None)
def _converter(config: str = "t2s"):
    import opencc
    return opencc.OpenCC(config)


@lru_cache(maxsize=None)
def _words(words: tuple) -> re.Pattern:
    """A search for any of `words`, the longest first where several begin at one place."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _to_mainland(text: str, words: re.Pattern, keep: frozenset) -> str:
    """`text` read by tw2sp, but for the `keep` words, read by t2s. `words` finds both
    those and the Taiwan phrases, so a phrase holding a kept word (智慧財產權 holds 智慧)
    is found whole and left to tw2sp."""
    out, at = [], 0
    for m in words.finditer(text):
        if m.group() not in keep:
            continue
        out += [_converter("tw2sp").convert(text[at:m.start()]), _converter().convert(m.group())]
        at = m.end()
    out.append(_converter("tw2sp").convert(text[at:]))
    return "".join(out)


def simplify(doc: Document) -> bool:
    """Convert `doc` in place when it is in traditional script; True if it was."""
    lex = lexicon.load_json("script.json")
    pieces = list(_pieces(doc))
    # Every paragraph and cell joined once and searched for what most pages lack (traditional
    # characters, a reading): none of the characters searched for is a line end, so a search of
    # the first 200 pieces' stretch of the joined text finds what a search of them alone does.
    whole = "\n".join(p.text for p in pieces)
    start_end = sum(len(p.text) + 1 for p in pieces[:200])
    traditional = False
    if _any_of(lex["traditional_only"]).search(whole, 0, start_end):
        start = "".join(p.text for p in pieces[:200])
        sample = "".join(_HAN.findall(start))[:3000]
        changed = sum(a != b for a, b in zip(sample, _converter().convert(sample)))
        traditional = changed >= lex["min_changed"] and changed >= lex["min_share"] * len(sample)
    if not traditional and _simplify_cells(doc, lex, whole):
        whole = "\n".join(p.text for p in pieces)
    if not traditional and next(anchored_search.finder(lex["reading"])(whole), None) is None:
        return False   # one search instead of one per paragraph and cell: most reports print no readings
    reading = lexicon.compiled(lex["reading"])
    convert = _converter().convert
    # one search of the whole document: its converter decides how every paragraph reads
    if traditional and _words(tuple(lex["taiwan_phrased"])).search(reading.sub("", whole)):
        words, keep = _words(tuple(lex["taiwan_keep"] + lex["taiwan_phrased"])), frozenset(lex["taiwan_keep"])
        convert = partial(_to_mainland, words=words, keep=keep)
    for piece in pieces:
        text = reading.sub("", piece.text)
        if traditional:
            text = convert(text)
        if text != piece.text:
            piece.raw, piece.text = piece.text, text
    return traditional


def _simplify_cells(doc: Document, lex: dict, whole: str) -> bool:
    """Convert the table cells of a simplified page that print a label in traditional
    characters (行政複議, 尚未審結: typed so, or pasted from a 繁體 copy), which no label
    pattern would match; the rest of the page is left as printed. `whole`: every paragraph
    and cell of the page joined. True if a cell was converted."""
    label_chars = _any_of(lex["table_traditional"])
    if not label_chars.search(whole):
        return False   # one search for the whole page: almost every page has none
    changed = False
    for cell in (c for block in doc.blocks if isinstance(block, Table) for row in block.rows for c in row):
        if label_chars.search(cell.text):
            cell.raw, cell.text = cell.raw or cell.text, _converter().convert(cell.text)
            changed = True
    return changed


def _pieces(doc: Document):
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Table):
            for row in block.rows:
                yield from row
