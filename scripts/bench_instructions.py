"""Issue 9's speed clause counted in instructions: a text report's parse against one
`jieba.lcut` pass over the same text (≤ 1×), under valgrind's callgrind.

Wall time on a shared machine varies by more than a rule costs, so BENCHMARKS.md's
yardstick (sessions 12–21) counts instructions. For each text report that
`scripts/benchmark.py` times (the corpus's 3,500-character copied report and the long
one it builds), two processes run under callgrind, `PYTHONHASHSEED=0`: each warms up
with one parse and one jieba pass (instrumentation off), then counts either N parses
or N `jieba.lcut` passes (a client request starts and stops the instrumentation:
a tiny C library built here with `valgrind/callgrind.h`, called by ctypes), right after
a `gc.collect()`. Only the main thread is counted (`--separate-threads=yes`): numpy's
OpenBLAS thread spins now and then and would add a few percent at random. The full
collection before counting makes the cyclic collector's young collections fall at the
same points of each parse whatever the warm-up allocated (without it the same tree's
count moved by up to 2% with the harness's own allocations); a tree then gives the same
parse count to 0.05% whatever else changes. jieba's count moves by up to 0.7% with where
the warm-up left free memory: it is the median of three processes (JIEBA_LAYOUTS).

    python scripts/bench_instructions.py [--runs 3] [--text short|long|both]
    OTHER/.venv/bin/python scripts/bench_instructions.py     # count another checkout
    python scripts/bench_instructions.py --text short --stages govextract.stages.facts:relevant …

The counts are of the govextract the interpreter imports: to count another checkout, run
this script with that checkout's own venv. PYTHONPATH=OTHER is not enough: the editable
install maps `govextract.lexicons` to its own tree, so the code would be the other
checkout's and the lexicons this one's (the script refuses such a mix).

`--stages MODULE:FUNCTION…` (or MODULE:Class.method) counts instead the instructions spent inside each named
function over the N parses (inclusive: what it calls counts too): each call of a named
function dumps callgrind's counts on entering and on leaving (a client request, which
also zeroes them), and the dumps are summed in order. Each call adds a few thousand
instructions of its own (the ctypes calls) and a file write: name stages, not functions
called thousands of times. Without valgrind, a C
compiler or callgrind's header it says so and exits 0 (`make bench` runs it).
"""
import argparse
import importlib
import importlib.util
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHORT = ROOT / "corpus" / "dev" / "平潭综合实验区_2023.copied.txt"
C_SOURCE = """
#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_START_INSTRUMENTATION; }
void cg_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; }
void cg_dump(const char *label) { CALLGRIND_DUMP_STATS_AT(label); }
"""


# jieba's count moves by up to 0.7% with where the warm-up parse left free memory (a change
# anywhere in the parse, or in this script, moves it; the parse's own count moves by 0.05%):
# its figure is the median of three processes that first allocate this many placeholder objects.
JIEBA_LAYOUTS = (0, 4000, 12000)


def missing_tools() -> list:
    """What this machine lacks to count: valgrind, a C compiler, callgrind's header."""
    missing = [tool for tool in ("valgrind", "cc") if shutil.which(tool) is None]
    probe = subprocess.run(["cc", "-E", "-x", "c", "-", "-o", os.devnull], input="#include <valgrind/callgrind.h>\n",
                           text=True, capture_output=True) if "cc" not in missing else None
    if probe is not None and probe.returncode != 0:
        missing.append("valgrind/callgrind.h (Debian: valgrind)")
    return missing


def build_library(folder: pathlib.Path) -> pathlib.Path:
    """The client-request library."""
    source, library = folder / "cgmark.c", folder / "cgmark.so"
    source.write_text(C_SOURCE)
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return library


def report_text(which: str) -> str:
    short = SHORT.read_text(encoding="utf-8")
    if which == "short":
        return short
    sys.path.insert(0, str(ROOT / "scripts"))
    from benchmark import long_report
    return long_report(short)


def child(args):
    """Inside valgrind: warm up, then count `runs` parses or jieba passes."""
    import ctypes
    import gc
    import govextract
    from govextract import segmenter
    library = ctypes.CDLL(args.library)
    from govextract import lexicon
    code, lexicons = pathlib.Path(govextract.__file__).parent.parent, pathlib.Path(str(lexicon.path("anchors.json")))
    if code not in lexicons.parents:
        raise SystemExit(f"govextract's code is {code}'s but its lexicons {lexicons.parent}: use that checkout's venv")
    jieba = segmenter.tokenizer()
    text = report_text(args.text)
    wrap_stages(library, args.stages)
    govextract.parse_text(text)
    jieba.lcut(text)
    work = (lambda: govextract.parse_text(text)) if args.workload == "parse" else (lambda: jieba.lcut(text))
    layout = [object() for _ in range(args.layout)]   # noqa: F841 (kept alive: see JIEBA_LAYOUTS)
    gc.collect()   # the collector's generations start empty, whatever the warm-up left in them
    library.cg_start()
    for _ in range(args.runs):
        work()
    library.cg_stop()


def wrap_stages(library, stages: list):
    """Dump callgrind's counts (which zeroes them) on entering and on leaving each named
    function, labelled with its number, in every loaded govextract module that holds it
    (some import a stage's function by name)."""
    import functools
    for n, name in enumerate(stages):
        module_name, qualified = name.split(":")
        owner = importlib.import_module(module_name)
        *path, function_name = qualified.split(".")
        for part in path:   # a method: Class.method
            owner = getattr(owner, part)
        held = owner.__dict__[function_name]
        original = held.__func__ if isinstance(held, staticmethod) else held

        def wrapper(*a, _original=original, _enter=f"enter {n}".encode(), _leave=f"leave {n}".encode(), **k):
            library.cg_dump(_enter)
            try:
                return _original(*a, **k)
            finally:
                library.cg_dump(_leave)
        wrapper = functools.wraps(original)(wrapper)
        if path:
            setattr(owner, function_name, staticmethod(wrapper) if isinstance(held, staticmethod) else wrapper)
            continue
        for loaded in list(sys.modules.values()):
            if getattr(loaded, "__name__", "").startswith("govextract") and getattr(loaded, function_name, None) is original:
                setattr(loaded, function_name, wrapper)


REQUEST = "desc: Trigger: Client Request: "


def main_thread_counts(folder: pathlib.Path, stages: list):
    """The main thread's total instructions and, for --stages, the instructions spent inside
    each named function (what it calls included), from callgrind's output files for thread 1:
    one per dump (the counts since the dump before), read in order with a stack of the
    functions entered."""
    parts = []
    for path in folder.glob("callgrind.out*-01"):
        part, label, total = None, None, 0
        with path.open(errors="replace") as lines:
            for line in lines:
                if line.startswith("part:"):
                    part = int(line.split()[1])
                elif line.startswith(REQUEST):
                    label = line[len(REQUEST):].strip()
                elif line.startswith("totals:"):
                    total = int(line.split()[1])
                    break
        parts.append((part, label, total))
    inside, entered = [0] * len(stages), []
    for _, label, total in sorted(parts):
        for n in set(entered):   # a function recursing counts once
            inside[n] += total
        if label and label.startswith("enter "):
            entered.append(int(label.split()[1]))
        elif label and label.startswith("leave "):
            entered.pop()
    return sum(total for _, _, total in parts), inside


def count(library: pathlib.Path, workload: str, text: str, runs: int, stages: list, layout: int = 0):
    with tempfile.TemporaryDirectory(prefix="cg-") as out:
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--separate-threads=yes",
                   f"--callgrind-out-file={out}/callgrind.out", sys.executable, __file__, "--child",
                   "--library", str(library), "--workload", workload, "--text", text, "--runs", str(runs), "--layout", str(layout)]
        command += [a for stage in stages for a in ("--stages", stage)]
        env = dict(os.environ, PYTHONHASHSEED="0")
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{workload} {text} under callgrind failed:\n{done.stderr[-3000:]}")
        return main_thread_counts(pathlib.Path(out), stages)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="parses (and jieba passes) counted after the warm-up")
    parser.add_argument("--text", choices=("short", "long", "both"), default="both")
    parser.add_argument("--stages", action="append", default=[], metavar="MODULE:FUNCTION",
                        help="count the instructions inside this function over the parses (repeatable)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--library", help=argparse.SUPPRESS)
    parser.add_argument("--workload", choices=("parse", "jieba"), help=argparse.SUPPRESS)
    parser.add_argument("--layout", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    missing = missing_tools()
    if missing:
        print(f"bench_instructions: skipped, this machine lacks {', '.join(missing)}")
        return
    texts = ("short", "long") if args.text == "both" else (args.text,)
    with tempfile.TemporaryDirectory(prefix="cgmark-") as folder:
        library = build_library(pathlib.Path(folder))
        for text in texts:
            if args.stages:
                total, inside = count(library, "parse", text, args.runs, args.stages)
                print(f"{text} report, {args.runs} parses after warm-up: {total / 1e6:.2f}M instructions (main thread)")
                for stage, n in zip(args.stages, inside):
                    print(f"  {stage:60s} {n / 1e6:9.2f}M  {n / total:6.1%}")
                continue
            parse, _ = count(library, "parse", text, args.runs, [])
            jieba = statistics.median(count(library, "jieba", text, args.runs, [], n)[0] for n in JIEBA_LAYOUTS)
            print(f"{text} report ({len(report_text(text))} characters), {args.runs} runs after warm-up, main thread, "
                  f"{pathlib.Path(importlib.util.find_spec('govextract').origin).parent.parent}: "
                  f"parse {parse / 1e6:.2f}M, jieba.lcut {jieba / 1e6:.2f}M instructions, ratio {parse / jieba:.3f}",
                  flush=True)


if __name__ == "__main__":
    main()
