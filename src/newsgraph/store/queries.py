"""The questions `newsgraph query` asks of a corpus. Each takes a read-only connection and returns a Table.

Full-text search over quotes ranks with BM25 over the ``quote_terms`` index that the writer fills
(accent- and case-folded words). It needs no DuckDB extension and so no network; DuckDB's ``fts``
extension would need a DuckDB matching the ``duckdb-ext-fts`` wheel, which this project does not pin.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from .records import terms

BM25_K1 = 1.2
BM25_B = 0.75


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def run(con, sql: str, params: list | None = None) -> Table:
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return Table(columns, cursor.fetchall())


def _actor_filter(column_key: str, value: str, params: list) -> str:
    """Match an actor by its key (exact) or by part of any of its names in any language (accents and case
    ignored), so ``putin`` finds quotes by Poutine in French articles too."""
    params.extend([value, f"%{value}%"])
    return (f"({column_key} = ? OR {column_key} IN (SELECT actor_key FROM actor_names "
            f"WHERE strip_accents(lower(name)) LIKE strip_accents(lower(?))))")


def where_dates(where: list[str], params: list, column: str, since: str | None, until: str | None) -> None:
    """Add `since`/`until` bounds (inclusive ISO dates) on a date column to a WHERE list and its parameters."""
    if since:
        where.append(f"{column} >= ?::DATE")
        params.append(since)
    if until:
        where.append(f"{column} <= ?::DATE")
        params.append(until)


def quotes(con, *, speaker: str | None = None, about: str | None = None, since: str | None = None,
           until: str | None = None, lang: str | None = None, limit: int = 50) -> Table:
    """Quotes, newest first, or by relevance to ``about`` (BM25 over the quote's words)."""
    params: list = []
    where = ["TRUE"]
    score_cte, score_join, order = "", "", "a.published_date DESC NULLS LAST, q.article_id, q.ord"
    if about:
        words = sorted(set(terms(about)))
        if not words:
            raise StoreError(f"--about {about!r} has no searchable word")
        score_cte = f"""
        WITH stats AS (SELECT count(*)::DOUBLE AS n_docs, avg(n) AS avg_len FROM (
                 SELECT any_value(n_terms) AS n FROM quote_terms GROUP BY article_id, quote_id)),
             df AS (SELECT term, count(*)::DOUBLE AS df FROM quote_terms
                    WHERE term IN (SELECT unnest(?::VARCHAR[])) GROUP BY term),
             score AS (
                 SELECT t.article_id, t.quote_id,
                        sum(ln(1 + (stats.n_docs - df.df + 0.5) / (df.df + 0.5))
                            * t.tf * ({BM25_K1} + 1)
                            / (t.tf + {BM25_K1} * (1 - {BM25_B} + {BM25_B} * t.n_terms / stats.avg_len))) AS score
                 FROM quote_terms t JOIN df USING (term), stats
                 GROUP BY t.article_id, t.quote_id)
        """
        params.append(words)
        score_join = "JOIN score s ON s.article_id = q.article_id AND s.quote_id = q.quote_id"
        order = "s.score DESC, q.article_id, q.ord"
    if speaker:
        where.append(_actor_filter("q.speaker_key", speaker, params))
    where_dates(where, params, "a.published_date", since, until)
    if lang:
        where.append("a.lang = ?")
        params.append(lang)
    params.append(limit)
    score_col = ", round(s.score, 3) AS score" if about else ""
    return run(con, f"""{score_cte}
        SELECT a.published_date AS date, coalesce(q.speaker_name, '?') AS speaker, q.text AS quote,
               q.kind, a.lang, q.article_id, q.quote_id, q.start, q."end", q.speaker_key{score_col}
        FROM quotes q JOIN articles a USING (article_id) {score_join}
        WHERE {' AND '.join(where)}
        ORDER BY {order} LIMIT ?""", params)


def speakers(con, *, top: int = 20, since: str | None = None, until: str | None = None) -> Table:
    """Who is quoted most: quotes and articles per speaker (joined across languages on the actor key)."""
    params: list = []
    where = ["q.speaker_key IS NOT NULL"]
    where_dates(where, params, "a.published_date", since, until)
    params.append(top)
    return run(con, f"""
        SELECT coalesce(ac.name, any_value(q.speaker_name)) AS speaker, q.speaker_key AS actor_key,
               count(*) AS quotes, count(DISTINCT q.article_id) AS articles, ac.country
        FROM quotes q JOIN articles a USING (article_id) LEFT JOIN actors ac ON ac.actor_key = q.speaker_key
        WHERE {' AND '.join(where)}
        GROUP BY q.speaker_key, ac.name, ac.country
        ORDER BY quotes DESC, articles DESC, actor_key LIMIT ?""", params)


def actors(con, *, country: str | None = None, type_: str | None = None, name: str | None = None,
           limit: int = 50) -> Table:
    """Actors across the corpus, most written-about first, with their names in every language."""
    params: list = []
    where = ["TRUE"]
    if country:
        where.append("country = upper(?)")
        params.append(country)
    if type_:
        where.append("type = upper(?)")
        params.append(type_)
    if name:
        where.append(_actor_filter("actor_key", name, params))
    params.append(limit)
    return run(con, f"""
        SELECT name, actor_key, type, country, n_articles AS articles, n_mentions AS mentions,
               n_quotes AS quotes, n_events AS events, names
        FROM actors WHERE {' AND '.join(where)}
        ORDER BY n_articles DESC, n_mentions DESC, actor_key LIMIT ?""", params)


def events(con, *, source: str | None = None, target: str | None = None, type_: str | None = None,
           status: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 50) -> Table:
    """Events (who did what to whom), newest first."""
    params: list = []
    where = ["TRUE"]
    if source:
        where.append(_actor_filter("e.source_key", source, params))
    if target:
        where.append(_actor_filter("e.target_key", target, params))
    if type_:
        where.append("e.type = upper(?)")
        params.append(type_)
    if status:
        where.append("e.status = lower(?)")
        params.append(status)
    where_dates(where, params, "coalesce(TRY_CAST(left(e.date, 10) AS DATE), a.published_date)", since, until)
    params.append(limit)
    return run(con, f"""
        SELECT coalesce(e.date, a.published) AS date, src.name AS source, e.type, e.mode, tgt.name AS target,
               e.status, e.trigger_text AS trigger, loc.name AS location, e.article_id, e.event_id,
               e.source_key, e.target_key
        FROM events e JOIN articles a USING (article_id)
        LEFT JOIN entities src ON src.article_id = e.article_id AND src.entity_id = e.source_id
        LEFT JOIN entities tgt ON tgt.article_id = e.article_id AND tgt.entity_id = e.target_id
        LEFT JOIN entities loc ON loc.article_id = e.article_id AND loc.entity_id = e.location_id
        WHERE {' AND '.join(where)}
        ORDER BY coalesce(TRY_CAST(left(e.date, 10) AS DATE), a.published_date) DESC NULLS LAST,
                 e.article_id, e.ord LIMIT ?""", params)


def timeline(con, actor: str, *, limit: int = 200) -> Table:
    """What one actor said and did, in date order: its quotes and the events it is source or target of."""
    params: list = []
    match_quote = _actor_filter("q.speaker_key", actor, params)
    match_src = _actor_filter("e.source_key", actor, params)
    match_tgt = _actor_filter("e.target_key", actor, params)
    params.append(limit)
    return run(con, f"""
        SELECT * FROM (
            SELECT a.published_date AS date, 'quote' AS what, q.kind AS type, q.speaker_name AS actor,
                   q.text AS detail, q.article_id, q.start, q."end"
            FROM quotes q JOIN articles a USING (article_id) WHERE {match_quote}
            UNION ALL
            SELECT coalesce(TRY_CAST(left(e.date, 10) AS DATE), a.published_date), 'event', e.type,
                   coalesce(src.name, '?'),
                   concat_ws(' ', e.trigger_text, '->', coalesce(tgt.name, '?'), '(' || e.status || ')'),
                   e.article_id, e.trigger_start, e.trigger_end
            FROM events e JOIN articles a USING (article_id)
            LEFT JOIN entities src ON src.article_id = e.article_id AND src.entity_id = e.source_id
            LEFT JOIN entities tgt ON tgt.article_id = e.article_id AND tgt.entity_id = e.target_id
            WHERE {match_src} OR {match_tgt}
        ) ORDER BY date NULLS LAST, article_id, start LIMIT ?""", params)


def sql(con, statement: str, *, limit: int | None = None) -> Table:
    """One SELECT, on a connection from ``store.sql.connect`` (read-only, no external access, locked).
    The checks are in store/sql.py."""
    from . import sql as locked

    return locked.select(con, statement, limit=limit)
