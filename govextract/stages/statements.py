"""Section 五 as separate statements: the problems admitted and the fixes promised.

The section falls into parts: a sub-heading (（二）改进措施, 上年度问题整改情况,
also one running into its text: 存在的问题一是…) opens a part of its own kind,
and within the problems a paragraph or sentence opening with 下一步/针对…问题/
为此… begins the improvements. Each part is then split on its item markers
(enumerators.json); an item counts only in sequence (一是, 二是, 三是…), so a
stray 二是 inside an item does not split it. Text before the first item is a
lead-in and is dropped. A section that labels each problem and each measure
(问题一：…措施一：…问题二：…) is read by its labels. A numbered list started
again at 一 in a paragraph of its own, every item opening as a measure, lists
the improvements. An unenumerated part stays one statement per
paragraph, without a framing clause (虽然…但仍存在一些问题：). A signature,
date, attachment or table run into the last paragraph ends the statements.

Every step is one pass over the text, checking the time limit as it goes:
a section can be megabytes of crawler text.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple, Optional

import regex

from .. import enumerators, lexicon, timelimit

_LINE_BREAK = regex.compile(r"\s*\n\s*")
_TRAILING_PIPES = regex.compile(r"[\s|｜]+$")
_HAN = regex.compile(r"\p{Han}")
_SPACE = regex.compile(r"\s*")
# What may stand between a line break and the marker opening that line.
_INDENT = " \t\u3000"
# Where a cue names a piece written once in the lexicon ({speaker}, {measure_verb}).
_SHARED = regex.compile(r"\{(speaker|body_name|measure_verb|purpose|file_extension)\}")
# What ends a framing sentence, as against a framing clause.
_FRAMING_STOP = regex.compile(r"[。：:]")
# The colon with which framing announces a list of shortfalls.
_LIST_COLON = regex.compile(r"[：:]")
# How often (in markers or sentences) a long loop looks at the clock.
_CHECK_EVERY = 256
# The longest line after the text taken for a link of the page (热门词条, 返回顶部).
_LINK_LENGTH = 12
# How many characters of a list's lead-in, printed again before the list restarts, show a repeat.
_REPEATED_LEAD = 10
# A summary above the text: how long it must be, and how many paragraphs on its full copy may stand.
_SUMMARY_COPY, _SUMMARY_REACH = 20, 3
# The shortest statement checked for being a cut copy of a longer one.
_CUT_COPY = 6
# How many measures must end a numbered problems list for them to be its improvements.
_TRAILING_MEASURES = 2
# How far into its sentence an announcement of the measures may stand (在2020年的工作中，我街道将从以下…).
_ANNOUNCE_WITHIN = 40
# How far back from a lone first item the sentence announcing it is looked for.
_ANNOUNCING_SENTENCE = 200
# The fewest Han characters of a sentence that names a problem of its own (亟待提高。 only ends the one before).
_OWN_PROBLEM = 8


class Section(NamedTuple):
    """What section 五 says: its problems, its improvements, and the text too short to be
    either (五 cut right after its heading leaves a stub such as 2020年), for a warning."""
    problems: list
    improvements: list
    fragments: list


# Rules compiled straight from the lexicon entry of the same meaning: name -> key in statements.json.
_LEXICON_RULES = {
    "lead_label": "lead_label", "framing": "framing", "improve_clause": "improvement_clause",
    "announce": "announce", "lead_in": "lead_in", "measure": "measure_start",
    "problem_cue": "problem_cue", "admission": "admission", "nothing": "nothing",
    "concession": "concession", "summary_label": "summary_label",
    "pair_label": "pair_label", "cut_marker": "cut_marker", "promise": "promise",
    "continuation": "problem_continuation", "plan_verb": "plan_verb", "purpose": "purpose",
    "plan_voice": "plan_voice", "named_gap": "named_gap",
}


@lru_cache(maxsize=None)
def _rules():
    lex = lexicon.load_json("statements.json")
    # The speaker of a plan and the verbs opening a measure are written once and stand in several cues.
    shared = {name: lex[name] for name in ("speaker", "body_name", "measure_verb", "purpose", "file_extension")}
    lex = {k: _SHARED.sub(lambda m: shared[m[1]], v) if isinstance(v, str) else v for k, v in lex.items()}
    sub = f"(?:{lex['numbering']})?(?:{lex['subheading']})"
    first_item = enumerators.pattern("item_start").pattern
    punct = lex["punctuation"]
    rules = {name: regex.compile(lex[key]) for name, key in _LEXICON_RULES.items()}
    rules.update({
        "fragment_han": lex["fragment_han"],
        "problem_word": regex.compile(lex["problem_word"]),
        "dated_opening": regex.compile(lex["dated_opening"]),
        "sentence_end": regex.compile(punct["sentence_end"]),
        "full_stop": regex.compile(punct["full_stop"]),
        "shortfall_stop": regex.compile(punct["shortfall_stop"]),
        "lead_punct": regex.compile(rf"^{punct['leading']}+"),
        "clause_punct": regex.compile(punct["clause"]),
        "clause_end": regex.compile(punct["clause_end"]),
        "clause_tail": regex.compile(rf"{punct['clause']}+$"),
        "item_end": regex.compile(punct["item_end"]),
        "improve": regex.compile(rf"\s*(?:{lex['numbering']})?(?:{lex['improvement_start']})"),
        "subheading": regex.compile(rf"^{sub}[：:。.]?$"),
        "work_heading": regex.compile(rf"^(?:{lex['numbering']})?(?:{lex['work_heading']})[：:。.]?$"),
        # A sub-heading glued to its text: 存在的问题：…, 改进措施。…, 存在的问题一是…
        "subheading_lead": regex.compile(rf"^{sub}(?:[：:。.]\s*|(?=\s*(?:{first_item})))"),
        "item_start": regex.compile(rf"\s*(?:{first_item})"),
        "page_numbers": regex.compile(r"[\d\s]+"),
        # Where a sentence starts (`_end`); a file name apart, looked for only in a text naming a file.
        # the characters its words can open with, looked ahead for after each length of signature
        "end": regex.compile(f"{lex['section_end_lead']}(?={lex['section_end_first']})(?:{lex['section_end']})"),
        "end_file": regex.compile(f"{lex['section_end_lead']}(?:{lex['section_end_file']})"),
        "file_extension": regex.compile(lex["file_extension"]),
    })
    return rules


def split_section(paragraphs: list) -> Section:
    """The problems, improvements and fragments of section 五's paragraphs."""
    rules = _rules()
    ends = {}   # paragraph text -> the section's end in it: both readings below look for it

    def end_in(text: str):
        if text not in ends:
            ends[text] = _end(text)
        return ends[text]

    labelled = _labelled_pairs(paragraphs, end_in)
    if labelled:
        return labelled
    parts = []            # [kind, texts]
    announced = set()     # parts whose sub-heading announced them with a colon (存在问题：…；…)
    kind, headed = "problems", False
    for para in _without_summary_copies(_without_page_links(paragraphs)):
        timelimit.check("statements")
        text = para.text.strip()
        end = end_in(text)
        if end:
            text = text[: end.start()]
            if not text and parts and parts[-1][1] and _is_signature(parts[-1][1][-1]):
                parts[-1][1].pop()
        if rules["work_heading"].match(text):
            # 工作措施 after the problems is what will be done; opening the section, the year's work done.
            kind = "improvements" if any(k == "problems" and t for k, t in parts) else "done"
            parts.append([kind, []])
            headed = True
            continue
        head = rules["subheading_lead"].match(text) if not rules["subheading"].match(text) else None
        if rules["subheading"].match(text) or head:
            label = text if head is None else head.group()
            kind = "improvements" if rules["improve"].match(label) else "problems"
            parts.append([kind, []])
            headed = True
            text = "" if head is None else text[head.end():]
            if _LIST_COLON.search(label.rstrip()[-1:]):
                announced.add(len(parts) - 1)
        if text:
            if not parts:
                parts.append([kind, []])
            if kind == "problems":
                first = not parts[-1][1] and len(parts) == 1
                ahead = _plan_ahead(text) if first else None
                if ahead:
                    # The plan opens the section and the shortfalls follow it: each is read as its kind.
                    parts[-1] = ["improvements", [text[:ahead]]]
                    parts.append(["problems", []])
                    text, first = text[ahead:], False
                cut = _improvements_begin(text, first=first)
                if cut is not None:
                    if cut:
                        parts[-1][1].append(text[:cut])
                    text, kind = text[cut:], "improvements"
                    parts.append([kind, []])
            parts[-1][1].append(text)
        if end:
            break
    # Pairs show as a problems part cut by a fix, with no sub-heading: only then look for them.
    paired = _paired(parts) if not headed and len(parts) > 1 else None
    if paired:
        return paired
    out = {"problems": [], "improvements": []}
    framing, fragments = [], []
    for n, (kind, texts) in enumerate(parts):
        if kind == "done":
            continue
        part = _split_part(texts)
        found, numbered, lead = part.found, part.numbered, part.lead
        if kind == "improvements" and not numbered:
            found = [measure for s in found for measure in _measures_apart(s)]
        elif not numbered:
            found = [problem for s in found for problem in _problems_apart(s)]
        if not numbered and n in announced:
            found = [piece for s in found for piece in _announced_list(s, kind)]
        if not numbered:
            # The section's last text, unfinished, is where the page was cut.
            last = found[-1] if found and n == len(parts) - 1 else None
            # A statement whose framing admitted the shortfall was cut inside what it names, not its opening.
            cut = [s for s in found if _fragment(s)
                   or (kind == "problems" and s not in part.framed and _cut_opening(s, s is last))]
            fragments.extend(cut)
            found = [s for s in found if s not in cut and not _rules()["nothing"].fullmatch(s)]
        if kind == "problems" and numbered and not any(k == "improvements" for k, _ in parts):
            # 一是…有待完善；二是…滞后；三是进一步加强…；四是进一步完善…: the list turns to measures,
            # or starts again at 一 in a paragraph of its own to list them.
            turn = _restarted_measures(found, part.restart) or _measures_after(found)
            if turn:
                out["improvements"].extend(found[turn:])
                found = found[:turn]
        if kind == "problems" and numbered and all(_is_measure(s) for s in found):
            # 存在公开内容有待规范的问题。（一）加强…（二）完善…: the problem, then what is done about it.
            out["improvements"].extend(found)
            found = [s for s in [_unframed(lead)] if s and not _only_framing(s) and not _rules()["lead_in"].search(s)]
            numbered = False
        out[kind].extend(found)
        if kind == "problems" and not numbered:
            framing.extend(s for s in found if _only_framing(s))
    # 工作取得了成效。但仍存在一些不足。 before the list says nothing the list does not.
    problems = [s for s in out["problems"] if s not in framing] or out["problems"]
    # 上述问题，我们将切实加以改进。 beside the measures says nothing they do not.
    improvements = [s for s in out["improvements"] if not _rules()["promise"].fullmatch(s)] or out["improvements"]
    # A page that prints the section twice (a summary above the text, a mirror's copy) says each item once.
    return Section(_once(problems), _once(improvements), fragments)


def headless(paragraphs: list) -> bool:
    """Whether a page's paragraphs are section 五 printed without its heading (a copy cut down to
    its two lists): every paragraph opens a numbered item, but the first may admit the
    shortfalls and list them at once (目前，我市…还存在一些不足：一是…；二是…), and read as
    section 五 they give shortfalls, each naming what falls short, and then measures. Work done
    told item by item names no shortfall."""
    rules = _rules()
    texts = [p.text.strip() for p in paragraphs]
    first = rules["framing"].match(texts[0]) if texts else None
    listed = first is not None and rules["item_start"].match(texts[0], first.end()) is not None
    if len(texts) < 3 or not all(t and rules["item_start"].match(t) for t in texts[1 if listed else 0:]):
        return False
    found = split_section(paragraphs)
    return bool(found.problems and found.improvements) and all(rules["problem_cue"].search(s) for s in found.problems)


def _end(text: str):
    """The first match of the section's end (a signature, a date, 附件…) where a sentence
    starts: at the text's start or after a sentence end. The rule is tried only there, not
    at every character (a search for it behind a lookbehind cost a microsecond a character)."""
    ends = _section_ends(text)
    starts = itertools.chain([0], (stop.end() for stop in _rules()["sentence_end"].finditer(text)))
    return next((m for at in starts for end in ends if (m := end.match(text, at))), None)


def _section_ends(text: str) -> list:
    """The rules of the section's end that can match in a text: the one for a file name
    (…报告.docx) only where the text names a file, which few do; tried at every sentence
    start, each of them after each length of signature, it cost as much as all the others."""
    rules = _rules()
    return [rules["end"], rules["end_file"]] if rules["file_extension"].search(text) else [rules["end"]]


def _labelled_pairs(paragraphs: list, end_in):
    """The section as problems and measures each opened by a label of its kind (问题一：…
    措施一：…问题二：…, or （一）问题：…改进：…), when two or more problems and at least one
    measure are labelled so: each label's text, up to the next label, as one statement of
    its kind; None for any other layout. `end_in` finds the section's end in a text (`_end`)."""
    texts = []
    for para in paragraphs:
        text = para.text.strip()
        end = end_in(text)
        texts.append(text[:end.start()] if end else text)
        if end:
            break
    text = "\n".join(texts)
    labels = list(_rules()["pair_label"].finditer(text))
    kinds = ["problems" if m["problem"] else "improvements" for m in labels]
    if kinds.count("problems") < 2 or "improvements" not in kinds or kinds[0] != "problems":
        return None
    out = {"problems": [], "improvements": []}
    for m, after, kind in zip(labels, labels[1:] + [None], kinds):
        statement = _clean(text[m.end(): after.start() if after else len(text)])
        if statement:
            out[kind].append(statement)
    return Section(out["problems"], out["improvements"], [])


def _paired(parts: list):
    """The section as numbered items each naming a problem and then its fix (1.栏目更新慢。
    下一步将按月检查。2.…), when no sub-heading divides it: each item's problem and fix
    as a problem and an improvement; None for any other layout."""
    if any(not texts for _, texts in parts):      # a sub-heading opened a part
        return None
    text = "\n".join(t for _, texts in parts for t in texts)
    marks, _family = _items(text)
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end(): end] for m, end in zip(marks, ends)]
    cuts = [_improvements_begin(item, first=False) for item in items]
    halves = sum(1 for cut in cuts if cut)
    if len(items) < 2 or halves < 2 or 2 * halves < len(items):
        return None
    problems, improvements = [], []
    for item, cut in zip(items, cuts):
        problems.append(_clean(item[:cut] if cut else item))
        if cut:
            improvements.append(_clean(item[cut:]))
    return Section([s for s in problems if s], [s for s in improvements if s], [])


def _once(found: list) -> list:
    """Each statement once: without repeats, nor a copy the page cut short (the summary's
    last item, 依申请公开工作有待加强，) when the full statement follows it. In sorted
    order the statements a stem opens follow it, so each check looks at its neighbours only."""
    found = list(dict.fromkeys(found))
    ordered = sorted(found)
    return [s for s in found if not _cut_copy(s, ordered)]


def _cut_copy(text: str, ordered: list) -> bool:
    stem = _rules()["clause_tail"].sub("", text)
    if len(stem) < _CUT_COPY:
        return False
    i = bisect.bisect_left(ordered, stem)
    while i < len(ordered) and ordered[i].startswith(stem):
        if ordered[i] != text:
            return True
        i += 1
    return False


def _improvements_begin(text: str, first: bool):
    """Where in a problems paragraph the improvements begin: 0 for the whole
    paragraph, an offset after a sentence end, or None. The section's very
    first text is an improvement by its opening alone only when it names no
    shortfall (下一步 may introduce the problems too)."""
    improve, announced = _rules()["improve"], _announcing(text)
    if (not first or not _rules()["problem_cue"].search(text)) and (improve.match(text) or 0 in announced):
        return 0
    for n, m in enumerate(_rules()["sentence_end"].finditer(text)):
        if n % _CHECK_EVERY == 0:
            timelimit.check("statements")
        if m.end() < len(text) and (m.end() in announced or improve.match(text, m.end())):
            return m.end()
    # 问题是内容不够全面，下步打算将扩大公开: a plan after a comma, named as one.
    clause = _rules()["improve_clause"]
    for n, m in enumerate(_rules()["clause_end"].finditer(text)):
        if n % _CHECK_EVERY == 0:
            timelimit.check("statements")
        # The comma may end a line (…更新不及时，⏎下一步将…).
        if clause.match(text, _SPACE.match(text, m.end()).end()):
            return m.end()
    return None


def _plan_ahead(text: str):
    """Where the shortfalls begin in a paragraph opening section 五 with next year's plan
    (2010年我局重点工作是…。过去一年…虽然取得了进展，但…还存在一些差距…): the end of its first
    sentence, when that sentence opens as a plan and names no shortfall and the next admits one;
    else None. Read the usual way, the plan would open the problems."""
    rules = _rules()
    if not rules["improve"].match(text):
        return None
    stop = rules["full_stop"].search(text)
    if not stop or rules["problem_cue"].search(text, 0, stop.end()):
        return None
    after = rules["full_stop"].search(text, stop.end())
    return stop.end() if rules["admission"].search(text, stop.end(), after.end() if after else len(text)) else None


def _announcing(text: str) -> set:
    """Where the sentences begin that announce the measures (…，我们将从以下三个方面改进):
    one search of the text, not one at every sentence."""
    out, sentence_end = set(), _rules()["sentence_end"]
    for n, m in enumerate(_rules()["announce"].finditer(text)):
        if n % _CHECK_EVERY == 0:
            timelimit.check("statements")
        window = max(0, m.start() - _ANNOUNCE_WITHIN)
        ends = [e.end() for e in sentence_end.finditer(text, window, m.start())]
        if ends or window == 0:
            out.add(ends[-1] if ends else 0)
    return out


def statements(paragraphs: list) -> list:
    """One part's paragraphs as statements, one per enumerated item."""
    return _split_part(paragraphs).found


class Part(NamedTuple):
    """One part's statements; whether they were numbered items; the text before the first
    item; the index of the first item of a list started again at 一 in a paragraph
    of its own (0 when the list never starts again); and the unnumbered statements whose
    framing was dropped (…但还存在着一些不足。比如…), which admitted a shortfall already."""
    found: list
    numbered: bool
    lead: str
    restart: int
    framed: frozenset = frozenset()


def _split_part(paragraphs: list) -> Part:
    text = "\n".join(paragraphs)
    marks, family = _items(text)
    if not marks:
        found, framed = [], set()
        for para in _without_repeated_leads(paragraphs):
            cleaned = _clean(para)
            pieces = _listed_shortfalls(cleaned)
            found.extend(pieces)
            framed.update(piece for piece in pieces if not cleaned.startswith(piece))
        # 2009年将重点做好以下几方面工作： and 但也存在一些不足，主要有： announce items the excerpt may have lost.
        return Part([s for s in found if s and not _rules()["lead_in"].search(s) and not _announces_lost_items(s)],
                    False, "", 0, frozenset(framed))
    lead = text[:marks[0].start()]
    ends = [_item_end(text, m, nxt, family, lead.rstrip()) for m, nxt in zip(marks, marks[1:])] + [len(text)]
    items = [_without_framing_sentence(_clean(text[m.end(): end])) for m, end in zip(marks, ends)]
    restart = next((i for i, m in enumerate(marks) if i and family.number(m["mark"]) == 1
                    and _opens_line(text, m.start("mark"))), 0)
    if family.number(marks[0]["mark"]) == 2:
        # 采取以下措施：我局将加强培训；二是…: the first item printed without its 一是.
        first = _unmarked_first(lead)
        if first:
            lead = lead[:-len(first)]
            items.insert(0, _clean(first))
            restart += 1 if restart else 0
    restart = sum(1 for item in items[:restart] if item)
    return Part([item for item in items if item], True, _clean(lead), restart)


def _opens_line(text: str, at: int) -> bool:
    """Whether the text at `at` opens a paragraph: only indentation back to a line break."""
    line = text.rfind("\n", 0, at)
    return line >= 0 and not text[line + 1:at].strip(_INDENT)


def _item_end(text: str, mark, following, family, lead: str) -> int:
    """Where an item ends: at the next marker, or, when the list starts again at 一 after
    the list's own lead-in printed again (a page printing a summary above the full
    text), where that repeat begins."""
    if family.number(following["mark"]) == 1:
        before = text[mark.end():following.start()]
        same = 0
        while same < min(len(before), len(lead)) and before[-1 - same] == lead[-1 - same]:
            same += 1
        if same >= _REPEATED_LEAD:
            # The repeat may begin before the part's lead did (its paragraph's opening).
            cut = following.start() - same
            paragraph = text.rfind("\n", mark.end(), cut)
            return paragraph if paragraph >= 0 else cut
    return following.start()


def _without_repeated_leads(paragraphs: list) -> list:
    """The paragraphs without a line that only repeats the opening of the next one: a
    page printing each measure's bold lead twice (要加强培训。⏎要加强培训。要通过…)."""
    stripped = [p.strip() for p in paragraphs]
    return [p for p, text, after in zip(paragraphs, stripped, stripped[1:] + [""])
            if not (text and after != text and after.startswith(text))]


def _unmarked_first(lead: str) -> str:
    """The first item of a list whose numbering starts at 二: the clause after the
    lead-in's colon, ending as an item ends (；。); empty when there is none."""
    colon = max(lead.rfind("："), lead.rfind(":"))
    tail = lead[colon + 1:] if colon >= 0 else ""
    return tail if _rules()["item_end"].search(tail) else ""


def _items(text: str) -> tuple:
    """The markers of the numbering family whose counted run starts first and has at
    least two items, or else a lone first item announced by a colon (…三方面工作：一是…,
    an excerpt cut after it); with their family."""
    best, lone = ([], None), ([], None)
    for family in enumerators.families():
        run = _counted_run(family, text)
        if len(run) >= 2 and (not best[0] or run[0].start() < best[0][0].start()):
            best = run, family
        elif len(run) == 1 and family.number(run[0]["mark"]) == 1 and _announced(text, run[0]) \
                and (not lone[0] or run[0].start() < lone[0][0].start()):
            lone = run, family
    return best if best[0] else lone


def _announced(text: str, mark) -> bool:
    """A marker right after a colon, opening a paragraph after a finished one
    (…不断加以改进。⏎一是…, the page cut after its first item), or right after a
    sentence announcing the measures (…将从以下方面推进。（一）…): the list was
    announced, so one item is still a list."""
    before = text[:mark.start()].rstrip()
    new_paragraph = "\n" in text[mark.start() - 1:mark.start("mark")]
    if new_paragraph and before.endswith(("。", "；", ";")):
        return True
    if before.endswith(("：", ":")):
        return True
    # Only the last sentence is read: a crawler's text may run to megabytes before the marker.
    window = max(0, len(before) - _ANNOUNCING_SENTENCE)
    stops = list(_rules()["sentence_end"].finditer(before, window, max(len(before) - 1, window)))
    return _rules()["announce"].search(before, stops[-1].end() if stops else window) is not None


def _counted_run(family, text: str) -> list:
    """A family's markers that number items in order: 1, 2, 3…; after a clause
    end, a 一 starts a new list and a number one off is taken as a misprint.
    Other markers out of sequence are text."""
    run, expected = [], 1
    if not family.marker.search(text):
        return run   # most families print none: their markers are looked for before their matches
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


def _announced_list(text: str, kind: str) -> list:
    """A statement under a sub-heading that announced its list with a colon (存在问题：…；…。),
    one per ；-clause when every clause names a shortfall (problems) or opens as a measure
    (improvements); else the statement whole."""
    rules = _rules()
    cuts = [c.end() for c in rules["shortfall_stop"].finditer(text)]
    pieces = [p.strip() for p in (text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])) if p.strip()]
    fits = rules["problem_cue"].search if kind == "problems" else rules["measure"].match
    return pieces if len(pieces) > 1 and all(fits(p) for p in pieces) else [text]


def _restarted_measures(found: list, restart: int) -> int:
    """`restart` when the list started again there lists measures (一是…不规范。⏎一是完善…。
    二是在…后发布…): each of its items opens as a measure or names no shortfall, and at
    least half open as measures; else 0."""
    later = found[restart:] if restart else []
    rules = _rules()
    opening = [s for s in later if rules["measure"].match(s)]
    if not later or 2 * len(opening) < len(later):
        return 0
    return restart if all(s in opening or not rules["problem_cue"].search(s) for s in later) else 0


def _measures_after(found: list) -> int:
    """Where a numbered problems list turns for good to measures (at least two, after at
    least one item naming a shortfall), or 0: a short report lists both in one run."""
    turn = len(found)
    while turn > 0 and _is_measure(found[turn - 1]):
        turn -= 1
    if len(found) - turn < _TRAILING_MEASURES or turn == 0:
        return 0
    return turn if all(_rules()["problem_cue"].search(s) for s in found[:turn]) else 0


def _measures_apart(text: str) -> list:
    """An unnumbered paragraph of measures as one statement per measure: a sentence that
    opens with what will be done (进一步拓宽…) after a sentence of its own (下一步，我局将
    加强培训，…。) is the next measure. A short heading sentence without a comma (加大公开
    力度。继续做好…) is the title of what follows it, not a measure of its own."""
    rules, cuts, start = _rules(), [0], 0
    for n, m in enumerate(rules["full_stop"].finditer(text)):
        if n % _CHECK_EVERY == 0:
            timelimit.check("statements")
        sentence = text[start:m.end()]
        nxt = text[m.end():]
        if rules["clause_end"].search(sentence) and _is_measure_sentence(nxt):
            cuts.append(m.end())
        start = m.end()
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]
    return [piece for piece in pieces if piece]


def _problems_apart(text: str) -> list:
    """An unnumbered paragraph of problems as one statement per problem: a sentence that
    names a shortfall of its own (信息公开途径需要进一步拓宽。) after one that named one is
    the next problem; a sentence going on about the last (这影响了…, 主要原因是…, 如…)
    stays with it, and so do the clauses of one sentence (…不够；…滞后。)."""
    rules, cuts, start, named = _rules(), [0], 0, False
    stops = list(rules["full_stop"].finditer(text))
    for n, (m, nxt) in enumerate(zip(stops, stops[1:] + [None])):
        if n % _CHECK_EVERY == 0:
            timelimit.check("statements")
        named = named or rules["problem_cue"].search(text, start, m.end()) is not None
        following = text[m.end():nxt.end() if nxt else len(text)].strip()
        if named and _names_own_problem(following):
            cuts.append(m.end())
            named = False
        start = m.end()
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]
    return [piece for piece in pieces if piece]


def _names_own_problem(sentence: str) -> bool:
    rules = _rules()
    return (len(_HAN.findall(sentence)) >= _OWN_PROBLEM and rules["problem_cue"].search(sentence) is not None
            and not rules["continuation"].match(sentence) and not rules["promise"].fullmatch(sentence)
            and not rules["improve"].match(sentence))


def _is_measure_sentence(text: str) -> bool:
    """Whether the sentence opening `text` opens with what will be done. Among the measures it
    may name the problem it answers (安排专人收集群众关心的问题), so a shortfall word does not count."""
    return _rules()["measure"].match(text) is not None


def _is_measure(text: str) -> bool:
    """An item that opens with what will be done (加强…, 进一步…) and names no shortfall."""
    return bool(_rules()["measure"].match(text)) and not _rules()["problem_cue"].search(text)


def outside_section(paragraphs: list) -> Section:
    """The statements of a report without a section 五: from the first
    sentence admitting a shortfall (但仍存在一些差距), or the first paragraph
    opened by a problems sub-heading (（一）存在问题：), to the end of `paragraphs`."""
    admission, sentence_end = _rules()["admission"], _rules()["sentence_end"]
    # A summary above the text would open the statements at its own, cut, admission.
    paragraphs = _without_summary_copies(paragraphs)
    for i, para in enumerate(paragraphs):
        timelimit.check("statements")
        if _opens_problems(para.text.strip()):
            return split_section(paragraphs[i:])
        m = admission.search(para.text)
        if m:
            starts = [e.end() for e in sentence_end.finditer(para.text, 0, m.start())]
            first = replace(para, text=para.text[starts[-1] if starts else 0:])
            return split_section([first, *paragraphs[i + 1:]])
    return Section([], [], [])


def later_plans(paragraphs: list) -> list:
    """The measures section 六 states (（二）下一步工作打算。2024年，我局将…, or a paragraph
    我局将进一步完善…): a paragraph opening as the improvements do and saying what will be
    done, or the paragraphs under a sub-heading naming the next work; the fee sentence,
    a signature or a table there ends a paragraph, not the section."""
    rules, found, under = _rules(), [], False
    for para in paragraphs:
        timelimit.check("statements")
        text = para.text.strip()
        head = rules["subheading_lead"].match(text) if not rules["subheading"].match(text) else None
        label = text if head is None and rules["subheading"].match(text) else head.group() if head else None
        if label is None and enumerators.pattern("text_heading").match(text):
            under = False          # another sub-part of section 六 (（三）人大建议办理情况。…)
        if label is not None:
            under = rules["improve"].match(label) is not None
            text = "" if head is None else text[head.end():]
        # The fee sentence (本年度未收取信息处理费。) may come first in the paragraph: a plan may follow it.
        stops = [0] + [m.end() for m in rules["full_stop"].finditer(text)]
        sentences = [text[a:b].strip() for a, b in zip(stops, stops[1:] + [len(text)])]
        sentences = [t for t in sentences if t and not any(end.match(t) for end in _section_ends(t))]
        start = 0 if under else next((i for i, t in enumerate(sentences)
                                      if rules["improve"].match(t) and rules["plan_verb"].search(t)), None)
        if start is not None and sentences[start:]:
            found.append("".join(sentences[start:]))
    measures, numbered = _split_part(found)[:2] if found else ([], False)
    return measures if numbered else [m for s in measures for m in _measures_apart(s)]


def closing_plan(paragraphs: list, year: Optional[int] = None) -> Section:
    """The plan that closes a report admitting no shortfall and having no section 五
    (…全乡累计主动公开信息65条。⏎2011年，我们将…): its last paragraph, when it opens as
    the improvements do, is the report's one improvement. One opening with the report's
    `year` or an earlier one tells that year's work (2014年，X局将…纳入考核: 将 marks
    what was put in), as an excerpt cut before its section 五 ends."""
    kept = _without_page_links(_without_summary_copies(paragraphs))
    while kept:
        text = kept[-1].text.strip()
        end = _end(text)
        text = text[:end.start()].strip() if end else text
        if text:
            break
        kept = kept[:-1]     # a date or signature line under the text
    rules = _rules()
    # 为进一步提升…, opens the year's work done as often as a plan: only a plan's voice makes it one.
    dated = rules["dated_opening"].match(text) if kept else None
    if not kept or not rules["improve"].match(text) or \
            (rules["purpose"].match(text) and not rules["plan_voice"].search(text)) or \
            (dated and year and int(dated.group()[:4]) <= year):
        return Section([], [], [])
    return Section([], [_clean(text)], [])


def _opens_problems(text: str) -> bool:
    """A paragraph opened by a sub-heading naming the problems (（一）存在问题：…)."""
    rules = _rules()
    head = rules["subheading"].match(text) or rules["subheading_lead"].match(text)
    return bool(head) and rules["problem_word"].search(head.group()) is not None \
        and not rules["improve"].match(head.group())


def _without_page_links(paragraphs: list) -> list:
    """The paragraphs without the page's links printed after the text (相关词条, 联络我们,
    a row of page numbers): short, unpunctuated lines that are no item, at the very end."""
    end, dated = len(paragraphs), False
    while end > 1 and _page_link(paragraphs[end - 1].text.strip()) \
            and not _bullet(paragraphs[end - 2].text.strip()):
        line = paragraphs[end - 1].text.strip()
        dated = dated or any(rule.match(line) for rule in _section_ends(line))
        end -= 1
    # A short date line (2009年1月8日) went with them: the signature above it goes too.
    last = paragraphs[end - 1].text.strip() if dated else ""
    if dated and end > 1 and _is_signature(last) and not _rules()["item_start"].match(last) \
            and not _rules()["problem_cue"].search(last):
        end -= 1
    return paragraphs[:end]


def _bullet(text: str) -> bool:
    """A line holding only an item's bullet (-, •), which the reader printed apart from its item."""
    return bool(text) and _rules()["lead_punct"].fullmatch(text) is not None


def _without_summary_copies(paragraphs: list) -> list:
    """The paragraphs without a summary printed above the text (导读：2013年…，2014年我市将从)
    that only repeats, cut short, the opening of the full text: in a paragraph of its own
    before it, or run into it when the page joined the lines."""
    keep = []
    for i, para in enumerate(paragraphs):
        text = _rules()["summary_label"].sub("", para.text.strip())
        if len(text) < _SUMMARY_COPY:
            keep.append(para)
            continue
        later = paragraphs[i + 1:i + 1 + _SUMMARY_REACH]
        if any(p.text.strip().startswith(text) for p in later):
            continue
        again = text.find(text[:_SUMMARY_COPY], 1)
        if again > 0 and text.startswith(text[:again], again):
            para = replace(para, text=text[again:])
        keep.append(para)
    return keep


def _page_link(text: str) -> bool:
    """A short unpunctuated line that is no item: neither marked as one (1. or a bullet
    such as - •) nor naming a shortfall (信息发布不够及时)."""
    rules = _rules()
    return (not rules["clause_punct"].search(text) and not rules["item_start"].match(text)
            and not rules["lead_punct"].match(text) and not rules["problem_cue"].search(text)
            and (len(text) <= _LINK_LENGTH or rules["page_numbers"].fullmatch(text) is not None))


def _fragment(text: str) -> bool:
    """An unnumbered statement too short to say anything and ending no sentence: the
    stub a page cut after its heading leaves (2020年)."""
    return (len(_HAN.findall(text)) < _rules()["fragment_han"]
            and not _rules()["sentence_end"].search(text))


def _cut_opening(text: str, page_end: bool) -> bool:
    """A problems paragraph the page cut inside its opening sentence (2017年，我办在信息;
    今年来，我乡信息公开工作逐步规范，但仍然), before it named any shortfall: such an
    opening frames the problems, it is none. Ending no sentence, it shows the cut when it
    is the section's last text or opens with the year."""
    rules = _rules()
    return ((page_end or rules["dated_opening"].match(text) is not None)
            and not rules["sentence_end"].search(text) and not rules["problem_cue"].search(text))


def _is_signature(text: str) -> bool:
    """A short unpunctuated line before a date: the agency signing the report."""
    return len(text) <= 30 and not _rules()["clause_punct"].search(text)


def _clean(text: str) -> str:
    lead = _rules()["lead_punct"]
    # A pipe a page's layout left after the text (…及时发布。 |) is no part of it.
    text = _TRAILING_PIPES.sub("", _LINE_BREAK.sub("", text)).strip()
    text = _rules()["cut_marker"].sub("", text)
    return lead.sub("", _rules()["lead_label"].sub("", lead.sub("", text)))


def _only_framing(text: str) -> bool:
    """A statement whose last sentence only says that problems exist."""
    ends = [m.end() for m in _rules()["sentence_end"].finditer(text, 0, max(len(text) - 1, 0))]
    last = text[ends[-1]:] if ends else text
    m = _rules()["framing"].match(last)
    return bool(m) and not _rules()["lead_punct"].sub("", last[m.end():])


def _announces_lost_items(text: str) -> bool:
    """A framing sentence ending in a colon (…但也存在一些不足，主要有：) whose items the page lost."""
    return text.endswith(("：", ":")) and _only_framing(text)


def _without_framing_sentence(item: str) -> str:
    """A numbered item without an opening sentence that only says problems exist (1.工作
    有进展，但仍存在一些不足。主要是…): ended by 。 or a colon, not a comma, since in an
    item 覆盖面存在短板，… is a shortfall named, not framing."""
    m = _rules()["framing"].match(item)
    if not m or not _FRAMING_STOP.search(m.group()):
        return item
    rest = _rules()["lead_punct"].sub("", item[m.end():])
    return rest if len(rest) >= 6 else item


def _listed_shortfalls(text: str) -> list:
    """An unnumbered statement without its framing; when the framing announced a list with
    a colon (主要是：…；…。, 存在以下主要问题：…；…) and every ；-clause after it names a
    shortfall, one statement per clause. Without the colon (表现为…；…) the clauses may be
    one problem told in parts, and stay together."""
    rules = _rules()
    m = rules["framing"].match(text)
    if m and _LIST_COLON.search(m.group()):
        rest = rules["lead_punct"].sub("", text[m.end():])
        cuts = [c.end() for c in rules["shortfall_stop"].finditer(rest)]
        pieces = [p.strip() for p in (rest[a:b] for a, b in zip([0] + cuts, cuts + [len(rest)])) if p.strip()]
        if len(pieces) > 1 and all(rules["problem_cue"].search(p) for p in pieces):
            return pieces
    return [_unframed(text)]


def _unframed(text: str) -> str:
    """An unnumbered statement without an opening that only says problems exist, or
    only grants the year's progress (虽然取得了一定成效，但…)."""
    m = _rules()["framing"].match(text)
    rest = _rules()["lead_punct"].sub("", text[m.end():]) if m else ""
    if len(rest) >= 6:
        # …但主动公开的内容与公众的需求还存在差距，…: the gap of a named part of the work is a shortfall, not framing.
        named = _rules()["named_gap"].search(text, 0, m.end())
        return text[named.start("subject"):] if named else rest
    # The grant is dropped only before a named shortfall: 取得了成效，但与当前全面推进依 is a stub.
    m = _rules()["concession"].match(text)
    rest = _rules()["lead_punct"].sub("", text[m.end():]) if m else ""
    return rest if len(rest) >= 6 and _rules()["problem_cue"].search(rest) else text
