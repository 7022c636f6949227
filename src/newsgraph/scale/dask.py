"""The analysis on a Dask cluster: ``ingest --dask tcp://SCHEDULER:8786`` or ``--dask local:N``.

Every worker loads the spaCy models once, when it joins, through ``ModelPlugin``; tasks are chunks of
articles and return RecordBatches to the single writer here, or, with ``out_parquet``, write their own
Parquet files (the folder must be shared by the workers, e.g. NFS or a mounted bucket) and return counts.
Each worker needs newsgraph and its models installed, in the same version as the client.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import NewsgraphError
from ..model import Article
from ..store.records import RecordBatch
from .worker import analyze_chunk, load_models

DEFAULT_LANGS = ("fr", "en")


class ModelPlugin(WorkerPlugin):
    """Loads the pipelines for ``langs`` in each worker as it starts (and in workers that join later)."""

    name = "newsgraph-models"

    def __init__(self, langs: tuple[str, ...] = DEFAULT_LANGS):
        self.langs = tuple(langs)

    def setup(self, worker) -> None:
        for problem in load_models(self.langs):
            logging.getLogger("newsgraph").warning("could not preload a model: %s", problem)


def analyze_chunk_to_parquet(articles: list[Article], lang: str | None, max_chars: int, out_dir: str) -> RecordBatch:
    from .parquet import write_batch

    return write_batch(analyze_chunk(articles, lang, max_chars), out_dir)


class DaskPool:
    """``run(chunks)`` yields a RecordBatch per chunk from the cluster, with a bounded number in flight."""

    def __init__(self, address: str, *, lang: str | None = None, max_chars: int, out_parquet: str | Path | None = None,
                 langs: tuple[str, ...] = DEFAULT_LANGS):
        self.lang = lang
        self.max_chars = max_chars
        self.out_parquet = str(Path(out_parquet).resolve()) if out_parquet else None
        self.cluster = None
        try:
            if address.startswith("local:"):
                n = int(address.split(":", 1)[1] or 2)
                self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as error:
            self.close()
            raise NewsgraphError(f"cannot reach the Dask scheduler at {address}: {error}; start one with "
                                 "`dask scheduler` and workers with `dask worker tcp://HOST:8786`, "
                                 "or use --dask local:2") from error
        self.client.register_plugin(ModelPlugin(langs), name=ModelPlugin.name)
        self.description = f"Dask at {address}"

    def n_workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def run(self, chunks: Iterable[list[Article]]) -> Iterator[RecordBatch]:
        limit = 2 * self.n_workers()
        pending = as_completed()
        in_flight = 0
        for chunk in chunks:
            if self.out_parquet:
                future = self.client.submit(analyze_chunk_to_parquet, chunk, self.lang, self.max_chars,
                                            self.out_parquet, pure=False)
            else:
                future = self.client.submit(analyze_chunk, chunk, self.lang, self.max_chars, pure=False)
            pending.add(future)
            in_flight += 1
            while in_flight >= limit:
                done = next(pending)
                in_flight -= 1
                yield done.result()
                done.release()
        for done in pending:
            yield done.result()
            done.release()

    def close(self) -> None:
        client, cluster = getattr(self, "client", None), self.cluster
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
