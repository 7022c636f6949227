"""The output of analyze keeps the contract (analysis.schema.json, Draft 2020-12) and its offsets hold,
on the seed, on every article of the French and English dev sets, and through the CLI."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.model import Article, Failure

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
SEED = REPO / "src" / "newsgraph" / "examples" / "putin-biden-call.fr.txt"


# --- the checks, on the JSON form (what the contract is about) -----------------------------------

def _span_holds(text: str, span: dict, where: str) -> list[str]:
    start, end = span["start"], span["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return [f"{where}: offsets {start}:{end} out of the text (length {len(text)})"]
    if text[start:end] != span["text"]:
        return [f"{where}: text[{start}:{end}] is {text[start:end]!r}, record says {span['text']!r}"]
    return []


def contract_problems(record: dict) -> list[str]:
    """Everything in one analysis (its to_dict()) that breaks the offset and reference rules."""
    text = record["article"]["text"]
    problems: list[str] = []
    entity_ids = [e["id"] for e in record["entities"]]
    if len(set(entity_ids)) != len(entity_ids):
        problems.append(f"duplicate entity ids: {entity_ids}")
    known = set(entity_ids)

    def ref(value, where):
        if value is not None and value not in known:
            problems.append(f"{where}: {value!r} is not an entity id")

    for e in record["entities"]:
        if not e["mentions"]:
            problems.append(f"entity {e['id']}: no mention")
        evidence = e.get("gender_evidence") or {}
        for k, span in enumerate(evidence.get("spans", [])):
            problems += _span_holds(text, span, f"entity {e['id']} gender evidence {k}")
        for k, m in enumerate(e["mentions"]):
            problems += _span_holds(text, m, f"entity {e['id']} mention {k}")
    quote_ids = [q["id"] for q in record["quotes"]]
    if len(set(quote_ids)) != len(quote_ids):
        problems.append(f"duplicate quote ids: {quote_ids}")
    for q in record["quotes"]:
        where = f"quote {q['id']}"
        problems += _span_holds(text, q, where)
        for part in ("speaker_mention", "cue"):
            if q.get(part) is not None:
                problems += _span_holds(text, q[part], f"{where} {part}")
        for part in ("speaker", "addressee", "source"):
            ref(q.get(part), f"{where} {part}")
    for ev in record["events"]:
        where = f"event {ev['id']}"
        problems += _span_holds(text, ev["trigger"], f"{where} trigger")
        for part in ("source", "target", "location"):
            ref(ev.get(part), f"{where} {part}")
        if ev.get("quote") is not None and ev["quote"] not in quote_ids:
            problems.append(f"{where}: quote {ev['quote']!r} is not a quote id")
    for k, d in enumerate(record["dates"]):
        problems += _span_holds(text, d, f"date {k}")
    for k, q in enumerate(record["quantities"]):
        problems += _span_holds(text, q, f"quantity {k}")
    return problems


def assert_contract(record: dict, validator) -> None:
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    problems = contract_problems(record)
    assert not problems, "\n".join(problems[:20])


@pytest.fixture(scope="session")
def validator(contract_schema):
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(contract_schema)
    return Draft202012Validator(contract_schema)


# --- the checker itself catches what it must (a checker that cannot fail proves nothing) ----------

def _tiny_record() -> dict:
    text = "Mme Borne a dit : « Non. »"
    return {
        "schema": "newsgraph/analysis/v1",
        "article": {"id": "x", "lang": "fr", "text": text},
        "entities": [{"id": "e1", "type": "PERSON", "name": "Borne",
                      "mentions": [{"start": 0, "end": 9, "text": "Mme Borne"}]}],
        "quotes": [{"id": "q1", "kind": "direct", "start": 20, "end": 24, "text": "Non.", "speaker": "e1",
                    "speaker_mention": {"start": 0, "end": 9, "text": "Mme Borne"},
                    "cue": {"start": 10, "end": 15, "text": "a dit"}}],
        "events": [], "dates": [], "quantities": [],
    }


def test_checker_accepts_a_good_record(validator):
    assert_contract(_tiny_record(), validator)


@pytest.mark.parametrize("breakage", [
    lambda r: r["entities"][0]["mentions"][0].update(start=1),
    lambda r: r["quotes"][0].update(end=99),
    lambda r: r["quotes"][0]["cue"].update(text="a déclaré"),
    lambda r: r["quotes"][0].update(speaker="e9"),
    lambda r: r["quotes"].append(dict(r["quotes"][0])),
    lambda r: r["events"].append({"id": "v1", "type": "CONSULT", "source": "e1", "target": "e2", "status": "asserted",
                                  "trigger": {"start": 0, "end": 3, "text": "Mme"}}),
    lambda r: r["dates"].append({"start": 3, "end": 5, "text": "xx", "value": None}),
    lambda r: r["quantities"].append({"start": 0, "end": 1, "text": "M", "value": "1"}),  # schema: a number
    lambda r: r.update(schema="v0"),
], ids=["mention", "quote-end", "cue-text", "speaker-ref", "dup-quote", "event-target", "date-text",
        "quantity-value", "schema-id"])
def test_checker_rejects_a_broken_record(validator, breakage):
    record = _tiny_record()
    breakage(record)
    with pytest.raises(AssertionError):
        assert_contract(record, validator)


# --- the seed -----------------------------------------------------------------------------------

def test_seed_keeps_the_contract(seed_analysis, validator):
    record = json.loads(json.dumps(seed_analysis.to_dict(), ensure_ascii=False))  # what the CLI prints
    assert_contract(record, validator)
    assert record["article"]["lang"] == "fr"
    assert record["article"]["published"] == "2021-12-31"
    # non-vacuous: the seed has speakers, entities, events, dates and quantities to check
    assert len(record["quotes"]) >= 8 and len(record["entities"]) >= 8
    assert record["events"] and record["dates"] and record["quantities"]
    assert any(q["speaker_mention"] for q in record["quotes"]) and any(q["cue"] for q in record["quotes"])


def test_cli_json_on_the_seed_keeps_the_contract(validator):
    from newsgraph.cli.main import cli

    result = CliRunner().invoke(cli, ["analyze", str(SEED), "--published", "2021-12-31", "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert_contract(record, validator)
    assert record["article"]["source"] == str(SEED)
    assert record["article"]["published"] == "2021-12-31"
    assert record["quotes"]


# --- every article of the dev sets -----------------------------------------------------------------

def _dev_articles() -> list[Article]:
    articles = []
    for path in sorted((SHARED / "eval" / "dev").glob("*.txt")):
        meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
        articles.append(Article(text=path.read_text(encoding="utf-8"), id=path.stem, lang=meta.get("lang") or "fr",
                                published=meta.get("published"), source=str(path)))
    for path in sorted((SHARED / "eval" / "dev-en").glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        articles.append(Article(text=path.read_text(encoding="utf-8"), id=path.stem, lang="en",
                                published=gold["article"].get("published"), source=str(path)))
    return articles


@pytest.fixture(scope="module")
def dev_results(shared):
    articles = _dev_articles()
    results = list(newsgraph.analyze_many(articles, batch_size=32))  # each model loaded once
    assert len(results) == len(articles)
    return {article.id: (article, result) for article, result in zip(articles, results)}


@pytest.mark.golden
def test_dev_sets_are_all_there(dev_results):
    langs = [article.lang for article, _ in dev_results.values()]
    assert langs.count("fr") == 20 and langs.count("en") == 84


@pytest.mark.golden
def test_every_dev_article_keeps_the_contract(dev_results, validator):
    bad = {}
    for article_id, (article, result) in dev_results.items():
        if isinstance(result, Failure):
            bad[article_id] = str(result)
            continue
        record = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
        try:
            assert_contract(record, validator)
        except AssertionError as error:
            bad[article_id] = str(error)
            continue
        if (record["article"]["id"], record["article"]["lang"], record["article"]["published"],
                record["article"]["text"]) != (article.id, article.lang, article.published, article.text):
            bad[article_id] = f"article fields changed: {record['article']!r:.200}"
    assert not bad, "\n\n".join(f"{k}:\n{v}" for k, v in sorted(bad.items()))


@pytest.mark.golden
def test_dev_sets_exercise_every_record_kind(dev_results):
    """Guards the test above against passing on empty output."""
    totals = {"entities": 0, "quotes": 0, "events": 0, "dates": 0, "quantities": 0}
    for _, result in dev_results.values():
        if isinstance(result, Failure):
            continue
        for kind in totals:
            totals[kind] += len(getattr(result, kind))
    assert all(totals.values()), totals


def test_the_shipped_contract_only_adds_to_the_shared_one(contract_schema, shared_contract_schema, seed_analysis):
    """Backward compatible: every field of the shared contract is still there, and a record of this
    version is valid under the shared contract too."""
    from jsonschema import Draft202012Validator

    def paths(node, prefix=()):
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                yield prefix + (key,)
                yield from paths(value, prefix + (key,))
            if "items" in node:
                yield from paths(node["items"], prefix + ("[]",))

    shipped = set(paths(contract_schema))
    missing = [p for p in paths(shared_contract_schema) if p not in shipped]
    assert not missing, missing
    record = seed_analysis.to_dict()
    errors = list(Draft202012Validator(shared_contract_schema).iter_errors(record))
    assert not errors, errors[0].message
    kinds = {m["kind"] for e in record["entities"] for m in e["mentions"]}
    assert kinds and kinds <= {"name", "title", "description", "pronoun"}
