"""Web pages as scraped: site chrome around a report, tables with real cells.

The page is decoded by its declared charset (or detection), parsed by lxml
with network access and entity loading off, stripped of scripts, navigation
and footers, and the report body is taken to be the smallest element that
holds the most section headings. Tables keep their cells: a spanned cell
appears once, in the row where it starts, `<br>` and `<p>` inside a cell
join into one label, and `&nbsp;` cells stay blank.
"""
from __future__ import annotations

import lxml.etree
import lxml.html
import regex

from .. import lexicon, normalize, timelimit
from ..decoding import decode
from ..errors import ParseError
from ..messages import WARNINGS, warning
from ..model import Cell, Document, Paragraph, Source, Table
from .layout import headings_in

_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", regex.I)
_DROP = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "form",
         "select", "button", "object", "embed", "svg", "template")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
          "blockquote", "pre", "center", "dd", "dt", "dl", "table", "tr", "td", "th", "tbody", "thead"}
# Characters XML (and so lxml) does not allow in text; they carry nothing on a page.
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\p{Cs}]")
_CHROME = regex.compile(lexicon.load_json("marks.json")["html_chrome"])
# The page around the report (site name, footer, source line) is kept for the meta stage,
# which places a township's report by the site of the county that publishes it.
_CONTEXT_LINES, _CONTEXT_LINE_CHARS = 400, 200


def read_html(data: bytes, path=None) -> Document:
    declared = _CHARSET.search(data[:4096])
    warnings: list = []
    text, encoding = decode(data, declared[1].decode("ascii", "ignore") if declared else None, path, warnings)
    # huge_tree lifts libxml2's limits of 256 levels and 10 MB text nodes, past which
    # the rest of a page was silently dropped; its own limit (2048 levels) is reported.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                  no_network=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(_NOT_XML.sub(" ", text).encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ParseError(path, f"无法解析 HTML / HTML could not be parsed: {exc}", "read", "E_CORRUPT") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        warnings.append(warning("W_PAGE_CUT"))
    page_title = root.findtext(".//title")
    context = _meta_tags(root)
    for el in root.xpath("|".join(f"//{t}" for t in _DROP)):
        _keep_context(el, context)
        el.drop_tree()
    for el in root.xpath("//*[@class or @id]"):
        timelimit.check("read HTML")
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        if _CHROME.search(marker) and el.getparent() is not None and not el.xpath(".//table") \
                and not headings_in(el.text_content()):
            _keep_context(el, context)
            el.drop_tree()
    body = _report_body(root)
    doc = Document(meta={"format": "html", "encoding": encoding}, warnings=warnings)
    if page_title:
        doc.meta["page_title"] = normalize.paragraph(page_title)
    context += _lines_outside(root, body)
    doc.meta["page_context"] = context[:_CONTEXT_LINES]
    _walk(body, doc)
    _add_title(root, body, doc)
    if not doc.blocks:
        cause = WARNINGS["W_PAGE_CUT"] if warning("W_PAGE_CUT") in warnings else "网页中没有正文 / the page has no text"
        raise ParseError(path, cause, "read", "E_NO_TEXT")
    return doc


def _meta_tags(root) -> list:
    """The site's own metadata (<meta name="SiteName" content="…">) as `name：content` lines."""
    wanted = set(lexicon.load_json("marks.json")["html_site_meta"])
    return [f"{el.get('name')}：{normalize.paragraph(el.get('content') or '')}"
            for el in root.iter("meta") if el.get("name") in wanted and el.get("content")]


def _keep_context(el, context: list) -> None:
    """The text lines of a piece of site chrome about to be dropped."""
    if len(context) < _CONTEXT_LINES:
        context += _short_lines(el.itertext())


def _lines_outside(root, body) -> list:
    """The text lines of the page outside the report body (a source line, a footer left in)."""
    inside = set(body.iter())
    pieces = [body.tail] if body.tail else []
    for el in root.iter():
        timelimit.check("read HTML")
        if el not in inside and isinstance(el.tag, str) and el.tag != "title":
            pieces += [t for t in (el.text, el.tail) if t]
            if len(pieces) > 4 * _CONTEXT_LINES:
                break
    return _short_lines(pieces)


def _short_lines(pieces) -> list:
    out = []
    for piece in pieces:
        for line in piece.splitlines():
            line = normalize.paragraph(line)
            if line and len(line) <= _CONTEXT_LINE_CHARS:
                out.append(line)
    return out


def _report_body(root):
    """The smallest element holding the most section headings (or the body)."""
    best, best_score, best_len = root.find("body") if root.find("body") is not None else root, 0, None
    for el in root.iter("div", "td", "article", "section", "body", "main"):
        timelimit.check("read HTML")
        if _wrapper(el):
            continue   # the same text as its one child: measuring both is quadratic in deep nesting
        text = el.text_content()
        score = len(headings_in(text))
        if score > best_score or (score == best_score and score > 0 and len(text) < best_len):
            best, best_score, best_len = el, score, len(text)
    return best


def _wrapper(el) -> bool:
    """An element with nothing but one child element in it."""
    return len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip()


def _add_title(root, body, doc: Document):
    """Put the report title first when it stands outside the body (a page heading)."""
    title_re = lexicon.compiled(lexicon.load_json("sections.json")["title"])
    paragraphs = doc.paragraphs[:5]
    if any(title_re.search(p.text) and len(p.text) <= 80 for p in paragraphs):
        return
    for el in root.iter("h1", "h2", "h3", "div", "p", "span", "td", "strong"):
        timelimit.check("read HTML")
        raw = el.text_content()
        if len(raw) > 2000:
            continue   # too long for a title even with its indentation; normalising it is costly
        text = normalize.paragraph(raw)
        if 6 < len(text) <= 80 and title_re.search(text) and not el.xpath(".//table"):
            doc.blocks.insert(0, Paragraph(text, Source(paragraph=-1)))
            return


def _walk(body, doc: Document):
    """Paragraphs and tables in document order. The tree is walked with a stack,
    not recursion: pages nest deeper than Python's recursion limit."""
    buffer: list = []
    counts = {"paragraph": 0, "table": 0}   # doc.paragraphs rebuilds its list on every call

    def flush():
        text = normalize.paragraph("".join(buffer))
        buffer.clear()
        if text and not normalize.PAGE_NUMBER.match(text):
            doc.blocks.append(Paragraph(text, Source(paragraph=counts["paragraph"])))
            counts["paragraph"] += 1

    # Each entry is an element to open, or a closing step: ("end", block?, tail).
    stack: list = [("open", body)]
    while stack:
        step = stack.pop()
        if step[0] == "end":
            _, block, tail = step
            if block:
                flush()
            if tail:
                buffer.append(tail)
            continue
        el = step[1]
        timelimit.check("read HTML")
        tag = el.tag if isinstance(el.tag, str) else ""
        tail = el.tail if el is not body else None
        if tag == "table" and not el.xpath(".//table") and not headings_in(el.text_content()):
            flush()
            table = _table(el, counts["table"])
            if table.rows:
                doc.blocks.append(table)
                counts["table"] += 1
            if tail:
                buffer.append(tail)
            continue
        block = tag in _BLOCK
        if block or tag == "br":
            flush()
        if el.text and tag != "br":
            buffer.append(el.text)
        stack.append(("end", block, tail))
        stack.extend(("open", child) for child in reversed(el))
    flush()


def _cell_text(td) -> str:
    return normalize.spaces(normalize.chars(" ".join(td.itertext())))


def _table(el, index: int) -> Table:
    rows = []
    for r, tr in enumerate(el.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")):
        cells = [Cell(_cell_text(td), Source(table=index, row=r, col=c))
                 for c, td in enumerate(tr.xpath("./td|./th"))]
        if cells:
            rows.append(cells)
    return Table(rows, Source(table=index))
