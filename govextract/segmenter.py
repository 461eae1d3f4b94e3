"""jieba's dictionary, loaded in a tenth of a second and never from a shared folder.

jieba builds a prefix dictionary of its 349,000 words (1.5 s) and caches it with
`marshal` in the system's temporary folder, where on a shared machine anyone can
plant a file that the next process loads. Here the built dictionary is kept in
the user's own cache folder (created 0700, used only if it is the user's and
nobody else can write to it), as plain data, the words as text and their counts
as an array, which loads four times faster than marshal and can hold no code.
Without such a folder (no home, read-only) the dictionary is built in memory.

The tokenizer cuts as jieba's own does, word for word, only faster (`Tokenizer`): the
facts stage segments every sentence that can hold a count, and jieba's search for the
likeliest cut spends most of its time taking the same logarithms again.
"""
from __future__ import annotations

import array
import hashlib
import os
import tempfile
from math import log
from pathlib import Path

import jieba

_COUNT = "q"   # array type of the counts: 64-bit, like Python's ints in jieba's own dictionary


class Tokenizer(jieba.Tokenizer):
    """jieba's tokenizer with its word graph and likeliest route computed by the same
    arithmetic in fewer steps: each word's log probability (log(count) - log(total))
    is taken once and remembered, not once per position it may start at, and a position
    where a single word can start needs no `max`. The cut is jieba's, float for float."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._weights, self._weighed = {}, None   # word -> log probability; for which (FREQ, total)

    def add_word(self, word, freq=None, tag=None):
        super().add_word(word, freq, tag)
        self._weights = {}   # a count and the total changed (del_word and suggest_freq come here too)

    def get_DAG(self, sentence):
        self.check_initialized()
        freq, n, dag = self.FREQ, len(sentence), {}
        for k in range(n):
            ends, i, count = [], k, freq.get(sentence[k])
            while count is not None:   # jieba: while i < n and frag in FREQ
                if count:
                    ends.append(i)
                i += 1
                if i >= n:
                    break
                count = freq.get(sentence[k:i + 1])
            dag[k] = ends or [k]
        return dag

    def calc(self, sentence, DAG, route):
        n = len(sentence)
        route[n] = (0, 0)
        if self._weighed != (id(self.FREQ), self.total):
            self._weights, self._weighed = {}, (id(self.FREQ), self.total)
        weights, freq, logtotal = self._weights, self.FREQ, log(self.total)
        for idx in range(n - 1, -1, -1):
            best = None
            for x in DAG[idx]:
                word = sentence[idx:x + 1]
                weight = weights.get(word)
                if weight is None:
                    weight = weights[word] = log(freq.get(word) or 1) - logtotal
                # jieba: max((log(FREQ.get(word) or 1) - logtotal + route[x + 1][0], x) for x in DAG[idx])
                candidate = (weight + route[x + 1][0], x)
                if best is None or candidate > best:
                    best = candidate
            route[idx] = best


def tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer with the default dictionary loaded, touching no shared folder."""
    seg = Tokenizer()
    seg.FREQ, seg.total = _dictionary()
    seg.initialized = True
    return seg


def cache_folder() -> Path | None:
    """The user's private cache folder for govextract, or None if there is none to trust."""
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "govextract"
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = base.stat()
    except (OSError, RuntimeError, KeyError):
        return None
    if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
        return None
    return base


def _dictionary() -> tuple:
    """(jieba's prefix dictionary, its total count), as jieba builds them."""
    source = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    folder = cache_folder()
    stat = source.stat()
    key = hashlib.sha256(f"{jieba.__version__} {source} {stat.st_size} {stat.st_mtime_ns}".encode()).hexdigest()[:16]
    cached = folder / f"jieba-{key}.dict" if folder else None
    if cached and cached.is_file():
        try:
            return _read(cached)
        except (OSError, ValueError):
            pass   # a damaged cache is rebuilt
    with source.open("rb") as fh:
        freq, total = jieba.Tokenizer.gen_pfdict(fh)
    if cached:
        try:
            _write(cached, freq, total)
        except OSError:
            pass   # a cache that cannot be written costs time, not results
    return freq, total


def _read(path: Path) -> tuple:
    """The layout _write gives: entries and total (8 bytes each), counts, words."""
    data = path.read_bytes()
    size = array.array(_COUNT).itemsize
    n, total = int.from_bytes(data[:8], "little"), int.from_bytes(data[8:16], "little")
    counts = array.array(_COUNT)
    counts.frombytes(data[16:16 + n * size])
    words = data[16 + n * size:].decode("utf-8").split("\n")
    if len(words) != n or len(counts) != n:
        raise ValueError(f"{path}: damaged dictionary cache")
    return dict(zip(words, counts)), total


def _write(path: Path, freq: dict, total: int):
    """Write beside the target and rename, so a reader never sees half a file."""
    fd, temp = tempfile.mkstemp(dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(len(freq).to_bytes(8, "little") + total.to_bytes(8, "little"))
            fh.write(array.array(_COUNT, freq.values()).tobytes())
            fh.write("\n".join(freq).encode("utf-8"))
        os.replace(temp, path)
    except OSError:
        os.unlink(temp)
        raise
