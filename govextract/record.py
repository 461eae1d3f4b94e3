"""The record: what `govextract.parse` returns (contract: RECORD.md)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field


def nest(flat: dict) -> dict:
    """{'a.b.c': 1} → {'a': {'b': {'c': 1}}}; the `tables` shape of RECORD.md."""
    out: dict = {}
    for key, value in flat.items():
        node = out
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return out


def flatten(nested: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in nested.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and "value" not in value:
            out.update(flatten(value, path + "."))
        else:
            out[path] = value["value"] if isinstance(value, dict) else value
    return out


@dataclass
class Record:
    meta: dict
    tables: dict                 # flat key -> value (None for blank)
    sources: dict                # flat key -> where the value was read
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    improvements: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "meta": self.meta,
            "tables": nest(self.tables),
            "sources": self.sources,
            "facts": self.facts,
            "problems": self.problems,
            "improvements": self.improvements,
            "checks": self.checks,
            "warnings": self.warnings,
        }

    def to_json(self, **kw) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kw)
