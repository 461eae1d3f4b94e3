"""The document model every reader produces and every later stage reads.

A report becomes an ordered list of blocks: paragraphs of running text and
tables given as rows of cells. Each piece carries a `Source` saying where it
was read, so any value in the record can be traced back to the page, line or
table cell it came from. Nothing after the readers knows the input format.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass(frozen=True)
class Source:
    """Where a piece of text was read: page and box, table cell, or line."""

    page: Optional[int] = None          # 1-based page (PDF)
    bbox: Optional[tuple] = None        # (x0, top, x1, bottom) in PDF points
    line: Optional[int] = None          # 1-based line (text input)
    table: Optional[int] = None         # 0-based table index in the document
    row: Optional[int] = None           # 0-based row within that table
    col: Optional[int] = None           # 0-based cell within that row
    paragraph: Optional[int] = None     # 0-based paragraph index
    confidence: Optional[float] = None  # OCR's lowest character score (scanned pages)

    def __init__(self, page=None, bbox=None, line=None, table=None, row=None, col=None, paragraph=None,
                 confidence=None):
        # The generated __init__ of a frozen dataclass sets each field through object.__setattr__,
        # twice as slow, and a text report makes a few hundred Sources (one per table cell).
        self.__dict__.update(page=page, bbox=bbox, line=line, table=table, row=row, col=col,
                             paragraph=paragraph, confidence=confidence)

    @classmethod
    def cell(cls, line: int, table: int, row: int, col: int) -> "Source":
        """Source(line=…, table=…, row=…, col=…), the place of a text table's cell, made at half
        the cost: calling a class with keywords gathers them into a dict first, and a text
        report has a few hundred cells."""
        out = object.__new__(cls)
        fields = out.__dict__
        fields.update(_UNPLACED)
        fields["line"], fields["table"], fields["row"], fields["col"] = line, table, row, col
        return out

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


_UNPLACED = {name: None for name in Source.__dataclass_fields__}


@dataclass
class Paragraph:
    text: str
    source: Source
    raw: Optional[str] = None           # the text as printed, when reading changed it (繁體 → 简体)


@dataclass
class Cell:
    """One cell as printed; spanned cells appear once, in reading order."""

    text: str
    source: Source
    raw: Optional[str] = None


@dataclass
class Table:
    rows: list  # list[list[Cell]]
    source: Source


Block = Union[Paragraph, Table]


@dataclass
class Document:
    blocks: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)     # format, pages, page title …
    warnings: list = field(default_factory=list)

    @property
    def paragraphs(self) -> list:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list:
        return [b for b in self.blocks if isinstance(b, Table)]
