"""A live store: `newsgraph serve --db` and `newsgraph ingest` on the same file at once, as real processes.

Readers (the server, `query`) open short read-only connections and the writer holds the file for one batch
at a time, each side waiting with backoff while the other has it (store/db.py).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from newsgraph.model import Article
from newsgraph.store import StoreWriter
from newsgraph.store.records import batch_of

from .conftest import ARTICLES, fake_analysis, write_jsonl

NEW_ARTICLES = 6
NEWSGRAPH = [sys.executable, "-m", "newsgraph.cli.main"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 20.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def new_articles(shared, tmp_path) -> Path:
    """Articles the store does not hold yet: the first OrangeSum ones, shortened so the pipeline runs fast."""
    records = []
    with (shared / "bench" / "orangesum-5k.fr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            record.update(text=record["text"][:600], lang="fr")
            records.append(record)
            if len(records) == NEW_ARTICLES:
                break
    return write_jsonl(tmp_path / "new.jsonl", records)


def test_serve_and_ingest_at_once(new_articles, tmp_path):
    db = tmp_path / "live.duckdb"
    with StoreWriter(db) as writer:  # the store as it was before: four articles
        writer.write(batch_of([fake_analysis(Article(**a)) for a in ARTICLES]))
        writer.rebuild_actors()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([*NEWSGRAPH, "serve", "--db", str(db), "--port", str(port), "--no-preload"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                              start_new_session=True)
    ingest = None
    try:
        deadline = time.monotonic() + 60
        while True:  # the server is up
            assert server.poll() is None, server.stderr.read()
            try:
                if _get(f"{base}/api/stats", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)

        ingest = subprocess.Popen([*NEWSGRAPH, "ingest", str(new_articles), "--db", str(db), "--workers", "0",
                                   "--chunk-size", "2", "--progress"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
        log: list[str] = []
        reader = threading.Thread(target=lambda: log.extend(ingest.stderr), daemon=True)
        reader.start()

        urls = ["/api/stats", "/api/quotes?limit=5", "/speakers", "/api/events", "/network", "/api/actors"]
        answers: list[tuple[float, str, int]] = []
        counts: list[int] = []
        query_during_ingest = None
        ended_at = None
        hard_stop = time.monotonic() + 400
        i = 0
        while True:  # a GET every 0.5 s, until the new articles show or 10 s after the ingest ended
            now = time.monotonic()
            assert now < hard_stop, "no end in sight: " + "".join(log[-5:])
            url = urls[i % len(urls)]
            status, body = _get(base + url)
            answers.append((now, url, status))
            assert status == 200, (url, status, body[:300])
            status, body = _get(f"{base}/api/stats")
            assert status == 200, body[:300]
            counts.append(json.loads(body)["articles"])
            if query_during_ingest is None and ingest.poll() is None and any("analyzing" in l or "/" in l
                                                                               for l in log):
                query_during_ingest = subprocess.run([*NEWSGRAPH, "query", "quotes", "--limit", "1", "--json",
                                                      "--db", str(db)], capture_output=True, text=True, env=env,
                                                     timeout=120)
                assert query_during_ingest.returncode == 0, query_during_ingest.stderr
                sql = subprocess.run([*NEWSGRAPH, "query", "sql", "SELECT count(*) AS n FROM articles", "--json",
                                      "--db", str(db)], capture_output=True, text=True, env=env, timeout=120)
                assert sql.returncode == 0, sql.stderr
                assert json.loads(sql.stdout)[0]["n"] >= len(ARTICLES)
            if ended_at is None and ingest.poll() is not None:
                ended_at = time.monotonic()
            if ended_at is not None and counts[-1] == len(ARTICLES) + NEW_ARTICLES:
                visible_after = time.monotonic() - ended_at
                break
            if ended_at is not None:
                assert time.monotonic() - ended_at <= 10, f"the new articles did not show: {counts[-5:]}"
            i += 1
            time.sleep(max(0.0, 0.5 - (time.monotonic() - now)))
        reader.join(5)
        assert ingest.returncode == 0, "".join(log)
        assert counts == sorted(counts), "a reader saw the corpus shrink"
        assert counts[0] == len(ARTICLES) and counts[-1] == len(ARTICLES) + NEW_ARTICLES
        assert len(answers) >= 4 and all(status == 200 for *_, status in answers)
        print(f"\n{len(answers)} GETs, all 200; articles seen: {sorted(set(counts))}; all new ones shown "
              f"{visible_after:.1f} s after the ingest ended; query during ingest: "
              f"{'exit 0' if query_during_ingest else 'not run'}")
    finally:
        for process in (ingest, server):
            if process is not None and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
