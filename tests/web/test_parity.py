"""The CLI and the API give the same answer to the same question, for each filter: both ask
store/queries.py, with the same names for the same options."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli

PUTIN = "person:vladimir putin"
PSAKI = "person:jen psaki"

# (CLI subcommand, API path, filters); the CLI's --name is the API's name, and so on, always.
QUESTIONS = [
    ("quotes", "/api/quotes", {}),
    ("quotes", "/api/quotes", {"about": "erreur colossale"}),
    ("quotes", "/api/quotes", {"about": "Russie"}),
    ("quotes", "/api/quotes", {"speaker": "psaki"}),
    ("quotes", "/api/quotes", {"speaker": PSAKI}),
    ("quotes", "/api/quotes", {"lang": "en"}),
    ("quotes", "/api/quotes", {"since": "2022-01-05"}),
    ("quotes", "/api/quotes", {"until": "2022-01-01"}),
    ("quotes", "/api/quotes", {"limit": 3, "page": 2}),
    ("speakers", "/api/speakers", {}),
    ("speakers", "/api/speakers", {"lang": "fr"}),
    ("speakers", "/api/speakers", {"since": "2022-01-01"}),
    ("speakers", "/api/speakers", {"until": "2022-01-04"}),
    ("speakers", "/api/speakers", {"limit": 2, "page": 2}),
    ("actors", "/api/actors", {}),
    ("actors", "/api/actors", {"type": "PERSON"}),
    ("actors", "/api/actors", {"country": "RUS"}),
    ("actors", "/api/actors", {"name": "vladimir"}),
    ("actors", "/api/actors", {"limit": 4, "page": 3}),
    ("events", "/api/events", {}),
    ("events", "/api/events", {"actor": PUTIN}),
    ("events", "/api/events", {"source": "putin"}),
    ("events", "/api/events", {"target": "biden"}),
    ("events", "/api/events", {"type": "consult"}),
    ("events", "/api/events", {"status": "reported"}),
    ("events", "/api/events", {"since": "2021-12-31"}),
    ("events", "/api/events", {"until": "2021-12-30"}),
    ("events", "/api/events", {"limit": 5, "page": 2}),
    ("timeline", "/api/timeline", {"actor": "putin"}),
    ("timeline", "/api/timeline", {"actor": PUTIN, "limit": 4, "page": 2}),
]


def cli_rows(db, command: str, filters: dict) -> list[dict]:
    args = ["query", command]
    for name, value in filters.items():
        if command == "timeline" and name == "actor":
            args.insert(2, str(value))
        else:
            args += [f"--{name}", str(value)]
    result = CliRunner().invoke(cli, [*args, "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("command, path, filters", QUESTIONS,
                         ids=[f"{c}-{'-'.join(f) or 'all'}" for c, _, f in QUESTIONS])
def test_cli_and_api_agree(corpus_db, corpus_client, command, path, filters):
    api = corpus_client.get(path, params=filters)
    assert api.status_code == 200, api.text
    page = api.json()
    rows = cli_rows(corpus_db, command, filters)
    assert rows == page["items"]
    assert page["limit"] == filters.get("limit", 25) and page["page"] == filters.get("page", 1)
    assert len(rows) <= page["limit"] and page["total"] >= len(rows)


def test_the_questions_find_something(corpus_db):
    """Each filter above is tried on rows that exist (an empty answer on both sides proves nothing)."""
    empty = [(c, f) for c, _, f in QUESTIONS if not cli_rows(corpus_db, c, f)]
    assert empty == []


def test_events_since_is_the_event_date_on_both_sides(corpus_db, corpus_client):
    """The CONSULT call is dated 2021-12-30 in articles published 2021-12-31 and 2022-01-07: it is before
    since=2021-12-31 however late its article was published."""
    for rows in (cli_rows(corpus_db, "events", {"since": "2021-12-31", "type": "consult"}),
                 corpus_client.get("/api/events", params={"since": "2021-12-31", "type": "consult"}).json()["items"]):
        assert all(r["date"][:10] >= "2021-12-31" for r in rows if r["dated_in_text"])
        assert not any(r["date"] == "2021-12-30" for r in rows)
    dated = [r for r in cli_rows(corpus_db, "events", {"until": "2021-12-30", "type": "consult"}) if r["date"] ==
             "2021-12-30"]  # (a month, "2021-12", counts from its first day and is in too)
    assert {r["published"] for r in dated} == {"2021-12-31", "2022-01-07"}


def test_names_is_an_object_on_both_sides(corpus_db, corpus_client):
    cli_putin = cli_rows(corpus_db, "actors", {"name": PUTIN})[0]
    api_putin = corpus_client.get("/api/actors", params={"name": PUTIN}).json()["items"][0]
    assert isinstance(cli_putin["names"], dict) and cli_putin["names"] == api_putin["names"]
    assert set(cli_putin["names"]) == {"fr", "en"}
