"""Throughput of `govextract batch` on a scraped-archive-like zip, with 1 and 2 workers.

Builds a zip of at least --files members from the bundled corpus: every
document copied with a small change (so each copy has its own sha256), some
exact copies, and bad files (truncated PDFs, empty files, a notice that is not
a report, binary junk). Runs the batch into a fresh folder with each worker
count and prints documents per second, peak memory per worker, and the error
rows by code, and the journal's bytes per record beside the whole record's JSON;
checks that every member got exactly one result.

    python scripts/bench_batch.py [--files 1000] [--workers 1 2]
"""
import argparse
import collections
import io
import json
import pathlib
import shutil
import tempfile
import zipfile

from govextract.bulk import batch
from govextract.bulk.journal import line_of, read_records

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "dev"
NOTICE = "关于做好春节期间值班工作的通知\n各科室：请按排班表做好值班工作，确保通讯畅通。".encode("utf-8")


def variant(name: str, data: bytes, i: int) -> bytes:
    """The document with a change that leaves its content as it was."""
    if name.endswith(".pdf"):
        return data + f"\n%variant {i}\n".encode()
    if name.endswith(".docx"):
        buf = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item, src.read(item))
            dst.writestr("customXml/variant.txt", str(i))
        return buf.getvalue()
    if name.endswith(".html"):
        return data + f"\n<!-- variant {i} -->\n".encode()
    encoding = "utf-8" if _is_utf8(data) else "gb18030"
    return data + f"\n\n（本页浏览次数：{i}）\n".encode(encoding)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def build_archive(path: pathlib.Path, files: int) -> collections.Counter:
    docs = sorted(p for p in CORPUS.iterdir() if not p.name.endswith(".gold.json"))
    expected = collections.Counter()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        i = 0
        while i < files:
            for doc in docs:
                data = doc.read_bytes()
                z.writestr(f"{i // len(docs):04d}/{doc.name}", variant(doc.name, data, i))
                expected["record"] += 1
                i += 1
            n = i // len(docs)
            z.writestr(f"copies/{n:04d}-{docs[0].name}", docs[0].read_bytes())   # exact duplicate
            z.writestr(f"bad/{n:04d}-truncated.pdf", (CORPUS / "淮安市人民政府_2024.pdf").read_bytes()[: 2000 + n])
            z.writestr(f"bad/{n:04d}-empty.html", b"")
            z.writestr(f"bad/{n:04d}-notice.txt", NOTICE + str(n).encode())
            z.writestr(f"bad/{n:04d}-junk.bin", bytes(range(256)) * (n + 1))
            expected["record"] += 1
            expected["error"] += 4
            i += 5
    return expected


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="govextract-bench-"))
    try:
        archive = scratch / "archive.zip"
        expected = build_archive(archive, args.files)
        total = sum(expected.values())
        print(f"archive: {total} members ({expected['record']} reports incl. duplicates, "
              f"{expected['error']} bad files), {archive.stat().st_size / 1e6:.1f} MB zipped")
        rates = {}
        for workers in args.workers:
            out = scratch / f"out-{workers}"
            s = batch.run([archive], out, jobs=workers, progress=False)
            errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
            records = (out / "records.jsonl").read_bytes().count(b"\n")
            assert records + len(errors) == s.inputs == total, "every member must give exactly one result"
            assert (records, len(errors)) == (expected["record"], expected["error"]), "unexpected error rows"
            rates[workers] = s.parsed_per_second
            peak = ", ".join(f"{mb:.0f}" for mb in sorted(s.peak_rss_mb.values()))
            print(f"{workers} worker(s): {s.inputs} inputs -> {records} records, {len(errors)} error rows, "
                  f"{s.duplicates} duplicates not re-parsed")
            print(f"  parsing {s.parse_seconds:.1f} s ({s.parsed_per_second:.1f} documents/s), "
                  f"whole run incl. Parquet+DuckDB {s.seconds:.1f} s; peak memory per worker (MB): {peak}")
            by_code = collections.Counter(e["code"] for e in errors)
            print("  error rows by code: " + ", ".join(f"{k} {v}" for k, v in sorted(by_code.items())))
            journal = (out / "records.jsonl").stat().st_size
            whole = sum(len(line_of(r)) for r in read_records(out / "records.jsonl"))
            print(f"  journal: {journal / records / 1024:.1f} KB per record in records.jsonl "
                  f"(whole record as JSON {whole / records / 1024:.1f} KB; {whole / journal:.1f}x smaller)")
        if 1 in rates and 2 in rates:
            print(f"speed-up 2 workers / 1 worker: {rates[2] / rates[1]:.2f}x")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
