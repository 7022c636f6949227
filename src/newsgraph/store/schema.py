"""The corpus database schema: the one place that defines it, as an ordered list of migrations.

Every table is keyed by ``article_id`` and keeps character offsets into ``articles.text`` and the
``extractor_version`` that made the row. Child rows carry ``ord``, their position in the analysis,
so an Analysis read back from the store has its records in the original order.

To change the schema, append a migration; never edit one that has shipped.
"""
from __future__ import annotations

from functools import lru_cache

# Tables that hold the records of one article: replaced together when the article changes.
ARTICLE_TABLES = ("articles", "entities", "mentions", "quotes", "quote_terms", "events", "dates", "quantities")
# Tables a user sees (and the kill test compares), in write order.
RECORD_TABLES = ("articles", "entities", "mentions", "quotes", "events", "dates", "quantities", "errors")
# Rebuilt from the record tables at the end of every ingest.
ROLLUP_TABLES = ("actors", "actor_names")

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "record tables, errors, quote terms and the actor rollup", """
CREATE TABLE IF NOT EXISTS articles (
    article_id        VARCHAR PRIMARY KEY,
    content_hash      VARCHAR NOT NULL,
    source            VARCHAR,
    url               VARCHAR,
    title             VARCHAR,
    published         VARCHAR,
    published_date    DATE,
    lang              VARCHAR,
    text              VARCHAR NOT NULL,
    n_chars           INTEGER NOT NULL,
    warnings          VARCHAR[],
    extractor_version VARCHAR NOT NULL,
    ingested_at       TIMESTAMP
);
CREATE TABLE IF NOT EXISTS entities (
    article_id        VARCHAR NOT NULL,
    entity_id         VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,
    type              VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    key               VARCHAR,
    actor_key         VARCHAR NOT NULL,
    country           VARCHAR,
    descriptors       VARCHAR[],
    n_mentions        INTEGER NOT NULL,
    first_start       INTEGER,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id        VARCHAR NOT NULL,
    entity_id         VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (article_id, entity_id, ord)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id        VARCHAR NOT NULL,
    quote_id          VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,
    kind              VARCHAR NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    speaker_id        VARCHAR,
    speaker_key       VARCHAR,
    speaker_name      VARCHAR,
    speaker_mention_start INTEGER,
    speaker_mention_end   INTEGER,
    speaker_mention_text  VARCHAR,
    cue_start         INTEGER,
    cue_end           INTEGER,
    cue_text          VARCHAR,
    addressee_id      VARCHAR,
    source_id         VARCHAR,
    confidence        DOUBLE,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);
CREATE TABLE IF NOT EXISTS quote_terms (
    article_id        VARCHAR NOT NULL,
    quote_id          VARCHAR NOT NULL,
    term              VARCHAR NOT NULL,
    tf                INTEGER NOT NULL,
    n_terms           INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    article_id        VARCHAR NOT NULL,
    event_id          VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,
    type              VARCHAR NOT NULL,
    mode              VARCHAR,
    status            VARCHAR NOT NULL,
    source_id         VARCHAR,
    source_key        VARCHAR,
    target_id         VARCHAR,
    target_key        VARCHAR,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    trigger_text      VARCHAR NOT NULL,
    date              VARCHAR,
    location_id       VARCHAR,
    location_key      VARCHAR,
    quote_id          VARCHAR,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE TABLE IF NOT EXISTS dates (
    article_id        VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    value             VARCHAR,
    grain             VARCHAR,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE TABLE IF NOT EXISTS quantities (
    article_id        VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    value             DOUBLE NOT NULL,
    unit              VARCHAR,
    approximate       BOOLEAN NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE TABLE IF NOT EXISTS errors (
    source            VARCHAR NOT NULL,
    line              INTEGER NOT NULL,  -- 0 when the input is a whole file
    article_id        VARCHAR,
    code              VARCHAR NOT NULL,
    reason            VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (source, line)
);
CREATE TABLE IF NOT EXISTS actors (
    actor_key   VARCHAR PRIMARY KEY,
    type        VARCHAR,
    name        VARCHAR,
    country     VARCHAR,
    names       VARCHAR,   -- JSON object: language -> names used, most frequent first
    n_articles  INTEGER,
    n_mentions  INTEGER,
    n_quotes    INTEGER,
    n_events    INTEGER
);
CREATE TABLE IF NOT EXISTS actor_names (
    actor_key   VARCHAR NOT NULL,
    lang        VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    n_articles  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_terms_term ON quote_terms (term);
"""),
    (2, "whose voices: article outlet, entity gender with its evidence and source kind, mention kind", """
ALTER TABLE articles ADD COLUMN IF NOT EXISTS outlet VARCHAR;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS gender VARCHAR;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS gender_cue VARCHAR;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS gender_evidence VARCHAR;  -- JSON list of {start, end, text}
ALTER TABLE entities ADD COLUMN IF NOT EXISTS source_kind VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS kind VARCHAR;
-- articles stored before: the outlet is the url's domain, else unknown (records.outlet_of)
UPDATE articles SET outlet = coalesce(nullif(regexp_extract(lower(url), '^[a-z][a-z0-9+.-]*://(www[0-9]?\\.)?([^/:?#@]+)', 2), ''),
                                      'unknown')
WHERE outlet IS NULL;
"""),
    (3, "events: CAMEO event code and CAMEO actor codes of source and target (GDELT Actor1Code style)", """
ALTER TABLE events ADD COLUMN IF NOT EXISTS cameo VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_actor_code VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_actor_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_actor_role VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS target_actor_code VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS target_actor_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS target_actor_role VARCHAR;
"""),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(con) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
    (version,) = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0]
    return int(version)


def migrate(con) -> int:
    """Apply the migrations this database lacks, each in its own transaction. Returns the version."""
    version = current_version(con)
    for number, description, sql in MIGRATIONS:
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)", [number, description])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = number
    return version


@lru_cache(maxsize=1)
def arrow_schemas() -> dict:
    """The Arrow schema of every record table, read from an in-memory database built by the migrations.

    Workers that write Parquet directly use these, so their files match the database exactly.
    """
    import duckdb

    con = duckdb.connect(":memory:")
    migrate(con)
    schemas = {name: con.sql(f"SELECT * FROM {name} LIMIT 0").to_arrow_table().schema
               for name in (*ARTICLE_TABLES, "errors")}
    con.close()
    return schemas
