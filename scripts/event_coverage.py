#!/usr/bin/env python3
"""Count, per PLOVER type, the CAMEO codes that have triggers in each language's data.

usage: python scripts/event_coverage.py [--write docs/events.md] [--json]

The codes are those of the official CAMEO-to-PLOVER table (``lang/cameo.py``, with the project's
readings), two-digit section headers left out. A code has triggers in a language when some trigger
realises it or a more specific code under it (``1831`` counts for ``183``):
- the CAMEO verb dictionary of the language (``lang/data/<code>_cameo_verbs.json``): the codes of
  its verbs, blocks and patterns;
- the language's CAMEO-keyed lines (``lang/<code>_cameo.py``, ``TRIGGERS_BY_CAMEO``);
- any line of the language's lexicon that names its code (``EventTrigger.cameo``).

Everything is computed from the data files, so the counts follow the data as it changes.
``--write`` replaces the part of the file between ``<!-- coverage:start -->`` and
``<!-- coverage:end -->`` with the table.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

START, END = "<!-- coverage:start -->", "<!-- coverage:end -->"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def table_codes() -> dict[str, str]:
    """CAMEO code -> PLOVER type, for every code of the table (3 and 4 digits)."""
    from newsgraph.lang import cameo

    out = {}
    for code in cameo.table():
        try:
            out[code] = cameo.plover(code)[0]
        except KeyError:
            continue
    return out


def dictionary_codes(lang: str) -> set[str]:
    try:
        raw = resources.files("newsgraph.lang").joinpath("data", f"{lang}_cameo_verbs.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return set()
    data = json.loads(raw)
    codes = {b["code"] for b in data["blocks"] if b["code"]}
    codes |= {p["code"] for b in data["blocks"] for p in b["patterns"]}
    codes |= {e["code"] for entries in data["verbs"].values() for e in entries if e["code"]}
    return {c for c in codes if c and c != "---"}


def line_codes(lang: str) -> set[str]:
    from newsgraph import lang as langdata

    codes = {t.cameo for t in langdata.get(lang).event_triggers if t.cameo}
    try:
        module = importlib.import_module(f"newsgraph.lang.{lang}_cameo")
    except ModuleNotFoundError:
        return codes
    for code, lines in getattr(module, "TRIGGERS_BY_CAMEO", {}).items():
        if lines:
            codes.add(code)
    return codes


def coverage() -> dict:
    from newsgraph import lang as langdata

    codes = table_codes()
    langs = list(langdata.SUPPORTED)
    have = {lang: dictionary_codes(lang) | line_codes(lang) for lang in langs}
    rows: dict[str, dict] = defaultdict(lambda: {"codes": 0, **{lang: 0 for lang in langs}})
    missing: dict[str, list[str]] = {lang: [] for lang in langs}
    for code, type_ in sorted(codes.items()):
        rows[type_]["codes"] += 1
        for lang in langs:
            if any(c == code or c.startswith(code) for c in have[lang]):
                rows[type_][lang] += 1
            else:
                missing[lang].append(code)
    total = {"codes": sum(r["codes"] for r in rows.values()),
             **{lang: sum(r[lang] for r in rows.values()) for lang in langs}}
    return {"languages": langs, "types": {t: rows[t] for t in TYPES if t in rows}, "total": total,
            "missing": missing}


def markdown(cov: dict) -> str:
    langs = cov["languages"]
    head = "| PLOVER type | CAMEO codes | " + " | ".join(f"with {lang} triggers" for lang in langs) + " |"
    lines = [head, "| --- | ---: | " + " | ".join("---:" for _ in langs) + " |"]
    for type_, row in cov["types"].items():
        lines.append(f"| {type_} | {row['codes']} | " + " | ".join(str(row[lang]) for lang in langs) + " |")
    t = cov["total"]
    lines.append(f"| **all** | **{t['codes']}** | " + " | ".join(f"**{t[lang]}**" for lang in langs) + " |")
    lines.append("")
    for lang in langs:
        miss = cov["missing"][lang]
        lines.append(f"Codes without {lang} triggers ({len(miss)}): " + (", ".join(miss) if miss else "none") + ".")
        lines.append("")
    lines.append("Computed by `python scripts/event_coverage.py --write docs/events.md` from the data files.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", type=Path, help="replace the coverage section of this markdown file")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    cov = coverage()
    if args.json:
        print(json.dumps(cov, indent=1))
        return 0
    md = markdown(cov)
    if args.write:
        text = args.write.read_text(encoding="utf-8")
        if START in text and END in text:
            before, rest = text.split(START, 1)
            _, after = rest.split(END, 1)
            text = f"{before}{START}\n{md}\n{END}{after}"
        else:
            text = text.rstrip("\n") + f"\n\n## Coverage of the CAMEO codes\n\n{START}\n{md}\n{END}\n"
        args.write.write_text(text, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
