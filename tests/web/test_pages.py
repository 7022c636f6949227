"""The article page, in process: markup of mentions and quotes, escaping, sharing, no outside resources."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from newsgraph.web.markup import article_html

from .helpers import HOSTILE, Stub, hostile_dict

WEB = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "web"


class Collect(HTMLParser):
    """Tags with their attributes, and the script elements' bodies."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def parse(html: str) -> Collect:
    collect = Collect()
    collect.feed(html)
    return collect


def submit(client, text: str, **fields) -> str:
    response = client.post("/analyze", data={"text": text, "lang": "fr", **fields}, follow_redirects=False)
    assert response.status_code == 303, response.text[:300]
    return response.headers["location"]


def test_form_page(client):
    page = client.get("/analyze")
    assert page.status_code == 200
    assert '<textarea id="text" name="text"' in page.text
    assert 'type="file"' in page.text and 'name="published"' in page.text
    example = client.get("/analyze?example=1")
    assert "Jen Psaki" in example.text


def test_article_page_marks_mentions_and_quotes(client, seed_text, gold_dict):
    where = submit(client, seed_text, published="2021-12-31")
    page = client.get(where)
    assert page.status_code == 200
    tags = parse(page.text).tags
    psaki = next(e["id"] for e in gold_dict["entities"] if e["name"] == "Jen Psaki")
    mentions = [a for t, a in tags if t == "span" and a.get("data-entity") == psaki]
    assert len(mentions) == 2  # "Jen Psaki" and "Elle"
    quotes = {a["data-quote"] for t, a in tags if t == "mark" and psaki in a.get("data-speaker", "").split()}
    assert len(quotes) >= 4
    assert any(t == "span" and "data-cue-of" in a for t, a in tags)
    # the panel: Psaki's group with her descriptor and her quotes
    group = page.text[page.text.index(f'id="who-{psaki}"'):]
    group = group[:group.index("</section>")]
    assert "Jen Psaki" in group and "porte-parole de la Maison Blanche" in group
    for start in ("Il a clairement indiqué", "Le président Biden a également exprimé", "Le président Biden a réitéré"):
        assert start in group
    assert "-THREATEN-&gt;" in page.text and "2021-12-30" in page.text and "100 000 soldats" in page.text


def test_marked_text_is_the_article_text(gold_dict):
    html = str(article_html(gold_dict))
    visible = re.sub(r'<a class="who[^>]*>[^<]*</a>', "", html)
    visible = re.sub(r"<[^>]+>", "", visible)
    import html as htmllib

    assert htmllib.unescape(visible) == gold_dict["article"]["text"]


def test_overlapping_and_invalid_spans_do_not_break_the_markup(gold_dict):
    import copy

    data = copy.deepcopy(gold_dict)
    text = data["article"]["text"]
    data["quotes"].append({"id": "qx", "kind": "direct", "start": 5, "end": 30, "text": text[5:30],
                           "speaker": None, "speaker_mention": None, "cue": {"start": 10, "end": 99999, "text": "?"}})
    data["quotes"].append({"id": "qy", "kind": "direct", "start": -4, "end": 3, "text": "", "speaker": "nobody"})
    html = str(article_html(data))
    assert html.count("<mark") == html.count("</mark>") and html.count("<span") == html.count("</span>")


def test_share_link_and_json_twin(client, seed_text):
    where = submit(client, seed_text, published="2021-12-31")
    key = where.rsplit("/", 1)[1]
    twin = client.get(f"/api/analyses/{key}").json()
    assert twin["article"]["text"] == seed_text and twin["article"]["published"] == "2021-12-31"
    assert f'href="/api/analyses/{key}"' in client.get(where).text
    assert submit(client, seed_text, published="2021-12-31") == where  # same input, same address
    assert submit(client, seed_text, published="2022-01-01") != where
    gone = client.get("/analyze/ffffffffffffffff")
    assert gone.status_code == 404 and "analyze the article again" in gone.text


def test_form_errors_are_shown_on_the_form(client):
    response = client.post("/analyze", data={"text": "  ", "lang": "fr"})
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "E001" in response.text
    response = client.post("/analyze", data={"text": "Bonjour.", "published": "hier"})
    assert response.status_code == 422 and "ISO 8601" in response.text


def test_upload_on_the_page(client, seed_text):
    response = client.post("/analyze", files={"file": ("seed.txt", seed_text.encode())},
                           data={"lang": "fr", "published": "2021-12-31"}, follow_redirects=True)
    assert response.status_code == 200 and "Jen Psaki" in response.text


def test_hostile_text_and_names_are_escaped(gold_dict):
    """<script> and attribute-breaking quotes in the text, the entity names, ids, keys and title."""
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    stub = Stub(hostile_dict())
    with TestClient(create_app(analyzer=stub), raise_server_exceptions=False) as client:
        where = client.post("/analyze", data={"text": HOSTILE, "title": '<script>alert("title")</script>'},
                            follow_redirects=False).headers["location"]
        page = client.get(where)
    html = page.text
    assert page.status_code == 200
    parsed = parse(html)
    # only our own scripts, all from /static, none inline
    assert all(a.get("src", "").startswith("/static/") for t, a in parsed.tags if t == "script")
    assert not any(s.strip() for s in parsed.scripts)
    # no element got an event-handler attribute, whatever the names and ids held
    assert not any(k.startswith("on") for _, a in parsed.tags for k in a)
    assert not any(t in {"img", "b"} for t, _ in parsed.tags)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;script&gt;" in html or "&quot;&gt;&lt;script&gt;" in html
    # the hostile id stays one attribute value
    assert any(a.get("data-entity") == 'e0" onclick="alert(3)' for t, a in parsed.tags)


def test_security_headers(client):
    response = client.get("/analyze")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_nothing_is_loaded_from_elsewhere(client):
    """Offline: templates and our scripts reference no other origin; vendored code comes with its license."""
    for path in list((WEB / "templates").glob("*.html")) + [WEB / "static" / "app.js", WEB / "static" / "network.js",
                                                             WEB / "static" / "app.css"]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), path
        assert "@import" not in text and "url(http" not in text, path
    vendor = WEB / "static" / "vendor" / "cytoscape"
    assert (vendor / "cytoscape.min.js").stat().st_size > 100_000
    assert "Permission is hereby granted" in (vendor / "LICENSE").read_text(encoding="utf-8")
    assert client.get("/static/vendor/cytoscape/cytoscape.min.js").status_code == 200


def test_serve_command_defaults_to_loopback():
    from click.testing import CliRunner

    from newsgraph.cli.main import cli
    from newsgraph.cli.serve import command

    params = {p.name: p.default for p in command.params}
    assert params["host"] == "127.0.0.1"
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--db" in result.output and "Example" in result.output


def _spans(draw, st, size):
    start = draw(st.integers(0, size))
    return start, draw(st.integers(start, size))


def test_markup_of_any_spans_is_the_escaped_text():
    """Whatever the text and however the spans overlap or nest, the markup shows exactly the text."""
    import html as htmllib

    from hypothesis import given, settings
    from hypothesis import strategies as st

    @st.composite
    def analyses(draw):
        text = draw(st.text(alphabet=st.sampled_from(list("ab <>&\"'«»\n")), min_size=1, max_size=60))
        size = len(text)
        entities = []
        for i in range(draw(st.integers(0, 3))):
            mentions = []
            for _ in range(draw(st.integers(1, 3))):
                s, e = _spans(draw, st, size)
                mentions.append({"start": s, "end": e, "text": text[s:e]})
            entities.append({"id": f'e{i}"<', "type": "PERSON", "name": f"<N{i}>\"'", "mentions": mentions})
        quotes = []
        for i in range(draw(st.integers(0, 3))):
            s, e = _spans(draw, st, size)
            cs, ce = _spans(draw, st, size)
            quotes.append({"id": f"q{i}", "kind": "direct", "start": s, "end": e, "text": text[s:e],
                           "speaker": entities[0]["id"] if entities and draw(st.booleans()) else None,
                           "cue": {"start": cs, "end": ce, "text": text[cs:ce]}, "speaker_mention": None})
        return {"article": {"text": text}, "entities": entities, "quotes": quotes}

    @settings(max_examples=200, deadline=None)
    @given(analyses())
    def check(data):
        html = str(article_html(data))
        assert html.count("<mark") == html.count("</mark>")
        assert html.count("<span") == html.count("</span>")
        visible = re.sub(r'<a class="who[^>]*>[^<]*</a>', "", html)
        visible = re.sub(r"<[^>]+>", "", visible)
        assert "<" not in visible and ">" not in visible and '"' not in visible
        assert htmllib.unescape(visible) == data["article"]["text"]
        parse(html)  # well-formed enough for a parser

    check()
