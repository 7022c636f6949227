"""The one writer of the corpus database. Workers hand it RecordBatches; it stores each in one transaction.

An article's ``articles`` row is written in the same transaction as its other records, so after a crash
an article is either fully stored or absent, and a rerun redoes exactly the absent ones.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa

from .actors import rebuild_actors
from .db import connect
from .records import RecordBatch
from .schema import ARTICLE_TABLES, arrow_schemas


class StoreWriter:
    """Owns the read-write connection. Use as a context manager; only one may exist per database file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.con = connect(self.path)
        self.schemas = arrow_schemas()

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.con is not None:
            self.con.execute("CHECKPOINT")
            self.con.close()
            self.con = None

    def stored_versions(self, article_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """``{article_id: (content_hash, extractor_version)}`` for those of ``article_ids`` already stored."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        # a literal IN list lets DuckDB look the ids up in the primary-key index instead of scanning
        marks = ", ".join("?" * len(ids))
        rows = self.con.execute("SELECT article_id, content_hash, extractor_version FROM articles "
                                f"WHERE article_id IN ({marks})", ids).fetchall()
        return {aid: (h, v) for aid, h, v in rows}

    def write(self, batch: RecordBatch, *, replace: Iterable[str] | None = None) -> None:
        """Store a batch in one transaction, replacing every record of the articles it holds.

        ``replace`` names the batch's articles that may already be stored (default: all of them). An
        article absent from ``articles`` has no rows anywhere, since each is stored in one transaction,
        so the ingest passes only the changed ones and new articles cost no DELETE scans.
        """
        con = self.con
        replace = batch.article_ids if replace is None else list(replace)
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
        return rebuild_actors(self.con)

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
