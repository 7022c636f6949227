"""Whose voices: the figures of `query voices`, checked by hand and recomputed from the exported Parquet."""
from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.store import connect
from newsgraph.store import voices
from newsgraph.store.export import export

from . import voices_corpus

DOC = Path(__file__).resolve().parents[2] / "docs" / "corpus.md"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("voices") / "voices.duckdb"
    voices_corpus.build(path)
    return path


@pytest.fixture()
def con(db):
    con = connect(db, read_only=True)
    yield con
    con.close()


def test_wilson_interval_matches_published_values():
    # Newcombe (1998), Statistics in Medicine 17:857, method 3 (score): 0/10 -> 0-0.2775, 5/10 -> 0.2366-0.7634;
    # 29/100 worked by hand: centre 0.30978/1.038416, half-width 1.96 * 0.046423 / 1.038416
    assert voices.wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert voices.wilson(5, 10) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    assert voices.wilson(29, 100) == pytest.approx((0.2101, 0.3854), abs=1e-4)
    assert voices.wilson(0, 0) == (None, None)


def test_the_whole_corpus_counted_by_hand(con):
    row = voices.summary(con).dicts()[0]
    assert row["corpus"] == "all"
    assert (row["people"], row["people_f"], row["people_m"], row["people_unknown"]) == (14, 6, 7, 1)
    assert (row["quotes"], row["quotes_f"], row["quotes_m"], row["quotes_unknown"]) == (20, 8, 10, 2)
    assert [row[k] for k in ("person", "role", "anonymous", "organisation", "country", "group")] == [13, 1, 1, 1, 1, 1]
    assert (row["voices"], row["all_quotes"], row["articles"]) == (18, 25, 7)
    assert row["share_f"] == pytest.approx(6 / 13, abs=1e-4)
    low, high = voices.wilson(6, 13)
    assert (row["share_f_low"], row["share_f_high"]) == pytest.approx((low, high), abs=1e-4)


def test_by_outlet_uses_the_outlet_field_then_the_url_domain_then_unknown(con):
    rows = {r["outlet"]: (r["people_f"], r["people_m"], r["people_unknown"]) for r in voices.summary(con, by="outlet").dicts()}
    assert rows == {"Le Devoir": (3, 3, 1), "La Presse": (1, 2, 0), "lemonde.fr": (1, 1, 0), "unknown": (1, 1, 0)}


def test_by_month_in_order_and_filters(con):
    months = voices.summary(con, by="month").dicts()
    assert [r["month"] for r in months] == ["2022-01", "2022-02", "2022-03", "unknown"]
    assert [(r["people_f"], r["people_m"]) for r in months] == [(1, 3), (3, 1), (1, 2), (1, 1)]
    feb = voices.summary(con, since="2022-02-01", until="2022-02-28").dicts()[0]
    assert (feb["people_f"], feb["people_m"], feb["people_unknown"]) == (3, 1, 1)
    assert voices.summary(con, lang="en").dicts()[0]["people"] == 0


def test_top_women_and_men_are_named_people_only(con):
    assert voices.top(con, gender="f").rows == [
        ("Anne Dubois", "person:anne dubois", 4, 3, "honorific"), ("Julie Martin", "person:julie martin", 3, 2, "pronoun")]
    assert [(r[1], r[2], r[3]) for r in voices.top(con, gender="m", top=1).rows] == [("person:paul roy", 6, 4)]


def test_the_quotes_behind_a_count(con):
    women = voices.quotes(con, gender="f", outlet="Le Devoir").dicts()
    assert sorted(q["speaker"] for q in women) == ["Anne Dubois", "Anne Dubois", "Julie Martin", "la ministre"]
    assert all(q["total"] == 4 for q in women)
    anne = next(q for q in women if q["speaker"] == "Anne Dubois")
    assert [s["text"] for s in json.loads(anne["gender_evidence"])] == ["Mme", "Mme"]
    anonymous = voices.quotes(con, source_kind="anonymous").dicts()
    assert [q["speaker"] for q in anonymous] == ["une source proche du dossier"]
    march = voices.quotes(con, month="2022-03", gender="m").dicts()
    assert {q["article_id"] for q in march} == {"v5", "v6"}


def _docs_query(export_dir: Path) -> str:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- voices-query -->\s*```sql\n(.*?)```", text, re.S)
    assert found, "docs/corpus.md lost its voices query"
    return found.group(1).replace("corpus-export/", str(export_dir).rstrip("/") + "/")


def test_the_documented_duckdb_query_over_the_parquet_export_recomputes_the_cli_figures(db, tmp_path):
    con = connect(db, read_only=True)
    counts = export(con, tmp_path, tables=("voices",))
    assert counts["voices"] == 18
    expected = {("corpus", "all"): voices.summary(con).dicts()[0]}
    for by in ("outlet", "month"):
        for row in voices.summary(con, by=by).dicts():
            expected[(by, row[by])] = row
    con.close()
    out = duckdb.connect()
    cursor = out.execute(_docs_query(tmp_path))
    names = [d[0] for d in cursor.description]
    got = {(r["dimension"], r["grp"]): r for r in (dict(zip(names, row)) for row in cursor.fetchall())}
    assert set(got) == set(expected)
    for key, want in expected.items():
        have = got[key]
        for column, value in want.items():
            if column in ("corpus", "outlet", "month"):
                continue
            if isinstance(value, float) or value is None:
                assert have[column] == pytest.approx(value, abs=1e-4), (key, column)
            else:
                assert have[column] == value, (key, column)


def test_cli_prints_the_same_figures_as_json_and_csv(db):
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "voices", "--db", str(db), "--by", "outlet", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    con = connect(db, read_only=True)
    assert rows == voices.summary(con, by="outlet").dicts()
    con.close()
    top = runner.invoke(cli, ["query", "voices", "--db", str(db), "--top", "2", "--gender", "m", "--csv"])
    assert top.exit_code == 0, top.output
    assert top.output.splitlines()[0] == "speaker,speaker_key,quotes,articles,evidence"
    assert top.output.splitlines()[1].startswith("Paul Roy,person:paul roy,6,4,")
    table = runner.invoke(cli, ["query", "voices", "--db", str(db), "--by", "month"])
    assert table.exit_code == 0 and "2022-02" in table.output and "share_f" in table.output


def test_a_bad_grouping_is_a_coded_error(db):
    result = CliRunner().invoke(cli, ["query", "voices", "--db", str(db), "--by", "weekday"])
    assert result.exit_code != 0 and "weekday" in result.output
    con = connect(db, read_only=True)
    with pytest.raises(Exception, match="cannot group"):
        voices.summary(con, by="weekday")
    con.close()


def test_voices_answers_in_under_a_second_on_a_thousand_articles(tmp_path):
    """The issue's bound, on 1,000 small articles (the real 1,000-article OrangeSum store is in docs/corpus.md)."""
    import time
    from dataclasses import replace

    from newsgraph.store import RecordBatch, StoreWriter

    path = tmp_path / "thousand.duckdb"
    base = voices_corpus.analyses()
    with StoreWriter(path) as writer:
        batch = RecordBatch()
        for i in range(1000):
            a = base[i % len(base)]
            month = f"20{20 + i % 3}-{1 + i % 12:02d}-15"
            batch.add(replace(a, article=replace(a.article, id=f"n{i}", published=month,
                                                 text=a.article.text + " " * (i // len(base)))))
        writer.write(batch)
        writer.rebuild_actors()
    con = connect(path, read_only=True)
    try:
        for call in (lambda: voices.summary(con), lambda: voices.summary(con, by="outlet"),
                     lambda: voices.summary(con, by="month"), lambda: voices.top(con, gender="f"),
                     lambda: voices.page(con)):
            start = time.perf_counter()
            result = call()
            assert time.perf_counter() - start < 1.0
        assert result["overall"]["articles"] == 1000
    finally:
        con.close()
