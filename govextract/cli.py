"""The command line: a thin layer over the library.

    govextract parse FILE... [--pretty] [--time-limit S]
    govextract eval DIR... [--min fact_recall=0.95 ...] [--details]
    govextract batch INPUT... -o OUT [--jobs N] [--time-limit S] [--engine dask --scheduler ADDRESS]
    govextract dashboard OUT [--html FILE] [--port N]
"""
from __future__ import annotations

import argparse
import json
import sys

from . import parse
from .errors import ParseError


def _parse_cmd(args) -> int:
    status = 0
    for path in args.files:
        try:
            record = parse(path, time_limit=args.time_limit or None)
        except ParseError as exc:
            print(f"govextract: {exc}", file=sys.stderr)
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
    from .evaluate import FIGURES, evaluate, report
    result = evaluate(args.dirs, parse)
    print(report(result))
    if args.details:
        for d in result["documents"]:
            bad = {k: d[k] for k in ("wrong_cells", "wrong_meta") if d.get(k)}
            if bad:
                print(d["document"], json.dumps(bad, ensure_ascii=False))
    failed = []
    for spec in args.min or []:
        name, _, value = spec.partition("=")
        if name not in FIGURES:
            print(f"govextract: unknown figure {name!r}; one of {', '.join(FIGURES)}", file=sys.stderr)
            return 2
        if result["overall"][name] < float(value):
            failed.append(f"{name} {result['overall'][name]:.1%} < {float(value):.1%}")
    errors = [d for d in result["documents"] if "error" in d]
    if failed or errors:
        print("FAILED: " + "; ".join(failed + [f"{len(errors)} document(s) not parsed"] * bool(errors)), file=sys.stderr)
        return 1
    return 0


def _batch_cmd(args) -> int:
    try:
        from .bulk.batch import run
    except ImportError as exc:
        print(f"govextract: batch needs the bulk extra ({exc.name} is missing): "
              "pip install 'govextract[bulk]'", file=sys.stderr)
        return 2
    if args.engine == "dask" and not args.scheduler:
        print("govextract: --engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)", file=sys.stderr)
        return 2
    try:
        summary = run(args.inputs, args.output, jobs=args.jobs, time_limit=args.time_limit or None,
                      engine=args.engine, scheduler=args.scheduler, exclude=args.exclude or (),
                      progress=False if args.quiet else None, fresh=args.fresh)
    except (RuntimeError, OSError) as exc:  # another run holds the folder; disk full; unreadable input root
        print(f"govextract: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"govextract: {summary}", file=sys.stderr)
        for stage, n in sorted(summary.causes.items()):
            print(f"  {n} error rows at stage {stage!r}", file=sys.stderr)
        print(f"  outputs in {args.output}/: records.jsonl errors.jsonl *.parquet govextract.duckdb", file=sys.stderr)
    return 0


def _dashboard_cmd(args) -> int:
    try:
        from .dashboard import export_html, serve
    except ImportError as exc:
        print(f"govextract: dashboard needs the dashboard extra ({exc.name} is missing): "
              "pip install 'govextract[dashboard]'", file=sys.stderr)
        return 2
    try:
        if args.html:
            held = export_html(args.output, args.html)
            print(f"govextract: wrote {args.html} ({held['agencies']} agencies, {held['reports']} reports, "
                  f"{held['bytes'] // 1024} KB)", file=sys.stderr)
            return 0
        print(f"govextract: dashboard of {args.output}/ at http://{args.host}:{args.port}/ (Ctrl-C stops it)",
              file=sys.stderr)
        serve(args.output, args.host, args.port, root=args.root)
    except (FileNotFoundError, ValueError) as exc:
        print(f"govextract: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="govextract", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse report files and print their records as JSON")
    p.add_argument("files", nargs="+")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--time-limit", type=float, default=0, metavar="SECONDS",
                   help="give up on a document after this long (default: no limit)")
    p.set_defaults(func=_parse_cmd)
    e = sub.add_parser("eval", help="score records against the *.gold.json files in folders")
    e.add_argument("dirs", nargs="+")
    e.add_argument("--min", action="append", metavar="FIGURE=FRACTION",
                   help="fail unless the overall figure reaches this (repeatable)")
    e.add_argument("--details", action="store_true", help="list the cells and meta fields that differ")
    e.set_defaults(func=_eval_cmd)
    b = sub.add_parser("batch", help="parse files, folders and zip/tar archives into JSONL, Parquet and DuckDB")
    b.add_argument("inputs", nargs="+", metavar="INPUT")
    b.add_argument("-o", "--output", required=True, metavar="OUT", help="folder for the outputs; a rerun resumes")
    b.add_argument("--jobs", type=_positive, default=None, help="worker processes (default: CPU count)")
    b.add_argument("--fresh", action="store_true", help="start over instead of resuming what is in OUT")
    b.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS",
                   help="per-document time limit (default 60; 0 for none)")
    b.add_argument("--engine", choices=["local", "dask"], default="local")
    b.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, with --engine dask")
    b.add_argument("--exclude", action="append", metavar="GLOB", help="skip files matching this (repeatable)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    b.set_defaults(func=_batch_cmd)
    d = sub.add_parser("dashboard", help="look at a batch's outputs in the browser, or write them as one HTML file")
    d.add_argument("output", metavar="OUT", help="the folder `govextract batch -o` wrote")
    d.add_argument("--html", metavar="FILE", help="write one self-contained HTML file instead of serving")
    d.add_argument("--host", default="127.0.0.1")
    d.add_argument("--port", type=int, default=8050)
    d.add_argument("--root", default=".", help="where the batch's relative inputs are, for page images (default: .)")
    d.set_defaults(func=_dashboard_cmd)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
