"""`newsgraph analyze`: articles in, one analysis each out (JSON, JSONL or a readable report)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..ingest import MAX_ARTICLE_CHARS, read_inputs
from ..model import Analysis, Article, Failure
from ..pipeline import analyze_articles
from ..report import text_report


def _with_options(items, published: str | None):
    for item in items:
        if isinstance(item, Article) and published and not item.published:
            item = Article(**{**{k: getattr(item, k) for k in Article.__dataclass_fields__}, "published": published})
        yield item


def _iso_date(ctx, param, value: str | None) -> str | None:
    """--published must be a date the stages can anchor relative dates to; a typo would otherwise
    leave every relative date unresolved and put a non-ISO value in the records."""
    from ..extract.dates import parse_published

    if value is not None and parse_published(value) is None:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date or datetime (e.g. 2021-12-31 or "
                                 "2021-12-31T10:00:00+01:00)")
    return value


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto", show_default=True,
              help="Language of the articles; auto detects it per article.")
@click.option("--published", metavar="DATE", callback=_iso_date, help="Publication date (ISO 8601) for relative dates, "
              "when the input does not give one.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one NAME.json per article into this folder instead of standard output.")
@click.option("--max-chars", type=int, default=MAX_ARTICLE_CHARS, show_default=True,
              help="Refuse articles longer than this.")
def command(paths, lang, published, fmt, out_dir, max_chars):
    """Analyze articles: who is named, who said what, events, dates and quantities.

    PATHS are .txt, .html or .jsonl files, or - for standard input.

    \b
    Examples:
      newsgraph analyze article.txt --published 2021-12-31 --format text
      cat article.txt | newsgraph analyze - --lang fr
      newsgraph analyze articles.jsonl --format jsonl > analyses.jsonl
    """
    items = _with_options(read_inputs(paths, max_chars=max_chars), published)
    failures = 0
    results = analyze_articles(items, lang=None if lang == "auto" else lang, max_chars=max_chars)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    written: set[str] = set()  # file names of this run: two articles with one id must not overwrite each other
    for result in results:
        if isinstance(result, Failure):
            failures += 1
            click.echo(f"newsgraph: error: {result}", err=True)
            continue
        for warning in result.warnings:
            click.echo(f"newsgraph: warning: {result.article.source or result.article.id}: {warning}", err=True)
        _emit(result, fmt, out_dir, written)
    if failures:
        sys.exit(1)


def _emit(result: Analysis, fmt: str, out_dir: Path | None, written: set[str]) -> None:
    if fmt == "text":
        rendered = text_report(result)
    elif fmt == "jsonl":
        rendered = json.dumps(result.to_dict(), ensure_ascii=False)
    else:
        rendered = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    if out_dir is None:
        click.echo(rendered)
        return
    stem = _safe_name(result.article.id)
    suffix = ".txt" if fmt == "text" else ".json"
    name, n = f"{stem}{suffix}", 1
    while name in written:
        n += 1
        name = f"{stem}-{n}{suffix}"
    written.add(name)
    (out_dir / name).write_text(rendered + "\n", encoding="utf-8")


def _safe_name(article_id: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in article_id)
    return keep.strip(".") or "article"
