"""Mapping table rows to record keys by their labels.

Tables 二/三/四 arrive as rows of cells, from whatever format. A row is
label cells followed by value cells; header rows have labels only. Columns
are known from the header labels (expanded through their groups: 法人或其他组织
→ 商业企业 …, 行政诉讼 → 未经复议直接起诉 → 结果维持 …), rows from their own
labels, never from where a number happens to stand. All rows of all tables
are read as one stream, so a table split over pages or sections needs no
special handling. When a header cannot be read the template's column order is
assumed only if the count of values fits it exactly, and a warning says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .. import enumerators, lexicon, timelimit
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


_MATCHES: dict = {}   # (id of a lexicon list, cell text) -> entry; the lists live as long as the process


def _match(table: list, text: str) -> Optional[list]:
    """The first entry of a label table whose pattern the label matches.
    Cell texts repeat across rows and reports, so answers are remembered."""
    key = (id(table), text)
    if key not in _MATCHES:
        if len(_MATCHES) > 100_000:
            _MATCHES.clear()
        core = label_core(text)
        _MATCHES[key] = next((e for e in table if lexicon.compiled(e[1]).search(core)), None)
    return _MATCHES[key]


@dataclass
class Reading:
    """One table value and where it was read."""

    value: object
    raw: str
    source: Source
    note: Optional[str] = None
    unit: Optional[str] = None

    def to_dict(self) -> dict:
        out = {"value": self.value, "raw": self.raw, **self.source.to_dict()}
        if self.note:
            out["note"] = self.note
        if self.unit:
            out["unit"] = self.unit
        return out


@dataclass
class TableResult:
    readings: dict = field(default_factory=dict)   # flat key -> Reading
    warnings: list = field(default_factory=list)
    rows_seen: dict = field(default_factory=dict)  # context -> data rows read


def _split(row: list) -> tuple:
    """(label cells, value cells) of a row: values are the cells after the last label."""
    parsed = [parse_cell(c.text) for c in row]
    last_label = max((i for i, p in enumerate(parsed) if p is None), default=-1)
    labels = [c for c in row[: last_label + 1] if c.text.strip()]
    values = [(c, p) for c, p in zip(row[last_label + 1:], parsed[last_label + 1:])]
    return labels, values


class _Mapper:
    def __init__(self, template: str):
        self.lex = lexicon.load_json("tables.json")
        self.template = template
        self.known = lexicon.fields()
        self.result = TableResult()
        self.context = None
        self.headers = {"active": [], "requests": [], "appeals": []}
        self.columns = {"active": None, "requests": None, "appeals": None}
        self.group = None
        self.label_only = None     # the label-only row just before, which may be a wrapped label
        self._warned = set()

    # -- helpers -------------------------------------------------------
    def warn(self, text: str):
        if text not in self._warned:
            self._warned.add(text)
            self.result.warnings.append(text)

    def put(self, key: str, cell: Cell, value: CellValue):
        if key in self.result.readings:
            self.warn(f"表格单元 {key} 出现两次，保留第一次读到的值 / cell {key} read twice; kept the first")
            return
        self.result.readings[key] = Reading(value.value, cell.text.strip(), cell.source, value.note, value.unit)

    # -- header recognition -------------------------------------------
    def header_kind(self, labels: list) -> Optional[str]:
        texts = [label_core(c.text) for c in labels]
        req = self.lex["requests"]
        n_req = sum(1 for t in texts if _match(req["columns"], t) or _match(req["column_groups"], t))
        app = self.lex["appeals"]
        n_app = sum(1 for t in texts if _match(app["groups"], t) or _match(app["results"], t))
        act = self.lex["active"]
        n_act = sum(1 for t in texts if _match(act["columns"], t))
        has_info = any(lexicon.compiled(act["header"]).search(t) for t in texts)
        if n_app >= 2 and n_app >= n_req:
            return "appeals"
        if n_req >= 2:
            return "requests"
        if has_info or n_act >= 1:
            return "active"
        return None

    def header_tokens(self, context: str, groups: list, leaves: list, group_item: int) -> list:
        """Header rows as ('group', …) / ('leaf', key) tokens, unrecognised cells left out."""
        rows = []
        for labels in self.headers[context]:
            tokens = []
            for c in labels:
                group, leaf = _match(groups, c.text), _match(leaves, c.text)
                if group:
                    tokens.append(("group", group[group_item]))
                elif leaf:
                    tokens.append(("leaf", leaf[0]))
            if tokens:
                rows.append(tokens)
        return rows

    def request_columns(self) -> Optional[list]:
        req = self.lex["requests"]
        return _expand(self.header_tokens("requests", req["column_groups"], req["columns"], 2))

    def appeal_columns(self) -> Optional[list]:
        app = self.lex["appeals"]
        results = [r[0] for r in app["results"]]
        rows = self.header_tokens("appeals", app["groups"], app["results"], 0)
        children = app["children"]

        def kids(group):
            if group in children:
                return [("group", g) for g in children[group]]
            return [("leaf", f"{group}.{r}") for r in results]

        return _expand_tree(rows, kids)

    @staticmethod
    def fit(values: list, n: int) -> list:
        """Drop blank cells standing before the values when there are more cells
        than columns: empty label cells of an unmerged grid, not data."""
        while len(values) > n and values[0][1].value is None and not values[0][0].text.strip():
            values = values[1:]
        return values

    # -- the stream ----------------------------------------------------
    def feed(self, row: list, hint: Optional[str]):
        labels, values = _split(row)
        has_number = any(p.value is not None for _, p in values)
        kind = self.header_kind(labels) if labels and not has_number else None
        if kind:
            if self.context != kind or self.columns[kind] is not None:
                self.headers[kind] = []
                self.columns[kind] = None
            self.context = kind
            self.headers[kind].append(labels)
            return
        wrapped, self.label_only = self.label_only, None
        if not values:
            self.section_label(labels)
            self.label_only = labels
            return
        if not labels:
            if self.context == "appeals" or (self.context is None and hint == "appeals"):
                self.appeals_row(values)
            elif has_number:
                self.warn(f"一行数值没有行标签，未读取 / a row of values without a label was skipped ({_where(values[0][0])})")
            return
        if wrapped and not self.recognised(labels) and self.recognised(joined := _joined(wrapped, labels)):
            labels = joined   # a label wrapped onto the line above its values
        self.labelled_row(labels, values, hint)

    def recognised(self, labels: list) -> bool:
        """Whether a row's labels name a row of 表二 or 表三 (the group seen so far unchanged)."""
        group = self.group
        try:
            return bool(self.request_row_key(labels) or any(_match(self.lex["active"]["rows"], c.text) for c in labels))
        finally:
            self.group = group

    def section_label(self, labels: list):
        """A label-only row that is no header: a group label spanning rows."""
        req = self.lex["requests"]
        for c in labels:
            group = _match(req["groups"], c.text)
            if group:
                self.group = group[0]

    def labelled_row(self, labels, values, hint):
        act = self.lex["active"]
        order = ["active", "requests"] if self.context != "requests" else ["requests", "active"]
        if hint in order:
            order.remove(hint)
            order.insert(0, hint)
        for ctx in order:
            if ctx == "active":
                entry = None
                for c in labels:
                    entry = _match(act["rows"], c.text) or entry
                if entry:
                    self.context = "active"
                    return self.active_row(entry[0], labels, values)
            else:
                key = self.request_row_key(labels)
                if key:
                    self.context = "requests"
                    return self.requests_row(key, values)
        self.warn(f"未识别的表格行“{''.join(c.text.strip() for c in labels)[:40]}”，未读取 / unrecognised table row skipped ({_where(labels[0])})")

    def request_row_key(self, labels) -> Optional[str]:
        req = self.lex["requests"]
        key, group_seen = None, None
        for c in labels:
            group = _match(req["groups"], c.text)
            if group:
                self.group = group[0]
                group_seen = group[0]
                continue
            for entry in req["rows"]:
                if len(entry) > 2 and entry[2] != self.group:
                    continue
                if lexicon.compiled(entry[1]).search(label_core(c.text)):
                    key = entry[0]
                    break
        if key is None and group_seen in req["group_rows"]:
            key = req["group_rows"][group_seen]
        return key

    def active_row(self, row_key, labels, values):
        self.result.rows_seen["active"] = self.result.rows_seen.get("active", 0) + 1
        if self.columns["active"] is None and self.headers["active"]:
            cols = []
            for lab in self.headers["active"]:
                for c in lab:
                    col = _match(self.lex["active"]["columns"], c.text)
                    if col:
                        cols.append(col[0])
            self.columns["active"] = cols
        cols = self.columns["active"] or []
        values = self.fit(values, len(cols) or 1)
        defaults = self.lex["active"]["defaults"].get(self.template, {}).get(row_key)
        if len(cols) != len(values) or not all(f"active.{row_key}.{c}" in self.known for c in cols):
            if defaults and len(defaults) == len(values):
                self.warn(f"表二“{row_key}”行的列标题与数值个数不符，按模板列序读取 / table 二 row {row_key}: header does not fit, template column order assumed")
                cols = defaults
            else:
                self.warn(f"表二“{row_key}”行无法与列标题对应，未读取 / table 二 row {row_key} could not be aligned with its header; left blank")
                return
        for col, (cell, value) in zip(cols, values):
            self.put(f"active.{row_key}.{col}", cell, value)

    def requests_row(self, row_key, values):
        self.result.rows_seen["requests"] = self.result.rows_seen.get("requests", 0) + 1
        order = self.lex["requests"]["order"]
        if self.columns["requests"] is None and self.headers["requests"]:
            self.columns["requests"] = self.request_columns()
        cols = self.columns["requests"]
        values = self.fit(values, len(cols or order))
        if not cols or len(cols) != len(values):
            if len(values) == len(order):
                if not cols:
                    self.warn("表三列标题未能读取，按模板列序（自然人…总计）读取 / table 三 header not read; template column order assumed")
                else:
                    self.warn("表三列标题与数值个数不符，数值齐全的行按模板列序（自然人…总计）读取 / table 三 header "
                              "does not fit its rows; rows with all seven values read in template column order")
                cols = order
            else:
                self.warn(f"表三“{row_key}”行有 {len(values)} 个数值，与列数不符，未读取 / table 三 row {row_key} has {len(values)} values for {len(cols or order)} columns; left blank")
                return
        for col, (cell, value) in zip(cols, values):
            self.put(f"requests.{row_key}.{col}", cell, value)

    def appeals_row(self, values):
        self.result.rows_seen["appeals"] = self.result.rows_seen.get("appeals", 0) + 1
        if self.columns["appeals"] is None and self.headers["appeals"]:
            self.columns["appeals"] = self.appeal_columns()
        cols = self.columns["appeals"]
        results = [r[0] for r in self.lex["appeals"]["results"]]
        default = [f"{g}.{r}" for g in self.lex["appeals"]["order"] for r in results]
        if not cols or len(cols) != len(values):
            if len(values) == len(default):
                if not cols:
                    self.warn("表四列标题未能读取，按模板列序读取 / table 四 header not read; template column order assumed")
                else:
                    self.warn("表四列标题与数值个数不符，按模板列序读取 / table 四 header does not fit its values; "
                              "template column order assumed")
                cols = default
            else:
                self.warn(f"表四有 {len(values)} 个数值，与列数不符，未读取 / table 四 has {len(values)} values for {len(cols or default)} columns; left blank")
                return
        for col, (cell, value) in zip(cols, values):
            self.put(f"appeals.{col}", cell, value)


def _joined(above: list, labels: list) -> list:
    """The labels with the last label of the row above prefixed to the first one."""
    first = labels[0]
    return [Cell(above[-1].text.strip() + first.text.strip(), first.source), *labels[1:]]


def _where(cell: Cell) -> str:
    return ", ".join(f"{k} {v}" for k, v in cell.source.to_dict().items() if k != "bbox")


def _expand(rows: list) -> Optional[list]:
    """Leaf columns of 表三 from header rows of ('leaf', key) / ('group', children)."""
    if not rows:
        return None
    leaves = list(rows[0])
    for row in rows[1:]:
        queue = list(row)
        out = []
        for tok in leaves:
            if tok[0] == "group" and queue and queue[0][0] == "leaf" and queue[0][1] in tok[1]:
                taken = []
                while queue and queue[0][0] == "leaf" and queue[0][1] in tok[1] and queue[0][1] not in taken:
                    taken.append(queue.pop(0)[1])
                out.extend(("leaf", k) for k in taken)
            else:
                out.append(tok)
        leaves = out + queue
    if any(t[0] != "leaf" for t in leaves):
        return None
    return [t[1] for t in leaves]


def _expand_tree(rows: list, kids) -> Optional[list]:
    """Leaf columns of 表四: groups take their children from the next header row."""
    if not rows:
        return None
    leaves = list(rows[0])
    for row in rows[1:]:
        queue = list(row)
        out = []
        for tok in leaves:
            if tok[0] != "group":
                out.append(tok)
                continue
            expected = kids(tok[1])
            want = {("leaf", k[1].split(".")[-1]) if k[0] == "leaf" else k for k in expected}
            taken = []
            while queue and queue[0] in want and queue[0] not in taken:
                taken.append(queue.pop(0))
            if not taken:
                out.append(tok)
                continue
            for t in taken:
                out.append(("leaf", f"{tok[1]}.{t[1]}") if t[0] == "leaf" else t)
        leaves = out + [q for q in queue if q[0] == "group"]
    if any(t[0] != "leaf" or "." not in t[1] for t in leaves):
        return None
    return [t[1] for t in leaves]


def map_tables(tables: list, hints: list, template: str) -> TableResult:
    """Read every table row into `requests.*`, `active.*` and `appeals.*` readings."""
    mapper = _Mapper(template)
    for table, hint in zip(tables, hints):
        if hint:
            mapper.context = hint
        for row in table.rows:
            timelimit.check("tables")
            mapper.feed(row, hint)
    return mapper.result
