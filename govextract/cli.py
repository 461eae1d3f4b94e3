"""The command line: a thin layer over the library.

    govextract parse FILE... [--pretty] [--time-limit S]     (FILE may be - for stdin)
    govextract eval DIR... [--min fact_recall=0.95 ...] [--details] [--gold FILE.jsonl]
    govextract batch INPUT... -o OUT [--jobs N] [--time-limit S] [--allow-errors] [--engine dask --scheduler ADDRESS]
    govextract dashboard OUT [--html FILE] [--port N]

Exit status: 0 done; 1 an input could not be read (parse, batch) or a score fell short (eval);
2 the command could not run (bad arguments, an output folder in use or not writable, nothing to
score); 130 interrupted.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys

from . import __version__, parse
from .errors import ParseError

EXAMPLES = {
    "parse": """examples:
  govextract parse report.pdf --pretty
  govextract parse page.html attachment.docx > records.jsonl     one JSON record per line
  curl -s https://example.org/report.html | govextract parse -   read stdin""",
    "eval": """examples:
  govextract eval corpus/dev                                       score against *.gold.json
  govextract eval corpus/dev --min cells=1.0 --min fact_recall=0.95 --details
  govextract eval pages/ --gold corpus/blind/eval21.jsonl          a blind set's gold, its pages fetched again""",
    "batch": """examples:
  govextract batch crawl.zip scraped/ -o out/                      resumable; rerun after a kill
  govextract batch scraped/ -o out/ --exclude '*.gold.json' --jobs 2 --time-limit 30
  govextract batch scraped/ -o out/ --allow-errors                 exit 0 even if some inputs failed

exit status: 0 every input became a record; 1 some inputs are error rows (errors.jsonl; unless
--allow-errors); 2 the batch could not run; 130 interrupted (run the same command to resume)""",
    "dashboard": """examples:
  govextract dashboard out/                  serve at http://127.0.0.1:8050/
  govextract dashboard out/ --html report.html""",
}


def _parse_cmd(args) -> int:
    with _ocr_progress():
        return _parse_files(args)


def _parse_files(args) -> int:
    status = 0
    for path in args.files:
        try:
            record = parse(sys.stdin.buffer if path == "-" else path, time_limit=args.time_limit or None,
                           ocr=_OCR[args.ocr])
        except ParseError as exc:
            print(f"govextract: {exc} [{exc.code}, stage {exc.stage}]", file=sys.stderr)
            status = 1
            continue
        except Exception as exc:  # a bug must not cost the other files, nor show a traceback
            print(f"govextract: {path}: 内部错误 / internal error ({type(exc).__name__}: {exc}); "
                  "please report it with the file", file=sys.stderr)
            status = 1
            continue
        print(record.to_json(indent=2 if args.pretty else None))
    return status


def _eval_cmd(args) -> int:
    from .evaluate import FIGURES, evaluate, gold_beside, gold_lines, report
    missing = [d for d in args.dirs if not os.path.isdir(d)]
    if missing:
        print(f"govextract: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.gold and len(args.dirs) != 1:
        print("govextract: --gold FILE scores the documents of one folder", file=sys.stderr)
        return 2
    if args.gold and not os.path.isfile(args.gold):
        print(f"govextract: --gold {args.gold}: no such file", file=sys.stderr)
        return 2
    thresholds = {}
    for spec in args.min or []:   # checked before scoring, which takes a while
        name, _, value = spec.partition("=")
        if name not in FIGURES:
            print(f"govextract: unknown figure {name!r}; one of {', '.join(FIGURES)}", file=sys.stderr)
            return 2
        try:
            thresholds[name] = float(value)
        except ValueError:
            print(f"govextract: --min {spec}: give FIGURE=FRACTION, e.g. fact_recall=0.95", file=sys.stderr)
            return 2
    if args.gold:
        golds, absent = gold_lines(args.gold, args.dirs[0])
        if absent:
            print(f"govextract: {len(absent)} document(s) of {args.gold} not in {args.dirs[0]}, left out: "
                  f"{', '.join(absent[:10])}{' …' if len(absent) > 10 else ''}", file=sys.stderr)
    else:
        golds = gold_beside(args.dirs)
    result = evaluate(golds, parse)
    if not result["documents"]:
        where = f"{args.gold} (for {args.dirs[0]})" if args.gold else f"*.gold.json files in {', '.join(args.dirs)}"
        print(f"govextract: no {where}: nothing to score", file=sys.stderr)
        return 2
    print(report(result))
    if args.details:
        for d in result["documents"]:
            bad = {k: d[k] for k in ("wrong_cells", "wrong_meta") if d.get(k) and "error" not in d}
            if bad:
                print(d["document"], json.dumps(bad, ensure_ascii=False))
    failed = [f"{name} {result['overall'][name]:.1%} < {least:.1%}"
              for name, least in thresholds.items() if result["overall"][name] < least]
    errors = [d for d in result["documents"] if "error" in d]
    if failed or errors:
        print("FAILED: " + "; ".join(failed + [f"{len(errors)} document(s) not parsed"] * bool(errors)), file=sys.stderr)
        return 1
    return 0


def _missing_extra(command: str, extra: str, exc: ImportError) -> int:
    print(f"govextract: {command} needs the {extra} extra ({exc.name} is missing): "
          f"pip install 'govextract[{extra}]'", file=sys.stderr)
    return 2


def _batch_cmd(args) -> int:
    try:
        from .bulk.batch import run
    except ImportError as exc:
        return _missing_extra("batch", "bulk", exc)
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        print(f"govextract: -o {args.output}: not a folder (it is a file)", file=sys.stderr)
        return 2
    if args.engine == "dask" and not args.scheduler:
        print("govextract: --engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)", file=sys.stderr)
        return 2
    try:
        summary = run(args.inputs, args.output, jobs=args.jobs, time_limit=args.time_limit or None,
                      engine=args.engine, scheduler=args.scheduler, exclude=args.exclude or (),
                      progress=False if args.quiet else None, fresh=args.fresh, ocr=_OCR[args.ocr])
    except KeyboardInterrupt:
        print("\ngovextract: interrupted; run the same command to resume", file=sys.stderr)
        return 130
    except RuntimeError as exc:  # another run holds the folder
        print(f"govextract: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # disk full; an output folder that is a file or not writable
        print(f"govextract: {exc.filename or args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        from .errors import CODES
        print(f"govextract: {summary}", file=sys.stderr)
        for code, n in sorted(summary.causes.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {n:>6} {code}: {CODES.get(code, '')}", file=sys.stderr)
        print(f"  outputs in {args.output}/: records.jsonl errors.jsonl *.parquet govextract.duckdb", file=sys.stderr)
    return 1 if summary.errors_on_file and not args.allow_errors else 0


def _dashboard_cmd(args) -> int:
    try:
        from .dashboard import export_html, serve
    except ImportError as exc:
        return _missing_extra("dashboard", "dashboard", exc)
    try:
        if args.html:
            held = export_html(args.output, args.html)
            print(f"govextract: wrote {args.html} ({held['agencies']} agencies, {held['reports']} reports, "
                  f"{held['bytes'] // 1024} KB)", file=sys.stderr)
            return 0
        print(f"govextract: dashboard of {args.output}/ at http://{args.host}:{args.port}/ (Ctrl-C stops it)",
              file=sys.stderr)
        serve(args.output, args.host, args.port)
    except (FileNotFoundError, ValueError) as exc:   # no batch outputs there: nothing to show
        print(f"govextract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


@contextlib.contextmanager
def _ocr_progress():
    """A scanned page takes seconds to read: say on stderr as each one is done."""
    log = logging.getLogger("govextract.readers.ocr")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("govextract: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        yield
    finally:
        log.removeHandler(handler)


_OCR = {"auto": "auto", "on": True, "off": False}
_OCR_HELP = ("scanned PDF pages: on = read them by OCR (needs the ocr extra), off = never; "
             "default auto = when the extra is installed")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="govextract", description=__doc__.split("\n\n")[0],
                                     epilog="\n\n".join(EXAMPLES.values()),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"govextract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name, help):
        return sub.add_parser(name, help=help, description=help, epilog=EXAMPLES[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    p = command("parse", "parse report files and print their records as JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="a report file, or - for standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--time-limit", type=float, default=0, metavar="SECONDS",
                   help="give up on a document after this long (default: no limit)")
    p.add_argument("--ocr", nargs="?", const="on", default="auto", choices=sorted(_OCR), help=_OCR_HELP)
    p.set_defaults(func=_parse_cmd)
    e = command("eval", "score records against the *.gold.json files in folders")
    e.add_argument("dirs", nargs="+", metavar="DIR", help="a folder of documents with their *.gold.json files")
    e.add_argument("--min", action="append", metavar="FIGURE=FRACTION",
                   help="exit 1 unless the overall figure (a column of the table: cells, meta, fact_recall, "
                        "statement_precision…) reaches this fraction (repeatable)")
    e.add_argument("--details", action="store_true", help="list the cells and meta fields that differ")
    e.add_argument("--gold", metavar="FILE.jsonl", help="take the gold from this file, one JSON object per line "
                   "naming its `document` in DIR, instead of *.gold.json files beside the documents")
    e.set_defaults(func=_eval_cmd)
    b = command("batch", "parse files, folders and zip/tar archives into JSONL, Parquet and DuckDB")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="a report file, a folder (read recursively) "
                   "or a .zip/.tar[.gz|.bz2|.xz] archive")
    b.add_argument("-o", "--output", required=True, metavar="OUT", help="folder for the outputs; a rerun resumes")
    b.add_argument("--jobs", type=_positive, default=None, metavar="N", help="worker processes (default: CPU count)")
    b.add_argument("--fresh", action="store_true", help="start over instead of resuming what is in OUT")
    b.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS",
                   help="per-document time limit (default 60; 0 for none)")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local worker processes (default), or a Dask cluster (--scheduler)")
    b.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, with --engine dask")
    b.add_argument("--exclude", action="append", metavar="GLOB", help="skip files matching this (repeatable)")
    b.add_argument("--allow-errors", action="store_true",
                   help="exit 0 even when some inputs are error rows (default: exit 1)")
    b.add_argument("--ocr", nargs="?", const="on", default="auto", choices=sorted(_OCR), help=_OCR_HELP)
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    b.set_defaults(func=_batch_cmd)
    d = command("dashboard", "look at a batch's outputs in the browser, or write them as one HTML file")
    d.add_argument("output", metavar="OUT", help="the folder `govextract batch -o` wrote")
    d.add_argument("--html", metavar="FILE", help="write one self-contained HTML file instead of serving")
    d.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1: this machine only)")
    d.add_argument("--port", type=int, default=8050, help="port to serve on (default 8050)")
    d.set_defaults(func=_dashboard_cmd)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # The reader went away (`govextract parse … | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("\ngovextract: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
