"""The batch's journals: lean lines, whole records back, resumable after a torn write."""
import json

import pytest

import govextract
from govextract.bulk.journal import Journal, line_of, pack, read_records
from conftest import CORPUS


@pytest.fixture(scope="module")
def record():
    return govextract.parse(CORPUS / "淮安市人民政府_2024.pdf").to_dict()


def test_a_journal_line_is_a_fraction_of_the_record_and_gives_it_back_whole(record, tmp_path):
    full = line_of(record)
    lean = line_of(pack(record))
    assert len(lean) * 3 < len(full)
    row = json.loads(lean)
    # What a reader greps for stays readable in the line itself.
    assert row["meta"]["agency"] == "淮安市人民政府" and row["tables"] == record["tables"]
    assert "sources" not in row and "checks" not in row
    journal = Journal(str(tmp_path / "records.jsonl"))
    journal.append(record)
    journal.close()
    assert list(read_records(tmp_path / "records.jsonl")) == [json.loads(full)]


def test_a_reopened_journal_finds_its_records_and_cuts_a_torn_line(record, tmp_path):
    path = str(tmp_path / "records.jsonl")
    journal = Journal(path)
    for n in range(3):
        journal.append({**record, "meta": {**record["meta"], "source": f"r{n}.pdf", "sha256": f"{n}"}})
    journal.close()
    with open(path, "ab") as fh:
        fh.write(line_of(pack(record))[:500])
    again = Journal(path)
    assert sorted(again.index) == ["r0.pdf", "r1.pdf", "r2.pdf"] and sorted(again.by_sha) == ["0", "1", "2"]
    assert again.get("r1.pdf")["sources"] == json.loads(line_of(record))["sources"]
    assert [r["meta"]["source"] for r in again.sorted_rows()] == ["r0.pdf", "r1.pdf", "r2.pdf"]
    again.close()


def test_error_rows_are_written_as_they_are(tmp_path):
    journal = Journal(str(tmp_path / "errors.jsonl"))
    row = {"source": "a.pdf", "sha256": None, "code": "E_EMPTY", "cause": "empty", "stage": "read", "duplicate_of": None}
    journal.append(row)
    journal.close()
    assert json.loads((tmp_path / "errors.jsonl").read_text("utf-8")) == row
