"""The corpus store: an embedded DuckDB database written by one writer, read by queries and exports.

    schema.py   the tables, as an ordered list of migrations (the one place that defines them)
    records.py  Analysis/Failure -> table rows (what workers send), and rows -> contract dicts
    db.py       opening the database, DuckDB errors -> coded errors
    writer.py   the one writer: one transaction per batch, replace-on-change
    actors.py   corpus-wide actors, joined on the entity key
    queries.py  the questions `newsgraph query` asks
    export.py   flat Parquet/CSV tables for other tools

The writer (and pyarrow) is imported only when used, so a query starts fast.
"""
from .db import connect
from .records import RecordBatch, analysis_dict, analysis_rows
from .schema import MIGRATIONS, RECORD_TABLES, SCHEMA_VERSION, migrate

__all__ = ["MIGRATIONS", "RECORD_TABLES", "SCHEMA_VERSION", "RecordBatch", "StoreWriter", "analysis_dict",
           "analysis_rows", "connect", "migrate"]


def __getattr__(name: str):
    if name == "StoreWriter":
        from .writer import StoreWriter

        return StoreWriter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
