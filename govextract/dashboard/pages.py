"""What each page shows: the queries behind it, gathered for its template.

Shared by the server (one page per request) and the single-file export (every
page in one document), so both show the same figures.
"""
from __future__ import annotations

import json

from .grids import grids
from .queries import PAGE_SIZE, Archive

PAGE_SCALE = 2.0     # page images are rendered at 2 px per PDF point (144 dpi)


def configure(env, links):
    """What every template may use, in the server and the export alike."""
    env.globals.update(links=links, page_size=PAGE_SIZE, page_scale=PAGE_SCALE)
    env.filters["number"] = _number


def _number(value):
    """A cell as printed: 3119.0 from a DOUBLE column shows as 3119."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def overview(archive: Archive, page: int = 1) -> dict:
    by_year = archive.run("by_year")
    by_province = archive.run("by_province")
    return {
        "totals": archive.run("totals").dicts()[0],
        "by_year": by_year, "by_province": by_province,
        "formats": archive.run("formats"),
        "errors": archive.run("errors_by_cause"),
        "failed_rules": archive.run("failed_rules"),
        "failed_checks": archive.run("failed_checks", page=page),
        "agencies": archive.run("agencies", q="", page=1),
        "charts": [
            _chart("chart-years", "bar", by_year, "year", "reports", "报告数 reports"),
            _chart("chart-provinces", "bar", by_province, "province", "reports", "报告数 reports"),
        ],
    }


def search(archive: Archive, q: str, page: int = 1) -> dict:
    return {"q": q, "agencies": archive.run("agencies", q=q, page=page)}


def agency(archive: Archive, who: dict) -> dict:
    years = archive.run("agency_years", **who)
    refusals = archive.run("agency_refusals", **who)
    published = archive.run("agency_published", **who)
    channels = sorted({r[1] for r in published.rows})
    by_year = sorted({r[0] for r in published.rows})
    items = {(r[0], r[1]): r[2] for r in published.rows}
    charts = [
        {"id": "chart-requests", "type": "bar", "labels": [r["year"] for r in years.dicts()],
         "datasets": [{"label": name, "data": [r[name] for r in years.dicts()]}
                      for name in ("received", "granted", "partly_granted", "refused", "reviews", "lawsuits")]},
        {"id": "chart-refusals", "type": "bar", "stacked": True, "labels": [r[0] for r in refusals.rows],
         "datasets": [{"label": col, "data": [r[i] for r in refusals.rows]}
                      for i, col in enumerate(refusals.columns) if i]},
        {"id": "chart-published", "type": "bar", "labels": by_year,
         "datasets": [{"label": ch, "data": [items.get((y, ch)) for y in by_year]} for ch in channels]},
    ]
    return {"who": who, "years": years, "refusals": refusals, "published": published,
            "carry_over": archive.run("agency_carry_over", **who), "charts": charts}


def report(archive: Archive, source: str) -> dict:
    found = archive.run("report", source=source).dicts()
    if not found:
        return {"source": source, "missing": True}
    meta = found[0]
    cells = {r["key"]: r for r in archive.run("cells", source=source).dicts()}
    for cell in cells.values():
        where = json.loads(cell["where"]) if cell["where"] else {}
        cell["bbox"] = where.get("bbox")
    checks = archive.run("checks", source=source)
    failed = {key for c in checks.dicts() if c["ok"] is False for key in c["cells"] or ()}
    return {
        "source": source, "missing": False, "meta": meta, "cells": cells, "failed_cells": failed,
        "grids": grids(meta["template"]) if meta["template"] in ("2019", "2021") else [],
        "checks": checks, "facts": archive.run("facts", source=source),
        "statements": archive.run("statements", source=source),
        "warnings": archive.run("warnings", source=source),
        "copies": archive.run("copies", source=source) if meta.get("duplicate_of") is None else None,
        "page_scale": PAGE_SCALE,
    }


def _chart(element_id, kind, result, x, y, label) -> dict:
    rows = result.dicts()
    return {"id": element_id, "type": kind, "labels": [r[x] if r[x] is not None else "—" for r in rows],
            "datasets": [{"label": label, "data": [r[y] for r in rows]}]}
