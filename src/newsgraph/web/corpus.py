"""The corpus pages' read-only queries over a newsgraph DuckDB (the schema of ``newsgraph.store``).

The database is opened with ``read_only=True`` and every query here is a fixed statement with bound
parameters: the server cannot write, and no caller-given SQL ever runs. Each method returns plain
JSON-ready dicts; a list is ``{"items", "page", "per_page", "total", "pages"}``.
"""
from __future__ import annotations

import json
import math
import threading
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..store.queries import where_dates


def _connect_read_only(path: Path):
    try:
        from ..store.db import connect
    except ImportError:  # the store package not installed: open it plainly, still read-only
        import duckdb

        if not path.exists():
            raise StoreError("no corpus database here; create it with `newsgraph ingest`", source=str(path))
        return duckdb.connect(str(path), read_only=True)
    return connect(path, read_only=True)


def _terms(text: str) -> list[str]:
    from ..store.records import terms

    return terms(text)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _page(items: list[dict[str, Any]], total: int, page: int, per_page: int, **extra: Any) -> dict[str, Any]:
    return {"items": items, "page": page, "per_page": per_page, "total": total,
            "pages": max(1, math.ceil(total / per_page)), **extra}


class Corpus:
    """Read-only queries for the corpus pages and their JSON twins.

    While the server holds the database read-only no process can write it (DuckDB locks the file),
    so whole-corpus answers (stats, languages, the network) are computed once and kept.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._con = _connect_read_only(self.path)
        self._lock = threading.Lock()
        self._languages: list[str] | None = None
        self._kept: dict[tuple, Any] = {}

    def _keep(self, key: tuple, compute):
        if key not in self._kept:
            self._kept[key] = compute()
        return self._kept[key]

    def close(self) -> None:
        self._con.close()

    # -- plumbing -------------------------------------------------------------------------------------
    def _rows(self, sql: str, params: list[Any] = ()) -> list[dict[str, Any]]:
        # a cursor per query: DuckDB connections are not to be shared between threads
        with self._lock:
            cur = self._con.cursor()
        try:
            result = cur.execute(sql, list(params))
            names = [d[0] for d in result.description]
            return [{n: _jsonable(v) for n, v in zip(names, row)} for row in result.fetchall()]
        finally:
            cur.close()

    def _one(self, sql: str, params: list[Any] = ()) -> Any:
        rows = self._rows(sql, params)
        return next(iter(rows[0].values())) if rows else None

    @staticmethod
    def _not_found(what: str):
        from .app import WebError

        return WebError(404, what)

    # -- overview -------------------------------------------------------------------------------------
    def languages(self) -> list[str]:
        if self._languages is None:
            self._languages = [r["lang"] for r in self._rows(
                "SELECT lang FROM articles WHERE lang IS NOT NULL GROUP BY lang ORDER BY count(*) DESC")]
        return self._languages

    def stats(self) -> dict[str, Any]:
        return self._keep(("stats",), self._stats)

    def _stats(self) -> dict[str, Any]:
        head = self._rows("SELECT count(*) AS articles, min(published_date) AS first, max(published_date) AS last "
                          "FROM articles")[0]
        return {
            **head,
            "languages": self._rows("SELECT lang, count(*) AS articles FROM articles GROUP BY lang "
                                    "ORDER BY articles DESC"),
            "quotes": self._one("SELECT count(*) FROM quotes"),
            "events": self._one("SELECT count(*) FROM events"),
            "actors": self._one("SELECT count(*) FROM actors"),
        }

    # -- quotes ---------------------------------------------------------------------------------------
    QUOTE_COLUMNS = """q.article_id, q.quote_id, q.kind, q.text, q.speaker_key, q.speaker_name,
        q.cue_text AS cue, a.lang, a.published_date AS published, a.title"""

    def quotes(self, *, q: str | None = None, speaker: str | None = None, lang: str | None = None,
               since: date | None = None, until: date | None = None, page: int = 1,
               per_page: int = 25) -> dict[str, Any]:
        where, params = ["TRUE"], []
        words = _terms(q) if q else []
        if q and not words:
            return _page([], 0, page, per_page, filters={"q": q})
        if words:
            where.append("(q.article_id, q.quote_id) IN (SELECT article_id, quote_id FROM quote_terms "
                         f"WHERE term IN ({', '.join('?' * len(words))}) GROUP BY ALL "
                         "HAVING count(DISTINCT term) = ?)")
            params += [*words, len(set(words))]
        if speaker:
            where.append("(q.speaker_key = ? OR contains(strip_accents(lower(q.speaker_name)), "
                         "strip_accents(lower(?))))")
            params += [speaker, speaker]
        if lang:
            where.append("a.lang = ?")
            params.append(lang)
        where_dates(where, params, "a.published_date", since, until)
        condition = " AND ".join(where)
        total = self._one(f"SELECT count(*) FROM quotes q JOIN articles a USING (article_id) WHERE {condition}",
                          params)
        items = self._rows(
            f"SELECT {self.QUOTE_COLUMNS} FROM quotes q JOIN articles a USING (article_id) WHERE {condition} "
            "ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.ord LIMIT ? OFFSET ?",
            [*params, per_page, (page - 1) * per_page])
        return _page(items, total, page, per_page)

    # -- speakers -------------------------------------------------------------------------------------
    def speakers(self, *, lang: str | None = None, page: int = 1, per_page: int = 25) -> dict[str, Any]:
        if not lang:
            return self._top_speakers(page, per_page)
        condition, params = "q.speaker_key IS NOT NULL", []
        if lang:
            condition += " AND a.lang = ?"
            params.append(lang)
        total = self._one(f"SELECT count(DISTINCT q.speaker_key) FROM quotes q JOIN articles a USING (article_id) "
                          f"WHERE {condition}", params)
        items = self._rows(f"""
            WITH top AS (
                SELECT q.speaker_key AS key, count(*) AS quotes, count(DISTINCT q.article_id) AS articles,
                       list(DISTINCT a.lang ORDER BY a.lang) AS langs,
                       min(a.published_date) AS first, max(a.published_date) AS last,
                       first(q.speaker_name ORDER BY q.article_id) AS any_name
                FROM quotes q JOIN articles a USING (article_id)
                WHERE {condition}
                GROUP BY q.speaker_key
                ORDER BY quotes DESC, key
                LIMIT ? OFFSET ?)
            SELECT top.key, coalesce(ac.name, top.any_name) AS name, ac.type, ac.country, top.quotes,
                   top.articles, top.langs, top.first, top.last
            FROM top LEFT JOIN actors ac ON ac.actor_key = top.key
            ORDER BY top.quotes DESC, top.key""", [*params, per_page, (page - 1) * per_page])
        return _page(items, total, page, per_page)

    def _top_speakers(self, page: int, per_page: int) -> dict[str, Any]:
        """All languages: ranked on the actor rollup's quote counts, then details for this page's keys only."""
        total = self._one("SELECT count(*) FROM actors WHERE n_quotes > 0")
        top = self._rows("SELECT actor_key AS key, name, type, country, n_quotes AS quotes FROM actors "
                         "WHERE n_quotes > 0 ORDER BY n_quotes DESC, actor_key LIMIT ? OFFSET ?",
                         [per_page, (page - 1) * per_page])
        if top:
            keys = [r["key"] for r in top]
            details = {r["key"]: r for r in self._rows(
                "SELECT q.speaker_key AS key, count(DISTINCT q.article_id) AS articles, "
                "list(DISTINCT a.lang ORDER BY a.lang) AS langs, min(a.published_date) AS first, "
                "max(a.published_date) AS last FROM quotes q JOIN articles a USING (article_id) "
                f"WHERE q.speaker_key IN ({', '.join('?' * len(keys))}) GROUP BY q.speaker_key", keys)}
            for row in top:
                row.update({k: v for k, v in details.get(row["key"], {}).items() if k != "key"})
        return _page(top, total, page, per_page)

    def _actor_row(self, key: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT actor_key AS key, type, name, country, names, n_articles AS articles, "
                          "n_mentions AS mentions, n_quotes AS quotes, n_events AS events "
                          "FROM actors WHERE actor_key = ?", [key])
        if not rows:
            return None
        actor = rows[0]
        actor["names"] = json.loads(actor["names"]) if actor["names"] else {}
        actor["descriptors"] = [r["descriptor"] for r in self._rows(
            "SELECT d AS descriptor, count(*) AS n FROM (SELECT unnest(descriptors) AS d FROM entities "
            "WHERE actor_key = ?) GROUP BY d ORDER BY n DESC, d LIMIT 8", [key])]
        return actor

    def speaker(self, key: str, *, page: int = 1, per_page: int = 25) -> dict[str, Any]:
        actor = self._actor_row(key)
        quotes = self._rows(
            f"SELECT {self.QUOTE_COLUMNS} FROM quotes q JOIN articles a USING (article_id) WHERE q.speaker_key = ? "
            "ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.ord LIMIT ? OFFSET ?",
            [key, per_page, (page - 1) * per_page])
        by_lang = self._rows("SELECT a.lang, count(*) AS quotes FROM quotes q JOIN articles a USING (article_id) "
                             "WHERE q.speaker_key = ? GROUP BY a.lang ORDER BY quotes DESC", [key])
        total = sum(r["quotes"] for r in by_lang)
        if actor is None and total == 0:
            raise self._not_found(f"no speaker with the key {key!r}; see /speakers")
        return _page(quotes, total, page, per_page, actor=actor or {"key": key, "name": key, "names": {},
                                                                      "descriptors": []},
                     languages=by_lang)

    # -- actors and events ----------------------------------------------------------------------------
    def actors(self, *, type: str | None = None, page: int = 1, per_page: int = 25) -> dict[str, Any]:
        condition, params = ("type = ?", [type.upper()]) if type else ("TRUE", [])
        total = self._one(f"SELECT count(*) FROM actors WHERE {condition}", params)
        items = self._rows(
            f"SELECT actor_key AS key, type, name, country, n_articles AS articles, n_mentions AS mentions, "
            f"n_quotes AS quotes, n_events AS events FROM actors WHERE {condition} "
            "ORDER BY n_articles DESC, n_mentions DESC, actor_key LIMIT ? OFFSET ?",
            [*params, per_page, (page - 1) * per_page])
        return _page(items, total, page, per_page)

    # One page of events is chosen first; only its rows are then joined to the actors' names.
    EVENT_PAGE = """
        WITH page AS (
            SELECT e.article_id, e.event_id, e.ord, e.type, e.mode, e.status, e.trigger_text AS trigger,
                   e.source_key, e.target_key,
                   coalesce(e.date, strftime(a.published_date, '%Y-%m-%d')) AS date,
                   e.date IS NOT NULL AS dated_in_text, a.lang, a.title, a.published_date AS published
            FROM events e JOIN articles a USING (article_id)
            WHERE {condition}
            ORDER BY date DESC NULLS LAST, e.article_id, e.ord LIMIT ? OFFSET ?)
        SELECT page.article_id, page.event_id, page.type, page.mode, page.status, page.trigger,
               page.source_key, coalesce(s.name, page.source_key) AS source_name,
               page.target_key, coalesce(t.name, page.target_key) AS target_name,
               page.date, page.dated_in_text, page.lang, page.title, page.published
        FROM page
        LEFT JOIN actors s ON s.actor_key = page.source_key
        LEFT JOIN actors t ON t.actor_key = page.target_key
        ORDER BY page.date DESC NULLS LAST, page.article_id, page.ord"""

    def events(self, *, actor: str | None = None, type: str | None = None, since: date | None = None,
               until: date | None = None, page: int = 1, per_page: int = 25) -> dict[str, Any]:
        where, params = ["TRUE"], []
        if actor:
            where.append("(e.source_key = ? OR e.target_key = ?)")
            params += [actor, actor]
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        where_dates(where, params, "a.published_date", since, until)
        condition = " AND ".join(where)
        total = self._one(f"SELECT count(*) FROM events e JOIN articles a USING (article_id) WHERE {condition}",
                          params)
        items = self._rows(self.EVENT_PAGE.format(condition=condition), [*params, per_page, (page - 1) * per_page])
        return _page(items, total, page, per_page)

    def actor(self, key: str, *, page: int = 1, per_page: int = 25) -> dict[str, Any]:
        actor = self._actor_row(key)
        if actor is None:
            raise self._not_found(f"no actor with the key {key!r}; see /actors")
        timeline = self.events(actor=key, page=page, per_page=per_page)
        types = self._rows("SELECT type, count(*) AS n FROM events WHERE source_key = ? OR target_key = ? "
                           "GROUP BY type ORDER BY n DESC, type", [key, key])
        return {**timeline, "actor": actor, "event_types": types}

    def network(self, *, limit: int = 60) -> dict[str, Any]:
        """Actors linked by events (source -> target) and by quotes said to someone (speaker -> addressee)."""
        return self._keep(("network", limit), lambda: self._network(limit))

    def _network(self, limit: int) -> dict[str, Any]:
        edges = self._rows("""
            WITH links AS (
                SELECT source_key AS source, target_key AS target, 'event' AS kind, type AS label
                FROM events WHERE source_key IS NOT NULL AND target_key IS NOT NULL AND source_key <> target_key
                UNION ALL
                SELECT q.speaker_key, ent.actor_key, 'quote', 'addresses'
                FROM quotes q JOIN entities ent ON ent.article_id = q.article_id AND ent.entity_id = q.addressee_id
                WHERE q.speaker_key IS NOT NULL AND q.speaker_key <> ent.actor_key)
            SELECT source, target, kind, count(*) AS weight, list(DISTINCT label ORDER BY label) AS labels
            FROM links GROUP BY source, target, kind ORDER BY weight DESC, source, target""")
        degree: dict[str, int] = {}
        for e in edges:
            degree[e["source"]] = degree.get(e["source"], 0) + e["weight"]
            degree[e["target"]] = degree.get(e["target"], 0) + e["weight"]
        # the actors of the strongest links, so that every node drawn has an edge drawn
        keep: list[str] = []
        for e in edges:  # heaviest first
            new = [k for k in (e["source"], e["target"]) if k not in keep]
            if len(keep) + len(new) > limit:
                break
            keep.extend(new)
        kept = set(keep)
        nodes = []
        if keep:
            info = {r["key"]: r for r in self._rows(
                f"SELECT actor_key AS key, name, type, n_articles AS articles FROM actors "
                f"WHERE actor_key IN ({', '.join('?' * len(keep))})", keep)}
            nodes = [{"id": k, "name": info.get(k, {}).get("name") or k, "type": info.get(k, {}).get("type"),
                      "degree": degree[k]} for k in keep]
        links = [e for e in edges if e["source"] in kept and e["target"] in kept]
        return {"nodes": nodes, "edges": links}

    def article(self, article_id: str) -> dict[str, Any]:
        from ..store.records import analysis_dict

        with self._lock:
            cur = self._con.cursor()
        try:
            data = analysis_dict(cur, article_id)
        finally:
            cur.close()
        if data is None:
            raise self._not_found(f"no article with the id {article_id!r} in this corpus")
        return data
