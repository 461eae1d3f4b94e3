"""`govextract eval DIR --gold FILE.jsonl`: a blind set's gold kept apart from its pages.

A blind set is gold written by hand for pages the project may not store; to rescore it the
pages are fetched again into a folder and the gold file names each one's `document`.
"""
import json
import pathlib
import shutil

from govextract.cli import main

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "dev"
REPORT = "zibo-boshan-gongxinju-2021.txt"
NOTICE = """关于做好2023年度政府信息公开工作年度报告编制和发布工作的通知

各乡镇人民政府，县政府各部门：
请各单位于1月31日前将本单位年度报告报送县政务公开办。
特此通知。
桃源县人民政府办公室
2024年1月5日
"""


def _blind_set(tmp_path, report_gold, notice_gold=None):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(CORPUS / REPORT, pages / "01.txt")
    (pages / "02.txt").write_text(NOTICE, encoding="utf-8")
    lines = [dict(report_gold, document="01.txt")]
    if notice_gold is not None:
        lines.append(dict(notice_gold, document="02.txt"))
    gold = tmp_path / "blind.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines), encoding="utf-8")
    return pages, gold


def _dev_gold():
    gold = json.loads((CORPUS / f"{REPORT}.gold.json").read_text(encoding="utf-8"))
    return {k: gold[k] for k in ("meta", "facts", "problems", "improvements")}


def test_gold_lines_score_as_the_gold_beside_the_document(tmp_path, capsys):
    pages, gold = _blind_set(tmp_path, _dev_gold())
    assert main(["eval", str(pages), "--gold", str(gold)]) == 0
    overall = capsys.readouterr().out.splitlines()[-1]
    assert overall.split()[1:] == ["100.0%"] * 6


def test_a_wrong_gold_value_lowers_the_score(tmp_path, capsys):
    wrong = _dev_gold()
    wrong["meta"] = dict(wrong["meta"], year=wrong["meta"]["year"] - 1)
    pages, gold = _blind_set(tmp_path, wrong)
    assert main(["eval", str(pages), "--gold", str(gold), "--min", "meta=1.0"]) == 1
    assert "5/6" in capsys.readouterr().out


def test_a_look_alike_page_refused_is_counted_apart_not_as_an_error(tmp_path, capsys):
    pages, gold = _blind_set(tmp_path, _dev_gold(), {"is_report": False})
    assert main(["eval", str(pages), "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "02.txt" in out and "not a report: refused" in out
    assert out.splitlines()[-1] == "non-reports refused: 1/1"


def test_a_real_report_marked_as_a_look_alike_is_shown_accepted(tmp_path, capsys):
    pages, gold = _blind_set(tmp_path, _dev_gold())
    gold.write_text(json.dumps({"document": "01.txt", "is_report": False}) + "\n", encoding="utf-8")
    main(["eval", str(pages), "--gold", str(gold)])
    out = capsys.readouterr().out
    assert "not a report: ACCEPTED" in out and out.splitlines()[-1] == "non-reports refused: 0/1"


def test_statements_not_kept_in_the_gold_are_not_scored(tmp_path, capsys):
    without = dict(_dev_gold(), problems=None, improvements=None)
    pages, gold = _blind_set(tmp_path, without)
    assert main(["eval", str(pages), "--gold", str(gold)]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("01.txt"))
    assert row.split()[-3:-1] == ["-", "-"]


def test_pages_not_fetched_again_are_named_and_left_out(tmp_path, capsys):
    pages, gold = _blind_set(tmp_path, _dev_gold())
    with gold.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"document": "77.txt", "meta": {}, "facts": []}) + "\n")
    assert main(["eval", str(pages), "--gold", str(gold)]) == 0
    assert "1 document(s)" in capsys.readouterr().err


def test_a_gold_file_that_is_missing_or_given_two_folders_is_an_error(tmp_path, capsys):
    pages, gold = _blind_set(tmp_path, _dev_gold())
    assert main(["eval", str(pages), "--gold", str(tmp_path / "none.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["eval", str(pages), str(pages), "--gold", str(gold)]) == 2
    assert "one folder" in capsys.readouterr().err
