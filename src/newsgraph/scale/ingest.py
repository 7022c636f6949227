"""`ingest`: read inputs, skip what is already stored, analyze the rest on workers, store it with one writer.

Idempotent and resumable: an article is identified by its id (or content hash), and one whose text and
extractor version are unchanged is skipped before analysis. Each chunk is stored in one transaction,
so a run killed midway and rerun ends with exactly the rows of a clean run.

Live: the writer holds the database only while it stores a chunk, so the server and `query` read it
meanwhile and see each stored chunk; the actor rollup is refreshed during a long run (``ActorRefresh``)
and at its end.
"""
from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NewsgraphError
from ..ingest import MAX_ARTICLE_CHARS, expand_paths, read_inputs
from ..model import EXTRACTOR_VERSION, Article, Failure, content_id
from ..store.records import RecordBatch

CHUNK_SIZE = 32  # articles per task sent to a worker


@dataclass
class IngestReport:
    ingested: int = 0
    skipped: int = 0     # unchanged since the last run, or a repeated id in this run
    failed: int = 0
    seconds: float = 0.0
    actors: int = 0
    worker_peak_rss: dict[str, int] = field(default_factory=dict)  # worker -> bytes
    phase: str = "reading"  # reading, loading models, analyzing, rebuilding actors, done

    @property
    def read(self) -> int:
        return self.ingested + self.skipped

    @property
    def docs_per_second(self) -> float:
        return self.ingested / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {"ingested": self.ingested, "skipped": self.skipped, "failed": self.failed,
                "seconds": round(self.seconds, 3), "docs_per_second": round(self.docs_per_second, 2),
                "actors": self.actors, "worker_peak_rss": self.worker_peak_rss}


Progress = Callable[[int, "IngestReport"], None]  # (articles just done, running totals); 0 on a phase change

ACTORS_EVERY = 30.0  # seconds: the least time between two actor rebuilds during a run


class ActorRefresh:
    """Rebuilds the actor rollup during a long ingest, so a live store's speakers and actors pages follow.

    A rebuild runs when the last one is older than ``every`` seconds and ten times its own duration,
    so it never takes more than about a tenth of the writer's time however large the corpus grows.
    """

    def __init__(self, writer, every: float = ACTORS_EVERY):
        self.writer = writer
        self.every = every
        self.last = time.monotonic()
        self.cost = 0.0

    def maybe(self) -> bool:
        now = time.monotonic()
        if now - self.last < max(self.every, 10 * self.cost):
            return False
        self.writer.rebuild_actors()
        self.last = time.monotonic()
        self.cost = self.last - now
        return True


def estimate_total(paths: Iterable[str]) -> int:
    """About how many articles the inputs hold (JSONL lines count one each), for the progress bar's ETA."""
    total = 0
    for path in expand_paths(paths):
        if path == "-":
            continue
        p = Path(path)
        try:
            if p.suffix.lower() in {".jsonl", ".ndjson"}:
                with p.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
        except OSError:
            total += 1
    return total


def ingest(paths: Iterable[str], db: str | Path | None = None, *, workers: int = 1, dask: str | None = None,
           out_parquet: str | Path | None = None, lang: str | None = None, max_chars: int = MAX_ARTICLE_CHARS,
           chunk_size: int = CHUNK_SIZE, force: bool = False, progress: Progress | None = None) -> IngestReport:
    """Analyze and store every article under ``paths``. Returns counts; bad inputs land in ``errors``.

    ``dask`` is a scheduler address (``tcp://host:8786``) or ``local:N``; without it, ``workers`` local
    processes do the analysis (0: this process). With ``out_parquet`` the records go to a partitioned Parquet dataset
    instead of (or, with ``db``, besides) the database.
    """
    from ..store.writer import StoreWriter

    if db is None and out_parquet is None:
        raise NewsgraphError("say where to store the records: --db corpus.duckdb or --out-parquet DIR")
    paths = list(paths)
    report = IngestReport()
    started = time.perf_counter()

    def phase(name: str) -> None:
        report.phase = name
        if progress:
            progress(0, report)

    writer = StoreWriter(db) if db is not None else None
    try:
        replacing: set[str] = set()  # ids stored before, with another text or version
        todo = _chunks_to_analyze(read_inputs(paths, max_chars=max_chars), writer, report, chunk_size,
                                  force, progress, out_parquet is not None, replacing)
        first = next(todo, None)  # read up to the first chunk to analyze: its languages are the models to load
        if first is not None:
            phase("loading models")
            backend = _backend(workers, dask, lang, max_chars, out_parquet, with_db=writer is not None,
                               preload=_languages(first, lang))
            backend.on_ready = lambda: phase("analyzing")
            try:
                refresh = ActorRefresh(writer) if writer is not None else None
                for batch in backend.run(itertools.chain([first], todo)):
                    if report.phase != "analyzing":
                        phase("analyzing")
                    if batch.worker:
                        report.worker_peak_rss[batch.worker] = max(batch.peak_rss,
                                                                   report.worker_peak_rss.get(batch.worker, 0))
                    if writer is not None:
                        writer.write(batch, replace=[i for i in batch.article_ids if i in replacing])
                        replacing.difference_update(batch.article_ids)
                    report.ingested += len(batch.article_ids)
                    report.failed += batch.n_failed
                    if progress:
                        progress(len(batch), report)
                    if refresh is not None:
                        refresh.maybe()
            finally:
                close = getattr(backend, "close", None)
                if close:
                    close()
        if writer is not None:
            phase("rebuilding actors")
            report.actors = writer.rebuild_actors()
    finally:
        if writer is not None:
            writer.close()
    report.seconds = time.perf_counter() - started
    phase("done")
    return report


def _languages(chunk: list, forced: str | None) -> tuple[str, ...]:
    """The models a chunk needs: the forced language, else the languages its articles declare, else all."""
    from ..lang import SUPPORTED

    if forced:
        return (forced,)
    declared = {a.lang for a in chunk if isinstance(a, Article) and a.lang in SUPPORTED}
    return tuple(sorted(declared)) or tuple(SUPPORTED)


def _backend(workers: int, dask: str | None, lang: str | None, max_chars: int, out_parquet, *, with_db: bool,
             preload: tuple[str, ...] = ()):
    if dask:
        from .dask import DaskPool

        if out_parquet is not None and not with_db:  # the Dask workers write the files themselves
            return DaskPool(dask, lang=lang, max_chars=max_chars, out_parquet=out_parquet)
        pool = DaskPool(dask, lang=lang, max_chars=max_chars)
        if out_parquet is None:
            return pool
        from .parquet import ParquetSink

        return ParquetSink(pool, out_parquet)
    from .local import InlinePool, LocalPool

    pool = (InlinePool(lang=lang, max_chars=max_chars, preload=preload) if workers == 0
            else LocalPool(workers, lang=lang, max_chars=max_chars, preload=preload))
    if out_parquet is not None:
        from .parquet import ParquetSink

        return ParquetSink(pool, out_parquet)
    return pool


def _chunks_to_analyze(items: Iterable[Article | Failure], writer, report: IngestReport, chunk_size: int,
                       force: bool, progress: Progress | None, keep_failures_in_chunk: bool,
                       replacing: set[str]) -> Iterator[list[Article | Failure]]:
    """Chunks of articles that need analysis. Read failures are stored at once (or sent along when
    there is no database); unchanged and repeated articles are counted as skipped."""
    seen: set[str] = set()
    chunk: list[Article | Failure] = []
    repeated: list[tuple[str, int]] = []  # where repeats of an id were read: read fine, so not errors

    def flush(chunk):
        articles = [a for a in chunk if isinstance(a, Article)]
        failures = [f for f in chunk if isinstance(f, Failure)]
        stored = writer.stored_versions([a.id for a in articles]) if writer is not None else {}
        replacing.update(stored)
        todo, skipped = [], []
        for article in articles:
            if not force and stored.get(article.id) == (content_id(article.text), EXTRACTOR_VERSION):
                skipped.append(article)
            else:
                todo.append(article)
        if writer is not None:
            # read failures are stored at once, and inputs that read fine but need no analysis
            # lose their old error rows now; analyzed ones lose them with their records
            batch = RecordBatch(read_fine=[*repeated, *(a.origin() for a in skipped)])
            repeated.clear()
            if not keep_failures_in_chunk:
                for failure in failures:
                    batch.add(failure)
            if len(batch) or batch.read_fine:
                writer.write(batch)
            if batch.n_failed:
                report.failed += batch.n_failed
                if progress:
                    progress(batch.n_failed, report)
                failures = []
        if skipped:
            report.skipped += len(skipped)
            if progress:
                progress(len(skipped), report)
        return [*failures, *todo]

    for item in items:
        if isinstance(item, Article):
            item = item.with_id()
            if item.id in seen:
                report.skipped += 1
                repeated.append(item.origin())
                if progress:
                    progress(1, report)
                continue
            seen.add(item.id)
        chunk.append(item)
        if len(chunk) >= chunk_size:
            ready = flush(chunk)
            chunk = []
            if ready:
                yield ready
    if chunk or repeated:
        ready = flush(chunk)
        if ready:
            yield ready
