"""`query sql` as an attacker uses it: every way to write a file, read one outside the store, reach the
network or change a setting is refused, and nothing on disk changes."""
from __future__ import annotations

import csv
import io
import os

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.errors import SqlRefused
from newsgraph.scale import ingest
from newsgraph.store import connect, queries, sql

SECRET = "s3cr3t-marker-7f4a"


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """A corpus, a secret file beside it and an empty folder an attack would write into."""
    from newsgraph.scale import worker

    from .conftest import ARTICLES, fake_analyze_articles, write_jsonl

    root = tmp_path_factory.mktemp("sql")
    saved = worker.analyze_articles
    worker.analyze_articles = fake_analyze_articles
    try:
        db = root / "c.duckdb"
        ingest([str(write_jsonl(root / "articles.jsonl", ARTICLES))], db, workers=0)
    finally:
        worker.analyze_articles = saved
    (root / "secret.txt").write_text(f"user:{SECRET}:x\n", encoding="utf-8")
    (root / "secret.csv").write_text(f"a,b\n{SECRET},1\n", encoding="utf-8")
    (root / "out").mkdir()
    return root


def listing(root) -> dict[str, int]:
    return {os.path.relpath(os.path.join(d, f), root): os.path.getsize(os.path.join(d, f))
            for d, _, files in os.walk(root) for f in files}


ATTACKS = {
    # writing files
    "copy-after-select": "SELECT 1; COPY (SELECT 'x') TO '{out}/a.csv'",
    "copy": "COPY (SELECT 'x') TO '{out}/b.csv'",
    "copy-table-parquet": "COPY articles TO '{out}/c.parquet' (FORMAT parquet)",
    "copy-from": "COPY articles FROM '{root}/secret.csv'",
    "export-database": "EXPORT DATABASE '{out}/export'",
    "select-then-export": "SELECT 1; EXPORT DATABASE '{out}/export2' (FORMAT parquet)",
    "query-function-copy": "SELECT * FROM query('COPY (SELECT 1) TO ''{out}/q.csv''')",
    "explain-analyze-copy": "EXPLAIN ANALYZE COPY (SELECT 1) TO '{out}/e.csv'",
    "profile-output": "PRAGMA profile_output = '{out}/profile.json'",
    # other databases
    "attach": "ATTACH '{out}/other.duckdb' AS other",
    "attach-memory-after-select": "SELECT 1; ATTACH ':memory:' AS m",
    "attach-secret-as-sqlite": "ATTACH '{root}/secret.txt' AS s (TYPE sqlite)",
    "detach": "DETACH c",
    "use": "USE system",
    # extensions and the network
    "install-httpfs": "INSTALL httpfs",
    "select-then-install": "SELECT 1; INSTALL httpfs",
    "force-install": "FORCE INSTALL httpfs FROM core_nightly",
    "load-httpfs": "LOAD httpfs",
    "httpfs-url": "SELECT * FROM read_csv('https://example.com/data.csv')",
    "s3-url": "SELECT * FROM read_parquet('s3://bucket/data.parquet')",
    "http-replacement-scan": "SELECT * FROM 'https://example.com/data.csv'",
    "create-secret": "CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 'x')",
    # reading files outside the store
    "read-csv-passwd": "SELECT * FROM read_csv('/etc/passwd', sep=':')",
    "read-csv-secret": "SELECT * FROM read_csv('{root}/secret.txt', sep=':')",
    "read-csv-auto": "SELECT * FROM read_csv_auto('{root}/secret.csv')",
    "read-text-environ": "SELECT * FROM read_text('/proc/self/environ')",
    "read-text-secret": "SELECT content FROM read_text('{root}/secret.txt')",
    "read-text-the-store-itself": "SELECT content FROM read_blob('{db}')",
    "read-blob": "SELECT * FROM read_blob('{root}/secret.txt')",
    "glob-root": "SELECT * FROM glob('/root/*')",
    "glob-here": "SELECT * FROM glob('{root}/*')",
    "read-parquet": "SELECT * FROM read_parquet('{root}/*.parquet')",
    "parquet-metadata": "SELECT * FROM parquet_metadata('{root}/secret.csv')",
    "read-json": "SELECT * FROM read_json('{root}/secret.txt')",
    "read-json-auto": "SELECT * FROM read_json_auto('{root}/articles.jsonl')",
    "read-ndjson-objects": "SELECT * FROM read_ndjson_objects('{root}/articles.jsonl')",
    "sniff-csv": "SELECT * FROM sniff_csv('{root}/secret.csv')",
    "replacement-scan": "SELECT * FROM '{root}/secret.csv'",
    "in-a-subquery": "SELECT (SELECT count(*) FROM read_text('{root}/secret.txt')) AS n",
    "in-a-cte": "WITH s AS (SELECT * FROM read_text('{root}/secret.txt')) SELECT * FROM s",
    "getenv": "SELECT getenv('HOME')",
    "extensions-folder": "SELECT * FROM duckdb_extensions()",
    # several statements, and comments or whitespace in front of a bad one
    "two-selects": "SELECT 1; SELECT 2",
    "select-then-drop": "SELECT 1; DROP TABLE articles",
    "comment-then-copy": "-- just a comment\nCOPY (SELECT 'x') TO '{out}/d.csv'",
    "block-comment-then-pragma": "/* SELECT */ PRAGMA database_list",
    "whitespace-then-set": " \t\n\n  SET threads = 1",
    "comment-inside-then-attach": "/* a */ -- b\n  ATTACH '{out}/x.duckdb'",
    "select-in-comment-hides-copy": "SELECT 1 /* ; */; COPY (SELECT 1) TO '{out}/f.csv'",
    # settings and pragmas
    "pragma": "PRAGMA enable_profiling",
    "select-then-pragma": "SELECT 1; PRAGMA version",
    "set-external-access": "SET enable_external_access = true",
    "select-then-set": "SELECT 1; SET lock_configuration = false",
    "reset": "RESET lock_configuration",
    "set-variable": "SET VARIABLE x = 1",
    "set-temp-directory": "SET temp_directory = '{out}'",
    # calls and writes to the store
    "call": "CALL pragma_version()",
    "call-checkpoint": "CALL checkpoint()",
    "checkpoint": "CHECKPOINT",
    "vacuum": "VACUUM",
    "create-table": "CREATE TABLE t AS SELECT 1",
    "create-view": "CREATE VIEW v AS SELECT 1",
    "create-macro": "CREATE MACRO m(x) AS x",
    "insert": "INSERT INTO errors VALUES ('a', 1, NULL, 'E', 'r', 'v')",
    "with-delete": "WITH x AS (SELECT 1) DELETE FROM articles",
    "update": "UPDATE articles SET title = 'x'",
    "drop": "DROP TABLE articles",
    "alter": "ALTER TABLE articles ADD COLUMN x INT",
    "prepare": "PREPARE p AS SELECT 1",
    "begin": "BEGIN TRANSACTION",
    "empty": "  -- nothing\n ;",
}


def run(place, statement: str):
    db = place / "c.duckdb"
    statement = statement.format(root=place, out=place / "out", db=db)
    return CliRunner().invoke(cli, ["query", "sql", "--db", str(db), "--", statement])


@pytest.mark.parametrize("name", ATTACKS)
def test_attack_is_refused_and_nothing_on_disk_changes(place, name):
    before = listing(place)
    result = run(place, ATTACKS[name])
    assert result.exit_code == 1, (name, result.output)
    assert "newsgraph: error:" in result.output and "Traceback" not in result.output
    assert SECRET not in result.output and "root:x:" not in result.output
    assert listing(place) == before, "a file was written or changed"
    assert os.listdir(place / "out") == []


@pytest.mark.parametrize("statement", [
    "SELECT 1; COPY (SELECT 'x') TO '{out}/a.csv'",
    "SELECT * FROM read_csv('/etc/passwd', sep=':')",
    "SELECT 1; INSTALL httpfs",
])
def test_the_attacks_of_the_report_get_a_coded_message(place, statement):
    result = run(place, statement)
    assert "[E013]" in result.output


def test_the_refusal_says_what_to_do(place):
    output = run(place, "SELECT 1; COPY (SELECT 'x') TO '{out}/a.csv'").output
    assert "one statement at a time" in output and "SELECT, COPY" in output
    assert "newsgraph export" in run(place, "COPY articles TO '{out}/b.csv'").output
    assert "disabled" in run(place, "SELECT * FROM read_text('{root}/secret.txt')").output


@pytest.mark.parametrize("statement, first_row", [
    ("SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY lang", ["lang", "n"]),
    ("  -- leading comment\n/* and a block */ WITH x AS (SELECT 1 AS one) SELECT one FROM x;", ["one"]),
    ("FROM articles SELECT article_id ORDER BY 1 LIMIT 1", ["article_id"]),
    ("VALUES (1, 'a')", ["col0", "col1"]),
    ("DESCRIBE articles", ["column_name", "column_type", "null", "key", "default", "extra"]),
    ("SHOW TABLES", ["name"]),
    ("SELECT count(*) AS n FROM query_table('quotes')", ["n"]),
])
def test_reading_the_corpus_still_works(place, statement, first_row):
    result = CliRunner().invoke(cli, ["query", "sql", statement, "--db", str(place / "c.duckdb"), "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == first_row and len(rows) >= 2


def test_limit_fetches_no_more_rows(place):
    result = CliRunner().invoke(cli, ["query", "sql", "SELECT * FROM range(100000000)", "--limit", "3", "--csv",
                                      "--db", str(place / "c.duckdb")])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["range", "0", "1", "2"]


def test_the_connection_stays_locked(place):
    con = sql.connect(place / "c.duckdb")
    try:
        assert sql.is_locked(con)
        for statement in ("SET enable_external_access = true", "SET lock_configuration = false",
                          "SET disabled_filesystems = ''"):
            with pytest.raises(Exception, match="locked"):
                con.execute(statement)  # even bypassing the statement check
        assert sql.select(con, "SELECT count(*) AS n FROM articles").rows == [(4,)]
    finally:
        con.close()


def test_a_plain_connection_is_refused_not_silently_locked(place):
    con = connect(place / "c.duckdb", read_only=True)
    try:
        with pytest.raises(SqlRefused, match="sql.connect"):
            queries.sql(con, "SELECT 1")
        # and its owner's settings are untouched
        assert con.execute("SELECT current_setting('lock_configuration')").fetchall() == [(False,)]
    finally:
        con.close()


def test_library_run_and_timeout(place):
    assert sql.run(place / "c.duckdb", "SELECT 42 AS n").rows == [(42,)]
    with pytest.raises(SqlRefused, match="longer than"):
        sql.run(place / "c.duckdb", "SELECT count(*) FROM range(100000000000) a", timeout=0.2)


def test_missing_database_is_the_usual_error(tmp_path):
    result = CliRunner().invoke(cli, ["query", "sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "newsgraph ingest" in result.output
