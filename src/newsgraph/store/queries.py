"""The questions asked of a corpus: one layer for the CLI (`newsgraph query`), the web pages and the API.

Each function takes a read-only connection and keyword filters and returns a ``Table`` (a page of rows,
with the total) or, for the detail pages, a dict. A filter has one name and one meaning everywhere:

    speaker, actor, source, target   an actor key, or part of any of its names in any language (accents
                                     and case ignored): ``putin`` finds Poutine in French articles too
    about                            words a quote contains, all of them (accents and case ignored),
                                     ranked by BM25 relevance
    lang                             the article's language
    since, until                     inclusive ISO dates: of the article's publication for quotes and
                                     speakers; of the event (when the text dates it, else the publication)
                                     for events and timelines
    type, country, status, name      as stored (case ignored)
    limit, page                      rows per page (default DEFAULT_LIMIT) and which page, from 1

A new question is a function of the same shape (``con, *, filters..., limit, page -> Table``) here or in
a module beside this one; the CLI and the API then expose its filters under the same names.

Full-text search over quotes ranks with BM25 over the ``quote_terms`` index that the writer fills
(accent- and case-folded words). It needs no DuckDB extension and so no network; DuckDB's ``fts``
extension would need a DuckDB matching the ``duckdb-ext-fts`` wheel, which this project does not pin.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any

from ..errors import StoreError
from .records import terms

BM25_K1 = 1.2
BM25_B = 0.75
DEFAULT_LIMIT = 25
MAX_LIMIT = 1000  # the API's bound on limit


def jsonable(value: Any) -> Any:
    """A value as JSON has it: dates as ISO strings, tuples as lists."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Table:
    """A page of rows. ``total`` counts every row that matches, on all pages."""

    columns: list[str]
    rows: list[tuple]
    total: int | None = None
    page: int = 1
    limit: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def records(self) -> list[dict[str, Any]]:
        """The rows as JSON objects: what `query --json` prints and the API's ``items``."""
        return [{c: jsonable(v) for c, v in zip(self.columns, row)} for row in self.rows]

    def page_dict(self) -> dict[str, Any]:
        """``{"items", "page", "limit", "total", "pages", ...}``: the API's answer for a list."""
        total = len(self.rows) if self.total is None else self.total
        limit = self.limit or max(1, len(self.rows))
        return {"items": self.records(), "page": self.page, "limit": limit, "total": total,
                "pages": max(1, math.ceil(total / limit)), **jsonable(self.extra)}


def run(con, sql: str, params: list | None = None) -> Table:
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return Table(columns, cursor.fetchall())


def _one(con, sql: str, params: list) -> Any:
    return con.execute(sql, params).fetchall()[0][0]


def _paged(con, sql: str, count_sql: str, params: list, limit: int, page: int,
           decode: tuple[str, ...] = ()) -> Table:
    """Run ``sql`` (which ends with LIMIT ? OFFSET ?) for one page, and ``count_sql`` for the total."""
    limit, page = max(1, int(limit)), max(1, int(page))
    table = run(con, sql, [*params, limit, (page - 1) * limit])
    rows = table.rows
    if decode:  # JSON kept as text in the store, given back as objects
        at = [table.columns.index(c) for c in decode]
        rows = [tuple(json.loads(v) if i in at and isinstance(v, str) else v for i, v in enumerate(row))
                for row in rows]
    return Table(table.columns, rows, int(_one(con, count_sql, params)), page, limit)


def _actor_filter(column_key: str, value: str, params: list) -> str:
    """Match an actor by its key (exact) or by part of any of its names in any language (accents and case
    ignored), so ``putin`` finds quotes by Poutine in French articles too."""
    params.extend([value, f"%{value}%"])
    return (f"({column_key} = ? OR {column_key} IN (SELECT actor_key FROM actor_names "
            f"WHERE strip_accents(lower(name)) LIKE strip_accents(lower(?))))")


def where_dates(where: list[str], params: list, column: str, since, until) -> None:
    """Add `since`/`until` bounds (inclusive ISO dates) on a date column to a WHERE list and its parameters."""
    for value, op in ((since, ">="), (until, "<=")):
        if value:
            where.append(f"{column} {op} ?::DATE")
            params.append(_iso_date(value))


def _iso_date(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise StoreError(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2022-01-31") from None


# An event's date: the one the text gives (a day, a month or a year: its first day), else the publication's.
EVENT_DATE = ("coalesce(TRY_CAST(left(e.date, 10) AS DATE), TRY_CAST(left(e.date, 7) || '-01' AS DATE), "
              "TRY_CAST(left(e.date, 4) || '-01-01' AS DATE), a.published_date)")


# ---- lists --------------------------------------------------------------------------------------------

def quotes(con, *, speaker: str | None = None, about: str | None = None, lang: str | None = None,
           since=None, until=None, limit: int = DEFAULT_LIMIT, page: int = 1) -> Table:
    """Quotes, newest first; with ``about``, those holding every word, most relevant first (BM25)."""
    params: list = []
    where = ["TRUE"]
    cte, join, order, score = "", "", "a.published_date DESC NULLS LAST, q.article_id, q.ord", ""
    if about is not None:
        words = sorted(set(terms(about)))
        if not words:
            words = [""]  # no searchable word: nothing matches
        cte = f"""
        WITH stats AS (SELECT n_docs, (SELECT sum(tf) FROM quote_terms) / n_docs AS avg_len
                       FROM (SELECT greatest(count(*), 1)::DOUBLE AS n_docs FROM quotes)),
             df AS (SELECT term, count(*)::DOUBLE AS df FROM quote_terms
                    WHERE term IN (SELECT unnest(?::VARCHAR[])) GROUP BY term),
             score AS (
                 SELECT t.article_id, t.quote_id,
                        sum(ln(1 + (stats.n_docs - df.df + 0.5) / (df.df + 0.5))
                            * t.tf * ({BM25_K1} + 1)
                            / (t.tf + {BM25_K1} * (1 - {BM25_B} + {BM25_B} * t.n_terms / stats.avg_len))) AS score
                 FROM quote_terms t JOIN df USING (term), stats
                 GROUP BY t.article_id, t.quote_id
                 HAVING count(DISTINCT t.term) = {len(words)})
        """
        params.append(words)
        join = "JOIN score s ON s.article_id = q.article_id AND s.quote_id = q.quote_id"
        order = "s.score DESC, q.article_id, q.ord"
        score = ", round(s.score, 3) AS score"
    if speaker:
        where.append(_actor_filter("q.speaker_key", speaker, params))
    if lang:
        where.append("a.lang = lower(?)")
        params.append(lang)
    where_dates(where, params, "a.published_date", since, until)
    body = f"FROM quotes q JOIN articles a USING (article_id) {join} WHERE {' AND '.join(where)}"
    return _paged(con, f"""{cte}
        SELECT q.article_id, q.quote_id, q.kind, q.text, q.speaker_key, q.speaker_name, q.cue_text AS cue,
               a.lang, a.published_date AS published, a.title, q.start, q."end"{score}
        {body} ORDER BY {order} LIMIT ? OFFSET ?""", f"{cte} SELECT count(*) {body}", params, limit, page)


def speakers(con, *, lang: str | None = None, since=None, until=None, limit: int = DEFAULT_LIMIT,
             page: int = 1) -> Table:
    """Who is quoted most: quotes and articles per speaker (one row per actor, across languages)."""
    params: list = []
    where = ["q.speaker_key IS NOT NULL"]
    if lang:
        where.append("a.lang = lower(?)")
        params.append(lang)
    where_dates(where, params, "a.published_date", since, until)
    body = f"FROM quotes q JOIN articles a USING (article_id) WHERE {' AND '.join(where)}"
    # counted over the filtered quotes; the lists and dates are gathered for the page's speakers only
    return _paged(con, f"""
        WITH f AS (SELECT q.speaker_key, q.article_id, q.ord, q.speaker_name, a.lang, a.published_date {body}),
             counts AS (SELECT speaker_key AS key, count(*) AS quotes, count(DISTINCT article_id) AS articles
                        FROM f GROUP BY speaker_key),
             top AS (SELECT * FROM counts ORDER BY quotes DESC, articles DESC, key LIMIT ? OFFSET ?),
             details AS (SELECT speaker_key AS key, list(DISTINCT lang ORDER BY lang) AS langs,
                                min(published_date) AS first, max(published_date) AS last,
                                first(speaker_name ORDER BY article_id, ord) AS any_name
                         FROM f WHERE speaker_key IN (SELECT key FROM top) GROUP BY speaker_key)
        SELECT top.key, coalesce(ac.name, d.any_name) AS name, ac.type, ac.country, top.quotes, top.articles,
               d.langs, d.first, d.last
        FROM top JOIN details d USING (key) LEFT JOIN actors ac ON ac.actor_key = top.key
        ORDER BY top.quotes DESC, top.articles DESC, top.key""",
                  f"SELECT count(DISTINCT q.speaker_key) {body}", params, limit, page)


def actors(con, *, type: str | None = None, country: str | None = None, name: str | None = None,
           limit: int = DEFAULT_LIMIT, page: int = 1) -> Table:
    """Actors across the corpus, most written-about first, with their names in every language."""
    params: list = []
    where = ["TRUE"]
    if type:
        where.append("type = upper(?)")
        params.append(type)
    if country:
        where.append("country = upper(?)")
        params.append(country)
    if name:
        where.append(_actor_filter("actor_key", name, params))
    body = f"FROM actors WHERE {' AND '.join(where)}"
    return _paged(con, f"""
        SELECT actor_key AS key, name, type, country, n_articles AS articles, n_mentions AS mentions,
               n_quotes AS quotes, n_events AS events, names
        {body} ORDER BY n_articles DESC, n_mentions DESC, actor_key LIMIT ? OFFSET ?""",
                  f"SELECT count(*) {body}", params, limit, page, decode=("names",))


def events(con, *, actor: str | None = None, source: str | None = None, target: str | None = None,
           type: str | None = None, status: str | None = None, since=None, until=None,
           limit: int = DEFAULT_LIMIT, page: int = 1) -> Table:
    """Events (who did what to whom), newest first. ``actor`` is the source or the target."""
    params: list = []
    where = ["TRUE"]
    if actor:
        where.append(f"({_actor_filter('e.source_key', actor, params)} OR "
                     f"{_actor_filter('e.target_key', actor, params)})")
    if source:
        where.append(_actor_filter("e.source_key", source, params))
    if target:
        where.append(_actor_filter("e.target_key", target, params))
    if type:
        where.append("e.type = upper(?)")
        params.append(type)
    if status:
        where.append("e.status = lower(?)")
        params.append(status)
    where_dates(where, params, EVENT_DATE, since, until)
    body = f"FROM events e JOIN articles a USING (article_id) WHERE {' AND '.join(where)}"
    # one page of events is chosen first; only its rows are then joined to the names in their articles
    return _paged(con, f"""
        WITH page AS (
            SELECT e.*, {EVENT_DATE} AS sort_date, a.lang, a.title, a.published_date AS published,
                   coalesce(e.date, strftime(a.published_date, '%Y-%m-%d')) AS shown_date
            {body} ORDER BY sort_date DESC NULLS LAST, shown_date DESC, e.article_id, e.ord LIMIT ? OFFSET ?),
             ents AS (SELECT article_id, entity_id, name FROM entities
                      WHERE article_id IN (SELECT DISTINCT article_id FROM page))
        SELECT p.article_id, p.event_id, p.shown_date AS date, p.date IS NOT NULL AS dated_in_text, p.type, p.mode,
               p.status, p.trigger_text AS trigger, p.source_key, src.name AS source_name, p.target_key,
               tgt.name AS target_name, loc.name AS location, p.lang, p.title, p.published
        FROM page p
        LEFT JOIN ents src ON src.article_id = p.article_id AND src.entity_id = p.source_id
        LEFT JOIN ents tgt ON tgt.article_id = p.article_id AND tgt.entity_id = p.target_id
        LEFT JOIN ents loc ON loc.article_id = p.article_id AND loc.entity_id = p.location_id
        ORDER BY p.sort_date DESC NULLS LAST, p.shown_date DESC, p.article_id, p.ord""",
                  f"SELECT count(*) {body}", params, limit, page)


def timeline(con, actor: str, *, limit: int = DEFAULT_LIMIT, page: int = 1) -> Table:
    """What one actor said and did, in date order: its quotes and the events it is source or target of."""
    params: list = []
    match_quote = _actor_filter("q.speaker_key", actor, params)
    match_src = _actor_filter("e.source_key", actor, params)
    match_tgt = _actor_filter("e.target_key", actor, params)
    union = f"""
            SELECT a.published_date AS date, 'quote' AS what, q.kind AS type, q.speaker_name AS actor,
                   q.text AS detail, q.article_id, q.start, q."end"
            FROM quotes q JOIN articles a USING (article_id) WHERE {match_quote}
            UNION ALL
            SELECT {EVENT_DATE}, 'event', e.type, coalesce(src.name, '?'),
                   concat_ws(' ', e.trigger_text, '->', coalesce(tgt.name, '?'), '(' || e.status || ')'),
                   e.article_id, e.trigger_start, e.trigger_end
            FROM events e JOIN articles a USING (article_id)
            LEFT JOIN entities src ON src.article_id = e.article_id AND src.entity_id = e.source_id
            LEFT JOIN entities tgt ON tgt.article_id = e.article_id AND tgt.entity_id = e.target_id
            WHERE {match_src} OR {match_tgt}"""
    return _paged(con, f"SELECT * FROM ({union}) ORDER BY date NULLS LAST, article_id, start LIMIT ? OFFSET ?",
                  f"SELECT count(*) FROM ({union})", params, limit, page)


# ---- the corpus as a whole, and detail pages -----------------------------------------------------------

def stats(con) -> dict[str, Any]:
    """Counts of articles, quotes, actors (distinct actor keys) and events, languages and time span: one
    snapshot, so the counts agree with each other."""
    articles, first, last = con.execute("SELECT count(*), min(published_date), max(published_date) "
                                        "FROM articles").fetchall()[0]
    return jsonable({
        "articles": articles, "first": first, "last": last,
        "languages": run(con, "SELECT lang, count(*) AS articles FROM articles GROUP BY lang "
                              "ORDER BY articles DESC, lang").dicts(),
        "quotes": _one(con, "SELECT count(*) FROM quotes", []),
        "events": _one(con, "SELECT count(*) FROM events", []),
        "actors": _one(con, "SELECT count(DISTINCT actor_key) FROM entities", []),
        "errors": _one(con, "SELECT count(*) FROM errors", []),
    })


def languages(con) -> list[str]:
    return [lang for (lang,) in con.execute("SELECT lang FROM articles WHERE lang IS NOT NULL GROUP BY lang "
                                            "ORDER BY count(*) DESC, lang").fetchall()]


def actor_info(con, key: str) -> dict[str, Any] | None:
    """One actor of the rollup: names per language, counts and its most frequent descriptors."""
    found = con.execute("SELECT actor_key AS key, type, name, country, names, n_articles AS articles, "
                        "n_mentions AS mentions, n_quotes AS quotes, n_events AS events "
                        "FROM actors WHERE actor_key = ?", [key])
    columns = [d[0] for d in found.description]
    rows = found.fetchall()
    if not rows:
        return None
    info = dict(zip(columns, rows[0]))
    info["names"] = json.loads(info["names"]) if info["names"] else {}
    info["descriptors"] = [d for (d, _) in con.execute(
        "SELECT d, count(*) AS n FROM (SELECT unnest(descriptors) AS d FROM entities WHERE actor_key = ?) "
        "GROUP BY d ORDER BY n DESC, d LIMIT 8", [key]).fetchall()]
    return info


def speaker(con, key: str, *, limit: int = DEFAULT_LIMIT, page: int = 1) -> Table | None:
    """Every quote of one actor (by key), newest first, with the actor and its quotes per language;
    None when the key has neither an actor nor a quote."""
    body = "FROM quotes q JOIN articles a USING (article_id) WHERE q.speaker_key = ?"
    found = _paged(con, f"""
        SELECT q.article_id, q.quote_id, q.kind, q.text, q.speaker_key, q.speaker_name, q.cue_text AS cue,
               a.lang, a.published_date AS published, a.title, q.start, q."end"
        {body} ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.ord LIMIT ? OFFSET ?""",
                   f"SELECT count(*) {body}", [key], limit, page)
    info = actor_info(con, key)
    if info is None and not found.total:
        return None
    by_lang = run(con, "SELECT a.lang, count(*) AS quotes FROM quotes q JOIN articles a USING (article_id) "
                       "WHERE q.speaker_key = ? GROUP BY a.lang ORDER BY quotes DESC, a.lang", [key]).dicts()
    info = info or {"key": key, "name": key, "names": {}, "descriptors": []}
    return Table(found.columns, found.rows, found.total, found.page, found.limit,
                 extra={"actor": info, "languages": by_lang})


def actor(con, key: str, *, limit: int = DEFAULT_LIMIT, page: int = 1) -> Table | None:
    """One actor of the rollup with its events (as source or target) newest first; None if unknown."""
    info = actor_info(con, key)
    if info is None:
        return None
    timeline_ = events(con, actor=key, limit=limit, page=page)
    types = run(con, "SELECT type, count(*) AS n FROM events WHERE source_key = ? OR target_key = ? "
                     "GROUP BY type ORDER BY n DESC, type", [key, key]).dicts()
    return Table(timeline_.columns, timeline_.rows, timeline_.total, timeline_.page, timeline_.limit,
                 extra={"actor": info, "event_types": types})


def network(con, *, limit: int = 60, min_degree: int = 2, min_articles: int = 2) -> dict[str, Any]:
    """Actors linked by events (source -> target) and by quotes said to someone (speaker -> addressee).

    Kept: links seen in at least ``min_articles`` articles, between actors whose names are names
    (``actors.is_named_actor``), and then the actors linked to at least ``min_degree`` others (the graph's
    k-core), the ``limit`` most connected of them.
    """
    from .actors import is_named_actor

    edges = run(con, """
        WITH links AS (
            SELECT article_id, source_key AS source, target_key AS target, 'event' AS kind, type AS label
            FROM events WHERE source_key IS NOT NULL AND target_key IS NOT NULL AND source_key <> target_key
            UNION ALL
            SELECT q.article_id, q.speaker_key, ent.actor_key, 'quote', 'addresses'
            FROM quotes q JOIN entities ent ON ent.article_id = q.article_id AND ent.entity_id = q.addressee_id
            WHERE q.speaker_key IS NOT NULL AND q.speaker_key <> ent.actor_key)
        SELECT source, target, kind, count(*) AS weight, count(DISTINCT article_id) AS articles,
               list(DISTINCT label ORDER BY label) AS labels
        FROM links GROUP BY source, target, kind HAVING count(DISTINCT article_id) >= ?
        ORDER BY weight DESC, source, target""", [max(1, int(min_articles))]).dicts()
    keys = sorted({k for e in edges for k in (e["source"], e["target"])})
    info: dict[str, dict] = {}
    if keys:
        info = {r["key"]: r for r in run(con, "SELECT actor_key AS key, name, type FROM actors "
                                              "WHERE actor_key IN (SELECT unnest(?::VARCHAR[]))", [keys]).dicts()}
    named = {k for k in keys if is_named_actor(k, (info.get(k) or {}).get("name"))}
    edges = [e for e in edges if e["source"] in named and e["target"] in named]
    while True:  # peel off actors with fewer than min_degree neighbours until none is left
        neighbours: dict[str, set[str]] = {}
        for e in edges:
            neighbours.setdefault(e["source"], set()).add(e["target"])
            neighbours.setdefault(e["target"], set()).add(e["source"])
        weak = {k for k, near in neighbours.items() if len(near) < min_degree}
        if not weak:
            break
        edges = [e for e in edges if e["source"] not in weak and e["target"] not in weak]
    weight: dict[str, int] = {}
    for e in edges:
        for k in (e["source"], e["target"]):
            weight[k] = weight.get(k, 0) + e["weight"]
    keep = sorted(weight, key=lambda k: (-weight[k], k))[:limit]
    kept = set(keep)
    nodes = [{"id": k, "name": (info.get(k) or {}).get("name") or k, "type": (info.get(k) or {}).get("type"),
              "degree": len(neighbours.get(k, ())), "weight": weight[k]} for k in keep]
    return jsonable({"nodes": nodes, "edges": [e for e in edges if e["source"] in kept and e["target"] in kept],
                     "limit": limit, "min_degree": min_degree, "min_articles": min_articles})


def article(con, article_id: str) -> dict[str, Any] | None:
    """One stored article in the contract form, or None."""
    from .records import analysis_dict

    return analysis_dict(con, article_id)


def sql(con, statement: str, *, limit: int | None = None) -> Table:
    """One SELECT, on a connection from ``store.sql.connect`` (read-only, no external access, locked).
    The checks are in store/sql.py."""
    from . import sql as locked

    return locked.select(con, statement, limit=limit)
