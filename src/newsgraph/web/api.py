"""The JSON twins of the pages, under /api, documented by OpenAPI at /api/openapi.json.

Every page's data comes from the functions here (or the corpus layer they call), so a page and its
twin cannot disagree. There is no endpoint that runs caller-given SQL.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..model import Article
from .service import article_from_upload, check_lang, check_published, run_analysis

router = APIRouter(prefix="/api", tags=["api"])


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status, repeated")
    code: str = Field(description="a newsgraph error code (E001...) or HTTP<status>")
    message: str = Field(description="what is wrong and what to do")


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS = {status: {"model": ErrorBody, "description": text} for status, text in (
    (404, "not found, or no corpus database (start the server with --db)"),
    (413, "request body over 5 MB, or article over the length limit"),
    (422, "invalid input: empty, binary, unreadable, unsupported language, bad parameter"),
    (503, "the analysis pool is full (E015) or the analysis ran past the time limit (E016); try again"),
)}


class AnalyzeRequest(BaseModel):
    text: str = Field(description="the article text", min_length=1)
    lang: Literal["auto", "fr", "en"] = "auto"
    published: str | None = Field(None, description="ISO 8601 publication date, the anchor for relative dates",
                                  examples=["2021-12-31"])
    title: str | None = None
    id: str | None = Field(None, description="your id for the article; default: a hash of the text")
    url: str | None = None


def corpus_of(request: Request):
    from .app import WebError

    corpus = request.app.state.corpus
    if corpus is None:
        raise WebError(404, "no corpus database: start the server with `newsgraph serve --db corpus.duckdb`")
    return corpus


@router.post("/analyze", responses=ERRORS, summary="Analyze one article; returns the contract JSON")
async def analyze_json(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    """The analysis of one article, in the form of `newsgraph analyze --format json`
    (schema newsgraph/analysis/v1). Also at `/api/analyses/{key}` while the server keeps it."""
    article = Article(text=body.text, lang=check_lang(body.lang), published=check_published(body.published),
                      title=body.title, id=body.id or "", url=body.url)
    key, data = await run_analysis(request.app, article)
    return {**data, "share": {"key": key, "page": f"/analyze/{key}", "json": f"/api/analyses/{key}"}}


@router.post("/analyze/upload", responses=ERRORS, summary="Analyze an uploaded .txt, .html or .jsonl file")
async def analyze_upload(request: Request, file: UploadFile = File(...),
                         lang: Literal["auto", "fr", "en"] = Form("auto"),
                         published: str | None = Form(None)) -> dict[str, Any]:
    """The first article of the file; a .jsonl file's own lang and published are used unless given here."""
    raw = await file.read()
    article, notes = await run_in_threadpool(article_from_upload, raw, file.filename or "upload")
    article = _with_form_options(article, lang, published)
    key, data = await run_analysis(request.app, article, notes)
    return {**data, "share": {"key": key, "page": f"/analyze/{key}", "json": f"/api/analyses/{key}"}}


def _with_form_options(article: Article, lang: str | None, published: str | None) -> Article:
    from dataclasses import replace

    chosen_lang = check_lang(lang) or article.lang
    chosen_date = check_published(published) or article.published
    return replace(article, lang=chosen_lang, published=chosen_date)


@router.get("/analyses/{key}", responses=ERRORS, summary="A recent analysis, by its share key")
def analysis_by_key(request: Request, key: str) -> dict[str, Any]:
    from .app import WebError

    data = request.app.state.analyses.get(key)
    if data is None:
        raise WebError(404, "this analysis is no longer kept by the server (it keeps the most recent ones); "
                       "analyze the article again")
    return data


# ---- corpus (with --db) ----------------------------------------------------------------------------

Page = Query(1, ge=1, le=100_000, description="page number, from 1")
PerPage = Query(25, ge=1, le=200, description="items per page")


@router.get("/stats", responses=ERRORS, summary="Corpus size, languages and time span")
def stats(request: Request) -> dict[str, Any]:
    return corpus_of(request).stats()


@router.get("/quotes", responses=ERRORS, summary="Search quotes by text, speaker, date range and language")
def quotes(request: Request,
           q: str | None = Query(None, max_length=200, description="words the quote contains (accents ignored)"),
           speaker: str | None = Query(None, max_length=200, description="speaker actor key, or part of a name"),
           lang: str | None = Query(None, max_length=8, description="article language, e.g. fr"),
           since: date | None = Query(None, description="first publication date, inclusive"),
           until: date | None = Query(None, description="last publication date, inclusive"),
           page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    return corpus_of(request).quotes(q=q, speaker=speaker, lang=lang, since=since, until=until,
                                     page=page, per_page=per_page)


@router.get("/speakers", responses=ERRORS, summary="Top speakers, by number of quotes")
def speakers(request: Request, lang: str | None = Query(None, max_length=8),
             page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    return corpus_of(request).speakers(lang=lang, page=page, per_page=per_page)


@router.get("/speakers/{key:path}", responses=ERRORS, summary="Every quote by one speaker, across languages")
def speaker(request: Request, key: str, page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    return corpus_of(request).speaker(key, page=page, per_page=per_page)


@router.get("/actors", responses=ERRORS, summary="Top actors, by number of articles")
def actors(request: Request, type: str | None = Query(None, max_length=8, description="PERSON, ORG, GPE..."),
           page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    return corpus_of(request).actors(type=type, page=page, per_page=per_page)


@router.get("/actors/{key:path}", responses=ERRORS, summary="One actor: names, quotes count, events timeline")
def actor(request: Request, key: str, page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    return corpus_of(request).actor(key, page=page, per_page=per_page)


@router.get("/events", responses=ERRORS, summary="Events, filtered by actor, type and date range")
def events(request: Request, actor: str | None = Query(None, max_length=200, description="actor key, as source or target"),
           type: str | None = Query(None, max_length=16, description="PLOVER type, e.g. THREATEN"),
           since: date | None = Query(None), until: date | None = Query(None),
           page: int = Page, per_page: int = PerPage) -> dict[str, Any]:
    return corpus_of(request).events(actor=actor, type=type, since=since, until=until, page=page, per_page=per_page)


@router.get("/network", responses=ERRORS, summary="Actors linked by events and by quotes addressed to others")
def network(request: Request, limit: int = Query(60, ge=2, le=300, description="most connected actors kept")
            ) -> dict[str, Any]:
    return corpus_of(request).network(limit=limit)


@router.get("/articles/{article_id}", responses=ERRORS, summary="One stored article, in the contract form")
def article(request: Request, article_id: str) -> dict[str, Any]:
    return corpus_of(request).article(article_id)
