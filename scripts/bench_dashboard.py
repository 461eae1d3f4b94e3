"""How long the dashboard's pages take over a large archive.

Makes a synthetic batch output of N reports (default 100,000; 2,000 agencies
over 17 years, each report with its cells, checks and facts) with the batch's
own Parquet schemas and views, then times each page as a browser would get it
(Flask test client, HTML rendered). Prints seconds per page.

    python scripts/bench_dashboard.py [--reports 100000]
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from govextract import spec
from govextract.bulk import store
from govextract.dashboard import create_app

PROVINCES = ["北京市", "河北省", "山西省", "江苏省", "浙江省", "福建省", "山东省", "广东省", "四川省", "云南省"]


def synthesize(out: str, n: int):
    """Parquet tables shaped as a batch writes them, filled in DuckDB."""
    con = duckdb.connect()
    keys = list(spec.fields())
    schemas = store._schemas()
    con.execute(f"""CREATE TABLE base AS SELECT i,
        'archive.zip!r' || i || '.html' AS source, (i % 2000) AS a, 2008 + (i // 2000) % 17 AS year
        FROM range({n}) t(i)""")
    made = {
        "reports": f"""SELECT source, md5(source) AS sha256, NULL AS duplicate_of,
            'r.html' AS file, 'html' AS format, NULL AS pages, 'utf-8' AS encoding,
            '第' || a || '号机关' AS agency, year, CASE WHEN year >= 2021 THEN '2021' ELSE '2019' END AS template,
            {_pick("PROVINCES", "a")} AS province, NULL AS city, NULL AS county, 'title' AS title,
            NULL AS publication_date,
            {", ".join(f'(hash(i, {j}) % 50) AS "{k}"' for j, k in enumerate(keys))},
            20 AS checks_run, (i % 7 = 0)::INT AS checks_failed, 3 AS warnings, 10 AS facts,
            3 AS problems, 3 AS improvements FROM base""",
        "cells": f"""SELECT source, k AS key, hash(i, k) % 50 AS value, CAST(hash(i, k) % 50 AS VARCHAR) AS raw,
            NULL AS page, '{{}}' AS "where" FROM base, unnest({keys[:60]}) t(k)""",
        "checks": """SELECT source, 'rule ' || r AS rule, 10 AS expected, CASE WHEN i % 7 = 0 AND r = 0 THEN 9 ELSE 10 END AS found,
            NOT (i % 7 = 0 AND r = 0) AS ok, ['requests.new_received.total'] AS cells, [] AS blank_cells
            FROM base, range(20) t(r)""",
        "facts": """SELECT source, 'published' AS kind, (hash(i, c) % 500) AS value, '条' AS unit, false AS approx,
            c AS channel, NULL AS category, '通过……公开信息' AS text, NULL AS page, '{}' AS "where"
            FROM base, unnest(['website', 'wechat', 'weibo', 'all']) t(c)""",
        "statements": "SELECT source, 'problems' AS section, 1 AS n, '问题' AS text FROM base",
        "warnings": "SELECT source, 1 AS n, '提示' AS text FROM base WHERE i % 3 = 0",
        "errors": "SELECT 'bad' || i || '.pdf' AS source, NULL AS sha256, NULL AS duplicate_of, "
                  "'corrupt PDF: x' AS cause, 'read' AS stage FROM range(1000) t(i)",
    }
    paths = {}
    for name, sql in made.items():
        schema = schemas[name]
        table = con.sql(sql).to_arrow_table()
        table = pa.table({f.name: table.column(f.name).cast(f.type) if f.name in table.column_names
                          else pa.nulls(table.num_rows, f.type) for f in schema}, schema=schema)
        paths[name] = os.path.join(out, f"{name}.parquet")
        pq.write_table(table, paths[name])
    store.write_duckdb(os.path.join(out, "govextract.duckdb"), paths)


def _pick(name, index):
    values = globals()[name]
    return "[" + ", ".join(f"'{v}'" for v in values) + f"][({index} % {len(values)}) + 1]"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        synthesize(out, args.reports)
        print(f"synthetic archive: {args.reports} reports in {time.perf_counter() - t0:.1f} s")
        client = create_app(out).test_client()
        pages = {"overview": "/", "overview, page 50 of failed checks": "/?page=50",
                 "search": "/search?q=第12", "agency (17 years)": "/agency?agency=第12号机关&province=江苏省",
                 "report": "/report?source=archive.zip!r12.html", "csv by province": "/csv/by_province"}
        for name, url in pages.items():
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - t)
                assert response.status_code == 200, (url, response.status_code)
            print(f"{name:40s} median {statistics.median(times):6.3f} s  (first {times[0]:.3f} s)")


if __name__ == "__main__":
    main()
