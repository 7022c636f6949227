"""The JSON twins of the pages, under /api, documented by OpenAPI at /api/openapi.json.

Every page's data comes from the functions here, which ask ``newsgraph.store.queries`` (the layer
`newsgraph query` asks too), so a page, its twin and the CLI cannot disagree: the same filter has the
same name and meaning. A parameter an endpoint does not take is refused (422), never ignored.
There is no endpoint that runs caller-given SQL.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..model import Article
from ..store import queries
from ..store.queries import DEFAULT_LIMIT, MAX_LIMIT
from .errors import WebError
from .service import article_from_upload, check_lang, check_published, run_analysis


def known_parameters(request: Request) -> None:
    """Refuse query parameters the endpoint does not declare (``per_page`` where it takes ``limit``)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed: set[str] = set()
    todo = [dependant]
    while todo:  # the endpoint's own parameters and those of its dependencies
        current = todo.pop()
        allowed |= {getattr(p, "alias", None) or p.name for p in current.query_params}
        todo.extend(current.dependencies)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        takes = ", ".join(sorted(allowed)) or "no parameter"
        raise WebError(422, f"unknown parameter {', '.join(map(repr, unknown))}; this endpoint takes {takes}")


router = APIRouter(prefix="/api", tags=["api"], dependencies=[Depends(known_parameters)])


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status, repeated")
    code: str = Field(description="a newsgraph error code (E001...) or HTTP<status>")
    message: str = Field(description="what is wrong and what to do")


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS = {status: {"model": ErrorBody, "description": text} for status, text in (
    (404, "not found, or no corpus database (start the server with --db)"),
    (413, "request body over 5 MB, or article over the length limit"),
    (422, "invalid input: empty, binary, unreadable, unsupported language, bad or unknown parameter"),
    (503, "busy: the corpus stayed locked by another process, or the models are missing"),
)}


class AnalyzeRequest(BaseModel):
    text: str = Field(description="the article text", min_length=1)
    lang: Literal["auto", "fr", "en"] = "auto"
    published: str | None = Field(None, description="ISO 8601 publication date, the anchor for relative dates",
                                  examples=["2021-12-31"])
    title: str | None = None
    id: str | None = Field(None, description="your id for the article; default: a hash of the text")
    url: str | None = None


def store_of(request: Request):
    """The app's reader of the corpus (``store.db.Reader``): ``store_of(request)(query, **filters)``."""
    store = request.app.state.store
    if store is None:
        raise WebError(404, "no corpus database: start the server with `newsgraph serve --db corpus.duckdb`")
    return store


def _found(answer, what: str):
    if answer is None:
        raise WebError(404, what)
    return answer


@router.post("/analyze", responses=ERRORS, summary="Analyze one article; returns the contract JSON")
async def analyze_json(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    """The analysis of one article, in the form of `newsgraph analyze --format json`
    (schema newsgraph/analysis/v1). Also at `/api/analyses/{key}` while the server keeps it."""
    article = Article(text=body.text, lang=check_lang(body.lang), published=check_published(body.published),
                      title=body.title, id=body.id or "", url=body.url)
    key, data = await run_in_threadpool(run_analysis, request.app, article)
    return {**data, "share": {"key": key, "page": f"/analyze/{key}", "json": f"/api/analyses/{key}"}}


@router.post("/analyze/upload", responses=ERRORS, summary="Analyze an uploaded .txt, .html or .jsonl file")
async def analyze_upload(request: Request, file: UploadFile = File(...),
                         lang: Literal["auto", "fr", "en"] = Form("auto"),
                         published: str | None = Form(None)) -> dict[str, Any]:
    """The first article of the file; a .jsonl file's own lang and published are used unless given here."""
    raw = await file.read()
    article, notes = await run_in_threadpool(article_from_upload, raw, file.filename or "upload")
    article = _with_form_options(article, lang, published)
    key, data = await run_in_threadpool(run_analysis, request.app, article, notes)
    return {**data, "share": {"key": key, "page": f"/analyze/{key}", "json": f"/api/analyses/{key}"}}


def _with_form_options(article: Article, lang: str | None, published: str | None) -> Article:
    from dataclasses import replace

    chosen_lang = check_lang(lang) or article.lang
    chosen_date = check_published(published) or article.published
    return replace(article, lang=chosen_lang, published=chosen_date)


@router.get("/analyses/{key}", responses=ERRORS, summary="A recent analysis, by its share key")
def analysis_by_key(request: Request, key: str) -> dict[str, Any]:
    data = request.app.state.analyses.get(key)
    if data is None:
        raise WebError(404, "this analysis is no longer kept by the server (it keeps the most recent ones); "
                       "analyze the article again")
    return data


# ---- corpus (with --db) ----------------------------------------------------------------------------
# The parameters keep the names and meanings of `newsgraph query` (see store/queries.py).

Page = Query(1, ge=1, le=100_000, description="page number, from 1")
Limit = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="rows per page")
Since = Query(None, description="first date, inclusive (YYYY-MM-DD)")
Until = Query(None, description="last date, inclusive (YYYY-MM-DD)")
Lang = Query(None, max_length=8, description="article language, e.g. fr")


def _actor_param(what: str):
    return Query(None, max_length=200, description=f"{what}: an actor key, or part of any of its names (accents "
                                                   "and case ignored)")


@router.get("/stats", responses=ERRORS, summary="Counts of articles, quotes, actors and events; languages, span")
def stats(request: Request) -> dict[str, Any]:
    """Read from one snapshot, so the counts agree; follows a running `newsgraph ingest` batch by batch."""
    return store_of(request).kept(queries.stats)


@router.get("/quotes", responses=ERRORS, summary="Quotes by words, speaker, language and publication dates")
def quotes(request: Request,
           about: str | None = Query(None, max_length=200, description="words the quote holds, all of them "
                                     "(accents and case ignored); ranks by relevance (BM25)"),
           speaker: str | None = _actor_param("the speaker"), lang: str | None = Lang,
           since: date | None = Since, until: date | None = Until,
           limit: int = Limit, page: int = Page) -> dict[str, Any]:
    """Publication dates; newest first without `about`. As `newsgraph query quotes`."""
    return store_of(request).kept(queries.quotes, about=about, speaker=speaker, lang=lang, since=since, until=until,
                             limit=limit, page=page).page_dict()


@router.get("/speakers", responses=ERRORS, summary="Top speakers, by number of quotes")
def speakers(request: Request, lang: str | None = Lang, since: date | None = Since, until: date | None = Until,
             limit: int = Limit, page: int = Page) -> dict[str, Any]:
    """Quotes of articles published in the range. As `newsgraph query speakers`."""
    return store_of(request).kept(queries.speakers, lang=lang, since=since, until=until, limit=limit,
                             page=page).page_dict()


@router.get("/speakers/{key:path}", responses=ERRORS, summary="Every quote by one speaker, across languages")
def speaker(request: Request, key: str, limit: int = Limit, page: int = Page) -> dict[str, Any]:
    found = store_of(request).kept(queries.speaker, key, limit=limit, page=page)
    return _found(found, f"no speaker with the key {key!r}; see /speakers").page_dict()


@router.get("/actors", responses=ERRORS, summary="Top actors, by number of articles")
def actors(request: Request, type: str | None = Query(None, max_length=8, description="PERSON, ORG, GPE..."),
           country: str | None = Query(None, max_length=3, description="ISO 3166-1 alpha-3, e.g. FRA"),
           name: str | None = _actor_param("the actor"),
           limit: int = Limit, page: int = Page) -> dict[str, Any]:
    """As `newsgraph query actors`; `names` is an object: language -> names used there."""
    return store_of(request).kept(queries.actors, type=type, country=country, name=name, limit=limit,
                             page=page).page_dict()


@router.get("/actors/{key:path}", responses=ERRORS, summary="One actor: names, quotes count, events timeline")
def actor(request: Request, key: str, limit: int = Limit, page: int = Page) -> dict[str, Any]:
    found = store_of(request).kept(queries.actor, key, limit=limit, page=page)
    return _found(found, f"no actor with the key {key!r}; see /actors").page_dict()


@router.get("/events", responses=ERRORS, summary="Events by actor, type, status and event dates")
def events(request: Request, actor: str | None = _actor_param("the source or the target"),
           source: str | None = _actor_param("the source"), target: str | None = _actor_param("the target"),
           type: str | None = Query(None, max_length=16, description="PLOVER type, e.g. THREATEN"),
           status: Literal["asserted", "reported", "hypothetical", "negated"] | None = Query(None),
           since: date | None = Since, until: date | None = Until,
           limit: int = Limit, page: int = Page) -> dict[str, Any]:
    """Dates are the event's when the text gives one, else the article's publication. As `newsgraph query events`."""
    return store_of(request).kept(queries.events, actor=actor, source=source, target=target, type=type, status=status,
                             since=since, until=until, limit=limit, page=page).page_dict()


@router.get("/timeline", responses=ERRORS, summary="What one actor said and did, in date order")
def timeline(request: Request, actor: str = Query(..., max_length=200, description="an actor key, or part of a name"),
             limit: int = Limit, page: int = Page) -> dict[str, Any]:
    """Its quotes and the events it is source or target of. As `newsgraph query timeline`."""
    return store_of(request).kept(queries.timeline, actor, limit=limit, page=page).page_dict()


@router.get("/network", responses=ERRORS, summary="Actors linked by events and by quotes addressed to others")
def network(request: Request, limit: int = Query(60, ge=2, le=300, description="most connected actors kept"),
            min_degree: int = Query(2, ge=1, le=50, description="actors linked to at least this many others"),
            min_articles: int = Query(2, ge=1, le=1000, description="links seen in at least this many articles"),
            ) -> dict[str, Any]:
    return store_of(request).kept(queries.network, limit=limit, min_degree=min_degree, min_articles=min_articles)


@router.get("/articles/{article_id}", responses=ERRORS, summary="One stored article, in the contract form")
def article(request: Request, article_id: str) -> dict[str, Any]:
    found = store_of(request)(queries.article, article_id)  # not kept: an article may be 1M characters
    return _found(found, f"no article with the id {article_id!r} in this corpus")
