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
    assert err.rstrip().endswith("[E_EMPTY, stage read]")     # the code a script can count by


def test_parse_time_limit(capsys):
    assert main(["parse", str(CORPUS / "淮安市人民政府_2024.pdf"), "--time-limit", "0.000001"]) == 1
    assert "time limit" in capsys.readouterr().err


def test_eval_thresholds(capsys):
    assert main(["eval", str(CORPUS), "--min", "cells=1.0", "--min", "fact_recall=0.95"]) == 0
    assert "overall" in capsys.readouterr().out
    assert main(["eval", str(CORPUS), "--min", "cells=1.01"]) == 1      # a figure short of its threshold fails
    assert "FAILED: cells" in capsys.readouterr().err
    assert main(["eval", str(CORPUS), "--min", "no_such_figure=0.5"]) == 2


def test_eval_counts_a_report_it_could_not_parse_as_missed(tmp_path, capsys):
    for name in ("淮安市人民政府_2024.pdf", "zibo-boshan-gongxinju-2021.txt"):
        (tmp_path / f"{name}.gold.json").write_bytes((CORPUS / f"{name}.gold.json").read_bytes())
    (tmp_path / "淮安市人民政府_2024.pdf").write_bytes((CORPUS / "淮安市人民政府_2024.pdf").read_bytes())
    (tmp_path / "zibo-boshan-gongxinju-2021.txt").write_bytes(b"")       # a report the parser refuses
    assert main(["eval", str(tmp_path), "--details"]) == 1
    out, err = capsys.readouterr()
    gold = [json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
            for name in ("淮安市人民政府_2024.pdf", "zibo-boshan-gongxinju-2021.txt")]
    facts_read = len(gold[0]["facts"]) / (len(gold[0]["facts"]) + len(gold[1]["facts"]))
    cells_read = len(gold[0]["tables"]) / (len(gold[0]["tables"]) + len(gold[1]["tables"]))
    overall = out.splitlines()[-1].split()      # cells, meta, fact recall: the refused report's are missed
    assert overall[1:4] == [f"{cells_read:.1%}", "50.0%", f"{facts_read:.1%}"]
    assert "ERROR" in out and "1 document(s) not parsed" in err


def test_eval_refuses_a_malformed_threshold_before_scoring(capsys):
    for spec in ("fact_recall=abc", "fact_recall", "fact_recall="):
        assert main(["eval", str(CORPUS), "--min", spec]) == 2
        out, err = capsys.readouterr()
        assert out == "" and "FIGURE=FRACTION" in err and "Traceback" not in err


def test_batch_into_a_file_and_dashboard_of_no_batch_are_usage_errors(tmp_path, capsys):
    taken = tmp_path / "out.txt"
    taken.write_text("not a folder", encoding="utf-8")
    assert main(["batch", str(CORPUS / "zibo-boshan-gongxinju-2021.txt"), "-o", str(taken), "-q"]) == 2
    assert "not a folder" in capsys.readouterr().err and taken.read_text(encoding="utf-8") == "not a folder"
    assert main(["dashboard", str(tmp_path), "--html", str(tmp_path / "x.html")]) == 2
    assert "govextract batch" in capsys.readouterr().err and not (tmp_path / "x.html").exists()


def test_eval_without_gold_files_or_folder_says_so_and_fails(tmp_path, capsys):
    (tmp_path / "report.txt").write_bytes((CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes())
    assert main(["eval", str(tmp_path)]) == 2
    assert "no *.gold.json" in capsys.readouterr().err
    assert main(["eval", str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_eval_table_is_aligned_by_display_width_with_whole_headers(capsys):
    from wcwidth import wcswidth
    from govextract.evaluate import FIGURES
    assert main(["eval", str(CORPUS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(f" {k}" in lines[0] for k in FIGURES)
    # Every row's figures end in the same screen column, Chinese names or not.
    rows = [line.rsplit("  ", 1)[0] if not line.startswith("overall") else line for line in lines[1:]]
    assert len({wcswidth(r) for r in rows}) == 1
    assert len({wcswidth(line[:line.index("/")]) for line in lines[1:-1]}) == 1


def test_parse_reads_file_objects_and_stdin():
    import io
    import subprocess
    import sys
    import govextract
    data = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes()
    assert govextract.parse(io.BytesIO(data)).to_dict()["meta"]["year"] == 2021
    with open(CORPUS / "淮安市人民政府_2024.pdf", "rb") as fh:
        assert govextract.parse(fh).to_dict()["meta"]["agency"] == "淮安市人民政府"
    proc = subprocess.run([sys.executable, "-m", "govextract.cli", "parse", "-"], input=data, capture_output=True)
    assert proc.returncode == 0 and json.loads(proc.stdout)["meta"]["agency"] == "淄博市博山区工业和信息化局"


def test_parse_into_a_closed_pipe_ends_quietly():
    import subprocess
    import sys
    files = " ".join(f"'{CORPUS / name}'" for name in ["淮安市人民政府_2024.pdf", "平潭综合实验区_2023.html"] * 3)
    proc = subprocess.run(f"'{sys.executable}' -m govextract.cli parse {files} | head -c 100", shell=True,
                          capture_output=True)
    err = proc.stderr.decode("utf-8")
    assert len(proc.stdout) == 100
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_version_and_help_with_examples(capsys):
    import govextract
    import pytest
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"govextract {govextract.__version__}"
    for command in ("parse", "eval", "batch", "dashboard"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert f"govextract {command} " in capsys.readouterr().out.split("examples:", 1)[1]
