"""The four span invariants of the quote stage: each on a small case, then on every quote of the
seed, the dev sets (dev, dev2, dev-en) and 500 OrangeSum articles."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from newsgraph import lang as languages
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.quotes.clause import Grammar
from newsgraph.extract.quotes.draft import Confidence, Draft
from newsgraph.extract.quotes.invariants import _without_overlaps, enforce, unbalanced, violations
from newsgraph.extract.quotes.marks import marked_spans
from newsgraph.model import Entity
from newsgraph.nlp import model_text, paragraph_spans

from .quote_docs import build, sentence

FR = languages.get("fr")
_FR_MARKS = set(FR.quote_pairs) | {c for cs in FR.quote_pairs.values() for c in cs}


def test_unbalanced_marks_are_found():
    text = "il a parlé d'un « accord » et d'une « crise"
    assert unbalanced(text, 0, len(text), FR.quote_pairs, _FR_MARKS) == [text.rindex("«")]
    assert unbalanced(text, 0, text.index("et"), FR.quote_pairs, _FR_MARKS) == []
    assert unbalanced("»", 0, 1, FR.quote_pairs, _FR_MARKS) == [0]


def _grammar(rows):
    doc, entities, text = build("fr", sentence(rows))
    return Grammar(doc, FR, entities, text), text


_ROWS = """
    Il il PRON nsubj 1
    a avoir AUX aux:tense 2
    dit dire VERB ROOT 2
    que que SCONJ mark 6
    l'+ le DET det 5
    accord accord NOUN nsubj 6
    sera être AUX ROOT 6
    « « PUNCT punct 8
    historique historique ADJ amod 6
    »+ » PUNCT punct 8
    . . PUNCT punct 2
"""


def test_a_mixed_quote_takes_in_the_closing_mark_its_clause_lost():
    g, text = _grammar(_ROWS)
    d = Draft("indirect", text.index("l'accord"), text.index("historique") + len("historique"))
    (out,) = enforce(g, [d], marked_spans(text, paragraph_spans(text), FR))
    assert text[out.start:out.end] == "l'accord sera « historique »"


def test_two_overlapping_quotes_of_two_speakers_keep_the_more_confident():
    g, text = _grammar(_ROWS)
    a, b = Entity("e1", "PERSON", "A", ()), Entity("e2", "PERSON", "B", ())
    strong = Draft("indirect", 0, 20, speaker=a, confidence=Confidence.CLAUSE)
    weak = Draft("indirect", 10, 30, speaker=b, confidence=Confidence.GUESS)
    nested_same = Draft("indirect", 5, 15, speaker=a, confidence=Confidence.GUESS)
    kept = _without_overlaps(g, [weak, strong, nested_same])
    assert kept == [strong, nested_same]


def test_invariant_checker_reports_each_kind_of_fault():
    from newsgraph.model import Quote, Span

    text = "Selon X, « la situation s'améliore ». Y a dit que « tout va bien »."
    marks = marked_spans(text, paragraph_spans(text), FR)
    mixed_cut = Quote("q1", "mixed", Span(9, 34, text[9:34]), "e1")  # « la situation s'améliore (no closer)
    direct_off = Quote("q2", "direct", Span(11, 30, text[11:30]), "e2")  # not the inside of the marks
    found = violations(text, [mixed_cut, direct_off], FR, marks)
    assert any("unbalanced" in v for v in found) and any("inside of its marks" in v for v in found)
    assert any("overlap" in v for v in found)


def _repeated(n: int):
    """N sentences « Texte i », a déclaré Jean Dupont. as one hand-built Doc."""
    rows, names = [], []
    for i in range(n):
        o = len(rows)
        rows += [("«", "«", "PUNCT", "punct", o + 2, "", True), ("Texte", "texte", "NOUN", "nsubj", o + 2, "", True),
                 (str(i), str(i), "NUM", "ROOT", o + 2, "", True), ("»", "»", "PUNCT", "punct", o + 2, "", False),
                 (",", ",", "PUNCT", "punct", o + 6, "", True), ("a", "avoir", "AUX", "aux:tense", o + 6, "", True),
                 ("déclaré", "déclarer", "VERB", "ROOT", o + 6, "", True), ("Jean", "Jean", "PROPN", "nsubj", o + 6, "", True),
                 ("Dupont", "Dupont", "PROPN", "flat:name", o + 7, "", False), (".", ".", "PUNCT", "punct", o + 6, "", True)]
        rows[o + 2] = (str(i), str(i), "NUM", "ccomp", o + 6, "", True)
        names.append((o + 7, o + 9))
    return build("fr", rows, {"e1": ("PERSON", names)})


def test_the_stage_is_linear_in_the_number_of_quotes():
    def cost(n):
        doc, entities, text = _repeated(n)
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            quotes, _ = find_quotes(doc, FR, entities, text)
            best = min(best, time.process_time() - t0)
        assert len(quotes) == n and {q.speaker for q in quotes} == {"e1"}
        return best

    small, large = cost(200), cost(800)
    assert large / small <= 4.5 * 1.3, (small, large)  # 4x the quotes, at most 4.5x the time (+ timer noise)


# -- every quote of the evaluation sets and of 500 OrangeSum articles --------------------------

def _check(analyses) -> list[str]:
    faults, checked = [], 0
    for a in analyses:
        if not hasattr(a, "quotes"):
            continue
        data = languages.get(a.article.lang)
        text = a.article.text
        marks = marked_spans(model_text(text), paragraph_spans(text), data)
        checked += len(a.quotes)
        faults += [f"{a.article.id}: {v}" for v in violations(text, a.quotes, data, marks)]
    assert checked > 0
    return faults


@pytest.mark.golden
def test_invariants_hold_on_the_seed_and_dev_sets(shared, seed_analysis):
    import newsgraph

    analyses = [seed_analysis]
    for name, code in (("dev", "fr"), ("dev2", "fr"), ("dev-en", "en")):
        for path in sorted((shared / "eval" / name).glob("*.txt")):
            analyses.append(newsgraph.analyze(path.read_text(encoding="utf-8"), lang=code, id=path.stem))
    faults = _check(analyses)
    assert not faults, "\n".join(faults[:20])


@pytest.mark.golden
@pytest.mark.slow
def test_invariants_hold_on_500_orangesum_articles(shared):
    import newsgraph
    from newsgraph.model import Article

    path = shared / "bench" / "orangesum-5k.fr.jsonl"
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            articles.append(Article(text=row["text"], id=row["id"], lang="fr", published=row.get("published")))
            if len(articles) == 500:
                break
    faults = _check(newsgraph.analyze_many(articles))
    assert not faults, "\n".join(faults[:20])


def test_a_quote_joined_across_its_incise_is_a_direct_quote_only_where_the_language_joins_them():
    from newsgraph.model import Quote, Span

    text = '"We will build it," he said, "and fast enough."'
    start, end = 1, text.rindex('"')
    said = text.index("said")
    joined = Quote("q1", "direct", Span(start, end, text[start:end]), "e1",
                   cue=Span(said, said + 4, "said"), speaker_mention=Span(said - 3, said - 1, "he"))
    en = languages.get("en")
    assert violations(text, [joined], en, marked_spans(text, paragraph_spans(text), en)) == []
    french = text.replace('"', "«", 1).replace('"', "»", 1).replace('"', "«", 1).replace('"', "»", 1)
    found = violations(french, [joined], FR, marked_spans(french, paragraph_spans(french), FR))
    assert any("inside of its marks" in v for v in found) and any("its own cue" in v for v in found)
