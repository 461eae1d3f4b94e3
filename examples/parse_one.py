"""Parse one report and show what a researcher usually wants first, with provenance.

    python examples/parse_one.py corpus/dev/淮安市人民政府_2024.pdf
"""
import sys

import govextract


def main(path: str) -> int:
    try:
        record = govextract.parse(path).to_dict()
    except govextract.ParseError as exc:   # not a report, damaged, encrypted…: the cause, never a traceback
        print(f"{exc} ({exc.code})", file=sys.stderr)
        return 1
    meta = record["meta"]
    region = " ".join(meta[level] for level in ("province", "city", "county") if meta[level])
    print(f"{meta['agency']} {meta['year']} (template {meta['template']}; {region or 'no region'})")

    requests = record["tables"].get("requests", {})
    if requests:
        key = "requests.new_received.total"
        where = record["sources"].get(key, {})
        print(f"new disclosure requests: {requests['new_received']['total']} "
              f"(read from {', '.join(f'{k} {v}' for k, v in where.items() if k not in ('value', 'raw'))})")
        print(f"granted: {requests['granted']['total']}, partly granted: {requests['partly_granted']['total']}")

    for fact in record["facts"]:
        if fact["kind"] == "published":
            print(f"published via {fact['channel']}: {'~' if fact['approx'] else ''}{fact['value']} {fact['unit']}")

    failed = [c for c in record["checks"] if c["ok"] is False]
    print(f"{len(record['checks'])} accounting checks, {len(failed)} failed")
    for check in failed:
        print(f"  {check['rule']}: {check['expected']} vs {check['found']}")
    print(f"{len(record['problems'])} problems, {len(record['improvements'])} improvements admitted")
    for warning in record["warnings"]:
        print("warning:", warning)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev/淮安市人民政府_2024.pdf"))
