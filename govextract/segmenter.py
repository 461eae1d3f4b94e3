"""jieba's dictionary, loaded in a tenth of a second and never from a shared folder.

jieba builds a prefix dictionary of its 349,000 words (1.5 s) and caches it with
`marshal` in the system's temporary folder, where on a shared machine anyone can
plant a file that the next process loads. Here the built dictionary is kept in
the user's own cache folder (created 0700, used only if it is the user's and
nobody else can write to it), as plain data, the words as text and their counts
as an array, which loads four times faster than marshal and can hold no code.
Without such a folder (no home, read-only) the dictionary is built in memory.
"""
from __future__ import annotations

import array
import hashlib
import os
import tempfile
from math import log
from pathlib import Path

import jieba
from jieba import finalseg

_COUNT = "q"   # array type of the counts: 64-bit, like Python's ints in jieba's own dictionary


def tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer with the default dictionary loaded, touching no shared folder."""
    seg = jieba.Tokenizer()
    seg.FREQ, seg.total = _dictionary()
    seg.initialized = True
    return seg


def words(seg: jieba.Tokenizer, text: str) -> list:
    """`seg.cut(text)` (jieba's accurate mode with its HMM for unknown words) as a list, the same
    words: each word jieba tries is looked up once, where jieba's own get_DAG and calc look it up
    three times (its word graph, then each edge's count), and the words are not passed up through
    its generators. The facts stage segments every sentence it reads with this."""
    get = seg.FREQ.get
    logtotal = log(seg.total)
    unknown = log(1) - logtotal   # a character that makes no word, as jieba counts it
    out = []
    for block in jieba.re_han_default.split(text):
        if not block:
            continue
        if not jieba.re_han_default.match(block):
            # spaces and line ends one piece each, other characters one word each, as jieba gives them
            for piece in jieba.re_skip_default.split(block):
                if jieba.re_skip_default.match(piece):
                    out.append(piece)
                else:
                    out.extend(piece)
            continue
        n = len(block)
        # edges[k]: (end, count) of each dictionary word starting at k (jieba's DAG with the counts)
        edges = []
        for k in range(n):
            here, i, count = [], k, get(block[k])
            while count is not None:
                if count:
                    here.append((i, count))
                i += 1
                if i >= n:
                    break
                count = get(block[k:i + 1])
            edges.append(here)
        # the best path from the end, as jieba's calc: the largest (log probability, end), a word
        # not in the dictionary counted 1
        route = [None] * n + [(0, 0)]
        for k in range(n - 1, -1, -1):
            here = edges[k]
            if not here:
                route[k] = (unknown + route[k + 1][0], k)
            elif len(here) == 1:
                i, count = here[0]
                route[k] = (log(count) - logtotal + route[i + 1][0], i)
            else:
                route[k] = max((log(count) - logtotal + route[i + 1][0], i) for i, count in here)
        # single characters in a row that make no dictionary word go to the HMM (jieba's __cut_DAG)
        k, single = 0, ""
        while k < n:
            end = route[k][1] + 1
            if end - k == 1:
                single += block[k]
            else:
                if single:
                    _singles(single, get, out)
                    single = ""
                out.append(block[k:end])
            k = end
        if single:
            _singles(single, get, out)
    return out


def _singles(run: str, get, out: list):
    """A run of one-character words: as they are where the run is a dictionary word or one
    character, else the words jieba's HMM finds in it."""
    if len(run) == 1:
        out.append(run)
    elif not get(run):
        out.extend(finalseg.cut(run))
    else:
        out.extend(run)


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
