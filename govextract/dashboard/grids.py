"""Tables 二/三/四 laid out as printed, from the template's spec.

Rows and columns, their printed labels, and which cells each row has come
from `lexicons/templates/*.json`, so the grid follows the template data and
needs no labels of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import spec


@dataclass
class Grid:
    key: str
    title: str
    columns: list        # [(column key, printed label)]
    rows: list           # [(printed row label, [cell key or None per column])]


def grids(template: str) -> list:
    """Given a template name, return its tables as grids of keys."""
    out = []
    for table in spec.load(template).tables.values():
        columns = [(c.key, c.label) for c in table.columns]
        rows = [(r.label, [f"{table.name}.{r.key}.{c}" if c in table.cells.get(r.key, ()) else None
                           for c, _ in columns])
                for r in table.rows]
        out.append(Grid(table.name, table.title or table.number, columns, rows))
    return out
