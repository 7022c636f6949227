"""The writer and the schema, on hand-made analyses (no model)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.model import (Analysis, Article, DateMention, Entity, Event, Failure, Quantity, Quote, Span,
                             outlet_of)
from newsgraph.store import SCHEMA_VERSION, StoreWriter, analysis_dict, connect
from newsgraph.store.schema import MIGRATIONS, current_version
from newsgraph.store.records import batch_of

from .conftest import ARTICLES, fake_analysis, snapshot


def _analyses():
    return [fake_analysis(Article(**{k: v for k, v in a.items()})) for a in ARTICLES]


def test_migrations_run_once(tmp_path):
    db = tmp_path / "c.duckdb"
    connect(db).close()
    con = connect(db)
    assert con.execute("SELECT count(*), max(version) FROM schema_migrations").fetchall()[0] == (
        len(MIGRATIONS), SCHEMA_VERSION)
    con.close()


def test_a_version_1_store_gains_the_voices_columns_and_its_outlets(tmp_path):
    """A store made before the voices migration keeps its rows; each article's outlet is its url's domain."""
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    current_version(con)
    con.execute(MIGRATIONS[0][2])
    con.execute("INSERT INTO schema_migrations (version, description) VALUES (1, 'v1')")
    for aid, url in (("a", "https://www.lemonde.fr/x/y.html"), ("b", None), ("c", "http://news.bbc.co.uk:80/z")):
        con.execute("INSERT INTO articles (article_id, content_hash, url, text, n_chars, extractor_version) "
                    "VALUES (?, 'h', ?, 't', 1, '0')", [aid, url])
    con.close()
    con = connect(db)
    assert con.execute("SELECT article_id, outlet FROM articles ORDER BY 1").fetchall() == [
        ("a", "lemonde.fr"), ("b", "unknown"), ("c", "news.bbc.co.uk")]
    names = {r[0] for r in con.execute("DESCRIBE entities").fetchall()}
    assert {"gender", "gender_cue", "gender_evidence", "source_kind"} <= names
    con.close()


@pytest.mark.parametrize("outlet, url, expected", [
    ("Le Monde", "https://www.lefigaro.fr/a", "Le Monde"),
    (None, "https://www.lefigaro.fr/a", "lefigaro.fr"),
    ("  ", "HTTPS://WWW2.Example.COM:8080/a?b", "example.com"),
    (None, "/data/feed.jsonl", "unknown"),
    (None, None, "unknown"),
])
def test_outlet_of(outlet, url, expected):
    assert outlet_of(outlet, url) == expected


def test_analyses_round_trip(tmp_path):
    db = tmp_path / "c.duckdb"
    analyses = _analyses()
    with StoreWriter(db) as writer:
        writer.write(batch_of(analyses))
    con = connect(db, read_only=True)
    for analysis in analyses:
        assert analysis_dict(con, analysis.article.id) == analysis.to_dict()
    assert analysis_dict(con, "nope") is None


def test_changed_article_replaces_its_records(tmp_path):
    db = tmp_path / "c.duckdb"
    first = fake_analysis(Article(id="a", text="Poutine et Biden, « oui », 2021.", lang="fr"))
    second = fake_analysis(Article(id="a", text="Macron seul.", lang="fr"))
    with StoreWriter(db) as writer:
        writer.write(batch_of([first]))
        writer.write(batch_of([second]))
        writer.rebuild_actors()
    rows = snapshot(db)
    assert [r[0] for r in rows["articles"]] == ["a"]
    assert [r[4] for r in rows["entities"]] == ["Macron"]
    assert rows["quotes"] == [] and rows["dates"] == [] and rows["mentions"] != []
    assert [r[0] for r in rows["actors"]] == ["person:emmanuel macron"]


def test_failures_are_upserted_and_cleared_on_success(tmp_path):
    db = tmp_path / "c.duckdb"
    bad = Failure("in.jsonl", "E004", "malformed JSON", line=3)
    failed_article = Failure("in.jsonl", "E003", "unsupported language", line=4, article_id="x")
    with StoreWriter(db) as writer:
        writer.write(batch_of([bad, failed_article]))
        writer.write(batch_of([bad, failed_article]))
        assert writer.con.execute("SELECT count(*) FROM errors").fetchall()[0][0] == 2
        writer.write(batch_of([fake_analysis(Article(id="x", text="Macron.", lang="fr"))]))
        assert writer.con.execute("SELECT source, line FROM errors").fetchall() == [("in.jsonl", 3)]


def test_an_input_read_fine_clears_its_row_its_files_and_its_folders(tmp_path):
    from newsgraph.store.writer import clear_read_errors

    rows = [("in.jsonl", 3), ("in.jsonl", 4), ("in.jsonl", 0), ("corpus/", 0), ("corpus/a", 0), ("corpus2", 0),
            ("corpus/a/x.txt", 2), ("other.txt", 0)]
    with StoreWriter(tmp_path / "c.duckdb") as writer:
        writer.write(batch_of([Failure(source, "E001", "bad", line=line or None) for source, line in rows]))
        clear_read_errors(writer.con, [("in.jsonl", 4), ("corpus/a/x.txt", 0)])
        left = sorted(writer.con.execute("SELECT source, line FROM errors").fetchall())
    assert left == [("corpus/a/x.txt", 2), ("corpus2", 0), ("in.jsonl", 3), ("other.txt", 0)]


def test_a_stored_article_from_a_jsonl_line_clears_that_line(tmp_path):
    article = Article(id="y", text="Macron.", lang="fr", source="in.jsonl:5", line=5)
    with StoreWriter(tmp_path / "c.duckdb") as writer:
        writer.write(batch_of([Failure("in.jsonl", "E004", "malformed JSON", line=5),
                               Failure("in.jsonl", "E004", "malformed JSON", line=6)]))
        writer.write(batch_of([fake_analysis(article)]))
        assert writer.con.execute("SELECT source, line FROM errors").fetchall() == [("in.jsonl", 6)]


def test_actors_join_languages_on_the_key(tmp_path):
    db = tmp_path / "c.duckdb"
    with StoreWriter(db) as writer:
        writer.write(batch_of(_analyses()))
        writer.rebuild_actors()
        row = writer.con.execute("SELECT name, type, country, names, n_articles, n_quotes, n_events FROM actors "
                                 "WHERE actor_key = 'person:vladimir putin'").fetchall()
    assert len(row) == 1
    name, type_, country, names, n_articles, n_quotes, n_events = row[0]
    assert (type_, country, n_articles) == ("PERSON", "RUS", 3)
    assert names == '{"en":["Putin"],"fr":["Poutine"]}'
    assert n_quotes == 3 and n_events == 2  # the fake gives quotes to the first person named


# --- property: any analysis the contract allows survives the store unchanged ---------------------------

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_opt = st.none() | _text


@st.composite
def analyses(draw):
    text = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80))

    def a_span():
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return Span(start, end, text[start:end])

    entities = tuple(
        Entity(f"e{i}", draw(st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"])), draw(_text),
               tuple(a_span() for _ in range(draw(st.integers(1, 3)))), key=draw(_opt), country=draw(_opt),
               descriptors=tuple(draw(st.lists(_text, max_size=2))))
        for i in range(draw(st.integers(0, 3))))
    ids = [None] + [e.id for e in entities]
    quotes = tuple(
        Quote(f"q{i}", draw(st.sampled_from(["direct", "indirect", "mixed"])), a_span(), draw(st.sampled_from(ids)),
              speaker_mention=draw(st.none() | st.just(a_span())), cue=draw(st.none() | st.just(a_span())),
              addressee=draw(st.sampled_from(ids)), source=draw(st.sampled_from(ids)),
              confidence=draw(st.floats(0, 1)))
        for i in range(draw(st.integers(0, 2))))
    events = tuple(
        Event(f"v{i}", draw(st.sampled_from(["CONSULT", "THREATEN"])), a_span(),
              draw(st.sampled_from(["asserted", "reported", "hypothetical", "negated"])),
              source=draw(st.sampled_from(ids)), target=draw(st.sampled_from(ids)), mode=draw(_opt),
              date=draw(_opt), location=draw(st.sampled_from(ids)), quote=draw(st.none() | st.just("q0")))
        for i in range(draw(st.integers(0, 2))))
    dates = tuple(DateMention(a_span(), draw(_opt), draw(st.sampled_from([None, "year", "day"])))
                  for _ in range(draw(st.integers(0, 2))))
    quantities = tuple(Quantity(a_span(), draw(st.floats(-1e12, 1e12, allow_nan=False)), draw(_opt),
                                draw(st.booleans()))
                       for _ in range(draw(st.integers(0, 2))))
    article = Article(text=text, id=draw(st.text(min_size=1, max_size=12,
                                                  alphabet=st.characters(blacklist_categories=("Cs",)))),
                      lang=draw(st.sampled_from(["fr", "en"])), published=draw(st.none() | st.just("2021-12-31")),
                      title=draw(_opt), url=draw(_opt), source=draw(_opt))
    return Analysis(article, entities, quotes, events, dates, quantities,
                    warnings=tuple(draw(st.lists(_text, max_size=2))))


@pytest.fixture(scope="module")
def shared_writer(tmp_path_factory):
    with StoreWriter(tmp_path_factory.mktemp("rt") / "c.duckdb") as writer:
        yield writer


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(analysis=analyses())
def test_any_analysis_round_trips(shared_writer, analysis):
    # one database for all examples: writing an article replaces whatever had its id before
    shared_writer.write(batch_of([analysis]))
    shared_writer.rebuild_actors()
    assert analysis_dict(shared_writer.con, analysis.article.id) == analysis.to_dict()


def test_the_database_keeps_no_connection_after_close(tmp_path):
    db = tmp_path / "c.duckdb"
    StoreWriter(db).close()
    duckdb.connect(str(db)).close()  # not locked


def test_descriptor_keys_stay_in_their_article(tmp_path):
    from newsgraph.store.records import actor_key

    assert actor_key("descr:la ministre", "PERSON", "la ministre", "a1") == "descr:la ministre@a1"
    assert actor_key("person:joe biden", "PERSON", "Biden", "a1") == "person:joe biden"
    assert actor_key(None, "ORG", "Le  Monde", "a1") == "org:le monde"


def test_an_unnamed_agent_is_a_corpus_actor_only_with_its_country():
    from newsgraph.store.records import actor_key

    # "le gouvernement français" is one actor in every article; "l'agresseur" is someone else in each
    assert actor_key("agent:FRAGOV", "ORG", "gouvernement français", "a1", "FRA") == "agent:FRAGOV"
    assert actor_key("agent:CRM", "ORG", "agresseur", "a1", None) == "agent:CRM@a1"
    assert actor_key("agent:GOV", "ORG", "gouvernement", "a2") == "agent:GOV@a2"


def _hold(db, seconds: float, *, read_only: bool):
    """Another process that opens the database and keeps it for ``seconds``."""
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; "
                               f"c = duckdb.connect(sys.argv[1], read_only={read_only}); print('ready', flush=True); "
                               f"time.sleep({seconds}); c.close()", str(db)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_the_writer_holds_the_file_only_while_it_writes(tmp_path):
    db = tmp_path / "c.duckdb"
    with StoreWriter(db) as writer:
        writer.write(batch_of(_analyses()[:1]))
        duckdb.connect(str(db), read_only=True).close()  # between batches a reader gets in
        writer.write(batch_of(_analyses()[1:]))
        with connect(db, read_only=True) as con:
            assert con.execute("SELECT count(*) FROM articles").fetchall() == [(4,)]


def test_the_writer_waits_for_a_reader_and_a_reader_for_the_writer(tmp_path):
    import time

    db = tmp_path / "c.duckdb"
    writer = StoreWriter(db)
    reader = _hold(db, 1.5, read_only=True)
    started = time.monotonic()
    writer.write(batch_of(_analyses()))  # waits for the reader to let go, then writes
    assert time.monotonic() - started > 0.5
    reader.wait()
    holder = _hold(db, 1.5, read_only=False)  # a writer that keeps the file for a while
    started = time.monotonic()
    con = connect(db, read_only=True)
    assert time.monotonic() - started > 0.5
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(4,)]
    con.close()
    holder.wait()
    with pytest.raises(Exception, match=r"E011.*waited 0.3 s"):
        holder = _hold(db, 3, read_only=False)
        try:
            connect(db, read_only=True, wait=0.3)
        finally:
            holder.kill()
            holder.wait()


def test_overlapping_readers_do_not_starve_the_writer(tmp_path):
    """Readers that always keep the file open between them (two threads, overlapping) still let a writer in:
    it marks that it waits, and newsgraph's readers stay off the file until it has written."""
    import subprocess
    import sys
    import threading
    import time

    db = tmp_path / "c.duckdb"
    with StoreWriter(db) as writer:
        writer.write(batch_of(_analyses()[:1]))
    stop = threading.Event()
    reads = []

    def read_forever(offset: float):
        time.sleep(offset)
        while not stop.is_set():
            with connect(db, read_only=True, wait=30) as con:
                reads.append(con.execute("SELECT count(*) FROM articles").fetchall()[0][0])
                time.sleep(0.1)

    threads = [threading.Thread(target=read_forever, args=(i * 0.05,)) for i in range(2)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.3)
        code = ("import sys, time; sys.path[:0] = sys.argv[2:]; from newsgraph.store import StoreWriter; "
                "from tests.store.conftest import fake_analysis; from newsgraph.model import Article; "
                "from newsgraph.store.records import batch_of; t = time.monotonic(); "
                "w = StoreWriter(sys.argv[1], wait=20); "
                "w.write(batch_of([fake_analysis(Article(text='Macron parle.', id='new', lang='fr'))])); "
                "print(round(time.monotonic() - t, 2))")
        root = str(Path(__file__).resolve().parents[2])
        done = subprocess.run([sys.executable, "-c", code, str(db), root, root + "/src"], capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert float(done.stdout) < 10
        time.sleep(0.5)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert reads[0] == 1 and reads[-1] == 2  # the readers went on, and saw the write
    assert not (tmp_path / "c.duckdb.writer-waiting").exists()


def test_rows_of_the_old_file_colon_line_form_are_the_same_input(tmp_path):
    with StoreWriter(tmp_path / "c.duckdb") as writer:
        writer.write(batch_of([Failure("in.jsonl:3", "E003", "old form", article_id="a"),
                               Failure("in.jsonl:4", "E003", "old form", article_id="b"),
                               Failure("in.jsonl:5", "E003", "old form", article_id="c")]))
        writer.write(batch_of([Failure("in.jsonl", "E099", "new form", line=3, article_id="a")]))
        writer.write(batch_of([fake_analysis(Article(id="d", text="Macron.", lang="fr", source="in.jsonl:4",
                                                     line=4))]))
        left = sorted(writer.con.execute("SELECT source, line, code FROM errors").fetchall())
    assert left == [("in.jsonl", 3, "E099"), ("in.jsonl:5", 0, "E003")]


def test_gender_evidence_source_kind_and_mention_kinds_round_trip(tmp_path):
    from newsgraph.model import Mention

    text = "La porte-parole Jen Psaki a parlé. « Oui », a-t-elle dit."
    psaki = Entity("e1", "PERSON", "Jen Psaki",
                   (Mention(0, 15, "La porte-parole", "title"), Mention(16, 25, "Jen Psaki", "name"),
                    Mention(47, 51, "elle", "pronoun")),
                   key="person:jen psaki", gender="f", gender_cue="descriptor",
                   gender_evidence=(Span(0, 15, "La porte-parole"), Span(47, 51, "elle")), source_kind="person")
    quote = Quote("q1", "direct", Span(37, 40, "Oui"), "e1", confidence=0.9)
    analysis = Analysis(Article(text, id="a1", lang="fr", outlet="Le Devoir"), entities=(psaki,), quotes=(quote,))
    with StoreWriter(tmp_path / "c.duckdb") as writer:
        writer.write(batch_of([analysis]))
    con = connect(tmp_path / "c.duckdb", read_only=True)
    assert analysis_dict(con, "a1") == analysis.to_dict()
    assert con.execute("SELECT gender, gender_cue, source_kind, json_extract_string(gender_evidence, '$[1].text') "
                       "FROM entities").fetchall() == [("f", "descriptor", "person", "elle")]
    assert con.execute("SELECT outlet FROM articles").fetchall() == [("Le Devoir",)]
    con.close()
