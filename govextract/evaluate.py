"""Scoring records against hand-checked gold: `*.gold.json` files beside the
documents, or a gold file of one JSON object per line (a blind set kept without
its documents, whose pages are fetched again to rescore it).

The scoring is the one RECORD.md defines: exact cell equality (null ≠ 0),
meta equality, fact recall/precision (same kind and value; for `published`
the same channel unless the gold says `all`), and statement recall/precision
(texts compared without enumerators, spaces and punctuation: one contains the
other at no more than twice its length, or their similarity is ≥ 0.75).
"""
from __future__ import annotations

import difflib
import json
import pathlib
import time

import regex
from wcwidth import wcswidth

from . import enumerators, spec
from .errors import ParseError
from .record import flatten
from .stages import fact_kinds

META_KEYS = spec.meta_keys()
_ENUM = enumerators.pattern("statement_prefix")


def _norm(text: str) -> str:
    return regex.sub(r"[\s\p{P}\p{S}]", "", _ENUM.sub("", text.strip()))


def same_statement(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if short in long_ and len(long_) <= 2 * len(short):
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.75


def same_fact(gold: dict, got: dict) -> bool:
    if gold["kind"] != got["kind"] or gold["value"] != got["value"]:
        return False
    if gold["kind"] == "published" and gold.get("channel") not in (None, "all"):
        return gold["channel"] == got.get("channel")
    return True


def _pair(gold: list, got: list, same) -> int:
    """How many of `gold` are matched one-to-one by items of `got`."""
    used, matched = set(), 0
    for g in gold:
        for i, x in enumerate(got):
            if i not in used and same(g, x):
                used.add(i)
                matched += 1
                break
    return matched


def score(record: dict, gold: dict) -> dict:
    out = {}
    if "tables" in gold:
        flat = flatten(record["tables"])
        keys = list(gold["tables"])
        wrong = [k for k in keys if flat.get(k, "missing") != gold["tables"][k]]
        out["cells"] = (len(keys) - len(wrong), len(keys))
        out["wrong_cells"] = wrong
    meta_ok = [k for k in META_KEYS if record["meta"].get(k) == gold["meta"].get(k)]
    out["meta"] = (len(meta_ok), len(META_KEYS))
    out["wrong_meta"] = {k: (record["meta"].get(k), gold["meta"].get(k)) for k in META_KEYS if k not in meta_ok}
    got_facts = [f for f in record["facts"] if f["kind"] in fact_kinds.scored()]
    out["fact_recall"] = (_pair(gold["facts"], got_facts, same_fact), len(gold["facts"]))
    out["fact_precision"] = (_pair(got_facts, gold["facts"], lambda a, b: same_fact(b, a)), len(got_facts))
    if gold.get("problems") is None:
        return out   # statements not kept in this gold (a blind set stores no page text)
    gold_st = gold["problems"] + gold["improvements"]
    st_recall = _pair(gold["problems"], record["problems"], same_statement) + \
        _pair(gold["improvements"], record["improvements"], same_statement)
    got_st = record["problems"] + record["improvements"]
    st_prec = _pair(record["problems"], gold["problems"], same_statement) + \
        _pair(record["improvements"], gold["improvements"], same_statement)
    out["statement_recall"] = (st_recall, len(gold_st))
    out["statement_precision"] = (st_prec, len(got_st))
    return out


FIGURES = ["cells", "meta", "fact_recall", "fact_precision", "statement_recall", "statement_precision"]


_NOTHING_READ = {"meta": {}, "tables": {}, "facts": [], "problems": [], "improvements": []}


def gold_beside(dirs: list):
    """(gold, document path) for every `*.gold.json` in the folders."""
    for folder in dirs:
        for gold_path in sorted(pathlib.Path(folder).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            yield gold, gold_path.with_name(gold["document"])


def gold_lines(path, folder) -> tuple:
    """(gold, document path) pairs from a JSON-lines gold file whose documents are in `folder`,
    and the documents it names that the folder lacks (a blind set may be rescored in part)."""
    pairs, missing = [], []
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            doc = pathlib.Path(folder) / gold["document"]
            if doc.exists():
                pairs.append((gold, doc))
            else:
                missing.append(gold["document"])
    return pairs, missing


def evaluate(golds, parse) -> dict:
    """Score every (gold, document) pair. A gold with `"is_report": false` is a look-alike page:
    refusing it is right, and it counts in `non_reports` (refused, total), not in the figures."""
    docs, totals, non_reports = [], {k: [0, 0] for k in FIGURES}, [0, 0]
    for gold, doc_path in golds:
        start = time.perf_counter()
        try:
            record, error = parse(doc_path).to_dict(), None
        except ParseError as exc:
            # A report refused is a report missed: it counts as an empty record, never left out.
            record, error = _NOTHING_READ, str(exc)
        if gold.get("is_report") is False:
            non_reports[0] += error is not None
            non_reports[1] += 1
            docs.append({"document": gold["document"], "non_report": True, "refused": error is not None,
                         "facts_read": sum(f["kind"] in fact_kinds.scored() for f in record["facts"])})
            continue
        result = score(record, gold)
        result["document"] = gold["document"]
        if error:
            result["error"] = error
        result["seconds"] = time.perf_counter() - start
        docs.append(result)
        for k in FIGURES:
            if k in result:
                totals[k][0] += result[k][0]
                totals[k][1] += result[k][1]
    overall = {k: (v[0] / v[1] if v[1] else 1.0) for k, v in totals.items()}
    return {"documents": docs, "overall": overall, "totals": totals, "non_reports": non_reports}


def report(result: dict) -> str:
    """The scores as a table aligned on screen: a CJK character is two columns wide."""
    width = max([len("document")] + [wcswidth(d["document"]) for d in result["documents"]])
    heads = {k: max(len(k), 9) for k in FIGURES}
    lines = [_pad("document", width) + " " + " ".join(k.rjust(heads[k]) for k in FIGURES) + "  seconds"]
    for d in result["documents"]:
        if d.get("non_report"):
            verdict = "refused" if d["refused"] else f"ACCEPTED, {d['facts_read']} facts read"
            lines.append(f"{_pad(d['document'], width)} not a report: {verdict}")
            continue
        if "error" in d:
            lines.append(f"{_pad(d['document'], width)} ERROR {d['error']}")
            continue
        cols = " ".join((f"{d[k][0]}/{d[k][1]}" if k in d else "-").rjust(heads[k]) for k in FIGURES)
        lines.append(f"{_pad(d['document'], width)} {cols}  {d['seconds']:.3f}")
    lines.append(_pad("overall", width) + " " + " ".join(f"{result['overall'][k]:.1%}".rjust(heads[k]) for k in FIGURES))
    refused, seen = result["non_reports"]
    if seen:
        lines.append(f"non-reports refused: {refused}/{seen}")
    return "\n".join(lines)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - wcswidth(text))
