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
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Analysis worker processes (each loads the models: about 0.55 GB). With two or more, long "
                   "articles (over 20,000 characters) never take the last one, so short ones never wait behind them.")
@click.option("--queue", "queue_size", default=8, show_default=True, type=click.IntRange(0, 10_000),
              help="Analyses that may wait for a worker; past that a request gets 503 (E015) at once.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(1, 3600),
              help="Seconds one analysis request may take; past that it is stopped and answered 503 (E016).")
def command(db_path, host, port, preload, workers, queue_size, timeout):
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
        # analyses run in worker processes (the models load there), off the server's event loop
        app = create_app(db_path, allowed_hosts=allowed, workers=workers, queue=queue_size, timeout=timeout,
                         processes=True, preload=("fr", "en") if preload else ())
    except NewsgraphError as error:
        raise click.ClickException(str(error))
    if not _is_loopback(host):
        click.echo(f"newsgraph: warning: listening on {host}: anyone who can reach this address can use the "
                   "server (it has no login)", err=True)
    if preload:  # the workers load the models; say here if one is missing
        from importlib.util import find_spec

        from .. import lang as langdata

        for code in ("fr", "en"):
            names = langdata.get(code).spacy_models
            if not any(find_spec(name) for name in names):
                click.echo(f"newsgraph: warning: no spaCy pipeline for {langdata.get(code).name} is installed "
                           f"(tried {', '.join(names)}); articles in it will get E007", err=True)
    click.echo(f"newsgraph: serving on http://{host}:{port}/analyze" + (f" with the corpus {db_path}" if db_path else ""),
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", h11_max_incomplete_event_size=64 * 1024)
