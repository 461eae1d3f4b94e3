"""Why a readable page is not an annual report, in words its refusal prints.

A refusal that only says "not a report" leaves whoever runs a batch to open the
page to tell a right refusal from a wrong one. Pages refused are mostly of a few
kinds (a notice about reports, a guide or catalogue, rules, a news story, an index
of report titles, a model essay with placeholders, a rectification report); the cue
words of each are in `lexicons/refusal.json`.
"""
from __future__ import annotations

import itertools
from typing import Optional

import regex

from .. import enumerators, lexicon
from . import sections
from .sections import Layout

# A notice or a guide names itself in a line of its own; a sentence quoting one does not.
_SENTENCE = regex.compile(r"[，。；！？]|(?<=\p{Han})[,;]")


def _lex() -> dict:
    return lexicon.load_json("refusal.json")


def _says(entry: dict, **values) -> str:
    return (f"不是政府信息公开工作年度报告：{entry['zh'].format(**values)} / "
            f"not a government information disclosure annual report: {entry['en'].format(**values)}")


def _heads(layout: Layout, clauses: bool) -> list:
    """The title and the page's first short lines: where a notice or a guide names itself.
    With `clauses`, a line's first clause too (a notice's title run into its addressees:
    关于…的通知各乡镇人民政府，县直各单位：)."""
    lex = _lex()
    # A breadcrumb names the site's columns (政府信息公开目录 > 年度报告); only its last step
    # can name the page, as only it can be a report's title.
    lines = [sections.last_step(p.text.strip()) for p in layout.paragraphs[:lex["head_lines"]]]
    # A writing site sets its title in brackets run into the first sentence (【…自查整改报告】为贯彻…):
    # the bracket names the page as a line of its own would.
    bracketed = lexicon.compiled(lex["bracketed_title"])
    lines = [part for line in lines for part in [line, *bracketed.findall(line)[:1]]]
    if clauses:
        # A clause citing a basis (依据《条例》规定，…) or spoken by the body (我局严格执行…制度，…)
        # opens a sentence; it names no page.
        sentence = lexicon.compiled(lex["sentence_opening"])
        clauses_of = [(line, _SENTENCE.split(line)[0]) for line in lines]
        lines = [first for line, first in clauses_of if first == line or not sentence.match(first)]
    short = [line for line in lines
             if len(line) <= lex["head_max"] and not _SENTENCE.search(line)
             # …nor does a numbered heading: 二、健全信息公开工作制度 is a report's part, not rules.
             and not enumerators.pattern("text_heading").match(line)]
    return [h for h in [layout.title, *short] if h]


def index_page(text: str) -> Optional[int]:
    """The number of report titles an index page lists, or None when the text is more than
    such a list: a report linking to its other years still has a body of its own."""
    index = _lex()["index"]
    pattern = lexicon.compiled(index["listed_title"])
    count = len(set(pattern.findall(text)))
    if count < index["min"]:
        return None
    rest = lexicon.compiled(index["leftover"]).sub("", pattern.sub("", text))
    return count if len(rest) < index["max_leftover"] else None


def kind(layout: Layout, text: str, clauses: bool = True, among=None, overrule: bool = True) -> Optional[tuple]:
    """The kind of non-report the page reads as (its entry in the lexicon and the line
    that shows it), or None; with `among`, only those kinds are tried. With `overrule`, a
    page titled and written as a report (`own_title`) is judged only by the kinds whose cue
    speaks for the whole page: another kind's title on a menu line or its cue in the body
    does not."""
    heads = _heads(layout, clauses)
    if overrule and own_title(layout, text):
        decisive = _lex()["own_title"]["speaks_for_page"]
        among = [name for name in (among if among is not None else decisive) if name in decisive]
    for entry in _lex()["kinds"]:
        if among is not None and entry["name"] not in among:
            continue
        if "title" in entry:
            pattern = lexicon.compiled(entry["title"])
            line = next((h for h in heads if pattern.search(h)), None)
            if line:
                return entry, line
        else:
            found = _text_cue(entry, _where_said(layout, entry, text), text)
            if found:
                return entry, found
    return None


def own_title(layout: Layout, text: str) -> Optional[str]:
    """The line naming the page as one body's report for a year, when the page is written
    as that report: it is the last title-like line of the page's opening (menus and related
    links come before a page's own title; a guide under a menu linking a report has its
    own title after the link), no kind claims it, and a report's body follows it (sections,
    its own statistics period, or prose enough). A publishing notice printed above its
    report leaves the report's title last. None otherwise."""
    lex = _lex()
    line_re = lexicon.compiled(lex["own_title"]["line"])
    unnamed = lexicon.compiled(lex["own_title"]["unnamed"])
    claims = [lexicon.compiled(e["title"]) for e in lex["kinds"] if "title" in e]
    placeholders = lexicon.compiled(next(e["text"] for e in lex["kinds"] if e["name"] == "placeholders"))
    heads = _heads(layout, True)
    # Only a whole line can be another page's title below this one: the first clause of the
    # opening sentence (根据《条例》…规定，现公布…) is cut like a title but names no page.
    claimed = [text.find(h) for h in _heads(layout, False) if any(c.search(h) for c in claims)]
    own = [(text.find(h), h) for h in heads
           if line_re.search(h) and not unnamed.fullmatch(h.strip()) and not any(c.search(h) for c in claims)
           and not placeholders.search(h)]
    own = [(at, h) for at, h in own if at >= 0]
    if not own:
        return None
    at, line = max(own)
    if any(c > at for c in claimed):
        return None
    return line if _has_body(layout, text, at + len(line)) else None


def _has_body(layout: Layout, text: str, after: int) -> bool:
    """Whether a report's body follows its title: sections, its own statistics period,
    or prose as long as a township's shortest report (a few lines)."""
    if len(layout.sections) >= 2:
        return True
    meta_lex = lexicon.load_json("meta.json")
    period = lexicon.compiled(meta_lex["own_period"])
    if any(period.search(p.text) for p in layout.paragraphs[:15]):
        return True
    return len(text) - after >= _lex()["own_title"]["min_body"]


def _where_said(layout: Layout, entry: dict, text: str) -> str:
    """The part of the page a text kind's cue is looked for in: its opening, the first
    paragraph of its first part, or its whole text."""
    if "opening" in entry:
        return _opening(layout, entry["opening"])
    if entry.get("first_part"):
        return _first_part_opening(layout)
    return text


def _first_part_opening(layout: Layout) -> str:
    """The first paragraph of the page's first numbered part: where a report dates its
    work to its year (2023年，…) and a review of a quarter to the quarter."""
    if not layout.sections:
        return ""
    first = layout.sections[min(layout.sections)].paragraphs
    return first[0].text if first else ""


def _opening(layout: Layout, paragraphs: int) -> str:
    """The page's first paragraphs of prose before its first numbered part: where a page says
    what it is before its body begins. Short lines without a sentence's marks (a site's menu
    above a guide, its title) say nothing of the page and are passed over."""
    prose = (p.text for p in layout.preamble if _SENTENCE.search(p.text))
    return "\n".join(itertools.islice(prose, paragraphs))


def _text_cue(entry: dict, text: str, page: str) -> Optional[str]:
    """The first of a text kind's cue words when the text holds at least `min` of them,
    so the refusal can quote what it went by; with `with_text`, only those the `page` also
    bears out (see `_borne_out`)."""
    matches = [m.group().strip() for m in lexicon.compiled(entry["text"]).finditer(text) if _borne_out(entry, m, page)]
    return matches[0] if len(matches) >= entry["min"] else None


def _borne_out(entry: dict, cue, page: str) -> bool:
    """Whether the page holds the kind's `with_text` cue too, in the cue's year when both name
    one: a line naming a year's work summary (X镇2024年度政务公开工作总结), which older bodies
    also titled their annual report, shows a summary written before the year closed only on a
    page counting up to a day before that year's end (截至2024年12月13日) or published in it."""
    if "with_text" not in entry:
        return True
    year = cue.groupdict().get("year")
    return any(not year or not m.groupdict().get("year") or m["year"] == year
               for m in lexicon.compiled(entry["with_text"]).finditer(page))


def cause(layout: Layout, text: str, overrule: bool = True) -> str:
    """Why the page is refused: what it is instead, or what a report would have shown."""
    lex = _lex()
    foreign = other_language(layout, text)
    if foreign:
        return foreign
    listed = index_page(text)
    if listed:
        return _says(lex["index"], count=listed)
    # What a page says of itself names it better than a line that looks like a title.
    described = self_described(layout, text, overrule)
    if described:
        return described
    found = kind(layout, text, overrule=overrule)
    if found:
        return _says(found[0], title=found[1])
    if layout.title:
        return _says(lex["no_body"], title=layout.title)
    return _says(lex["nothing"])


def other_language(layout: Layout, text: str) -> Optional[str]:
    """The cause to refuse a page mostly in another language (a summary of a report under its
    Chinese title), or None; a translated mirror speaking of its own period is a report."""
    rule = _lex()["other_language"]
    words = len(lexicon.compiled(rule["word"]).findall(text))
    han = len(lexicon.compiled(rule["han"]).findall(text))
    if words <= han:
        return None
    period = lexicon.compiled(lexicon.load_json("meta.json")["own_period"])
    if any(period.search(p.text) for p in layout.paragraphs[:15]):
        return None
    return _says(rule, words=words, han=han)


def without_counts(layout: Layout, text: str, overrule: bool = True) -> Optional[str]:
    """The cause to refuse a page with neither sections nor counts read, or None for a
    free-form report telling its own year's work in the first person (2014年，我局…), or by its
    body's name (2012年，青禾市…) under a report's sub-items, that no kind claims: without a
    title, template headings or counts, that is how such a report says what it is."""
    if _own_account(layout) and not index_page(text) and not kind(layout, text, overrule=overrule):
        return None
    return cause(layout, text, overrule)


def _own_account(layout: Layout) -> bool:
    """Whether the page's first paragraphs tell a year's work as its own: in the first person,
    or introducing the report by the parts it holds (全文包括：…主动公开…), or naming the body on a page laid out as a report's part (sub-items or short heading
    lines), which a story naming the body under its one headline is not, or, a fragment
    opening inside a report's part, in items telling the disclosure work done."""
    rule = _lex()["own_account"]
    first = layout.paragraphs[:rule["paragraphs"]]
    if any(lexicon.compiled(rule[cue]).search(p.text) for p in first for cue in ("text", "contents")):
        return True
    item = enumerators.pattern("text_heading")
    if _work_done_items(layout, item, rule) >= rule["done_items_min"]:
        return True
    voiced = (lexicon.compiled(rule["named_body"]), lexicon.compiled(rule["first_person"]))
    if not any(v.search(p.text) for p in first for v in voiced):
        return False
    laid_out = 0
    for p in layout.paragraphs[:rule["structure_paragraphs"]]:
        line = p.text.strip()
        heading = len(line) <= rule["heading_max"] and not _SENTENCE.search(line.rstrip("。."))
        laid_out += bool(item.match(line) or heading)
    return laid_out >= rule["structure_min"]


def _work_done_items(layout: Layout, item, rule: dict) -> int:
    """How many of the page's first paragraphs are items of a report's part telling disclosure
    work done: opening with an enumerator ((一)…, 1.), holding a completed verb (…修订了…) and the
    work's words (政府信息公开, 政务公开). A plan, a notice or rules list what is to be done."""
    done, words = lexicon.compiled(rule["done_verb"]), lexicon.compiled(rule["done_work"])
    return sum(1 for p in layout.paragraphs[:rule["structure_paragraphs"]]
               if item.match(p.text.strip()) and done.search(p.text) and words.search(p.text))


def despite_counts(layout: Layout, text: str, overrule: bool = True) -> Optional[str]:
    """The cause to refuse a page for although counts were read in it: an index page (共4条)
    or a news story quoting a report's figures. None for a page with sections of a report."""
    if len(layout.sections) >= 2:
        return None
    listed = index_page(text)
    if listed:
        return _says(_lex()["index"], count=listed)
    # Only the kinds counts do not outweigh are tried: a notice titled so (…的通知) may be
    # refused for its body (通知如下) whatever kind its title line is.
    found = kind(layout, text, clauses=False, among=_lex()["refused_despite_counts"],
                 overrule=overrule)   # a report may open 本局发布2019年…年度报告，…
    return _says(found[0], title=found[1]) if found else None


def despite_speaking(layout: Layout, text: str, overrule: bool = True) -> Optional[str]:
    """The cause to refuse a page that seems to speak as a report (prose under a title naming
    one) but tells of a report in the third person (日前…发布…年度报告。报告显示…) or is a
    notice (…有关事项通知如下); None for a page with sections of a report."""
    if len(layout.sections) >= 2:
        return None
    lex = _lex()
    found = kind(layout, text, among=lex["refused_though_speaking"], overrule=overrule)
    return _says(found[0], title=found[1]) if found else None


def blank_template(layout: Layout, text: str, overrule: bool = True) -> Optional[str]:
    """The cause to refuse a page in which nothing was read that heads itself as the report
    format (its six headings and blank tables look like a report's), else None."""
    found = kind(layout, text, overrule=overrule)
    if found and found[0]["name"] in _lex()["refused_when_nothing_read"]:
        return _says(found[0], title=found[1])
    return None


def rules_for_reports(layout: Layout, text: str, overrule: bool = True) -> Optional[str]:
    """The cause to refuse rules on how to write reports (X镇政府信息公开工作年度报告制度,
    第四条 年度报告主要包括以下内容 一、… 六、…): they name a report in their title and list
    its six headings, so neither a title nor sections tell them from a report; that they speak
    of themselves as rules (特制定本制度, 本办法自…起施行) does. None otherwise."""
    lex = _lex()
    if not lexicon.compiled(lex["rules_self_reference"]).search(text):
        return None
    found = kind(layout, text, among=lex["refused_as_rules"], overrule=overrule)
    if not found:
        return None
    # A notice issuing rules (关于印发…办法的通知) is named by its own line.
    found = kind(layout, text, clauses=False, overrule=overrule) or found
    return _says(found[0], title=found[1])


def self_described(layout: Layout, text: str, overrule: bool = True) -> Optional[str]:
    """The cause to refuse a page whose own words say what it is, whatever its headings:
    a guide (特编制本指南), a notice issuing a document (现印发给你们), a model essay
    (xx条, ××镇), a notice on which bodies published their reports (…年度报告公布情况),
    a rectification report. Guides and model essays carry a report's headings and counts,
    so neither sections nor speaking as a report tell them apart. None otherwise."""
    lex = _lex()
    found = kind(layout, text, among=lex["refused_whatever_layout"], overrule=overrule)
    if found and "titled_as" in found[0]:
        found = kind(layout, text, among=[found[0]["titled_as"]], overrule=overrule) or found
    if found:
        return _says(found[0], title=found[1])
    heading = None if overrule and own_title(layout, text) else _problems_first(layout, text)
    if heading:
        entry = next(e for e in lex["kinds"] if e["name"] == "rectification")
        return _says(entry, title=heading)
    return None


def _problems_first(layout: Layout, text: str) -> Optional[str]:
    """The heading of a page's first part when that part lists problems (一、存在问题, read as
    section 五) and the page speaks of 整改: a rectification report, which opens on what was
    found wrong where a report first tells its year's work."""
    rule = _lex()["problems_first"]
    if not layout.sections or min(layout.sections) != 5:
        return None
    heading = layout.sections[5].heading
    if not lexicon.compiled(rule["heading"]).search(heading):
        return None
    return heading if text.count(rule["text"]) >= rule["min"] else None


def overruled(layout: Layout, text: str) -> Optional[tuple]:
    """The page's own title, the kind and the line whose cue was outweighed by it (for the
    record's warning), when the page is read only because it is titled and written as a
    report; None when no kind's cue was found."""
    title = own_title(layout, text)
    if not title:
        return None
    lex = _lex()
    refusing = {*lex["refused_whatever_layout"], *lex["refused_though_speaking"], *lex["refused_despite_counts"],
                *lex["refused_as_rules"]}
    found = kind(layout, text, among=refusing, overrule=False)
    return (title, found[0]["name"], found[1]) if found else (title, "rectification", title)
