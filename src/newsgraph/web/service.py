"""What the article page and POST /api/analyze share: reading the input, running the analysis once
at a time, and keeping recent results so that an analysis has a shareable address."""
from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import EmptyInput, MalformedRecord, NewsgraphError
from ..ingest.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, read_bytes
from ..model import Article, Failure

LANGS = ("auto", "fr", "en")
UPLOAD_SUFFIXES = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)


class AnalysisCache:
    """The last ``size`` analyses (contract dicts) by share key; old ones fall out."""

    def __init__(self, size: int = 128):
        self.size = size
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: str, analysis: dict[str, Any]) -> None:
        with self._lock:
            self._items[key] = analysis
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._items.get(key)


# spaCy pipelines are not meant to be shared between threads; one analysis at a time is plenty here.
_ANALYZE_LOCK = threading.Lock()


def share_key(article: Article) -> str:
    """Same text and options, same key: a shared link shows the same analysis."""
    blob = json.dumps([article.text, article.lang, article.published, article.title], ensure_ascii=False)
    return hashlib.sha1(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def check_published(value: str | None) -> str | None:
    """An ISO 8601 date or datetime, or None. Raises MalformedRecord otherwise."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        (date.fromisoformat if len(value) <= 10 else datetime.fromisoformat)(value)
    except ValueError:
        raise MalformedRecord(f"the publication date {value!r} is not an ISO 8601 date; write it as 2021-12-31")
    return value


def check_lang(value: str | None) -> str | None:
    value = (value or "auto").strip().lower()
    if value not in LANGS:
        raise MalformedRecord(f"unknown language {value!r}; choose one of {', '.join(LANGS)}")
    return None if value == "auto" else value


def article_from_upload(raw: bytes, filename: str) -> tuple[Article, list[str]]:
    """The first article of an uploaded .txt, .html or .jsonl file, and notes for the reader."""
    suffix = Path(filename or "").suffix.lower()
    if suffix and suffix not in UPLOAD_SUFFIXES:
        raise MalformedRecord(f"cannot read {suffix} files; upload one of {', '.join(UPLOAD_SUFFIXES)}")
    kind = "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else (
        "txt" if suffix in TEXT_SUFFIXES else None)
    source = Path(filename).name if filename else "upload"
    items = list(read_bytes(raw, source, kind=kind))
    articles = [item for item in items if isinstance(item, Article)]
    if not articles:
        failure = next((item for item in items if isinstance(item, Failure)), None)
        if failure is None:
            raise EmptyInput("the upload holds no article", source=source)
        raise _error_from_failure(failure)
    notes = list(articles[0].notes)  # how it was read ("decoded as cp1252"), as `analyze` warns
    if len(items) > 1:
        notes.append(f"the file holds {len(items)} records; only the first article is shown here "
                     "(use `newsgraph ingest` for a corpus)")
    return articles[0], notes


def _error_from_failure(failure: Failure) -> NewsgraphError:
    from .. import errors

    for cls in vars(errors).values():
        if isinstance(cls, type) and issubclass(cls, NewsgraphError) and cls.code == failure.code:
            return cls(failure.message, source=failure.source, line=failure.line)
    return NewsgraphError(failure.message, source=failure.source, line=failure.line)


def run_analysis(app, article: Article, notes: list[str] = ()) -> tuple[str, dict[str, Any]]:
    """Analyze one article with the app's analyzer; returns (share key, contract dict), cached."""
    if not article.text or not article.text.strip():
        raise EmptyInput("the article has no text; paste an article or upload a file")
    key = share_key(article)
    cached = app.state.analyses.get(key)
    if cached is not None:
        return key, cached
    with _ANALYZE_LOCK:
        result = app.state.analyzer(article.text, lang=article.lang, published=article.published,
                                    title=article.title, id=article.id or None, url=article.url)
    data = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    if notes:
        data["warnings"] = list(data.get("warnings") or []) + list(notes)
    if article.source and not data["article"].get("source"):
        data["article"]["source"] = article.source
    app.state.analyses.put(key, data)
    return key, data
