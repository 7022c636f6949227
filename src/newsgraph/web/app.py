"""The ASGI app: server-rendered pages, each with a JSON twin under /api, one error shape everywhere.

    >>> from newsgraph.web.app import create_app
    >>> app = create_app()                      # the article page only
    >>> app = create_app("corpus.duckdb")       # plus the corpus pages, read through short read-only connections

Errors, whatever raised them, become ``{"error": {"status", "code", "message"}}`` under /api and the
same fields rendered as a page elsewhere, always with the HTTP status.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import NewsgraphError
from .errors import STATUS_OF_ERROR, WebError, error_body, status_of, web_message  # noqa: F401 (re-exported)
from .service import AnalysisCache

HERE = Path(__file__).resolve().parent
MAX_BODY_BYTES = 5 * 1024 * 1024
log = logging.getLogger("newsgraph.web")

# Pages get no inline script or style, and nothing from another origin.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413, declared (Content-Length) or streamed."""

    def __init__(self, app, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(scope, send)
        if declared is not None:
            return await self.app(scope, receive, send)  # the server holds the client to its Content-Length
        # No declared length (chunked): read it all here, up to the limit, then hand it on.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return await self._refuse(scope, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope, send):
        message = f"the request body is over the limit of {self.limit // (1024 * 1024)} MB; send a smaller article"
        body = error_body(413, "E005", message)
        if scope["path"].startswith("/api"):
            response = JSONResponse(body, status_code=413)
        else:
            response = HTMLResponse(f"<!doctype html><title>413</title><h1>413</h1><p>{message}</p>", status_code=413)
        await response({"type": "http"}, _empty_receive, send)


async def _empty_receive():
    return {"type": "http.disconnect"}


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, with_headers)


class HostCheck:
    """Answers only requests addressed to one of ``allowed`` hosts: a page elsewhere cannot reach a
    loopback server through DNS rebinding."""

    def __init__(self, app, allowed: set[str]):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.allowed:
                response = JSONResponse(error_body(400, "HTTP400", f"unexpected Host header {host!r}"), 400)
                return await response(scope, receive, send)
        await self.app(scope, receive, send)


LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]"}


def create_app(db_path: str | Path | None = None, *, analyzer: Callable[..., Any] | None = None,
               max_body: int = MAX_BODY_BYTES, allowed_hosts: set[str] | None = None) -> FastAPI:
    """The web app. ``db_path`` adds the corpus pages over a DuckDB read through short read-only connections
    (one per request, so `newsgraph ingest` can write between requests);
    ``analyzer`` replaces ``newsgraph.analyze`` (tests give a stub that needs no model);
    ``allowed_hosts`` limits the Host names answered (`newsgraph serve` gives the loopback names)."""
    from . import api, pages, voices

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Who is named, who said what, who did what to whom. Every HTML page has a JSON twin "
                    "here; errors are `{\"error\": {\"status\", \"code\", \"message\"}}` with the HTTP status.",
        docs_url=None, redoc_url=None,  # their pages load from a CDN; /api renders the spec itself
        openapi_url="/api/openapi.json",
    )
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.globals.update(version=__version__)
    app.state.analyses = AnalysisCache()
    if analyzer is None:
        from .. import analyze as analyzer
    app.state.analyzer = analyzer
    app.state.store = None
    if db_path is not None:
        from ..store.db import Reader

        app.state.store = Reader(db_path)
    app.state.templates.env.globals.update(has_corpus=app.state.store is not None)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(voices.api_router)  # /voices and /api/voices (web/voices.py)
    app.include_router(voices.page_router)
    _install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=max_body)
    if allowed_hosts:
        app.add_middleware(HostCheck, allowed=set(allowed_hosts))
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def render_error(request: Request, status: int, code: str, message: str):
    if _wants_json(request):
        return JSONResponse(error_body(status, code, message), status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "code": code, "message": message},
                                      status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def _web_error(request: Request, error: WebError):
        return render_error(request, error.status, error.code, error.message)

    @app.exception_handler(NewsgraphError)
    async def _library_error(request: Request, error: NewsgraphError):
        return render_error(request, status_of(error), error.code, web_message(error))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException):
        message = error.detail if isinstance(error.detail, str) else "request failed"
        if error.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return render_error(request, error.status_code, f"HTTP{error.status_code}", message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError):
        problems = []
        for item in error.errors():
            where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("body", "query", "path"))
            problems.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
        return render_error(request, 422, "HTTP422", "invalid request: " + "; ".join(problems))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return render_error(request, 500, "E099", f"internal error ({type(error).__name__}); see the server log")
