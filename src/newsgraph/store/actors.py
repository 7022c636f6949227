"""Corpus-level identity: one actor per entity ``key`` across all articles and languages.

Putin in a French article (``Poutine``) and in an English one (``Putin``) share the key
``person:vladimir putin``, so they are one actor with its names in both languages. Entities without a
key fall back to ``type:lower-cased name`` (see ``records.actor_key``). Ties are broken by name so the
rollup is deterministic.
"""
from __future__ import annotations

REBUILD_SQL = """
DELETE FROM actor_names;
INSERT INTO actor_names
SELECT e.actor_key, coalesce(a.lang, '?') AS lang, e.name, count(DISTINCT e.article_id) AS n_articles
FROM entities e JOIN articles a USING (article_id)
GROUP BY ALL;

DELETE FROM actors;
INSERT INTO actors
WITH per AS (
    SELECT actor_key, count(DISTINCT article_id) AS n_articles, sum(n_mentions)::INTEGER AS n_mentions
    FROM entities GROUP BY actor_key
), types AS (
    SELECT actor_key, first(type ORDER BY n DESC, type) AS type
    FROM (SELECT actor_key, type, count(*) AS n FROM entities GROUP BY ALL) GROUP BY actor_key
), countries AS (
    SELECT actor_key, first(country ORDER BY n DESC, country) AS country
    FROM (SELECT actor_key, country, count(*) AS n FROM entities WHERE country IS NOT NULL GROUP BY ALL)
    GROUP BY actor_key
), best AS (
    SELECT actor_key, first(name ORDER BY n DESC, length(name) DESC, name) AS name
    FROM (SELECT actor_key, name, sum(n_articles) AS n FROM actor_names GROUP BY ALL) GROUP BY actor_key
), names AS (
    SELECT actor_key, to_json(map_from_entries(list(struct_pack(k := lang, v := names) ORDER BY lang)))::VARCHAR AS names
    FROM (SELECT actor_key, lang, list(name ORDER BY n_articles DESC, name) AS names
          FROM actor_names GROUP BY ALL)
    GROUP BY actor_key
), q AS (
    SELECT speaker_key AS actor_key, count(*) AS n_quotes FROM quotes
    WHERE speaker_key IS NOT NULL GROUP BY ALL
), ev AS (
    SELECT actor_key, count(DISTINCT (article_id, event_id)) AS n_events FROM (
        SELECT source_key AS actor_key, article_id, event_id FROM events WHERE source_key IS NOT NULL
        UNION ALL
        SELECT target_key, article_id, event_id FROM events WHERE target_key IS NOT NULL
    ) GROUP BY actor_key
)
SELECT per.actor_key, types.type, best.name, countries.country, names.names,
       per.n_articles, per.n_mentions, coalesce(q.n_quotes, 0), coalesce(ev.n_events, 0)
FROM per
JOIN types USING (actor_key)
JOIN best USING (actor_key)
LEFT JOIN countries USING (actor_key)
LEFT JOIN names USING (actor_key)
LEFT JOIN q USING (actor_key)
LEFT JOIN ev USING (actor_key);
"""


def rebuild_actors(con) -> int:
    """Recompute ``actors`` and ``actor_names`` from the record tables, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(REBUILD_SQL)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return con.execute("SELECT count(*) FROM actors").fetchall()[0][0]
