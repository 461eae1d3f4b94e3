"""Table rows whose cells a crawler ran together: `一、本年新收…申请数量801000081`.

A page saved as text only loses its tables' cell borders, so 表三's row 80, 1,
0, 0, 0, 0, 81 becomes `801000081`. A run has many readings, but the tables'
identities usually leave one: each row's 总计 is the sum of its applicants,
表三's columns and 表四's groups add up. So every split of a run into its row's
cells is listed (no leading zeros), splits that break the row's own identity
are dropped, and the identities between rows are solved as one small search
per table (`identity_search`). A cell is filled only when every reading left
agrees on it, so a report whose totals do not add up gets no forced reading.
表二 has no identities: its rows are filled only when they split one way.

Only tables that no reader found as a table are looked for, in the running
text of their own section (二, 三, 四). The columns are taken in template order:
a header run together cannot be split into its labels.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Optional

import regex

from .. import enumerators, lexicon, spec, timelimit
from ..messages import warning
from ..model import Source
from ..values import parse_cell
from . import checks
from .identity_search import OutOfBudget, Problem
from .tables import Reading, TableResult, Vocabularies, vocabulary

_RUN = regex.compile(r"[+\-−－﹣]?\d(?:[ \u3000]*[+\-−－﹣]?\d)*(?:\.\d+)?")
_ANCHOR = regex.compile(r"(^|\||\((?:\?:)?)\^")
MAX_DIGITS = 7         # no count in these tables reaches ten million; bounds the splits
MAX_READINGS = 5000    # a row with more readings than this is left unread
MIN_ROWS = {"active": 2, "requests": 3, "appeals": 1}   # fewer is narrative, not a table
NOTE = "从连写数字中还原 / recovered from run-together digits"


@dataclass
class Row:
    key: str                 # row key; "appeals" for 表四's one row of values
    cells: list              # flat keys, in template order
    label: str               # the label right before the run
    run: str                 # the run as printed
    source: Source
    problem: Optional[str] = None   # why the run cannot be read


def recover(tables: list, layout, template: spec.Template, result: TableResult) -> None:
    """Add to `result` the cells of tables 二/三/四 that can be recovered from run-together rows.

    They are looked for in the running text of the table's section and in the
    rows of its tables that were not read (a label and a run on each line:
    一、本年新收政府信息公开申请数量 801000081)."""
    if not template.tables:
        return
    vocab = vocabulary(template.name, template.folder)
    for table, spec_table in template.tables.items():
        section = layout.sections.get(spec_table.section)
        if section is None or any(k.startswith(table + ".") for k in result.readings):
            continue
        texts = [(p.text, p.source) for p in section.paragraphs]
        texts += [(" ".join(c.text for c in row), replace(row[0].source, col=None))
                  for block, hint in zip(tables, layout.table_hints) if hint == table for row in block.rows if row]
        rows = _rows(texts, table, vocab)
        if len(rows) >= MIN_ROWS.get(table, 1):
            _fill(rows, spec_table, template, result)


# -- finding the rows ------------------------------------------------------

def _rows(texts: list, table: str, vocab: Vocabularies) -> list:
    """The table's rows found in (text, source) pieces: a recognised label, then a run of digits."""
    group = None    # the row group (不予公开 …) the labels have reached
    rows, seen = [], set()
    for text, source in texts:
        for label, run, problem in _scan(text):
            key, cells, group = _row_cells(table, label, group, vocab)
            if key and key not in seen and len(_digits(run)) >= len(cells):   # fewer: a count in prose
                seen.add(key)
                rows.append(Row(key, list(cells), _pieces(label)[-1], run, source, problem))
    return rows


def _scan(text: str):
    """(label, run as printed, problem) for each run of digits that may hold a row's cells.

    Digits ending in the next row's number (…00000002.其他法律…) give that
    number to the label after them; it must follow the previous row's number.
    """
    enum = enumerators.pattern("run_together_label")
    row_number = enumerators.pattern("run_together_row_number")
    narrative = lexicon.compiled(r"\s*(?:" + lexicon.load_json("digit_runs.json")["not_a_row_after"] + ")")
    label_start, carried = 0, ""
    for m in _RUN.finditer(text):
        label = carried + text[label_start:m.start()]
        run, problem = m[0], None
        if row_number.match(text, m.end()):
            expected = str(_last_row_number(label, enum) + 1)
            digits = _digits(run)
            if digits == expected:
                continue             # only the next row's number: the label goes on
            if digits.endswith(expected):
                carried = expected
            else:
                carried = digits[-1]
                problem = "行号与数字连写，无法分开 / the row number cannot be told from the digits before it"
            run = _drop_last_digits(run, len(carried))
        else:
            carried = ""
            if narrative.match(text, m.end()):
                label_start = m.end()
                continue             # 申请81件: a count in a sentence
        label_start = m.end()
        yield label, run, problem


def _last_row_number(label: str, enum) -> int:
    """The number of the row a label ends with (1.属于国家秘密 → 1); 0 after （三） or 一、."""
    found = enum.findall(label)
    number = regex.sub(r"\D", "", found[-1]) if found and found[-1][0].isdigit() else ""
    return int(number) if number else 0


def _digits(run: str) -> str:
    return "".join(run.split())


def _drop_last_digits(run: str, count: int) -> str:
    end = len(run)
    while count:
        end -= 1
        if run[end].isdigit():
            count -= 1
    return run[:end].rstrip()


def _pieces(label: str) -> list:
    """A label cut at its enumerators: （三）不予公开1.属于国家秘密 → 不予公开, 属于国家秘密."""
    pieces = ["".join(p.split()) for p in enumerators.pattern("run_together_label").split(label)]
    return [p for p in pieces if p] or [""]


@lru_cache(maxsize=None)
def _loose(pattern: str):
    """A cell-label pattern that may match the end of a longer text: a label run
    together with the header before it (…现行有效件数规章) still ends in 规章."""
    return lexicon.compiled(_ANCHOR.sub(r"\1", pattern))


def _first(labels, text: str):
    return next((e for e in labels.entries if e.match and _loose(e.match).search(text)), None)


@lru_cache(maxsize=4096)
def _row_cells(table: str, label: str, group: Optional[str], vocab: Vocabularies) -> tuple:
    """(row key, its cells' keys, the row group after it) for a label; key None if it names
    no row of the table. Reports repeat the template's labels, so answers are remembered."""
    pieces = _pieces(label)
    last = pieces[-1]
    if table == "appeals":
        app = vocab["appeals"]
        if not _first(app.columns, last):
            return None, (), group
        return "appeals", tuple(f"appeals.{g}.{r}" for g in app.rows.keys() for r in app.columns.keys()), group
    if table == "active":
        entry = _first(vocab["active"].rows, last)
        columns = entry and vocab["active"].cells.get(entry.key)
        return (entry.key, tuple(f"active.{entry.key}.{c}" for c in columns), group) if columns else (None, (), group)
    req = vocab["requests"]
    for piece in pieces[:-1]:
        found = _first(req.row_groups, piece)
        group = found.key if found else group
    found = _first(req.row_groups, last)
    if found:   # a group label with values of its own: 2019's （六）其他处理
        group = found.key
        key = found.one_row
    else:
        entry = _first(req.rows_under(group), last)
        key = entry and entry.key
    return key, tuple(f"requests.{key}.{c}" for c in req.columns.keys()) if key else (), group


# -- reading them ------------------------------------------------------------

def _fill(rows: list, table: spec.Table, template: spec.Template, result: TableResult):
    flat = {k: 0 for row in rows for k in row.cells}
    ids = template.identities(checks.printed_as_one(flat, template))
    sums = _sums(ids)
    readings = [_readings(row, sums) for row in rows]
    prefix = table.name + "."
    checked = any(k.startswith(prefix) for i in ids for k in i.left)
    if not checked:     # 表二 has no identities: a row is read only when its run splits one way
        kept = [set(range(len(r or ()))) for r in readings]
    else:
        kept = _solve(rows, readings, ids, table.number, result)
    for row, found, keep in zip(rows, readings, kept):
        name = f"表{table.number}“{row.label[:30]}”行 / table {table.number} row {row.key}"
        values = [found[r] for r in sorted(keep)]
        if row.problem:
            result.warnings.append(warning("W_RUN_ROW", row=name, problem=row.problem))
        elif found is None:
            result.warnings.append(warning("W_RUN_TOO_MANY", row=name, run=row.run))
        elif not values:
            result.warnings.append(warning("W_RUN_NO_READING", row=name, run=row.run))
        elif len(values) > 1 and not checked:
            result.warnings.append(warning("W_RUN_SPLITS", row=name, run=row.run, count=len(values)))
        else:
            if len(values) > 1:
                result.warnings.append(warning("W_RUN_READINGS_LEFT", row=name, run=row.run, count=len(values)))
            note = f"{NOTE}: {row.label}{row.run}"
            for key, column in zip(row.cells, zip(*values)):
                if len(set(column)) == 1 and key not in result.readings:
                    result.readings[key] = Reading(column[0], row.run, row.source, note)
    if checked and any(k.startswith(prefix) for k in result.readings):
        result.warnings.append(warning("W_RUN_HEADER", table=table.number))


def _solve(rows: list, readings: list, ids: list, number: str, result: TableResult) -> list:
    """Per row, the readings that survive the identities between rows (rows without
    readings take no part, nor do the identities through their cells).

    If no choice satisfies them all, the report does not add up as printed.
    Then every identity that holds under no reading is dropped, and with it
    every identity sharing a cell with one: a misprinted cell is among those,
    and an identity through it could force a wrong reading. If that is not
    enough, all are dropped: rows keep what their own identity allows."""
    solvable = [i for i, r in enumerate(readings) if r]
    keys = [rows[i].cells for i in solvable]
    readings = [readings[i] for i in solvable]
    try:
        kept = Problem(readings, keys, ids).surviving()
        if readings and not any(kept):
            domains = [list(range(len(r))) for r in readings]
            failing = [i for i in ids if Problem(readings, keys, [i]).solution(domains) is None]
            for i in failing:
                result.warnings.append(warning("W_RUN_IDENTITY_FAILS", table=number, rule=i.rule))
            suspect = {k for i in failing for k in i.left + i.right}
            trusted = [i for i in ids if not suspect.intersection(i.left + i.right)]
            kept = Problem(readings, keys, trusted).surviving() if failing else kept
            if not any(kept):
                kept = [set(range(len(r))) for r in readings]
    except OutOfBudget:
        result.warnings.append(warning("W_RUN_SEARCH_BUDGET", table=number))
        kept = [{0} if len(r) == 1 else set() for r in readings]
    out = [set() for _ in rows]
    for i, k in zip(solvable, kept):
        out[i] = k
    return out


def _readings(row: Row, sums: dict) -> Optional[list]:
    """The row's readings that satisfy its own identities; None when there are too many to list."""
    if row.problem:
        return []
    digits = _digits(row.run)
    if not digits.isdigit():         # a decimal or a sign: readable as one cell only
        value = parse_cell(digits)
        return [(value.value,)] if len(row.cells) == 1 and value and value.value is not None else None
    return _split_list(digits, _shape(row.cells, sums))


@lru_cache(maxsize=4096)
def _split_list(digits: str, shape: tuple) -> Optional[tuple]:
    """The splits, or None if there are too many; rows of 0000000 and 1000001 repeat endlessly."""
    found = tuple(islice(_splits(digits, shape), MAX_READINGS + 1))
    return None if len(found) > MAX_READINGS else found


def _sums(ids: list) -> dict:
    """{total cell: [its parts, …]} for the identities that say one cell is the sum of others
    (表三's 总计 column of （七） is the sum of its row and of its column)."""
    out: dict = {}
    for i in ids:
        total, parts = (i.left, i.right) if len(i.left) == 1 else (i.right, i.left)
        if len(total) == 1:
            out.setdefault(total[0], []).append(set(parts))
    return out


def _shape(cells: list, sums: dict) -> tuple:
    """The row as groups of (cells, summed): a summed group ends in its 总计, the
    sum of the cells before it, as the row's own identities say."""
    shape, start = [], 0
    for i, key in enumerate(cells):
        if key in sums and set(cells[start:i]) in sums[key]:
            shape.append((i - start, True))
            start = i + 1
    if start < len(cells):
        shape.append((len(cells) - start, False))
    return tuple(shape)


def _splits(digits: str, shape: list):
    """Every way to cut `digits` into the cells of `shape`, no number with a leading zero."""
    def groups(pos: int, g: int):
        if g == len(shape):
            if pos == len(digits):
                yield ()
            return
        parts, summed = shape[g]
        later = sum(n + s for n, s in shape[g + 1:])
        ends = [len(digits)] if g == len(shape) - 1 else range(pos + parts + summed, len(digits) - later + 1)
        for end in ends:
            timelimit.check("tables")
            for cells in (_summed(digits, pos, end, parts) if summed else _cuts(digits, pos, end, parts, None)):
                for rest in groups(end, g + 1):
                    yield cells + rest

    return groups(0, 0)


def _summed(digits: str, start: int, end: int, parts: int):
    """Cuts of digits[start:end] into `parts` numbers and, last, their sum."""
    for width in range(1, min(MAX_DIGITS, end - start - parts) + 1):
        total = digits[end - width:end]
        if width > 1 and total[0] == "0":
            continue
        for cells in _cuts(digits, start, end - width, parts, int(total)):
            yield cells + (int(total),)


def _cuts(digits: str, start: int, end: int, count: int, total: Optional[int]):
    """Cuts of digits[start:end] into `count` numbers (adding up to `total` unless it is None)."""
    left = end - start
    if left < count or left > count * MAX_DIGITS:
        return
    if count == 1:
        piece = digits[start:end]
        if (len(piece) == 1 or piece[0] != "0") and (total is None or int(piece) == total):
            yield (int(piece),)
        return
    for width in range(1, min(MAX_DIGITS, left - count + 1) + 1):
        piece = digits[start:start + width]
        if width > 1 and piece[0] == "0":
            break
        value = int(piece)
        if total is not None and value > total:
            break
        for rest in _cuts(digits, start + width, end, count - 1, None if total is None else total - value):
            yield (value,) + rest
