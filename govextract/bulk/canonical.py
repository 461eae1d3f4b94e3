"""Which records are copies of one report, and which copy speaks for it.

A site publishes its report as a page, a PDF attachment and a DOCX, and a
crawler saves its text too: four records, one report. They share an agency
(spelt with or without its province, in full- or half-width characters),
divisions and a year, and that is the report's key. Among the copies the one
read most completely speaks for the report (`canonical_reports`): most table
cells read, then fewest failed checks, then fewest warnings, then the first
source in order. Byte-identical files are not copies here: the batch marks them
`duplicate_of` and they are left out.
"""
from __future__ import annotations

import unicodedata
from typing import Optional

import regex

_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")


def report_key(meta: dict) -> Optional[str]:
    """'province|city|county|agency|year' with the agency normalised, or None when
    agency or year is unknown (such a record is a report of its own)."""
    agency, year = meta.get("agency"), meta.get("year")
    if not agency or not year:
        return None
    divisions = [meta.get(level) for level in ("province", "city", "county")]
    name = _NOISE.sub("", unicodedata.normalize("NFKC", agency))
    # The agency's own division names are in the key already; a copy may print them or not.
    for division in divisions:
        if division and name.startswith(division) and len(name) > len(division):
            name = name[len(division):]
    if not name:
        return None
    return "|".join([*(d or "" for d in divisions), name, str(year)])


ORDER = "cells_read DESC, checks_failed, warnings, source"
