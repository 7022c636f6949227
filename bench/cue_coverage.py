"""How much of the dev sets' gold cues the cue lexicon covers, and the cues it lacks.

usage: python bench/cue_coverage.py [--part tune|heldout|all] [--shared ../shared] [--top 40]

A gold quote's ``cue`` (`a déclaré`, `a-t-il ajouté`, `selon`, `told`) is covered when one of its
words opens a cue of the lexicon (``lang/<code>_quotes.py``: a verb or noun by lemma, a locution by
its words, a source phrase by its tokens) or is a surface form the lexicon knows. Cues are parsed
alone with the language's pipeline to get their lemmas. Read only the tune part while tuning.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import PARTS, in_part  # noqa: E402

SETS = (("dev", "fr"), ("dev2", "fr"), ("dev-en", "en"))


def gold_cues(shared: Path, name: str, part: str) -> list[str]:
    cues = []
    for gold in sorted((shared / "eval" / name).glob("*.gold.json")):
        if not in_part(gold.name[: -len(".gold.json")], part):
            continue
        for q in json.loads(gold.read_text(encoding="utf-8")).get("quotes", []):
            if q.get("cue"):
                cues.append(q["cue"])
    return cues


def covered(doc, lang) -> tuple[bool, str]:
    """Whether the lexicon knows this cue, and the lemma that names it in the report."""
    from newsgraph.lang.quote_grammar import lexicon

    lex = lexicon(lang)
    low = [t.text.lower().replace("’", "'") for t in doc]
    for i in range(len(doc)):
        if any(tuple(low[i:i + len(s)]) == s for s in lex.sources + lex.initial_sources):
            return True, " ".join(low)
    content = [t for t in doc if t.pos_ not in ("AUX", "PUNCT", "PRON", "DET", "ADP", "SCONJ", "CCONJ")
               and not t.text.startswith("-")] or list(doc)
    for t in doc:
        lemma = t.lemma_.lower()
        if lemma in lex.verbs or lemma in lex.nouns or t.text.lower() in lex.verbs or t.text.lower() in lang.speech_forms:
            return True, lemma
        for loc in lex.locutions.get(lemma, ()):
            words = loc.words[1:]
            rest = [x.lemma_.lower() for x in doc[t.i + 1:t.i + 1 + len(words)]]
            rest_text = low[t.i + 1:t.i + 1 + len(words)]
            if all(a == w or b == w for a, b, w in zip(rest, rest_text, words)) and len(rest) == len(words):
                return True, " ".join(loc.words)
    return False, " ".join(t.lemma_.lower() for t in content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", default="tune", choices=PARTS)
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    from newsgraph import lang as languages
    from newsgraph.nlp import load_pipeline

    for name, code in SETS:
        cues = gold_cues(Path(args.shared), name, args.part)
        data = languages.get(code)
        nlp = load_pipeline(code)
        missing: Counter[str] = Counter()
        hits = 0
        for doc in nlp.pipe(cues):
            ok, lemma = covered(doc, data)
            hits += ok
            if not ok:
                missing[lemma] += 1
        share = hits / len(cues) if cues else 0.0
        print(f"{name:7} part={args.part}: {hits}/{len(cues)} gold cues covered ({share:.1%}); "
              f"{len(missing)} distinct cues missing")
        for lemma, n in missing.most_common(args.top):
            print(f"    {n:3}  {lemma}")


if __name__ == "__main__":
    main()
