"""Write lexicons/fields.tsv from the template specs in lexicons/templates/.

fields.tsv is the record's list of table keys for people and dashboards; the
specs are where those keys are defined, so the file is generated, never edited
(tests/test_spec.py fails when it is out of date).

    python scripts/build_fields.py
"""
import pathlib

from govextract import spec

OUT = pathlib.Path(__file__).resolve().parent.parent / "lexicons" / "fields.tsv"

if __name__ == "__main__":
    OUT.write_text(spec.fields_tsv(), encoding="utf-8")
    print(f"wrote {OUT}")
