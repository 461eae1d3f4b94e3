"""Dashboard-ready outputs of a batch: Parquet tables and a DuckDB database.

Built from the journals at the end of a run, in source order, each file
written under a temporary name and renamed into place, so a dashboard never
sees a half-written file and two runs over the same inputs give the same
tables. Every table is keyed by `source` (the input's path, or
`archive!member`); `reports` has one row per input that became a record,
with every table key of fields.tsv as a column, named exactly as the key and
typed as fields.tsv types it: counts BIGINT, amounts DOUBLE. A cell that does
not fit its type (0.5 printed in a count cell, a 25-digit run) is null there,
with a row in `warnings`, and stays in `cells` as printed: one odd cell must
not stop the whole archive's tables from being written.
"""
from __future__ import annotations

import datetime
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq

from .. import spec
from ..messages import warning
from ..record import flatten
from .canonical import ORDER, report_key

BATCH_ROWS = 2000
INT64 = 2 ** 63
META = [("file", pa.string()), ("format", pa.string()), ("pages", pa.int32()),
        ("encoding", pa.string()), ("agency", pa.string()), ("year", pa.int32()),
        ("template", pa.string()), ("province", pa.string()), ("city", pa.string()),
        ("county", pa.string()), ("title", pa.string()), ("publication_date", pa.date32())]
_ARROW = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}


def _table_types() -> dict:
    return {key: f.type for key, (f, _) in spec.fields().items()}


def _schemas() -> dict:
    head = [("source", pa.string()), ("source_raw", pa.string()), ("sha256", pa.string()),
            ("duplicate_of", pa.string()), ("report_key", pa.string())]
    return {
        "reports": pa.schema(head + META + [(k, _ARROW[t]) for k, t in _table_types().items()] + [
            ("cells_read", pa.int32()), ("checks_run", pa.int32()), ("checks_failed", pa.int32()),
            ("warnings", pa.int32()), ("facts", pa.int32()), ("problems", pa.int32()), ("improvements", pa.int32())]),
        "cells": pa.schema([("source", pa.string()), ("key", pa.string()), ("value", pa.float64()),
                            ("raw", pa.string()), ("page", pa.int32()), ("where", pa.string())]),
        "facts": pa.schema([("source", pa.string()), ("kind", pa.string()), ("value", pa.float64()),
                            ("unit", pa.string()), ("approx", pa.bool_()), ("channel", pa.string()),
                            ("category", pa.string()), ("text", pa.string()), ("page", pa.int32()),
                            ("where", pa.string())]),
        "warnings": pa.schema([("source", pa.string()), ("n", pa.int32()), ("text", pa.string())]),
        "statements": pa.schema([("source", pa.string()), ("section", pa.string()), ("n", pa.int32()),
                                 ("text", pa.string())]),
        "checks": pa.schema([("source", pa.string()), ("rule", pa.string()), ("expected", pa.float64()),
                             ("found", pa.float64()), ("ok", pa.bool_()), ("cells", pa.list_(pa.string())),
                             ("blank_cells", pa.list_(pa.string()))]),
        "errors": pa.schema([("source", pa.string()), ("source_raw", pa.string()), ("sha256", pa.string()),
                             ("duplicate_of", pa.string()), ("code", pa.string()), ("cause", pa.string()),
                             ("stage", pa.string())]),
    }


def _number(value):
    """A value as DOUBLE, or None where it is not a number a double can hold."""
    try:
        return float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError, OverflowError):
        return None


def _typed(key: str, value, kind: str, notes: list):
    """A table value in its column's type; None, with a note, where it does not fit."""
    if value is None:
        return None
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool) and -INT64 <= value < INT64:
            return value
        shown = str(value) if len(str(value)) <= 40 else str(value)[:40] + "…"
        notes.append(warning("W_STORE_NOT_INT64", key=key, shown=shown))
        return None
    if kind == "float":
        number = _number(value)
        if number is None:
            notes.append(warning("W_STORE_NOT_NUMBER", key=key))
        return number
    return value


def _date(value, notes: list):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        notes.append(warning("W_STORE_NOT_DATE", value=value))
        return None


def _rows(record: dict) -> dict:
    """One record as rows of each long table, plus its `reports` row."""
    meta, source = record["meta"], record["meta"]["source"]
    tables = flatten(record["tables"])
    notes = []   # what storing the record had to leave out, as extra warnings
    typed = {key: _typed(key, tables.get(key), kind, notes) for key, kind in _table_types().items()}
    report = {"source": source, "source_raw": meta.get("source_raw"), "sha256": meta.get("sha256"),
              "duplicate_of": meta.get("duplicate_of"), "report_key": report_key(meta),
              **{name: meta.get(name) for name, _ in META}, **typed,
              "publication_date": _date(meta.get("publication_date"), notes),
              "cells_read": sum(v is not None for v in tables.values()),
              "checks_run": len(record["checks"]),
              "checks_failed": sum(c["ok"] is False for c in record["checks"]),
              **{k: len(record[k]) for k in ("facts", "problems", "improvements")},
              "warnings": len(record["warnings"]) + len(notes)}
    cells = [{"source": source, "key": key, "value": _number(where.get("value")), "raw": where.get("raw"),
              "page": where.get("page"), "where": json.dumps(where, ensure_ascii=False)}
             for key, where in record["sources"].items()]
    cells += [{"source": source, "key": key, "value": None, "raw": None, "page": None, "where": None}
              for key, value in tables.items() if key not in record["sources"]]
    facts = [{**{k: f.get(k) for k in ("kind", "unit", "approx", "channel", "category", "text")},
              "value": _number(f.get("value")), "source": source, "page": f.get("where", {}).get("page"),
              "where": json.dumps(f.get("where"), ensure_ascii=False)} for f in record["facts"]]
    statements = [{"source": source, "section": section, "n": n, "text": text}
                  for section in ("problems", "improvements")
                  for n, text in enumerate(record[section], start=1)]
    checks = [{"source": source, **{k: c.get(k) for k in ("rule", "ok", "cells", "blank_cells")},
               "expected": _number(c.get("expected")), "found": _number(c.get("found"))}
              for c in record["checks"]]
    warnings = [{"source": source, "n": n, "text": text}
                for n, text in enumerate(record["warnings"] + notes, start=1)]
    return {"reports": [report], "cells": cells, "facts": facts, "statements": statements, "checks": checks,
            "warnings": warnings}


class _Writer:
    """A Parquet file filled in batches, renamed into place when complete."""

    def __init__(self, path: str, schema: pa.Schema):
        self.path, self.schema, self.rows = path, schema, []
        self.tmp = path + ".tmp"
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")

    def add(self, rows: list):
        self.rows.extend(rows)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self):
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self):
        self.flush()
        self.writer.close()
        os.replace(self.tmp, self.path)


def write_parquet(out_dir: str, records, errors) -> dict:
    """Write the Parquet tables from records and error rows given in source order."""
    schemas = _schemas()
    writers = {name: _Writer(os.path.join(out_dir, f"{name}.parquet"), schema) for name, schema in schemas.items()}
    for record in records:
        for name, rows in _rows(record).items():
            writers[name].add(rows)
    for row in errors:
        writers["errors"].add([{k: row.get(k) for k in schemas["errors"].names}])
    for w in writers.values():
        w.close()
    return {name: w.path for name, w in writers.items()}


# Tables derived once when the database is written: every page and view counts from them.
DERIVED = {
    # One row per report however many copies an archive holds (see canonical.py for the key and
    # the order that picks the copy kept); `copies` lists the others' sources.
    "canonical_reports": f"""
        WITH ranked AS (
            SELECT *, row_number() OVER same_report AS copy_rank,
                   list(source) OVER (same_report ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS sources
            FROM reports WHERE duplicate_of IS NULL
            WINDOW same_report AS (PARTITION BY coalesce(report_key, source) ORDER BY {ORDER}))
        SELECT * EXCLUDE (copy_rank, sources), list_filter(sources, lambda s: s <> source) AS copies
        FROM ranked WHERE copy_rank = 1""",
}

VIEWS = {
    "reports_by_year_region": """
        SELECT year, province, city, template, count(*) AS reports,
               sum("requests.new_received.total")::BIGINT AS requests_received,
               sum("appeals.review.total")::BIGINT AS reviews,
               (sum("appeals.suit_direct.total") + sum("appeals.suit_after_review.total"))::BIGINT AS lawsuits,
               sum(checks_failed)::BIGINT AS checks_failed
        FROM canonical_reports
        GROUP BY ALL ORDER BY ALL""",
    "failed_checks": """
        SELECT c.source, r.agency, r.year, c.rule, c.expected, c.found, c.cells
        FROM checks c JOIN canonical_reports r USING (source)
        WHERE NOT c.ok ORDER BY c.source, c.rule""",
    "errors_by_cause": """
        SELECT code, count(*) AS inputs, any_value(cause) AS example
        FROM errors GROUP BY code ORDER BY inputs DESC, code""",
}


def write_duckdb(path: str, parquet: dict):
    """A DuckDB database holding the Parquet tables and the ready views."""
    import duckdb
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = duckdb.connect(tmp)
    try:
        for name, file in parquet.items():
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?)", [file])
        for name, sql in DERIVED.items():
            con.execute(f"CREATE TABLE {name} AS {sql}")
        for name, sql in VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {sql}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)
