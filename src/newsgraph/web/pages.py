"""Server-rendered pages. Each gets its data from the same calls as its JSON twin (linked on the page)."""
from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from ..errors import EmptyInput, NewsgraphError
from ..model import Article
from ..store import queries
from ..store.queries import DEFAULT_LIMIT, MAX_LIMIT
from . import api
from .markup import article_html, entity_colors, name_of, who_said_what
from .service import LANGS, UPLOAD_SUFFIXES, article_from_upload, check_lang, check_published, run_analysis

router = APIRouter(include_in_schema=False)
PAGE = Query(1, ge=1, le=100_000)
LIMIT = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
NETWORK_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("json_url", None)
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status)


def page_url(request: Request, **changes: Any) -> str:
    """This page's address with some query parameters changed (for pagination links)."""
    params = dict(request.query_params)
    params.update({k: v for k, v in changes.items() if v is not None})
    return f"{request.url.path}?{urlencode(params)}"


def _example_text() -> str:
    return resources.files("newsgraph").joinpath("examples/putin-biden-call.fr.txt").read_text(encoding="utf-8")


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    context: dict[str, Any] = {"stats": None}
    if request.app.state.store is not None:
        context.update(stats=api.stats(request), json_url="/api/stats",
                       speakers=api.speakers(request, lang=None, since=None, until=None, limit=10, page=1),
                       actors=api.actors(request, type=None, country=None, name=None, limit=10, page=1))
    return render(request, "home.html", **context)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request, example: bool = False):
    form = {"text": _example_text(), "lang": "fr", "published": "2021-12-31"} if example else {}
    return render(request, "analyze_form.html", form=form, langs=LANGS, suffixes=UPLOAD_SUFFIXES)


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_submit(request: Request):
    form = await request.form()
    values = {"text": str(form.get("text") or ""), "lang": str(form.get("lang") or "auto"),
              "published": str(form.get("published") or ""), "title": str(form.get("title") or "")}
    upload = form.get("file")
    try:
        lang = check_lang(values["lang"])
        published = check_published(values["published"])
        raw = await upload.read() if upload is not None and hasattr(upload, "read") else b""
        notes: list[str] = []
        if raw:
            article, notes = await run_in_threadpool(article_from_upload, raw, upload.filename or "upload")
        elif values["text"].strip():
            article = Article(text=values["text"].replace("\r\n", "\n"))
        else:
            raise EmptyInput("paste an article or choose a file")
        from dataclasses import replace

        article = replace(article, lang=lang or article.lang, published=published or article.published,
                          title=values["title"].strip() or article.title)
        key, _ = await run_in_threadpool(run_analysis, request.app, article, notes)
    except NewsgraphError as error:
        from .errors import status_of, web_message

        return render(request, "analyze_form.html", status=status_of(error), form=values, langs=LANGS,
                      suffixes=UPLOAD_SUFFIXES, error=f"[{error.code}] {web_message(error)}")
    return RedirectResponse(f"/analyze/{key}", status_code=303)


def _article_page(request: Request, data: dict[str, Any], json_url: str, share_url: str):
    colors = entity_colors(data.get("entities") or [], data.get("quotes") or [])
    return render(request, "article.html", a=data, article=data["article"], text_html=article_html(data),
                  groups=who_said_what(data), name=name_of(data), colors=colors, json_url=json_url,
                  share_url=share_url)


@router.get("/analyze/{key}", response_class=HTMLResponse)
def analysis_page(request: Request, key: str):
    data = api.analysis_by_key(request, key)
    return _article_page(request, data, f"/api/analyses/{key}", str(request.url))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def stored_article_page(request: Request, article_id: str):
    data = api.article(request, article_id)
    return _article_page(request, data, f"/api/articles/{article_id}", str(request.url))


def _languages(request: Request) -> list[str]:
    return api.store_of(request).kept(queries.languages)


def _blank(value: Any) -> Any:
    return "" if value is None else value


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, about: str | None = Query(None, max_length=200),
                speaker: str | None = Query(None, max_length=200), lang: str | None = Query(None, max_length=8),
                since: date | None = None, until: date | None = None, limit: int = LIMIT, page: int = PAGE):
    result = api.quotes(request, about=about or None, speaker=speaker or None, lang=lang or None, since=since,
                        until=until, limit=limit, page=page)
    filters = {"about": about, "speaker": speaker, "lang": lang, "since": since, "until": until}
    return render(request, "quotes.html", result=result, filters={k: _blank(v) for k, v in filters.items()},
                  langs=_languages(request), page_url=lambda p: page_url(request, page=p),
                  json_url=f"/api/quotes?{request.url.query}")


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(request: Request, lang: str | None = Query(None, max_length=8), since: date | None = None,
                  until: date | None = None, limit: int = LIMIT, page: int = PAGE):
    result = api.speakers(request, lang=lang or None, since=since, until=until, limit=limit, page=page)
    filters = {"lang": lang, "since": since, "until": until}
    return render(request, "speakers.html", result=result, filters={k: _blank(v) for k, v in filters.items()},
                  langs=_languages(request), page_url=lambda p: page_url(request, page=p),
                  json_url=f"/api/speakers?{request.url.query}")


@router.get("/speakers/{key:path}", response_class=HTMLResponse)
def speaker_page(request: Request, key: str, limit: int = LIMIT, page: int = PAGE):
    result = api.speaker(request, key, limit=limit, page=page)
    return render(request, "speaker.html", result=result, page_url=lambda p: page_url(request, page=p),
                  json_url=f"/api/speakers/{key}?{request.url.query}")


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, type: str | None = Query(None, max_length=8),
                country: str | None = Query(None, max_length=3), name: str | None = Query(None, max_length=200),
                limit: int = LIMIT, page: int = PAGE):
    result = api.actors(request, type=type or None, country=country or None, name=name or None, limit=limit,
                        page=page)
    filters = {"type": type, "country": country, "name": name}
    return render(request, "actors.html", result=result, filters={k: _blank(v) for k, v in filters.items()},
                  page_url=lambda p: page_url(request, page=p), json_url=f"/api/actors?{request.url.query}")


@router.get("/actors/{key:path}", response_class=HTMLResponse)
def actor_page(request: Request, key: str, limit: int = LIMIT, page: int = PAGE):
    result = api.actor(request, key, limit=limit, page=page)
    return render(request, "actor.html", result=result, page_url=lambda p: page_url(request, page=p),
                  json_url=f"/api/actors/{key}?{request.url.query}")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, actor: str | None = Query(None, max_length=200),
                source: str | None = Query(None, max_length=200), target: str | None = Query(None, max_length=200),
                type: str | None = Query(None, max_length=16), status: str | None = Query(None, max_length=16),
                since: date | None = None, until: date | None = None, limit: int = LIMIT, page: int = PAGE):
    status = status or None
    if status not in (None, "asserted", "reported", "hypothetical", "negated"):
        from .errors import WebError

        raise WebError(422, f"unknown status {status!r}; choose asserted, reported, hypothetical or negated")
    result = api.events(request, actor=actor or None, source=source or None, target=target or None,
                        type=type or None, status=status, since=since, until=until, limit=limit, page=page)
    filters = {"actor": actor, "source": source, "target": target, "type": type, "status": status,
               "since": since, "until": until}
    return render(request, "events.html", result=result, filters={k: _blank(v) for k, v in filters.items()},
                  page_url=lambda p: page_url(request, page=p), json_url=f"/api/events?{request.url.query}")


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, limit: int = Query(60, ge=2, le=300), min_degree: int = Query(2, ge=1, le=50),
                 min_articles: int = Query(2, ge=1, le=1000)):
    graph = api.network(request, limit=limit, min_degree=min_degree, min_articles=min_articles)
    response = render(request, "network.html", graph=graph, limit=limit, min_degree=min_degree,
                      min_articles=min_articles, json_url=f"/api/network?{request.url.query}")
    # Cytoscape.js sets a style element on its container: this page alone allows inline style (not script)
    response.headers["content-security-policy"] = NETWORK_CSP
    return response


@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request):
    """The OpenAPI document, rendered here: FastAPI's own docs pages would load scripts from a CDN."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "params": params,
                               "body": "requestBody" in op})
    return render(request, "api.html", spec=spec, operations=operations, json_url="/api/openapi.json")
