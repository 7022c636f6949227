#!/usr/bin/env python3
"""What a full analysis costs over bare spaCy parsing, stage by stage, and whether it stays linear.

usage: .venv/bin/python bench/bench_analyze.py [--n 500] [--batch-size 16] [--every 100]
                                               [--out bench/results/analyze.json]

On the first N articles of ../shared/bench/orangesum-5k.fr.jsonl, in one process:
  1. bare: the same pipeline object (newsgraph.nlp.load_pipeline("fr")) over nlp.model_text(texts),
     through nlp.pipe with the same batch size;
  2. full: newsgraph.pipeline.analyze_articles, with every stage function wrapped by a timer in
     pipeline's namespace (analyze_doc looks them up there at each call);
then prints a Markdown table and writes the numbers as JSON. Both runs follow a warm-up analysis,
so model loading and lazily built tables are not counted. Other processes on the machine show up
in the load averages recorded beside the times.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STAGE_FUNCTIONS = {"entities": "find_entities", "quotes": "find_quotes", "dates": "find_dates",
                   "quantities": "find_quantities", "events": "find_events", "prepare": "prepare"}


def read_articles(path: Path, n: int):
    from newsgraph.model import Article

    articles = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(articles) >= n:
                break
            row = json.loads(line)
            articles.append(Article(text=row["text"], id=row["id"], lang=row.get("lang") or "fr",
                                    published=row.get("published"), title=(row.get("title") or "").strip() or None,
                                    source=f"{path.name}:{len(articles) + 1}"))
    return articles


def time_stages(pipeline) -> tuple[dict[str, float], callable]:
    """Wrap each stage function in pipeline's namespace with a timer; returns the totals and an undo."""
    spent = {stage: 0.0 for stage in STAGE_FUNCTIONS}
    originals = {name: getattr(pipeline, name) for name in STAGE_FUNCTIONS.values()}

    def wrap(stage, real):
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - t
        return timed

    for stage, name in STAGE_FUNCTIONS.items():
        setattr(pipeline, name, wrap(stage, originals[name]))

    def undo():
        for name, real in originals.items():
            setattr(pipeline, name, real)

    return spent, undo


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared")))
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--batch-size", type=int, default=16, help="as analyze_many's default")
    ap.add_argument("--every", type=int, default=100, help="checkpoint interval for the linearity table")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "analyze.json")
    args = ap.parse_args(argv)

    from newsgraph import pipeline
    from newsgraph.model import Failure
    from newsgraph.nlp import load_pipeline, model_text

    articles = read_articles(args.shared / "bench" / "orangesum-5k.fr.jsonl", args.n)
    chars = sum(len(a.text) for a in articles)
    load_before = os.getloadavg()

    t = time.perf_counter()
    nlp = load_pipeline("fr")
    warm = list(pipeline.analyze_articles(articles[:4], lang="fr", batch_size=args.batch_size))
    assert not any(isinstance(r, Failure) for r in warm), warm
    warm_up = time.perf_counter() - t

    # 1. bare parsing: the same pipeline object, the same text the pipeline gives it, the same batches
    t0 = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe((model_text(a.text) for a in articles), batch_size=args.batch_size):
        tokens += len(doc)
    bare = time.perf_counter() - t0

    # 2. full analysis, stages timed; checkpoints when each batch's results arrive
    spent, undo = time_stages(pipeline)
    results, marks = [], []
    done_chars = 0
    t0 = time.perf_counter()
    try:
        for result in pipeline.analyze_articles(articles, lang="fr", batch_size=args.batch_size):
            results.append(result)
            done_chars += len(articles[len(results) - 1].text)
            marks.append((len(results), time.perf_counter() - t0, done_chars))
    finally:
        undo()
    full = time.perf_counter() - t0
    load_after = os.getloadavg()

    failures = [r for r in results if isinstance(r, Failure)]
    done = [r for r in results if not isinstance(r, Failure)]
    stage_total = sum(spent.values())
    parse_and_rest = full - stage_total
    shares = {"parse (nlp.pipe) and glue": parse_and_rest / full, **{k: v / full for k, v in spent.items()}}

    # linearity: at each checkpoint, the first batch boundary at or after it (results arrive per batch)
    checkpoints, prev = [], (0, 0.0, 0)
    for k in range(args.every, len(results) + 1, args.every):
        batch_end = min(-(-k // args.batch_size) * args.batch_size, len(results))
        count, elapsed, upto_chars = marks[batch_end - 1]
        if count == prev[0]:
            continue
        block = count - prev[0]
        checkpoints.append({
            "articles": count, "seconds": round(elapsed, 2),
            "ms_per_article": round(1000 * elapsed / count, 1),
            "ms_per_article_in_block": round(1000 * (elapsed - prev[1]) / block, 1),
            "ms_per_1000_chars_in_block": round(1000 * (elapsed - prev[1]) / ((upto_chars - prev[2]) / 1000), 1),
        })
        prev = (count, elapsed, upto_chars)

    report = {
        "corpus": "orangesum-5k.fr.jsonl", "articles": len(articles), "characters": chars, "tokens": tokens,
        "batch_size": args.batch_size, "analyzed": len(done), "failures": [str(f) for f in failures],
        "warm_up_seconds": round(warm_up, 2),
        "bare": {"seconds": round(bare, 2), "docs_per_second": round(len(articles) / bare, 2)},
        "full": {"seconds": round(full, 2), "docs_per_second": round(len(articles) / full, 2)},
        "full_over_bare_time": round(full / bare, 3),
        "stage_seconds": {k: round(v, 2) for k, v in spent.items()},
        "stage_share_of_full": {k: round(v, 4) for k, v in shares.items()},
        "stages_over_bare_parse": round(stage_total / bare, 3),
        "linearity": checkpoints,
        "records": {kind: sum(len(getattr(r, kind)) for r in done)
                    for kind in ("entities", "quotes", "events", "dates", "quantities")},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in load_after],
                    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(markdown(report))
    print(f"\nJSON written to {args.out}")
    return 1 if failures else 0


def markdown(r: dict) -> str:
    lines = [
        f"Analyze benchmark: {r['articles']} articles of {r['corpus']} ({r['characters']:,} characters, "
        f"{r['tokens']:,} tokens), batch size {r['batch_size']}, {r['machine']['cpus']} CPUs, "
        f"load average {r['machine']['load_average_before'][0]} → {r['machine']['load_average_after'][0]}",
        "",
        "| run | seconds | docs/s |",
        "|---|---:|---:|",
        f"| bare `nlp.pipe` (fr pipeline, model_text) | {r['bare']['seconds']} | {r['bare']['docs_per_second']} |",
        f"| full `analyze_articles` | {r['full']['seconds']} | {r['full']['docs_per_second']} |",
        f"| **full / bare (time)** | **{r['full_over_bare_time']}×** | |",
        "",
        "| part of the full run | seconds | share |",
        "|---|---:|---:|",
    ]
    for stage, share in sorted(r["stage_share_of_full"].items(), key=lambda kv: -kv[1]):
        seconds = r["stage_seconds"].get(stage, round(share * r["full"]["seconds"], 2))
        lines.append(f"| {stage} | {seconds} | {100 * share:.1f} % |")
    lines += ["", "| articles done | seconds | ms/article (cumulative) | ms/article (this block) | "
                  "ms per 1000 chars (this block) |",
              "|---:|---:|---:|---:|---:|"]
    for c in r["linearity"]:
        lines.append(f"| {c['articles']} | {c['seconds']} | {c['ms_per_article']} | {c['ms_per_article_in_block']} | "
                     f"{c['ms_per_1000_chars_in_block']} |")
    if r["failures"]:
        lines += ["", f"{len(r['failures'])} failures: " + "; ".join(r["failures"][:5])]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
