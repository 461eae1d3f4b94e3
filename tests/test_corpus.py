"""Every real report in corpus/dev against its hand-checked gold file."""
import json

import pytest

import govextract
from govextract.evaluate import score
from govextract.record import flatten

from conftest import CORPUS

GOLDS = sorted(CORPUS.glob("*.gold.json"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.name for g in GOLDS])
def test_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    record = govextract.parse(gold_path.with_name(gold["document"])).to_dict()
    result = score(record, gold)
    if "tables" in gold:
        flat = flatten(record["tables"])
        wrong = {k: (flat.get(k), v) for k, v in gold["tables"].items() if flat.get(k, "missing") != v}
        assert not wrong
    assert not result["wrong_meta"]
    assert result["fact_recall"][0] == result["fact_recall"][1]
    assert result["fact_precision"][0] == result["fact_precision"][1]
    assert result["statement_recall"][0] == result["statement_recall"][1]
    assert result["statement_precision"][0] == result["statement_precision"][1]


def test_blank_cells_stay_null_and_identities_are_reported_not_repaired():
    record = govextract.parse(CORPUS / "上海市人民政府办公厅_2019.html").to_dict()
    assert record["tables"]["requests"]["granted"]["total"] is None
    assert record["tables"]["requests"]["granted"]["natural_person"] == 258
    # The report leaves its 总计 column blank: nothing to compare, so neither passed nor failed.
    granted = next(c for c in record["checks"] if c["rule"] == "表三 granted: 总计 = 六类申请人之和")
    assert granted["ok"] is None
    assert granted["expected"] == 0 and granted["found"] == 272
    assert "requests.granted.total" in granted["blank_cells"]


def test_a_sum_that_does_not_add_up_is_reported_with_both_sides():
    text = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_text(encoding="utf-8")
    record = govextract.parse_text(text).to_dict()
    assert all(c["ok"] for c in record["checks"])
    total = record["tables"]["requests"]["new_received"]["total"]
    # Print one more request in 一、本年新收 than the report did: its row and column identities must fail.
    altered = govextract.parse_text(_bump_new_received(text)).to_dict()
    assert altered["tables"]["requests"]["new_received"]["total"] == total + 1
    failed = {c["rule"]: c for c in altered["checks"] if c["ok"] is False}
    assert "表三 total: 一+二 = （七）+四" in failed
    assert failed["表三 total: 一+二 = （七）+四"]["expected"] == failed["表三 total: 一+二 = （七）+四"]["found"] + 1


def test_provenance_points_at_the_cell():
    record = govextract.parse(CORPUS / "淮安市人民政府_2024.pdf").to_dict()
    src = record["sources"]["requests.new_received.total"]
    assert src["raw"] == "3119" and src["page"] == 4 and len(src["bbox"]) == 4
    fact = next(f for f in record["facts"] if f["kind"] == "requests_received")
    assert fact["where"]["page"] == 2


def test_2019_amount_keeps_unit_evidence():
    record = govextract.parse(CORPUS / "上海市人民政府办公厅_2019.docx").to_dict()
    assert record["tables"]["active"]["procurement"]["amount"] == 251000
    assert record["sources"]["active.procurement.amount"]["unit"] == "元"


def _bump_new_received(text: str) -> str:
    """The report with 1 instead of 0 in the 总计 cell of 一、本年新收 (its 7th value)."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if "本年新收" in line)
    values = [i for i in range(start + 1, len(lines)) if lines[i].strip()][:7]
    assert lines[values[-1]].strip() == "0"
    lines[values[-1]] = "1"  # and without the tab indent the other cells have
    return "\n".join(lines)
