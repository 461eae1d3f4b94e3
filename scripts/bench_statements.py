"""Speed of section 五's statement splitting as the section grows, printed as numbers.

Splitting must stay linear: a crawler can run a whole archive page into one
paragraph of section 五. Each row is a section of N copies of a made-up problem
sentence (one paragraph, no enumerators, no improvement cue until the end,
the worst case for the search for where the improvements begin) and a section
of N enumerated items; the time per 100,000 characters should stay flat.

    python scripts/bench_statements.py [--sizes 1000 10000 100000]
"""
import argparse
import time

from govextract.model import Paragraph
from govextract.stages.statements import split_section

SENTENCE = "部分栏目信息更新不够及时，公开内容的深度有待提升。"


def sections(n):
    yield "one paragraph", [Paragraph(SENTENCE * n + "下一步，我们将加强日常维护。", None)]
    items = "".join(f"{i}.{SENTENCE}" for i in range(1, n + 1))
    yield "numbered items", [Paragraph("存在的问题：" + items, None)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = parser.parse_args()
    print(f"{'section':<16}{'sentences':>10}{'characters':>12}{'seconds':>10}{'s per 100k chars':>18}")
    for n in args.sizes:
        for name, paragraphs in sections(n):
            chars = sum(len(p.text) for p in paragraphs)
            start = time.perf_counter()
            split_section(paragraphs)
            took = time.perf_counter() - start
            print(f"{name:<16}{n:>10}{chars:>12}{took:>10.3f}{took / chars * 1e5:>18.4f}")


if __name__ == "__main__":
    main()
