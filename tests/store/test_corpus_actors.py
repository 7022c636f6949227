"""The corpus as a new user sees it: the top actors of 500 OrangeSum articles are real actors of the
right type with readable keys, and no clause fragment is among the top speakers (issue 9's corpus
check, on a sample small enough for CI)."""
from __future__ import annotations

import json
import re

import pytest

from newsgraph import lang as langdata
from newsgraph.extract.identity import known_person, readable_form
from newsgraph.lang.world import SOCIAL_NETWORKS
from newsgraph.scale import ingest
from newsgraph.store import queries
from newsgraph.store.db import connect

N_ARTICLES = 500
FR = langdata.get("fr")

pytestmark = [pytest.mark.golden, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory):
    folder = tmp_path_factory.mktemp("orangesum")
    source = folder / "orangesum-500.jsonl"
    with (shared / "bench" / "orangesum-5k.fr.jsonl").open(encoding="utf-8") as lines, \
            source.open("w", encoding="utf-8") as out:
        for n, line in enumerate(lines):
            if n == N_ARTICLES:
                break
            out.write(line)
    db = folder / "corpus.duckdb"
    report = ingest([str(source)], db, workers=0)
    assert (report.ingested, report.failed) == (N_ARTICLES, 0)
    con = connect(db, read_only=True)
    yield {
        "actors": queries.actors(con, limit=100).dicts(),
        "speakers": queries.speakers(con, limit=300).dicts(),
        "n_agent_entities": con.execute("SELECT count(*) FROM entities WHERE key LIKE 'agent:%'").fetchall()[0][0],
    }
    con.close()


def test_the_most_written_about_actors_have_their_type(corpus):
    by_key = {a["key"]: a for a in corpus["actors"]}
    expected = {"country:FRA": "GPE", "person:emmanuel macron": "PERSON", "org:afp": "ORG",
                "org:le-parisien": "ORG", "city:fra:paris": "GPE", "person:edouard philippe": "PERSON"}
    assert {k: by_key[k]["type"] for k in expected if k in by_key} == expected
    for actor in corpus["actors"]:
        assert actor["key"].split(":")[0] != "person" or actor["type"] == "PERSON", actor


def test_an_unnamed_agent_ranks_only_with_its_country(corpus):
    """"l'agresseur" or "le gouvernement" is someone else in every article: no actor across the corpus
    unless the article says whose it is (le gouvernement français -> agent:FRAGOV)."""
    agents = [a for a in corpus["actors"] if a["key"].startswith("agent:")]
    for actor in agents:
        assert actor["country"] and actor["key"].startswith("agent:" + actor["country"]), actor
    assert corpus["n_agent_entities"] > 100  # the agents are still found, in their articles


def test_social_networks_are_organisations(corpus):
    by_key = {a["key"]: a for a in corpus["actors"]}
    networks = {key for key, _, _ in SOCIAL_NETWORKS.values()}
    assert {"org:twitter", "org:facebook"} <= set(by_key)
    for actor in corpus["actors"]:
        assert actor["key"] not in networks or actor["type"] == "ORG", actor
        assert readable_form(actor["name"]) not in SOCIAL_NETWORKS or actor["key"] in networks, actor


def test_no_common_word_or_split_name_among_the_top_actors(corpus):
    names = {readable_form(a["name"]) for a in corpus["actors"]}
    persons = {readable_form(a["name"]).split()[-1] for a in corpus["actors"] if a["type"] == "PERSON"}
    for actor in corpus["actors"]:
        if actor["key"].startswith("agent:"):
            continue  # an unnamed agent (le gouvernement, la police) is coded, not named
        name = readable_form(actor["name"])
        # "État" as a place, a word capitalised at a sentence start
        assert name not in {readable_form(w) for w in FR.not_names}, actor
        # "Macron" as a place: a top person's surname typed as anything else
        assert actor["type"] == "PERSON" or name not in persons, actor
        # "Parisien" beside "Le Parisien"
        assert not any(other != name and other.endswith(" " + name) and other.split()[0] in FR.definite_articles
                       for other in names), actor


def test_keys_read_as_one_of_the_actors_names(corpus):
    """A key is the name as written, folded; not a respelling ("agnes buzin", "org:europ", "misc:tviter")."""
    canonical = {alias[0] for code in ("fr", "en") for table in ("org_aliases", "metonyms")
                 for alias in getattr(langdata.get(code), table).values()}
    for actor in corpus["actors"]:
        kind, _, rest = actor["key"].partition(":")
        if kind in ("country", "city", "region", "agent") or actor["key"] in canonical:
            continue  # codes, gazetteer keys and the organisations' own canonical keys
        written = {readable_form(n) for names in (actor["names"] or {}).values() for n in names}
        written |= {w.replace(" ", "-") for w in written}
        # a leader's name as the actor dictionaries spell it (Poutine: "vladimir putin")
        written |= {readable_form(known_person(n.split()) or "") for names in (actor["names"] or {}).values()
                    for n in names}
        assert rest in written or readable_form(actor["name"]) == rest, actor


def test_no_clause_fragment_among_the_top_speakers(corpus):
    closed = FR.relative_pronouns | FR.complementizers
    assert len(corpus["speakers"]) == 300
    for speaker in corpus["speakers"]:
        words = re.findall(r"[\w'-]+", (speaker["name"] or "").casefold().replace("’", "'"))
        assert words, speaker
        assert len(words) <= 10 and not set(words) & closed, speaker
