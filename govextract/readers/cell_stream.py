"""Tables whose row breaks a page lost: the cells come as a stream.

Stored and copied web pages often print a table one cell per line, each cell
closed by `|` (a blank cell is a bare `|`, padding `||`), or one cell per
paragraph with blank lines between. The rows are gone, but every row of the
report templates has one shape, its labels first and then its values, so the
rows come back from the cells themselves: a label after a value (or after a
blank cell) starts the next row. A line holding labels only and followed by
more labels is a header row of its own, as printed.
"""
from __future__ import annotations

import re
from typing import Optional

import regex

from .. import normalize, timelimit
from ..model import Cell, Source, Table
from ..values import parse_cell
from .layout import headings_in

_SENTENCE_END = re.compile(r"[。；;！？]")   # plain characters: `re` reads them alike, faster
MD_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
MAX_CELL = 60          # a longer line is prose, not a table cell
MIN_VALUES = 3         # a run of short lines is a table only with this many values…
MIN_LABELS = 2         # …and labels


def pipe_cells(line: str) -> list:
    """The cells of one line of a pipe-separated table: the text between pipes, the
    closing pipe's empty remainder dropped (`0 | ||` is a value and two blanks)."""
    parts = line.split("|")
    if line.rstrip().endswith("|"):
        parts = parts[:-1]
    return [normalize.spaces(p) for p in parts]


def is_rule(line: str) -> bool:
    """Whether a line is a markdown table's rule (| --- | :---: |)."""
    return "---" in line and MD_RULE.match(line) is not None   # most lines fail the plain test, cheaper


def is_pipe_line(line: str) -> bool:
    stripped = line.strip()
    if not ("|" in stripped and (stripped.startswith("|") or stripped.endswith("|")) and not is_rule(line)):
        return False
    # A paragraph a page's layout left one stray pipe beside (…改造。 某某街道 2009年3月20日 |)
    # is prose: one cell holding sentences longer than any table cell.
    filled = [c for c in pipe_cells(line) if c]
    return not (len(filled) == 1 and is_prose_cell(filled[0]))


def is_prose_cell(text: str) -> bool:
    """Whether one cell's text is prose: sentences longer than any table cell."""
    return len(text) > MAX_CELL and _SENTENCE_END.search(text) is not None


def _short(line: str) -> bool:
    """A line that can be one table cell: short, no sentence in it, no section heading."""
    stripped = line.strip()
    return (0 < len(stripped) <= MAX_CELL and not _SENTENCE_END.search(stripped) and not headings_in(stripped)
            and not normalize.PAGE_NUMBER.match(stripped))


def _is_value(text: str) -> bool:
    return parse_cell(text) is not None


def find(lines: list, rowlike: list) -> list:
    """Given a text's lines and which of them already print a row of cells (tabs or
    spaces between cells), return the spans (start, end, lines of cells) of its cell
    streams: runs of pipe lines (with the short lines bridging them), and runs of short
    lines, one cell each or one cell per blank-separated paragraph, holding values."""
    spans, i, n = [], 0, len(lines)
    # Whether each line can stand in a run of short lines, asked once per line rather than
    # from every start a run is tried at: a row of cells or a pipe line cannot.
    fits = [not line.strip() or (not row and not is_pipe_line(line) and _short(line))
            for line, row in zip(lines, rowlike)]
    while i < n:
        timelimit.check("read text")
        span = _pipe_run(lines, i)
        if span is None:
            end, cells = _paragraph_run(lines, fits, i)
            span = (i, end, cells) if cells else None
            if span is None:
                i = max(end, i + 1)    # a later start within a run that failed holds fewer values
                continue
        spans.append(span)
        i = span[1]
    return spans


def _next_filled(lines: list, i: int) -> Optional[int]:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i if i < len(lines) else None


def _pipe_run(lines: list, start: int) -> Optional[tuple]:
    if not is_pipe_line(lines[start]):
        return None
    cells, i, last = [], start, start
    while i is not None and i < len(lines):
        line = lines[i]
        if is_pipe_line(line):
            cells.append((i, pipe_cells(line)))
        elif is_rule(line):
            pass
        elif _short(line):
            after = _next_filled(lines, i + 1)
            if not ((after is not None and is_pipe_line(lines[after])) or _is_value(line.strip())):
                break
            cells.append((i, [normalize.spaces(line)]))
        else:
            break
        last = i
        i = _next_filled(lines, i + 1)
    return start, last + 1, cells


def _paragraph_run(lines: list, fits: list, start: int) -> tuple:
    """Given the lines, which of them can stand in a run (blank or short, no row of cells)
    and a start, return (end of the run of short lines there, its cells or None). With
    blank lines between its cells a paragraph (a label wrapped over two lines) is one
    cell, without them a line is; the run is a table only if it holds values and labels."""
    end, gaps = start, 0
    while end < len(lines) and fits[end]:
        gaps += not lines[end].strip()
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
        gaps -= 1
    if end == start:
        return end, None   # most lines: prose, a row of cells, or blank lines before one
    paragraphs = gaps * 2 >= end - start - gaps - 1 > 0
    cells, current = [], []
    for j in range(start, end):
        text = lines[j].strip()
        if text:
            current.append((j, text))
        if current and (not paragraphs or not text or j == end - 1):
            cells.append((current[0][0], ["".join(t for _, t in current)]))
            current = []
    values = sum(1 for _, (c,) in cells if _is_value(c))
    if values < MIN_VALUES or len(cells) - values < MIN_LABELS:
        return end, None
    return end, cells


def rows(lines: list) -> list:
    """Given (line, cells) pairs in reading order, return the table rows as lists of
    (text, line): a label after a value or blank cell starts a row; a line of labels
    only, followed by another label, is a row of its own."""
    out, row = [], []
    flat = [(j, text) for j, cells in lines for text in cells]
    position = 0
    for j, cells in lines:
        filled = [t for t in cells if t]
        position += len(cells)
        following = next((t for _, t in flat[position:] if t), None)
        if len(filled) >= 2 and not any(_is_value(t) for t in filled) and following and not _is_value(following):
            _close(out, row)
            _close(out, [(t, j) for t in cells])
            row = []
            continue
        for text in cells:
            label = bool(text) and not _is_value(text)
            if label and any(not t or _is_value(t) for t, _ in row):
                _close(out, row)
                row = []
            row.append((text, j))
    _close(out, row)
    return out


def _close(out: list, row: list):
    if any(text for text, _ in row):
        out.append(row)


def table(lines: list, index: int) -> Table:
    """The Table of a cell stream, each cell knowing its line."""
    grid = [[Cell(text, Source.cell(j + 1, index, r, c)) for c, (text, j) in enumerate(row)]
            for r, row in enumerate(rows(lines))]
    return Table(grid, Source(line=lines[0][0] + 1, table=index))
