"""The one writer of the corpus database. Workers hand it RecordBatches; it stores each in one transaction.

An article's ``articles`` row is written in the same transaction as its other records, so after a crash
an article is either fully stored or absent, and a rerun redoes exactly the absent ones.

The writer holds the database file only while it writes: each call opens a connection (waiting, with
backoff, while a reader holds the file), commits, checkpoints and closes it. Between batches the
server and `query` read the file, and see every committed batch.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pyarrow as pa

from .actors import rebuild_actors
from .db import connect, reading
from .records import RecordBatch
from .schema import ARTICLE_TABLES, arrow_schemas


class StoreWriter:
    """The one writer of a database file. Use as a context manager.

    Every method opens the file for its own work and releases it when done, unless a connection is held
    (``con``, or ``with writer.session():``), which keeps readers out until ``release()``.
    ``wait``: seconds to wait for readers to let go of the file (default ``db.WRITE_WAIT``).
    """

    def __init__(self, path: str | Path, *, wait: float | None = None):
        self.path = Path(path)
        self.wait = wait
        self.schemas = arrow_schemas()
        self._held = None
        self._migrated = False
        with self.session():  # create or migrate now, so a bad path or file fails at once
            pass

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator:
        """A read-write connection for one unit of work; closed (after a checkpoint) on exit unless held."""
        if self._held is not None:
            yield self._held
            return
        con = self._connect()
        try:
            yield con
        finally:
            _checkpoint_and_close(con)

    @property
    def con(self):
        """A connection held until ``release()`` or ``close()``: for many statements in a row (tests, tools)."""
        if self._held is None:
            self._held = self._connect()
        return self._held

    def _connect(self):
        con = connect(self.path, wait=self.wait, migrate_schema=not self._migrated)
        self._migrated = True
        return con

    def release(self) -> None:
        if self._held is not None:
            _checkpoint_and_close(self._held)
            self._held = None

    def close(self) -> None:
        self.release()

    def stored_versions(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """``{article_id: (content_hash, extractor_version)}`` for those of ``article_ids`` already stored."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        # a literal IN list lets DuckDB look the ids up in the primary-key index instead of scanning
        marks = ", ".join("?" * len(ids))
        # a lookup needs no write lock: read-only, it shares the file with the server's readers
        with (nullcontext(self._held) if self._held is not None else reading(self.path, wait=self.wait,
                                                                              check=False)) as con:
            rows = con.execute("SELECT article_id, content_hash, extractor_version FROM articles "
                               f"WHERE article_id IN ({marks})", ids).fetchall()
        return {aid: (h, v) for aid, h, v in rows}

    def write(self, batch: RecordBatch, *, replace: Iterable[str] | None = None) -> None:
        """Store a batch in one transaction, replacing every record of the articles it holds.

        ``replace`` names the batch's articles that may already be stored (default: all of them). An
        article absent from ``articles`` has no rows anywhere, since each is stored in one transaction,
        so the ingest passes only the changed ones and new articles cost no DELETE scans.
        """
        replace = batch.article_ids if replace is None else list(replace)
        with self.session() as con:
            self._write(con, batch, replace)

    def _write(self, con, batch: RecordBatch, replace: list[str]) -> None:
        if not len(batch) and not replace and not con.execute("SELECT EXISTS (SELECT 1 FROM errors)").fetchall()[0][0]:
            return  # only inputs read fine, and no error row they could clear: nothing to do
        con.execute("BEGIN TRANSACTION")
        try:
            if replace:
                con.register("_ids", pa.table({"article_id": pa.array(replace, pa.string())}))
                for table in ARTICLE_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _ids)")
                con.unregister("_ids")
            if batch.article_ids:
                # an article that now reads fine is no longer an error
                con.execute("DELETE FROM errors WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                            [batch.article_ids])
            if batch.read_fine:
                clear_read_errors(con, batch.read_fine)
            if batch.rows["errors"]:
                errors = self._table("errors", _last_per_key(batch.rows["errors"]))
                con.register("_errors", errors)
                con.execute("DELETE FROM errors WHERE (source, line) IN (SELECT (source, line) FROM _errors "
                            f"UNION ALL {_LEGACY_KEYS.format(keys='_errors')})")
                con.execute("INSERT INTO errors BY NAME SELECT * FROM _errors")
                con.unregister("_errors")
            for table in ARTICLE_TABLES:
                rows = batch.rows[table]
                if not rows:
                    continue
                con.register("_rows", self._table(table, rows))
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
                con.unregister("_rows")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def rebuild_actors(self) -> int:
        """Recompute the corpus-wide actor tables. Returns the number of actors."""
        with self.session() as con:
            return rebuild_actors(con)

    def _table(self, name: str, rows: list[dict]) -> pa.Table:
        return pa.Table.from_pylist(rows, schema=self.schemas[name])


# Stores written before errors had one key hold an analysis failure of line 3 as ("FILE:3", 0);
# such a row is the same input as ("FILE", 3), and goes when that key is written or cleared.
_LEGACY_KEYS = "SELECT (source || ':' || line, 0) FROM {keys} WHERE line > 0"


def clear_read_errors(con, keys: Iterable[tuple[str, int]]) -> None:
    """Delete the error rows of inputs now read fine: the row of each (source, line), and the whole-file
    row (line 0) of its file and of every folder above it ("holds no readable file")."""
    keys = list(dict.fromkeys(keys))
    con.register("_read_fine", pa.table({"source": pa.array([k[0] for k in keys], pa.string()),
                                         "line": pa.array([k[1] for k in keys], pa.int32())}))
    con.execute(f"""
        DELETE FROM errors WHERE (source, line) IN (SELECT (source, line) FROM _read_fine
                                                    UNION ALL {_LEGACY_KEYS.format(keys='_read_fine')})
           OR (line = 0 AND EXISTS (SELECT 1 FROM _read_fine k WHERE k.source = errors.source
                                    OR starts_with(k.source, rtrim(errors.source, '/') || '/')))""")
    con.unregister("_read_fine")


def _last_per_key(rows: list[dict]) -> list[dict]:
    by_key = {(r["source"], r["line"]): r for r in rows}
    return list(by_key.values())


def _checkpoint_and_close(con) -> None:
    # the checkpoint folds the WAL into the file, so readers open a clean file without replaying it
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()
