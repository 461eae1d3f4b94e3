"""Mapping table rows to record keys by their labels.

Tables 二/三/四 arrive as rows of cells, from whatever format. A row is
label cells followed by value cells; header rows have labels only. Columns
are known from the header labels (expanded through their groups: 法人或其他组织
→ 商业企业 …, 行政诉讼 → 未经复议直接起诉 → 结果维持 …), rows from their own
labels, never from where a number happens to stand. The labels are the
template specs' (`lexicons/templates/`): the report's own template first, then
the others', so a row another template prints is still read (and flagged).

All rows of all tables are read as one stream, so a table split over pages or
sections needs no special handling. Each row is one `step`: given what the
rows before it established (a `State`: the table being read, its header rows,
the 表三 row group), it returns the new state and the cells and warnings the
row yields. When a header cannot be read the template's column order is
assumed only if the count of values fits it exactly, and a warning says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .. import enumerators, lexicon, spec, timelimit
from ..messages import warning
from ..model import Cell, Source
from ..values import CellValue, parse_cell

_ENUMERATOR = enumerators.pattern("table_label")
_SPACE = regex.compile(r"\s+")


@lru_cache(maxsize=4096)
def label_core(text: str) -> str:
    """A label without white space and without its leading enumerator."""
    text = _SPACE.sub("", text)
    stripped = _ENUMERATOR.sub("", text, count=1)
    return stripped or text


# -- the vocabulary: labels from the specs -------------------------------------

@dataclass(frozen=True, eq=False)
class Labels:
    """Labels tried in order; the first whose pattern matches wins. Compared by
    identity, so that looking a cell text up in them can be remembered cheaply."""

    entries: tuple

    def keys(self) -> list:
        return [e.key for e in self.entries]


@lru_cache(maxsize=65536)
def find(labels: Labels, text: str) -> Optional[spec.Label]:
    """Given labels and a cell's text, return the first label matching the text's core.
    Cell texts repeat across rows and reports, so answers are remembered."""
    core = label_core(text)
    return next((e for e in labels.entries if e.match and lexicon.compiled(e.match).search(core)), None)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """One table's labels, from every template, the report's own first."""

    name: str
    number: str
    rows: Labels
    columns: Labels
    row_groups: Labels
    column_groups: Labels
    headings: Labels  # rows and row groups, where they head columns (表四)
    header: Optional[str]
    cells: dict       # the report's template: row -> columns in printed order

    def rows_under(self, group: Optional[str]) -> Labels:
        """The rows a label may name under a row group (（六）3.其他 only under 其他处理)."""
        return _rows_under(self, group)


@dataclass(frozen=True, eq=False)
class Vocabularies:
    """Every table's Vocabulary, by table name, and every key any template has."""

    tables: dict
    known: frozenset

    def __getitem__(self, table: str) -> Vocabulary:
        return self.tables[table]


@lru_cache(maxsize=256)
def _rows_under(vocab: Vocabulary, group: Optional[str]) -> Labels:
    return Labels(tuple(r for r in vocab.rows.entries if r.only_under in (None, group)))


def _union(parts) -> Labels:
    seen, out = set(), []
    for part in parts:
        for label in part:
            if label.key not in seen:
                seen.add(label.key)
                out.append(label)
    return Labels(tuple(out))


@lru_cache(maxsize=64)
def vocabulary(template: str, folder: str) -> Vocabularies:
    """Given a template's name and the folder of its spec, return the labels of every
    table, the template's own first."""
    templates = spec.all_templates(folder)
    own = next(t for t in templates if t.name == template)
    ordered = [own] + [t for t in templates if t is not own]
    out = {}
    for name in dict.fromkeys(n for t in ordered for n in t.tables):
        tables = [t.tables[name] for t in ordered if name in t.tables]
        rows, row_groups = _union(t.rows for t in tables), _union(t.row_groups for t in tables)
        out[name] = Vocabulary(
            name, tables[0].number, rows, _union(t.columns for t in tables),
            row_groups, _union(t.column_groups for t in tables), Labels(rows.entries + row_groups.entries),
            next((t.header for t in tables if t.header), None),
            own.tables[name].cells if name in own.tables else {})
    return Vocabularies(out, frozenset(spec.fields(folder)))


# -- what the stream yields ------------------------------------------------------

@dataclass
class Reading:
    """One table value and where it was read."""

    value: object
    raw: str
    source: Source
    note: Optional[str] = None
    unit: Optional[str] = None

    def to_dict(self) -> dict:
        out = {"value": self.value, "raw": self.raw}
        # Source.to_dict's fields put in directly: a record holds a few hundred of these.
        for key, value in self.source.__dict__.items():
            if value is not None:
                out[key] = value
        if self.note:
            out["note"] = self.note
        if self.unit:
            out["unit"] = self.unit
        return out


@dataclass
class TableResult:
    readings: dict = field(default_factory=dict)   # flat key -> Reading
    warnings: list = field(default_factory=list)


@dataclass(frozen=True)
class State:
    """What the rows read so far establish for the next one. Never changed in
    place: each step returns a new one (its dicts are replaced, not updated)."""

    table: Optional[str] = None                     # the table being read
    headers: dict = field(default_factory=dict)     # table -> its header rows (tuples of label cells)
    columns: dict = field(default_factory=dict)     # table -> its columns, once a data row needed them
    group: Optional[str] = None                     # the 表三 row group rows fall under
    label_only: tuple = ()                          # the label-only row just before, maybe a wrapped label


def _with(state: State, **changes) -> State:
    """`dataclasses.replace` for a State, less its checks of every field (three times the
    cost of this): each row of a report makes one or two States."""
    new = object.__new__(State)
    new.__dict__.update(state.__dict__, **changes)
    return new


# -- the steps -------------------------------------------------------------------

def split(row: list) -> tuple:
    """Given a row of cells, return (label cells, (cell, value) pairs): values are the
    cells after the last label."""
    parsed = [parse_cell(c.text) for c in row]
    last_label = len(parsed) - 1   # found from the end: every row of every table comes through here, twice
    while last_label >= 0 and parsed[last_label] is not None:
        last_label -= 1
    labels = tuple(c for c in row[: last_label + 1] if c.text.strip())
    values = list(zip(row[last_label + 1:], parsed[last_label + 1:]))
    return labels, values


def header_table(labels: tuple, vocab: Vocabularies) -> Optional[str]:
    """Given the cells of a row without numbers, return the table whose header it is, if any."""
    return _header_table(vocab, tuple(c.text for c in labels))


@lru_cache(maxsize=4096)
def _header_table(vocab: Vocabularies, texts: tuple) -> Optional[str]:
    # Asked of most rows twice (unmerge, then step), and header rows repeat across reports.
    texts = [label_core(t) for t in texts]
    req, app, act = vocab["requests"], vocab["appeals"], vocab["active"]
    n_req = sum(1 for t in texts if find(req.columns, t) or find(req.column_groups, t))
    n_app = sum(1 for t in texts if find(app.headings, t) or find(app.columns, t))
    n_act = sum(1 for t in texts if find(act.columns, t))
    has_info = act.header is not None and any(lexicon.compiled(act.header).search(t) for t in texts)
    if n_app >= 2 and n_app >= n_req:
        return "appeals"
    if n_req >= 2:
        return "requests"
    if has_info or n_act >= 1:
        return "active"
    return None


def unmerge(row: list, vocab: Vocabularies) -> list:
    """Given a row, return it as one or two rows, each as `split` gives it (labels, values):
    header labels run into the row's own labels (a page printing one cell per line loses
    its row breaks, so 信息内容, 本年制发件数 … arrive with 规章 and its values) come apart
    from them. The row's own labels are the last ones, those naming no column."""
    labels, values = split(row)
    k = len(labels)
    while k > 0 and not names_column(labels[k - 1], vocab):
        k -= 1
    if k == 0 or header_table(labels[:k], vocab) is None or turned_appeal_labels(labels, values, vocab):
        return [(labels, values)]
    # A header of results run into a turned 表四's first row (结果维持 … 总计, 行政复议, 1 …):
    # the headings after the results are the row's own.
    j = k
    while j > 0 and turned_appeal_labels(labels[j - 1:k], values, vocab):
        j -= 1
    if 0 < j < k and header_table(labels[:j], vocab) == "appeals":
        k = j
    end = next(i for i, c in enumerate(row) if c is labels[k - 1]) + 1
    return [split(row[:end]), split(row[end:])]


def turned_appeal_labels(labels: tuple, values: list, vocab: Vocabularies) -> bool:
    """Whether a row's labels are 表四's headings alone (行政诉讼 / 未经复议直接起诉) before no
    more values than there are results: a row of 表四 printed turned, not a header run in."""
    app = vocab["appeals"]
    return (len(values) <= len(app.columns.entries)
            and all(find(app.headings, c.text) and not find(app.columns, c.text) for c in labels))


def names_column(cell: Cell, vocab: Vocabularies) -> bool:
    """Given a cell and the vocabulary, return whether its label belongs in a header: a
    column of any table, 表三's column group, 表四's headings, or 表二's 信息内容."""
    return _names_column(vocab, cell.text)


@lru_cache(maxsize=65536)
def _names_column(vocab: Vocabularies, text: str) -> bool:
    # Asked of every label of every row: one remembered answer instead of six lookups.
    act, req, app = vocab["active"], vocab["requests"], vocab["appeals"]
    return bool(find(act.columns, text) or find(req.columns, text) or find(req.column_groups, text)
                or find(app.columns, text) or find(app.headings, text)
                or (act.header and lexicon.compiled(act.header).search(label_core(text))))


def with_header(state: State, table: str, labels: tuple) -> State:
    """Given the state and a header row of a table, return the state reading that table:
    a header after the table's data rows, or after another table, starts a new header."""
    fresh = state.table != table or table in state.columns
    rows = () if fresh else state.headers.get(table, ())
    return _with(state, table=table, headers={**state.headers, table: rows + (labels,)},
                   columns={k: v for k, v in state.columns.items() if k != table})


def row_group(labels: tuple, vocab: Vocabulary, group: Optional[str]) -> Optional[str]:
    """Given a row's labels, the table's vocabulary and the row group so far, return the
    row group after it (the last group label it names)."""
    for c in labels:
        found = find(vocab.row_groups, c.text)
        if found:
            group = found.key
    return group


def request_row(labels: tuple, vocab: Vocabulary, group: Optional[str]) -> tuple:
    """Given a row's labels, 表三's vocabulary and the row group so far, return (the row's
    key or None, the row group after it). A group label printed with values on its own
    line is read as the group's single row (（六）其他处理 in the 2019 layout)."""
    key, seen = None, None
    for c in labels:
        found = find(vocab.row_groups, c.text)
        if found:
            group, seen = found.key, found
            continue
        row = find(vocab.rows_under(group), c.text)
        if row:
            key = row.key
    if key is None and seen is not None and seen.one_row:
        key = seen.one_row
    return key, group


def active_row(labels: tuple, vocab: Vocabulary) -> Optional[str]:
    """Given a row's labels and 表二's vocabulary, return the row's key (its last label that names one)."""
    key = None
    for c in labels:
        found = find(vocab.rows, c.text)
        key = found.key if found else key
    return key


def recognised(labels: tuple, vocab: Vocabularies, group: Optional[str]) -> bool:
    """Given a row's labels, return whether they name a row of 表二 or 表三."""
    return bool(request_row(labels, vocab["requests"], group)[0] or active_row(labels, vocab["active"]))


def joined(above: tuple, labels: tuple) -> tuple:
    """Given the label row above and a row's labels, return the labels with the last
    label above prefixed to the first: a label wrapped onto the line above its values."""
    first = labels[0]
    return (Cell(above[-1].text.strip() + first.text.strip(), first.source), *labels[1:])


def fit(values: list, n: int) -> list:
    """Given a row's values and its column count, return the values without the empty
    cells standing after or before them when there are more cells than columns: the
    padding (or the next row's opening pipe) a page prints after a row, and empty label
    cells of an unmerged grid, not data."""
    while len(values) > n and _padding(values[-1]):
        values = values[:-1]
    while len(values) > n and _padding(values[0]):
        values = values[1:]
    return values


def _padding(pair: tuple) -> bool:
    cell, value = pair
    return value.value is None and not cell.text.strip()


def header_tokens(headers: tuple, groups: Labels, leaves: Labels) -> list:
    """Given a table's header rows and the labels of its groups and leaf columns, return
    each row as ('group', key) / ('leaf', key) tokens, unrecognised cells left out."""
    rows = []
    for labels in headers:
        tokens = []
        for c in labels:
            group, leaf = find(groups, c.text), find(leaves, c.text)
            if group:
                tokens.append(("group", group.key))
            elif leaf:
                tokens.append(("leaf", leaf.key))
        if tokens:
            rows.append(tokens)
    return rows


def expand(rows: list, kids, name) -> Optional[list]:
    """Given header rows as tokens, return the leaf columns, or None if a group is left.

    Each row fills the groups of the level above, left to right: a group takes the
    tokens that follow in the next row while they are among `kids(group)`, each
    once; a leaf it takes is named `name(group, leaf)`. A group no row fills stays
    a group. Tokens left over in a row are appended."""
    if not rows:
        return None
    level = list(rows[0])
    for row in rows[1:]:
        queue, out = list(row), []
        for kind, key in level:
            want = kids(key) if kind == "group" else ()
            taken = []
            while queue and queue[0] in want and queue[0] not in taken:
                taken.append(queue.pop(0))
            if not taken:
                out.append((kind, key))
            out.extend(("leaf", name(key, k)) if t == "leaf" else (t, k) for t, k in taken)
        level = out + queue
    if any(kind != "leaf" for kind, _ in level):
        return None
    return [key for _, key in level]


def expand_flattened(rows: list, kids, name, whole=lambda columns: True) -> Optional[list]:
    """Given header rows as tokens, return `expand`'s leaf columns; when the header came
    as one row (a page printing one cell per line loses the header's row breaks), the
    first cut of it into two or three rows that leaves no group unfilled and gives
    columns `whole` accepts, top rows shortest first."""
    columns = expand(rows, kids, name)
    if columns is not None or len(rows) != 1:
        return columns if columns is not None and whole(columns) else None
    tokens = rows[0]
    for i in range(1, len(tokens)):
        for j in range(i + 1, len(tokens) + 1):
            cut = [tokens[:i], tokens[i:j]] + ([tokens[j:]] if j < len(tokens) else [])
            columns = expand(cut, kids, name)
            if columns is not None and whole(columns):
                return columns
    return None


def request_columns(headers: tuple, vocab: Vocabulary) -> Optional[list]:
    """Given 表三's header rows, return its columns in printed order (None if unreadable)."""
    members = {g.key: [("leaf", m) for m in g.members] for g in vocab.column_groups.entries}
    return expand_flattened(header_tokens(headers, vocab.column_groups, vocab.columns),
                            lambda g: members.get(g, ()), lambda group, leaf: leaf)


def appeal_columns(headers: tuple, vocab: Vocabulary) -> Optional[list]:
    """Given 表四's header rows, return its columns as `row.result` keys (None if unreadable)."""
    members = {g.key: [("group", m) for m in g.members] for g in vocab.row_groups.entries}
    results = [("leaf", r) for r in vocab.columns.keys()]
    return expand_flattened(header_tokens(headers, vocab.headings, vocab.columns),
                            lambda g: members.get(g, results), lambda group, leaf: f"{group}.{leaf}",
                            lambda columns: all("." in c for c in columns))


def columns_of(state: State, table: str, vocab: Vocabularies) -> tuple:
    """Given the state and a table a data row belongs to, return (its columns or None,
    the state remembering them). 表二's are its recognised header labels."""
    if table in state.columns or not state.headers.get(table):
        return state.columns.get(table), state
    headers = state.headers[table]
    if table == "active":
        found = [find(vocab["active"].columns, c.text) for labels in headers for c in labels]
        columns = [f.key for f in found if f]
    elif table == "requests":
        columns = request_columns(headers, vocab["requests"])
    else:
        columns = appeal_columns(headers, vocab["appeals"])
    if columns is None:
        return None, state
    return columns, _with(state, columns={**state.columns, table: columns})


def place(table: Vocabulary, key: str, columns: Optional[list], values: list, default: Optional[list],
          known: frozenset, cut: bool = False) -> tuple:
    """Given a row's table, key (its cells' key prefix), the columns from the header,
    its values, the template's columns for it, every key there is and whether the text
    ends inside this row, return ((key, cell, value) triples, warnings). A row the text
    cuts short has its first columns' values, in the order the columns are printed."""
    values = fit(values, len(columns or default or ()) or 1)
    named = bool(columns) and all(f"{key}.{c}" in known for c in columns)   # the header names cells there are
    fits = named and len(columns) == len(values)
    printed = columns if named else default
    if not fits and cut and printed and 0 < len(values) < len(printed):
        return _cells(key, printed[:len(values)], values), [_cut(table, key, values, printed)]
    if not fits:
        if not default or len(default) != len(values):
            return [], [_unaligned(table, key, values, columns or default)]
        return _cells(key, default, values), [_reordered(table, header_read=bool(columns))]
    return _cells(key, columns, values), []


def _cells(key: str, columns: list, values: list) -> list:
    return [(f"{key}.{col}", cell, value) for col, (cell, value) in zip(columns, values)]


def step(state: State, row: list, hint: Optional[str], vocab: Vocabularies, cut: bool = False) -> tuple:
    """Given the state before a row, the row, the table its section holds (or None), the
    vocabulary and whether the text ends inside this row, return (the state after it,
    its cells, its warnings)."""
    return step_split(state, *split(row), hint, vocab, cut)


def step_split(state: State, labels: tuple, values: list, hint: Optional[str], vocab: Vocabularies,
               cut: bool = False) -> tuple:
    """`step` on a row `split` already (map_tables splits each row once, in `unmerge`)."""
    has_number = any(p.value is not None for _, p in values)
    table = header_table(labels, vocab) if labels and not has_number else None
    if table:
        return with_header(state, table, labels), [], []
    wrapped = state.label_only
    if wrapped:
        state = _with(state, label_only=())
    if not values:
        return _with(state, group=row_group(labels, vocab["requests"], state.group), label_only=labels), [], []
    if not labels:
        if state.table == "appeals" or (state.table is None and hint == "appeals"):
            return read_row(state, "appeals", "appeals", values, vocab, cut)
        return state, [], [_unlabelled(values[0][0])] if has_number else []
    if wrapped and not recognised(labels, vocab, state.group) and recognised(joined(wrapped, labels), vocab, state.group):
        labels = joined(wrapped, labels)
    return labelled_row(state, labels, values, hint, vocab, cut)


def labelled_row(state: State, labels: tuple, values: list, hint: Optional[str], vocab: Vocabularies,
                 cut: bool = False) -> tuple:
    """Given the state, a row's labels and values and its section's table, return what
    `step` does: the row read as a row of 表二 or 表三, whichever its labels name,
    trying the table being read (or the section's) first."""
    if state.table == "appeals" or (state.table is None and hint == "appeals"):
        turned = appeal_row(state, labels, values, vocab, cut)
        if turned:
            return turned
    order = ["active", "requests"] if state.table != "requests" else ["requests", "active"]
    if hint in order:
        order.remove(hint)
        order.insert(0, hint)
    for table in order:
        if table == "active":
            key = active_row(labels, vocab["active"])
        else:
            key, group = request_row(labels, vocab["requests"], state.group)
            if group != state.group:
                state = _with(state, group=group)
        if key:
            if state.table != table:
                state = _with(state, table=table)
            return read_row(state, table, f"{table}.{key}", values, vocab, cut)
    return state, [], [_unrecognised(labels)]


def appeal_row(state: State, labels: tuple, values: list, vocab: Vocabularies, cut: bool = False) -> Optional[tuple]:
    """Given the state in 表四, a row's labels and values, return what `step` does when the
    table is printed turned: 行政复议 / 直接起诉 / 复议后起诉 as row labels under a header
    of results (结果维持 … 总计), or the results as row labels under a header of those three.
    None when the row's labels name neither."""
    v = vocab["appeals"]
    headers = state.headers.get("appeals", ())
    kind = next((f.key for f in reversed([find(v.rows, c.text) for c in labels]) if f), None)
    result = next((f.key for f in reversed([find(v.columns, c.text) for c in labels]) if f), None)
    if kind:
        across = [f.key for f in (find(v.columns, c.text) for row in headers for c in row) if f]
        columns, key = across, f"appeals.{kind}"
    elif result:
        across = [f.key for f in (find(v.rows, c.text) for row in headers for c in row) if f]
        columns, key = [f"{k}.{result}" for k in across], "appeals"
    else:
        return None
    if len(set(columns)) != len(columns):
        return None    # a header of all fifteen columns: the template's own layout, read by read_row
    default = v.columns.keys() if kind else None
    cells, warnings = place(v, key, columns or None, values, default, vocab.known, cut)
    return state, cells, warnings


def read_row(state: State, table: str, key: str, values: list, vocab: Vocabularies, cut: bool = False) -> tuple:
    """Given the state, a data row's table, key prefix and values and whether the text
    ends inside the row, return what `step` does."""
    columns, state = columns_of(state, table, vocab)
    v = vocab[table]
    if table == "appeals":
        default = [f"{r}.{c}" for r in v.rows.keys() for c in v.columns.keys()]
    elif table == "requests":
        default = v.columns.keys()
    else:
        default = v.cells.get(key.split(".")[1])
        columns = columns or []
    cells, warnings = place(v, key, columns, values, default, vocab.known, cut)
    return state, cells, warnings


def map_tables(tables: list, hints: list, template: spec.Template, cut_short: bool = False) -> TableResult:
    """Read every table row into `requests.*`, `active.*` and `appeals.*` readings, by the
    labels of the template's spec (and the other templates'); `cut_short` says the text
    ends inside the last row of the last table (a stored page cut off mid-table)."""
    vocab = vocabulary(template.name, template.folder)
    result, state = TableResult(), State()
    for n, (table, hint) in enumerate(zip(tables, hints)):
        if hint and hint != state.table:
            state = _with(state, table=hint)
        rows = [part for whole in table.rows for part in unmerge(whole, vocab)]
        for r, (labels, values) in enumerate(rows):
            timelimit.check("tables")
            last = cut_short and n == len(tables) - 1 and r == len(rows) - 1
            state, cells, warnings = step_split(state, labels, values, hint, vocab, last)
            for key, cell, value in cells:
                if key in result.readings:
                    warnings.append(warning("W_CELL_TWICE", key=key))
                    continue
                result.readings[key] = Reading(value.value, cell.text.strip(), cell.source, value.note, value.unit)
            result.warnings.extend(w for w in warnings if w not in result.warnings)
    return result


# -- warnings --------------------------------------------------------------------

def _where(cell: Cell) -> str:
    return ", ".join(f"{k} {v}" for k, v in cell.source.to_dict().items() if k != "bbox")


def _unlabelled(cell: Cell) -> str:
    return warning("W_ROW_UNLABELLED", where=_where(cell))


def _unrecognised(labels: tuple) -> str:
    return warning("W_ROW_UNRECOGNISED", label="".join(c.text.strip() for c in labels)[:40], where=_where(labels[0]))


def _reordered(table: Vocabulary, header_read: bool) -> str:
    return warning("W_HEADER_MISFIT" if header_read else "W_HEADER_UNREAD", table=table.number)


def _cut(table: Vocabulary, key: str, values: list, columns: list) -> str:
    return warning("W_ROW_CUT", table=table.number, row=key.split(".")[1] if "." in key else table.name,
                   count=len(values), missing=len(columns) - len(values))


def _unaligned(table: Vocabulary, key: str, values: list, columns) -> str:
    if "." not in key:    # 表四's one row of values
        return warning("W_VALUES_UNALIGNED", table=table.number, count=len(values), columns=len(columns or ()))
    return warning("W_ROW_UNALIGNED", table=table.number, row=key.split(".")[1], count=len(values),
                   columns=len(columns or ()))
