"""The writer and the schema, on hand-made analyses (no model)."""
from __future__ import annotations

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.model import Analysis, Article, DateMention, Entity, Event, Failure, Quantity, Quote, Span
from newsgraph.store import SCHEMA_VERSION, StoreWriter, analysis_dict, connect
from newsgraph.store.records import batch_of

from .conftest import ARTICLES, fake_analysis, snapshot


def _analyses():
    return [fake_analysis(Article(**{k: v for k, v in a.items()})) for a in ARTICLES]


def test_migrations_run_once(tmp_path):
    db = tmp_path / "c.duckdb"
    connect(db).close()
    con = connect(db)
    from newsgraph.store.schema import MIGRATIONS

    assert con.execute("SELECT count(*), max(version) FROM schema_migrations").fetchall()[0] == (
        len(MIGRATIONS), SCHEMA_VERSION)
    con.close()


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
    failed_article = Failure("in.jsonl:4", "E003", "unsupported language", article_id="x")
    with StoreWriter(db) as writer:
        writer.write(batch_of([bad, failed_article]))
        writer.write(batch_of([bad, failed_article]))
        assert writer.con.execute("SELECT count(*) FROM errors").fetchall()[0][0] == 2
        writer.write(batch_of([fake_analysis(Article(id="x", text="Macron.", lang="fr"))]))
        assert writer.con.execute("SELECT source, line FROM errors").fetchall() == [("in.jsonl", 3)]


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
