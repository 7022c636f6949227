"""The real pipeline on a small corpus: a run killed with kill -9 and rerun equals a clean run, and a
Dask LocalCluster with 2 workers stores exactly the rows of a local run."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.scale import ingest

from .conftest import counts, snapshot, write_jsonl

N_ARTICLES = 24


@pytest.fixture(scope="module")
def small_corpus(shared, tmp_path_factory) -> Path:
    """The first articles of the OrangeSum bench, shortened so the pipeline runs fast."""
    records = []
    with (shared / "bench" / "orangesum-5k.fr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            record["text"] = record["text"][:700]
            records.append(record)
            if len(records) == N_ARTICLES:
                break
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "no end\n', encoding="utf-8")
    return write_jsonl(folder / "small.jsonl", records).parent


@pytest.fixture(scope="module")
def clean_db(small_corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    report = ingest([str(small_corpus)], db, workers=0)
    assert (report.ingested, report.failed) == (N_ARTICLES, 1)
    return db


def test_kill_9_midway_then_rerun_equals_a_clean_run(small_corpus, clean_db, tmp_path):
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "newsgraph.cli.main", "ingest", str(small_corpus), "--db", str(db),
               "--workers", "1", "--chunk-size", "2", "--progress"]
    run = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                           start_new_session=True)
    done = 0
    deadline = time.monotonic() + 240
    try:
        for line in run.stderr:  # "ingest: 12/25 ok ..." once per stored chunk ("ingest: loading models" first)
            counted = re.match(r"ingest: (\d+)/", line)
            if counted:
                done = int(counted.group(1))
                if done >= (N_ARTICLES + 1) // 2:
                    break
            assert time.monotonic() < deadline, "the ingest made no progress"
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the ingest and its worker, as a crash would
        run.wait()
    assert run.returncode == -signal.SIGKILL
    assert 0 < done < N_ARTICLES + 1, "the kill came too late to test anything"
    partial = counts(db)["articles"]
    assert 0 < partial < N_ARTICLES
    report = ingest([str(small_corpus)], db, workers=0)
    assert report.skipped == partial and report.ingested == N_ARTICLES - partial
    assert counts(db) == counts(clean_db)
    assert snapshot(db) == snapshot(clean_db)


@pytest.mark.slow
def test_dask_local_cluster_stores_the_rows_of_a_local_run(small_corpus, clean_db, tmp_path):
    db = tmp_path / "dask.duckdb"
    report = ingest([str(small_corpus)], db, dask="local:2", chunk_size=4)
    assert (report.ingested, report.failed) == (N_ARTICLES, 1)
    assert len(report.worker_peak_rss) == 2, "both Dask workers should have analyzed chunks"
    assert snapshot(db) == snapshot(clean_db)
