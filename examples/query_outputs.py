"""Run a batch over a folder and query the results the way a dashboard would.

    python examples/query_outputs.py [INPUT_DIR] [OUT_DIR]

Needs the bulk extra (pip install 'govextract[bulk]').
"""
import pathlib
import sys

import duckdb

from govextract.bulk import batch

source = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev"
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "out")
summary = batch.run([source], out, exclude=["*.gold.json"], progress=False)
print(summary)

db = duckdb.connect(str(out / "govextract.duckdb"), read_only=True)
for statement in (pathlib.Path(__file__).with_name("dashboard.sql").read_text(encoding="utf-8").split(";")):
    sql = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
    if sql:
        print(sql.splitlines()[0], "...")
        db.sql(sql).show()
