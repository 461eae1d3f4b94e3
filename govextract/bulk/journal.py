"""Where a batch keeps its results while it runs: append-only JSON lines.

`records.jsonl` gets one line per input that became a record, `errors.jsonl`
one per input that did not. Each line is written whole and flushed at once,
so a killed run leaves at most one torn last line; the next run cuts it off
and skips every input already on file, which makes a resumed run end with the
same results as one that was never interrupted.

A record's cell provenance and checks are four fifths of its JSON and are
read by no one but the tables written at the end, so a journal line keeps them
zlib-compressed in `packed` (Base85 text): a million records fit in a fifth of
the space, meta, tables, facts and statements stay readable in each line, and
`read_records` gives the records back whole.
"""
from __future__ import annotations

import base64
import json
import os
import zlib
from typing import Iterator

PACKED = ("sources", "checks")


class Journal:
    """One JSON-lines file, appended to, with an index of what it holds."""

    def __init__(self, path: str):
        self.path = path
        self.index: dict = {}        # source -> (offset, length) of its line
        self.by_sha: dict = {}       # sha256 -> source of the first line with it
        _cut_torn_tail(path)
        if os.path.exists(path):
            self._load_index()
        self._fh = open(path, "ab")

    def _load_index(self):
        offset = 0
        with open(self.path, "rb") as fh:
            for line in fh:
                self._remember(*_line_key(line), offset, len(line))
                offset += len(line)

    def _remember(self, source: str, sha256, duplicate: bool, offset: int, length: int):
        self.index[source] = (offset, length)
        if sha256 and not duplicate:
            self.by_sha.setdefault(sha256, source)

    def __contains__(self, source: str) -> bool:
        return source in self.index

    def append(self, row: dict):
        self.append_line(line_of(pack(row)), *_row_key(row))

    def append_line(self, line: bytes, source: str, sha256, duplicate: bool = False):
        """Append a row already serialised by `line_of` (workers serialise their own records)."""
        offset = self._fh.tell()
        self._fh.write(line)
        self._fh.flush()
        self._remember(source, sha256, duplicate, offset, len(line))

    def get(self, source: str) -> dict:
        offset, length = self.index[source]
        self._fh.flush()
        with open(self.path, "rb") as fh:
            fh.seek(offset)
            return unpack(json.loads(fh.read(length)))

    def _sorted_lines(self) -> Iterator[tuple]:
        """(source, line) in source order, read one at a time: the journal may not fit in memory."""
        self._fh.flush()
        with open(self.path, "rb") as fh:
            for source in sorted(self.index):
                offset, length = self.index[source]
                fh.seek(offset)
                yield source, fh.read(length)

    def sorted_rows(self) -> Iterator[dict]:
        """The rows in source order."""
        return (unpack(json.loads(line)) for _, line in self._sorted_lines())

    def rewrite_sorted(self):
        """Replace the file by its lines in source order, so two runs over the same
        inputs give the same file whatever order the workers finished in."""
        tmp, index = self.path + ".tmp", {}
        with open(tmp, "wb") as out:
            for source, line in self._sorted_lines():
                index[source] = (out.tell(), len(line))
                out.write(line)
            out.flush()
            os.fsync(out.fileno())
        self._fh.close()
        os.replace(tmp, self.path)
        self.index = index     # by_sha names sources, which have not changed
        self._fh = open(self.path, "ab")

    def close(self):
        self._fh.close()


def pack(row: dict) -> dict:
    """A record with its PACKED parts compressed into `packed`; other rows as they are."""
    if "meta" not in row or "packed" in row:
        return row
    inner = json.dumps({k: row[k] for k in PACKED}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    lean = {k: v for k, v in row.items() if k not in PACKED}
    lean["packed"] = base64.b85encode(zlib.compress(inner, 9)).decode("ascii")
    return lean


def unpack(row: dict) -> dict:
    """The whole record back from a journal line (rows without `packed` are returned as they are)."""
    if "packed" not in row:
        return row
    inner = json.loads(zlib.decompress(base64.b85decode(row["packed"])))
    return {**{k: v for k, v in row.items() if k != "packed"}, **inner}


def read_records(path) -> Iterator[dict]:
    """Every record of a `records.jsonl`, whole, in file order."""
    with open(path, "rb") as fh:
        for line in fh:
            yield unpack(json.loads(line))


def line_of(row: dict) -> bytes:
    """A row as one journal line: sorted keys, so equal rows are equal bytes."""
    return (json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


_DECODER = json.JSONDecoder()


def _line_key(line: bytes) -> tuple:
    """(source, sha256, duplicate) of a journal line without parsing the whole record:
    a resumed run over a million records would otherwise spend minutes in json.loads.
    Within JSON strings quotes are escaped, so `"source": ` only occurs as a key, and
    records and error rows carry these keys once each."""
    text = line.decode("utf-8")

    def field(name):
        at = text.find(f'"{name}": ')
        return _DECODER.raw_decode(text, at + len(name) + 4)[0] if at >= 0 else None

    return field("source"), field("sha256"), bool(field("duplicate_of"))


def _row_key(row: dict) -> tuple:
    """(source, sha256, duplicate) of a record (keys in its meta) or an error row."""
    meta = row.get("meta", row)
    return meta["source"], meta.get("sha256"), bool(meta.get("duplicate_of"))


def _cut_torn_tail(path: str):
    if not os.path.exists(path):
        return
    with open(path, "rb+") as fh:
        size = end = fh.seek(0, os.SEEK_END)
        while end > 0:
            step = min(65536, end)
            fh.seek(end - step)
            newline = fh.read(step).rfind(b"\n")
            if newline >= 0:
                end = end - step + newline + 1
                break
            end -= step
        if end != size:
            fh.truncate(end)
