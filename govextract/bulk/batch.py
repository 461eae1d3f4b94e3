"""`govextract batch`: whole archives into records, in parallel, resumably.

Inputs are drawn in a stable order (`inputs.walk`), hashed, and parsed once per
distinct content; identical files get a copy of the first one's result marked
`duplicate_of`. Results go to the journals as they arrive, so a killed run
resumes where it stopped. At the end the journals are put in source order and
the Parquet tables and DuckDB database are written from them (`store`).

Parsing runs in worker processes managed by pebble, which can kill a worker
stuck in C code past the hard time limit, or on a Dask distributed cluster.
Both engines run the same `work` function and give the same outputs.
"""
from __future__ import annotations

import concurrent.futures
import hashlib
import os
import resource
import time
from dataclasses import dataclass, field

from . import inputs, store
from ..errors import ParseError
from .journal import Journal, line_of, pack

# The cooperative limit inside parse() is checked between pages and stages;
# the hard limit that kills a worker leaves room for the page in hand.
HARD_LIMIT_FACTOR, HARD_LIMIT_GRACE = 2, 10


@dataclass
class Summary:
    inputs: int = 0
    resumed: int = 0          # already done by an earlier run into the same folder
    records: int = 0
    duplicates: int = 0       # identical content seen earlier; result copied, not re-parsed
    errors: int = 0
    errors_on_file: int = 0   # error rows in the outputs, this run's and earlier runs'
    seconds: float = 0.0      # the whole run, outputs included
    parse_seconds: float = 0.0  # from the first input drawn to the last result in
    peak_rss_mb: dict = field(default_factory=dict)   # worker pid -> peak resident MB
    causes: dict = field(default_factory=dict)        # error code -> count

    @property
    def parsed_per_second(self) -> float:
        done = self.records + self.errors - self.duplicates
        return done / self.parse_seconds if self.parse_seconds else 0.0

    def __str__(self):
        rss = max(self.peak_rss_mb.values(), default=0)
        return (f"{self.inputs} inputs: {self.records} records, {self.errors} errors, "
                f"{self.duplicates} duplicates, {self.resumed} done earlier; {self.seconds:.1f} s, "
                f"{self.parsed_per_second:.1f} documents/s, peak worker memory {rss:.0f} MB")


def work(name: str, data: bytes, time_limit, raw=None, ocr="auto") -> dict:
    """Parse one input where the worker runs: a result dict, never an exception.
    `raw` is the input name's undecoded form, kept in the record when there is one."""
    from .. import parse_bytes
    try:
        record = parse_bytes(data, path=name, time_limit=time_limit, ocr=ocr)
        if raw:
            record.meta["source_raw"] = raw
        # Serialised here, so the main process only writes bytes: it serves every worker.
        result = {"line": line_of(pack(record.to_dict()))}
    except ParseError as exc:
        result = {"error": exc.cause, "stage": exc.stage, "code": exc.code}
    except Exception as exc:  # a bug in one document must cost one row, not the run
        result = {"error": f"内部错误 / internal error: {type(exc).__name__}: {exc}", "stage": "parse",
                  "code": "E_INTERNAL"}
    result["pid"] = os.getpid()
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _warm_up():
    """Load the dictionaries before the first task, so its time limit is its own."""
    from .. import lexicon, parse_text
    try:
        parse_text(lexicon.path("warm_up_report.txt").read_text(encoding="utf-8"))
    except ParseError:
        pass


def _die_with_parent():
    """A worker must not outlive a batch killed with SIGKILL, busy on a slow document;
    Ctrl-C is the main process's to handle (it stops the workers itself)."""
    import ctypes
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):   # not Linux: the pool's own shutdown is all there is
        return
    if os.getppid() != parent:   # the parent died before the request was made
        os._exit(1)


PR_SET_PDEATHSIG = 1


def _start_local_worker():
    # Only our own workers: a Dask cluster's processes and signals are its owner's business.
    _die_with_parent()
    _warm_up()


class LocalEngine:
    def __init__(self, jobs: int, time_limit):
        from pebble import ProcessPool
        self.jobs = jobs
        self.hard_limit = time_limit * HARD_LIMIT_FACTOR + HARD_LIMIT_GRACE if time_limit else None
        self.pool = ProcessPool(max_workers=jobs, initializer=_start_local_worker)
        self.pool.schedule(os.getpid)   # pebble starts its workers on the first task; start them now

    def submit(self, name, data, time_limit, raw=None, ocr="auto"):
        return self.pool.schedule(work, args=(name, data, time_limit, raw, ocr), timeout=self.hard_limit)

    def wait(self, futures):
        return concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_COMPLETED).done

    def close(self):
        self.pool.close()
        self.pool.join()

    def stop(self):
        self.pool.stop()
        self.pool.join()


class DaskEngine:
    """The same work on a Dask distributed cluster (govextract installed on its workers).
    Dask cannot stop one task, so only the cooperative time limit applies."""

    hard_limit = None

    def __init__(self, scheduler):
        from distributed import Client
        self.client = Client(scheduler)
        self.jobs = max(1, sum(self.client.nthreads().values()))
        self.client.run(_warm_up)

    def submit(self, name, data, time_limit, raw=None, ocr="auto"):
        return self.client.submit(work, name, data, time_limit, raw, ocr, pure=False)

    def wait(self, futures):
        from distributed import wait
        return wait(list(futures), return_when="FIRST_COMPLETED").done

    def close(self):
        self.client.close()

    stop = close


def _error_row(source, sha, cause, stage, code, raw=None, duplicate_of=None) -> dict:
    row = {"source": source, "sha256": sha, "cause": cause, "stage": stage, "code": code, "duplicate_of": duplicate_of}
    if raw:
        row["source_raw"] = raw
    return row


def _failure(exc: BaseException, hard_limit) -> dict:
    if isinstance(exc, concurrent.futures.TimeoutError):
        return {"error": "超过时间限制，工作进程已终止 / time limit exceeded; the worker was stopped "
                         f"after {hard_limit:g} s", "stage": "time limit", "code": "E_TIME_LIMIT"}
    return {"error": f"工作进程失败 / worker failed: {type(exc).__name__}: {exc}", "stage": "worker", "code": "E_WORKER"}


class _Run:
    """One batch run: the journals, the work in flight, and the tally."""

    def __init__(self, out_dir, engine, time_limit, bar, ocr="auto"):
        self.records = Journal(os.path.join(out_dir, "records.jsonl"))
        self.errors = Journal(os.path.join(out_dir, "errors.jsonl"))
        self.engine, self.time_limit, self.bar, self.ocr = engine, time_limit, bar, ocr
        self.pending: dict = {}       # future -> (source, sha, raw name)
        self.in_flight: dict = {}     # sha -> source being parsed
        self.waiting: dict = {}       # sha -> sources with the same content
        self.summary = Summary()

    def add(self, item: inputs.Input):
        self.summary.inputs += 1
        if item.name in self.records or item.name in self.errors:
            self.summary.resumed += 1
            self.bar.update()
            return
        try:
            if item.error:
                raise item.error
            data = item.read()
        except ParseError as exc:
            return self._error(_error_row(item.name, None, exc.cause, exc.stage, exc.code, item.raw))
        sha = hashlib.sha256(data).hexdigest()
        if sha in self.in_flight:
            self.waiting.setdefault(sha, []).append((item.name, item.raw))
        elif sha in self.records.by_sha or sha in self.errors.by_sha:
            self._duplicate(item.name, item.raw, sha)
        else:
            future = self.engine.submit(item.name, data, self.time_limit, item.raw, self.ocr)
            self.pending[future] = (item.name, sha, item.raw)
            self.in_flight[sha] = item.name
            while len(self.pending) >= 4 * self.engine.jobs:
                self._collect()

    def finish(self):
        while self.pending:
            self._collect()

    def _collect(self):
        for future in self.engine.wait(self.pending):
            source, sha, raw = self.pending.pop(future)
            try:
                result = future.result()
            except Exception as exc:  # the worker itself failed: timeout, crash, lost
                result = _failure(exc, self.engine.hard_limit)
            if "pid" in result:
                peak = self.summary.peak_rss_mb
                peak[result["pid"]] = max(peak.get(result["pid"], 0), result["rss_mb"])
            if "line" in result:
                self.records.append_line(result["line"], source, sha)
                self._counted_record()
            else:
                self._error(_error_row(source, sha, result["error"], result["stage"], result["code"], raw))
            del self.in_flight[sha]
            for other, other_raw in self.waiting.pop(sha, []):
                self._duplicate(other, other_raw, sha)

    def _record(self, record: dict):
        self.records.append(record)
        self._counted_record()

    def _counted_record(self):
        self.summary.records += 1
        self.bar.update()

    def _error(self, row: dict):
        self.errors.append(row)
        self.summary.errors += 1
        self.summary.causes[row["code"]] = self.summary.causes.get(row["code"], 0) + 1
        self.bar.update()

    def _duplicate(self, source: str, raw, sha: str):
        self.summary.duplicates += 1
        if sha in self.records.by_sha:
            first = self.records.by_sha[sha]
            record = self.records.get(first)
            record["meta"].pop("source_raw", None)
            record["meta"].update(source=source, file=os.path.basename(source), duplicate_of=first)
            if raw:
                record["meta"]["source_raw"] = raw
            self._record(record)
        else:
            first = self.errors.by_sha[sha]
            row = self.errors.get(first)
            self._error(_error_row(source, sha, row["cause"], row["stage"], row.get("code"), raw, duplicate_of=first))


def run(paths, out_dir, jobs=None, time_limit=60.0, engine="local", scheduler=None,
        exclude=(), progress=None, fresh=False, ocr="auto") -> Summary:
    """Parse every input under `paths` into `out_dir`; see the module docstring.
    A folder that holds an earlier run is resumed, unless `fresh` empties it first.
    `ocr` is `parse`'s: how scanned PDF pages are read."""
    from tqdm import tqdm
    os.makedirs(out_dir, exist_ok=True)
    if fresh:
        with _lock(out_dir):
            for name in ("records.jsonl", "errors.jsonl"):
                if os.path.exists(os.path.join(out_dir, name)):
                    os.remove(os.path.join(out_dir, name))
    start = time.perf_counter()
    # Workers load their dictionaries while the inputs are counted.
    worker = (DaskEngine(scheduler) if engine == "dask"
              else LocalEngine(jobs or os.cpu_count() or 1, time_limit))
    total = inputs.count(paths, exclude, skip=[out_dir])
    with _lock(out_dir), tqdm(total=total, unit="doc", disable=True if progress is False else None) as bar:
        batch = _Run(out_dir, worker, time_limit, bar, ocr)
        parse_start = time.perf_counter()
        try:
            for item in inputs.walk(paths, exclude, skip=[out_dir]):
                batch.add(item)
            batch.finish()
        except BaseException:   # Ctrl-C or a full disk: what is on file stays for the next run
            worker.stop()
            raise
        worker.close()
        batch.summary.parse_seconds = time.perf_counter() - parse_start
        bar.set_description("writing tables")
        for journal in (batch.records, batch.errors):
            journal.rewrite_sorted()
        parquet = store.write_parquet(out_dir, batch.records.sorted_rows(), batch.errors.sorted_rows())
        store.write_duckdb(os.path.join(out_dir, "govextract.duckdb"), parquet)
        batch.summary.errors_on_file = len(batch.errors.index)
        batch.records.close()
        batch.errors.close()
    batch.summary.seconds = time.perf_counter() - start
    return batch.summary


class _lock:
    """Refuse a second run into the same folder while one is going."""

    def __init__(self, out_dir):
        self.path = os.path.join(out_dir, ".lock")

    def __enter__(self):
        import fcntl
        self.fh = open(self.path, "w")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.close()
            raise RuntimeError(f"{self.path}: another batch is writing to this folder") from None
        return self

    def __exit__(self, *exc):
        self.fh.close()
