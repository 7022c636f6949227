"""Analyses and Failures turned into table rows (plain dicts), and rows turned back into the contract form.

This is what workers send to the writer: a ``RecordBatch`` per chunk of articles, cheap to pickle,
with no database handle in it. It is pure: no I/O.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model import EXTRACTOR_VERSION, SCHEMA_ID, Analysis, Failure, content_id, outlet_of
from .schema import ARTICLE_TABLES

_WORD = re.compile(r"\w+", re.UNICODE)


def terms(text: str) -> list[str]:
    """Search terms of a text: lower-cased, accents removed, words of two letters or more."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [w for w in _WORD.findall(folded) if len(w) > 1]


# Keys that name a role, not a person ("descr:la ministre"): one per article, never merged across articles.
ARTICLE_SCOPED_KEYS = ("descr:",)
# Keys that are one actor across articles only with a country: "agent:FRAGOV" is the French government
# in every article, "agent:GOV" (le gouvernement) or "agent:CRM" (l'agresseur) a different one in each.
COUNTRY_SCOPED_KEYS = ("agent:",)


def actor_key(key: str | None, type_: str, name: str, article_id: str = "", country: str | None = None) -> str:
    """The corpus-wide identity of an entity: its key, else its type and lower-cased name.

    A descriptor-only key ("la ministre") could be a different person in every article, so it is
    scoped to its article: ``descr:la ministre@ARTICLE_ID``; so is an unnamed agent the article gives
    no country (``agent:CRM@ARTICLE_ID``).
    """
    if key:
        if key.startswith(ARTICLE_SCOPED_KEYS) or (key.startswith(COUNTRY_SCOPED_KEYS) and not country):
            return f"{key}@{article_id}"
        return key
    return f"{type_.lower()}:{' '.join(name.casefold().split())}"


def published_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


@dataclass
class RecordBatch:
    """Rows for some tables, ready for the writer. ``article_ids`` are the articles it replaces."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in (*ARTICLE_TABLES, "errors")})
    article_ids: list[str] = field(default_factory=list)
    n_failed: int = 0
    worker: str = ""  # host:pid of the worker that made it
    peak_rss: int = 0  # that worker's peak resident memory, in bytes
    # (source, line) of inputs read fine: their error rows, and those of their file and folders, go
    read_fine: list[tuple[str, int]] = field(default_factory=list)

    def add(self, item: Analysis | Failure) -> None:
        if isinstance(item, Failure):
            self.rows["errors"].append(failure_row(item))
            self.n_failed += 1
            return
        for table, rows in analysis_rows(item).items():
            self.rows[table].extend(rows)
        self.article_ids.append(item.article.id)
        self.read_fine.append(item.article.origin())

    def extend(self, other: "RecordBatch") -> None:
        for table, rows in other.rows.items():
            self.rows[table].extend(rows)
        self.article_ids.extend(other.article_ids)
        self.n_failed += other.n_failed
        self.read_fine.extend(other.read_fine)

    def __len__(self) -> int:
        return len(self.article_ids) + self.n_failed


def failure_row(failure: Failure) -> dict[str, Any]:
    return {"source": failure.source, "line": failure.line or 0, "article_id": failure.article_id,
            "code": failure.code, "reason": failure.message, "extractor_version": EXTRACTOR_VERSION}


def analysis_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    a = analysis.article
    version = analysis.version
    aid = a.id
    by_id = {e.id: e for e in analysis.entities}

    def key_of(entity_id: str | None) -> str | None:
        entity = by_id.get(entity_id) if entity_id else None
        return actor_key(entity.key, entity.type, entity.name, aid, entity.country) if entity else None

    out: dict[str, list[dict[str, Any]]] = {t: [] for t in ARTICLE_TABLES}
    out["articles"].append({
        "article_id": aid, "content_hash": content_id(a.text), "source": a.source, "url": a.url,
        "title": a.title, "published": a.published, "published_date": published_date(a.published),
        "lang": a.lang, "text": a.text, "n_chars": len(a.text), "warnings": list(analysis.warnings),
        "outlet": outlet_of(a.outlet, a.url),
        "extractor_version": version, "ingested_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
    })
    for i, e in enumerate(analysis.entities):
        out["entities"].append({
            "article_id": aid, "entity_id": e.id, "ord": i, "type": e.type, "name": e.name, "key": e.key,
            "actor_key": actor_key(e.key, e.type, e.name, aid, e.country), "country": e.country,
            "descriptors": list(e.descriptors), "n_mentions": len(e.mentions),
            "first_start": min((m.start for m in e.mentions), default=None), "extractor_version": version,
            "gender": e.gender if e.type == "PERSON" else None,
            "gender_cue": e.gender_cue if e.type == "PERSON" and e.gender else None,
            "gender_evidence": json.dumps([s.to_dict() for s in e.gender_evidence], ensure_ascii=False)
            if e.type == "PERSON" and e.gender else None,
            "source_kind": e.source_kind,
        })
        for j, m in enumerate(e.mentions):
            out["mentions"].append({"article_id": aid, "entity_id": e.id, "ord": j, "start": m.start,
                                    "end": m.end, "text": m.text, "kind": getattr(m, "kind", "name"),
                                    "extractor_version": version})
    for i, q in enumerate(analysis.quotes):
        speaker = by_id.get(q.speaker) if q.speaker else None
        sm, cue = q.speaker_mention, q.cue
        out["quotes"].append({
            "article_id": aid, "quote_id": q.id, "ord": i, "kind": q.kind, "start": q.span.start,
            "end": q.span.end, "text": q.span.text, "speaker_id": q.speaker, "speaker_key": key_of(q.speaker),
            "speaker_name": speaker.name if speaker else None,
            "speaker_mention_start": sm.start if sm else None, "speaker_mention_end": sm.end if sm else None,
            "speaker_mention_text": sm.text if sm else None,
            "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
            "cue_text": cue.text if cue else None, "addressee_id": q.addressee, "source_id": q.source,
            "confidence": round(float(q.confidence), 3), "extractor_version": version,
        })
        counts = Counter(terms(q.span.text))
        n_terms = sum(counts.values())
        out["quote_terms"].extend({"article_id": aid, "quote_id": q.id, "term": term, "tf": tf, "n_terms": n_terms}
                                  for term, tf in counts.items())
    for i, ev in enumerate(analysis.events):
        out["events"].append({
            "article_id": aid, "event_id": ev.id, "ord": i, "type": ev.type, "mode": ev.mode,
            "status": ev.status, "source_id": ev.source, "source_key": key_of(ev.source),
            "target_id": ev.target, "target_key": key_of(ev.target), "trigger_start": ev.trigger.start,
            "trigger_end": ev.trigger.end, "trigger_text": ev.trigger.text, "date": ev.date,
            "location_id": ev.location, "location_key": key_of(ev.location), "quote_id": ev.quote,
            "extractor_version": version, "cameo": ev.cameo,
            **_actor_columns("source", ev.source_actor), **_actor_columns("target", ev.target_actor),
        })
    for i, d in enumerate(analysis.dates):
        out["dates"].append({"article_id": aid, "ord": i, "start": d.span.start, "end": d.span.end,
                             "text": d.span.text, "value": d.value, "grain": d.grain, "extractor_version": version})
    for i, q in enumerate(analysis.quantities):
        out["quantities"].append({"article_id": aid, "ord": i, "start": q.span.start, "end": q.span.end,
                                  "text": q.span.text, "value": float(q.value), "unit": q.unit,
                                  "approximate": bool(q.approximate), "extractor_version": version})
    return out


def batch_of(items) -> RecordBatch:
    batch = RecordBatch()
    for item in items:
        batch.add(item)
    return batch


def _span(start, end, text) -> dict[str, Any] | None:
    return None if start is None else {"start": start, "end": end, "text": text}


def _actor_columns(side: str, actor) -> dict[str, Any]:
    """An event actor's CAMEO code as flat columns: source_actor_code, source_actor_country, ..."""
    return {f"{side}_actor_code": actor.code if actor else None,
            f"{side}_actor_country": actor.country if actor else None,
            f"{side}_actor_role": actor.role if actor else None}


def _actor_of(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    code = row.get(f"{side}_actor_code")
    if code is None:
        return None
    return {"code": code, "country": row.get(f"{side}_actor_country"), "role": row.get(f"{side}_actor_role")}


def analysis_dict(con, article_id: str) -> dict[str, Any] | None:
    """One stored article in the contract form (what ``analyze --format json`` prints), or None."""
    def rows(sql: str) -> list[dict[str, Any]]:
        cur = con.execute(sql, [article_id])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    found = rows("SELECT * FROM articles WHERE article_id = ?")
    if not found:
        return None
    art = found[0]
    mentions: dict[str, list] = {}
    for m in rows('SELECT * FROM mentions WHERE article_id = ? ORDER BY entity_id, ord'):
        mentions.setdefault(m["entity_id"], []).append({"start": m["start"], "end": m["end"], "text": m["text"],
                                                        "kind": m.get("kind") or "name"})
    entities = [{"id": e["entity_id"], "type": e["type"], "name": e["name"], "key": e["key"],
                 "country": e["country"], "descriptors": list(e["descriptors"] or []), "geo": None,
                 "gender": e.get("gender"),
                 "gender_evidence": {"cue": e.get("gender_cue"), "spans": json.loads(e["gender_evidence"] or "[]")}
                 if e.get("gender") else None,
                 "source_kind": e.get("source_kind"),
                 "mentions": mentions.get(e["entity_id"], [])}
                for e in rows("SELECT * FROM entities WHERE article_id = ? ORDER BY ord")]
    quotes = [{"id": q["quote_id"], "kind": q["kind"], "start": q["start"], "end": q["end"], "text": q["text"],
               "speaker": q["speaker_id"],
               "speaker_mention": _span(q["speaker_mention_start"], q["speaker_mention_end"],
                                        q["speaker_mention_text"]),
               "cue": _span(q["cue_start"], q["cue_end"], q["cue_text"]), "addressee": q["addressee_id"],
               "source": q["source_id"], "confidence": q["confidence"]}
              for q in rows("SELECT * FROM quotes WHERE article_id = ? ORDER BY ord")]
    events = [{"id": e["event_id"], "type": e["type"], "mode": e["mode"], "source": e["source_id"],
               "target": e["target_id"], "trigger": _span(e["trigger_start"], e["trigger_end"], e["trigger_text"]),
               "status": e["status"], "date": e["date"], "location": e["location_id"], "quote": e["quote_id"],
               "cameo": e.get("cameo"), "source_actor": _actor_of(e, "source"), "target_actor": _actor_of(e, "target")}
              for e in rows("SELECT * FROM events WHERE article_id = ? ORDER BY ord")]
    dates = [{"start": d["start"], "end": d["end"], "text": d["text"], "value": d["value"], "grain": d["grain"]}
             for d in rows("SELECT * FROM dates WHERE article_id = ? ORDER BY ord")]
    quantities = [{"start": q["start"], "end": q["end"], "text": q["text"],
                   "value": int(q["value"]) if float(q["value"]).is_integer() else q["value"],
                   "unit": q["unit"], "approximate": q["approximate"]}
                  for q in rows("SELECT * FROM quantities WHERE article_id = ? ORDER BY ord")]
    return {
        "schema": SCHEMA_ID, "version": art["extractor_version"],
        "article": {"id": art["article_id"], "source": art["source"], "outlet": art.get("outlet") or outlet_of(None, art["url"]), "url": art["url"],
                    "title": art["title"],
                    "published": art["published"], "lang": art["lang"], "text": art["text"]},
        "entities": entities, "quotes": quotes, "events": events, "dates": dates, "quantities": quantities,
        "warnings": list(art["warnings"] or []),
    }
