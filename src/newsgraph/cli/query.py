"""`newsgraph query`: one subcommand per question about a corpus, printed as a table, JSON or CSV."""
from __future__ import annotations

import csv
import functools
import json
import sys
from pathlib import Path

import click

from ..errors import NewsgraphError

FORMATS = ("table", "json", "csv")


def _options(func=None, *, opener=None):
    """The options every query shares: where the corpus is, how many rows, and how to print the answer.
    ``opener(db)`` opens the connection instead of a short read-only one (`query sql` locks its own)."""
    if func is None:
        return functools.partial(_options, opener=opener)
    from ..store.queries import DEFAULT_LIMIT

    @click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default="corpus.duckdb",
                  show_default=True, help="The corpus database made by `newsgraph ingest`.")
    @click.option("--json", "fmt", flag_value="json", help="Print a JSON array of objects.")
    @click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row.")
    @click.option("--limit", type=click.IntRange(min=1), default=DEFAULT_LIMIT, show_default=True,
                  help="Rows per page.")
    @click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="Which page, from 1.")
    @functools.wraps(func)
    def wrapper(*args, db, fmt, limit, page, **kwargs):
        from ..store.db import reading

        try:
            if opener is not None:
                con = opener(db)
                try:
                    table = func(con, *args, limit=limit, page=page, **kwargs)
                finally:
                    con.close()
            else:
                with reading(db) as con:  # a short read-only connection: an ingest may write between batches
                    table = func(con, *args, limit=limit, page=page, **kwargs)
        except NewsgraphError as error:
            click.echo(f"newsgraph: error: {error}", err=True)
            sys.exit(1)
        _print(table, fmt or "table")
    return wrapper


def _print(table, fmt: str) -> None:
    from ..store.queries import jsonable

    if fmt == "json":
        click.echo(json.dumps(table.records(), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([[_cell(jsonable(v)) for v in row] for row in table.rows])
    else:
        from rich.console import Console
        from rich.table import Table

        out = Table(*table.columns, show_lines=False, header_style="bold")
        for row in table.rows:
            out.add_row(*("" if v is None else _short(_cell(jsonable(v))) for v in row))
        # a pipe or a file gets whole lines rather than an 80-column squeeze
        Console(width=None if sys.stdout.isatty() else 240).print(out)
        shown = f"{len(table.rows)} row(s)"
        if table.total is not None and table.total > len(table.rows):
            shown += f" of {table.total:,} (page {table.page}; see --page and --limit)"
        click.echo(shown, err=True)


def _cell(value) -> str:
    """A value in one table or CSV cell: lists and objects as JSON, the rest as text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _short(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@click.group("query")
def command() -> None:
    """Ask a corpus questions: quotes, speakers, voices, actors, events, timelines, or SQL.

    Every subcommand reads --db (default corpus.duckdb) read-only and prints a
    table, or JSON with --json, or CSV with --csv. Options have the names and
    meanings of the web API's parameters (/api/quotes?speaker=...&limit=...).

    \b
    Examples:
      newsgraph query speakers --limit 20 --db corpus.duckdb
      newsgraph query quotes --speaker Macron --about "retraites" --db corpus.duckdb
      newsgraph query sql "SELECT lang, count(*) FROM articles GROUP BY lang" --db corpus.duckdb
    """


ACTOR_HELP = "an actor key or part of any of its names, in any language (accents and case ignored)"
PUBLISHED_SINCE = "Articles published on or after this date (YYYY-MM-DD)."
PUBLISHED_UNTIL = "Articles published on or before this date."


@command.command("quotes")
@click.option("--speaker", help=f"The speaker: {ACTOR_HELP}.")
@click.option("--about", metavar="TEXT", help="Quotes holding all these words, most relevant first (BM25).")
@click.option("--lang", help="Article language, e.g. fr or en.")
@click.option("--since", metavar="DATE", help=PUBLISHED_SINCE)
@click.option("--until", metavar="DATE", help=PUBLISHED_UNTIL)
@_options
def quotes_command(con, limit, page, speaker, about, lang, since, until):
    """Quotes, newest first (or by relevance with --about).

    \b
    Example:
      newsgraph query quotes --speaker Poutine --about "OTAN Ukraine" --since 2021-01-01 --db corpus.duckdb
    """
    from ..store import queries

    return queries.quotes(con, speaker=speaker, about=about, lang=lang, since=since, until=until, limit=limit,
                          page=page)


@command.command("speakers")
@click.option("--lang", help="Quotes of articles in this language.")
@click.option("--since", metavar="DATE", help=PUBLISHED_SINCE)
@click.option("--until", metavar="DATE", help=PUBLISHED_UNTIL)
@_options
def speakers_command(con, limit, page, lang, since, until):
    """Who is quoted most, and how often (one row per actor, across languages).

    \b
    Example:
      newsgraph query speakers --limit 20 --db corpus.duckdb
    """
    from ..store import queries

    return queries.speakers(con, lang=lang, since=since, until=until, limit=limit, page=page)


@command.command("actors")
@click.option("--type", "type_", type=click.Choice(["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"],
                                                  case_sensitive=False), help="Entity type.")
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. FRA.")
@click.option("--name", help=f"The actor: {ACTOR_HELP}.")
@_options
def actors_command(con, limit, page, type_, country, name):
    """Actors across the corpus, with their names in every language and their counts.

    \b
    Example:
      newsgraph query actors --type PERSON --country RUS --db corpus.duckdb
    """
    from ..store import queries

    return queries.actors(con, type=type_, country=country, name=name, limit=limit, page=page)


@command.command("events")
@click.option("--actor", help=f"The source or the target: {ACTOR_HELP}.")
@click.option("--source", help=f"The source: {ACTOR_HELP}.")
@click.option("--target", help=f"The target: {ACTOR_HELP}.")
@click.option("--type", "type_", help="PLOVER event type, e.g. CONSULT or THREATEN.")
@click.option("--status", type=click.Choice(["asserted", "reported", "hypothetical", "negated"]))
@click.option("--since", metavar="DATE", help="Events on or after this date: the event's date when the text "
                                               "gives one, else its article's publication date.")
@click.option("--until", metavar="DATE", help="Events on or before this date (the same date).")
@_options
def events_command(con, limit, page, actor, source, target, type_, status, since, until):
    """Events: who did what to whom, newest first.

    \b
    Example:
      newsgraph query events --source Russie --type THREATEN --since 2022-01-01 --db corpus.duckdb
    """
    from ..store import queries

    return queries.events(con, actor=actor, source=source, target=target, type=type_, status=status, since=since,
                          until=until, limit=limit, page=page)


@command.command("timeline")
@click.argument("actor")
@_options
def timeline_command(con, limit, page, actor):
    """What ACTOR said and did, in date order. ACTOR is a key or part of a name.

    \b
    Example:
      newsgraph query timeline "person:vladimir putin" --db corpus.duckdb
    """
    from ..store import queries

    return queries.timeline(con, actor, limit=limit, page=page)


def _sql_connection(db):
    from ..store import sql

    return sql.connect(db)


@command.command("voices")
@click.option("--by", type=click.Choice(["none", "outlet", "month", "lang"]), default="none", show_default=True,
              help="One row per outlet, per month of publication, per language, or one row in all.")
@click.option("--since", metavar="DATE", help="Articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Articles published on or before this date.")
@click.option("--lang", help="Article language, e.g. fr or en.")
@click.option("--outlet", help="Only this outlet (the articles' outlet field, else their url's domain).")
@click.option("--top", type=click.IntRange(min=1), help="Instead: the N most quoted women (or men, --gender m).")
@click.option("--gender", type=click.Choice(["f", "m"]), default="f", show_default=True,
              help="With --top: women (f) or men (m).")
@_options
def voices_command(con, limit, by, since, until, lang, outlet, top, gender):
    """Whose voices: people quoted and their quotes by gender (f, m, unknown), the share of women
    among people of known gender with its 95 % Wilson interval, and the voices of each source kind
    (person, role, anonymous, organisation, country, group).

    A voice is one speaker quoted in one article; people are the voices of kind person or role.

    \b
    Examples:
      newsgraph query voices --db corpus.duckdb
      newsgraph query voices --by outlet --since 2022-01-01 --db corpus.duckdb --csv
      newsgraph query voices --top 20 --gender f --db corpus.duckdb
    """
    from ..store import voices

    if top:
        return voices.top(con, gender=gender, top=top, since=since, until=until, lang=lang, outlet=outlet)
    return voices.summary(con, by=by, since=since, until=until, lang=lang, outlet=outlet, limit=limit)


@command.command("sql")
@click.argument("statement")
@_options(opener=_sql_connection)
def sql_command(con, limit, page, statement):
    """Run one SELECT on a read-only connection that can read nothing but the corpus (tables:
    articles, entities, mentions, quotes, events, dates, quantities, errors, actors, actor_names).
    Other statements, several statements, and table functions over files or URLs are refused.

    \b
    Example:
      newsgraph query sql "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC" --db corpus.duckdb
    """
    from ..store import sql

    table = sql.select(con, statement, limit=limit * page)
    start = (page - 1) * limit
    return type(table)(table.columns, table.rows[start:start + limit], page=page, limit=limit)
