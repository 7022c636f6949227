"""What the article page and POST /api/analyze share: reading the input, running the analysis in a
bounded pool off the event loop, and keeping recent results so that an analysis has a shareable address.

The pool (``AnalysisRunner``) has ``workers`` slots and a queue of ``queue`` more analyses; past that a
request gets ``ServerBusy`` (503) at once. Identical requests (same share key) in flight share one
analysis. Each request waits at most ``timeout`` seconds, then gets ``AnalysisTimedOut`` (503). With
``processes=True`` (what `newsgraph serve` uses) each slot is a worker process, and an analysis over
the time limit is stopped by ending its worker, which is then replaced; with threads (the default
for an app made in-process, as tests do) the request is answered at the limit but the analysis runs
to its end and its result is kept. GETs never wait for an analysis: none runs on the event loop.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import queue as queues
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import AnalysisTimedOut, EmptyInput, MalformedRecord, NewsgraphError, ServerBusy
from ..ingest.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, read_bytes
from ..model import Article, Failure

LANGS = ("auto", "fr", "en")
UPLOAD_SUFFIXES = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)


class AnalysisCache:
    """The last ``size`` analyses (contract dicts) by share key; old ones fall out."""

    def __init__(self, size: int = 128):
        self.size = size
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: str, analysis: dict[str, Any]) -> None:
        with self._lock:
            self._items[key] = analysis
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._items.get(key)




def share_key(article: Article) -> str:
    """Same text and options, same key: a shared link shows the same analysis."""
    blob = json.dumps([article.text, article.lang, article.published, article.title], ensure_ascii=False)
    return hashlib.sha1(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def check_published(value: str | None) -> str | None:
    """An ISO 8601 date or datetime, or None. Raises MalformedRecord otherwise."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        (date.fromisoformat if len(value) <= 10 else datetime.fromisoformat)(value)
    except ValueError:
        raise MalformedRecord(f"the publication date {value!r} is not an ISO 8601 date; write it as 2021-12-31")
    return value


def check_lang(value: str | None) -> str | None:
    value = (value or "auto").strip().lower()
    if value not in LANGS:
        raise MalformedRecord(f"unknown language {value!r}; choose one of {', '.join(LANGS)}")
    return None if value == "auto" else value


def article_from_upload(raw: bytes, filename: str) -> tuple[Article, list[str]]:
    """The first article of an uploaded .txt, .html or .jsonl file, and notes for the reader."""
    suffix = Path(filename or "").suffix.lower()
    if suffix and suffix not in UPLOAD_SUFFIXES:
        raise MalformedRecord(f"cannot read {suffix} files; upload one of {', '.join(UPLOAD_SUFFIXES)}")
    kind = "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else (
        "txt" if suffix in TEXT_SUFFIXES else None)
    source = Path(filename).name if filename else "upload"
    items = list(read_bytes(raw, source, kind=kind))
    articles = [item for item in items if isinstance(item, Article)]
    if not articles:
        failure = next((item for item in items if isinstance(item, Failure)), None)
        if failure is None:
            raise EmptyInput("the upload holds no article", source=source)
        raise _error_from_failure(failure)
    notes = list(articles[0].notes)  # how it was read ("decoded as cp1252"), as `analyze` warns
    if len(items) > 1:
        notes.append(f"the file holds {len(items)} records; only the first article is shown here "
                     "(use `newsgraph ingest` for a corpus)")
    return articles[0], notes


def _error_from_failure(failure: Failure) -> NewsgraphError:
    return _error_of_code(failure.code, failure.message, source=failure.source, line=failure.line)


def _error_of_code(code: str, message: str, **where) -> NewsgraphError:
    from .. import errors

    for cls in vars(errors).values():
        if isinstance(cls, type) and issubclass(cls, NewsgraphError) and cls.code == code:
            return cls(message, **where)
    error = NewsgraphError(message, **where)
    error.code = code
    return error


log = logging.getLogger("newsgraph.web")


def _contract_dict(result) -> dict[str, Any]:
    return result.to_dict() if hasattr(result, "to_dict") else dict(result)


def _worker_main(conn, analyzer: Callable[..., Any] | None, preload: tuple[str, ...]) -> None:
    """A worker process: analyze the articles sent over ``conn`` one at a time, answer with the contract
    dict or the error's (code, message)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which ends its workers
    if analyzer is None:
        from .. import analyze as analyzer
    for code in preload:
        try:
            from ..nlp import load_pipeline

            load_pipeline(code)
        except NewsgraphError:
            pass  # the request in that language will get the error (E007)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the server went away
        try:
            answer = ("ok", _contract_dict(analyzer(job.pop("text"), **job)))
        except NewsgraphError as error:
            answer = ("error", (error.code, error.message))
        except Exception as error:  # noqa: BLE001 - reported to the request, the worker goes on
            answer = ("error", ("E099", f"internal error while analyzing: {type(error).__name__}: {error}"))
        conn.send(answer)


class _ProcessSlots:
    """``workers`` worker processes, each analyzing one article at a time; ``run`` blocks its (dispatcher)
    thread until a worker is free. An analysis over ``limit`` seconds ends its worker, which is replaced.
    With two workers or more, articles over ``long_chars`` characters take at most all workers but one,
    so a short article never waits behind long ones."""

    def __init__(self, workers: int, limit: float, analyzer, preload: tuple[str, ...], long_chars: int):
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.limit = limit
        self.long_chars = long_chars
        self._long_gate = threading.BoundedSemaphore(max(1, workers - 1))
        self._analyzer, self._preload = analyzer, preload
        self._idle: queues.Queue = queues.Queue()
        self._all: list = []
        for _ in range(workers):
            self._idle.put(self._start())

    def _start(self):
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child, self._analyzer, self._preload),
                                    name="newsgraph-analyze", daemon=True)
        process.start()
        child.close()
        self._all.append(process)
        return process, parent

    def _replace(self, process, conn):
        process.kill()
        process.join(timeout=10)
        conn.close()
        self._all.remove(process)
        return self._start()

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        if len(job["text"]) <= self.long_chars:
            return self._run(job)
        with self._long_gate:
            return self._run(job)

    def _run(self, job: dict[str, Any]) -> dict[str, Any]:
        process, conn = self._idle.get()
        try:
            conn.send(job)
            if not conn.poll(self.limit):
                process, conn = self._replace(process, conn)
                raise AnalysisTimedOut(f"the analysis took longer than the server's limit of {self.limit:g} s "
                                       "and was stopped; send a shorter article, or analyze it with "
                                       "`newsgraph analyze`")
            status, payload = conn.recv()
        except (EOFError, OSError) as error:  # the worker died (killed, out of memory)
            process, conn = self._replace(process, conn)
            raise NewsgraphError(f"the analysis worker stopped ({type(error).__name__}); try again") from None
        finally:
            self._idle.put((process, conn))
        if status == "error":
            code, message = payload
            raise _error_of_code(code, message)
        return payload

    def close(self) -> None:
        for process in list(self._all):
            process.kill()
            process.join(timeout=10)


class AnalysisRunner:
    """A bounded pool for analyses, with single flight per share key and a time limit per request."""

    def __init__(self, analyzer: Callable[..., Any] | None, *, workers: int = 1, queue: int = 8,
                 timeout: float = 60.0, processes: bool = False, preload: tuple[str, ...] = (),
                 long_chars: int = 20_000):
        self.workers, self.queue, self.timeout = workers, queue, timeout
        self.capacity = workers + queue
        self._pending: dict[str, Future] = {}
        self._lock = threading.Lock()
        # threads share one spaCy pipeline: one at a time; worker processes: one dispatcher thread per
        # admitted analysis, each waiting for a free worker (the long-article gate decides which may)
        self._executor = ThreadPoolExecutor(max_workers=self.capacity if processes else workers,
                                            thread_name_prefix="newsgraph-analyze")
        if processes:
            self._slots = _ProcessSlots(workers, timeout, analyzer, preload, long_chars)
            self._call = self._slots.run
        else:
            from .. import analyze

            self._slots = None
            chosen = analyzer or analyze
            self._call = lambda job: _contract_dict(chosen(job.pop("text"), **job))
        self.analyses_run = 0  # analyses started (joined requests not counted)

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def submit(self, key: str, job: dict[str, Any], done: Callable[[dict[str, Any]], None]) -> Future:
        """The future of the analysis for ``key``: the one in flight if there is one, else a new one
        (``done`` is called with its result before it leaves the in-flight table). Raises ServerBusy."""
        with self._lock:
            future = self._pending.get(key)
            if future is not None:
                return future
            if len(self._pending) >= self.capacity:
                raise ServerBusy(f"the server is analyzing {self.workers} article(s) with {self.queue} waiting, "
                                 "its limit; try again in a moment")
            self.analyses_run += 1

            def task():
                try:
                    result = self._call(dict(job))
                    done(result)
                    return result
                finally:
                    with self._lock:
                        self._pending.pop(key, None)

            future = self._executor.submit(task)
            self._pending[key] = future
            return future

    async def run(self, key: str, job: dict[str, Any], done: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        future = self.submit(key, job, done)
        try:
            # shield: a request that gives up must not cancel the analysis others share
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), self.timeout)
        except asyncio.TimeoutError:
            raise AnalysisTimedOut(f"the analysis did not finish within the server's limit of {self.timeout:g} s; "
                                   "try again later, send a shorter article, or use `newsgraph analyze`") from None

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._slots is not None:
            self._slots.close()


async def run_analysis(app, article: Article, notes: list[str] = ()) -> tuple[str, dict[str, Any]]:
    """Analyze one article in the app's pool; returns (share key, contract dict), cached."""
    if not article.text or not article.text.strip():
        raise EmptyInput("the article has no text; paste an article or upload a file")
    key = share_key(article)
    cached = app.state.analyses.get(key)
    if cached is not None:
        return key, cached

    def keep(data: dict[str, Any]) -> None:  # in the pool, before the analysis leaves the in-flight table
        if notes:
            data["warnings"] = list(data.get("warnings") or []) + list(notes)
        if article.source and not data["article"].get("source"):
            data["article"]["source"] = article.source
        app.state.analyses.put(key, data)

    job = {"text": article.text, "lang": article.lang, "published": article.published,
           "title": article.title, "id": article.id or None, "url": article.url}
    return key, await app.state.runner.run(key, job, keep)
