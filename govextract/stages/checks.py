"""The accounting identities of the tables, tested and reported.

The identities are the template spec's (`lexicons/templates/*.json`). Values
are never changed here: a failed identity is a finding about the report
(often a publishing slip), so it is recorded with both sides and the cells
involved. Blank cells count as 0 in a sum; a check whose cells are all blank
is skipped rather than passed, and one with a whole side blank (a report that
leaves its 总计 column empty) has `ok: null`: there is nothing printed to
compare, which is not the same as a sum that does not add up. A cell the
record does not hold at all is listed in `missing_cells`.
"""
from __future__ import annotations

from typing import Optional

from ..spec import Identity, Template


def printed_as_one(flat: dict, template: Template) -> frozenset:
    """Given a flat table, return the row groups (table.group) the report printed as
    one row instead of their rows, such as （六）其他处理 in a 2021 report."""
    return frozenset(f"{t.name}.{g.key}" for t, g in template.one_rows()
                     if any(flat.get(f"{t.name}.{g.one_row}.{c.key}") is not None for c in t.columns))


def check(identity: Identity, flat: dict):
    """Given an identity and a flat table, return its check dict (None when every cell is blank)."""
    # Each cell looked up once, and counted and summed in C: every report runs dozens of these.
    left, right = [flat.get(k) for k in identity.left], [flat.get(k) for k in identity.right]
    left_blank, right_blank = left.count(None) == len(left), right.count(None) == len(right)
    if left_blank and right_blank:
        return None
    lhs = sum(filter(None, left))    # blank cells (and zeros) add nothing
    rhs = sum(filter(None, right))
    cells = list(identity.left + identity.right)
    out = {"rule": identity.rule, "expected": lhs, "found": rhs,
           "ok": None if left_blank or right_blank else abs(lhs - rhs) < 1e-9,
           "cells": cells, "blank_cells": [k for k, v in zip(cells, left + right) if v is None]}
    missing = [k for k in cells if k not in flat]
    if missing:
        out["missing_cells"] = missing
    return out


def run(flat: dict, template: Template, printed: Optional[frozenset] = None) -> list:
    """Given a flat {key: value} table and its template, return every identity's check;
    `printed` is `printed_as_one(flat, template)` when the caller has it already."""
    if printed is None:
        printed = printed_as_one(flat, template)
    found = (check(i, flat) for i in template.identities(printed))
    return [c for c in found if c]
