"""Telling page layout from data in formats that nest tables (HTML, DOCX).

A web page or Word file often wraps the whole report in tables; a table that
holds section headings is such a frame, not one of the report's tables."""
from __future__ import annotations

from .. import lexicon


def headings_in(text: str) -> set:
    """The numerals of the section headings a block of text holds (loosely spelt),
    by the loose heading cue of `lexicons/sections.json`."""
    cue = lexicon.compiled(lexicon.load_json("sections.json")["heading_cue"])
    return {m[0][0] for m in cue.finditer(text)}
