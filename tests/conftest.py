"""Shared fixtures. Golden tests read ../shared (beside the repository) and skip without it."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
SEED = REPO / "src" / "newsgraph" / "examples" / "putin-biden-call.fr.txt"
SEED_PUBLISHED = "2021-12-31"


def pytest_configure(config):
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(REPO / ".hypothesis"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"shared data not found at {SHARED} (set NEWSGRAPH_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    import newsgraph

    return newsgraph.analyze(seed_text, published=SEED_PUBLISHED, id="putin-biden-call")


@pytest.fixture(scope="session")
def contract_schema() -> dict:
    """The contract as this version ships it: the shared one plus the fields later issues added."""
    from importlib.resources import files

    return json.loads(files("newsgraph").joinpath("contract/analysis.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared_contract_schema(shared) -> dict:
    return json.loads((shared / "contract" / "analysis.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp_fr():
    from newsgraph.nlp import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en():
    from newsgraph.nlp import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def stage_to_parse_ratio(nlp_fr):
    """``ratio(text, stage)``: the time of ``stage(doc, text)`` over the French parse of the same
    text, both measured in one run, the stage after one warm-up call (its language tables built)."""
    from time import perf_counter

    from newsgraph.nlp import model_text

    def ratio(text, stage):
        t0 = perf_counter()
        doc = nlp_fr(model_text(text))
        parse = perf_counter() - t0
        stage(doc, text)
        t0 = perf_counter()
        stage(doc, text)
        return (perf_counter() - t0) / parse

    return ratio
