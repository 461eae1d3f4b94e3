"""Every figure the dashboard shows, as a named SQL query over a batch's DuckDB.

Pages and CSV downloads go through the same names, so a table on screen and
its CSV always agree. Reports are counted from the `canonical_reports` view
(one row per report, whatever number of copies an archive holds), never from
`reports`, so an HTML page, its PDF and its crawler text count once.
"""
from __future__ import annotations

import csv
import io
import os
import threading
from dataclasses import dataclass

PAGE_SIZE = 50

# The agency a page is about: its name and divisions (two bodies may share a name).
_AGENCY = """agency IS NOT DISTINCT FROM $agency AND province IS NOT DISTINCT FROM $province
             AND city IS NOT DISTINCT FROM $city AND county IS NOT DISTINCT FROM $county"""

_DENIED = ["denied_state_secret", "denied_prohibited", "denied_security", "denied_third_party",
           "denied_internal", "denied_process", "denied_enforcement", "denied_query"]

QUERIES = {
    "totals": """
        SELECT (SELECT count(*) FROM canonical_reports) AS reports,
               (SELECT count(*) FROM reports) AS records,
               (SELECT count(*) FROM reports) - (SELECT count(*) FROM canonical_reports) AS copies,
               (SELECT count(*) FROM errors) AS errors,
               (SELECT count(DISTINCT source) FROM failed_checks) AS reports_with_failed_checks,
               (SELECT count(DISTINCT (agency, province, city, county)) FROM canonical_reports) AS agencies""",
    "by_year": """
        SELECT year, count(*) AS reports, sum("requests.new_received.total") AS requests_received
        FROM canonical_reports GROUP BY year ORDER BY year NULLS LAST""",
    "by_province": """
        SELECT province, count(*) AS reports, sum("requests.new_received.total") AS requests_received
        FROM canonical_reports GROUP BY province ORDER BY reports DESC, province NULLS LAST""",
    "formats": """
        SELECT format, count(*) AS records FROM reports GROUP BY format ORDER BY records DESC, format""",
    "errors_by_cause": "SELECT * FROM errors_by_cause",
    "failed_rules": """
        SELECT rule, count(*) AS failures, count(DISTINCT source) AS reports
        FROM failed_checks GROUP BY rule ORDER BY failures DESC, rule""",
    "failed_checks": """
        SELECT source, agency, year, rule, expected, found FROM failed_checks
        ORDER BY source, rule LIMIT $limit OFFSET $offset""",
    "agencies": """
        SELECT agency, province, city, county, count(*) AS reports, min(year) AS first_year,
               max(year) AS last_year, sum("requests.new_received.total") AS requests_received
        FROM canonical_reports
        WHERE $q = '' OR concat_ws(' ', agency, province, city, county) ILIKE '%' || $q || '%'
        GROUP BY ALL ORDER BY reports DESC, agency NULLS LAST, province, city, county
        LIMIT $limit OFFSET $offset""",
    "agency_years": f"""
        SELECT year, source, template, format,
               "requests.new_received.total" AS received,
               "requests.granted.total" AS granted,
               "requests.partly_granted.total" AS partly_granted,
               {" + ".join(f'coalesce("requests.{r}.total", 0)' for r in _DENIED)} AS refused,
               "appeals.review.total" AS reviews,
               coalesce("appeals.suit_direct.total", 0) + coalesce("appeals.suit_after_review.total", 0) AS lawsuits,
               checks_failed
        FROM canonical_reports WHERE {_AGENCY} ORDER BY year, source""",
    "agency_refusals": f"""
        SELECT year, {", ".join(f'"requests.{r}.total" AS {r}' for r in _DENIED)}
        FROM canonical_reports WHERE {_AGENCY} ORDER BY year""",
    # A report may state a channel's count more than once (a total, then again in a
    # summary); the largest stated count of a channel is its figure for the year.
    "agency_published": f"""
        SELECT r.year, coalesce(f.channel, 'all') AS channel, max(f.value) AS items
        FROM facts f JOIN (SELECT source, year FROM canonical_reports WHERE {_AGENCY}) r USING (source)
        WHERE f.kind = 'published' AND f.category IS NULL
        GROUP BY ALL ORDER BY year, channel""",
    # This year's 上年结转 should equal last year's 结转下年度继续办理.
    "agency_carry_over": f"""
        WITH y AS (SELECT year, "requests.carried_over.total" AS carried_over,
                          "requests.carried_forward.total" AS carried_forward
                   FROM canonical_reports WHERE {_AGENCY})
        SELECT cur.year, prev.carried_forward AS last_year_carried_forward,
               cur.carried_over AS this_year_carried_over,
               CASE WHEN prev.carried_forward IS NULL OR cur.carried_over IS NULL THEN NULL
                    ELSE prev.carried_forward = cur.carried_over END AS ok
        FROM y cur JOIN y prev ON prev.year = cur.year - 1 ORDER BY cur.year""",
    "report": "SELECT * FROM reports WHERE source = $source",
    "copies": """
        SELECT source, format, duplicate_of FROM reports
        WHERE source IN (SELECT unnest(copies) FROM canonical_reports WHERE source = $source)
        ORDER BY source""",
    "cells": "SELECT key, value, raw, page, \"where\" FROM cells WHERE source = $source ORDER BY key",
    "checks": """
        SELECT rule, expected, found, ok, cells, blank_cells FROM checks
        WHERE source = $source ORDER BY ok NULLS FIRST, rule""",
    "facts": """
        SELECT kind, value, unit, approx, channel, category, text, page FROM facts
        WHERE source = $source""",
    "statements": "SELECT section, n, text FROM statements WHERE source = $source ORDER BY section DESC, n",
    "warnings": "SELECT n, text FROM warnings WHERE source = $source ORDER BY n",
}


@dataclass
class Result:
    """Rows of one named query, with what it takes to show and download it again."""

    name: str
    params: dict
    columns: list
    rows: list

    def dicts(self) -> list:
        return [dict(zip(self.columns, row)) for row in self.rows]


class Archive:
    """A batch output folder opened read-only; safe to query from several threads."""

    def __init__(self, out_dir: str):
        import duckdb
        path = os.path.join(out_dir, "govextract.duckdb")
        if not os.path.exists(path):
            raise FileNotFoundError(f"{path} not found: run `govextract batch … -o {out_dir}` first")
        self.out_dir = out_dir
        self._con = duckdb.connect(path, read_only=True)
        tables = {r[0] for r in self._con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "canonical_reports" not in tables:
            raise ValueError(f"{path} has no canonical_reports table: it was written by an older "
                             "govextract; run the batch again with --fresh")
        self._local = threading.local()

    def _cursor(self):
        if not hasattr(self._local, "cursor"):
            self._local.cursor = self._con.cursor()
        return self._local.cursor

    def run(self, name: str, **params) -> Result:
        """Run query `name`; a paginated query takes `page` (from 1)."""
        sql = QUERIES[name]
        if "$limit" in sql:
            page = max(1, int(params.pop("page", 1) or 1))
            params["page"] = page
            args = {**params, "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
        else:
            args = dict(params)
        args = {k: v for k, v in args.items() if f"${k}" in sql}
        cur = self._cursor().execute(sql, args)
        columns = [d[0] for d in cur.description]
        return Result(name, params, columns, cur.fetchall())



def to_csv(result: Result) -> str:
    """A query's rows as CSV text, header first."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(result.columns)
    writer.writerows(result.rows)
    return out.getvalue()
