"""Parsing under a time limit, for tests of hostile input: the parse must come back
(a record or a ParseError) within its limit plus a grace for how often the limit is
checked; a hang fails the test instead of holding the suite."""
import threading
import time

import govextract
from govextract.errors import ParseError

GRACE = 20   # seconds past the limit: a check between two steps of one long step


def parse_within(data: bytes, limit: float = 10, name: str = "input"):
    """The record (dict) or ParseError for `data`; anything else fails the test."""
    out = {}

    def run():
        try:
            out["result"] = govextract.parse_bytes(data, path=name, time_limit=limit).to_dict()
        except Exception as exc:   # ParseError is the expected kind; any other is the failure
            out["result"] = exc
    worker = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(limit + GRACE)
    assert not worker.is_alive(), f"{name}: still running {time.monotonic() - started:.0f} s after start (limit {limit} s)"
    result = out["result"]
    assert isinstance(result, (dict, ParseError)), f"{name}: {type(result).__name__}: {result}"
    return result
