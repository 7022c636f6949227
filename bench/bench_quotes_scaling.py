"""Whether the quote stage is linear: N sentences `« Texte i », a déclaré Jean Dupont.` as one
hand-built Doc (no model, so only the stage is timed), N from 100 to 3,200.

usage: python bench/bench_quotes_scaling.py [--sizes 100,200,400,800,1600,3200] [--repeat 3]

Prints the CPU time of find_quotes at each N (best of --repeat) and t(4N)/t(N), which the issue
bounds at 4.5.
"""
from __future__ import annotations

import argparse
import time

import spacy
from spacy.tokens import Doc

from newsgraph import lang as languages
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.quotes import find_quotes
from newsgraph.model import Entity, Span


def repeated(n: int):
    words, spaces, lemmas, pos, deps, heads, names = [], [], [], [], [], [], []
    for i in range(n):
        o = len(words)
        rows = [("«", "«", "PUNCT", "punct", o + 2, True), ("Texte", "texte", "NOUN", "nsubj", o + 2, True),
                (str(i), str(i), "NUM", "ccomp", o + 6, True), ("»", "»", "PUNCT", "punct", o + 2, False),
                (",", ",", "PUNCT", "punct", o + 6, True), ("a", "avoir", "AUX", "aux:tense", o + 6, True),
                ("déclaré", "déclarer", "VERB", "ROOT", o + 6, True), ("Jean", "Jean", "PROPN", "nsubj", o + 6, True),
                ("Dupont", "Dupont", "PROPN", "flat:name", o + 7, False), (".", ".", "PUNCT", "punct", o + 6, True)]
        for w, lemma, p, d, h, s in rows:
            words.append(w), lemmas.append(lemma), pos.append(p), deps.append(d), heads.append(h), spaces.append(s)
        names.append((o + 7, o + 9))
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, deps=deps, heads=heads)
    text = doc.text
    mentions = tuple(Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), text[doc[a].idx:doc[b - 1].idx + len(doc[b - 1])])
                     for a, b in names)
    entity = Entity("e1", "PERSON", "Jean Dupont", mentions, key="person:jean dupont")
    return doc, EntityIndex((entity,), {i: "e1" for a, b in names for i in range(a, b)}), text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,200,400,800,1600,3200")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    fr = languages.get("fr")
    times = {}
    for n in (int(x) for x in args.sizes.split(",")):
        doc, entities, text = repeated(n)
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            quotes, _ = find_quotes(doc, fr, entities, text)
            best = min(best, time.process_time() - t0)
        assert len(quotes) == n
        times[n] = best
        ratio = f"  t({n})/t({n // 4}) = {best / times[n // 4]:.2f}" if n // 4 in times else ""
        print(f"N={n:5}  {best * 1000:8.1f} ms  {best / n * 1e6:6.1f} µs per quote{ratio}")


if __name__ == "__main__":
    main()
