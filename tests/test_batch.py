"""`govextract batch`: one result per input, resumable, safe with archives, same on Dask."""
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tarfile
import time
import zipfile

import duckdb
import pyarrow.parquet as pq
import pytest

from govextract.bulk import batch
from conftest import CORPUS

TABLES = ["reports", "cells", "facts", "statements", "checks", "errors", "warnings"]


def _outputs(out) -> dict:
    """Everything a batch wrote, as comparable Python values."""
    got = {name: (out / name).read_bytes() for name in ("records.jsonl", "errors.jsonl")}
    for table in TABLES:
        got[table] = pq.read_table(out / f"{table}.parquet").to_pylist()
    return got


def _rows(out, sql):
    con = duckdb.connect(str(out / "govextract.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def archive_dir(tmp_path):
    """A folder as scraped: reports, a copy of one, bad files, and a zip of more reports."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for name in ("zibo-boshan-gongxinju-2021.txt", "平潭综合实验区_2023.html", "上海市人民政府办公厅_2019.docx"):
        shutil.copy(CORPUS / name, src / name)
    shutil.copy(CORPUS / "zibo-boshan-gongxinju-2021.txt", src / "sub" / "same-content.txt")
    (src / "empty.pdf").write_bytes(b"")
    (src / "broken.pdf").write_bytes((CORPUS / "平潭综合实验区_2023.pdf").read_bytes()[:3000])
    (src / "notice.txt").write_text("关于做好春节期间安全生产工作的通知\n各单位：请做好值班工作。", encoding="utf-8")
    with zipfile.ZipFile(src / "more.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.write(CORPUS / "平潭综合实验区_2023.copied.txt", "2023/平潭.txt")
        z.writestr("2023/empty.html", b"")
    return src


def test_every_input_gets_exactly_one_result(archive_dir, tmp_path):
    out = tmp_path / "out"
    summary = batch.run([archive_dir], out, jobs=2, progress=False)
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    sources = [r["meta"]["source"] for r in records] + [e["source"] for e in errors]
    assert len(sources) == len(set(sources)) == summary.inputs == 9
    # Two duplicates: the copied report, and the empty member (same bytes as empty.pdf).
    assert summary.records == 5 and summary.errors == 4 and summary.duplicates == 2

    by_source = {r["meta"]["source"]: r for r in records}
    zipped = f"{archive_dir}/more.zip!2023/平潭.txt"
    assert by_source[zipped]["tables"]["requests"]["new_received"]["total"] == 81
    copy = by_source[f"{archive_dir}/sub/same-content.txt"]
    assert copy["meta"]["duplicate_of"] == f"{archive_dir}/zibo-boshan-gongxinju-2021.txt"
    assert copy["tables"] == by_source[copy["meta"]["duplicate_of"]]["tables"]

    causes = {os.path.basename(e["source"]): (e["stage"], e["cause"]) for e in errors}
    assert set(causes) == {"empty.pdf", "broken.pdf", "notice.txt", "empty.html"}
    assert "empty" in causes["empty.pdf"][1]
    assert "PDF" in causes["broken.pdf"][1]
    assert causes["notice.txt"][0] == "structure"
    empty_member = next(e for e in errors if e["source"].endswith("empty.html"))
    assert empty_member["duplicate_of"] == f"{archive_dir}/empty.pdf"

    # The database holds the same rows, keyed by source, with the ready views.
    assert _rows(out, "SELECT count(*) FROM reports")[0][0] == 5
    assert _rows(out, "SELECT count(*) FROM errors")[0][0] == 4
    assert _rows(out, 'SELECT "requests.new_received.total" FROM reports WHERE source = ?'.replace("?", f"'{zipped}'"))[0][0] == 81
    years = dict(_rows(out, "SELECT year, sum(reports) FROM reports_by_year_region GROUP BY year"))
    # Neither the byte-identical duplicate nor the same report as page and as text counts twice.
    assert years == {2019: 1, 2021: 1, 2023: 1}
    copies = _rows(out, "SELECT source, copies FROM canonical_reports WHERE year = 2023")
    assert sorted([copies[0][0], *copies[0][1]]) == sorted([zipped, f"{archive_dir}/平潭综合实验区_2023.html"])
    assert _rows(out, "SELECT count(*) FROM failed_checks")[0][0] == 0
    assert _rows(out, "SELECT count(*) FROM warnings") == [(sum(len(r["warnings"]) for r in records),)]
    cells = _rows(out, "SELECT value, raw, page FROM cells WHERE source LIKE '%.docx' AND key = 'requests.new_received.total'")
    assert cells == [(859.0, "859", None)]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def _zip_with(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, mode in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if mode:
                info.external_attr = mode << 16
            z.writestr(info, data)


def test_hostile_zip_members_become_error_rows_and_nothing_is_written_outside(tmp_path):
    report = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    _zip_with(scratch / "hostile.zip", [
        ("../escaped.txt", report, 0),
        ("/tmp/absolute.txt", report, 0),
        ("link.txt", b"/etc/passwd", stat.S_IFLNK | 0o777),
        ("bomb.txt", b"0" * (60 * 1024 * 1024), 0),
        ("fine/report.txt", report, 0),
    ])
    before = set(os.listdir(tmp_path))
    out = scratch / "out"
    summary = batch.run([scratch / "hostile.zip"], out, jobs=1, progress=False)
    assert summary.inputs == 5 and summary.records == 1 and summary.errors == 4
    errors = {e["source"].split("!", 1)[1]: e for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())}
    assert "../" in errors["../escaped.txt"]["cause"]
    assert "absolute" in errors["/tmp/absolute.txt"]["cause"]
    assert "symbolic link" in errors["link.txt"]["cause"]
    assert "bomb" in errors["bomb.txt"]["cause"]
    assert {e["stage"] for e in errors.values()} == {"input"}
    assert set(os.listdir(tmp_path)) == before
    assert not os.path.exists("/tmp/absolute.txt")


def test_hostile_tar_members_become_error_rows(tmp_path):
    report = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes()
    path = tmp_path / "reports.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name in ("../up.txt", "ok.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(report)
            tar.addfile(info, io.BytesIO(report))
        link = tarfile.TarInfo("passwd.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
    out = tmp_path / "out"
    summary = batch.run([path], out, jobs=1, progress=False)
    assert (summary.inputs, summary.records, summary.errors) == (3, 1, 2)
    assert summary.duplicates == 0
    causes = " ".join(e["cause"] for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines()))
    assert "../" in causes and "link" in causes


def _pdf_variants(folder, n):
    """n PDFs that differ in their bytes (a trailing comment) but not in content."""
    folder.mkdir()
    data = (CORPUS / "平潭综合实验区_2023.pdf").read_bytes()
    for i in range(n):
        (folder / f"report-{i:02d}.pdf").write_bytes(data + f"\n%variant {i}\n".encode())
    (folder / "empty.txt").write_bytes(b"")


def _batch_cmd(inputs, out):
    return [sys.executable, "-m", "govextract.cli", "batch", str(inputs), "-o", str(out), "--jobs", "1", "-q",
            "--allow-errors"]


def test_a_killed_batch_resumes_to_the_same_outputs(tmp_path):
    inputs = tmp_path / "in"
    _pdf_variants(inputs, 12)
    whole = tmp_path / "whole"
    subprocess.run(_batch_cmd(inputs, whole), check=True)

    resumed = tmp_path / "resumed"
    proc = subprocess.Popen(_batch_cmd(inputs, resumed), start_new_session=True)
    journal = resumed / "records.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline and (not journal.exists() or journal.read_bytes().count(b"\n") < 3):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = journal.read_bytes().count(b"\n")
    assert 3 <= done < 12, "the run should have been killed half-way"
    assert not (resumed / "reports.parquet").exists()
    with open(journal, "ab") as fh:  # as if killed in the middle of writing a line
        fh.write(b'{"meta": {"source": "torn')

    subprocess.run(_batch_cmd(inputs, resumed), check=True)
    assert _outputs(resumed) == _outputs(whole)
    assert len(pq.read_table(resumed / "reports.parquet")) == 12


def test_dask_engine_gives_the_local_outputs(archive_dir, tmp_path):
    from distributed import LocalCluster
    local = tmp_path / "local"
    batch.run([archive_dir], local, jobs=2, progress=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = tmp_path / "dask"
        summary = batch.run([archive_dir], on_dask, engine="dask", scheduler=cluster.scheduler_address, progress=False)
    assert summary.inputs == 9
    assert _outputs(on_dask) == _outputs(local)


def test_cli_batch_reports_what_it_did(archive_dir, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "govextract.cli", "batch", str(archive_dir), "-o", str(out),
                           "--jobs", "2"], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr     # some inputs are error rows
    assert "9 inputs: 5 records, 4 errors, 2 duplicates" in proc.stderr
    assert "2 E_EMPTY" in proc.stderr and "1 E_CORRUPT" in proc.stderr and "1 E_NOT_A_REPORT" in proc.stderr
    again = subprocess.run([sys.executable, "-m", "govextract.cli", "batch", str(archive_dir), "-o", str(out)],
                           capture_output=True, text=True)
    assert "9 done earlier" in again.stderr
    assert again.returncode == 1     # the error rows on file still count
    fresh = subprocess.run([sys.executable, "-m", "govextract.cli", "batch", str(archive_dir), "-o", str(out),
                            "--fresh", "-q", "--allow-errors"], capture_output=True, text=True)
    assert fresh.returncode == 0 and len((out / "records.jsonl").read_text("utf-8").splitlines()) == 5
    bad = subprocess.run([sys.executable, "-m", "govextract.cli", "batch", str(archive_dir), "-o", str(out),
                          "--jobs", "0"], capture_output=True, text=True)
    assert bad.returncode == 2 and "positive" in bad.stderr and "Traceback" not in bad.stderr


def test_archives_inside_archives_are_opened_in_memory(tmp_path):
    report = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("site-a/report.txt", report)
    tarred = io.BytesIO()
    with tarfile.open(fileobj=tarred, mode="w:gz") as tar:
        info = tarfile.TarInfo("site-b/report.txt")
        data = report + b"\n"
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    deepest = io.BytesIO()
    with zipfile.ZipFile(deepest, "w") as z:
        z.writestr("inner.zip", inner.getvalue())
    outer = tmp_path / "crawl.zip"
    with zipfile.ZipFile(outer, "w") as z:
        z.writestr("a.zip", inner.getvalue())
        z.writestr("b.tar.gz", tarred.getvalue())
        z.writestr("c.zip", deepest.getvalue())
    out = tmp_path / "out"
    summary = batch.run([outer], out, jobs=1, progress=False)
    records = [json.loads(line)["meta"]["source"] for line in (out / "records.jsonl").read_text("utf-8").splitlines()]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert records == [f"{outer}!a.zip!site-a/report.txt", f"{outer}!b.tar.gz!site-b/report.txt"]
    assert [e["source"] for e in errors] == [f"{outer}!c.zip!inner.zip"] and "nested" in errors[0]["cause"]
    assert summary.inputs == 3


def _children(pid: int) -> list:
    kids = []
    for stat_file in os.listdir("/proc"):
        if stat_file.isdigit():
            try:
                fields = open(f"/proc/{stat_file}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(stat_file))
    return kids


def _alive(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _outliving(workers: list) -> list:
    """The workers still alive 10 s after their batch ended (then killed). A worker dies of the
    parent-death signal, which a loaded machine may deliver a moment after the batch exits."""
    deadline = time.time() + 10
    while time.time() < deadline and any(map(_alive, workers)):
        time.sleep(0.1)
    alive = [p for p in workers if _alive(p)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    return alive


SLOW_BATCH = """
import pathlib, sys, time
from govextract.bulk import batch

def slow(name, data, time_limit, raw=None, ocr="auto"):   # a document that takes minutes
    pathlib.Path(sys.argv[3]).write_text("busy")
    time.sleep(600)

batch.work = slow
batch.run([sys.argv[1]], sys.argv[2], jobs=1, time_limit=None, progress=False)
"""


def test_workers_die_with_a_main_process_killed_by_sigkill(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_bytes((CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes())
    busy = tmp_path / "busy"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BATCH, str(tmp_path / "in"), str(tmp_path / "out"), str(busy)])
    deadline = time.time() + 120
    while time.time() < deadline and not busy.exists():
        time.sleep(0.1)
    workers = [p for p in _children(proc.pid) if _alive(p)]
    assert busy.exists() and workers, "the batch should have a worker busy on the document"
    proc.kill()
    proc.wait()
    assert not _outliving(workers), "a worker outlived its killed batch"


def test_ctrl_c_in_a_batch_says_how_to_resume(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_bytes((CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes())
    busy = tmp_path / "busy"
    script = SLOW_BATCH.replace("batch.run([sys.argv[1]], sys.argv[2], jobs=1, time_limit=None, progress=False)",
                                "from govextract.cli import main\n"
                                "sys.exit(main(['batch', sys.argv[1], '-o', sys.argv[2], '--jobs', '1', '-q']))")
    # A suite run as a background job of a script starts with SIGINT ignored, and a child would
    # inherit that and never see the Ctrl-C: give it the disposition a user's terminal gives.
    proc = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "in"), str(tmp_path / "out"), str(busy)],
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    workers = []
    try:
        deadline = time.time() + 120
        while time.time() < deadline and not busy.exists():
            time.sleep(0.1)
        workers = [p for p in _children(proc.pid) if _alive(p)]
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:    # a run that did not stop must not outlive the test
        for pid in [proc.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 130
    assert "interrupted; run the same command to resume" in err and "Traceback" not in err, err
    assert not _outliving(workers)


def test_an_archive_folder_as_found_gives_one_row_per_input_and_one_canonical_row_per_report(tmp_path):
    from test_inputs import SCRAPED, raw_named_zip
    folder = tmp_path / "archive"
    folder.mkdir()
    corpus = sorted(CORPUS.iterdir())
    with zipfile.ZipFile(folder / "corpus.zip", "w") as z:     # stored, as `zip -0` and Python's default make it
        for path in corpus:
            z.write(path, f"dev/{path.name}")
    zibo, pingtan = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes(), (CORPUS / "平潭综合实验区_2023.html").read_bytes()
    raw_named_zip(folder / "windows.zip", [("淄博市博山区_2021.txt".encode("gbk"), zibo),
                                            ("平潭综合实验区_2023.html".encode("gbk"), pingtan)])
    raw_named_zip(folder / "infozip.zip", [("淮安市人民政府_2024.pdf".encode(), (CORPUS / "淮安市人民政府_2024.pdf").read_bytes())])
    site = folder / "site"
    site.mkdir()
    (site / "page.html").write_bytes(pingtan)
    (site / "page.txt").write_bytes((CORPUS / "平潭综合实验区_2023.copied.txt").read_bytes())
    for name in ("links.tsv", "meta.json", "style.css", "logo.png"):
        (site / name).write_bytes(SCRAPED[name])

    out = tmp_path / "out"
    summary = batch.run([folder], out, jobs=2, progress=False)
    records = {r["meta"]["source"]: r for r in map(json.loads, (out / "records.jsonl").read_text("utf-8").splitlines())}
    errors = {e["source"]: e for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())}
    expected = ([f"{folder}/corpus.zip!dev/{p.name}" for p in corpus] +
                [f"{folder}/windows.zip!淄博市博山区_2021.txt", f"{folder}/windows.zip!平潭综合实验区_2023.html",
                 f"{folder}/infozip.zip!淮安市人民政府_2024.pdf"] +
                [f"{folder}/site/{name}" for name in ("page.html", "page.txt", "links.tsv", "meta.json", "style.css", "logo.png")])
    assert set(records) | set(errors) == set(expected)
    assert summary.inputs == len(expected) == len(records) + len(errors)
    # Every document of the corpus is a record; nothing that is not a report is.
    gold = [s for s in expected if s.endswith(".gold.json")]
    assert set(errors) == set(gold) | {f"{folder}/site/{n}" for n in ("links.tsv", "meta.json", "style.css", "logo.png")}
    assert {errors[s]["code"] for s in gold} == {"E_NOT_A_REPORT"}
    assert errors[f"{folder}/site/logo.png"]["code"] == "E_UNSUPPORTED_TYPE"

    canonical = _rows(out, "SELECT agency, year, \"requests.new_received.total\", len(copies) FROM canonical_reports ORDER BY year")
    assert [(a, y, n) for a, y, n, _ in canonical] == [("上海市人民政府办公厅", 2019, 859), ("淄博市博山区工业和信息化局", 2021, 0),
                                                     ("平潭综合实验区", 2023, 81), ("淮安市人民政府", 2024, 3119)]
    assert _rows(out, "SELECT sum(requests_received) FROM reports_by_year_region WHERE year = 2023") == [(81,)]
    assert _rows(out, "SELECT code, inputs FROM errors_by_cause") == [("E_NOT_A_REPORT", 12), ("E_UNSUPPORTED_TYPE", 1)]
