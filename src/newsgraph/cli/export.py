"""`newsgraph export`: flat Parquet or CSV tables (events, quotes, mentions, articles, voices, actors) for other tools."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import NewsgraphError

TABLES = ("events", "quotes", "mentions", "articles", "voices", "actors")


@click.command("export")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default="corpus.duckdb", show_default=True,
              help="The corpus database made by `newsgraph ingest`.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True,
              help="Parquet (one folder per table, partitioned month=YYYY-MM) or CSV (one file per table).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write into; tables already there are replaced.")
@click.option("--table", "tables", type=click.Choice(TABLES), multiple=True,
              help="Export only this table (repeatable). Default: all.")
@click.option("--json", "as_json", is_flag=True, help="Print the row counts as JSON.")
def command(db, fmt, out_dir, tables, as_json):
    """Export the corpus as flat tables: one row per event, quote, mention, article, voice
    (article and speaker) and actor.

    Each row carries the article id, URL, publication date, actor names, keys
    and countries, and character offsets into the article text. The columns
    are documented in docs/corpus.md.

    \b
    Examples:
      newsgraph export --db corpus.duckdb --format parquet --out corpus-export/
      newsgraph export --db corpus.duckdb --format csv --out csv/ --table events --table quotes
      duckdb -c "SELECT type, count(*) FROM 'corpus-export/events/*/*.parquet' GROUP BY type"
    """
    from ..store import connect
    from ..store.export import export

    try:
        con = connect(db, read_only=True)
        try:
            written = export(con, out_dir, fmt=fmt, tables=tuple(tables) or TABLES)
        finally:
            con.close()
    except NewsgraphError as error:
        click.echo(f"newsgraph: error: {error}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(written))
    else:
        for name, n in written.items():
            click.echo(f"{name}: {n:,} rows -> {out_dir / name}{'.csv' if fmt == 'csv' else '/'}")
