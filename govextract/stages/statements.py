"""Section 五 as separate statements: the problems admitted and the fixes promised.

The section falls into parts: a sub-heading (（二）改进措施, 上年度问题整改情况)
opens a part of its own kind, and within the problems a paragraph or sentence
opening with 下一步/针对…问题/改进情况… begins the improvements. Each part is
then split on its enumerators (一是…, （一）…, 1. …, 第一，…); text before the
first enumerator is a lead-in (主要表现在：) and is dropped. An unenumerated part
stays one statement per paragraph.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicon, timelimit

_LINE_BREAK = regex.compile(r"\s*\n\s*")
_LEAD_PUNCT = regex.compile(r"^[：:，,、\s]+")
_SENTENCE_END = regex.compile(r"(?<=[。；！？])")


@lru_cache(maxsize=None)
def _rules():
    lex = lexicon.load_json("statements.json")
    return (
        regex.compile(lex["improvement_start"]),
        regex.compile(lex["subheading"]),
        regex.compile(lex["lead_label"]),
        [regex.compile(e) for e in lex["enumerators"]],
    )


def split_section(paragraphs: list) -> tuple[list, list]:
    """(problems, improvements) from the paragraphs of section 五."""
    improve_re, sub_re, _, _ = _rules()
    parts = []            # [kind, paragraphs]
    kind = "problems"
    for text in (p.text.strip() for p in paragraphs):
        timelimit.check("statements")
        if not text:
            continue
        if sub_re.match(text):
            kind = "improvements" if improve_re.search(text) else "problems"
            parts.append([kind, []])
            continue
        if not parts:
            parts.append([kind, []])
        if kind == "problems" and (parts[-1][1] or len(parts) > 1) and improve_re.search(text):
            kind = "improvements"
            parts.append([kind, []])
        elif kind == "problems":
            # The improvements may begin mid-paragraph, after a sentence end.
            for m in _SENTENCE_END.finditer(text):
                timelimit.check("statements")
                rest = text[m.end():]
                if rest and improve_re.search(rest):
                    parts[-1][1].append(text[: m.end()])
                    text, kind = rest, "improvements"
                    parts.append([kind, []])
                    break
        parts[-1][1].append(text)
    out = {"problems": [], "improvements": []}
    for kind, texts in parts:
        out[kind].extend(statements(texts))
    return out["problems"], out["improvements"]


def statements(paragraphs: list) -> list:
    """One part's paragraphs as statements, one per enumerated item."""
    text = "\n".join(paragraphs)
    family = _family(text)
    if family is None:
        return [s for s in map(_clean, paragraphs) if s]
    marks = list(family.finditer(text))
    items = (_clean(text[m.end(): nxt.start() if nxt else len(text)])
             for m, nxt in zip(marks, marks[1:] + [None]))
    return [item for item in items if item]


def _family(text: str):
    best = None
    for rx in _rules()[3]:
        found = list(rx.finditer(text))
        if len(found) >= 2 and (best is None or found[0].start() < best[1]):
            best = (rx, found[0].start())
    return best[0] if best else None


def _clean(text: str) -> str:
    text = _LINE_BREAK.sub("", text).strip()
    text = _rules()[2].sub("", _LEAD_PUNCT.sub("", text))
    return _LEAD_PUNCT.sub("", text)
