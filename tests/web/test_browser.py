"""A real browser on the real server: Debian's chromium driven by Playwright (never `playwright install`).

Skips, saying why, when chromium or Playwright is missing (`make browser-deps` installs chromium).
Screenshots go to tests/artifacts/.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from .helpers import ARTIFACTS

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM") or shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
PSAKI_PARAGRAPHS = ("Il a clairement indiqué", "Le président Biden a également exprimé",
                    "Le président Biden a réitéré")


@contextmanager
def serving(app):
    """The app on a free loopback port, in a thread, for the duration of the block."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("chromium not installed (run `make browser-deps`, or set NEWSGRAPH_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def test_paste_the_seed_and_see_who_said_what(page, seed_text):
    from newsgraph.web.app import create_app

    from newsgraph.nlp import load_pipeline

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    load_pipeline("fr")  # as `newsgraph serve` does at start
    with serving(create_app()) as base:
        page.goto(f"{base}/analyze")
        page.fill("#text", seed_text)
        page.select_option("#lang", "fr")
        page.fill("#published", "2021-12-31")
        with page.expect_navigation(timeout=300_000):  # the analysis may wait for the model to load
            page.click("#submit")
        page.wait_for_selector("#who-said-what")  # the first analysis loads the model

        group = page.locator(".speaker-group").filter(has=page.locator(".speaker-name", has_text="Jen Psaki"))
        assert group.count() == 1, "the who-said-what panel has no Jen Psaki"
        said = group.text_content()
        for opening in PSAKI_PARAGRAPHS:
            assert opening in said, f"Psaki's quote paragraph {opening!r} is not listed under her name"
        psaki = group.get_attribute("data-entity")
        assert psaki

        mentions = page.locator(f'#article-text .m[data-entity="{psaki}"]')
        assert mentions.count() >= 1
        assert page.locator("#article-text .m.hl").count() == 0
        quote = page.locator("#article-text mark.q.qs").filter(has_text=PSAKI_PARAGRAPHS[0]).first
        if quote.count() == 0:  # the quote may start elsewhere and hold the paragraph
            quote = page.locator(f'#article-text mark.q[data-speaker~="{psaki}"]').first
        quote.click()
        page.wait_for_selector("#article-text .m.hl")
        for i in range(mentions.count()):
            assert "hl" in mentions.nth(i).get_attribute("class").split(), \
                f"mention {mentions.nth(i).text_content()!r} of Psaki is not highlighted"
        highlighted = page.locator("#article-text .m.hl")
        assert {highlighted.nth(i).get_attribute("data-entity") for i in range(highlighted.count())} == {psaki}
        assert page.locator(".speaker-group.active").get_attribute("data-entity") == psaki
        page.screenshot(path=str(ARTIFACTS / "browser-article.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(ARTIFACTS / "browser-article-phone.png"))
        assert not page.errors, page.errors


def test_network_is_drawn_from_the_vendored_library(page, corpus_db, stub):
    from newsgraph.web.app import create_app

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serving(create_app(corpus_db, analyzer=stub)) as base:
        page.goto(f"{base}/network")
        page.wait_for_selector("#graph canvas", timeout=20_000)
        assert page.evaluate("typeof cytoscape") == "function"
        page.screenshot(path=str(ARTIFACTS / "browser-network.png"))
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{base}/articles/hostile")  # <script>, onmouseover=, onclick= in its text and names
        page.hover("#article-text mark.q")
        page.click("#article-text .m")
        assert page.locator("#article-text").text_content().startswith('Le maire "><script>alert(1)</script>')
        assert dialogs == [], "script from the article ran"
        assert not page.errors, page.errors


def test_voices_page_draws_the_chart_and_the_top_lists(page, tmp_path):
    """The Voices page over a small corpus: the SVG charts and both top lists are drawn, and a point of
    the chart leads to the quotes behind it. The screenshot is the README's (docs/img/web-voices.png)."""
    from newsgraph.web.app import create_app
    from store import voices_corpus

    db = tmp_path / "voices.duckdb"
    voices_corpus.build(db)
    with serving(create_app(db, analyzer=lambda *a, **k: None)) as base:
        page.goto(f"{base}/voices")
        chart = page.locator("#chart-month svg")
        assert chart.count() == 1
        box = chart.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 150, box
        assert page.locator("#chart-month svg circle").count() == 3
        assert page.locator("#chart-outlet svg rect").count() == 4
        women = page.locator("#top-women li")
        men = page.locator("#top-men li")
        assert women.count() == 2 and "Anne Dubois" in women.first.text_content()
        assert men.count() == 2 and "Paul Roy" in men.first.text_content()
        assert "46 %" in page.locator("#voices-headline").text_content()  # 6 women of 13 people of known gender
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(DOCS_IMG / "web-voices.png"), full_page=True)
        page.locator("#chart-month svg a.point").first.click()
        page.wait_for_selector("#voices-quotes")
        assert page.locator("#voices-quotes .quote-row").count() == 2  # January: Anne Dubois, twice in v1
        assert not page.errors, page.errors
