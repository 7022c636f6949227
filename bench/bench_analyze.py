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
and an untimed nlp.pipe pass over the same texts (vocabulary growth would otherwise bill the
first timed run), so model loading and lazily built tables are not counted (--cold skips the pass).

Each time is taken twice: wall clock, and CPU time of this process (time.process_time, all its
threads). On a shared machine the wall clock also counts other people's work (see the load averages
recorded beside it), so the ratios and stage shares are computed from CPU time.
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
# the stage functions as pipeline.analyze_doc calls them, in its order
STAGE_FUNCTIONS = {"entities": "find_entities", "coref": "resolve_coreference", "quotes": "find_quotes",
                   "sources": "source_kinds", "dates": "find_dates", "quantities": "find_quantities",
                   "events": "read_events", "prepare": "prepare"}


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


class Clock:
    """Wall-clock and CPU seconds since start()."""

    def start(self) -> "Clock":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def time_stages(pipeline) -> tuple[dict[str, list[float]], callable]:
    """Wrap each stage function in pipeline's namespace with a timer; returns the [wall, cpu] totals
    and an undo."""
    spent = {stage: [0.0, 0.0] for stage in STAGE_FUNCTIONS}
    originals = {name: getattr(pipeline, name) for name in STAGE_FUNCTIONS.values()}

    def wrap(stage, real):
        def timed(*args, **kwargs):
            clock = Clock().start()
            try:
                return real(*args, **kwargs)
            finally:
                wall, cpu = clock.read()
                spent[stage][0] += wall
                spent[stage][1] += cpu
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
    ap.add_argument("--cold", action="store_true", help="skip the untimed warm-up pass over the texts")
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

    # The first pass over new text also grows the vocabulary (new lexemes), which would bill whichever
    # run comes first: one untimed pass, so bare and full parse with the same vocabulary.
    if not args.cold:
        for _ in nlp.pipe((model_text(a.text) for a in articles), batch_size=args.batch_size):
            pass
    warm_up = time.perf_counter() - t

    # 1. bare parsing: the same pipeline object, the same text the pipeline gives it, the same batches
    clock = Clock().start()
    tokens = 0
    for doc in nlp.pipe((model_text(a.text) for a in articles), batch_size=args.batch_size):
        tokens += len(doc)
    bare, bare_cpu = clock.read()

    # 2. full analysis, stages timed; checkpoints when each batch's results arrive
    spent, undo = time_stages(pipeline)
    results, marks = [], []
    done_chars = 0
    clock = Clock().start()
    try:
        for result in pipeline.analyze_articles(articles, lang="fr", batch_size=args.batch_size):
            results.append(result)
            done_chars += len(articles[len(results) - 1].text)
            marks.append((len(results), *clock.read(), done_chars))
    finally:
        undo()
    full, full_cpu = clock.read()
    load_after = os.getloadavg()

    failures = [r for r in results if isinstance(r, Failure)]
    done = [r for r in results if not isinstance(r, Failure)]
    stage_cpu = sum(cpu for _, cpu in spent.values())
    shares = {"parse (nlp.pipe) and glue": (full_cpu - stage_cpu) / full_cpu,
              **{k: cpu / full_cpu for k, (_, cpu) in spent.items()}}

    # linearity: at each checkpoint, the first batch boundary at or after it (results arrive per batch)
    checkpoints, prev = [], (0, 0.0, 0.0, 0)
    for k in range(args.every, len(results) + 1, args.every):
        batch_end = min(-(-k // args.batch_size) * args.batch_size, len(results))
        count, wall, cpu, upto_chars = marks[batch_end - 1]
        if count == prev[0]:
            continue
        block = count - prev[0]
        checkpoints.append({
            "articles": count, "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
            "cpu_ms_per_article": round(1000 * cpu / count, 1),
            "cpu_ms_per_article_in_block": round(1000 * (cpu - prev[2]) / block, 1),
            "cpu_ms_per_1000_chars_in_block": round(1000 * (cpu - prev[2]) / ((upto_chars - prev[3]) / 1000), 1),
            "wall_ms_per_article": round(1000 * wall / count, 1),
        })
        prev = (count, wall, cpu, upto_chars)

    report = {
        "corpus": "orangesum-5k.fr.jsonl", "articles": len(articles), "characters": chars, "tokens": tokens,
        "batch_size": args.batch_size, "warm_pass": not args.cold, "analyzed": len(done), "failures": [str(f) for f in failures],
        "warm_up_seconds": round(warm_up, 2),
        "bare": {"seconds": round(bare, 2), "cpu_seconds": round(bare_cpu, 2),
                 "docs_per_second": round(len(articles) / bare, 2),
                 "docs_per_cpu_second": round(len(articles) / bare_cpu, 2)},
        "full": {"seconds": round(full, 2), "cpu_seconds": round(full_cpu, 2),
                 "docs_per_second": round(len(articles) / full, 2),
                 "docs_per_cpu_second": round(len(articles) / full_cpu, 2)},
        "full_over_bare_cpu": round(full_cpu / bare_cpu, 3),
        "full_over_bare_wall": round(full / bare, 3),
        "stage_seconds": {k: round(wall, 2) for k, (wall, _) in spent.items()},
        "stage_cpu_seconds": {k: round(cpu, 2) for k, (_, cpu) in spent.items()},
        "stage_share_of_full_cpu": {k: round(v, 4) for k, v in shares.items()},
        "stages_cpu_over_bare_cpu": round(stage_cpu / bare_cpu, 3),
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
    bare, full = r["bare"], r["full"]
    lines = [
        f"Analyze benchmark: {r['articles']} articles of {r['corpus']} ({r['characters']:,} characters, "
        f"{r['tokens']:,} tokens), batch size {r['batch_size']}, {r['machine']['cpus']} CPUs, "
        f"load average {r['machine']['load_average_before'][0]} → {r['machine']['load_average_after'][0]}",
        "",
        "| run | wall s | docs/s (wall) | CPU s | docs per CPU s |",
        "|---|---:|---:|---:|---:|",
        f"| bare `nlp.pipe` (fr pipeline, model_text) | {bare['seconds']} | {bare['docs_per_second']} | "
        f"{bare['cpu_seconds']} | {bare['docs_per_cpu_second']} |",
        f"| full `analyze_articles` | {full['seconds']} | {full['docs_per_second']} | "
        f"{full['cpu_seconds']} | {full['docs_per_cpu_second']} |",
        f"| **full / bare** | {r['full_over_bare_wall']}× | | **{r['full_over_bare_cpu']}×** | |",
        "",
        "| part of the full run | CPU s | share of CPU | wall s |",
        "|---|---:|---:|---:|",
    ]
    for stage, share in sorted(r["stage_share_of_full_cpu"].items(), key=lambda kv: -kv[1]):
        cpu = r["stage_cpu_seconds"].get(stage, round(share * full["cpu_seconds"], 2))
        wall = r["stage_seconds"].get(stage, round(full["seconds"] - sum(r["stage_seconds"].values()), 2))
        lines.append(f"| {stage} | {cpu} | {100 * share:.1f} % | {wall} |")
    lines += ["", "| articles done | CPU s | CPU ms/article (cumulative) | CPU ms/article (this block) | "
                  "CPU ms per 1000 chars (this block) | wall ms/article (cumulative) |",
              "|---:|---:|---:|---:|---:|---:|"]
    for c in r["linearity"]:
        lines.append(f"| {c['articles']} | {c['cpu_seconds']} | {c['cpu_ms_per_article']} | "
                     f"{c['cpu_ms_per_article_in_block']} | {c['cpu_ms_per_1000_chars_in_block']} | "
                     f"{c['wall_ms_per_article']} |")
    if r["failures"]:
        lines += ["", f"{len(r['failures'])} failures: " + "; ".join(r["failures"][:5])]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
