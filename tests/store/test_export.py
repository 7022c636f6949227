"""`newsgraph export`: flat tables, Parquet partitioned by month, CSV one file per table."""
from __future__ import annotations

import csv
import json

import duckdb
import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.scale import ingest


@pytest.fixture
def db(fake_pipeline, corpus_jsonl, tmp_path):
    path = tmp_path / "c.duckdb"
    ingest([str(corpus_jsonl)], path, workers=0)
    return path


def test_parquet_is_partitioned_by_month(db, tmp_path):
    out = tmp_path / "export"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts == {"events": 2, "quotes": 4, "mentions": counts["mentions"], "articles": 4, "voices": 4, "actors": 5}
    assert sorted(p.name for p in (out / "quotes").iterdir()) == ["month=2021-12", "month=2022-01", "month=2022-02"]
    con = duckdb.connect()
    rows = con.execute(f"SELECT month, source_name, source_key, target_name, type, trigger_text, trigger_start, "
                       f"article_id FROM read_parquet('{out}/events/*/*.parquet', hive_partitioning=true) "
                       "ORDER BY article_id").fetchall()
    assert rows == [("2021-12", "Putin", "person:vladimir putin", "Biden", "CONSULT", "appel", 23, "en-1"),
                    ("2021-12", "Poutine", "person:vladimir putin", "Biden", "CONSULT", "appel", 27, "fr-1")]
    # offsets point into the article text
    text = duckdb.connect(str(db), read_only=True).execute(
        "SELECT text FROM articles WHERE article_id = 'fr-1'").fetchall()[0][0]
    assert text[27:32] == "appel"
    # exporting again replaces, never appends
    CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out)])
    assert con.execute(f"SELECT count(*) FROM '{out}/quotes/*/*.parquet'").fetchall()[0][0] == 4


def test_csv_one_file_per_table(db, tmp_path):
    out = tmp_path / "csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "csv", "--out", str(out),
                                      "--table", "quotes", "--table", "mentions"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["mentions.csv", "quotes.csv"]
    with (out / "quotes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["speaker_key"] for r in rows} == {"person:vladimir putin", "person:joe biden"}
    assert {"article_id", "quote_id", "published", "month", "url", "text", "start", "end"} <= set(rows[0])
