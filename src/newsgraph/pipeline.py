"""Runs the extraction stages in order. The only module that knows the order."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace

from . import lang as langdata
from .errors import NewsgraphError
from .extract.coref import resolve_coreference
from .extract.dates import find_dates
from .extract.entities import find_entities
from .extract.events import read_events
from .extract.quantities import find_quantities
from .extract.quotes import find_quotes
from .extract.sources import source_kinds
from .ingest.readers import MAX_ARTICLE_CHARS
from .model import Analysis, Article, Failure
from .nlp import LONG_TEXT, check_language, detect_language, load_pipeline, model_text, parse

STAGES = ("entities", "coref", "quotes", "sources", "dates", "quantities", "events")


def analyze_doc(article: Article, doc) -> Analysis:
    """All stages over one parsed article. ``doc.text`` has the same length as ``article.text``."""
    data = langdata.get(article.lang)
    text = article.text
    entities = find_entities(doc, data, text, article.published)
    entities = resolve_coreference(doc, data, entities, text, article.published)
    quotes, entities = find_quotes(doc, data, entities, text)
    entities = replace(entities, entities=source_kinds(entities.entities, data))  # the last stage on entities
    dates = find_dates(doc, data, article.published, text)
    quantities = find_quantities(doc, data, text)
    events, entities = read_events(doc, data, entities, quotes, dates, article.published, text)
    return Analysis(article=article, entities=entities.entities, quotes=quotes, events=events,
                    dates=dates, quantities=quantities, warnings=article.notes)


def prepare(article: Article, *, lang: str | None = None, max_chars: int = MAX_ARTICLE_CHARS) -> Article:
    """The article with an id and a checked language. Raises a NewsgraphError when it can't be analyzed."""
    from dataclasses import replace

    from .errors import EmptyInput, InputTooLarge

    if not article.text or not article.text.strip():
        raise EmptyInput("the article has no text", source=article.source)
    if len(article.text) > max_chars:
        raise InputTooLarge(f"the article has {len(article.text):,} characters, over the limit of {max_chars:,}",
                            source=article.source)
    chosen = lang if lang and lang != "auto" else article.lang
    code = check_language(chosen) if chosen else detect_language(article.text)
    return replace(article.with_id(), lang=code)


def analyze_articles(items: Iterable[Article | Failure], *, lang: str | None = None, batch_size: int = 16,
                     max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Analysis | Failure]:
    """Analyze many articles, in input order, with one model per language fed through ``nlp.pipe``.

    Failures pass through; an article that fails becomes a Failure and the others go on.
    """
    batch: list[Article | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, lang, max_chars)
            batch = []
    if batch:
        yield from _analyze_batch(batch, lang, max_chars)


def _failure(article: Article, error: Exception) -> Failure:
    source, line = article.origin()  # the same (source, line) key as a failure to read it
    if isinstance(error, NewsgraphError):
        return Failure(source, error.code, error.message + error.cli_hint(), line=line or None,
                       article_id=article.id or None)
    return Failure(source, "E099", f"internal error while analyzing: {type(error).__name__}: {error}",
                   line=line or None, article_id=article.id or None)


def _analyze_batch(batch: list[Article | Failure], lang: str | None, max_chars: int) -> list[Analysis | Failure]:
    results: list[Analysis | Failure | None] = [None] * len(batch)
    by_lang: dict[str, list[tuple[int, Article]]] = {}
    for i, item in enumerate(batch):
        if isinstance(item, Failure):
            results[i] = item
            continue
        try:
            ready = prepare(item, lang=lang, max_chars=max_chars)
        except NewsgraphError as error:
            results[i] = _failure(item, error)
            continue
        except Exception as error:  # language identification can fail too (lingua on lone surrogates)
            if os.environ.get("NEWSGRAPH_DEBUG"):
                raise
            results[i] = _failure(item, error)
            continue
        by_lang.setdefault(ready.lang, []).append((i, ready))
    for code, group in by_lang.items():
        try:
            nlp = load_pipeline(code)
        except NewsgraphError as error:
            for i, article in group:
                results[i] = _failure(article, error)
            continue
        for (i, article), doc in zip(group, _parse(nlp, [a.text for _, a in group])):
            if isinstance(doc, Exception):
                results[i] = _failure(article, doc)
                continue
            try:
                results[i] = analyze_doc(article, doc)
            except Exception as error:  # one bad article never stops the batch
                if os.environ.get("NEWSGRAPH_DEBUG"):
                    raise
                results[i] = _failure(article, error)
    return [r for r in results if r is not None]


def _parse(nlp, texts: list[str]) -> list:
    """The parsed Docs of ``texts``, or in place of one the error parsing it raised: a text the model
    refuses (longer than nlp.max_length, say) fails alone instead of ending the whole run."""
    seen = [model_text(text) for text in texts]
    long = [i for i, text in enumerate(seen) if len(text) > LONG_TEXT]  # parsed in pieces, one at a time
    short = [text for text in seen if len(text) <= LONG_TEXT]
    try:
        parsed = iter(list(nlp.pipe(short, batch_size=max(1, len(short)))))
        return [parse(nlp, text) if i in long else next(parsed) for i, text in enumerate(seen)]
    except Exception:
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
    docs: list = []
    for text in seen:  # find the culprit: one at a time
        try:
            docs.append(parse(nlp, text))
        except Exception as error:
            docs.append(error)
    return docs
