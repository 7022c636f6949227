"""Web fixtures. Most tests drive the app in-process with a stub analyzer that returns a hand-built
contract dict (the gold records of the seed located in its text), so they need no model."""
from __future__ import annotations

import json

import pytest

from .helpers import Stub, analysis_from_dict, gold_contract, hostile_dict


def pytest_configure(config):
    # Starlette's TestClient works with httpx; its advice to move to httpx2 is not for these tests.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="session")
def gold_dict(seed_text, shared) -> dict:
    gold = json.loads((shared / "examples" / "putin-biden-call.gold.json").read_text(encoding="utf-8"))
    return gold_contract(seed_text, gold)


@pytest.fixture()
def stub(gold_dict) -> Stub:
    return Stub(gold_dict)


@pytest.fixture()
def client(stub):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    with TestClient(create_app(analyzer=stub), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture()
def corpus_db(tmp_path, gold_dict):
    """A small corpus: the seed in French, a copy filed as English a week later, and the hostile article."""
    from newsgraph.store import RecordBatch, StoreWriter

    english = json.loads(json.dumps(gold_dict))
    english["article"].update(id="putin-biden-call-en", lang="en", published="2022-01-07")
    path = tmp_path / "corpus.duckdb"
    with StoreWriter(path) as writer:
        batch = RecordBatch()
        for data in (gold_dict, english, hostile_dict()):
            batch.add(analysis_from_dict(data))
        writer.write(batch)
        writer.rebuild_actors()
    return path


@pytest.fixture()
def corpus_client(corpus_db, stub):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    with TestClient(create_app(corpus_db, analyzer=stub), raise_server_exceptions=False) as c:
        yield c
