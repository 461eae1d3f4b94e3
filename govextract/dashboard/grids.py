"""Tables 二/三/四 laid out as printed, from the record's keys and labels.

A key `requests.granted.natural_person` is row `granted`, column
`natural_person` of 表三; the row and column names shown are cut from the
Chinese labels of `fields.tsv` (the part a row's labels share is the row's
label, the rest the column's), so the grid follows the template data and
needs no labels of its own.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon

TABLES = (("active", "表二 主动公开"), ("requests", "表三 依申请公开"), ("appeals", "表四 复议诉讼"))


@dataclass
class Grid:
    key: str
    title: str
    columns: list        # [(column id, label)]
    rows: list           # [(row label, [key or None per column])]


@lru_cache(maxsize=None)
def _labels() -> dict:
    with lexicon.path("fields.tsv").open(encoding="utf-8") as fh:
        return {r["key"]: (r["templates"].split(), r["label_zh"]) for r in csv.DictReader(fh, delimiter="\t")}


def _shared_head(labels: list) -> str:
    """The words all `labels` open with, cut back to a whole word."""
    if len(labels) == 1:
        head = labels[0].rsplit(" ", 1)[0]
        return head + " " if head != labels[0] else ""
    head = labels[0]
    for label in labels[1:]:
        while not label.startswith(head):
            head = head[:-1]
    cut = max(head.rfind(" "), head.rfind("/"))
    return head[:cut + 1]


def grids(template: str) -> list:
    """Given a template, return its three tables as grids of keys."""
    out = []
    for prefix, title in TABLES:
        keys = [k for k, (templates, _) in _labels().items() if k.startswith(prefix + ".") and template in templates]
        rows, columns = {}, {}
        for key in keys:
            _, row, column = key.split(".")
            rows.setdefault(row, []).append(key)
        grid_rows = []
        for row, row_keys in rows.items():
            labels = [_labels()[k][1] for k in row_keys]
            head = _shared_head(labels)
            for key, label in zip(row_keys, labels):
                columns.setdefault(key.split(".")[2], label[len(head):].strip(" /") or label)
            grid_rows.append((head.strip(" /") or labels[0], row, row_keys))
        column_ids = list(columns)
        out.append(Grid(prefix, title, [(c, columns[c]) for c in column_ids],
                        [(label, [f"{prefix}.{row}.{c}" if f"{prefix}.{row}.{c}" in row_keys else None
                                  for c in column_ids]) for label, row, row_keys in grid_rows]))
    return out
