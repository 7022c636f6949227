"""Analysis in N local worker processes. Each loads the models once; the parent stays the single writer."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from ..model import Article
from ..store.records import RecordBatch
from .worker import analyze_chunk, exit_with_parent, load_models


def _init_worker(parent_pid: int, langs: tuple[str, ...]) -> None:
    exit_with_parent(parent_pid)
    load_models(langs)


def _ready() -> int:
    """A task that returns once its worker has run the initializer, i.e. loaded its models."""
    return os.getpid()


class LocalPool:
    """``run(chunks)`` yields one RecordBatch per chunk, as they finish, with at most 2 chunks per worker
    in flight so memory stays flat however large the corpus. ``on_ready`` (if set) is called once the
    first worker has loaded the ``preload`` models: the end of the start-up phase."""

    on_ready = None

    def __init__(self, workers: int = 1, *, lang: str | None = None, max_chars: int | None = None,
                 preload: tuple[str, ...] = ()):
        self.workers = max(1, int(workers))
        self.lang = lang
        self.max_chars = max_chars
        self.preload = preload
        self.description = f"{self.workers} local worker process{'es' if self.workers > 1 else ''}"

    def run(self, chunks: Iterable[list[Article]]) -> Iterator[RecordBatch]:
        context = multiprocessing.get_context("spawn")
        kwargs = {} if self.max_chars is None else {"max_chars": self.max_chars}
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                 initargs=(os.getpid(), self.preload)) as pool:
            pending: set[Future] = set()
            if self.on_ready is not None:
                pool.submit(_ready).add_done_callback(lambda _: self.on_ready())
            for chunk in chunks:
                pending.add(pool.submit(analyze_chunk, chunk, self.lang, **kwargs))
                while len(pending) >= 2 * self.workers:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (f.result() for f in done)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)


class InlinePool:
    """The analysis in this process, one chunk at a time: for debugging and tests (``--workers 0``)."""

    description = "this process"
    on_ready = None

    def __init__(self, *, lang: str | None = None, max_chars: int | None = None, preload: tuple[str, ...] = ()):
        self.lang = lang
        self.max_chars = max_chars
        self.preload = preload

    def run(self, chunks: Iterable[list[Article]]) -> Iterator[RecordBatch]:
        from . import worker

        kwargs = {} if self.max_chars is None else {"max_chars": self.max_chars}
        worker.load_models(self.preload)
        if self.on_ready is not None:
            self.on_ready()
        for chunk in chunks:
            yield worker.analyze_chunk(chunk, self.lang, **kwargs)
