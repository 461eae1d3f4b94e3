"""Section 五 as separate statements: the problems admitted and the fixes promised.

The section is cut where improvements begin (a sub-heading, or a sentence
opening with 下一步/针对…问题/改进情况…), then each part is split on its
enumerators (一是…, （一）…, 1. …, 第一，…). Text before the first enumerator is
a lead-in (主要表现在：) and is dropped. An unenumerated part stays one
statement per paragraph.
"""
from __future__ import annotations

from functools import lru_cache

import regex

_LINE_BREAK = regex.compile(r"\s*\n\s*")
_LEAD_PUNCT = regex.compile(r"^[：:，,、\s]+")

from . import lexicon


@lru_cache(maxsize=None)
def _rules():
    lex = lexicon.load_json("statements.json")
    return (
        regex.compile(lex["improvement_start"]),
        regex.compile(lex["subheading"]),
        [regex.compile(e) for e in lex["enumerators"]],
    )


def split_section(paragraphs: list) -> tuple[list, list]:
    """(problems, improvements) from the paragraphs of section 五."""
    improve_re, _, _ = _rules()
    problems, improvements = [], []
    target = problems
    for text in (p.text.strip() for p in paragraphs):
        if not text:
            continue
        if target is problems and problems and improve_re.search(text):
            target = improvements
        elif target is problems:
            # The improvements may begin mid-paragraph, after a sentence end.
            for m in regex.finditer(r"(?<=[。；！？])", text):
                rest = text[m.end():]
                if rest and improve_re.search(rest):
                    problems.append(text[: m.end()])
                    text, target = rest, improvements
                    break
        target.append(text)
    return statements(problems), statements(improvements)


def statements(paragraphs: list) -> list:
    _, sub_re, enum_res = _rules()
    paragraphs = [p for p in paragraphs if not sub_re.match(p)]
    text = "\n".join(paragraphs)
    family = _family(text, enum_res)
    if family is None:
        return [_clean(p) for p in paragraphs if _clean(p)]
    marks = list(family.finditer(text))
    items = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        item = _clean(text[m.end(): nxt.start() if nxt else len(text)])
        if item:
            items.append(item)
    return items


def _family(text: str, enum_res: list):
    best = None
    for rx in enum_res:
        found = list(rx.finditer(text))
        if len(found) >= 2 and (best is None or found[0].start() < best[1]):
            best = (rx, found[0].start())
    return best[0] if best else None


def _clean(text: str) -> str:
    text = _LINE_BREAK.sub("", text).strip()
    return _LEAD_PUNCT.sub("", text)
