"""newsgraph: who is named, who said what, who did what to whom, in French and English news.

    >>> import newsgraph
    >>> analysis = newsgraph.analyze("« Nous ne céderons pas », a déclaré Mme Borne.", published="2023-03-16")
    >>> analysis.to_dict()["quotes"][0]["text"]
    'Nous ne céderons pas'
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import NewsgraphError
from .model import EXTRACTOR_VERSION, SCHEMA_ID, Analysis, Article, Failure

__version__ = EXTRACTOR_VERSION
__all__ = ["analyze", "analyze_many", "analyze_articles", "Analysis", "Article", "Failure",
           "NewsgraphError", "SCHEMA_ID", "__version__"]


def analyze(text: str, *, lang: str | None = None, published: str | None = None, title: str | None = None,
            id: str | None = None, url: str | None = None) -> Analysis:
    """Analyze one article. Raises a NewsgraphError (empty, too large, unsupported language...)."""
    from .pipeline import analyze_articles

    article = Article(text=text, id=id or "", lang=lang, published=published, title=title, url=url)
    (result,) = analyze_articles([article], lang=lang)
    if isinstance(result, Failure):
        from . import errors

        cls = next((c for c in vars(errors).values()
                    if isinstance(c, type) and issubclass(c, NewsgraphError) and c.code == result.code),
                   NewsgraphError)
        raise cls(result.message)
    return result


def analyze_many(articles: Iterable[Article | str], *, lang: str | None = None,
                 batch_size: int = 16) -> Iterator[Analysis | Failure]:
    """Analyze many articles with each model loaded once; failures are yielded, not raised."""
    from .pipeline import analyze_articles

    items = (Article(text=a) if isinstance(a, str) else a for a in articles)
    return analyze_articles(items, lang=lang, batch_size=batch_size)


def __getattr__(name: str):
    # the pipeline imports spaCy: loaded only when analysis is asked for, so that
    # `newsgraph query` and `newsgraph export` start fast
    if name == "analyze_articles":
        from .pipeline import analyze_articles

        return analyze_articles
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
