"""Template specs: what each national report template prints, as checked data.

One JSON file per template in `lexicons/templates/` holds its tables (row and
column keys, printed labels, the patterns that recognise them, types and
units), which section holds which table, the accounting identities between
cells, and the cues and years that recognise the template. Everything that
knows a template (table mapping, checks, detection, `fields.tsv`, the
evaluation) reads it from here, so adding a row or an identity is a change to
a data file. A spec is validated when it is loaded: a typo in a key or an
identity naming a cell the template does not have is an error naming the file
and the entry, not a silently empty column.

    >>> t = load("2021")
    >>> t.tables["requests"].rows[0].key, t.keys[:1], t.identities()[0].rule
"""
from __future__ import annotations

import itertools
import json
import pathlib
import string
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple, Optional

import regex

from . import lexicon

_TYPES = ("int", "float")
_TOP = {"_about", "template", "years", "unit", "cues", "tables", "identities"}
_CUES = {"words", "citations"}
_TABLE = {"number", "title", "section", "header", "rows", "columns", "row_groups", "column_groups", "cells"}
_LABEL = {"key", "label", "match", "note", "type", "unit", "only_under"}
_GROUP = {"key", "label", "match", "rows", "columns", "one_row"}
_IDENTITY = {"rule", "each", "sum", "left", "right"}


class SpecError(ValueError):
    """A template spec that cannot be used; names the file and the entry."""

    def __init__(self, path, entry: str, problem: str):
        self.path, self.entry, self.problem = str(path), entry, problem
        super().__init__(f"{path}: {entry}: {problem}")


@dataclass(frozen=True)
class Label:
    """A row, column or group of a table: its key, printed label and pattern.

    `match` is a regular expression tried on a cell's text without white
    space and without its leading enumerator; None for a row that is only
    ever printed as its group's single row (`one_row`)."""

    key: str
    label: str = ""
    match: Optional[str] = None
    note: str = ""
    type: str = "int"
    unit: str = ""
    only_under: Optional[str] = None    # a row recognised only under this row group (（六）3.其他)
    members: tuple = ()                 # a group's rows or columns
    one_row: Optional[str] = None       # a row group printed as one row is read as this row


@dataclass(frozen=True)
class Table:
    name: str                 # active / requests / appeals: the first part of its keys
    number: str               # 二 / 三 / 四, as reports and warnings name it
    section: int              # the report section that holds it
    rows: tuple
    columns: tuple
    row_groups: tuple = ()
    column_groups: tuple = ()
    header: Optional[str] = None   # a header cell naming no column (信息内容) that still marks a header
    cells: dict = field(default_factory=dict)   # row key -> its column keys, in template order
    title: str = ""           # as a page or dashboard shows the table (表三 收到和处理…)

    def keys(self) -> list:
        return [f"{self.name}.{r}.{c}" for r, cols in self.cells.items() for c in cols]

    def row(self, key: str) -> Label:
        return next(r for r in self.rows if r.key == key)

    def column(self, key: str) -> Label:
        return next(c for c in self.columns if c.key == key)


class Identity(NamedTuple):
    """An accounting identity: the sum of `left` equals the sum of `right`."""

    rule: str
    left: tuple
    right: tuple


@dataclass(frozen=True)
class Field:
    """One table cell of the record, as `fields.tsv` lists it."""

    key: str
    label: str
    type: str
    unit: str


@dataclass(frozen=True)
class Template:
    name: str
    path: str
    years: tuple              # (first, last) report year it is used for; None = open
    words: tuple              # words only this template prints
    citations: tuple          # the notice that set the template, as reports cite it
    tables: dict              # name -> Table
    identity_specs: tuple     # identities as written, expanded by `identities`

    @property
    def keys(self) -> list:
        return list(self._keys)

    @cached_property
    def _keys(self) -> tuple:
        # Spelled out once per template, not once per report: a few hundred strings.
        return tuple(k for t in self.tables.values() for k in t.keys())

    @cached_property
    def folder(self) -> str:
        """The folder of specs this one was loaded from (asked by every report's table
        stages: spelt out by pathlib once, not each time)."""
        return str(pathlib.Path(self.path).parent)

    def fields(self, table: Optional[str] = None) -> list:
        """The cells of every table, or of one, with their labels, types and units."""
        out = []
        for t in self.tables.values():
            if table is not None and t.name != table:
                continue
            for r, cols in t.cells.items():
                row = t.row(r)
                for c in cols:
                    col = t.column(c)
                    joiner = " / " if t.name == "requests" else " "
                    label = _noted(row) + joiner + _noted(col)
                    out.append(Field(f"{t.name}.{r}.{c}", label, col.type, col.unit))
        return out

    def one_rows(self) -> list:
        """(table, group) for each row group a report may print as one row instead of its rows."""
        return [(t, g) for t in self.tables.values() for g in t.row_groups if g.one_row and g.members]

    def identities(self, printed_as_one: frozenset = frozenset()) -> list:
        """The identities with their keys spelled out.

        `printed_as_one` names row groups (table.group) the report printed as
        one row: their rows are replaced by that row in every identity."""
        return list(_identities(self.path, printed_as_one))

    def in_years(self, year) -> bool:
        first, last = self.years
        return year is not None and (first is None or year >= first) and (last is None or year <= last)


def _noted(label: Label) -> str:
    return f"{label.label} ({label.note})" if label.note else label.label


def folder_of(folder=None) -> pathlib.Path:
    return pathlib.Path(folder) if folder is not None else pathlib.Path(str(lexicon.path("templates")))


@lru_cache(maxsize=None)
def _load(path: str) -> Template:
    p = pathlib.Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecError(p, "file", f"cannot be read as JSON: {exc}") from None
    return _validated(p, data)


@lru_cache(maxsize=None)
def load(name: str, folder=None) -> Template:
    """The spec of one template (2021, 2019, legacy), validated."""
    path = folder_of(folder) / f"{name}.json"
    if not path.exists():
        raise SpecError(path, "file", f"no spec for template {name!r}")
    return _load(str(path.resolve()))


@lru_cache(maxsize=None)
def all_templates(folder=None) -> tuple:
    """Every template of a folder, newest first (the order ties and label lookups follow)."""
    found = [load(p.stem, folder) for p in sorted(folder_of(folder).glob("*.json"))]
    return tuple(sorted(found, key=lambda t: -(t.years[0] or 0)))


@lru_cache(maxsize=None)
def _identities(path: str, printed_as_one: frozenset) -> tuple:
    template = _load(path)
    return tuple(i for s in template.identity_specs for i in _expand(s, template, printed_as_one))


@lru_cache(maxsize=None)
def national(folder=None) -> tuple:
    """The templates that print tables, newest first."""
    return tuple(t for t in all_templates(folder) if t.tables)


def fields(folder=None) -> dict:
    """Every table cell of every national template: {key: (Field, [template names])}.

    Table by table; within a table the newest template's cells first, then the
    cells only older templates print."""
    out: dict = {}
    templates = national(folder)
    for table in dict.fromkeys(name for t in templates for name in t.tables):
        for t in templates:
            for f in t.fields(table):
                out.setdefault(f.key, (f, []))[1].append(t.name)
    return out


def table_of_section(folder=None) -> dict:
    """{section number: table name}, as the national templates place their tables."""
    return dict(_table_of_section(folder))


@lru_cache(maxsize=None)
def _table_of_section(folder) -> tuple:
    return tuple((t.section, t.name) for tpl in reversed(national(folder)) for t in tpl.tables.values())


# -- validation --------------------------------------------------------------

def _validated(path: pathlib.Path, data) -> Template:
    def fail(entry, problem):
        raise SpecError(path, entry, problem)

    if not isinstance(data, dict):
        fail("file", "a spec is a JSON object")
    _no_unknown(fail, "top level", data, _TOP)
    if data.get("template") != path.stem:
        fail("template", f"is {data.get('template')!r}; the file is named for {path.stem!r}")
    years = data.get("years", [None, None])
    if not (isinstance(years, list) and len(years) == 2 and all(y is None or isinstance(y, int) for y in years)):
        fail("years", "must be [first, last], each a year or null")
    cues = data.get("cues", {})
    _no_unknown(fail, "cues", cues, _CUES)
    unit = data.get("unit", "")
    tables = {name: _table(fail, name, body, unit) for name, body in data.get("tables", {}).items()}
    template = Template(data["template"], str(path), tuple(years), tuple(cues.get("words", [])),
                        tuple(cues.get("citations", [])), tables, tuple(data.get("identities", [])))
    keys = set(template.keys)
    for t, g in template.one_rows():
        keys.update(f"{t.name}.{g.one_row}.{c.key}" for c in t.columns)
    for i, s in enumerate(template.identity_specs):
        entry = f"identities[{i}] ({s.get('rule', '?') if isinstance(s, dict) else s})"
        if not isinstance(s, dict):
            fail(entry, "an identity is an object")
        _no_unknown(fail, entry, s, _IDENTITY)
        for need in ("rule", "left", "right"):
            if need not in s:
                fail(entry, f"has no {need!r}")
        variants = [frozenset()] + [frozenset({f"{t.name}.{g.key}"}) for t, g in template.one_rows()]
        for printed in variants:
            try:
                expanded = _expand(s, template, printed)
            except (KeyError, IndexError, ValueError) as exc:
                fail(entry, f"cannot be spelled out: {exc}")
            for ident in expanded:
                missing = [k for k in ident.left + ident.right if k not in keys]
                if missing:
                    fail(entry, f"names cells the template does not have: {', '.join(missing)}")
    return template


def _no_unknown(fail, entry, obj, allowed):
    if not isinstance(obj, dict):
        fail(entry, "must be an object")
    unknown = sorted(set(obj) - allowed)
    if unknown:
        fail(entry, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")


def _labels(fail, where, items, allowed, unit="") -> tuple:
    if not isinstance(items, list):
        fail(where, "must be a list")
    out, keys, labels = [], set(), set()
    for i, item in enumerate(items):
        entry = f"{where}[{i}] ({item.get('key', '?') if isinstance(item, dict) else item})"
        _no_unknown(fail, entry, item, allowed)
        key = item.get("key")
        if not isinstance(key, str) or not key.isidentifier():
            fail(entry, "needs a key made of letters, digits and _")
        if key in keys:
            fail(entry, f"duplicate key {key!r}")
        keys.add(key)
        label = item.get("label", "")
        if label and label in labels:
            fail(entry, f"duplicate label {label!r}")
        labels.add(label)
        if item.get("match") is not None:
            try:
                regex.compile(item["match"])
            except regex.error as exc:
                fail(entry, f"match is not a valid regular expression: {exc}")
        if item.get("type", "int") not in _TYPES:
            fail(entry, f"type must be one of {', '.join(_TYPES)}")
        members = tuple(item.get("rows", item.get("columns", ())))
        out.append(Label(key, label, item.get("match"), item.get("note", ""), item.get("type", "int"),
                         item.get("unit", unit), item.get("only_under"), members, item.get("one_row")))
    return tuple(out)


def _table(fail, name, body, unit: str) -> Table:
    where = f"tables.{name}"
    _no_unknown(fail, where, body, _TABLE)
    for need in ("number", "section", "rows", "columns"):
        if need not in body:
            fail(where, f"has no {need!r}")
    rows = _labels(fail, f"{where}.rows", body["rows"], _LABEL)
    columns = _labels(fail, f"{where}.columns", body["columns"], _LABEL, unit)
    row_groups = _labels(fail, f"{where}.row_groups", body.get("row_groups", []), _GROUP)
    column_groups = _labels(fail, f"{where}.column_groups", body.get("column_groups", []), _GROUP)
    row_keys, col_keys = [r.key for r in rows], [c.key for c in columns]
    group_keys = {g.key for g in row_groups}
    for g in row_groups:
        bad = [m for m in g.members if m not in row_keys]
        if bad:
            fail(f"{where}.row_groups ({g.key})", f"names rows the table does not have: {', '.join(bad)}")
        if g.one_row and not g.members and g.one_row not in row_keys:
            fail(f"{where}.row_groups ({g.key})", f"one_row {g.one_row!r} is not a row of the table")
    for g in column_groups:
        bad = [m for m in g.members if m not in col_keys]
        if bad:
            fail(f"{where}.column_groups ({g.key})", f"names columns the table does not have: {', '.join(bad)}")
    one_rows = {g.one_row for g in row_groups}
    for r in rows:
        if r.only_under and r.only_under not in group_keys:
            fail(f"{where}.rows ({r.key})", f"only_under {r.only_under!r} is not a row group")
        if r.match is None and r.key not in one_rows:
            fail(f"{where}.rows ({r.key})", "has no match and no row group is read as it")
    for lab in (*rows, *columns, *row_groups, *column_groups):
        if lab.match is None and lab not in rows:
            fail(f"{where} ({lab.key})", "has no match")
    cells = body.get("cells") or {r: col_keys for r in row_keys}
    for r, cols in cells.items():
        if r not in row_keys:
            fail(f"{where}.cells ({r})", "is not a row of the table")
        bad = [c for c in cols if c not in col_keys]
        if bad:
            fail(f"{where}.cells ({r})", f"names columns the table does not have: {', '.join(bad)}")
    missing = [r for r in row_keys if r not in cells]
    if missing:
        fail(f"{where}.cells", f"rows without cells: {', '.join(missing)}")
    if body.get("header") is not None:
        try:
            regex.compile(body["header"])
        except regex.error as exc:
            fail(f"{where}.header", f"is not a valid regular expression: {exc}")
    return Table(name, body["number"], int(body["section"]), rows, columns, row_groups, column_groups,
                 body.get("header"), {r: tuple(cols) for r, cols in cells.items()}, body.get("title", ""))


# -- identities --------------------------------------------------------------

def _expand(spec: dict, template: Template, printed_as_one: frozenset) -> list:
    """Given an identity as written, return it spelled out: one Identity per value of
    each `each` variable, every key with a `sum` variable repeated for its values."""
    def values(ref):
        if isinstance(ref, str):          # table.rows / table.columns
            table, part = ref.split(".")
            found = [x.key for x in getattr(template.tables[table], part)]
        else:
            found = list(ref)
        return _as_printed(found, template, printed_as_one)

    each = {name: values(ref) for name, ref in spec.get("each", {}).items()}
    sums = {name: values(ref) for name, ref in spec.get("sum", {}).items()}
    declared = set(each) | set(sums)
    for text in [spec["rule"], *spec["left"], *spec["right"]]:
        used = {f for _, f, _, _ in string.Formatter().parse(text) if f}
        if used - declared:
            raise ValueError(f"{text!r} uses undeclared variable(s) {', '.join(sorted(used - declared))}")
    out = []
    for combo in itertools.product(*each.values()):
        fixed = dict(zip(each, combo))

        def spell(keys):
            spelled = []
            for k in keys:
                free = [n for n in sums if "{" + n + "}" in k]
                for vals in itertools.product(*(sums[n] for n in free)):
                    spelled.append(k.format(**fixed, **dict(zip(free, vals))))
            return tuple(spelled)

        out.append(Identity(spec["rule"].format(**fixed), spell(spec["left"]), spell(spec["right"])))
    return out


def _as_printed(keys: list, template: Template, printed_as_one: frozenset) -> list:
    """Given row keys, return them with the rows of a group printed as one row
    replaced by that row (（六）其他处理 printed as one line in a 2021 report)."""
    for table, group in template.one_rows():
        if f"{table.name}.{group.key}" not in printed_as_one:
            continue
        at = [i for i, k in enumerate(keys) if k in group.members]
        if at:
            keys = [k for k in keys if k not in group.members]
            keys.insert(at[0], group.one_row)
    return keys


def meta_keys() -> list:
    """The record's scored meta fields (agency, year, template, …), as `meta_fields.tsv` lists them."""
    lines = lexicon.path("meta_fields.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t")[0].removeprefix("meta.") for line in lines if line]


def fields_tsv(folder=None) -> str:
    """fields.tsv as the specs define it: the record's meta fields, then one row per table cell."""
    lines = lexicon.path("meta_fields.tsv").read_text(encoding="utf-8").splitlines()
    lines += ["\t".join((f.key, " ".join(names), f.label, f.type, f.unit)) for f, names in fields(folder).values()]
    return "\n".join(lines) + "\n"
