"""`newsgraph serve`: the web UI, an article page and (with --db) the corpus pages, with JSON twins."""
from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from ..errors import NewsgraphError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Corpus database made by `newsgraph ingest`; read-only, one short connection per request, "
                   "so an ingest can add to it while it serves. Adds the corpus pages.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default is reachable from this machine only.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--preload/--no-preload", default=True, show_default=True,
              help="Load the language models at start, so the first article is not slow.")
def command(db_path, host, port, preload):
    """Serve the web UI: paste an article and see who said what; browse a corpus.

    \b
    Examples:
      newsgraph serve                         # then open http://127.0.0.1:8000/analyze
      newsgraph serve --db corpus.duckdb      # plus /quotes, /speakers, /actors, /network
      newsgraph ingest more.jsonl --db corpus.duckdb   # meanwhile: the pages follow each stored chunk
    """
    import uvicorn

    from ..web.app import LOOPBACK_NAMES, create_app

    if db_path is not None and not db_path.exists():
        raise click.ClickException(f"{db_path}: no such database; create it with "
                                   f"`newsgraph ingest ARTICLES --db {db_path}`")
    # On a loopback address, answer only loopback names (no DNS rebinding from a web page).
    allowed = (LOOPBACK_NAMES | {host}) if _is_loopback(host) else None
    try:
        app = create_app(db_path, allowed_hosts=allowed)
    except NewsgraphError as error:
        raise click.ClickException(str(error))
    if not _is_loopback(host):
        click.echo(f"newsgraph: warning: listening on {host}: anyone who can reach this address can use the "
                   "server (it has no login)", err=True)
    if preload:
        from ..nlp import load_pipeline

        for code in ("fr", "en"):
            try:
                load_pipeline(code)
            except NewsgraphError as error:
                click.echo(f"newsgraph: warning: {error}", err=True)
    click.echo(f"newsgraph: serving on http://{host}:{port}/analyze" + (f" with the corpus {db_path}" if db_path else ""),
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", h11_max_incomplete_event_size=64 * 1024)
