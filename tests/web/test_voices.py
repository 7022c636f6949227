"""The Voices page and its JSON twins, in process, over the hand-made voices corpus."""
from __future__ import annotations

import re
from html import unescape

import pytest

from newsgraph.store import connect
from newsgraph.store import voices as store_voices
from store import voices_corpus


@pytest.fixture(scope="module")
def voices_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web-voices") / "voices.duckdb"
    voices_corpus.build(path)
    return path


@pytest.fixture()
def voices_client(voices_db):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    with TestClient(create_app(voices_db, analyzer=lambda *a, **k: None), raise_server_exceptions=False) as c:
        yield c


def test_api_voices_is_the_store_query(voices_client, voices_db):
    data = voices_client.get("/api/voices").json()
    con = connect(voices_db, read_only=True)
    assert data == store_voices.page(con)
    con.close()
    assert (data["overall"]["people_f"], data["overall"]["people_m"], data["overall"]["people_unknown"]) == (6, 7, 1)
    assert [r["month"] for r in data["by_month"]] == ["2022-01", "2022-02", "2022-03", "unknown"]
    assert [p["speaker_key"] for p in data["top_f"]] == ["person:anne dubois", "person:julie martin"]
    assert [p["speaker_key"] for p in data["top_m"]] == ["person:paul roy", "person:jean tremblay"]
    assert {k["kind"]: k["voices"] for k in data["kinds"]} == {
        "person": 13, "role": 1, "anonymous": 1, "organisation": 1, "country": 1, "group": 1}
    feb = voices_client.get("/api/voices?since=2022-02-01&until=2022-02-28").json()
    assert feb["overall"]["people_f"] == 3


def test_voices_page_draws_the_charts_the_lists_and_links_every_count(voices_client):
    page = voices_client.get("/voices")
    assert page.status_code == 200
    html = page.text
    assert html.count("<svg") == 3  # by month, by outlet, kinds
    month_chart = html[html.index('id="chart-month"'):html.index('id="chart-outlet"')]
    assert month_chart.count("<circle") == 3  # the three dated months with people of known gender
    assert month_chart.count('href="/voices/quotes?') == 3
    outlet_chart = html[html.index('id="chart-outlet"'):html.index('id="top-women"')]
    assert outlet_chart.count("<rect") == 4  # Le Devoir, La Presse, lemonde.fr, unknown
    women = html[html.index('id="top-women"'):html.index('id="top-men"')]
    assert "Anne Dubois" in women and "Julie Martin" in women and "Paul Roy" not in women
    assert 'href="/api/voices"' in html
    assert "https://" not in re.sub(r'href="https://www\.lemonde\.fr[^"]*"', "", html)  # nothing from elsewhere
    # every count links to its quotes, and the link gives exactly that many quotes
    links = {unescape(m) for m in re.findall(r'href="(/voices/quotes\?[^"]+)"', html)}
    assert "/voices/quotes?gender=f" in links and "/voices/quotes?kind=anonymous" in links
    assert "/voices/quotes?outlet=Le+Devoir&gender=f" in links
    assert voices_client.get("/api/voices/quotes?gender=f").json()["total"] == 8  # quotes_f
    assert voices_client.get("/api/voices/quotes?kind=group").json()["total"] == 2


def test_the_quotes_behind_a_count_carry_the_gender_evidence(voices_client):
    data = voices_client.get("/api/voices/quotes?gender=f&outlet=Le+Devoir&per_page=2").json()
    assert (data["total"], data["pages"], len(data["items"])) == (4, 2, 2)
    assert all(q["gender"] == "f" and q["outlet"] == "Le Devoir" for q in data["items"])
    anne = voices_client.get("/api/voices/quotes?speaker=person:anne+dubois").json()["items"]
    assert len(anne) == 4
    assert all(q["gender_evidence"] and {s["text"] for s in q["gender_evidence"]} == {"Mme"} for q in anne)
    page = voices_client.get("/voices/quotes?gender=f&month=2022-02")
    assert page.status_code == 200
    assert page.text.count('class="quote-row"') == 3  # Julie Martin, la ministre, Anne Dubois in February
    assert "«Mme»" in page.text and 'href="/api/voices/quotes?gender=f&amp;month=2022-02"' in page.text


def test_bad_filters_are_422_and_no_corpus_is_404(voices_client):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    assert voices_client.get("/api/voices/quotes?gender=x").status_code == 422
    assert voices_client.get("/api/voices/quotes?kind=celebrity").status_code == 422
    assert voices_client.get("/api/voices/quotes?month=march").status_code == 422
    bare = TestClient(create_app(analyzer=lambda *a, **k: None), raise_server_exceptions=False)
    response = bare.get("/api/voices")
    assert response.status_code == 404 and response.json()["error"]["code"] == "HTTP404"


def test_article_page_shows_each_persons_gender_and_its_evidence(voices_client):
    page = voices_client.get("/articles/v1").text
    panel = page[page.index('id="who-said-what"'):]
    anne = panel[panel.index('id="who-e1"'):panel.index('id="who-e2"')]
    assert 'class="gender g-f"' in anne and "from the honorific" in anne
    assert re.search(r'<span class="evidence" data-start="0" data-end="3"[^>]*>«Mme»</span>', anne)
    assert "person" in anne  # its source kind
    source = panel[panel.index('id="who-e3"'):]
    assert "anonymous" in source and 'class="gender' not in source.split("</section>")[0]


def test_voices_is_in_the_openapi_document(voices_client):
    paths = voices_client.get("/api/openapi.json").json()["paths"]
    assert "/api/voices" in paths and "/api/voices/quotes" in paths


def test_an_empty_corpus_still_draws_the_page(tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.store import StoreWriter
    from newsgraph.web.app import create_app

    with StoreWriter(tmp_path / "empty.duckdb"):
        pass
    with TestClient(create_app(tmp_path / "empty.duckdb", analyzer=lambda *a, **k: None),
                    raise_server_exceptions=False) as client:
        page = client.get("/voices")
        assert page.status_code == 200 and "No person of known gender is quoted here." in page.text
        data = client.get("/api/voices").json()
        assert data["overall"]["people"] == 0 and data["overall"]["share_f"] is None
        assert data["by_month"] == [] and data["top_f"] == []
