"""Corpus-level identity: one actor per entity ``key`` across all articles and languages.

Putin in a French article (``Poutine``) and in an English one (``Putin``) share the key
``person:vladimir putin``, so they are one actor with its names in both languages. Entities without a
key fall back to ``type:lower-cased name`` (see ``records.actor_key``). Ties are broken by name so the
rollup is deterministic.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .records import ARTICLE_SCOPED_KEYS

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


# ---- is an actor's name a name? ---------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’])?|\d+", re.UNICODE)


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Over every supported language, from the language data: prepositions (no name starts with one),
    closed-class words (determiners, pronouns, complementizers) and role nouns."""
    import importlib

    from .. import lang as langdata

    preps: set[str] = set()
    closed: set[str] = set()
    roles: set[str] = set()
    for code in langdata.SUPPORTED:
        data = langdata.get(code)
        preps |= data.locative_prepositions
        closed |= data.determiners_f | data.determiners_m | data.definite_articles | set(data.pronouns)
        closed |= data.complementizers | data.relative_pronouns
        try:
            grammar = getattr(importlib.import_module(f"newsgraph.lang.{code}_events"), "GRAMMAR", None)
        except ModuleNotFoundError:
            grammar = None
        if grammar is not None:
            preps |= grammar.genitive | grammar.agent_preps
        roles |= data.role_nouns
    fold = lambda words: frozenset(w.casefold().replace("’", "'") for w in words)  # noqa: E731
    return fold(preps), fold(closed | preps), fold(roles)


def is_named_actor(key: str | None, name: str | None) -> bool:
    """Whether an actor is named by a proper noun phrase, by the rules the entity stage applies to a span:
    not a role alone (``Premier ministre``), not a phrase that starts with a preposition (``de la
    République``), not lowercase (``ministre de l'Intérieur``), not made of function words only, not a
    descriptor-only key (a role in one article), and holding letters."""
    if not key or not name or key.startswith(ARTICLE_SCOPED_KEYS):
        return False
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(name)]
    letters = [w for w in words if not w.isdigit()]
    if not letters:
        return False
    preps, closed, roles = _function_words()
    if words[0] in preps or words[0].rstrip("'") in preps:
        return False
    if all(w in roles or w in closed or w.rstrip("'") in closed for w in letters):
        return False
    return next(ch for ch in name if ch.isalpha()).isupper()
