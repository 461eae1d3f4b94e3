"""Finding the title and the six sections of a report.

Headings are found by their numeral and phrase (from `lexicons/sections.json`),
tolerating one typo, and also when glued to the text that follows them
(crawler text runs a whole report into one line), in which case the
paragraph is split at the heading. Sections are searched in order, so a
phrase such as 行政复议 inside section 三's text is not taken for heading 四.
Reports written before the 2019 template have their own headings, numbered
as each report likes (`legacy` in the lexicon); each is filed under the
national section it corresponds to, so later stages read section 五's
problems and improvements the same way whatever the year.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

import regex

from .. import enumerators, lexicon, spec, timelimit
from ..model import Document, Paragraph, Source, Table

_TITLE_SEPARATORS = regex.compile(r"\s*[_|｜]\s*|\s+[-—]+\s+|——")
# A title is a name, not a sentence.
_SENTENCE = regex.compile(r"[，。；！？]|(?<=\p{Han}),")
_INNER_TITLE = regex.compile(r"<([^<>]{1,40})>")
# A site may close a title line with a full stop, as if it were a sentence.
_CLOSING_STOP = regex.compile(r"[。.．]\s*$")
_NAME_ONLY = regex.compile(r"[\p{Han}（）()·]+")
_SPACED_CELL = regex.compile(r"\p{Han}{1,2}")
# A cell holding a figure: a table of them is no part of section 五's text.
_FIGURE = regex.compile(r"[-+]?[\d.,%]+")


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
    numerals = lexicon.load_json("numerals.json")
    other_numerals = "".join([*numerals["digits"], *numerals["small"]])   # 十一、 is no heading 一
    for num, phrases in lex["phrases"].items():
        numeral = lex["numerals"][int(num) - 1]
        alts = "|".join(regex.escape(p) for p in phrases)
        fuzzy = "{e<=1}" if min(len(p) for p in phrases) >= 6 else ""
        out[int(num)] = (
            numeral,
            regex.compile(rf"(?:^|(?<=[^{other_numerals}]))(?:{numeral}\s*[、.．]\s*)(?:(?:{alts}){fuzzy})", regex.BESTMATCH),
            regex.compile(rf"^\s*(?:{alts})\s*[:：]?\s*$"),
        )
    return out


def numeral(number: int) -> str:
    """The numeral a section heading prints: 1 → 一."""
    return lexicon.load_json("sections.json")["numerals"][number - 1]


def _find_heading(text: str, wanted: range):
    """(section number, start, end) of the earliest heading of a wanted section."""
    best = None
    for num in wanted:
        printed, numbered, bare = _heading_patterns()[num]
        # A numbered heading prints its numeral: a text without it is not searched for one
        # (the fuzzy search goes through the whole text, and most paragraphs lack 四, 五 or 六).
        m = (numbered.search(text) if printed in text else None) or bare.match(text)
        if m and (best is None or m.start() < best[1]):
            best = (num, m.start(), m.end())
    return best


@dataclass(frozen=True)
class _Heading:
    """A heading found in a paragraph: the section it opens (or `continues`), where
    it stands, and the numeral it was printed with (0 for none)."""
    section: int
    start: int
    end: int
    numeral: int
    continues: bool = False


@lru_cache(maxsize=None)
def _legacy_patterns():
    """(numbered pattern, bare pattern, [heading entry per group]) of the pre-2019 headings."""
    legacy = lexicon.load_json("sections.json")["legacy"]
    entries = legacy["headings"]

    def alternatives(entry):
        return "|".join(regex.escape(p) for p in sorted(entry["phrases"], key=len, reverse=True))
    numbered = "|".join(f"(?P<h{i}>{alternatives(e)})" for i, e in enumerate(entries))
    bare = "|".join(f"(?P<h{i}>{alternatives(e)})" for i, e in enumerate(entries) if e.get("bare"))
    # 一、概述 anywhere after a sentence end; 一 概述 (no mark) only where a paragraph begins.
    return (regex.compile(rf"(?:(?:^|(?<={legacy['after']}))(?P<num>{legacy['numeral']})\s*{legacy['mark']}\s*|^(?P<num>{legacy['numeral']})\s*)"
                          rf"{legacy['year']}{legacy['prefix']}(?:{numbered})"),
            regex.compile(rf"^\s*{legacy['prefix']}(?:{bare})\s*[:：]?\s*$"), entries)


def _find_legacy(text: str, after_numeral: int):
    """The first pre-2019 heading in `text` numbered above `after_numeral`, or a bare one."""
    numbered, bare, entries = _legacy_patterns()
    for m in numbered.finditer(text):
        numeral = enumerators.cn_number(m["num"])
        if numeral > after_numeral:
            entry = entries[int(m.lastgroup[1:])]
            return _Heading(entry["section"], m.start(), m.end(), numeral, entry.get("continues", False))
    m = bare.match(text)
    if m:
        entry = entries[int(m.lastgroup[1:])]
        return _Heading(entry["section"], m.start(), m.end(), 0, entry.get("continues", False))
    return None


def _next_heading(text: str, progress: int, after_numeral: int):
    """The earliest national heading past section `progress`, or pre-2019 heading, in `text`."""
    national = _find_heading(text, range(progress + 1, 7))
    found = _Heading(national[0], national[1], national[2], national[0]) if national else None
    legacy = _find_legacy(text, after_numeral)
    if legacy and (found is None or legacy.start < found.start):
        found = legacy
    if found and found.section == 5:
        # 存在的主要问题及下一步计划: the rest of a heading named by its first half is still the heading.
        tail = lexicon.compiled(lexicon.load_json("sections.json")["problems_heading_tail"]).match(text, found.end)
        if tail:
            found = replace(found, end=tail.end())
    return found


def find_sections(doc: Document) -> Layout:
    layout = Layout()
    current = progress = numeral = 0   # section being filled, furthest section, last heading numeral
    hints = spec.table_of_section()
    title_re = lexicon.compiled(lexicon.load_json("sections.json")["title"])
    for block in doc.blocks:
        timelimit.check("sections")
        if isinstance(block, Table):
            layout.table_hints.append(hints.get(current))
            if current == 5:
                layout.sections[5].paragraphs.extend(_statement_cells(block))
            if current:
                continue
            if not _letter_spaced(block):
                # A page's metadata table above the report (索引号 | 发文机关 | 标题：X…年度报告) holds its title.
                for cell in _title_cells(block, title_re):
                    _add(layout, current, Paragraph(cell.text, cell.source))
                continue
            # 琼 海 市 人 民 政 府: a title set with spaces between its characters, read as one line.
            block = Paragraph("".join(c.text for c in block.rows[0]), block.source)
        text = block.text
        while text:
            found = _next_heading(text, progress, numeral)
            if not found:
                _add(layout, current, Paragraph(text, block.source))
                break
            before = text[:found.start].strip()
            if before:
                _add(layout, current, Paragraph(before, block.source))
            heading = text[found.start:found.end].strip()
            current, progress = found.section, max(progress, found.section)
            numeral = max(numeral, found.numeral)
            if current not in layout.sections:
                layout.sections[current] = Section(current, heading)
            if found.continues and current == 5:
                # 六、改进措施 after 五、存在问题: the statements stage needs the sub-heading.
                layout.sections[5].paragraphs.append(Paragraph(enumerators.pattern("text_section_heading").sub("", heading), block.source))
            text = text[found.end:].lstrip(" ：:。")
    layout.title, layout.title_source = _title(layout.preamble)
    if layout.title is None and doc.meta.get("page_title"):
        # A page's <title> adds the site: 某某区2022年…年度报告_某某区人民政府门户网站
        parts = [p for p in _TITLE_SEPARATORS.split(doc.meta["page_title"]) if title_re.search(p)]
        if parts:
            layout.title = parts[0].strip()
    return layout


def _statement_cells(table: Table) -> list:
    """The cells of a table inside section 五 that holds its parts (存在的问题 | 栏目更新慢；…),
    as paragraphs for the statements stage; none for a table of figures."""
    lex = lexicon.load_json("statements.json")
    part = lexicon.compiled(rf"^(?:{lex['numbering']})?(?:{lex['subheading']})[：:。.]?$")
    cells = [c for row in table.rows for c in row if c.text.strip()]
    if any(_FIGURE.fullmatch(c.text.strip()) for c in cells) or not any(part.match(c.text.strip()) for c in cells):
        return []
    return [Paragraph(c.text, c.source) for c in cells]


def _add(layout: Layout, section: int, para: Paragraph):
    layout.paragraphs.append(para)
    if section == 0:
        layout.preamble.append(para)
    else:
        layout.sections[section].paragraphs.append(para)


def _title(preamble: list):
    """The report's title among the first paragraphs, and where it was read.

    Only the last step of a breadcrumb can be a title; a title broken over two
    lines is joined (永宁县2018年…工作 / 年度报告), and so is a body's name on
    the line above a title that names none (邵阳市人民政府办公室 / 2020年…报告).
    A title with its year beats one without (栏目: 政府信息公开年报), the
    report's own title beats its publishing notice (关于公布…的通知), and a
    title naming its body beats the same title printed bare higher up (a page
    header's 2019年度…报告 above 衡阳市XX委 / 2019年度…报告).
    """
    title_re = lexicon.compiled(lexicon.load_json("sections.json")["title"])
    lex = lexicon.load_json("meta.json")
    year_re, notice = lexicon.compiled(lex["title_year"]), lexicon.compiled(lex["notice"])
    raw = [p.text.strip() for p in preamble[:12]]
    lines = [last_step(text) for text in raw]
    found = []
    for i, text in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joined = title_re.search(text + nxt) if len(text) <= 40 and len(nxt) <= 20 else None
        if joined and joined.start() < len(text) < joined.end():
            text = text + nxt
        unlabelled = lexicon.compiled(lex["title_prefix"]).sub("", text)
        labelled, text = unlabelled != text, unlabelled
        field = lexicon.compiled(lex["title_field"]).search(text)
        if field and title_re.search(text, field.end()):
            # 发布日期：…标题：X…报告文号：… (a metadata block read as one line)
            text = lexicon.compiled(lex["field_after_title"]).sub("", text[field.end():])
        elif not labelled and lexicon.compiled(lex["metadata_label"]).search(text):
            continue   # 索引号：…分类：信息公开年度报告 is a page's filing, not its title
        text = _run_into_text(text, title_re, year_re)
        text = _without_closing_stop(text, title_re)
        if not title_re.search(text) or len(text) > 80 or _SENTENCE.search(text):
            continue
        text = _after_column_names(text, title_re, year_re)
        text = _with_lines_above(text, raw[:i])
        found.append((bool(notice.search(text)), not year_re.search(text), _names_no_body(text), i, text))
    if not found:
        return None, None
    *rank, i, text = min(found)
    i, text = _fuller_copy(i, text, [(j, t) for *r, j, t in found if r == rank and j != i], year_re)
    return text, preamble[i].source


def _without_closing_stop(text: str, title_re) -> str:
    """A title closed by a full stop (X2018年…年度报告。) without it: only when the stop follows
    the report's name at once, so a sentence going on after the name (现将…报告公布如下。) stays one."""
    stop = _CLOSING_STOP.search(text)
    if stop and any(m.end() == stop.start() for m in title_re.finditer(text)):
        return text[:stop.start()]
    return text


def _run_into_text(text: str, title_re, year_re) -> str:
    """A title a crawler ran into the report's first sentence: printed twice
    (X2018年…年度报告X2018年…年度报告 2018年，X…), or once before a sentence opening with
    its year (X2018年…年度报告 2018年，X…; a one-line PDF text drops the space: …报告2018年，X…).
    The title alone; any other line as it is."""
    m = title_re.search(text)
    if not m or (len(text) <= 80 and not _SENTENCE.search(text)):
        return text
    head, rest = text[:m.end()], text[m.end():]
    year = year_re.search(head)
    if not year or len(head) > 80 or _SENTENCE.search(head):
        return text
    doubled = rest.startswith(head)
    opens_with_year = rest.lstrip().startswith(year["year"]) and (rest[:1].isspace() or lexicon.compiled(lexicon.load_json("meta.json")["opening_year"]).match(rest))
    return head if doubled or opens_with_year else text


def _fuller_copy(i: int, text: str, others: list, year_re) -> tuple:
    """The same title printed again with its body's name in full (a metadata cell's 周村区人民政府
    X街道办事处2025年… above the heading 淄博市周村区人民政府X街道办事处2025年…): the fuller one,
    whose name ends with the other's and whose year is the same; and the report's own heading
    naming a body in the division a page title names alone (X省2013年…报告/全文 above X省人民政府
    办公厅2013年…报告)."""
    year = year_re.search(text)
    if not year or year.start() < 2:
        return i, text
    name = text[: year.start()]
    division = lexicon.compiled(lexicon.load_json("sections.json")["division_alone"])
    for j, other in others:
        m = year_re.search(other)
        fuller = other[: m.start()] if m else ""
        # Only a name (本地目录: …/87885_X2023年… is a file path ending with the same name).
        if m and m["year"] == year["year"] and len(fuller) > len(name) and _NAME_ONLY.fullmatch(fuller) \
                and (fuller.endswith(name) or (fuller.startswith(name) and division.fullmatch(name))):
            return j, other
    return i, text


def _title_cells(table: Table, title_re) -> list:
    """Cells of a table that are a labelled title (标题：X2021年政府信息公开工作年度报告, or the
    label in the cell before it), or a title opening its row (a page whose layout grid a crawler kept as `title | | |`, or as
    `title | 来源：… |`)."""
    label = lexicon.compiled(lexicon.load_json("meta.json")["title_prefix"])
    out = []
    for row in table.rows:
        filled = [c for c in row if c.text.strip()]
        # An infobox's label stands in a cell of its own (标 题 | X…年度报告 |, 中文名 | …).
        labelled = {id(c) for before, c in zip(filled, filled[1:]) if label.fullmatch(before.text.strip())}
        out += [c for c in filled if title_re.search(c.text)
                and (label.match(c.text) or id(c) in labelled or (c is filled[0] and len(c.text) <= 80))]
    return out


def _letter_spaced(table: Table) -> bool:
    """A one-row "table" of single characters (or pairs) is a line printed letter-spaced."""
    return (len(table.rows) == 1 and len(table.rows[0]) >= 3
            and all(_SPACED_CELL.fullmatch(c.text) for c in table.rows[0]))


def last_step(text: str) -> str:
    """The last step of a breadcrumb, cut after the title when the report's text runs on."""
    # 《湖南省实施<中华人民共和国…条例>办法》: angle brackets inside a title mark are not a trail.
    text = _INNER_TITLE.sub(r"〈\1〉", text)
    lex = lexicon.load_json("meta.json")
    steps = lexicon.compiled(lex["breadcrumb"]).split(text)
    if len(steps) == 1 and lexicon.compiled(lex["location_trail"]).match(text):
        # 当前位置：首页 / 信息公开年报 / 2021年 / 稿件页: a trail may divide its steps by slashes,
        # which inside a title (…年度报告/文字版) divide nothing.
        steps = lexicon.compiled(lex["trail_slash"]).split(text)
    last = steps[-1].strip()
    if len(steps) > 1:
        title = lexicon.compiled(lexicon.load_json("sections.json")["title"])
        year = lexicon.compiled(lexicon.load_json("meta.json")["title_year"]).search(last)
        end = next((m.end() for m in title.finditer(last) if year and m.start() > year.start()), None)
        last = last[:end] if end else last
    return last


def _after_column_names(text: str, title_re, year_re) -> str:
    """Drop a column name glued before the title (信息公开年报长沙市…2020年…报告)."""
    year = year_re.search(text)
    names = list(title_re.finditer(text))
    if year and len(names) > 1 and names[0].end() <= year.start() < names[-1].start():
        return text[names[0].end():]
    return text


def _with_lines_above(text: str, above: list) -> str:
    """A title that names no body, with the body's name from the line above (邵阳市人民政府
    办公室 / 2020年…报告), or from the line above a line holding only the year (X县林业局 /
    2019年度 / 政府信息公开…报告); a title whose body's name was cut inside (X镇人民 /
    政府2019年…报告), with the name's start from the line above."""
    lex = lexicon.load_json("meta.json")
    if above and lexicon.compiled(lex["cut_name_start"]).match(text) and _name_start(above[-1]):
        return above[-1] + text
    if not above or not _names_no_body(text):
        return text
    if _body_name(above[-1]):
        return above[-1] + text
    year_only = lexicon.compiled(lex["title_year"]).fullmatch(above[-1].strip(" （()）"))
    if year_only and len(above) > 1 and _body_name(above[-2]):
        return above[-2] + above[-1] + text
    return text


def _name_start(line: str) -> bool:
    """A short line that can open a body's name cut at its end (X县Y镇人民)."""
    lex = lexicon.load_json("meta.json")
    line = line.strip()
    return (0 < len(line) <= 30 and not lexicon.compiled(lex["chrome"]).search(line)
            and not regex.search(r"[。；，：:\s]", line) and not _names_no_body(line))


def _names_no_body(title: str) -> bool:
    """A title that begins with its year or its report name (2020年政府信息公开…)."""
    lex = lexicon.load_json("meta.json")
    title = title.strip()
    year = lexicon.compiled(lex["title_year"]).match(title)
    rest = title[year.end():] if year else title
    return bool(lexicon.compiled(lex["disclosure"]).match(rest))


def _body_name(line: str) -> bool:
    """A short line naming a body (or a body and year, X区Y办公室2020 too), not site furniture."""
    lex = lexicon.load_json("meta.json")
    line = line.strip()
    name = lexicon.compiled(lex["line_end_year"]).sub("", lexicon.compiled(lex["title_year"]).sub("", line))
    return (0 < len(line) <= 40 and not lexicon.compiled(lex["chrome"]).search(line)
            and not regex.search(r"[。；，：:]", line)
            and bool(lexicon.compiled(lex["org_end"]).search(name)))
