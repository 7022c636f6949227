"""`newsgraph query`: each subcommand on a small corpus made with the fake analyzer."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.scale import ingest
from newsgraph.store import connect, queries


@pytest.fixture
def db(fake_pipeline, corpus_jsonl, tmp_path):
    path = tmp_path / "c.duckdb"
    ingest([str(corpus_jsonl)], path, workers=0)
    return path


def query(db, *args):
    result = CliRunner().invoke(cli, ["query", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def as_json(db, *args):
    return json.loads(query(db, *args, "--json"))


def test_quotes_by_speaker_across_languages(db):
    rows = as_json(db, "quotes", "--speaker", "putin")
    assert {r["article_id"] for r in rows} == {"fr-1", "en-1", "fr-2"}
    assert {r["speaker_key"] for r in rows} == {"person:vladimir putin"}
    assert as_json(db, "quotes", "--speaker", "person:vladimir putin", "--lang", "en")[0]["text"] \
        == "NATO must not expand east"


def test_quotes_dates_and_offsets(db):
    rows = as_json(db, "quotes", "--since", "2022-01-01", "--until", "2022-01-31")
    assert [r["article_id"] for r in rows] == ["fr-2"]
    con = connect(db, read_only=True)
    text = con.execute("SELECT text FROM articles WHERE article_id = 'fr-2'").fetchall()[0][0]
    assert text[rows[0]["start"]:rows[0]["end"]] == rows[0]["text"]


def test_full_text_search_ranks_quotes(db):
    rows = as_json(db, "quotes", "--about", "guerre voulons")
    assert rows[0]["text"] == "Nous ne voulons pas la guerre"
    assert as_json(db, "quotes", "--about", "SOUTIENDRA l'ukraine")[0]["article_id"] == "fr-2"  # case, accents
    assert as_json(db, "quotes", "--about", "zzz") == []


def test_speakers_top(db):
    rows = as_json(db, "speakers", "--limit", "2")
    assert [(r["name"], r["quotes"], r["articles"]) for r in rows] == [("Poutine", 3, 3), ("Biden", 1, 1)]
    assert [r["key"] for r in as_json(db, "speakers", "--limit", "1", "--page", "2")] == ["person:joe biden"]
    assert [r["langs"] for r in rows] == [["en", "fr"], ["en"]]
    assert [(r["name"], r["quotes"]) for r in as_json(db, "speakers", "--lang", "fr")] == [("Poutine", 2)]
    result = CliRunner().invoke(cli, ["query", "speakers", "--top", "2", "--db", str(db)])
    assert result.exit_code == 2 and "No such option" in result.output  # one name: --limit


def test_actors_filters(db):
    rows = as_json(db, "actors", "--country", "rus")
    assert {r["key"] for r in rows} == {"person:vladimir putin", "country:RUS"}
    people = as_json(db, "actors", "--type", "person")
    assert {r["type"] for r in people} == {"PERSON"}
    putin = as_json(db, "actors", "--name", "Putin")[0]
    assert putin["names"] == {"en": ["Putin"], "fr": ["Poutine"]}  # a JSON object, not a string holding one


def test_events_and_timeline(db):
    rows = as_json(db, "events", "--source", "poutine", "--type", "consult")
    assert [(r["source_name"], r["target_name"], r["status"]) for r in rows] == [("Putin", "Biden", "asserted"),
                                                                                 ("Poutine", "Biden", "asserted")]
    assert as_json(db, "events", "--target", "Macron") == []
    assert as_json(db, "events", "--actor", "biden") == rows  # source or target
    assert as_json(db, "events", "--since", "2021-12-08")[0]["article_id"] == "en-1"
    timeline = as_json(db, "timeline", "person:vladimir putin")
    assert [(r["date"], r["what"]) for r in timeline] == [
        ("2021-12-07", "event"), ("2021-12-07", "quote"), ("2021-12-08", "event"), ("2021-12-08", "quote"),
        ("2022-01-15", "quote")]


def test_sql_is_read_only(db):
    out = list(csv.reader(io.StringIO(query(db, "sql", "SELECT lang, count(*) AS n FROM articles GROUP BY lang "
                                                   "ORDER BY lang", "--csv"))))
    assert out == [["lang", "n"], ["en", "2"], ["fr", "2"]]
    for statement in ("DROP TABLE articles", "WITH x AS (SELECT 1) DELETE FROM articles"):
        result = CliRunner().invoke(cli, ["query", "sql", statement, "--db", str(db)])
        assert result.exit_code == 1 and "newsgraph: error:" in result.output


def test_table_output_is_readable(db):
    out = query(db, "speakers")
    assert "Poutine" in out and "quotes" in out


def test_speakers_query_library(db):
    con = connect(db, read_only=True)
    table = queries.speakers(con, limit=1)
    assert table.columns[:2] == ["key", "name"] and table.total == 2 and len(table.rows) == 1


def test_every_command_has_a_runnable_example():
    runner = CliRunner()
    for args in (["ingest"], ["query"], ["query", "quotes"], ["query", "speakers"], ["query", "actors"],
                 ["query", "events"], ["query", "timeline"], ["query", "sql"], ["export"]):
        result = runner.invoke(cli, [*args, "--help"])
        assert result.exit_code == 0, (args, result.output)
        assert "Example" in result.output and "newsgraph " + args[0] in result.output
