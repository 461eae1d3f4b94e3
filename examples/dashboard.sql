-- Queries over the DuckDB database `govextract batch` writes (out/govextract.duckdb).
-- Run with the DuckDB CLI (duckdb out/govextract.duckdb < examples/dashboard.sql)
-- or through examples/query_outputs.py. Dotted column names are the keys of fields.tsv.

-- Reports per year and region, with request volumes.
SELECT * FROM reports_by_year_region;

-- Who receives the most disclosure requests, and how many are granted in full.
SELECT agency, year,
       "requests.new_received.total" AS received,
       "requests.granted.total"      AS granted,
       round(100.0 * "requests.granted.total" / nullif("requests.new_received.total", 0), 1) AS granted_pct
FROM canonical_reports   -- one row per report, however many copies were read
WHERE template <> 'legacy'
ORDER BY received DESC NULLS LAST
LIMIT 20;

-- Items published per channel, from the narrative.
SELECT channel, count(*) AS statements, sum(value) AS items
FROM facts WHERE kind = 'published'
GROUP BY channel ORDER BY items DESC;

-- Reports whose tables do not add up, and where to look.
SELECT source, rule, expected, found FROM failed_checks;

-- What could not be read, by error code (govextract/errors.py lists them).
SELECT * FROM errors_by_cause;
