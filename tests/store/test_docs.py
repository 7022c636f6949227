"""docs/corpus.md documents every command and every exported column."""
from __future__ import annotations

from pathlib import Path

import duckdb

from newsgraph.cli.query import command as query_group
from newsgraph.store.export import EXPORTS
from newsgraph.store.schema import migrate

DOC = Path(__file__).resolve().parents[2] / "docs" / "corpus.md"


def test_every_query_subcommand_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for name in ["ingest", "export", *(f"query {sub}" for sub in query_group.commands)]:
        assert f"newsgraph {name}" in text, name


def test_every_exported_column_is_documented():
    text = DOC.read_text(encoding="utf-8")
    con = duckdb.connect()
    migrate(con)
    for table, query in EXPORTS.items():
        columns = [row[0] for row in con.execute(f"DESCRIBE {query}").fetchall()]
        missing = [c for c in columns if f"`{c}`" not in text]
        assert not missing, (table, missing)
