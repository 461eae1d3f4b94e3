"""Finding the title and the six sections of a report.

Headings are found by their numeral and phrase (from `lexicons/sections.json`),
tolerating one typo, and also when glued to the text that follows them
(crawler text runs a whole report into one line), in which case the
paragraph is split at the heading. Sections are searched in order, so a
phrase such as 行政复议 inside section 三's text is not taken for heading 四.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .. import lexicon, timelimit
from ..model import Document, Paragraph, Source, Table

_YEAR = regex.compile(r"(?:19|20)\d{2}\s*年")
_TITLE_SEPARATORS = regex.compile(r"\s*[_|｜]\s*|\s+[-—]+\s+|——")


@dataclass
class Section:
    number: int
    heading: str
    paragraphs: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass
class Layout:
    title: Optional[str] = None
    title_source: Optional[Source] = None
    preamble: list = field(default_factory=list)    # paragraphs before section 一
    sections: dict = field(default_factory=dict)    # number -> Section
    paragraphs: list = field(default_factory=list)  # every paragraph, after splitting
    table_hints: list = field(default_factory=list)  # per table: active/requests/appeals/None


@lru_cache(maxsize=None)
def _heading_patterns():
    lex = lexicon.load_json("sections.json")
    out = {}
    for num, phrases in lex["phrases"].items():
        numeral = lex["numerals"][int(num) - 1]
        alts = "|".join(regex.escape(p) for p in phrases)
        fuzzy = "{e<=1}" if min(len(p) for p in phrases) >= 6 else ""
        out[int(num)] = (
            regex.compile(rf"(?:^|(?<=[^一二三四五六七八九十]))(?:{numeral}\s*[、.．]\s*)(?:(?:{alts}){fuzzy})", regex.BESTMATCH),
            regex.compile(rf"^\s*(?:{alts})\s*[:：]?\s*$"),
        )
    return out


def _find_heading(text: str, wanted: range):
    """(section number, start, end) of the earliest heading of a wanted section."""
    best = None
    for num in wanted:
        numbered, bare = _heading_patterns()[num]
        m = numbered.search(text) or bare.match(text)
        if m and (best is None or m.start() < best[1]):
            best = (num, m.start(), m.end())
    return best


def find_sections(doc: Document) -> Layout:
    layout = Layout()
    current = 0
    hints = lexicon.load_json("sections.json")["table_of_section"]
    title_re = lexicon.compiled(lexicon.load_json("sections.json")["title"])
    for block in doc.blocks:
        timelimit.check("sections")
        if isinstance(block, Table):
            layout.table_hints.append(hints.get(str(current)))
            continue
        text = block.text
        while text:
            found = _find_heading(text, range(current + 1, 7))
            if not found:
                _add(layout, current, Paragraph(text, block.source))
                break
            num, start, end = found
            before = text[:start].strip()
            if before:
                _add(layout, current, Paragraph(before, block.source))
            current = num
            layout.sections[num] = Section(num, text[start:end].strip())
            text = text[end:].lstrip(" ：:。")
    candidates = [p for p in layout.preamble[:8] if title_re.search(p.text) and len(p.text) <= 80]
    # A title names its year; 栏目: 政府信息公开年报 does not.
    candidates.sort(key=lambda p: not _YEAR.search(p.text))
    if candidates:
        layout.title, layout.title_source = candidates[0].text, candidates[0].source
    if layout.title is None and doc.meta.get("page_title"):
        # A page's <title> adds the site: 某某区2022年…年度报告_某某区人民政府门户网站
        parts = [p for p in _TITLE_SEPARATORS.split(doc.meta["page_title"]) if title_re.search(p)]
        if parts:
            layout.title = parts[0].strip()
    return layout


def _add(layout: Layout, section: int, para: Paragraph):
    layout.paragraphs.append(para)
    if section == 0:
        layout.preamble.append(para)
    else:
        layout.sections[section].paragraphs.append(para)
