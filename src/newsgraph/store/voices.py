"""Whose voices: who gets quoted, by gender and by kind of source, with the evidence for each count.

One query layer for the CLI (`newsgraph query voices`), the web page (/voices, /api/voices) and the
export (the ``voices`` table). Everything starts from one row per (article, speaker) that is quoted
at least once: ``VOICES_SQL``. A person quoted in three articles is three voices, as GenderGapTracker
and Radar de Parité count the sources of each article.

- **people** are the voices whose source kind is ``person`` (named) or ``role`` (one unnamed official:
  ``la ministre``); anonymous sources, organisations, countries and groups are counted by kind only
  (the grammatical gender of ``une source`` says nothing about the person);
- a person's gender is ``f`` or ``m`` when the article's words (or the first name) say so, else
  ``unknown``; ``share_f`` is women over people of known gender, with a 95 % Wilson interval.
"""
from __future__ import annotations

import math
from typing import Any

from ..errors import StoreError
from ..model import SOURCE_KINDS
from .queries import Table, run, where_dates

PEOPLE_KINDS = ("person", "role")
GENDERS = ("f", "m", "unknown")
GROUPINGS = ("none", "outlet", "month", "lang")
Z95 = 1.959963984540054

# One row per (article, speaker): the voices table. ``published_date`` is for filtering; the export drops it.
VOICES_SQL = """
    SELECT q.article_id, q.speaker_id AS entity_id, a.published, a.published_date,
           coalesce(strftime(a.published_date, '%Y-%m'), 'unknown') AS month,
           coalesce(a.outlet, 'unknown') AS outlet, a.lang, a.url,
           e.name AS speaker_name, e.actor_key AS speaker_key, e.type AS speaker_type, e.source_kind,
           CASE WHEN e.gender IN ('f', 'm') THEN e.gender ELSE 'unknown' END AS gender,
           e.gender_cue, e.gender_evidence,
           count(*) AS n_quotes, any_value(q.extractor_version) AS extractor_version
    FROM quotes q JOIN articles a USING (article_id)
    JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_id
    GROUP BY q.article_id, q.speaker_id, a.published, a.published_date, a.outlet, a.lang, a.url, e.name,
             e.actor_key, e.type, e.source_kind, e.gender, e.gender_cue, e.gender_evidence"""

_PEOPLE = "source_kind IN ('person', 'role')"


def wilson(k: int, n: int, z: float = Z95) -> tuple[float | None, float | None]:
    """The Wilson score interval of a proportion k/n (95 % by default); (None, None) when n is 0."""
    if n <= 0:
        return None, None
    p = k / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _filtered(since: str | None, until: str | None, lang: str | None, outlet: str | None = None,
              month: str | None = None) -> tuple[str, list]:
    where, params = ["TRUE"], []
    where_dates(where, params, "published_date", since, until)
    for column, value in (("lang", lang), ("outlet", outlet), ("month", month)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    return f"SELECT * FROM ({VOICES_SQL}) WHERE {' AND '.join(where)}", params


def summary(con, *, by: str = "none", since: str | None = None, until: str | None = None,
            lang: str | None = None, outlet: str | None = None, limit: int | None = None) -> Table:
    """One row per group: people and their quotes by gender, the share of women with its interval,
    and the voices of each source kind."""
    if by not in GROUPINGS:
        raise StoreError(f"cannot group voices by {by!r}; use one of {', '.join(GROUPINGS)}")
    voices, params = _filtered(since, until, lang, outlet)
    group = "'all'" if by == "none" else by
    order = {"month": "grp", "none": "grp"}.get(by, "people DESC, grp")
    gender_counts = ", ".join(
        f"count(*) FILTER (WHERE {_PEOPLE} AND gender = '{g}') AS people_{g}" for g in GENDERS)
    gender_quotes = ", ".join(
        f"coalesce(sum(n_quotes) FILTER (WHERE {_PEOPLE} AND gender = '{g}'), 0) AS quotes_{g}" for g in GENDERS)
    kinds = ", ".join(f'count(*) FILTER (WHERE source_kind = \'{k}\') AS "{k}"' for k in SOURCE_KINDS)
    table = run(con, f"""
        SELECT {group} AS grp, count(DISTINCT article_id) AS articles,
               count(*) FILTER (WHERE {_PEOPLE}) AS people, {gender_counts},
               coalesce(sum(n_quotes) FILTER (WHERE {_PEOPLE}), 0) AS quotes, {gender_quotes},
               {kinds}, count(*) AS voices, sum(n_quotes) AS all_quotes
        FROM ({voices}) GROUP BY grp ORDER BY {order}""", params)
    if by == "none" and not table.rows:  # an empty corpus still answers with one row of zeros
        table = Table(table.columns, [("all", *([0] * (len(table.columns) - 1)))])
    columns = [by if by != "none" else "corpus", *table.columns[1:]]  # not "group": a source kind
    rows = []
    for row in table.rows[:limit] if limit else table.rows:
        record = dict(zip(table.columns, row))
        known = record["people_f"] + record["people_m"]
        low, high = wilson(record["people_f"], known)
        share = record["people_f"] / known if known else None
        rows.append((*row, _round(share), _round(low), _round(high)))
    return Table([*columns, "share_f", "share_f_low", "share_f_high"], rows)


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def top(con, *, gender: str = "f", top: int = 20, since: str | None = None, until: str | None = None,
        lang: str | None = None, outlet: str | None = None) -> Table:
    """The most quoted named women (or men): quotes, articles, and the kinds of evidence their gender rests on."""
    if gender not in ("f", "m"):
        raise StoreError(f"--gender must be f or m, not {gender!r}")
    voices, params = _filtered(since, until, lang, outlet)
    params += [gender, top]
    return run(con, f"""
        SELECT coalesce(any_value(ac.name), mode(v.speaker_name)) AS speaker, v.speaker_key,
               sum(v.n_quotes) AS quotes, count(DISTINCT v.article_id) AS articles,
               string_agg(DISTINCT v.gender_cue, ', ' ORDER BY v.gender_cue) AS evidence
        FROM ({voices}) v LEFT JOIN actors ac ON ac.actor_key = v.speaker_key
        WHERE v.source_kind = 'person' AND v.gender = ?
        GROUP BY v.speaker_key
        ORDER BY quotes DESC, articles DESC, v.speaker_key LIMIT ?""", params)


def quotes(con, *, gender: str | None = None, source_kind: str | None = None, outlet: str | None = None,
           month: str | None = None, lang: str | None = None, speaker: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 50, offset: int = 0) -> Table:
    """The quotes behind a count of the voices page: by speaker gender (people only), source kind,
    outlet, month, language or speaker key. Newest first."""
    if gender is not None and gender not in GENDERS:
        raise StoreError(f"gender must be one of {', '.join(GENDERS)}, not {gender!r}")
    if source_kind is not None and source_kind not in SOURCE_KINDS:
        raise StoreError(f"source kind must be one of {', '.join(SOURCE_KINDS)}, not {source_kind!r}")
    voices, params = _filtered(since, until, lang, outlet, month)
    where = ["TRUE"]
    if gender:
        where += [_PEOPLE, "v.gender = ?"]
        params.append(gender)
    if source_kind:
        where.append("v.source_kind = ?")
        params.append(source_kind)
    if speaker:
        where.append("v.speaker_key = ?")
        params.append(speaker)
    params += [limit, offset]
    return run(con, f"""
        SELECT v.published_date AS date, v.speaker_name AS speaker, q.text AS quote, q.kind, v.gender,
               v.gender_cue, v.gender_evidence, v.source_kind, v.outlet, v.month, v.lang, q.article_id,
               q.quote_id, q.start, q."end", v.speaker_key, count(*) OVER () AS total
        FROM ({voices}) v JOIN quotes q ON q.article_id = v.article_id AND q.speaker_id = v.entity_id
        WHERE {' AND '.join(where)}
        ORDER BY v.published_date DESC NULLS LAST, q.article_id, q.ord LIMIT ? OFFSET ?""", params)


def page(con, *, since: str | None = None, until: str | None = None, lang: str | None = None,
         top_n: int = 10) -> dict[str, Any]:
    """Everything the Voices page shows, as plain JSON-ready data (the page and /api/voices)."""
    def dicts(table: Table) -> list[dict[str, Any]]:
        return [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in d.items()} for d in table.dicts()]

    overall = dicts(summary(con, since=since, until=until, lang=lang))[0]
    return {
        "filters": {"since": since, "until": until, "lang": lang},
        "overall": overall,
        "by_month": dicts(summary(con, by="month", since=since, until=until, lang=lang)),
        "by_outlet": dicts(summary(con, by="outlet", since=since, until=until, lang=lang)),
        "top_f": dicts(top(con, gender="f", top=top_n, since=since, until=until, lang=lang)),
        "top_m": dicts(top(con, gender="m", top=top_n, since=since, until=until, lang=lang)),
        "kinds": [{"kind": k, "voices": overall[k]} for k in SOURCE_KINDS],
        "definitions": {
            "voice": "one speaker quoted at least once in one article",
            "people": "voices of kind person (named) or role (one unnamed official)",
            "share_f": "women among people of known gender, with a 95 % Wilson interval",
        },
    }
