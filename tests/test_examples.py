"""The examples run and say what they should."""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(*args, cwd=ROOT):
    proc = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_parse_one():
    out = run("examples/parse_one.py", "corpus/dev/淮安市人民政府_2024.pdf")
    assert "淮安市人民政府 2024 (template 2021; 江苏省 淮安市)" in out
    assert "new disclosure requests: 3119 (read from page 4" in out


def test_parse_one_says_why_a_file_is_no_report(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    proc = subprocess.run([sys.executable, "examples/parse_one.py", str(empty)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().endswith("(E_EMPTY)") and "empty.pdf" in proc.stderr


def test_custom_rules():
    out = run("examples/custom_rules.py")
    assert "通过政务服务网发布信息40条。 -> published website 40 条" in out
    assert "全年在微博披露信息25条。 -> published weibo 25 条" in out


def test_query_outputs(tmp_path):
    out = run("examples/query_outputs.py", "corpus/dev", str(tmp_path / "out"))
    assert "9 inputs: 9 records, 0 errors" in out
    assert "淮安市人民政府" in out and "website" in out
