"""From a document model to a record: the stages every format shares.

sections → meta and template → tables by label → checks → facts → statements.
Nothing here knows whether the document was a PDF, a web page or text, nor
which templates exist: those come from the specs in `lexicons/templates/`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import script, spec, timelimit
from .errors import ParseError
from .messages import warning
from .model import Document, Table
from .record import Record
from .stages import checks, digit_runs, facts, meta, page_context, refusal, sections, statements, tables, townships
from .stages.sections import Layout
from .stages.template import cue_counts, detect

# What a reader learnt about the file that belongs in the record. Anything else
# a reader keeps in doc.meta (the page's <title>, a line count) is for the stages.
_FILE_META = ("format", "encoding", "pages", "ocr_pages", "sha256", "file")


@dataclass
class Tables:
    """Table cells of one report, read and checked against its template."""

    flat: dict = field(default_factory=dict)      # key -> value, every key of the template
    sources: dict = field(default_factory=dict)   # key -> where it was read
    checks: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    read: bool = False                            # whether any cell was read


def build(doc: Document, path=None, templates=None) -> Record:
    """The record of a document; `templates` is a folder of template specs to use
    instead of the bundled ones."""
    known = spec.all_templates(templates)
    warnings = list(doc.warnings)
    if script.simplify(doc):
        warnings.append(warning("W_TRADITIONAL"))
    layout = sections.find_sections(doc)
    if layout.title is None and not layout.sections and statements.headless(layout.preamble):
        # Section 五's two lists alone, without their heading: read as the part they are.
        layout.sections[5] = sections.Section(5, "", layout.preamble)
        layout.preamble = []
    text = full_text(doc, layout)
    filing = page_context.filing_rows(doc)   # read once: the publisher and the region both look at it
    publishers = page_context.publishers(doc, layout, filing)
    agency, year = meta.agency_and_year(layout, publishers)
    completed = meta.complete(agency, layout, publishers)
    if completed:
        warnings.append(warning("W_AGENCY_COMPLETED", printed=agency, agency=completed))
        agency = completed
    # A report printing no year follows the template of the year it can be of at the earliest.
    name = detect(text, year or meta.year_at_least(text), known)
    speaks_as_report = meta.speaks_as_report(layout)
    if not speaks_as_report and require_report(layout, text, known, path):
        warnings.append(warning("W_REPORT_FRAGMENT", sections="、".join(sections.numeral(n) for n in layout.sections)))
    template = next(t for t in known if t.name == name)
    warnings += layout_warnings(layout, template)

    timelimit.check("tables")
    read = read_tables(doc, layout, template, known)
    warnings += read.warnings
    timelimit.check("facts")
    # a table after the narrative (…移动APP公开政府信息0, then 表二) means its end was not cut
    fact_list = facts.extract(layout.paragraphs, year, ends_text=not doc.blocks or not isinstance(doc.blocks[-1], Table))
    if not read.read:
        why = _not_a_report(layout, text, speaks_as_report, fact_list)
        if why:
            raise ParseError(path, why, "structure", "E_NOT_A_REPORT")
        # Read only because the page is titled and written as a report: say what was outweighed.
        # Without such a title overruling changes nothing, so most pages need not be judged again.
        if refusal.own_title(layout, text) and _not_a_report(layout, text, speaks_as_report, fact_list, overrule=False):
            title, kind, cue = refusal.overruled(layout, text)
            warnings.append(warning("W_NOT_REPORT_CUE", title=title, kind=kind.replace("_", " "), cue=cue))
    # The page's owners and the places the text names are read once: the region weighs both (twice
    # when the body is found in the text), and a township's missing county is looked for in the names.
    owners, named = page_context.owners(doc, layout, filing), meta.places_named(text)
    place = meta.region(agency, text, owners, named)
    if agency is None:
        agency = meta.speaking_body(layout, place, publishers)
        if agency:
            warnings.append(warning("W_AGENCY_INFERRED", agency=agency))
            # The body found decides its divisions, as a printed agency would (兴国县水利局).
            place = meta.region(agency, text, owners, named)
    placed = townships.locate(agency, place, () if place["county"] else named, year)
    if placed:
        town, place = placed
        where = "".join(place[k] for k in ("province", "city", "county") if place[k])
        warnings.append(warning("W_PLACE_FROM_GAZETTEER", town=town, where=where))
    problems, improvements, fragments = _statements(layout, year)
    warnings += [warning("W_STATEMENT_FRAGMENT", text=text) for text in fragments]
    return Record(
        meta=record_meta(doc, layout, text, {"agency": agency, "year": year, "template": name, **place}, path),
        tables=read.flat,
        sources=read.sources,
        facts=fact_list,
        problems=problems,
        improvements=improvements,
        checks=read.checks,
        warnings=warnings,
    )


def _not_a_report(layout: Layout, text: str, speaks_as_report: bool, fact_list: list,
                  overrule: bool = True) -> Optional[str]:
    """The cause to refuse a page in which no table was read, or None. With `overrule`, a
    page titled and written as a report is not refused for a cue in a menu or in its body."""
    # Rules on writing reports carry a report's title words and its six headings;
    # a guide or a model essay its headings and counts; a summary in another language its title.
    why = refusal.other_language(layout, text) or refusal.rules_for_reports(layout, text, overrule) \
        or refusal.self_described(layout, text, overrule)
    if why:
        return why
    if speaks_as_report:
        # Prose under a title naming a report may be a story retelling it or a notice about reports.
        return refusal.despite_speaking(layout, text, overrule)
    # An index page counts its entries (共4条) and a news story quotes a report's figures:
    # counts alone do not make either a report.
    if not fact_list:
        return refusal.without_counts(layout, text, overrule) if not layout.sections else refusal.blank_template(layout, text, overrule)
    return refusal.despite_counts(layout, text, overrule)


def _statements(layout: Layout, year: Optional[int]) -> statements.Section:
    """Section 五's problems and improvements; without a section 五, those the
    report admits to in its last part that admits any (a report with no headings: its text),
    or the plan closing it (not its `year`'s own work)."""
    if 5 in layout.sections:
        found = statements.split_section(layout.sections[5].paragraphs)
        if 6 not in layout.sections:
            return found
        plans = [s for s in statements.later_plans(layout.sections[6].paragraphs) if s not in found.improvements]
        return found._replace(improvements=found.improvements + plans)
    # The last part first; then the others, last to first: a short report admits its
    # shortfalls in 一、总体情况 (工作中仍存在一些不足…下一步…) and has no part for them.
    parts = [layout.sections[n].paragraphs for n in sorted(layout.sections, reverse=True)] + [layout.preamble]
    for paragraphs in parts:
        found = statements.outside_section(paragraphs)
        if found.problems or found.improvements:
            return found
    # Admitting nothing, a report may still end on next year's plan.
    return statements.closing_plan(parts[0], year)


def full_text(doc: Document, layout: Layout) -> str:
    """Given a document and its layout, return its paragraphs and table cells as one text."""
    return "\n".join([p.text for p in layout.paragraphs] +
                     [c.text for t in doc.tables for row in t.rows for c in row])


def require_report(layout: Layout, text: str, templates: list, path) -> bool:
    """Given a layout, its text and every template, raise ParseError unless it reads
    as an annual report: a title, sections, a template's cues or the words reports use.
    True when it is only part of one: a page holding section 五 with something said in
    it (a site's last page, an excerpt), which is read for what it holds."""
    national = [t for t in templates if t.tables]
    if layout.title is not None or len(layout.sections) >= 2 or any(cue_counts(text, national).values()):
        return False
    report_words = sum(cue_counts(text, [t for t in templates if not t.tables]).values())
    if report_words >= 3:
        return False
    found = statements.split_section(layout.sections[5].paragraphs) if 5 in layout.sections else None
    if found and (found.problems or found.improvements):
        return True
    raise ParseError(path, refusal.cause(layout, text), "structure", "E_NOT_A_REPORT")


def layout_warnings(layout: Layout, template: spec.Template) -> list:
    """Given a layout and its template, return warnings for a missing title and, in a
    template report, for the template's sections that were not found."""
    out = []
    if layout.title is None:
        out.append(warning("W_TITLE_MISSING"))
    if not template.tables:
        return out
    missing = [n for n in range(1, 7) if n not in layout.sections]
    if missing:
        out.append(warning("W_SECTIONS_MISSING", sections="、".join(sections.numeral(n) for n in missing)))
    if 5 not in layout.sections:
        out.append(warning("W_SECTION_FIVE_MISSING"))
    return out


def read_tables(doc: Document, layout: Layout, template: spec.Template, templates: list) -> Tables:
    """Given a document, its layout, its template and every template, return its table
    cells (every key of the template, blank where not read) and their checks."""
    result = tables.map_tables(doc.tables, layout.table_hints, template, bool(doc.meta.get("ends_in_table")))
    digit_runs.recover(doc.tables, layout, template, result)   # tables whose cells a crawler ran together
    out = Tables(flat={k: None for k in template.keys}, warnings=list(result.warnings), read=bool(result.readings))
    out.sources = {k: r.to_dict() for k, r in result.readings.items()}
    foreign = [key for key in result.readings if key not in out.flat]
    out.flat.update((key, reading.value) for key, reading in result.readings.items())
    if template.tables:
        # A row group printed as one row has its own warning (W_ROWS_PRINTED_AS_ONE), not one per cell.
        # Which groups were is found once: the warnings and the checks all ask.
        printed = checks.printed_as_one(out.flat, template)
        as_one = tuple(f"{t.name}.{g.one_row}." for t, g in template.one_rows() if f"{t.name}.{g.key}" in printed)
        out.warnings += [warning("W_CELL_NOT_IN_TEMPLATE", key=key, template=template.name)
                         for key in foreign if not key.startswith(as_one)]
        out.warnings += unread_table_warnings(result.readings, printed, template, templates)
        out.checks = checks.run(out.flat, template, printed)
    return out


def unread_table_warnings(readings: dict, printed: frozenset, template: spec.Template, templates: list) -> list:
    """Given the cells read, the row groups printed as one row (`checks.printed_as_one`),
    a template with tables and every template, return a warning for each of its tables
    with no cell read, and for each row group printed as one row (as another template prints it)."""
    if not readings:
        return [warning("W_TABLES_UNREAD")]
    out = [warning("W_TABLE_UNREAD", table=t.number)
           for t in template.tables.values() if not any(k.startswith(t.name + ".") for k in readings)]
    for t, g in template.one_rows():
        if f"{t.name}.{g.key}" in printed:
            layout = "/".join(o.name for o in templates if t.name in o.tables and g.one_row in o.tables[t.name].cells)
            out.append(warning("W_ROWS_PRINTED_AS_ONE", group=g.label, layout=layout, template=template.name,
                               count=len(g.members)))
    return out


def record_meta(doc: Document, layout: Layout, text: str, found: dict, path) -> dict:
    """Given what was found of a report (agency, year, template, divisions), return its
    record's meta: what was computed, then the reader's facts about the file (which never
    overwrite a computed value)."""
    out = {
        **found,
        "title": layout.title,
        "publication_date": meta.publication_date(text),
        "contact": meta.contact(text),
    }
    out.update({k: doc.meta[k] for k in _FILE_META if k in doc.meta and k not in out})
    if path is not None:
        out["source"] = str(path)
    return out

