#!/usr/bin/env python3
"""Events on unseen French news: how many, of which status, how many are right, and what they cost.

usage: .venv/bin/python bench/bench_events.py [--set orangesum|dev-en] [--n 500] [--sample 30] [--seed 7] [--out FILE]

Analyzes the first N articles of ../shared/bench/orangesum-5k.fr.jsonl in one run, timing the
events stage apart from everything else (parsing included), and writes a seeded random sample of
events with their sentence to --out (outside the repository by default: the articles are
third-party text), to be judged by hand. ``--set dev-en`` reads the English articles of
../shared/eval/dev-en instead (the speed of the English events stage with the full CAMEO dictionary).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--set", choices=("orangesum", "dev-en"), default="orangesum")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--skip", type=int, default=0, help="start after this many articles (a part never looked at)")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "newsgraph-events-sample.txt")
    args = ap.parse_args(argv)

    import newsgraph
    from newsgraph import pipeline
    from newsgraph.model import Article, Failure

    spent = {"events": 0.0}
    real = pipeline.read_events

    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            spent["events"] += time.perf_counter() - t

    pipeline.read_events = timed

    articles = []
    lang = "en" if args.set == "dev-en" else "fr"
    if args.set == "dev-en":
        for path in sorted((args.shared / "eval" / "dev-en").glob("*.txt"))[:args.n]:
            articles.append(Article(text=path.read_text(encoding="utf-8"), id=path.stem, lang="en"))
        warm = "The president spoke with the minister."
    else:
        with open(args.shared / "bench" / "orangesum-5k.fr.jsonl", encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if len(articles) >= args.n:
                    break
                if k < args.skip:
                    continue
                row = json.loads(line)
                articles.append(Article(text=row["text"], id=row["id"], lang="fr", published=row.get("published"),
                                        title=row.get("title")))
        warm = "Le président a parlé avec le ministre."
    newsgraph.analyze_many([Article(text=warm, lang=lang)])  # load the model
    list(newsgraph.analyze_many([Article(text=warm, lang=lang)]))  # and the dictionaries, once per process
    spent["events"] = 0.0
    t0 = time.perf_counter()
    results = list(newsgraph.analyze_many(articles, lang=lang))
    total = time.perf_counter() - t0
    pipeline.read_events = real

    done = [r for r in results if not isinstance(r, Failure)]
    events = [(r, e) for r in done for e in r.events]
    status = Counter(e.status for _, e in events)
    types = Counter(e.type for _, e in events)
    with_target = sum(1 for _, e in events if e.target)
    report = {
        "articles": len(done), "failures": len(results) - len(done), "events": len(events),
        "events_per_article": round(len(events) / max(1, len(done)), 2),
        "articles_with_events": sum(1 for r in done if r.events),
        "status_share": {k: round(v / max(1, len(events)), 3) for k, v in status.most_common()},
        "types": dict(types.most_common()), "with_target": round(with_target / max(1, len(events)), 3),
        "seconds_total": round(total, 1), "seconds_events": round(spent["events"], 2),
        "events_share_of_time": round(spent["events"] / total, 4),
        "events_added_to_rest": round(spent["events"] / max(1e-9, total - spent["events"]), 4),
    }
    rng = random.Random(args.seed)
    picked = rng.sample(events, min(args.sample, len(events)))
    lines = []
    for k, (r, e) in enumerate(picked, 1):
        names = {x.id: x.name for x in r.entities}
        text = r.article.text
        s = text.rfind("\n", 0, e.trigger.start) + 1
        t = text.find("\n", e.trigger.end)
        sent = text[s: t if t >= 0 else len(text)]
        # cut long paragraphs to the sentence around the trigger
        left = max(sent.rfind(". ", 0, e.trigger.start - s) + 2, 0) if e.trigger.start - s > 300 else 0
        right = sent.find(". ", e.trigger.end - s)
        sent = sent[left: right + 1 if right >= 0 else len(sent)]
        lines.append(f"[{k}] {r.article.id}  {names.get(e.source)} -{e.type}-> {names.get(e.target)} "
                     f"({e.status}, {e.date}, {names.get(e.location)}, {e.mode})  trigger «{e.trigger.text}»\n"
                     f"    {' '.join(sent.split())}\n")
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))
    print(f"sample of {len(picked)} events written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
