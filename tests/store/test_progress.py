"""The ingest's phases (model loading first, on its own) and the smoothed ETA of its progress display."""
from __future__ import annotations

import random

from click.testing import CliRunner

from newsgraph.cli.ingest import SmoothedEta
from newsgraph.cli.main import cli
from newsgraph.scale import ingest


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_no_eta_while_the_models_load_then_a_steady_one():
    clock = Clock()
    eta = SmoothedEta(1000, clock=clock)
    clock.now = 77.0  # models loading: nothing counted, nothing estimated
    assert eta.seconds_left() is None
    eta.start()
    random.seed(1)
    estimates = []
    done = 0
    while done < 900:
        n = 32
        clock.now += n / 10.0 * random.uniform(0.6, 1.4)  # 10 docs/s, each chunk ±40 %
        eta.advance(n)
        done += n
        estimates.append((eta.seconds_left(), (1000 - done) / 10.0))
    settled = estimates[5:]
    assert all(abs(got - true) <= 0.2 * true + 3 for got, true in settled), settled
    # smoothed: from one chunk to the next the estimate moves by little more than the chunk's own time
    jumps = [abs(a[0] - b[0]) for a, b in zip(settled, settled[1:])]
    assert max(jumps) < 8, jumps


def test_skipped_articles_before_the_analysis_do_not_make_a_rate():
    clock = Clock()
    eta = SmoothedEta(100, clock=clock)
    eta.advance(60)  # unchanged articles, skipped while reading
    clock.now = 30.0
    assert eta.seconds_left() is None and eta.done == 60
    eta.start()
    clock.now = 34.0
    eta.advance(8)
    assert eta.rate == 2.0 and eta.seconds_left() == 16.0


def test_ingest_reports_its_phases_in_order(fake_pipeline, corpus_jsonl, tmp_path):
    seen = []
    ingest([str(corpus_jsonl)], tmp_path / "c.duckdb", workers=0, chunk_size=2,
           progress=lambda n, report: seen.append((report.phase, n)))
    phases = [p for i, (p, _) in enumerate(seen) if i == 0 or seen[i - 1][0] != p]
    assert phases == ["loading models", "analyzing", "rebuilding actors", "done"]
    assert all(n == 0 for p, n in seen if p != "analyzing")  # a phase change counts no article
    assert sum(n for _, n in seen) == 4


def test_the_log_lines_name_the_loading_phase(fake_pipeline, corpus_jsonl, tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(corpus_jsonl), "--db", str(tmp_path / "c.duckdb"),
                                      "--workers", "0", "--chunk-size", "2", "--progress"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("ingest:")]
    assert lines[0] == "ingest: loading models"
    assert lines[1].startswith("ingest: 2/4 ") and "ETA" in lines[1]
    assert "ingest: rebuilding actors" in lines
