"""Loading the language knowledge kept as data in `lexicons/`.

Labels, synonyms, cue words and rules live in JSON/TSV files so that a user
can teach the parser a new variant without touching code. Each file is read
once per process.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex


def path(name: str):
    return resources.files("govextract.lexicons").joinpath(name)


@lru_cache(maxsize=None)
def load_json(name: str) -> dict:
    with path(name).open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def compiled(pattern: str) -> regex.Pattern:
    return regex.compile(pattern)


@lru_cache(maxsize=None)
def divisions() -> dict:
    """Administrative divisions: {code: (name, level, parent_code)}."""
    out = {}
    with path("divisions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            code, name, level, parent = line.rstrip("\n").split("\t")
            out[code] = (name, level, parent or None)
    return out
