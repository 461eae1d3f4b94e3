"""The accounting identities of tables 三 and 四, tested and reported.

Values are never changed here: a failed identity is a finding about the
report (often a publishing slip), so it is recorded with both sides and the
cells involved. Blank cells count as 0 in a sum; a check whose cells are
all blank is skipped rather than passed, and one with a whole side blank (a
report that leaves its 总计 column empty) has `ok: null`: there is nothing
printed to compare, which is not the same as a sum that does not add up.
"""
from __future__ import annotations

from functools import lru_cache

from .. import lexicon

COLUMNS = ["natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org", "total"]
APPLICANTS = COLUMNS[:-1]
LEAVES = {
    "2021": ["granted", "partly_granted", "denied_state_secret", "denied_prohibited", "denied_security",
             "denied_third_party", "denied_internal", "denied_process", "denied_enforcement", "denied_query",
             "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear", "rejected_petition",
             "rejected_repeated", "rejected_publication", "rejected_excessive", "rejected_confirmation",
             "other_no_correction", "other_unpaid_fee", "other_misc"],
}
LEAVES["2019"] = LEAVES["2021"][:-3] + ["other"]
RESULTS = ["upheld", "corrected", "other", "pending"]


def _check(rule, flat, left, right):
    cells = left + right
    if all(flat.get(k) is None for k in cells):
        return None
    lhs = sum(flat.get(k) or 0 for k in left)
    rhs = sum(flat.get(k) or 0 for k in right)
    one_side_blank = any(all(flat.get(k) is None for k in side) for side in (left, right))
    return {"rule": rule, "expected": lhs, "found": rhs, "ok": None if one_side_blank else abs(lhs - rhs) < 1e-9,
            "cells": cells, "blank_cells": [k for k in cells if flat.get(k) is None]}


def identities(flat: dict, template: str) -> list:
    """The template's identities as (rule, left keys, right keys), each saying sum(left) = sum(right).

    `flat` only decides whether （六）其他处理 was printed as one row."""
    one_other_row = template == "2021" and any(flat.get(f"requests.other.{c}") is not None for c in COLUMNS)
    return _identities(template, one_other_row) if template in LEAVES else []


@lru_cache(maxsize=None)
def _identities(template: str, one_other_row: bool) -> tuple:
    leaves = LEAVES["2019"] if one_other_row else LEAVES[template]   # one （六） row; see RECORD.md
    out = []
    for col in COLUMNS:
        r = f"requests.{{}}.{col}"
        out.append((f"表三 {col}: 一+二 = （七）+四",
                    [r.format("new_received"), r.format("carried_over")],
                    [r.format("total_handled"), r.format("carried_forward")]))
        out.append((f"表三 {col}: （七）总计 = 各项办理结果之和", [r.format("total_handled")], [r.format(x) for x in leaves]))
    for row in ["new_received", "carried_over", *leaves, "total_handled", "carried_forward"]:
        out.append((f"表三 {row}: 总计 = 六类申请人之和",
                    [f"requests.{row}.total"], [f"requests.{row}.{c}" for c in APPLICANTS]))
    for group in ["review", "suit_direct", "suit_after_review"]:
        out.append((f"表四 {group}: 总计 = 维持+纠正+其他+尚未审结",
                    [f"appeals.{group}.total"], [f"appeals.{group}.{r}" for r in RESULTS]))
    known = lexicon.fields()
    return tuple(i for i in out if all(k in known or k.startswith("requests.other.") for k in i[1] + i[2]))


def run(flat: dict, template: str) -> list:
    """All identities for a flat {key: value} table, as check dicts."""
    found = (_check(rule, flat, left, right) for rule, left, right in identities(flat, template))
    return [c for c in found if c]
