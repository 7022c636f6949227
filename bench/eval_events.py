#!/usr/bin/env python3
"""Score newsgraph's events against the gold sets: the seed article and the 157 English PLOVER sentences.

usage: .venv/bin/python bench/eval_events.py [--shared ../shared] [--part tune|heldout|all] [--show] [--json]

Scoring is ../shared/eval/score.py's (type + source + target by gold entity, trigger within the
gold line), loaded from its path; the English set is pooled: matches summed over files, then divided.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "src" / "newsgraph" / "examples" / "putin-biden-call.fr.txt"
SEED_PUBLISHED = "2021-12-31"


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "pred": n_pred, "gold": n_gold,
            "pred_right": tp_p, "gold_found": tp_g}


def _counts(res: dict) -> tuple[int, int, int, int]:
    ev = res["events"]
    return round(ev["p"] * ev["pred"]), ev["pred"], round(ev["r"] * ev["gold"]), ev["gold"]


def score_seed(shared: Path, scorer) -> dict:
    import newsgraph

    analysis = newsgraph.analyze(SEED.read_text(encoding="utf-8"), published=SEED_PUBLISHED, id="putin-biden-call")
    gold = json.loads((shared / "examples" / "putin-biden-call.gold.json").read_text(encoding="utf-8"))
    res = scorer.score_pair(gold, analysis.to_dict())
    return {"events": prf(*_counts(res)), "quotes": res["quotes"], "quotes_with_speaker": res["quotes_with_speaker"],
            "analysis": analysis}


def score_events_en(shared: Path, scorer, show: bool = False, part: str = "all") -> dict:
    import newsgraph
    from newsgraph.model import Article

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from splits import in_part

    folder = shared / "eval" / "events-en"
    golds = [p for p in sorted(folder.glob("*.gold.json")) if in_part(p.name[:-len(".gold.json")], part)]
    articles, gold_docs = [], []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["article"]["file"]).read_text(encoding="utf-8")
        articles.append(Article(text=text, id=gold["article"]["id"], lang="en"))
        gold_docs.append(gold)
    tp_p = n_p = tp_g = n_g = 0
    rows = []
    for gold, result in zip(gold_docs, newsgraph.analyze_many(articles, lang="en")):
        pred = result.to_dict()
        res = scorer.score_pair(gold, pred)
        a, b, c, d = _counts(res)
        tp_p, n_p, tp_g, n_g = tp_p + a, n_p + b, tp_g + c, n_g + d
        if show:
            names = {e["id"]: e["name"] for e in pred["entities"]}
            g = gold["events"][0]
            mark = "OK " if c == d else "-- "
            got = "; ".join(f"{names.get(e['source'])} -{e['type']}-> {names.get(e['target'])} «{e['trigger']['text']}»"
                            for e in pred["events"]) or "(none)"
            rows.append(f"{mark}{gold['article']['id']:16} gold {g['source']} -{g['type']}-> {g['target']}\n"
                        f"{'':20}pred {got}   [{a}/{b}]")
    return {"events": prf(tp_p, n_p, tp_g, n_g), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print every English sentence's gold and prediction")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--part", choices=("tune", "heldout", "all"), default="all",
                    help="which part of events-en to score (bench/splits.py); never tune on heldout")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.shared)
    t0 = time.perf_counter()
    seed = score_seed(args.shared, scorer)
    en = score_events_en(args.shared, scorer, show=args.show, part=args.part)
    out = {"seed_events": seed["events"], "seed_quotes": seed["quotes"],
           "seed_quotes_with_speaker": seed["quotes_with_speaker"], "events_en_part": args.part, "events_en_pooled": en["events"],
           "seconds": round(time.perf_counter() - t0, 1)}
    if args.show:
        print("\n".join(en["rows"]))
        names = {e.id: e.name for e in seed["analysis"].entities}
        for ev in seed["analysis"].events:
            line = seed["analysis"].article.text.count("\n", 0, ev.trigger.start) + 1
            print(f"seed L{line:2} {names.get(ev.source)} -{ev.type}-> {names.get(ev.target)} "
                  f"({ev.status}, {ev.date}, {names.get(ev.location)}, {ev.mode}) «{ev.trigger.text}»")
    print(json.dumps(out, ensure_ascii=False, indent=None if not args.json else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
