"""The work one worker does on a chunk of articles: analyze them (models loaded once per process) and
return a RecordBatch for the writer. Shared by the local process pool and the Dask workers.
"""
from __future__ import annotations

import os
import resource
import threading
import time

from ..ingest import MAX_ARTICLE_CHARS
from ..model import Article
from ..pipeline import analyze_articles
from ..store.records import RecordBatch, batch_of

PIPE_BATCH = 16  # articles per nlp.pipe call


def load_models(langs: tuple[str, ...]) -> list[str]:
    """Load the spaCy pipelines for ``langs`` now, so the first chunk does not pay for it.

    A language that fails to load is left to fail per article (as an errors row) when it is met;
    returns the messages of those that failed.
    """
    from ..nlp import load_pipeline

    problems = []
    for code in langs:
        try:
            load_pipeline(code)
        except Exception as error:  # noqa: BLE001 - reported per article later, by the pipeline
            problems.append(f"{code}: {type(error).__name__}: {error}")
    return problems


def analyze_chunk(articles: list[Article], lang: str | None = None,
                  max_chars: int = MAX_ARTICLE_CHARS) -> RecordBatch:
    """Analyze a chunk of articles into table rows. Failures become ``errors`` rows, never exceptions."""
    batch = batch_of(analyze_articles(articles, lang=lang, batch_size=PIPE_BATCH, max_chars=max_chars))
    batch.worker = f"{os.uname().nodename}:{os.getpid()}"
    batch.peak_rss = peak_rss_bytes()
    return batch


def peak_rss_bytes() -> int:
    """This process's peak resident set size (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def exit_with_parent(parent_pid: int, interval: float = 1.0) -> None:
    """Stop this worker when the process that started it dies (e.g. kill -9), instead of idling as an orphan."""
    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="newsgraph-parent-watch", daemon=True).start()
