"""`newsgraph ingest`: analyze articles once and store them in a DuckDB corpus (or a Parquet dataset)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import NewsgraphError
from ..ingest import MAX_ARTICLE_CHARS


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="The corpus database to create or update, e.g. corpus.duckdb.")
@click.option("--workers", "-w", type=click.IntRange(min=0), default=1, show_default=True,
              help="Local worker processes; each loads the models once (0: analyze in this process).")
@click.option("--dask", metavar="ADDRESS",
              help="Run the analysis on a Dask cluster: tcp://SCHEDULER:8786, or local:N for a LocalCluster.")
@click.option("--out-parquet", type=click.Path(file_okay=False, path_type=Path),
              help="Write the records as a Parquet dataset partitioned by table and month (instead of, or "
                   "with --db besides, the database).")
@click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto", show_default=True,
              help="Language of the articles; auto uses the input's or detects it.")
@click.option("--max-chars", type=int, default=MAX_ARTICLE_CHARS, show_default=True,
              help="Articles longer than this become errors rows.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per task sent to a worker, and per database transaction.")
@click.option("--force", is_flag=True, help="Re-analyze articles even when they are unchanged.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when standard error is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def command(paths, db, workers, dask, out_parquet, lang, max_chars, chunk_size, force, progress, as_json):
    """Analyze articles and store the records in a corpus database.

    PATHS are files, folders (read recursively), globs, .jsonl, .html or .txt.
    Articles already stored with the same text are skipped, so a rerun (even
    after a crash) only does the missing work. Inputs that cannot be read
    become rows of the errors table.

    \b
    Examples:
      newsgraph ingest articles.jsonl --db corpus.duckdb --workers 2
      newsgraph ingest 'news/**/*.html' --db corpus.duckdb
      newsgraph ingest articles.jsonl --db corpus.duckdb --dask local:2
      newsgraph ingest articles.jsonl --dask tcp://scheduler:8786 --out-parquet corpus-parquet/
    """
    from rich.console import Console

    from ..scale.ingest import estimate_total, ingest

    console = Console(stderr=True)
    if db is None and out_parquet is None:
        raise click.UsageError("give --db corpus.duckdb (or --out-parquet DIR)")
    show = console.is_terminal if progress is None else progress
    options = dict(workers=workers, dask=dask, out_parquet=out_parquet, lang=None if lang == "auto" else lang,
                   max_chars=max_chars, chunk_size=chunk_size, force=force)
    try:
        if show and console.is_terminal:
            report = _with_progress_bar(console, lambda cb: ingest(paths, db, progress=cb, **options),
                                        estimate_total(paths))
        elif show:  # a log file or a pipe: one plain line per batch
            report = ingest(paths, db, progress=_log_lines(estimate_total(paths)), **options)
        else:
            report = ingest(paths, db, **options)
    except NewsgraphError as error:
        click.echo(f"newsgraph: error: {error}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    else:
        click.echo(f"ingested {report.ingested:,}, skipped {report.skipped:,} (unchanged), failed {report.failed:,} "
                   f"in {report.seconds:.1f}s ({report.docs_per_second:.1f} docs/s); {report.actors:,} actors")
    if report.failed:
        where = f"`newsgraph query sql \"SELECT * FROM errors\" --db {db}`" if db else "the errors/ Parquet table"
        click.echo(f"newsgraph: warning: {report.failed:,} input(s) failed; see {where}", err=True)
    if report.read == 0:
        click.echo("newsgraph: error: no article could be read from the inputs", err=True)
        sys.exit(1)


class SmoothedEta:
    """Articles per second and the time left, smoothed so the estimate does not jump from chunk to chunk.

    The clock starts when the analysis does (model loading is a phase of its own, with no ETA); the rate
    is an exponential moving average with a time constant of ``tau`` seconds, and no estimate is given
    before ``warmup`` articles have been counted.
    """

    def __init__(self, total: int, *, tau: float = 30.0, warmup: int = 1, clock=None):
        import time

        self.total = total
        self.tau = tau
        self.warmup = warmup
        self.clock = clock or time.monotonic
        self.done = 0
        self.rate: float | None = None
        self._since: float | None = None  # when counting started
        self._last: float | None = None
        self._counted = 0

    def start(self) -> None:
        if self._since is None:
            self._since = self._last = self.clock()

    def advance(self, n: int) -> None:
        import math

        self.done += n
        if self._since is None or n <= 0:
            return
        now = self.clock()
        self._counted += n
        elapsed = now - self._last
        if self.rate is None:
            since = now - self._since
            if since > 0:
                self.rate = self._counted / since
        elif elapsed > 0:
            weight = 1 - math.exp(-elapsed / self.tau)
            self.rate = weight * (n / elapsed) + (1 - weight) * self.rate
        self._last = now

    def seconds_left(self) -> float | None:
        if self.rate is None or self.rate <= 0 or self._counted < self.warmup:
            return None
        return max(0.0, (self.total - self.done) / self.rate)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _log_lines(total: int):
    eta = SmoothedEta(total)
    shown = {"phase": None}

    def advance(n, report):
        if report.phase != shown["phase"]:
            shown["phase"] = report.phase
            if report.phase == "analyzing":
                eta.start()
            if report.phase not in ("analyzing", "done"):
                click.echo(f"ingest: {report.phase}", err=True)
        if n == 0:
            return
        eta.advance(n)
        rate = f"{eta.rate:.1f}" if eta.rate is not None else "-"
        click.echo(f"ingest: {eta.done}/{total} ok {report.ingested} skip {report.skipped} fail {report.failed} "
                   f"{rate} docs/s ETA {_clock(eta.seconds_left())}", err=True)
    return advance


def _with_progress_bar(console, run, total: int):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("[bold]{task.fields[phase]}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TextColumn("ok {task.fields[ok]} skip {task.fields[skip]} "
                                                                  "fail {task.fields[fail]}"),
               TimeElapsedColumn(), TextColumn("ETA {task.fields[eta]}"))
    eta = SmoothedEta(total)
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=total or None, rate="-", ok=0, skip=0, fail=0, phase="reading",
                            eta=_clock(None))

        def advance(n, report):
            if report.phase == "analyzing":
                eta.start()
            eta.advance(n)
            rate = f"{eta.rate:.1f}" if eta.rate is not None else "-"
            bar.update(task, advance=n, rate=rate, ok=report.ingested, skip=report.skipped, fail=report.failed,
                       phase=report.phase, eta=_clock(eta.seconds_left()))

        return run(advance)
