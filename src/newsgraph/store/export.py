"""Flat tables for other tools, in the spirit of GDELT's event and GKG files.

One row per event, per quote, per mention (plus articles and actors), each carrying the article id,
URL, publication date and month, actor names/keys/countries and character offsets into the article
text, so a row can be checked against its source. Parquet is partitioned by publication month
(``month=YYYY-MM``, ``month=unknown`` when the article has no date); CSV is one file per table.
The columns are documented in docs/corpus.md and in ``EXPORTS`` below.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .voices import VOICES_SQL

_MONTH = "coalesce(strftime(a.published_date, '%Y-%m'), 'unknown') AS month"

EXPORTS: dict[str, str] = {
    "events": f"""
        SELECT e.article_id, e.event_id, a.published, {_MONTH}, a.url, a.lang,
               e.type, e.mode, e.status, e.date AS event_date,
               src.name AS source_name, e.source_key, src.country AS source_country, src.type AS source_type,
               tgt.name AS target_name, e.target_key, tgt.country AS target_country, tgt.type AS target_type,
               loc.name AS location_name, e.location_key, loc.country AS location_country,
               e.trigger_text, e.trigger_start, e.trigger_end, e.quote_id, e.extractor_version
        FROM events e JOIN articles a USING (article_id)
        LEFT JOIN entities src ON src.article_id = e.article_id AND src.entity_id = e.source_id
        LEFT JOIN entities tgt ON tgt.article_id = e.article_id AND tgt.entity_id = e.target_id
        LEFT JOIN entities loc ON loc.article_id = e.article_id AND loc.entity_id = e.location_id
        ORDER BY month, e.article_id, e.ord""",
    "quotes": f"""
        SELECT q.article_id, q.quote_id, a.published, {_MONTH}, a.url, a.lang, q.kind,
               q.speaker_name, q.speaker_key, sp.country AS speaker_country,
               sp.gender AS speaker_gender, sp.source_kind AS speaker_source_kind,
               q.text, q.start, q."end", q.cue_text, q.cue_start, q.cue_end,
               q.speaker_mention_text, q.speaker_mention_start, q.speaker_mention_end,
               ad.name AS addressee_name, ad.actor_key AS addressee_key,
               so.name AS reported_by_name, so.actor_key AS reported_by_key,
               q.confidence, q.extractor_version
        FROM quotes q JOIN articles a USING (article_id)
        LEFT JOIN entities sp ON sp.article_id = q.article_id AND sp.entity_id = q.speaker_id
        LEFT JOIN entities ad ON ad.article_id = q.article_id AND ad.entity_id = q.addressee_id
        LEFT JOIN entities so ON so.article_id = q.article_id AND so.entity_id = q.source_id
        ORDER BY month, q.article_id, q.ord""",
    "mentions": f"""
        SELECT m.article_id, m.entity_id, a.published, {_MONTH}, a.url, a.lang,
               e.name, e.actor_key, e.key, e.type, e.country, m.text, m.start, m."end", m.extractor_version
        FROM mentions m JOIN articles a USING (article_id)
        JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
        ORDER BY month, m.article_id, e.ord, m.ord""",
    "articles": f"""
        SELECT a.article_id, a.published, {_MONTH}, a.url, a.title, a.lang, a.source, a.n_chars,
               (SELECT count(*) FROM entities x WHERE x.article_id = a.article_id) AS n_entities,
               (SELECT count(*) FROM quotes x WHERE x.article_id = a.article_id) AS n_quotes,
               (SELECT count(*) FROM events x WHERE x.article_id = a.article_id) AS n_events,
               a.content_hash, a.extractor_version
        FROM articles a ORDER BY month, a.article_id""",
    # one row per (article, speaker): the figures of `query voices` and the Voices page (store/voices.py)
    "voices": f"""
        SELECT article_id, entity_id, published, month, outlet, lang, url, speaker_name, speaker_key,
               speaker_type, source_kind, gender, gender_cue, gender_evidence, n_quotes, extractor_version
        FROM ({VOICES_SQL}) ORDER BY month, article_id, entity_id""",
    "actors": """
        SELECT actor_key, name, type, country, names, n_articles, n_mentions, n_quotes, n_events
        FROM actors ORDER BY n_articles DESC, actor_key""",
}
PARTITIONED = ("events", "quotes", "mentions", "articles", "voices")  # by month; actors are corpus-wide


def export(con, out_dir: str | Path, *, fmt: str = "parquet", tables: tuple[str, ...] = tuple(EXPORTS)
           ) -> dict[str, int]:
    """Write the flat tables into ``out_dir`` (one folder per table for Parquet, one file for CSV).

    Replaces what an earlier export wrote there. Returns the row count of each table.
    """
    import shutil

    if fmt not in ("parquet", "csv"):
        raise StoreError(f"unknown export format {fmt!r}; use parquet or csv")
    unknown = set(tables) - set(EXPORTS)
    if unknown:
        raise StoreError(f"unknown table(s) {', '.join(sorted(unknown))}; choose from {', '.join(EXPORTS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in tables:
        query = EXPORTS[name]
        written[name] = con.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0]
        target = out / (name if fmt == "parquet" else f"{name}.csv")
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        literal = "'" + str(target).replace("'", "''") + "'"
        if fmt == "csv":
            con.execute(f"COPY ({query}) TO {literal} (FORMAT csv, HEADER true)")
        elif name in PARTITIONED:
            con.execute(f"COPY ({query}) TO {literal} (FORMAT parquet, PARTITION_BY (month), "
                        "WRITE_PARTITION_COLUMNS false)")
        else:
            target.mkdir()
            literal = "'" + str(target / "data.parquet").replace("'", "''") + "'"
            con.execute(f"COPY ({query}) TO {literal} (FORMAT parquet)")
    return written
