"""Speed and memory of the facts stage on hostile text, printed as numbers.

A 480 KB line of counts (every clause a fact) once took a minute and GBs
because every fact carried its whole sentence; a sentence over a million
characters made spaCy refuse it (E088). Each case runs in a fresh process so
that its peak memory is its own.

    python scripts/benchmark_facts.py
"""
import subprocess
import sys

CASES = {
    "a 480,000-character line of counts": "'本年度主动公开政府信息12条，' * 32000",
    "a 1,200,000-character sentence with two counts": "'公开信息1条，' + '说明' * 600000 + '，公开信息2条。'",
}

CODE = """
import resource, time
from govextract.model import Paragraph, Source
from govextract.stages import facts
facts.extract([Paragraph('公开信息1条。', Source(line=1))])
text = EXPR
start = time.perf_counter()
found = facts.extract([Paragraph(text, Source(line=1))])
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
longest = max(len(f['text']) for f in found)
print(f'{len(text) / 1000:.0f} k characters: {len(found)} facts in {took:.2f} s, peak memory {peak:.0f} MB, longest fact text {longest} characters')
"""


def main():
    for name, expr in CASES.items():
        out = subprocess.run([sys.executable, "-c", CODE.replace("EXPR", expr)], capture_output=True, text=True, check=True)
        print(f"{name}: {out.stdout.strip()}")


if __name__ == "__main__":
    main()
