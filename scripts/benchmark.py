"""Speed of govextract.parse, printed as numbers (targets live in BENCHMARKS.md).

First the cold start: `govextract parse` on the corpus's copied text report,
each time in a new process (min and median wall). Then for text reports, that
report (3,500 characters) and a long one of about 10,000 characters (that report
with the 总体情况 sections of the Shanghai, Huai'an and Boshan reports added to
its own, as a large body's report reads): the median
parse time after warm-up, and in the same run the time one `jieba.lcut` pass
over the report's whole text takes, the two timed in turn so that a busy
machine slows both alike; the ratio of the fastest runs is printed too, the
steadier figure when other work shares the cores, and the ratio of their CPU
times. `--text-only` times the text reports alone, quick enough to alternate
runs of two trees. For the PDFs: plain
pdfplumber (extract_text + extract_tables on every page), pypdfium2 text on
every page, and govextract.parse, with the ratios. For HTML: median parse.

    python scripts/benchmark.py [--repeat N] [--cold N] [--text-only]
"""
import argparse
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "dev"


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_turn(first, second, repeat):
    """Wall and CPU seconds of each of two functions over `repeat` rounds, run one after the
    other: ((wall of first, wall of second), (CPU of first, CPU of second))."""
    wall, cpu = ([], []), ([], [])
    for _ in range(repeat):
        for n, fn in enumerate((first, second)):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall[n].append(time.perf_counter() - start)
            cpu[n].append(time.process_time() - start_cpu)
    return wall, cpu


def cold_start(path, runs: int) -> list:
    """Wall seconds of the command line parsing one file, each in a new process: what
    one `govextract parse` costs, and what every new batch worker pays once. The
    first run may build the private jieba cache (segmenter.py) and is not counted."""
    command = [str(pathlib.Path(sys.executable).with_name("govextract")), "parse", str(path)]
    subprocess.run(command, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return times


def long_report(text: str) -> str:
    """The report with the 总体情况 narrative of two larger reports added to its own section 一."""
    from govextract.readers import read_bytes
    from govextract.stages.sections import find_sections
    extra = []
    for name in ("上海市人民政府办公厅_2019.html", "淮安市人民政府_2024.pdf", "zibo-boshan-gongxinju-2021.txt"):
        layout = find_sections(read_bytes((CORPUS / name).read_bytes()))
        extra += [p.text for p in layout.sections[1].paragraphs[1:]]
    heading = text.index("二、主动公开政府信息情况")
    return text[:heading] + "\n".join(extra) + "\n" + text[heading:]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cold", type=int, default=7, help="fresh processes timed for the cold start")
    parser.add_argument("--text-only", action="store_true", help="time the text reports only")
    args = parser.parse_args()
    text_file = CORPUS / "平潭综合实验区_2023.copied.txt"
    if not args.text_only:
        cold = cold_start(text_file, args.cold)
        print(f"cold start, `govextract parse {text_file.name}` in a fresh process, wall over {args.cold} runs: "
              f"min {min(cold) * 1000:.0f} ms, median {statistics.median(cold) * 1000:.0f} ms")

    import govextract
    from govextract import segmenter
    jieba = segmenter.tokenizer()   # jieba's dictionary, not from the shared temporary folder
    short = text_file.read_text(encoding="utf-8")
    for name, text in ((text_file.name, short), ("long report", long_report(short))):
        govextract.parse_text(text)
        jieba.lcut(text)
        (warm, seg), (warm_cpu, seg_cpu) = in_turn(lambda: govextract.parse_text(text), lambda: jieba.lcut(text),
                                                   args.repeat)
        print(f"text report: {len(text)} characters ({name})")
        print(f"  govextract.parse median after warm-up: {statistics.median(warm) * 1000:8.2f} ms")
        print(f"  jieba.lcut over the whole text median: {statistics.median(seg) * 1000:8.2f} ms")
        print(f"  parse / jieba ratio:                   {statistics.median(warm) / statistics.median(seg):8.2f}")
        print(f"  parse / jieba ratio, fastest runs:     {min(warm) / min(seg):8.2f}")
        print(f"  parse / jieba ratio, CPU time medians: {statistics.median(warm_cpu) / statistics.median(seg_cpu):8.2f}")
    if args.text_only:
        return

    crawler = CORPUS / "平潭综合实验区_2023.crawler.txt"   # tables run together, recovered by digit_runs
    print(f"crawler text {crawler.name}: parse median {median_time(lambda: govextract.parse(crawler), args.repeat) * 1000:.1f} ms")

    for html in sorted(CORPUS.glob("*.html")):
        t = median_time(lambda: govextract.parse(html), args.repeat)
        print(f"html {html.name}: parse median {t * 1000:.1f} ms")

    import pdfplumber
    import pypdfium2
    for pdf in sorted(CORPUS.glob("*.pdf")):
        def plumber():
            with pdfplumber.open(pdf) as doc:
                for page in doc.pages:
                    page.extract_text()
                    page.extract_tables()

        def pdfium():
            doc = pypdfium2.PdfDocument(str(pdf))
            for page in doc:
                page.get_textpage().get_text_range()
            doc.close()

        n = max(3, args.repeat // 4)
        a = median_time(plumber, n)
        b = median_time(pdfium, n)
        c = median_time(lambda: govextract.parse(pdf), n)
        print(f"pdf {pdf.name}: (a) pdfplumber {a * 1000:.0f} ms  (b) pypdfium2 {b * 1000:.0f} ms  "
              f"(c) govextract {c * 1000:.0f} ms  c/a {c / a:.2f}  c/b {c / b:.1f}")


if __name__ == "__main__":
    main()
