"""The command line: `govextract parse` and `govextract eval` (batch has its own tests)."""
import json

from govextract.cli import main
from conftest import CORPUS


def test_parse_prints_one_record_per_file(capsys):
    files = [CORPUS / "zibo-boshan-gongxinju-2021.txt", CORPUS / "淮安市人民政府_2024.pdf"]
    assert main(["parse", *map(str, files)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["meta"]["agency"] for line in lines] == ["淄博市博山区工业和信息化局", "淮安市人民政府"]


def test_parse_reports_bad_files_without_a_traceback_and_goes_on(tmp_path, capsys):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert main(["parse", str(empty), str(CORPUS / "zibo-boshan-gongxinju-2021.txt")]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "empty.pdf" in err and "empty" in err and "Traceback" not in err


def test_parse_time_limit(capsys):
    assert main(["parse", str(CORPUS / "淮安市人民政府_2024.pdf"), "--time-limit", "0.000001"]) == 1
    assert "time limit" in capsys.readouterr().err


def test_eval_thresholds(capsys):
    assert main(["eval", str(CORPUS), "--min", "cells=1.0", "--min", "fact_recall=0.95"]) == 0
    assert "overall" in capsys.readouterr().out
    assert main(["eval", str(CORPUS), "--min", "cells=1.01"]) == 1      # a figure short of its threshold fails
    assert "FAILED: cells" in capsys.readouterr().err
    assert main(["eval", str(CORPUS), "--min", "no_such_figure=0.5"]) == 2
