"""How fast scanned pages are read, and how much memory it takes (the `ocr` extra).

    python scripts/bench_ocr.py [SCANNED_PDF ...]     (default: corpus/scanned/*.pdf)

Prints the engine's load time, seconds per page (render, straighten, rulings,
recognition; then the whole parse per document) and the process's peak memory.
Targets: ≤ 5 s a page on 2 cores, < 1.5 GB a worker. Run it on a quiet machine:
other processes on the cores show up directly in the seconds.
"""
import pathlib
import resource
import statistics
import sys
import time

import pypdfium2 as pdfium

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import govextract  # noqa: E402
from govextract.readers import ocr  # noqa: E402


def main(paths):
    started = time.perf_counter()
    ocr.engine()
    print(f"engine load: {time.perf_counter() - started:.2f} s")
    pages = []
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            started, cpu = time.perf_counter(), time.process_time()
            sheet = ocr.read_page(pdf[index], index + 1)
            wall = time.perf_counter() - started
            pages.append(wall)
            print(f"{path.name} page {index + 1}: {wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU, "
                  f"{len(sheet.chars)} characters, {len(sheet.edges)} rulings")
        pdf.close()
    for path in paths:
        started = time.perf_counter()
        record = govextract.parse(path)
        print(f"{path.name}: whole parse {time.perf_counter() - started:.2f} s for {record.meta['pages']} pages")
    print(f"seconds per page: median {statistics.median(pages):.2f}, max {max(pages):.2f} (target ≤ 5)")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (target < 1500)")


if __name__ == "__main__":
    args = [pathlib.Path(a) for a in sys.argv[1:]] or sorted((ROOT / "corpus" / "scanned").glob("*.pdf"))
    main(args)
