"""The Voices page and its JSON twins: whose voices the corpus carries, by gender and kind of source.

Its data comes from ``newsgraph.store.voices`` (the same calls as `newsgraph query voices`); the
charts are SVG drawn here on the server, so the page loads nothing from anywhere else. Every count
links to the quotes behind it: ``/voices/quotes`` (JSON: ``/api/voices/quotes``), filtered by speaker
gender, source kind, outlet, month, language and speaker.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from ..model import SOURCE_KINDS
from ..store import voices as store_voices

api_router = APIRouter(prefix="/api", tags=["api"])
page_router = APIRouter(include_in_schema=False)

Gender = Literal["f", "m", "unknown"]
Kind = Literal["person", "role", "anonymous", "organisation", "country", "group"]


def _call(request: Request, function, **kwargs):
    """Run one store.voices function on a cursor of the server's read-only corpus connection."""
    from .api import corpus_of

    corpus = corpus_of(request)
    with corpus._lock:  # a cursor per query: DuckDB connections are not shared between threads
        cursor = corpus._con.cursor()
    try:
        return function(cursor, **kwargs)
    finally:
        cursor.close()


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def quotes_url(**filters: Any) -> str:
    """The address of the quotes behind one count of the page."""
    return "/voices/quotes?" + urlencode({k: v for k, v in filters.items() if v not in (None, "")})


@api_router.get("/voices", summary="Whose voices: people quoted by gender, share of women, source kinds")
def voices_json(request: Request, since: date | None = None, until: date | None = None,
                lang: str | None = Query(None, max_length=8),
                top: int = Query(10, ge=1, le=100, description="how many women and men to list")) -> dict[str, Any]:
    """The Voices page's data. A *voice* is one speaker quoted in one article; *people* are the voices
    of kind person (named) or role (one unnamed official). `share_f` is women among people of known
    gender, with a 95 % Wilson interval (`share_f_low`, `share_f_high`); per month and per outlet too."""
    return _call(request, store_voices.page, since=_iso(since), until=_iso(until), lang=lang or None, top_n=top)


@api_router.get("/voices/quotes", summary="The quotes behind a count of the Voices page")
def voices_quotes_json(request: Request, gender: Gender | None = None, kind: Kind | None = None,
                       outlet: str | None = Query(None, max_length=200),
                       month: str | None = Query(None, pattern=r"^(\d{4}-\d\d|unknown)$"),
                       lang: str | None = Query(None, max_length=8), speaker: str | None = Query(None, max_length=300),
                       since: date | None = None, until: date | None = None,
                       page: int = Query(1, ge=1, le=100_000), per_page: int = Query(25, ge=1, le=200)
                       ) -> dict[str, Any]:
    """Quotes, newest first, of the voices that match: speaker gender (people only), source kind,
    outlet, month (YYYY-MM), language, speaker key. Each carries its speaker's gender and evidence."""
    import json
    import math

    table = _call(request, store_voices.quotes, gender=gender, source_kind=kind, outlet=outlet or None,
                  month=month or None, lang=lang or None, speaker=speaker or None, since=_iso(since),
                  until=_iso(until), limit=per_page, offset=(page - 1) * per_page)
    items = []
    total = 0
    for row in table.dicts():
        total = row.pop("total")
        row["date"] = _iso(row["date"])
        row["gender_evidence"] = json.loads(row["gender_evidence"]) if row["gender_evidence"] else []
        items.append(row)
    filters = {"gender": gender, "kind": kind, "outlet": outlet, "month": month, "lang": lang, "speaker": speaker,
               "since": _iso(since), "until": _iso(until)}
    return {"items": items, "page": page, "per_page": per_page, "total": total,
            "pages": max(1, math.ceil(total / per_page)), "filters": filters}


@page_router.get("/voices", response_class=HTMLResponse)
def voices_page(request: Request, since: date | None = None, until: date | None = None,
                lang: str | None = Query(None, max_length=8)):
    from .api import corpus_of
    from .pages import render

    data = voices_json(request, since=since, until=until, lang=lang, top=10)
    base = {"since": _iso(since), "until": _iso(until), "lang": lang or None}
    return render(request, "voices.html", v=data, base=base, kinds=SOURCE_KINDS,
                  link=lambda **f: quotes_url(**base, **f),
                  month_chart=share_chart(data["by_month"], "month", base),
                  outlet_chart=outlet_chart(data["by_outlet"], base),
                  kinds_chart=kinds_chart(data["kinds"], base),
                  langs=corpus_of(request).languages(),
                  filters={k: v or "" for k, v in base.items()},
                  json_url="/api/voices" + (f"?{request.url.query}" if request.url.query else ""))


@page_router.get("/voices/quotes", response_class=HTMLResponse)
def voices_quotes_page(request: Request, gender: Gender | None = None, kind: Kind | None = None,
                       outlet: str | None = Query(None, max_length=200),
                       month: str | None = Query(None, pattern=r"^(\d{4}-\d\d|unknown)$"),
                       lang: str | None = Query(None, max_length=8), speaker: str | None = Query(None, max_length=300),
                       since: date | None = None, until: date | None = None,
                       page: int = Query(1, ge=1, le=100_000), per_page: int = Query(25, ge=1, le=200)):
    from .pages import page_url, render

    result = voices_quotes_json(request, gender=gender, kind=kind, outlet=outlet, month=month, lang=lang,
                                speaker=speaker, since=since, until=until, page=page, per_page=per_page)
    return render(request, "voices_quotes.html", result=result,
                  shown={k: v for k, v in result["filters"].items() if v},
                  page_url=lambda p: page_url(request, page=p),
                  json_url=f"/api/voices/quotes?{request.url.query}")


# --- charts: SVG drawn on the server ---------------------------------------------------------------

WIDTH = 760
F_COLOR, CI_COLOR, GRID = "#b0306a", "#b0306a", "#d8dce0"
DASH = ' stroke-dasharray="4 3"'  # the parity line


def _pct(x: float | None) -> str:
    return "?" if x is None else f"{100 * x:.0f} %"


def _tip(label: str, row: dict[str, Any]) -> str:
    known = row["people_f"] + row["people_m"]
    return (f"{label}: {row['people_f']} women of {known} people of known gender ({_pct(row['share_f'])}, "
            f"95 % interval {_pct(row['share_f_low'])}–{_pct(row['share_f_high'])}); "
            f"{row['people_unknown']} of unknown gender")


def share_chart(rows: list[dict[str, Any]], by: str, base: dict[str, Any]) -> Markup:
    """The share of women among people quoted, one point per month with its 95 % interval."""
    points = [r for r in rows if r["share_f"] is not None and r[by] != "unknown"]
    height, left, right, top, bottom = 260, 48, 16, 16, 46
    inner_w, inner_h = WIDTH - left - right, height - top - bottom
    out = [f'<svg class="chart share-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="share-chart-title">',
           '<title id="share-chart-title">Share of women among people quoted, by month, with 95 % intervals</title>']
    y = lambda v: top + inner_h * (1 - v)  # noqa: E731
    for tick in (0, .25, .5, .75, 1):
        out.append(f'<line x1="{left}" x2="{WIDTH - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="{GRID}"'
                   f'{DASH if tick == .5 else ""}/>')
        out.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11" fill="#555">'
                   f'{int(tick * 100)} %</text>')
    if not points:
        out.append(f'<text x="{WIDTH / 2}" y="{height / 2}" text-anchor="middle" fill="#777">'
                   'no person of known gender quoted</text></svg>')
        return Markup("".join(out))
    step = inner_w / max(1, len(points))
    x = lambda i: left + step * (i + .5)  # noqa: E731
    line = " ".join(f"{x(i):.1f},{y(p['share_f']):.1f}" for i, p in enumerate(points))
    out.append(f'<polyline class="share-line" points="{line}" fill="none" stroke="{F_COLOR}" stroke-width="1.5"/>')
    every = max(1, round(len(points) / 12))
    for i, p in enumerate(points):
        label = str(p[by])
        href = escape(quotes_url(**base, **{by: label}, gender="f"))
        out.append(f'<a class="point" href="{href}"><title>{escape(_tip(label, p))}</title>'
                   f'<line x1="{x(i):.1f}" x2="{x(i):.1f}" y1="{y(p["share_f_low"]):.1f}" '
                   f'y2="{y(p["share_f_high"]):.1f}" stroke="{CI_COLOR}" stroke-opacity=".45" stroke-width="3"/>'
                   f'<circle cx="{x(i):.1f}" cy="{y(p["share_f"]):.1f}" r="4" fill="{F_COLOR}"/></a>')
        if i % every == 0:
            out.append(f'<text x="{x(i):.1f}" y="{height - bottom + 16}" text-anchor="middle" font-size="11" '
                       f'fill="#555">{escape(label)}</text>')
    out.append(f'<text x="{left}" y="{height - 8}" font-size="11" fill="#555">dots: share of women; bars: 95 % '
               'Wilson interval; dashed: parity</text></svg>')
    return Markup("".join(out))


def outlet_chart(rows: list[dict[str, Any]], base: dict[str, Any], limit: int = 15) -> Markup:
    """The share of women per outlet (the outlets with most people quoted), with 95 % intervals."""
    shown = [r for r in rows if r["share_f"] is not None][:limit]
    row_h, left, right, top = 26, 190, 150, 22
    height = top + row_h * max(1, len(shown)) + 28
    inner_w = WIDTH - left - right
    x = lambda v: left + inner_w * v  # noqa: E731
    out = [f'<svg class="chart outlet-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="outlet-chart-title">',
           '<title id="outlet-chart-title">Share of women among people quoted, by outlet, with 95 % intervals</title>']
    for tick in (0, .25, .5, .75, 1):
        out.append(f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{top - 6}" y2="{height - 24}" stroke="{GRID}"'
                   f'{DASH if tick == .5 else ""}/>'
                   f'<text x="{x(tick):.1f}" y="{top - 9}" text-anchor="middle" font-size="11" fill="#555">'
                   f'{int(tick * 100)} %</text>')
    if not shown:
        out.append(f'<text x="{WIDTH / 2}" y="{top + 18}" text-anchor="middle" fill="#777">'
                   'no person of known gender quoted</text>')
    for i, r in enumerate(shown):
        cy = top + row_h * i + row_h / 2
        name = str(r["outlet"])
        href = escape(quotes_url(**base, outlet=name, gender="f"))
        out.append(f'<a class="bar-row" href="{href}"><title>{escape(_tip(name, r))}</title>'
                   f'<text x="{left - 8}" y="{cy + 4:.1f}" text-anchor="end" font-size="12" fill="#222">'
                   f'{escape(name[:28])}</text>'
                   f'<rect x="{left}" y="{cy - 7:.1f}" width="{inner_w * r["share_f"]:.1f}" height="14" '
                   f'fill="{F_COLOR}" fill-opacity=".75"/>'
                   f'<line x1="{x(r["share_f_low"]):.1f}" x2="{x(r["share_f_high"]):.1f}" y1="{cy:.1f}" y2="{cy:.1f}" '
                   f'stroke="#222" stroke-width="1.5"/>'
                   f'<text x="{WIDTH - right + 8}" y="{cy + 4:.1f}" font-size="11" fill="#555">'
                   f'{_pct(r["share_f"])} of {r["people_f"] + r["people_m"]}</text></a>')
    out.append(f'<text x="{left}" y="{height - 6}" font-size="11" fill="#555">bars: share of women; lines: 95 % '
               'Wilson interval; dashed: parity</text></svg>')
    return Markup("".join(out))


KIND_COLORS = {"person": "#2c6fbb", "role": "#5aa0d8", "anonymous": "#888888", "organisation": "#e08a00",
               "country": "#6b3fa0", "group": "#3a9a5b"}


def kinds_chart(kinds: list[dict[str, Any]], base: dict[str, Any]) -> Markup:
    """One stacked bar: the voices of each source kind."""
    total = sum(k["voices"] for k in kinds)
    height = 54
    out = [f'<svg class="chart kinds-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="kinds-chart-title">',
           '<title id="kinds-chart-title">Voices by kind of source</title>']
    x = 0.0
    for k in kinds:
        if not total or not k["voices"]:
            continue
        w = WIDTH * k["voices"] / total
        href = escape(quotes_url(**base, kind=k["kind"]))
        out.append(f'<a class="kind-part" href="{href}"><title>{k["kind"]}: {k["voices"]} voices '
                   f'({100 * k["voices"] / total:.0f} %)</title><rect x="{x:.1f}" y="4" width="{w:.1f}" height="26" '
                   f'fill="{KIND_COLORS[k["kind"]]}"/></a>')
        x += w
    for i, k in enumerate(kinds):  # the legend, one entry per kind, under the bar
        lx = 4 + i * (WIDTH / len(kinds))
        out.append(f'<rect x="{lx:.1f}" y="38" width="10" height="10" fill="{KIND_COLORS[k["kind"]]}"/>'
                   f'<text x="{lx + 14:.1f}" y="47" font-size="11" fill="#333">{k["kind"]} {k["voices"]}</text>')
    out.append("</svg>")
    return Markup("".join(out))
