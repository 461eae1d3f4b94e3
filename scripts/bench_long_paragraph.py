"""Parse time of a report whose narrative is one very long paragraph, as printed numbers.

Bulk users feed crawler text with no line breaks: the whole 总体情况 as one paragraph of
100,000 characters or more. Work per count that grows with the paragraph's length (a
window from the paragraph's start, a search to its end, the facts read so far) makes such
a parse grow with the square of its length. For each N this builds a report whose section
一 is one paragraph and times `govextract.parse_text` on it (after one warm-up parse of a
small report, so loading the pipeline is not counted), printing wall and CPU seconds and
the CPU seconds per 1,000 counts, which stay about flat when the time grows linearly:

- `comma`: 本年度主动公开政府信息12条， N times (one sentence of N counts);
- `period`: the same with 。 (N sentences in one paragraph);
- `numbered`: the `period` form counting 1, 2, 3, … items (N different counts, none restated);
- `frames`: a sentence dated 2023 (the report's year), then N sentences each going on with how items were published
  (通过微信公布信息k条。), which its year dates (dated_to reads back to it);
- `reports`: the 总体情况 narrative of four corpus reports (Pingtan's, Shanghai's, Huai'an's,
  Boshan's) with its line breaks removed, N times over (N × about 7,000 characters).

    python scripts/bench_long_paragraph.py [--forms comma period numbered frames reports] [--sizes 2000 4000 8000 16000]
"""
import argparse
import pathlib
import time

import govextract

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = ("平潭综合实验区_2023.copied.txt", "上海市人民政府办公厅_2019.html", "淮安市人民政府_2024.pdf",
           "zibo-boshan-gongxinju-2021.txt")
SIZES = {"comma": (2000, 4000, 8000, 16000), "period": (2000, 4000, 8000, 16000),
         "numbered": (1000, 2000, 4000, 8000), "frames": (2000, 4000, 8000, 16000), "reports": (4, 8, 16, 32)}


def narrative() -> str:
    """The section 一 paragraphs of the corpus's REPORTS, run together."""
    from govextract.readers import read_bytes
    from govextract.stages.sections import find_sections
    paragraphs = []
    for name in REPORTS:
        layout = find_sections(read_bytes((ROOT / "corpus" / "dev" / name).read_bytes()))
        paragraphs += [p.text.strip() for p in layout.sections[1].paragraphs[1:]]
    return "".join(paragraphs)


def report(form: str, n: int) -> str:
    """A report's text whose section 一 is one paragraph built as `form` says, `n` times over."""
    if form == "reports":
        body = narrative() * n
    elif form == "frames":
        body = "2023年，通过网站公开信息3条。" + "".join(f"通过微信公布信息{k}条。" for k in range(1, n + 1))
    elif form == "numbered":
        body = "".join(f"本年度主动公开政府信息{k}条。" for k in range(1, n + 1))
    else:
        body = ("本年度主动公开政府信息12条" + ("，" if form == "comma" else "。")) * n
    return "某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n" + body + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--forms", nargs="+", choices=sorted(SIZES),
                    default=["comma", "period", "numbered", "frames", "reports"])
    ap.add_argument("--sizes", nargs="+", type=int, help="the N to time (default: each form's own)")
    args = ap.parse_args()
    govextract.parse_text(report("comma", 2))   # warm-up: the pipeline, the lexicons, jieba
    for form in args.forms:
        for n in args.sizes or SIZES[form]:
            text = report(form, n)
            start, start_cpu = time.perf_counter(), time.process_time()
            record = govextract.parse_text(text)
            wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
            facts = len(record.to_dict()["facts"])
            print(f"{form:8} N={n:<6} {len(text):>8} chars  {facts:>5} facts  wall {wall:7.2f} s  "
                  f"CPU {cpu:7.2f} s  ({1000 * cpu / max(n, 1):.2f} ms CPU per N)", flush=True)


if __name__ == "__main__":
    main()
