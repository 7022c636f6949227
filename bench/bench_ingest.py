"""Benchmark `newsgraph ingest` on the OrangeSum bench corpus: throughput by worker count, peak RSS per
worker by corpus size, re-ingest time, and the speakers query.

    .venv/bin/python bench/bench_ingest.py                       # the full plan (long: tens of minutes)
    .venv/bin/python bench/bench_ingest.py --plan 5000x2 1000x2 1000x1 --reingest 5000x2

Each run ingests the first N articles into a fresh database with W worker processes. Results are
appended, one JSON object per line, to --out as each run finishes, and printed as a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "bench" / "orangesum-5k.fr.jsonl"


def slice_corpus(corpus: Path, n: int, folder: Path) -> Path:
    out = folder / f"first-{n}.jsonl"
    if not out.exists():
        with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i == n:
                    break
                dst.write(line)
    return out


def run_ingest(path: Path, db: Path, workers: int, every: int = 250, log=None) -> dict:
    """One ingest. Every ``every`` articles, a checkpoint: articles done, seconds, and each worker's
    peak RSS so far, so memory growth shows within one run (peak at 1,000 vs at 5,000)."""
    from newsgraph.scale import ingest

    started = time.perf_counter()
    checkpoints = []
    next_mark = every

    def progress(n, report):
        nonlocal next_mark
        done = report.ingested + report.skipped + report.failed
        if done >= next_mark:
            mark = {"done": done, "seconds": round(time.perf_counter() - started, 1),
                    "worker_peak_rss_mb": sorted(round(r / 2**20) for r in report.worker_peak_rss.values()),
                    "load_avg_1m": round(os.getloadavg()[0], 2)}
            checkpoints.append(mark)
            if log:
                log(mark)
            while next_mark <= done:
                next_mark += every

    report = ingest([str(path)], db, workers=workers, progress=progress)
    rss = sorted(report.worker_peak_rss.values())
    return {"ingested": report.ingested, "skipped": report.skipped, "failed": report.failed,
            "seconds": round(report.seconds, 2), "docs_per_second": round(report.docs_per_second, 2),
            "worker_peak_rss_mb": [round(r / 2**20) for r in rss], "checkpoints": checkpoints}


def time_speakers(db: Path) -> dict:
    from newsgraph.store import connect, queries

    con = connect(db, read_only=True)
    started = time.perf_counter()
    table = queries.speakers(con, limit=20)
    library_seconds = time.perf_counter() - started
    con.close()
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "newsgraph"), "query", "speakers", "--limit", "20", "--db", str(db),
                    "--json"], check=True, capture_output=True)
    cli_seconds = time.perf_counter() - started
    return {"query_seconds": round(library_seconds, 3), "cli_seconds": round(cli_seconds, 3),
            "top": [(r["speaker"], r["actor_key"], r["quotes"], r["articles"]) for r in table.dicts()]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--plan", nargs="+", default=["5000x2", "5000x1", "1000x2", "1000x1"],
                        help="runs as SIZExWORKERS, in order")
    parser.add_argument("--reingest", default="5000x2", help="re-ingest the database of this run, unchanged")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results-ingest.jsonl")
    parser.add_argument("--work", type=Path, default=None, help="folder for the databases (default: a temp dir)")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []

    def record(result: dict) -> None:
        result["cpus"] = os.cpu_count()
        result["load_avg_1m"] = round(os.getloadavg()[0], 2)
        results.append(result)
        print(json.dumps(result), flush=True)
        with args.out.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(result) + "\n")

    for run in args.plan:
        size, workers = (int(x) for x in run.split("x"))
        corpus = slice_corpus(args.corpus, size, work)
        db = work / f"corpus-{size}x{workers}.duckdb"
        db.unlink(missing_ok=True)
        log = lambda mark: print(json.dumps({"run": run, **mark}), flush=True)  # noqa: E731
        result = {"run": run, "size": size, "workers": workers, **run_ingest(corpus, db, workers, log=log)}
        record(result)
        if run == args.reingest:
            record({"run": f"{run} re-ingest", "size": size, "workers": workers, **run_ingest(corpus, db, workers),
                    "first_run_seconds": result["seconds"]})
            record({"run": f"{run} speakers --limit 20", "size": size, **time_speakers(db)})
    print("\n| run | articles | workers | seconds | docs/s | peak RSS per worker (MB) |")
    print("|---|---|---|---|---|---|")
    for r in results:
        if "docs_per_second" in r:
            print(f"| {r['run']} | {r['size']} | {r['workers']} | {r['seconds']} | {r['docs_per_second']} | "
                  f"{', '.join(map(str, r['worker_peak_rss_mb']))} |")


if __name__ == "__main__":
    main()
