"""Records written straight to a Parquet dataset: ``DIR/<table>/month=YYYY-MM/part-<hash>.parquet``.

Used when a cluster has no single machine to hold the database: each chunk becomes one file per table
and month, named by a hash of its articles, so a rerun of the same chunk overwrites its own files
instead of adding duplicates. Query the dataset with DuckDB, Spark or Trino (hive partitioning).
The dataset only grows: an article whose text changed gets new rows in a new part while its old rows
stay; keep the newest ``ingested_at`` per ``article_id``, or ingest into a fresh folder.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..store.records import RecordBatch
from ..store.schema import ARTICLE_TABLES, arrow_schemas


def write_batch(batch: RecordBatch, out_dir: str | Path) -> RecordBatch:
    """Write a batch's rows as Parquet files and return the batch without its rows (counts only)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    schemas = arrow_schemas()
    months = {r["article_id"]: (r["published_date"].strftime("%Y-%m") if r["published_date"] else "unknown")
              for r in batch.rows["articles"]}
    digest = hashlib.sha1()
    for r in batch.rows["articles"]:
        digest.update(f"{r['article_id']}\0{r['content_hash']}\0{r['extractor_version']}\n".encode())
    for r in batch.rows["errors"]:
        digest.update(f"{r['source']}\0{r['line']}\n".encode())
    part = f"part-{digest.hexdigest()[:20]}.parquet"
    for table in (*ARTICLE_TABLES, "errors"):
        rows = batch.rows[table]
        if not rows:
            continue
        if table == "errors":
            groups = {None: rows}
        else:
            groups: dict[str | None, list] = {}
            for row in rows:
                groups.setdefault(months.get(row["article_id"], "unknown"), []).append(row)
        for month, group in groups.items():
            folder = out / table / (f"month={month}" if month else "")
            folder.mkdir(parents=True, exist_ok=True)
            temporary = folder / f".{part}.{os.getpid()}.tmp"
            pq.write_table(pa.Table.from_pylist(group, schema=schemas[table]), temporary)
            os.replace(temporary, folder / part)  # readers never see half a file
    return RecordBatch(rows={t: [] for t in batch.rows}, article_ids=list(batch.article_ids),
                       n_failed=batch.n_failed, worker=batch.worker, peak_rss=batch.peak_rss,
                       read_fine=list(batch.read_fine))


class ParquetSink:
    """Wraps a pool: every batch it yields is also written to the Parquet dataset."""

    def __init__(self, pool, out_dir: str | Path):
        self.pool = pool
        self.out_dir = Path(out_dir)
        self.description = f"{pool.description}, writing Parquet to {self.out_dir}"

    def run(self, chunks: Iterable[list]) -> Iterator[RecordBatch]:
        for batch in self.pool.run(chunks):
            write_batch(batch, self.out_dir)
            yield batch

    def close(self) -> None:
        close = getattr(self.pool, "close", None)
        if close:
            close()
