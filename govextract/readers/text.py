"""Plain-text reports: copied from a browser, saved by a crawler, or typed.

Tables in text take several linear forms: one row per line with tabs, pipes
(markdown) or runs of spaces between cells, or one cell per tab-indented line
with blank lines between rows (what a browser copy of some pages gives).
Runs of such lines become `Table`s, and so do tables that lost their row breaks
(one cell per line closed by `|`, or one per paragraph: `cell_stream`);
everything else becomes paragraphs, with hard line wraps joined and page
numbers dropped. Each piece keeps its line.
"""
from __future__ import annotations

import re

import regex

from .. import enumerators, lexicon, normalize, timelimit
from . import cell_stream
from ..model import Cell, Document, Paragraph, Source, Table
from ..values import parse_cell

_HEADING = enumerators.pattern("text_heading")
# A top-level heading (三、…) ends a table; an enumerated row label ((二)…, 1.…) does not.
_SECTION_HEADING = enumerators.pattern("text_section_heading")
_HEADING_MARK = enumerators.pattern("heading_mark")
_TERMINAL = "。！？；：”」』)）"
# Plain character classes: `re` reads them as `regex` does, and runs them faster.
_BRACKETED = re.compile(r"[（(][^（(）)]*[)）]")   # innermost brackets: an unclosed run stays linear
_PROSE_PUNCT = re.compile(r"[。；，]")
# A clause's mark in prose, the half-width comma and semicolon too where they follow a character.
_CLAUSE_MARK = regex.compile(r"[。；，]|(?<=\p{Han}[)）》”]?)[,;]")
_SENTENCE_END = re.compile(r"[。；]")
_SHORT_LABEL = regex.compile(r"[\p{Han}\p{P}]+")
# A line of nothing but tags (and the list bullets a scrape left before them).
_MARKUP_ONLY = re.compile(r"(?:\s|[•·]|</?[A-Za-z!][^<>\n]*>)+")
_HAN = regex.compile(r"\p{Han}")
_COUNT_START = regex.compile(lexicon.load_json("marks.json")["count_line_start"])
# The fewest numbers in a flipbook page's navigator (  7   8   9  10 …, its neighbours' page numbers).
_PAGE_STRIP = 4


def _cells_by_spaces(line: str):
    """Cells of a space-separated table row, or None if the line is prose.

    A row is up to three labels followed only by values (规章 0 0 0), values
    alone (表四's 15 numbers), or two or more short CJK labels (a header) that
    do not open with a heading's marker (五、 存在的主要问题 is a heading).
    """
    parts = line.split()
    if len(parts) < 2:
        return None   # most prose lines: no space to split at, and no brackets to take out
    if _PROSE_PUNCT.search(line) and _PROSE_PUNCT.search(_BRACKETED.sub("", line)):
        return None
    first_value = next((i for i, p in enumerate(parts) if parse_cell(p) is not None), None)
    if first_value is not None and first_value <= 3 and all(parse_cell(p) is not None for p in parts[first_value:]):
        return parts
    if not _HEADING_MARK.match(parts[0]) and all(len(p) <= 12 and _SHORT_LABEL.fullmatch(p) for p in parts):
        return parts
    return None


def split_cells(line: str):
    """The cells of a table line (tabs, pipes or runs of spaces between them), or None for prose."""
    if "\t" in line:
        return line.split("\t")
    if line.count("|") >= 2:
        return line.strip().strip("|").split("|")
    return _cells_by_spaces(line)


def _is_short_label(line: str) -> bool:
    return 0 < len(line.strip()) <= 40 and not _SENTENCE_END.search(line)


def read_text(text: str, fmt: str = "text") -> Document:
    text = normalize.chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    doc = Document(meta={"format": fmt, "lines": len(lines)})
    kinds = []
    page_numbers = set()   # the lines that are page numbers, looked for once
    for i, line in enumerate(lines):
        timelimit.check("read text")
        if not line.strip() or _MARKUP_ONLY.fullmatch(line):
            # a scrape's leftover tags (<em id=…></em>) carry no text: a blank, not a line to join
            kinds.append(("blank", None))
        elif cell_stream.is_rule(line):
            kinds.append(("rule", None))
        elif normalize.PAGE_NUMBER.match(line):
            # — 4 — between two pages is no row of cells (its dashes read as blank cells): it is dropped
            kinds.append(("text", None))
            page_numbers.add(i)
        else:
            cells = split_cells(line)
            kinds.append(("cells", cells) if cells else ("text", None))

    for i, (kind, cells) in enumerate(kinds):
        if kind == "cells" and _page_strip(cells) and not any(
                0 <= j < len(kinds) and kinds[j][0] == "cells" for j in (i - 1, i + 1)):
            # A lone run of page numbers is the navigator a flipbook prints under its text: no table row
            # (and no row for the wrapped line above it to label), so it is dropped as a blank.
            kinds[i] = ("blank", None)
    _indented_prose(lines, kinds)

    streams = {start: (end, cells) for start, end, cells in
               cell_stream.find(lines, [kind == "cells" and "\t" in line or kind == "cells" and "|" not in line
                                        for (kind, _), line in zip(kinds, lines)])}
    i, n = 0, len(lines)
    prose: list = []

    def flush_prose():
        for para_lines in join_wrapped(prose):
            first = para_lines[0][0]
            # normalize.paragraph less its normalize.chars: the whole text went through that above.
            joined = "".join(normalize.spaces(t) for _, t in para_lines)
            if joined:
                doc.blocks.append(Paragraph(joined, Source(line=first + 1)))
        prose.clear()

    while i < n:
        timelimit.check("read text")
        if i in streams:
            flush_prose()
            i, cells = streams[i]
            doc.blocks.append(cell_stream.table(cells, len(doc.tables)))
            continue
        kind, cells = kinds[i]
        if kind != "cells":
            if kind == "text" and i not in page_numbers:
                # A short label right before a table line belongs to the table.
                nxt = kinds[i + 1][0] if i + 1 < n else None
                if nxt == "cells" and _is_short_label(lines[i]) and not _SECTION_HEADING.match(lines[i]):
                    kinds[i] = ("cells", [lines[i]])
                    continue
                prose.append((i, lines[i]))
            elif kind == "blank" and prose:
                prose.append((i, ""))
            i += 1
            continue
        flush_prose()
        start = i
        i = _table_end(lines, kinds, i)
        doc.blocks.append(_table(lines, kinds, start, i, len(doc.tables)))
    flush_prose()
    # A text that stops in a table (a stored page cut off) may stop inside a row.
    doc.meta["ends_in_table"] = bool(doc.blocks) and isinstance(doc.blocks[-1], Table)
    return doc


def _indented_prose(lines, kinds) -> None:
    """Read as text the tab-indented lines of a page that indents its paragraphs: a line whose
    one cell holds sentences longer than a table cell, and then a one-cell line with no cell line
    beside it (its title or a heading between such paragraphs). A one-line table is none."""
    # A tab line's cells are its text cut at the tabs: one holds text alone when the line stripped is
    # not empty and holds no tab (a tab inside it would stand between two cells with text). Found in
    # one pass over the line, not a strip of every cell of every row, twice (most of the reader's time).
    ones = [i for i, (kind, _) in enumerate(kinds)
            if kind == "cells" and "\t" in lines[i] and (stripped := lines[i].strip()) and "\t" not in stripped]
    for i in ones:
        if cell_stream.is_prose_cell(lines[i].strip()):
            kinds[i] = ("text", None)
    lone = [i for i in ones if kinds[i][0] == "cells"
            and not any(kinds[j][0] in ("cells", "rule") for j in _beside(kinds, i))]
    for i in lone:
        kinds[i] = ("text", None)


def _beside(kinds, i) -> list:
    """The nearest lines above and below line i that are not blank."""
    above = next((j for j in range(i - 1, -1, -1) if kinds[j][0] != "blank"), None)
    below = next((j for j in range(i + 1, len(kinds)) if kinds[j][0] != "blank"), None)
    return [j for j in (above, below) if j is not None]


def _page_strip(cells) -> bool:
    """Whether a row's cells are page numbers counting up by one (7 8 9 10 …)."""
    if len(cells) < _PAGE_STRIP or not all(c.isdigit() for c in cells):
        return False
    numbers = [int(c) for c in cells]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _table_end(lines, kinds, i):
    """Index just past a run of table lines (blank lines and wrapped cell text included)."""
    n = len(lines)
    last_cells = i
    while i < n:
        timelimit.check("read text")
        kind = kinds[i][0]
        if kind in ("cells", "rule"):
            last_cells = i
        elif kind == "blank":
            pass
        elif _continues_cell(lines, kinds, i, last_cells):
            pass
        elif _is_short_label(lines[i]) and i + 1 < n and kinds[i + 1][0] == "cells" \
                and not _SECTION_HEADING.match(lines[i]):
            kinds[i] = ("cells", [lines[i]])
            last_cells = i
        else:
            break
        i += 1
    return last_cells + 1


def _continues_cell(lines, kinds, i, last_cells) -> bool:
    """A short untabbed line right under a one-cell line wraps that cell (商业\\n企业)."""
    return (last_cells == i - 1 and kinds[i - 1][0] == "cells" and len(kinds[i - 1][1]) <= 2
            and lines[i - 1].startswith("\t") and len(lines[i].strip()) <= 15
            and not _HEADING.match(lines[i].strip()))


def _table(lines, kinds, start, end, index) -> Table:
    """Rows of the table in lines[start:end], in whichever layout they use."""
    per_line = [k[1] for k in kinds[start:end] if k[0] == "cells"]
    one_cell = sum(1 for c in per_line if len([x for x in c if x.strip()]) <= 1)
    cell_per_line = one_cell > 0.7 * len(per_line) and any(lines[j].startswith("\t") for j in range(start, end))
    rows, current = [], []
    r = 0

    spaces, place = normalize.spaces, Source.cell

    def cell(text, j, col):
        return Cell(spaces(text), place(j + 1, index, r, col))

    for j in range(start, end):
        timelimit.check("read text")
        kind, cells = kinds[j]
        if cell_per_line:
            if kind == "blank":
                if current:
                    rows.append(current)
                    r += 1
                current = []
            elif kind == "cells":
                text = "".join(c for c in cells if c.strip()) if len(cells) > 1 else cells[0]
                current.append(cell(text, j, len(current)))
            elif kind == "text" and parse_cell(lines[j]) is not None:
                current.append(cell(lines[j].strip(), j, len(current)))  # a value that lost its indent
            elif kind == "text" and current:
                prev = current[-1]
                current[-1] = Cell(prev.text + normalize.spaces(lines[j]), prev.source)
        elif kind == "cells":
            # `cell` spelt out: most tables print a row a line, and each of their cells saves a call.
            rows.append([Cell(spaces(t), place(j + 1, index, r, c)) for c, t in enumerate(cells)])
            r += 1
    if current:
        rows.append(current)
    return Table(rows, Source(line=start + 1, table=index))


def _cut_in_clause(prev: str, line: str) -> bool:
    """Whether a short line of prose was broken inside a clause (…全年未接收到政府信息公开 /
    申请，…): a sentence mark in it (a half-width comma too: …要求,由X区司法 / 局编制的…),
    a word at its end and at the next line's start. One
    ending in a count (发布信息12条) may end an item of a list, and is not joined."""
    return (bool(_HAN.fullmatch(prev[-1])) and not prev[-2:-1].isdigit() and _HAN.match(line) is not None
            and _CLAUSE_MARK.search(prev) is not None)


def join_wrapped(prose: list) -> list:
    """Group prose lines into paragraphs, joining lines a hard wrap split.

    Only a line about as long as the text's full lines can have been wrapped:
    a short title line is not glued to the line under it.
    """
    lengths = sorted(len(t.strip()) for _, t in prose if t.strip())
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0
    paragraphs, current = [], []
    spaced = False   # a blank line since the last line of `current`
    for i, line in prose:
        timelimit.check("read text")
        stripped = line.strip()
        if not stripped:
            spaced = bool(current)
            continue
        if current and spaced:
            # 共计发布信息 / (blank) / 7435 条，其中…: a line that opens with a count goes on with
            # the line above it across a blank line too (a text whose lines are spaced apart)
            prev = current[-1][1].strip()
            if prev[-1] in _TERMINAL or _COUNT_START.match(stripped) is None:
                paragraphs.append(current)
                current = []
        spaced = False
        if current:
            prev = current[-1][1].strip()
            wrapped = (prev and prev[-1] not in _TERMINAL and not _HEADING.match(stripped)
                       and (len(prev) >= 0.75 * full or _cut_in_clause(prev, stripped)
                            or _COUNT_START.match(stripped) is not None))
            if not wrapped:
                paragraphs.append(current)
                current = []
        current.append((i, line))
    if current:
        paragraphs.append(current)
    return paragraphs
