"""docs/record.md lists every field a record carries, and nothing else, with its type.

The fields are those of real parses: every report of the dev corpus (PDF, HTML in
UTF-8 and GBK, DOCX, text), a text whose cells carry a note and a unit, and a batch
with a duplicate, a file named in GBK and an empty file. Fields only scanned pages
give are those of `model.Source` and the reader's file facts, which the doc must
list too. The code tables are generated (scripts/build_codes_doc.py).
"""
import dataclasses
import importlib.util
import json
import os
import re

import pytest

import govextract
from govextract import pipeline
from govextract.bulk import batch, journal
from govextract.errors import CODES, ParseError
from govextract.messages import WARNINGS
from govextract.model import Source
from govextract.spec import load
from govextract.stages import checks

from conftest import CORPUS, ROOT

DOC = ROOT / "docs" / "record.md"
JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null",
              list: "array", tuple: "array", dict: "object"}


def doc_tables(header: str) -> dict:
    """{first column without backticks: second column} of the doc's tables whose header starts so."""
    out, inside = {}, False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"| {header} |"):
            inside = True
        elif not line.startswith("|"):
            inside = False
        elif inside and line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split(" | ")]
            out[cells[0].strip("`")] = cells[1]
    return out


def paths(value, prefix: str, out: dict) -> dict:
    """{field path: set of JSON types seen}: `[]` for array items, `<key>` for the keys of
    `sources`, nothing below `tables` (its keys are fields.tsv's)."""
    out.setdefault(prefix, set()).add("integer" if type(value) is int else JSON_TYPES[type(value)])
    if isinstance(value, dict) and prefix != "tables":
        for key, item in value.items():
            name = "<key>" if prefix == "sources" else key
            paths(item, f"{prefix}.{name}" if prefix else name, out)
    elif isinstance(value, (list, tuple)):
        for item in value:
            paths(item, f"{prefix}[]", out)
    return out


def fits(seen: str, documented: str) -> bool:
    allowed = set(re.findall(r"[a-z]+", documented.split(":")[0]))
    return seen in allowed or (seen == "integer" and "number" in allowed)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory):
    """A batch of two copies of a report, one named in GBK bytes, and an empty file."""
    folder = tmp_path_factory.mktemp("in")
    data = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes()
    (folder / "a.txt").write_bytes(data)
    with open(os.path.join(os.fsencode(folder), "青禾县报告.txt".encode("gbk")), "wb") as fh:
        fh.write(data)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    batch.run([str(folder)], out, jobs=1, progress=False)
    return out


@pytest.fixture(scope="module")
def seen(batch_out) -> dict:
    records = [govextract.parse(p).to_dict() for p in sorted(CORPUS.iterdir()) if not p.name.endswith(".json")]
    text = (CORPUS / "平潭综合实验区_2023.copied.txt").read_text(encoding="utf-8")
    text = text.replace("规章\t0\t0\t0", "规章\t22（其中修订16件）\t0\t0").replace("\t5949.088667", "\t5949.09万元")
    records.append(govextract.parse_text(text).to_dict())
    records += journal.read_records(batch_out / "records.jsonl")
    # An identity naming a cell the record lacks (a row printed in another template's layout).
    identity = next(i for i in load("2021").identities(frozenset()) if len(i.left + i.right) > 1)
    flat = {key: 1 for key in identity.left + identity.right[1:]}
    records.append({"checks": [checks.check(identity, flat)]})
    out = {}
    for record in records:
        for path, types in paths(record, "", {}).items():
            out.setdefault(path, set()).update(types)
    out.pop("")
    return out


def test_the_parses_cover_the_formats_and_the_batch_fields(seen):
    assert {"meta.duplicate_of", "meta.source_raw", "sources.<key>.note", "sources.<key>.unit",
            "sources.<key>.bbox", "sources.<key>.line", "facts[].where.paragraph", "meta.encoding",
            "meta.pages", "checks[].missing_cells"} <= set(seen)


def test_every_field_a_record_carries_is_documented_with_its_type(seen):
    documented = doc_tables("field")
    missing = sorted(set(seen) - set(documented))
    assert not missing, f"fields the record carries that docs/record.md does not list: {missing}"
    wrong = {p: (sorted(t), documented[p]) for p, t in seen.items() if not all(fits(s, documented[p]) for s in t)}
    assert not wrong, f"fields whose type is not the documented one: {wrong}"


def test_every_documented_field_is_one_a_record_can_carry(seen):
    documented = set(doc_tables("field"))
    # Only scanned pages give these; the readers' own lists say they exist.
    places = {f.name for f in dataclasses.fields(Source)} | {"bbox[]"}
    from_code = ({f"sources.<key>.{p}" for p in places} | {f"facts[].where.{p}" for p in places} |
                 {f"meta.{name}" for name in pipeline._FILE_META} | {"meta.ocr_pages[]"})
    assert from_code <= documented
    unknown = sorted(documented - set(seen) - from_code)
    assert not unknown, f"docs/record.md lists fields no record carries: {unknown}"


def test_parse_errors_and_error_rows_are_documented(batch_out):
    with pytest.raises(ParseError) as caught:
        govextract.parse_bytes(b"", path="empty.txt")
    assert set(doc_tables("attribute")) == set(vars(caught.value)) - {"args"}
    rows = [json.loads(line) for line in (batch_out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["code"] for r in rows] == ["E_EMPTY"]
    documented = doc_tables("error row field")
    assert set(rows[0]) <= set(documented) and set(documented) - set(rows[0]) == {"source_raw"}


def test_the_code_tables_are_current():
    spec = importlib.util.spec_from_file_location("build_codes_doc", ROOT / "scripts" / "build_codes_doc.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    text = DOC.read_text(encoding="utf-8")
    assert build.with_tables(text) == text, "docs/record.md is out of date: run python scripts/build_codes_doc.py"
    assert set(doc_tables("code")) == set(WARNINGS) | set(CODES)


def test_the_readme_links_the_record_doc():
    assert "](docs/record.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
