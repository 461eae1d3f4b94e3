"""Template specs: loaded, validated, and the one place a template is changed."""
import json
import pathlib
import shutil

import pytest

import govextract
from govextract import lexicon, spec
from govextract.stages.template import detect

ROOT = pathlib.Path(__file__).resolve().parent.parent
BUNDLED = pathlib.Path(str(lexicon.path("templates")))


def _copy_specs(tmp_path) -> pathlib.Path:
    folder = tmp_path / "templates"
    shutil.copytree(BUNDLED, folder)
    return folder


def _edit(folder, name, change):
    path = folder / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_bundled_specs_load_with_their_tables_and_identities():
    t = spec.load("2021")
    requests = t.tables["requests"]
    assert (requests.number, requests.section) == ("三", 3)
    assert [c.key for c in requests.columns][-1] == "total"
    assert "requests.other_misc.total" in t.keys and "requests.other.total" not in t.keys
    assert "requests.other.total" in spec.load("2019").keys
    rule = next(i for i in t.identities() if i.rule == "表三 total: 一+二 = （七）+四")
    assert rule.left == ("requests.new_received.total", "requests.carried_over.total")
    assert [t.name for t in spec.all_templates()] == ["2021", "2019", "legacy"]


def test_fields_tsv_is_generated_from_the_specs():
    assert (ROOT / "lexicons" / "fields.tsv").read_text(encoding="utf-8") == spec.fields_tsv(), \
        "lexicons/fields.tsv is out of date: run python scripts/build_fields.py"


def test_sections_hold_the_tables_the_specs_place_there():
    assert spec.table_of_section() == {2: "active", 3: "requests", 4: "appeals"}


@pytest.mark.parametrize("change, entry, words", [
    (lambda d: d["tables"]["requests"]["rows"][0].update(colour="red"), "tables.requests.rows[0] (new_received)",
     "unknown key(s) colour"),
    (lambda d: d["tables"]["requests"]["rows"][1].update(label=d["tables"]["requests"]["rows"][0]["label"]),
     "tables.requests.rows[1] (carried_over)", "duplicate label"),
    (lambda d: d["tables"]["requests"]["rows"].append({"key": "granted", "label": "再次", "match": "再次"}),
     "(granted)", "duplicate key"),
    (lambda d: d["identities"].append({"rule": "表四 x", "left": ["appeals.review.total"], "right": ["appeals.review.nothing"]}),
     "identities[4] (表四 x)", "appeals.review.nothing"),
    (lambda d: d["identities"].append({"rule": "表四 {row}", "left": ["appeals.{row}.total"], "right": []}),
     "identities[4]", "undeclared variable(s) row"),
    (lambda d: d["tables"]["active"]["columns"][0].update(match="(本年"), "tables.active.columns[0] (issued)",
     "not a valid regular expression"),
    (lambda d: d["tables"]["active"]["cells"].update(rules=["issued", "bogus"]), "tables.active.cells (rules)", "bogus"),
    (lambda d: d.update(template="2022"), "template", "named for '2021'"),
])
def test_a_bad_spec_names_its_file_and_entry(tmp_path, change, entry, words):
    folder = _copy_specs(tmp_path)
    path = _edit(folder, "2021", change)
    with pytest.raises(spec.SpecError) as err:
        spec.load("2021", folder)
    message = str(err.value)
    assert str(path.resolve()) in message and entry in message and words in message


def test_a_spec_that_is_not_json_names_its_file(tmp_path):
    folder = _copy_specs(tmp_path)
    (folder / "2019.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(spec.SpecError, match="2019.json: file: cannot be read as JSON"):
        spec.all_templates(folder)


def _new_row_and_identity(data):
    """A 表三 row the bundled spec does not know, and an identity that uses it."""
    requests = data["tables"]["requests"]
    at = next(i for i, r in enumerate(requests["rows"]) if r["key"] == "total_handled")
    requests["rows"].insert(at, {"key": "withdrawn", "label": "三（八）申请人撤回申请", "match": "撤回申请"})
    data["identities"].append({
        "rule": "表三 {column}: 撤回 ≤ 新收 (as equal here)", "each": {"column": "requests.columns"},
        "left": ["requests.withdrawn.{column}"], "right": ["requests.new_received.{column}"]})


def test_a_new_row_and_identity_are_a_change_to_data_only(tmp_path, copied_text):
    folder = _copy_specs(tmp_path)
    _edit(folder, "2021", _new_row_and_identity)
    row = "3.其他\t1\t0\t0\t0\t0\t0\t1"
    text = copied_text.replace(row, row + "\n（八）申请人撤回申请\t80\t1\t0\t0\t0\t0\t81")
    record = govextract.parse_text(text, templates=folder).to_dict()
    assert record["tables"]["requests"]["withdrawn"]["natural_person"] == 80
    assert record["sources"]["requests.withdrawn.total"]["raw"] == "81"
    new_checks = [c for c in record["checks"] if c["rule"].startswith("表三 total: 撤回")]
    assert [(c["expected"], c["found"], c["ok"]) for c in new_checks] == [(81, 81, True)]
    # The row's sum joins no other identity, so those still hold.
    assert all(c["ok"] for c in record["checks"])
    # The bundled specs are untouched: without the folder the row is not read.
    assert "withdrawn" not in govextract.parse_text(text).to_dict()["tables"]["requests"]


@pytest.mark.parametrize("text, year, expected", [
    ("表中印有本年制发件数和本年废止件数。", 2022, "2021"),
    ("表中印有本年新制作数量。", 2022, "2019"),                       # the table beats the year
    ("依照国办公开办函〔2019〕60号编制。", None, "2019"),
    ("依照国办公开办函〔2019〕60号编制。", 2024, "2021"),             # a notice cited does not beat the year
    # … not even the year after the format changed: a 2021 report keeps last year's preamble
    # (and its citation) but must print the 2021 tables.
    ("依照国办公开办函〔2019〕60号编制。", 2021, "2021"),
    ("本报告根据国办公开办函〔2019〕60号要求编制，统计表附后。", 2022, "2021"),
    ("按照〔2021〕30号文件规定的格式编制。", None, "2021"),             # the year unknown, the notice decides
    ("依照国办公开办函〔2021〕30号编制。", 2017, "2021"),             # … outside the templates' years it decides
    ("本年制发件数，本年新制作数量。", 2020, "2019"),                  # a tie goes by the year
    ("本年制发件数，本年新制作数量。", 2023, "2021"),
    ("统计表以图片形式附后。", 2023, "2021"),                          # no cues: the year's template
    ("统计表以图片形式附后。", 2019, "2019"),
    ("统计表以图片形式附后。", 2016, "legacy"),
    ("统计表以图片形式附后。", None, "legacy"),
])
def test_template_detection(text, year, expected):
    assert detect(text, year, spec.all_templates()) == expected


def test_a_report_of_a_template_year_without_readable_tables_is_not_legacy():
    text = ("某某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我县主动公开政府信息120条。\n"
            "二、主动公开政府信息情况\n详见附表（图片）。\n三、收到和处理政府信息公开申请情况\n详见附表。\n")
    record = govextract.parse_text(text).to_dict()
    assert record["meta"]["template"] == "2021"
    assert any("could not be read" in w for w in record["warnings"])


def test_every_warning_opens_with_a_code_listed_once(copied_text):
    from govextract.messages import WARNINGS, code_of
    text = copied_text.replace("四、政府信息公开行政复议、行政诉讼情况", "")
    text = text.replace("行政诉讼", "行政诉 讼").replace("3.其他\t1\t0\t0\t0\t0\t0\t1", "3.其他\t1\t0\t0")
    warnings = govextract.parse_text(text).to_dict()["warnings"]
    assert warnings and all(code_of(w) for w in warnings), warnings
    assert "W_ROW_UNALIGNED" in {code_of(w) for w in warnings}
    assert all(code.startswith("W_") and code.isupper() for code in WARNINGS)
