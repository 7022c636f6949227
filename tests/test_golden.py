"""Golden tests: the reference scorer on the seed and the dev sets, pooled, with thresholds.

The dev-set floors are the analyze issue's targets (French quotes F1 0.85, with speaker 0.75)
and aims (English 0.70 and 0.60); the seed's are its own. The measured levels are a little above
(see the README's quality table), so a change that lowers quality fails here.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.golden

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def evaluate(shared):
    spec = importlib.util.spec_from_file_location("eval_quotes", REPO / "bench" / "eval_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return lambda which: module.evaluate(shared, which)["pooled"]


def test_seed_meets_the_issue_targets(evaluate):
    pooled = evaluate("seed")
    assert pooled["quotes_with_speaker"]["f1"] >= 0.90
    assert pooled["entity_merge"]["f1"] >= 0.99  # the identity issue: merge and speaker stay at 1.0
    assert pooled["mentions_found"] >= 0.99
    assert pooled["quotes"]["f1"] >= 0.99
    assert pooled["dates"] == {"right": 4, "gold": 4}
    assert pooled["quantities"] == {"right": 2, "gold": 2}


def test_seed_countries(shared, seed_analysis):
    spec = importlib.util.spec_from_file_location("scorer", shared / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    import json

    gold = json.loads((shared / "examples" / "putin-biden-call.gold.json").read_text(encoding="utf-8"))
    result = scorer.score_pair(gold, seed_analysis.to_dict())
    assert result["entity_country_acc"] >= 0.9


def test_french_dev_set_does_not_regress(evaluate):
    """dev (20 articles, all parts) measured 2026-12-02, session 5 (quotes branch): 0.898 / 0.830."""
    pooled = evaluate("dev")
    assert pooled["quotes"]["f1"] >= 0.88
    assert pooled["quotes_with_speaker"]["f1"] >= 0.81


def test_english_dev_set_does_not_regress(evaluate):
    """dev-en (84 articles, all parts) measured 2026-12-02, session 5 (quotes branch): 0.781 / 0.699."""
    pooled = evaluate("dev-en")
    assert pooled["quotes"]["f1"] >= 0.77
    assert pooled["quotes_with_speaker"]["f1"] >= 0.68


def test_french_dev2_holds_its_measured_floors(evaluate):
    """dev2 (24 articles, all parts) measured 2026-12-02, session 5: entity_merge 0.744 (P 0.917 R 0.626),
    mentions_found 0.909, person_gender P 1.000 R 0.869 (coref branch); quotes 0.855 and with speaker
    0.681 (quotes branch); events P 0.600 R 0.354 F1 0.445 (events branch); the merged figures are in
    the README. Floors a little below."""
    pooled = evaluate("dev2")
    assert pooled["events"]["f1"] >= 0.42 and pooled["events"]["p"] >= 0.57
    assert pooled["quotes"]["f1"] >= 0.84
    assert pooled["quotes_with_speaker"]["f1"] >= 0.65
    assert pooled["entity_merge"]["f1"] >= 0.72
    assert pooled["mentions_found"] >= 0.88
    assert pooled["person_gender"]["p"] >= 0.97 and pooled["person_gender"]["r"] >= 0.83


def test_french_dev_identity_floors(evaluate):
    """dev measured 2026-12-02, session 5 (coref): entity_merge 0.831 (P 0.990 R 0.715), mentions_found
    0.951, person_gender P 1.000 R 0.951."""
    pooled = evaluate("dev")
    assert pooled["entity_merge"]["f1"] >= 0.81
    assert pooled["mentions_found"] >= 0.92
    assert pooled["person_gender"]["p"] >= 0.97 and pooled["person_gender"]["r"] >= 0.92


def test_seed_genders_rest_on_the_articles_own_words(seed_analysis):
    people = {e.name: e for e in seed_analysis.entities if e.type == "PERSON"}
    psaki = people["Jen Psaki"]
    assert psaki.gender == "f" and {"La porte-parole", "Elle"} <= {s.text for s in psaki.gender_evidence}
    for name in ("Vladimir Poutine", "Joe Biden", "Yuri Ushakov", "Dmitri Peskov"):
        person = people[name]
        assert person.gender == "m", name
        assert person.gender_evidence, name
        text = seed_analysis.article.text
        assert all(text[s.start:s.end] == s.text for s in person.gender_evidence)
