"""What a batch reads: kinds by structure, member names, one uniquely named input per file or member."""
import io
import json
import os
import re
import signal
import tarfile
import zipfile

import pytest

import govextract
from govextract import ParseError
from govextract.bulk import batch, inputs
from govextract.errors import CODES
from govextract.readers.sniff import sniff, sniff_file
from conftest import CORPUS, ROOT

REPORT = (CORPUS / "zibo-boshan-gongxinju-2021.txt").read_bytes()
DOCX = (CORPUS / "上海市人民政府办公厅_2019.docx").read_bytes()
PDF = (CORPUS / "平潭综合实验区_2023.pdf").read_bytes()


def _zip(members, compression=zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


def _names(paths, **kw):
    return [(i.name, i.error.code if i.error else None) for i in inputs.walk(paths, **kw)]


# --- 1. a stored zip of reports is an archive, whatever its first member -----------------------

def test_a_stored_zip_of_pdfs_and_docx_is_an_archive_not_one_document(tmp_path):
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(_zip([("a.pdf", PDF), ("b.docx", DOCX), ("c.txt", REPORT)]))
    assert sniff(bundle.read_bytes()) == sniff_file(bundle) == "zip"
    assert _names([bundle]) == [(f"{bundle}!a.pdf", None), (f"{bundle}!b.docx", None), (f"{bundle}!c.txt", None)]
    with pytest.raises(ParseError) as err:
        govextract.parse(bundle)
    assert err.value.code == "E_ARCHIVE" and "batch" in err.value.cause


# --- 2. DOCX, OpenDocument, spreadsheets by the zip's directory; PDFs by header and trailer ------

def test_a_docx_whose_first_part_is_a_big_thumbnail_is_still_a_docx(tmp_path):
    with zipfile.ZipFile(io.BytesIO(DOCX)) as src:
        parts = [(i.filename, src.read(i)) for i in src.infolist()]
    thumbnail = ("docProps/big-picture.jpeg", b"\xff\xd8\xff" + os.urandom(100_000))
    data = _zip([thumbnail] + parts)
    assert b"word/" not in data[:65536]
    assert sniff(data) == "docx"
    (tmp_path / "r.docx").write_bytes(data)
    assert _names([tmp_path / "r.docx"]) == [(f"{tmp_path}/r.docx", None)]
    assert govextract.parse(tmp_path / "r.docx").to_dict()["tables"]["requests"]["new_received"]["total"] == 859


def test_a_zip_with_a_word_folder_is_not_a_docx_and_office_lookalikes_are_refused(tmp_path):
    assert sniff(_zip([("word/notes.txt", REPORT), ("report.txt", REPORT)])) == "zip"
    odt = _zip([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>"),
                ("META-INF/manifest.xml", b"<x/>")])
    xlsx = _zip([("[Content_Types].xml", b"<x/>"), ("xl/workbook.xml", b"<x/>")])
    (tmp_path / "a.odt").write_bytes(odt)
    (tmp_path / "b.xlsx").write_bytes(xlsx)
    assert _names([tmp_path]) == [(f"{tmp_path}/a.odt", "E_UNSUPPORTED_TYPE"), (f"{tmp_path}/b.xlsx", "E_UNSUPPORTED_TYPE")]
    with pytest.raises(ParseError, match="Excel") as err:
        govextract.parse_bytes(xlsx, path="b.xlsx")
    assert err.value.code == "E_UNSUPPORTED_TYPE"


def test_a_text_report_quoting_pdf_header_is_text_but_a_pdf_after_junk_is_a_pdf():
    quoted = REPORT.replace("一、总体情况".encode(), "一、总体情况（附件格式 %PDF-1.7）".encode(), 1)
    assert b"%PDF-" in quoted[:1024]
    assert sniff(quoted) == "text"
    assert govextract.parse_bytes(quoted).to_dict()["meta"]["year"] == 2021
    assert sniff(b"HTTP/1.1 200 OK\r\n\r\n" + PDF) == "pdf"


# --- 3. member names: UTF-8 flag, else UTF-8 if it decodes, else GB18030 -----------------------

def raw_named_zip(path, members):
    """A zip whose member names are raw bytes without the UTF-8 flag (Windows GBK, or Info-ZIP UTF-8)."""
    placeholders = [chr(ord("A") + i).encode() * len(raw) for i, (raw, _) in enumerate(members)]
    data = _zip([(p.decode(), content) for p, (_, content) in zip(placeholders, members)], zipfile.ZIP_DEFLATED)
    for p, (raw, _) in zip(placeholders, members):
        data = data.replace(p, raw)
    path.write_bytes(data)


def test_zip_member_names_without_the_utf8_flag_are_decoded_as_gbk_or_utf8(tmp_path):
    names = ["平潭综合实验区_2023.html".encode("gbk"), "淄博_2021.txt".encode("utf-8")]
    raw_named_zip(tmp_path / "w.zip", [(name, REPORT + name) for name in names])
    got = [(i.name, i.raw) for i in inputs.walk([tmp_path / "w.zip"])]
    raw = "".join(f"\\x{b:02x}" for b in "平潭综合实验区".encode("gbk"))
    assert got == [(f"{tmp_path}/w.zip!平潭综合实验区_2023.html", f"{tmp_path}/w.zip!{raw}_2023.html"),
                   (f"{tmp_path}/w.zip!淄博_2021.txt", None)]


def test_tar_member_names_in_gbk_are_decoded(tmp_path):
    path = tmp_path / "w.tar"
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT, encoding="gbk") as tar:
        info = tarfile.TarInfo("平潭综合实验区_2023.txt")
        info.size = len(REPORT)
        tar.addfile(info, io.BytesIO(REPORT))
    assert [i.name for i in inputs.walk([path])] == [f"{path}!平潭综合实验区_2023.txt"]


# --- sources: unique, the same however spelt, never the output folder -------------------------

def test_repeated_member_names_and_a_file_named_like_a_member_get_unique_sources(tmp_path):
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z, pytest.warns(UserWarning):
        for i in range(3):
            z.writestr("x.txt", REPORT + str(i).encode())
    (tmp_path / "a.zip!x.txt").write_bytes(REPORT)
    names = [n for n, _ in _names([tmp_path])]
    assert names == [f"{tmp_path}/a.zip!x.txt", f"{tmp_path}/a.zip!x.txt#2", f"{tmp_path}/a.zip!x.txt#3",
                     f"{tmp_path}/a.zip!x.txt#4"]


def test_a_folder_spelt_relative_or_absolute_gives_the_same_sources(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "r.txt").write_bytes(REPORT)
    monkeypatch.chdir(tmp_path)
    assert _names(["docs"]) == _names(["./docs/"]) == _names([tmp_path / "docs"]) == [(f"{tmp_path}/docs/r.txt", None)]


def test_the_output_folder_is_not_an_input(tmp_path):
    (tmp_path / "r.txt").write_bytes(REPORT)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "records.jsonl").write_bytes(b"{}\n")
    assert _names([tmp_path], skip=[tmp_path / "out"]) == [(f"{tmp_path}/r.txt", None)]


# --- files that are not regular, links, unreadable folders --------------------------------------

def test_fifos_links_and_unreadable_folders_each_get_a_row_and_nothing_blocks(tmp_path, monkeypatch):
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "locked").mkdir()
    (tree / "sub" / "r.txt").write_bytes(REPORT)
    (tmp_path / "outside.txt").write_bytes(REPORT)
    os.mkfifo(tree / "pipe.txt")
    os.symlink("/dev/zero", tree / "zero.txt")
    os.symlink(tmp_path / "outside.txt", tree / "away.txt")
    os.symlink(tree / "sub", tree / "linked-folder")
    os.symlink(tree / "sub" / "r.txt", tree / "inside.txt")
    scandir = os.scandir

    def refuse_locked(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    signal.alarm(20)   # a FIFO opened for reading would block here for ever
    try:
        got = dict(_names([tree]))
    finally:
        signal.alarm(0)
    assert got == {f"{tree}/away.txt": "E_LINK_OUTSIDE", f"{tree}/inside.txt": None,
                   f"{tree}/linked-folder": "E_LINK_OUTSIDE", f"{tree}/pipe.txt": "E_NOT_REGULAR",
                   f"{tree}/zero.txt": "E_NOT_REGULAR", f"{tree}/locked": "E_UNREADABLE",
                   f"{tree}/sub/r.txt": None}


def test_a_tar_gz_bomb_is_refused_by_its_ratio(tmp_path):
    path = tmp_path / "bomb.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name, data in (("ok.txt", REPORT), ("zeros.txt", b"\0" * (3 * 1024 * 1024))):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    assert path.stat().st_size < 20_000
    assert _names([path]) == [(f"{path}!ok.txt", None), (f"{path}!zeros.txt", "E_BOMB")]


def test_every_code_used_in_the_package_is_listed_in_errors():
    used = set()
    for path in (ROOT / "govextract").rglob("*.py"):
        used |= set(re.findall(r'"(E_[A-Z_]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= set(CODES), used - set(CODES)


# --- one batch over a hostile folder: one row per input, the run never lost ---------------------

def _bad_crc_zip(path):
    """A zip with a good member, one whose stored bytes no longer match their CRC, and one whose
    deflate stream is broken."""
    data = bytearray(_zip([("good.txt", REPORT), ("crc.txt", b"X" * 40 + REPORT)]))
    at = data.find(b"X" * 40)
    data[at:at + 40] = b"Y" * 40
    path.write_bytes(bytes(data))
    deflated = bytearray(_zip([("deflate.txt", REPORT)], zipfile.ZIP_DEFLATED))
    start = deflated.find(b"deflate.txt") + len("deflate.txt")
    deflated[start + 20:start + 60] = b"\xff" * 40
    (path.parent / "deflate.zip").write_bytes(bytes(deflated))


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    _bad_crc_zip(folder / "crc.zip")
    gbk_name = os.fsencode(str(folder)) + b"/" + "平潭综合_2023.txt".encode("gbk")
    with open(gbk_name, "wb") as fh:
        fh.write(REPORT)
    with zipfile.ZipFile(folder / "dupes.zip", "w") as z:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for i in range(3):
                z.writestr("x.txt", REPORT + f"\n（第{i}份）".encode())
    lines = REPORT.decode("utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "本年新收" in line)
    first = next(i for i in range(start + 1, len(lines)) if lines[i].strip())
    huge, half = list(lines), list(lines)
    huge[first] = "\t" + "9" * 20   # past int64, still a number as printed
    half[first] = "\t0.5"
    (folder / "huge-cell.txt").write_text("\n".join(huge), encoding="utf-8")
    (folder / "half-cell.txt").write_text("\n".join(half), encoding="utf-8")
    out = folder / "out"   # inside the inputs, as `batch docs/ -o docs/out` makes it
    summary = batch.run([folder], out, jobs=1, progress=False)
    again = batch.run([folder], out, jobs=1, progress=False)
    rows = {r["meta"]["source"]: r for r in map(json.loads, (out / "records.jsonl").read_text("utf-8").splitlines())}
    rows.update({e["source"]: e for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())})
    return folder, out, summary, again, rows


def test_a_bad_crc_or_broken_deflate_member_costs_one_row(hostile_run):
    folder, out, summary, _, rows = hostile_run
    assert "meta" in rows[f"{folder}/crc.zip!good.txt"]
    assert rows[f"{folder}/crc.zip!crc.txt"]["code"] == "E_UNREADABLE"
    assert rows[f"{folder}/deflate.zip!deflate.txt"]["code"] == "E_UNREADABLE"
    assert (out / "govextract.duckdb").exists()


def test_a_non_utf8_file_name_is_decoded_and_its_raw_form_kept(hostile_run):
    folder, _, _, _, rows = hostile_run
    record = rows[f"{folder}/平潭综合_2023.txt"]
    raw = "".join(f"\\x{b:02x}" for b in "平潭综合".encode("gbk"))
    assert record["meta"]["source_raw"] == f"{folder}/{raw}_2023.txt"


def test_repeated_member_names_give_three_rows_and_a_rerun_skips_them_all(hostile_run):
    folder, _, summary, again, rows = hostile_run
    assert {f"{folder}/dupes.zip!x.txt", f"{folder}/dupes.zip!x.txt#2", f"{folder}/dupes.zip!x.txt#3"} <= set(rows)
    assert summary.inputs == len(rows) == 9
    assert again.resumed == again.inputs == 9 and again.records == again.errors == 0


def test_a_cell_past_int64_or_not_whole_is_null_in_reports_with_a_warning(hostile_run):
    import duckdb
    folder, out, _, _, _ = hostile_run
    con = duckdb.connect(str(out / "govextract.duckdb"), read_only=True)
    key = "requests.new_received.natural_person"
    got = con.execute(f'SELECT source, "{key}" FROM reports WHERE source LIKE \'%-cell.txt\' ORDER BY source').fetchall()
    assert got == [(f"{folder}/half-cell.txt", None), (f"{folder}/huge-cell.txt", None)]
    raw = con.execute(f"SELECT raw FROM cells WHERE key = '{key}' AND source LIKE '%-cell.txt' ORDER BY source").fetchall()
    assert raw == [("0.5",), ("9" * 20,)]
    warned = con.execute(f"SELECT count(*) FROM warnings WHERE text LIKE '%{key}%'").fetchall()
    assert warned == [(2,)]
    assert con.execute("SELECT typeof(\"requests.new_received.total\"), typeof(publication_date) FROM reports "
                       "LIMIT 1").fetchall() == [("BIGINT", "DATE")]
    assert con.execute("SELECT DISTINCT typeof(checks_failed), typeof(requests_received) FROM reports_by_year_region"
                       ).fetchall() == [("BIGINT", "BIGINT")]   # not DuckDB's HUGEINT sums


# --- 5. files that are not reports: recognised without parsing, an error row with a code ----------

TITLE = "平潭综合实验区管理委员会2023年政府信息公开工作年度报告"
SCRAPED = {
    "meta.json": json.dumps({"title": TITLE, "url": "https://example.org/a.html", "sections": ["一、总体情况"]},
                            ensure_ascii=False).encode("utf-8"),
    "links.tsv": f"title\turl\n{TITLE}\thttps://example.org/a.html\n{TITLE}（附件）\thttps://example.org/a.pdf\n".encode(),
    "style.css": "body { font-family: 宋体; }\n.title::before { content: '一、总体情况'; }\n".encode("utf-8"),
    "logo.png": b"\x89PNG\r\n\x1a\n" + os.urandom(200),
    "data.xlsx": _zip([("[Content_Types].xml", b"<x/>"), ("xl/workbook.xml", b"<x/>")]),
}


@pytest.mark.parametrize("name,code", [("meta.json", "E_NOT_A_REPORT"), ("links.tsv", "E_NOT_A_REPORT"),
                                       ("style.css", "E_NOT_A_REPORT"), ("logo.png", "E_UNSUPPORTED_TYPE"),
                                       ("data.xlsx", "E_UNSUPPORTED_TYPE")])
def test_a_file_that_is_not_a_report_is_refused_with_a_code_even_if_it_quotes_a_title(name, code, tmp_path):
    with pytest.raises(ParseError) as err:
        govextract.parse_bytes(SCRAPED[name], path=name)
    assert err.value.code == code and name in str(err.value)
    (tmp_path / name).write_bytes(SCRAPED[name])
    [item] = inputs.walk([tmp_path])
    assert item.load is None and item.error.code == code   # never read, never sent to a worker


def test_json_and_tsv_are_told_by_content_whatever_their_name():
    assert sniff(SCRAPED["meta.json"], "meta.txt") == "json"
    assert sniff(SCRAPED["links.tsv"], "links.txt") == "tsv"
    assert sniff((CORPUS / "平潭综合实验区_2023.copied.txt").read_bytes(), "page.txt") == "text"
