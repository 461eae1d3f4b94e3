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
from pathlib import Path

import jieba

_COUNT = "q"   # array type of the counts: 64-bit, like Python's ints in jieba's own dictionary


def tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer with the default dictionary loaded, touching no shared folder."""
    seg = jieba.Tokenizer()
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
