"""The checks stage on its own input: flat tables of values against the
identities of their template's spec. The numbers are made up for the test."""
import json
import shutil

from govextract import lexicon, spec
from govextract.stages import checks

T2021 = spec.load("2021")
COLUMNS = ["natural_person", "commercial", "research", "nonprofit", "legal_service", "other_org", "total"]


def balanced() -> dict:
    """A 表三 and 表四 of a 2021 report where every identity holds: 3 requests from
    people and 1 from a firm, all granted; one review upheld."""
    flat = {k: None for k in T2021.keys}
    people = dict.fromkeys(COLUMNS, 0) | {"natural_person": 3, "commercial": 1, "total": 4}
    for row in ("new_received", "granted", "total_handled"):
        flat.update({f"requests.{row}.{c}": v for c, v in people.items()})
    flat.update({"appeals.review.upheld": 1, "appeals.review.total": 1})
    return flat


def by_rule(found: list) -> dict:
    return {c["rule"]: c for c in found}


def test_a_table_that_adds_up_passes_every_identity():
    found = checks.run(balanced(), T2021)
    assert found and all(c["ok"] for c in found)
    rule = by_rule(found)["表三 total: 一+二 = （七）+四"]
    assert (rule["expected"], rule["found"]) == (4, 4)
    assert rule["blank_cells"] == ["requests.carried_over.total", "requests.carried_forward.total"]


def test_a_misprint_fails_its_identities_and_is_not_repaired():
    flat = balanced() | {"requests.granted.total": 5}
    found = by_rule(checks.run(flat, T2021))
    row = found["表三 granted: 总计 = 六类申请人之和"]
    assert (row["expected"], row["found"], row["ok"]) == (5, 4, False)
    assert found["表三 total: （七）总计 = 各项办理结果之和"]["ok"] is False
    assert flat["requests.granted.total"] == 5


def test_a_blank_side_is_not_a_failure_and_an_all_blank_identity_is_skipped():
    flat = balanced() | {f"requests.new_received.{c}": None for c in COLUMNS}
    found = by_rule(checks.run(flat, T2021))
    assert found["表三 total: 一+二 = （七）+四"]["ok"] is None
    assert "表三 new_received: 总计 = 六类申请人之和" not in found
    assert "表四 suit_direct: 总计 = 维持+纠正+其他+尚未审结" not in found


def test_a_2021_report_printing_one_other_row_is_checked_with_that_row():
    flat = balanced()
    for row in ("new_received", "total_handled"):
        flat[f"requests.{row}.natural_person"] += 2
        flat[f"requests.{row}.total"] += 2
    flat.update({"requests.other.natural_person": 2, "requests.other.total": 2})
    assert checks.printed_as_one(flat, T2021) == {"requests.other"}
    found = by_rule(checks.run(flat, T2021))
    results = found["表三 natural_person: （七）总计 = 各项办理结果之和"]
    assert results["ok"] and "requests.other.natural_person" in results["cells"]
    assert "requests.other_misc.natural_person" not in results["cells"]
    assert found["表三 other: 总计 = 六类申请人之和"]["ok"]


def test_a_cell_the_record_lacks_is_reported_not_dropped():
    flat = balanced()
    del flat["requests.carried_over.total"]
    rule = by_rule(checks.run(flat, T2021))["表三 total: 一+二 = （七）+四"]
    assert rule["missing_cells"] == ["requests.carried_over.total"]
    assert "requests.carried_over.total" in rule["blank_cells"]


def test_an_identity_added_to_a_spec_is_checked(tmp_path):
    folder = tmp_path / "templates"
    shutil.copytree(str(lexicon.path("templates")), folder)
    path = folder / "2021.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["identities"].append({"rule": "表四 复议不多于诉讼", "left": ["appeals.review.total"],
                               "right": ["appeals.suit_direct.total", "appeals.suit_after_review.total"]})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    flat = balanced() | {"appeals.suit_direct.total": 1, "appeals.suit_direct.pending": 1}
    rule = by_rule(checks.run(flat, spec.load("2021", folder)))["表四 复议不多于诉讼"]
    assert (rule["expected"], rule["found"], rule["ok"]) == (1, 1, True)
    assert "表四 复议不多于诉讼" not in by_rule(checks.run(flat, T2021))


def test_a_template_without_tables_has_no_checks():
    assert checks.run(balanced(), spec.load("legacy")) == []
