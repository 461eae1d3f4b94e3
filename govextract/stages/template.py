"""Which national template a report follows: 2021, 2019, or legacy (free-form).

Each template spec lists words only that template prints (its table labels)
and the notice that set it (国办公开办函〔2021〕30号); the report is given the
template whose cues it shows most, ties going by the report's year. A report
with no cues at all (its tables missing, unreadable, or pasted as pictures)
still follows the template of its year: every report since 2019 must, so only
a report of an earlier or unknown year is called legacy. A notice cited without
any table label does not outweigh the year; it decides only where the year does
not (a report of an unknown year).
"""
from __future__ import annotations

from ..spec import Template


def cue_counts(text: str, templates: list) -> dict:
    """Given a report's text and templates, return {name: how often its cues occur}."""
    return {t.name: sum(text.count(w) for w in (*t.words, *t.citations)) for t in templates}


def detect(text: str, year, templates: list) -> str:
    """Given a report's text, its year (or None) and every template, newest first,
    return the name of the template the report follows."""
    national = [t for t in templates if t.tables]
    in_year = [t for t in national if t.in_years(year)]
    if in_year and not any(text.count(w) for t in national for w in t.words):
        # Without a table label, a notice cited says less than the year: a report's preamble is
        # often last year's, and a 2021 or 2024 report quoting the 2019 format's notice prints
        # the 2021 format's tables, the one every report of its year must follow.
        return in_year[0].name
    counts = cue_counts(text, national)
    best = max(counts.values(), default=0)
    tied = [t for t in national if counts[t.name] == best]
    if best > 0 and len(tied) == 1:
        return tied[0].name
    by_year = [t for t in (tied if best > 0 else national) if t.in_years(year)]
    if by_year:
        return by_year[0].name
    if best > 0:
        return _nearest(tied, year or 0).name
    return next(t.name for t in templates if not t.tables)


def _nearest(templates: list, year: int) -> Template:
    """The template whose years lie nearest a year outside all of them."""
    return min(templates, key=lambda t: _distance(t, year))


def _distance(template: Template, year: int) -> int:
    """How many years a year lies outside a template's years (0 inside them)."""
    return 0 if template.in_years(year) else min(abs(year - y) for y in template.years if y is not None)
