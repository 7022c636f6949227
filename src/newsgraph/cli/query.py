"""`newsgraph query`: one subcommand per question about a corpus, printed as a table, JSON or CSV."""
from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import sys
from pathlib import Path

import click

from ..errors import NewsgraphError

FORMATS = ("table", "json", "csv")


def _options(func=None, *, opener=None):
    """The options every query shares: where the corpus is, and how to print the answer.
    ``opener(db)`` opens the connection instead of a plain read-only one (`query sql` locks its own)."""
    if func is None:
        return functools.partial(_options, opener=opener)

    @click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default="corpus.duckdb",
                  show_default=True, help="The corpus database made by `newsgraph ingest`.")
    @click.option("--json", "fmt", flag_value="json", help="Print a JSON array of objects.")
    @click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row.")
    @click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many rows.")
    @functools.wraps(func)
    def wrapper(*args, db, fmt, limit, **kwargs):
        from ..store import connect

        try:
            con = opener(db) if opener else connect(db, read_only=True)
            try:
                table = func(con, *args, limit=limit, **kwargs)
            finally:
                con.close()
        except NewsgraphError as error:
            click.echo(f"newsgraph: error: {error}", err=True)
            sys.exit(1)
        _print(table, fmt or "table")
    return wrapper


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _print(table, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([{k: _plain(v) for k, v in row.items()} for row in table.dicts()],
                              ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([[_plain(v) for v in row] for row in table.rows])
    else:
        from rich.console import Console
        from rich.table import Table

        out = Table(*table.columns, show_lines=False, header_style="bold")
        for row in table.rows:
            out.add_row(*("" if v is None else _short(str(_plain(v))) for v in row))
        # a pipe or a file gets whole lines rather than an 80-column squeeze
        Console(width=None if sys.stdout.isatty() else 240).print(out)
        click.echo(f"{len(table.rows)} row(s)", err=True)


def _short(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@click.group("query")
def command() -> None:
    """Ask a corpus questions: quotes, speakers, actors, events, timelines, or SQL.

    Every subcommand reads --db (default corpus.duckdb) read-only and prints a
    table, or JSON with --json, or CSV with --csv.

    \b
    Examples:
      newsgraph query speakers --top 20 --db corpus.duckdb
      newsgraph query quotes --speaker Macron --about "retraites" --db corpus.duckdb
      newsgraph query sql "SELECT lang, count(*) FROM articles GROUP BY lang" --db corpus.duckdb
    """


@command.command("quotes")
@click.option("--speaker", help="Speaker's actor key or part of the name (accents and case ignored).")
@click.option("--about", metavar="TEXT", help="Rank quotes by relevance to these words (BM25 full-text search).")
@click.option("--since", metavar="DATE", help="Articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Articles published on or before this date.")
@click.option("--lang", help="Article language, e.g. fr or en.")
@_options
def quotes_command(con, limit, speaker, about, since, until, lang):
    """Quotes, newest first (or by relevance with --about).

    \b
    Example:
      newsgraph query quotes --speaker Poutine --about "OTAN Ukraine" --since 2021-01-01 --db corpus.duckdb
    """
    from ..store import queries

    return queries.quotes(con, speaker=speaker, about=about, since=since, until=until, lang=lang, limit=limit)


@command.command("speakers")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many speakers.")
@click.option("--since", metavar="DATE", help="Articles published on or after this date.")
@click.option("--until", metavar="DATE", help="Articles published on or before this date.")
@_options
def speakers_command(con, limit, top, since, until):
    """Who is quoted most, and how often (one row per actor, across languages).

    \b
    Example:
      newsgraph query speakers --top 20 --db corpus.duckdb
    """
    from ..store import queries

    return queries.speakers(con, top=top, since=since, until=until)


@command.command("actors")
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. FRA.")
@click.option("--type", "type_", type=click.Choice(["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"],
                                                  case_sensitive=False), help="Entity type.")
@click.option("--name", help="Actor key or part of one of its names.")
@_options
def actors_command(con, limit, country, type_, name):
    """Actors across the corpus, with their names in every language and their counts.

    \b
    Example:
      newsgraph query actors --type PERSON --country RUS --db corpus.duckdb
    """
    from ..store import queries

    return queries.actors(con, country=country, type_=type_, name=name, limit=limit)


@command.command("events")
@click.option("--source", help="Source actor: key or part of the name.")
@click.option("--target", help="Target actor: key or part of the name.")
@click.option("--type", "type_", help="PLOVER event type, e.g. CONSULT or THREATEN.")
@click.option("--status", type=click.Choice(["asserted", "reported", "hypothetical", "negated"]))
@click.option("--since", metavar="DATE", help="Events (or their articles) on or after this date.")
@click.option("--until", metavar="DATE", help="Events (or their articles) on or before this date.")
@_options
def events_command(con, limit, source, target, type_, status, since, until):
    """Events: who did what to whom, newest first.

    \b
    Example:
      newsgraph query events --source Russie --type THREATEN --since 2022-01-01 --db corpus.duckdb
    """
    from ..store import queries

    return queries.events(con, source=source, target=target, type_=type_, status=status, since=since,
                          until=until, limit=limit)


@command.command("timeline")
@click.argument("actor")
@_options
def timeline_command(con, limit, actor):
    """What ACTOR said and did, in date order. ACTOR is a key or part of a name.

    \b
    Example:
      newsgraph query timeline "person:vladimir putin" --db corpus.duckdb
    """
    from ..store import queries

    return queries.timeline(con, actor, limit=limit)


def _sql_connection(db):
    from ..store import sql

    return sql.connect(db)


@command.command("sql")
@click.argument("statement")
@_options(opener=_sql_connection)
def sql_command(con, limit, statement):
    """Run one SELECT on a read-only connection that can read nothing but the corpus (tables:
    articles, entities, mentions, quotes, events, dates, quantities, errors, actors, actor_names).
    Other statements, several statements, and table functions over files or URLs are refused.

    \b
    Example:
      newsgraph query sql "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC" --db corpus.duckdb
    """
    from ..store import sql

    return sql.select(con, statement, limit=limit)
