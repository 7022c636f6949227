"""Score newsgraph on the seed and the dev sets with the reference scorer, pooled over articles.

usage: python bench/eval_quotes.py [--set seed|dev|dev2|dev-en|all] [--part tune|heldout|all]
                                   [--shared ../shared] [--json] [--misses] [--events]

Pooled = the matches of every article summed, then divided (not a mean of per-article F1).
`--part heldout` scores only the files `bench/splits.py` keeps out of tuning: the figure that says
whether a change generalizes.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import PARTS, in_part  # noqa: E402
SETS = ("seed", "dev", "dev2", "dev-en")


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("newsgraph_reference_scorer", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases(shared: Path, which: str, part: str = "all") -> list[tuple[Path, Path, str | None, str]]:
    """(text, gold, published, lang) for a set, restricted to one part of it."""
    out = []
    if which in ("seed", "all"):
        gold = shared / "examples" / "putin-biden-call.gold.json"
        out.append((shared / "seed" / "putin-biden-call.fr.txt", gold, "2021-12-31", "fr"))
    for french in ("dev", "dev2"):
        if which not in (french, "all"):
            continue
        for gold in sorted((shared / "eval" / french).glob("*.gold.json")):
            stem = gold.name[: -len(".gold.json")]
            if not in_part(stem, part):
                continue
            meta_path = gold.with_name(stem + ".meta.json")
            meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
            g = json.loads(gold.read_text())
            published = meta.get("published") or g["article"].get("published")
            out.append((gold.with_name(stem + ".txt"), gold, published, "fr"))
    if which in ("dev-en", "all"):
        for gold in sorted((shared / "eval" / "dev-en").glob("*.gold.json")):
            g = json.loads(gold.read_text())
            stem = gold.name[: -len(".gold.json")]
            if not in_part(stem, part):
                continue
            out.append((gold.with_name(stem + ".txt"), gold, g["article"].get("published"), "en"))
    return out


def _event_detail(scorer, text: str, gold: dict, pred: dict) -> list[str]:
    """One line per gold event (hit or miss) and per predicted event that matches no gold one (false),
    scored as the reference scorer does: each predicted event rescored alone against the gold."""
    names = {e["id"]: e.get("name") for e in pred.get("entities", [])}
    lines = text.split("\n")
    out = []

    def alone(events):
        return scorer.score_pair(dict(gold, events=events[1]), dict(pred, events=events[0]))["events"]

    gold_events = gold.get("events", [])
    for g in gold_events:
        hit = bool(pred.get("events")) and alone((pred["events"], [g]))["p"] > 0
        tag = "hit " if hit else ("opt " if g.get("optional") else "MISS")
        line = lines[g["line"] - 1][:90] if g.get("line") and g["line"] - 1 < len(lines) else ""
        out.append(f"{tag} {g['type']:9} {g.get('source')} -> {g.get('target')} [{g.get('trigger', '')}] | {line}")
    for p in pred.get("events", []):
        if not gold_events or alone(([p], gold_events))["p"] < 1.0:
            tr = (p.get("trigger") or {}).get("text", "")
            out.append(f"FALSE {p['type']:9} {names.get(p.get('source'))} -> {names.get(p.get('target'))} "
                       f"[{tr}] {p.get('status')}")
    return out


def evaluate(shared: Path, which: str, analyze=None, part: str = "all") -> dict:
    """Pooled figures for one set; `analyze(text, published, lang) -> contract dict`."""
    if analyze is None:
        import newsgraph

        def analyze(text, published, lang):
            return newsgraph.analyze(text, published=published, lang=lang).to_dict()

    scorer = load_scorer(shared)
    totals: dict[str, list[float]] = {}
    per_article = []
    found = [0, 0]  # gold mentions covered, gold mentions
    for text_path, gold_path, published, lang in cases(shared, which, part):
        text = text_path.read_text(encoding="utf-8")
        pred = analyze(text, published, lang)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = scorer.score_pair(gold, pred)
        result["event_detail"] = _event_detail(scorer, text, gold, pred)
        per_article.append((text_path.name, result))
        n_gold_mentions = len(scorer.gold_mentions(text, gold["entities"]))
        found[0] += round(result["mentions_found"] * n_gold_mentions)
        found[1] += n_gold_mentions
        for metric in ("quotes", "quotes_with_speaker", "entity_merge", "person_gender", "events"):
            r = result[metric]
            t = totals.setdefault(metric, [0, 0, 0, 0])
            t[0] += round(r["p"] * r["pred"])
            t[1] += r["pred"]
            t[2] += round(r["r"] * r["gold"])
            t[3] += r["gold"]
        for metric in ("dates", "quantities"):
            t = totals.setdefault(metric, [0, 0])
            t[0] += result[metric]["right"]
            t[1] += result[metric]["gold"]
    pooled = {}
    for metric, t in totals.items():
        if len(t) == 4:
            p = t[0] / t[1] if t[1] else 0.0
            r = t[2] / t[3] if t[3] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            pooled[metric] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "pred": t[1], "gold": t[3]}
        else:
            pooled[metric] = {"right": t[0], "gold": t[1]}
    pooled["mentions_found"] = round(found[0] / found[1], 3) if found[1] else 0.0
    return {"set": which, "part": part, "articles": len(per_article), "pooled": pooled, "per_article": per_article}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--part", default="all", choices=PARTS, help="tune, heldout (see bench/splits.py) or all")
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print the missed gold quotes per article")
    parser.add_argument("--events", action="store_true",
                        help="print per article the gold events hit and missed, and the false predicted events")
    args = parser.parse_args(argv)
    sets = list(SETS) if args.set == "all" else [args.set]
    report = {}
    for which in sets:
        result = evaluate(Path(args.shared), which, part="all" if which == "seed" else args.part)
        report[which] = result["pooled"]
        if args.misses:
            for name, r in result["per_article"]:
                print(f"  {name}: quotes {r['quotes']['f1']} with speaker {r['quotes_with_speaker']['f1']}")
                for miss in r["quote_misses"]:
                    print(f"      miss: {miss}")
        if args.events:
            for name, r in result["per_article"]:
                e = r["events"]
                print(f"  {name}: events P {e['p']} R {e['r']} ({e['pred']} predicted, {e['gold']} required)")
                for line in r["event_detail"]:
                    print(f"      {line}")
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for which, pooled in report.items():
            q, s = pooled["quotes"], pooled["quotes_with_speaker"]
            print(f"{which:7} quotes P {q['p']:.3f} R {q['r']:.3f} F1 {q['f1']:.3f} | with speaker P {s['p']:.3f} "
                  f"R {s['r']:.3f} F1 {s['f1']:.3f} | entity_merge F1 {pooled['entity_merge']['f1']:.3f} "
                  f"found {pooled['mentions_found']:.3f} | gender P {pooled['person_gender']['p']:.3f} "
                  f"R {pooled['person_gender']['r']:.3f} | "
                  f"events F1 {pooled['events']['f1']:.3f} | dates {pooled['dates']['right']}/{pooled['dates']['gold']} "
                  f"| quantities {pooled['quantities']['right']}/{pooled['quantities']['gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
