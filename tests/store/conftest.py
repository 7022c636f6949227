"""Store fixtures: hand-made analyses (no model), a fake analyzer for in-process ingests, row snapshots."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsgraph.model import Analysis, Article, DateMention, Entity, Event, Failure, Quantity, Quote, Span
from newsgraph.store.schema import RECORD_TABLES

NAMES = {  # surface name -> (key, type, country): the same key in both languages
    "Poutine": ("person:vladimir putin", "PERSON", "RUS"),
    "Putin": ("person:vladimir putin", "PERSON", "RUS"),
    "Biden": ("person:joe biden", "PERSON", "USA"),
    "Macron": ("person:emmanuel macron", "PERSON", "FRA"),
    "Russie": ("country:RUS", "GPE", "RUS"),
    "Russia": ("country:RUS", "GPE", "RUS"),
    "Ukraine": ("country:UKR", "GPE", "UKR"),
}


def span(text: str, part: str, start_at: int = 0) -> Span:
    start = text.index(part, start_at)
    return Span(start, start + len(part), part)


def fake_analysis(article: Article) -> Analysis:
    """A deterministic Analysis of an article, made without spaCy: known names, «quotes», years, numbers."""
    article = article.with_id()
    text = article.text
    entities, by_name = [], {}
    for name, (key, type_, country) in NAMES.items():
        mentions = tuple(Span(m.start(), m.end(), name) for m in re.finditer(rf"\b{name}\b", text))
        if mentions:
            entity = Entity(f"e{len(entities) + 1}", type_, name, mentions, key=key, country=country,
                            descriptors=("président",) if type_ == "PERSON" else ())
            entities.append(entity)
            by_name[name] = entity
    people = [e for e in entities if e.type == "PERSON"]
    quotes = []
    for i, m in enumerate(re.finditer(r"«\s*([^»]+?)\s*»", text)):
        speaker = people[0] if people else None
        quotes.append(Quote(f"q{i + 1}", "direct", Span(m.start(1), m.end(1), m.group(1)),
                            speaker.id if speaker else None,
                            speaker_mention=speaker.mentions[0] if speaker else None, confidence=0.9))
    events = []
    if len(people) >= 2 and "appel" in text:
        trigger = span(text, "appel")
        events.append(Event("v1", "CONSULT", trigger, "asserted", source=people[0].id, target=people[1].id,
                            mode="phone", date=article.published, quote=quotes[0].id if quotes else None))
    dates = tuple(DateMention(Span(m.start(), m.end(), m.group()), m.group(), "year")
                  for m in re.finditer(r"\b(19|20)\d\d\b", text))
    quantities = tuple(Quantity(Span(m.start(), m.end(), m.group()), float(m.group().replace(" ", "")), "soldat")
                       for m in re.finditer(r"\b\d+ 000\b|\b\d{3}\b(?= soldats)", text))
    return Analysis(article=article, entities=tuple(entities), quotes=tuple(quotes), events=tuple(events),
                    dates=dates, quantities=quantities, warnings=article.notes)


def fake_analyze_articles(items, lang=None, batch_size=16, max_chars=10**6):
    for item in items:
        if isinstance(item, Failure):
            yield item
        elif not item.text.strip():
            source, line = item.origin()  # keyed as the pipeline keys its failures
            yield Failure(source, "E001", "the article has no text", line=line or None, article_id=item.id or None)
        else:
            yield fake_analysis(item)


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Make in-process ingests (workers=0) use the fake analyzer."""
    from newsgraph.scale import worker

    monkeypatch.setattr(worker, "analyze_articles", fake_analyze_articles)
    monkeypatch.setattr(worker, "load_models", lambda langs: [])


ARTICLES = [
    {"id": "fr-1", "lang": "fr", "published": "2021-12-07",
     "text": "Poutine et Biden ont eu un appel vidéo. « Nous ne voulons pas la guerre », a dit Poutine. "
             "La Russie a massé 100 000 soldats près de l'Ukraine en 2021."},
    {"id": "en-1", "lang": "en", "published": "2021-12-08",
     "text": "Putin told Biden in an appel that Russia wants guarantees. « NATO must not expand east », "
             "Putin said. Russia denies plans for Ukraine."},
    {"id": "fr-2", "lang": "fr", "published": "2022-01-15",
     "text": "Macron a déclaré : « La France soutiendra l'Ukraine ». Il parlera à Poutine en 2022."},
    {"id": "en-2", "lang": "en", "published": "2022-02-01",
     "text": "Biden said: « We will respond to any attack on Ukraine ». About 130 000 troops wait."},
]


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def corpus_jsonl(tmp_path) -> Path:
    return write_jsonl(tmp_path / "articles.jsonl", ARTICLES)


def snapshot(db: Path, tables=RECORD_TABLES + ("actors", "actor_names")) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, without the ingest timestamp: equal snapshots mean equal stores."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c != "ingested_at"]
            quoted = ", ".join(f'"{c}"' for c in columns)
            out[table] = sorted(con.execute(f"SELECT {quoted} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def counts(db: Path) -> dict[str, int]:
    return {table: len(rows) for table, rows in snapshot(db).items()}
