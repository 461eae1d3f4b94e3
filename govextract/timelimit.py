"""A per-document time limit, so one pathological file cannot hold a caller.

The limit is checked between pages and between pipeline stages rather than by
a signal: signals only reach the main thread, and parse() also runs in worker
threads (Dask). `govextract batch` adds a hard limit on top by killing the
worker process, for the rare page that hangs inside a C library.
"""
from __future__ import annotations

import contextvars
import time
from contextlib import contextmanager

from .errors import ParseError

_deadline = contextvars.ContextVar("govextract_deadline", default=None)


@contextmanager
def limit(seconds, path=None):
    if not seconds:
        yield
        return
    token = _deadline.set((time.monotonic() + seconds, seconds, path))
    try:
        yield
    finally:
        _deadline.reset(token)


def check(stage: str):
    """Raise ParseError if the document in hand has run past its limit."""
    current = _deadline.get()
    if current and time.monotonic() > current[0]:
        raise ParseError(current[2], f"超过时间限制（{current[1]:g} 秒）/ time limit of {current[1]:g} s exceeded", stage, "E_TIME_LIMIT")
