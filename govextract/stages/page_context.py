"""Where the page says a report was published: the site around it.

A township's report seldom names its county (对坊乡2023年…报告, 我乡…), but the page
it was published on does: the site's name in the page title (…_宁都县人民政府), its
footer (主办：…县人民政府办公室, a site identification code whose first six digits are
the owner's division code), the article's source line (来源：…县…乡人民政府), a
breadcrumb, and the report's own words about where it is published (通过…县政府门户
网站公开, the “中国X” portal). `meta.region` turns these into divisions when the
agency's own name places nothing. A web page hands its chrome over in
doc.meta["page_context"] (the reader drops it from the text); a text, PDF or DOCX
scrape keeps the same lines among its paragraphs, so both are read the same way.
The cue words are in `lexicons/meta.json` (`page_context`).
"""
from __future__ import annotations

from .. import anchored_search, lexicon
from ..model import Document
from .sections import Layout

# Site chrome sits above and below a report; its own words about the site are in its body.
_EDGE_PARAGRAPHS, _BODY_CHARS = 15, 6000
_FILING_ROWS = 4


def _lex() -> dict:
    return lexicon.load_json("meta.json")["page_context"]


def owners(doc: Document, layout: Layout, filing: list) -> list:
    """What the page names as the report's publisher, in tiers of trust: the site's owner
    (page title, site name, footer, identification code); the article's source line and
    breadcrumb; the sites the report says it is published on. Each tier is a list of
    strings in which `meta.region` looks for division names (or a division's short name).
    `filing` is the page's filing block as `filing_rows` reads it."""
    paragraphs = [p.text for p in layout.paragraphs]
    edges = paragraphs[:_EDGE_PARAGRAPHS] + paragraphs[-_EDGE_PARAGRAPHS:]
    lines = list(doc.meta.get("page_context", ())) + edges + filing
    site = [doc.meta["page_title"]] if doc.meta.get("page_title") else []
    site += _matches(_lex()["site_owner"], lines) + _coded_divisions(lines)
    article = _matches(_lex()["article_source"], lines) + _breadcrumb_steps(lines)
    body, size = [], 0
    for text in paragraphs:
        if size > _BODY_CHARS:
            break
        body.append(text)
        size += len(text)
    published_on = _matches(_lex()["published_on"], body)
    return [tier for tier in (site, article, published_on) if tier]


def publishers(doc: Document, layout: Layout, filing: list) -> list:
    """The bodies the page's filing block names as the publisher (发布机构：X镇人民政府), also
    where the block is a row of labels over a row of values. `filing` is the block as
    `filing_rows` reads it."""
    lines = list(doc.meta.get("page_context", ())) + [p.text for p in layout.paragraphs[:_EDGE_PARAGRAPHS]]
    return _matches([_lex()["publisher"]], lines + filing)


def filing_rows(doc: Document) -> list:
    """A page's filing block (索引号： | 1133…E/2021-… | 发布机构： | …) that a scrape
    printed as a grid becomes a table, not lines; its rows are read as lines, and each
    label with its value as a `label：value` line: the value in the cell after the label
    (发布机构 | X镇人民政府 |) or below it, under a row of labels (索引号 | 发布机构 | /
    1162…/2010-00023 | X镇人民政府 |). Such a grid is a few rows long, so only the first
    rows of each table are looked at."""
    label = lexicon.compiled(lexicon.load_json("meta.json")["metadata_label"])

    def is_label(cell: str) -> bool:
        return bool(cell) and bool(label.fullmatch(cell + "："))

    out = []
    for table in doc.tables:
        rows = [[c.text.strip() for c in row] for row in table.rows[:_FILING_ROWS]]
        out += [" | ".join(row) for row in rows if label.search(" | ".join(row))]
        pairs = []
        for heads, values in zip(rows, rows[1:] + [[]]):
            if len(heads) == len(values) and sum(map(is_label, heads)) >= 2 and not any(map(is_label, values)):
                pairs += zip(heads, values)
            else:
                pairs += zip(heads, heads[1:])
        out += [f"{h}：{v}" for h, v in pairs if is_label(h) and v and not is_label(v)]
    return out


def _matches(patterns: list, lines: list) -> list:
    # Some of these patterns open with any run of Chinese characters, or a list of words: searched
    # near their anchors, or only in lines holding one of the words.
    # A pattern listed by its words that no line holds (most, on most pages) is not tried line by line.
    out = []
    for pattern in patterns:
        if anchored_search.absent(pattern, lines):
            continue
        find = anchored_search.finder(pattern)
        out += _per_line(lines, lambda line: [m["owner"] for m in find(line)])
    return out


def _per_line(lines: list, read) -> list:
    """read(line) of every line, joined. A page of fewer than twice _EDGE_PARAGRAPHS paragraphs
    has them in its edges twice: such a line is read once, and what it holds counted twice."""
    seen, out = {}, []
    for line in lines:
        if line not in seen:
            seen[line] = read(line)
        out += seen[line]
    return out


def _coded_divisions(lines: list) -> list:
    """Names of the divisions whose codes open the site identification codes printed."""
    divisions = lexicon.divisions()
    names = []
    for pattern in _lex()["site_code"]:
        if anchored_search.absent(pattern, lines):
            continue
        find = anchored_search.finder(pattern)
        codes = _per_line(lines, lambda line: [m["division"].ljust(12, "0") for m in find(line)])
        names += [divisions[code][0] for code in codes if code in divisions]
    return names


def _breadcrumb_steps(lines: list) -> list:
    if anchored_search.absent(_lex()["breadcrumb_cue"], lines):
        return []
    trail = lexicon.compiled(lexicon.load_json("meta.json")["breadcrumb"])
    cue = anchored_search.finder(_lex()["breadcrumb_cue"])
    return _per_line(lines, lambda line: trail.split(line) if next(cue(line), None) else [])
