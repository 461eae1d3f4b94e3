"""Section 五 as separate statements: the problems admitted and the fixes promised.

The section falls into parts: a sub-heading (（二）改进措施, 上年度问题整改情况,
also one running into its text: 存在的问题一是…) opens a part of its own kind,
and within the problems a paragraph or sentence opening with 下一步/针对…问题/
为此… begins the improvements. Each part is then split on its item markers
(enumerators.json); an item counts only in sequence (一是, 二是, 三是…), so a
stray 二是 inside an item does not split it. Text before the first item is a
lead-in and is dropped. An unenumerated part stays one statement per
paragraph, without a framing clause (虽然…但仍存在一些问题：). A signature,
date, attachment or table run into the last paragraph ends the statements.

Every step is one pass over the text, checking the time limit as it goes:
a section can be megabytes of crawler text.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import enumerators, lexicon, timelimit

_LINE_BREAK = regex.compile(r"\s*\n\s*")
# How often (in markers or sentences) a long loop looks at the clock.
_CHECK_EVERY = 256


@lru_cache(maxsize=None)
def _rules():
    lex = lexicon.load_json("statements.json")
    sub = f"(?:{lex['numbering']})?(?:{lex['subheading']})"
    first_item = enumerators.pattern("item_start").pattern
    punct = lex["punctuation"]
    return {
        "sentence_end": regex.compile(punct["sentence_end"]),
        "lead_punct": regex.compile(rf"^{punct['leading']}+"),
        "clause_punct": regex.compile(punct["clause"]),
        "improve": regex.compile(rf"\s*(?:{lex['numbering']})?(?:{lex['improvement_start']})"),
        "subheading": regex.compile(rf"^{sub}[：:。.]?$"),
        # A sub-heading glued to its text: 存在的问题：…, 改进措施。…, 存在的问题一是…
        "subheading_lead": regex.compile(rf"^{sub}(?:[：:。.]\s*|(?=\s*(?:{first_item})))"),
        "lead_label": regex.compile(lex["lead_label"]),
        "framing": regex.compile(lex["framing"]),
        "end": regex.compile(rf"(?:^|(?<={punct['sentence_end']}))(?:{lex['section_end']})"),
    }


def split_section(paragraphs: list) -> tuple[list, list]:
    """(problems, improvements) from the paragraphs of section 五."""
    rules = _rules()
    parts = []            # [kind, texts]
    kind = "problems"
    for para in paragraphs:
        timelimit.check("statements")
        text = para.text.strip()
        end = rules["end"].search(text)
        if end:
            text = text[: end.start()]
            if not text and parts and parts[-1][1] and _is_signature(parts[-1][1][-1]):
                parts[-1][1].pop()
        head = rules["subheading_lead"].match(text) if not rules["subheading"].match(text) else None
        if rules["subheading"].match(text) or head:
            label = text if head is None else head.group()
            kind = "improvements" if rules["improve"].match(label) else "problems"
            parts.append([kind, []])
            text = "" if head is None else text[head.end():]
        if text:
            if not parts:
                parts.append([kind, []])
            if kind == "problems":
                cut = _improvements_begin(text, first=not parts[-1][1] and len(parts) == 1)
                if cut is not None:
                    if cut:
                        parts[-1][1].append(text[:cut])
                    text, kind = text[cut:], "improvements"
                    parts.append([kind, []])
            parts[-1][1].append(text)
        if end:
            break
    out = {"problems": [], "improvements": []}
    framing = []
    for kind, texts in parts:
        found, numbered = _split_part(texts)
        out[kind].extend(found)
        if kind == "problems" and not numbered:
            framing.extend(s for s in found if _only_framing(s))
    # 工作取得了成效。但仍存在一些不足。 before the list says nothing the list does not.
    problems = [s for s in out["problems"] if s not in framing] or out["problems"]
    return problems, out["improvements"]


def _improvements_begin(text: str, first: bool):
    """Where in a problems paragraph the improvements begin: 0 for the whole
    paragraph, an offset after a sentence end, or None. The section's very
    first text is never an improvement by its opening alone (下一步 may
    introduce the problems too)."""
    improve = _rules()["improve"]
    if not first and improve.match(text):
        return 0
    for n, m in enumerate(_rules()["sentence_end"].finditer(text)):
        if n % _CHECK_EVERY == 0:
            timelimit.check("statements")
        if m.end() < len(text) and improve.match(text, m.end()):
            return m.end()
    return None


def statements(paragraphs: list) -> list:
    """One part's paragraphs as statements, one per enumerated item."""
    return _split_part(paragraphs)[0]


def _split_part(paragraphs: list) -> tuple[list, bool]:
    """(statements, whether they were numbered items) of one part."""
    text = "\n".join(paragraphs)
    marks = _items(text)
    if not marks:
        return [s for s in (_unframed(_clean(p)) for p in paragraphs) if s], False
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = (_clean(text[m.end(): end]) for m, end in zip(marks, ends))
    return [item for item in items if item], True


def _items(text: str) -> list:
    """The markers of the numbering family whose counted run starts first and has at least two items."""
    best = []
    for family in enumerators.families():
        run = _counted_run(family, text)
        if len(run) >= 2 and (not best or run[0].start() < best[0].start()):
            best = run
    return best


def _counted_run(family, text: str) -> list:
    """A family's markers that number items in order: 1, 2, 3…; after a clause
    end, a 一 starts a new list and a number one off is taken as a misprint.
    Other markers out of sequence are text."""
    run, expected = [], 1
    for n, m in enumerate(family.rx.finditer(text)):
        if n % _CHECK_EVERY == 0:
            timelimit.check("statements")
        number = family.number(m["mark"])
        strong = m["strong"] is not None
        if family.after_break and not strong and (number != 1 or run):
            continue
        if number is None:
            if strong:
                run.append(m)
        elif number == expected or (strong and (number == 1 or abs(number - expected) == 1)):
            # A clause-end marker one off its place is a misprint (一是…三是…三是), not prose.
            run.append(m)
            expected = number + 1
    return run


def _is_signature(text: str) -> bool:
    """A short unpunctuated line before a date: the agency signing the report."""
    return len(text) <= 30 and not _rules()["clause_punct"].search(text)


def _clean(text: str) -> str:
    lead = _rules()["lead_punct"]
    text = _LINE_BREAK.sub("", text).strip()
    return lead.sub("", _rules()["lead_label"].sub("", lead.sub("", text)))


def _only_framing(text: str) -> bool:
    """A statement whose last sentence only says that problems exist."""
    ends = [m.end() for m in _rules()["sentence_end"].finditer(text, 0, max(len(text) - 1, 0))]
    last = text[ends[-1]:] if ends else text
    m = _rules()["framing"].match(last)
    return bool(m) and not _rules()["lead_punct"].sub("", last[m.end():])


def _unframed(text: str) -> str:
    """An unnumbered statement without an opening that only says problems exist."""
    m = _rules()["framing"].match(text)
    rest = _rules()["lead_punct"].sub("", text[m.end():]) if m else ""
    return rest if len(rest) >= 6 else text
