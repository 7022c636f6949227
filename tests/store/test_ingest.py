"""`ingest` end to end in this process with the fake analyzer: idempotence, replacement, bad inputs, CLI."""
from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.scale import ingest

from .conftest import ARTICLES, counts, snapshot, write_jsonl


def test_ingest_then_reingest_does_no_work(fake_pipeline, corpus_jsonl, tmp_path):
    db = tmp_path / "c.duckdb"
    first = ingest([str(corpus_jsonl)], db, workers=0, chunk_size=3)
    assert (first.ingested, first.skipped, first.failed) == (4, 0, 0)
    before = snapshot(db)
    again = ingest([str(corpus_jsonl)], db, workers=0, chunk_size=3)
    assert (again.ingested, again.skipped, again.failed) == (0, 4, 0)
    assert snapshot(db) == before
    assert counts(db)["articles"] == 4 and counts(db)["quotes"] == 4


def test_changed_text_replaces_old_records(fake_pipeline, corpus_jsonl, tmp_path):
    db = tmp_path / "c.duckdb"
    ingest([str(corpus_jsonl)], db, workers=0)
    changed = [dict(a) for a in ARTICLES]
    changed[0]["text"] = "Macron parle."
    report = ingest([str(write_jsonl(tmp_path / "v2.jsonl", changed))], db, workers=0)
    assert (report.ingested, report.skipped) == (1, 3)
    rows = snapshot(db)
    assert [r[4] for r in rows["entities"] if r[0] == "fr-1"] == ["Macron"]
    assert not [r for r in rows["quotes"] if r[0] == "fr-1"]
    assert len(rows["articles"]) == 4


def test_articles_without_id_are_keyed_by_content(fake_pipeline, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Poutine parle.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Poutine parle.", encoding="utf-8")  # same text: same article
    (folder / "sub" / "c.txt").write_text("Biden parle.", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    report = ingest([str(folder)], db, workers=0)
    assert (report.ingested, report.skipped) == (2, 1)
    ids = [r[0] for r in snapshot(db)["articles"]]
    assert all(i.startswith("sha1-") for i in ids)


def test_bad_inputs_become_error_rows_and_the_run_goes_on(fake_pipeline, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(ARTICLES[0]), '{"id": "broken", "text": "unterminated', json.dumps({"id": "e", "text": "  "}),
             json.dumps({"id": "big", "text": "Poutine " * 100}), json.dumps(ARTICLES[1])]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 200)
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "c.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "0", "--max-chars", "500"])
    assert result.exit_code == 0, result.output
    assert "ingested 2" in result.output and "failed 5" in result.output
    assert "warning: 5 input(s) failed" in result.output
    errors = {(src.rsplit("/", 1)[-1], line): code for src, line, _aid, code, *_ in snapshot(db)["errors"]}
    assert errors == {("mixed.jsonl", 2): "E004", ("mixed.jsonl", 3): "E001", ("mixed.jsonl", 4): "E005",
                      ("binary.txt", 0): "E002", ("empty.txt", 0): "E001"}
    # a rerun adds no error rows twice
    CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "0", "--max-chars", "500"])
    assert counts(db)["errors"] == 5


def test_nothing_readable_exits_non_zero(fake_pipeline, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(bad), "--db", str(tmp_path / "c.duckdb"), "--workers", "0"])
    assert result.exit_code == 1
    assert "no article could be read" in result.output


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path, corpus_jsonl):
    db = tmp_path / "notes.duckdb"
    db.write_text("these are my notes, not a database\n" * 100)
    for args in (["ingest", str(corpus_jsonl), "--db", str(db), "--workers", "0"],
                 ["query", "speakers", "--db", str(db)]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        assert "[E012]" in result.output and "not a DuckDB database" in result.output
        assert "Traceback" not in result.output


def test_missing_database_for_query_gets_a_clear_message(tmp_path):
    result = CliRunner().invoke(cli, ["query", "actors", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "newsgraph ingest" in result.output


def test_a_database_held_by_another_process_gets_a_clear_message(fake_pipeline, corpus_jsonl, tmp_path,
                                                                 monkeypatch):
    """A process that keeps the file open (not newsgraph: its readers and writer let go after each request or
    batch) makes readers and the writer wait NEWSGRAPH_LOCK_WAIT seconds, then fail with a message."""
    db = tmp_path / "c.duckdb"
    ingest([str(corpus_jsonl)], db, workers=0)
    monkeypatch.setenv("NEWSGRAPH_LOCK_WAIT", "1")
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for args in (["query", "speakers", "--db", str(db)],
                     ["ingest", str(corpus_jsonl), "--db", str(db), "--workers", "0"]):
            result = CliRunner().invoke(cli, args)
            assert result.exit_code == 1, result.output
            assert "[E011]" in result.output and f"process {holder.pid}" in result.output
            assert "waited 1 s" in result.output and "probably a running" not in result.output
            assert "Traceback" not in result.output
    finally:
        holder.kill()
        holder.wait()


def test_out_parquet_writes_a_partitioned_dataset(fake_pipeline, corpus_jsonl, tmp_path):
    import duckdb

    out = tmp_path / "parquet"
    for _ in range(2):  # a rerun overwrites its own files instead of adding rows
        report = ingest([str(corpus_jsonl)], None, workers=0, out_parquet=out, chunk_size=2)
        assert report.ingested == 4
    assert sorted(p.name for p in (out / "articles").iterdir()) == [
        "month=2021-12", "month=2022-01", "month=2022-02"]
    con = duckdb.connect()
    rows = con.execute(f"SELECT month, count(*) FROM read_parquet('{out}/quotes/*/*.parquet', hive_partitioning=true) "
                       "GROUP BY month ORDER BY month").fetchall()
    assert rows == [("2021-12", 2), ("2022-01", 1), ("2022-02", 1)]


def test_force_reanalyzes_and_replaces_without_duplicates(fake_pipeline, corpus_jsonl, tmp_path):
    db = tmp_path / "c.duckdb"
    ingest([str(corpus_jsonl)], db, workers=0)
    before = snapshot(db)
    report = ingest([str(corpus_jsonl)], db, workers=0, force=True)
    assert (report.ingested, report.skipped) == (4, 0)
    assert snapshot(db) == before


def _ingest_cli(*args):
    return CliRunner().invoke(cli, ["ingest", *map(str, args), "--workers", "0"])


def _error_keys(db):
    return {(src.rsplit("/", 1)[-1], line): code for src, line, _aid, code, *_ in snapshot(db)["errors"]}


def test_a_jsonl_with_every_kind_of_bad_line_stores_every_good_line_unchanged(fake_pipeline, tmp_path):
    from hostile_jsonl import BAD, GOOD_LINES, hostile_jsonl

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(hostile_jsonl())
    db = tmp_path / "c.duckdb"
    result = _ingest_cli(feed, "--db", db)
    assert result.exit_code == 0, result.output
    assert "ingested 4" in result.output and "failed 5" in result.output and "Traceback" not in result.output
    stored = {aid: (text, source) for aid, _h, source, _u, _t, _p, _d, _l, text, *_ in snapshot(db)["articles"]}
    assert stored == {r["id"]: (r["text"], f"{feed}:{n}") for n, r in GOOD_LINES.items()}
    assert _error_keys(db) == {("feed.jsonl", n): code for n, (_, code) in BAD.items()}


def test_a_fixed_line_loses_its_error_row_on_the_next_run(fake_pipeline, tmp_path):
    from hostile_jsonl import BAD, hostile_jsonl

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(hostile_jsonl())
    db = tmp_path / "c.duckdb"
    _ingest_cli(feed, "--db", db)
    feed.write_bytes(hostile_jsonl(fixed=(2, 7)))
    result = _ingest_cli(feed, "--db", db)
    assert result.exit_code == 0 and "ingested 2, skipped 4" in result.output, result.output
    assert _error_keys(db) == {("feed.jsonl", n): code for n, (_, code) in BAD.items() if n not in (2, 7)}
    assert {"fixed-2", "fixed-7"} <= {r[0] for r in snapshot(db)["articles"]}
    feed.write_bytes(hostile_jsonl(fixed=tuple(BAD)))
    _ingest_cli(feed, "--db", db)
    assert _error_keys(db) == {}


def test_a_fixed_line_that_repeats_a_stored_article_loses_its_error_row_too(fake_pipeline, tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = json.dumps(ARTICLES[0], ensure_ascii=False)
    feed.write_text(f"{good}\n{{broken\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    _ingest_cli(feed, "--db", db)
    assert _error_keys(db) == {("feed.jsonl", 2): "E004"}
    feed.write_text(f"{good}\n{good}\n", encoding="utf-8")  # now read fine, but a repeat: skipped
    assert _ingest_cli(feed, "--db", db).exit_code == 0
    assert _error_keys(db) == {}


def test_analysis_failures_and_read_failures_share_one_key(fake_pipeline, monkeypatch, tmp_path):
    from newsgraph.model import Failure
    from newsgraph.scale import worker

    from .conftest import fake_analyze_articles

    def failing_on_macron(items, **kwargs):
        for item in items:
            if "Macron" in getattr(item, "text", ""):
                source, line = item.origin()
                yield Failure(source, "E099", "internal error", line=line or None, article_id=item.id)
            else:
                yield from fake_analyze_articles([item])

    monkeypatch.setattr(worker, "analyze_articles", failing_on_macron)
    feed = tmp_path / "feed.jsonl"
    write_jsonl(feed, ARTICLES)
    db = tmp_path / "c.duckdb"
    _ingest_cli(feed, "--db", db)
    assert _error_keys(db) == {("feed.jsonl", 3): "E099"}  # not ("feed.jsonl:3", 0)
    monkeypatch.setattr(worker, "analyze_articles", fake_analyze_articles)
    _ingest_cli(feed, "--db", db)
    assert _error_keys(db) == {}


def test_an_image_in_a_folder_gets_an_error_row_and_an_empty_folder_one_until_it_has_articles(fake_pipeline,
                                                                                               tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    db = tmp_path / "c.duckdb"
    result = _ingest_cli(folder, "--db", db)
    assert result.exit_code == 1 and "no article could be read" in result.output
    assert _error_keys(db) == {("photo.png", 0): "E002", ("in", 0): "E001"}
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text("Poutine parle.", encoding="utf-8")
    assert _ingest_cli(folder, "--db", db).exit_code == 0
    assert _error_keys(db) == {("photo.png", 0): "E002"}  # the folder is readable now; the image still is not
