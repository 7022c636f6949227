"""What the live store costs: storing a chunk (the file held across chunks vs opened for each) and a server
request (the first time after a commit vs answered from memory).

    .venv/bin/python bench/bench_live.py            # builds bench/results/live-5000.duckdb once (about a minute)

The store holds the first N OrangeSum texts analyzed by the tests' stand-in analyzer (tests/store/conftest.py:
names, «quotes», years and numbers found by rules, no model), so the figures are the store's, not spaCy's.
CPU times per request are the process's (the app and DuckDB's threads), less sensitive to a loaded machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


def build(db: Path, n: int) -> None:
    from newsgraph.model import Article
    from newsgraph.store import StoreWriter
    from newsgraph.store.records import batch_of
    from tests.store.conftest import fake_analysis

    articles = []
    with (SHARED / "bench" / "orangesum-5k.fr.jsonl").open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i >= n:
                break
            record = json.loads(line)
            text = record["text"][:1500] + (" Poutine et Biden ont eu un appel. « Nous verrons », a dit Macron. "
                                            "La Russie et l'Ukraine.")
            articles.append(Article(text=text, id=f"a{i}", lang="fr", published=record.get("published")))
    with StoreWriter(db) as writer:
        for k in range(0, n, 32):
            writer.write(batch_of([fake_analysis(a) for a in articles[k:k + 32]]))
        writer.rebuild_actors()


def chunk_costs(db: Path, work: Path) -> dict[str, float]:
    from newsgraph.model import Article
    from newsgraph.store import StoreWriter
    from newsgraph.store.records import batch_of
    from tests.store.conftest import fake_analysis

    new = [Article(text=f"Poutine et Biden ont eu un appel {i}. « Nous verrons {i} », a dit Macron. La Russie.",
                   id=f"new{i}", lang="fr", published="2022-01-01") for i in range(320)]
    batches = [batch_of([fake_analysis(a) for a in new[k:k + 32]]) for k in range(0, 320, 32)]
    out = {}
    for mode in ("held across chunks", "opened for each chunk"):
        shutil.copy(db, work)
        writer = StoreWriter(work)
        if mode.startswith("held"):
            writer.con  # noqa: B018 - hold the connection
        times = []
        for batch in batches:
            started = time.perf_counter()
            writer.write(batch)
            times.append(time.perf_counter() - started)
        writer.close()
        out[mode] = round(statistics.median(times) * 1000, 1)
    work.unlink()
    return out


def request_costs(db: Path) -> list[tuple[str, float, float]]:
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    warnings.filterwarnings("ignore")
    urls = ["/api/stats", "/api/speakers", "/speakers", "/api/quotes", "/api/quotes?about=appel", "/api/events",
            "/api/actors", "/network", "/"]
    rows = []
    with TestClient(create_app(db, analyzer=lambda *a, **k: None)) as client:
        client.get("/")
        for url in urls:
            first, again = [], []
            for i in range(10):
                store = client.app.state.store
                store._kept.clear()  # as after a commit: the question is read from the file
                started = time.process_time()
                assert client.get(url).status_code == 200
                first.append(time.process_time() - started)
                started = time.process_time()
                assert client.get(url).status_code == 200
                again.append(time.process_time() - started)
            rows.append((url, statistics.median(first) * 1000, statistics.median(again) * 1000))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    db = args.db or ROOT / "bench" / "results" / f"live-{args.articles}.duckdb"
    db.parent.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        started = time.perf_counter()
        build(db, args.articles)
        print(f"built {db} ({args.articles} articles) in {time.perf_counter() - started:.0f} s")
    print(f"load average {os.getloadavg()[0]:.1f}; store {db.stat().st_size / 1e6:.0f} MB")
    for mode, ms in chunk_costs(db, db.with_name("live-work.duckdb")).items():
        print(f"storing a chunk of 32, file {mode}: median {ms} ms")
    print(f"{'request':28s} {'CPU ms, first':>14s} {'CPU ms, again':>14s}")
    for url, first, again in request_costs(db):
        print(f"{url:28s} {first:14.1f} {again:14.1f}")


if __name__ == "__main__":
    main()
