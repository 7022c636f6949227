#!/usr/bin/env python3
"""Does analysis time grow linearly with the length of an article? Time per character, stage by stage.

usage: .venv/bin/python bench/bench_linear.py [--sizes 10000,30000,100000,300000,1000000]
                                              [--quotes 100,200,400,800,1600,3200] [--repeat 3]
                                              [--out bench/results/linear.json]

Two families of inputs, each analyzed by ``newsgraph.pipeline`` as one article (French):
  * ``chars``: OrangeSum articles (../shared/bench/orangesum-5k.fr.jsonl) put one after the other, one per
    paragraph, and cut at the last paragraph end before the size: real news prose;
  * ``quotes``: N copies of ``« Texte numéro i », a déclaré Jean Dupont.`` in one paragraph, the input that
    used to be quadratic in the quote stage (every pair of drafts compared).
Each time is CPU time of this process (time.process_time; the machine is shared, so wall time counts
other people's work too). The parse is ``nlp.parse(nlp, model_text(text))``, as the pipeline runs it (a text
over 40,000 characters in pieces of whole paragraphs); each stage is timed by wrapping its
function in ``newsgraph.pipeline``'s namespace, so the stages run in the pipeline's own order.

The table gives CPU microseconds per character for the whole analysis and per stage; for the
quotes family it also gives t(4N)/t(N) (target <= 4.5). The budget for the 1M-character article is
1.5 x 1M x (time per character at the smallest size); the exit code is 1 when it is missed.
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
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
RESULTS = REPO / "bench" / "results"
# the stage functions as pipeline.analyze_doc calls them, in its order
STAGE_FUNCTIONS = {"entities": "find_entities", "coref": "resolve_coreference", "quotes": "find_quotes",
                   "sources": "source_kinds", "dates": "find_dates", "quantities": "find_quantities",
                   "events": "read_events"}
BUDGET_FACTOR = 1.5
QUOTE_SENTENCE = "« Texte numéro {i} », a déclaré Jean Dupont."


def news_text(size: int, path: Path | None = None) -> str:
    """OrangeSum articles one per paragraph, cut at the last paragraph end at or before ``size``
    characters (the articles are repeated if the file holds fewer)."""
    path = path or SHARED / "bench" / "orangesum-5k.fr.jsonl"
    parts, total = [], 0
    while total < size:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["text"].strip()
                if total + len(text) + 1 > size and parts:
                    return "\n".join(parts)
                parts.append(text)
                total += len(text) + 1
    return "\n".join(parts)


def quotes_text(n: int) -> str:
    return " ".join(QUOTE_SENTENCE.format(i=i) for i in range(1, n + 1))


class StageTimer:
    """Wraps the stage functions in newsgraph.pipeline's namespace with CPU timers."""

    def __init__(self):
        import newsgraph.pipeline as pipeline

        self.pipeline = pipeline
        self.seconds: dict[str, float] = {}
        self.originals = {name: getattr(pipeline, fn) for name, fn in STAGE_FUNCTIONS.items()}
        for name, fn in STAGE_FUNCTIONS.items():
            setattr(pipeline, fn, self._timed(name, self.originals[name]))

    def _timed(self, name, fn):
        def wrapper(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - t0
        return wrapper


def analyze_timed(text: str, timer: StageTimer, nlp) -> dict:
    from newsgraph.model import Article
    from newsgraph.nlp import model_text, parse

    timer.seconds = {}
    article = timer.pipeline.prepare(Article(text=text, id="bench", lang="fr", published="2021-12-31"),
                                     max_chars=10_000_000)
    t0, w0 = time.process_time(), time.perf_counter()
    doc = parse(nlp, model_text(article.text))  # as pipeline._parse does: a long text in pieces
    parse = time.process_time() - t0
    analysis = timer.pipeline.analyze_doc(article, doc)
    total, wall = time.process_time() - t0, time.perf_counter() - w0
    return {"chars": len(text), "tokens": len(doc), "cpu_s": round(total, 3), "wall_s": round(wall, 3),
            "parse_s": round(parse, 3), **{f"{k}_s": round(v, 3) for k, v in timer.seconds.items()},
            "quotes": len(analysis.quotes), "entities": len(analysis.entities), "events": len(analysis.events),
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def us_per_char(row: dict, key: str = "cpu_s") -> float:
    return 1e6 * row[key] / row["chars"]


def table(rows: list[dict], label: str, ratio: bool = False) -> list[str]:
    stages = ["parse", *STAGE_FUNCTIONS]
    head = f"| {label} | chars | CPU s | µs/char | vs first | " + " | ".join(f"{s} µs/char" for s in stages)
    out = [head + (" | t(4N)/t(N) |" if ratio else " |"),
           "|" + "---:|" * (5 + len(stages) + ratio)]
    first = us_per_char(rows[0])
    by_n = {r["n"]: r for r in rows}
    for r in rows:
        cells = [str(r["n"]), f"{r['chars']:,}", f"{r['cpu_s']:.2f}", f"{us_per_char(r):.1f}",
                 f"{us_per_char(r) / first:.2f}×"]
        cells += [f"{us_per_char(r, s + '_s'):.2f}" for s in stages]
        if ratio:
            quarter = by_n.get(r["n"] // 4)
            cells.append(f"{r['cpu_s'] / quarter['cpu_s']:.2f}" if quarter and r["n"] % 4 == 0 else "")
        out.append("| " + " | ".join(cells) + " |")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,30000,100000,300000,1000000",
                        help="character counts of the news texts (comma-separated; empty for none)")
    parser.add_argument("--quotes", default="100,200,400,800,1600,3200",
                        help="numbers of repeated quote sentences (comma-separated; empty for none)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds over the quote counts, the fastest run of each kept")
    parser.add_argument("--out", type=Path, default=RESULTS / "linear.json")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    counts = [int(s) for s in args.quotes.split(",") if s]

    from newsgraph import analyze
    from newsgraph.nlp import load_pipeline, model_text, parse

    nlp = load_pipeline("fr")
    analyze(quotes_text(50), lang="fr")  # warm-up: lazily built tables
    if sizes:  # one untimed parse of the longest text: every smaller one is a prefix of it, so no timed
        parse(nlp, model_text(news_text(max(sizes))))  # run pays for growing the vocabulary and lemma caches
    timer = StageTimer()
    chars, quotes = [], []
    for size in sizes:
        text = news_text(size)
        runs = [analyze_timed(text, timer, nlp) for _ in range(3 if size <= 30_000 else 1)]
        row = min(runs, key=lambda r: r["cpu_s"])  # small inputs: the least disturbed of three runs
        chars.append({"n": size, **row})
        print(f"chars {size:>9,}: {row['cpu_s']:.2f} CPU s, {us_per_char(row):.1f} µs/char", file=sys.stderr)
    # --repeat rounds over every N, the fastest run of each N kept: a shared machine's noise only adds
    # time, and a burst of load then spoils one run of each N rather than every run of one N
    best: dict[int, dict] = {}
    for _ in range(args.repeat):
        for n in counts:
            row = analyze_timed(quotes_text(n), timer, nlp)
            if n not in best or row["cpu_s"] < best[n]["cpu_s"]:
                best[n] = {"n": n, **row}
            print(f"quotes {n:>6,}: {row['cpu_s']:.2f} CPU s, {row['quotes']} quotes", file=sys.stderr)
    quotes = [best[n] for n in counts]

    print(f"\nMachine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}; CPU time of one process; peak RSS "
          f"{max([r['rss_mb'] for r in chars + quotes] or [0])} MB\n")
    ok = True
    if chars:
        print("\n".join(table(chars, "news text, target chars")))
        budget = BUDGET_FACTOR * us_per_char(chars[0]) * 1e-6
        for r in chars[1:]:
            limit = budget * r["chars"]
            within = r["cpu_s"] <= limit
            ok &= within
            print(f"\n{r['chars']:,} chars: {r['cpu_s']:.1f} CPU s, budget {limit:.1f} s "
                  f"({BUDGET_FACTOR} × chars × time per char at {chars[0]['chars']:,}): "
                  f"{'within' if within else 'OVER'}", end="")
        print()
    if quotes:
        print()
        print("\n".join(table(quotes, "quote sentences N", ratio=True)))
        ratios = [r["cpu_s"] / q["cpu_s"] for r in quotes for q in quotes if q["n"] * 4 == r["n"]]
        if ratios:
            worst = max(ratios)
            ok &= worst <= 4.5
            print(f"\nworst t(4N)/t(N) = {worst:.2f} (target <= 4.5): {'met' if worst <= 4.5 else 'MISSED'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"chars": chars, "quotes": quotes, "load": os.getloadavg()[0]}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
