"""The JSON API, in process: contract output, the one error shape, the body limit, OpenAPI."""
from __future__ import annotations

import pytest

from .helpers import HOSTILE

SEED_PUBLISHED = "2021-12-31"

USHAKOV_QUOTE = "Ce serait une erreur colossale qui entraînerait de graves conséquences"


@pytest.fixture(scope="module")
def real_client():
    """The app with the real analyzer (loads the French model once for this module)."""
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


def assert_error_shape(response, status: int):
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] and body["error"]["message"]
    return body["error"]


# ---- with the real pipeline -------------------------------------------------------------------------

def test_seed_names_ushakov_as_speaker(real_client, seed_text):
    response = real_client.post("/api/analyze", json={"text": seed_text, "lang": "fr", "published": SEED_PUBLISHED})
    assert response.status_code == 200, response.text
    data = response.json()
    names = {e["id"]: e["name"] for e in data["entities"]}
    speakers = [names.get(q["speaker"]) for q in data["quotes"] if USHAKOV_QUOTE in q["text"]]
    assert speakers, f"no quote holds {USHAKOV_QUOTE!r}"
    assert any(s and "Ushakov" in s for s in speakers), speakers


def test_analyze_returns_the_contract(real_client, seed_text, contract_schema):
    import jsonschema

    response = real_client.post("/api/analyze", json={"text": seed_text, "published": SEED_PUBLISHED})
    assert response.status_code == 200
    data = response.json()
    jsonschema.validate(data, contract_schema)
    assert data["article"]["text"] == seed_text
    assert data["article"]["lang"] == "fr"
    for q in data["quotes"]:
        assert seed_text[q["start"]:q["end"]] == q["text"]
    # the same analysis again, by its share key
    again = real_client.get(data["share"]["json"])
    assert again.status_code == 200
    assert again.json()["quotes"] == data["quotes"]


def test_hostile_article_through_the_real_pipeline(real_client):
    data = real_client.post("/api/analyze", json={"text": HOSTILE, "lang": "fr"}).json()
    assert data["article"]["text"] == HOSTILE
    page = real_client.get(data["share"]["page"])
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "onmouseover='alert" not in page.text and "<b onmouseover" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


# ---- with the stub analyzer -------------------------------------------------------------------------

def test_upload_txt_html_jsonl(client, seed_text, stub):
    import json

    for name, raw in (
        ("a.txt", seed_text.encode()),
        ("a.html", f"<!doctype html><html><head><title>T</title></head><body><article><p>{seed_text}</p>"
                   "</article></body></html>".encode()),
        ("a.jsonl", (json.dumps({"id": "x1", "text": seed_text, "lang": "fr", "published": "2021-12-31"}) + "\n"
                     + json.dumps({"id": "x2", "text": "Deux."}) + "\n").encode()),
    ):
        response = client.post("/api/analyze/upload", files={"file": (name, raw)}, data={"lang": "auto"})
        assert response.status_code == 200, (name, response.text)
        assert "Psaki" in response.json()["article"]["text"]
    assert response.json()["article"]["published"] == "2021-12-31"
    assert any("first article" in w for w in response.json()["warnings"])


def test_errors_have_one_shape(client):
    assert_error_shape(client.get("/api/nothing-here"), 404)
    assert_error_shape(client.post("/api/analyze", json={}), 422)
    assert_error_shape(client.post("/api/analyze", json={"text": "   "}), 422)
    assert_error_shape(client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"}), 422)
    assert_error_shape(client.post("/api/analyze", json={"text": "Bonjour.", "published": "demain"}), 422)
    assert_error_shape(client.post("/api/analyze", json={"text": "Bonjour.", "lang": "xx"}), 422)
    assert_error_shape(client.get("/api/analyze"), 405)
    assert_error_shape(client.get("/api/analyses/0000"), 404)
    assert_error_shape(client.post("/api/analyze/upload", files={"file": ("a.pdf", b"%PDF-1.4")}), 422)
    assert_error_shape(client.post("/api/analyze/upload", files={"file": ("a.txt", b"\x00\x01\x02" * 10)}), 422)
    error = assert_error_shape(client.get("/api/quotes"), 404)  # no --db
    assert "--db" in error["message"]
    # pages carry the same status
    assert client.get("/nothing-here").status_code == 404
    assert client.get("/speakers").status_code == 404


def test_bodies_over_5_mb_are_refused(client, stub):
    big = b"a" * (5 * 1024 * 1024 + 1)
    assert_error_shape(client.post("/api/analyze", content=big, headers={"content-type": "application/json"}), 413)
    response = client.post("/api/analyze/upload", files={"file": ("big.txt", big)})
    assert_error_shape(response, 413)
    page = client.post("/analyze", files={"file": ("big.txt", big)})
    assert page.status_code == 413

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(6):
            yield b"b" * (1024 * 1024)

    assert_error_shape(client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"}),
                       413)
    assert stub.calls == []


def test_just_under_the_limit_is_read(client, stub):
    text = "Elle a dit. " * 1000
    response = client.post("/api/analyze", json={"text": text})
    assert response.status_code == 200
    assert stub.calls == [text]


def test_openapi_documents_the_api_routes(client):
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/analyze", "/api/analyze/upload", "/api/analyses/{key}", "/api/quotes", "/api/speakers",
                 "/api/speakers/{key}", "/api/actors", "/api/actors/{key}", "/api/events", "/api/network"):
        assert path in paths, path
    assert "post" in paths["/api/analyze"]
    assert all(p.startswith("/api/") for p in paths), "pages are not part of the API document"
    assert "413" in paths["/api/analyze"]["post"]["responses"]
    # rendered without a CDN
    page = client.get("/api")
    assert page.status_code == 200 and "/api/quotes" in page.text
    assert client.get("/docs").status_code == 404


def test_no_sql_endpoint(client):
    spec = client.get("/api/openapi.json").json()
    assert not any("sql" in path.lower() for path in spec["paths"])
    for path, item in spec["paths"].items():
        for op in item.values():
            assert not any(p["name"].lower() in {"sql", "query", "statement"} for p in op.get("parameters", []))


def test_host_check_when_serving_on_loopback(stub):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import LOOPBACK_NAMES, create_app

    app = create_app(analyzer=stub, allowed_hosts=LOOPBACK_NAMES)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/analyze").status_code == 200
        assert client.get("/analyze", headers={"host": "localhost:8000"}).status_code == 200
        assert_error_shape(client.get("/api/stats", headers={"host": "evil.example:8000"}), 400)


def test_language_errors_speak_of_the_field_not_the_flag(stub):
    """The library names the option that would fix an error; the web says it as a field, the CLI as a flag."""
    from fastapi.testclient import TestClient

    from newsgraph.nlp import detect_language
    from newsgraph.web.app import create_app

    def refusing(text, **_):
        detect_language(text)
        return stub(text)

    german = ("Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen, sagte der Sprecher in Berlin. "
              "Die Opposition kritisierte die Entscheidung scharf und forderte eine Debatte im Bundestag.")
    with TestClient(create_app(analyzer=refusing), raise_server_exceptions=False) as client:
        error = assert_error_shape(client.post("/api/analyze", json={"text": german}), 422)
        assert error["code"] == "E003" and "--lang" not in error["message"]
        assert "'lang' field" in error["message"] and "fr, en" in error["message"]
        page = client.post("/analyze", data={"text": german, "lang": "auto"})
        assert page.status_code == 422 and "--lang" not in page.text and "lang" in page.text
    try:
        detect_language(german)
    except Exception as cli_error:  # what the command line prints
        assert str(cli_error).endswith("(or force one with --lang)")


@pytest.mark.parametrize("number", [2, 4, 5, 8], ids=["deep-nesting", "5000-digits", "nul", "truncated"])
@pytest.mark.parametrize("name", ["feed.jsonl", "feed.ndjson"])
def test_an_upload_of_one_bad_jsonl_line_is_a_4xx_never_a_500(client, stub, number, name):
    from hostile_jsonl import BAD

    raw, code = BAD[number]
    error = assert_error_shape(client.post("/api/analyze/upload", files={"file": (name, raw + b"\n")}), 422)
    assert error["code"] == code
    page = client.post("/analyze", files={"file": (name, raw + b"\n")})
    assert page.status_code == 422 and 'role="alert"' in page.text and code in page.text


def test_an_upload_with_a_bad_byte_in_one_line_of_a_utf8_file_is_a_4xx(client, stub):
    from hostile_jsonl import BAD

    raw = BAD[7][0] + '\n{"text": "\u00e9t\u00e9 : pas de texte ici", "x": '.encode("utf-8") + b"\n"
    error = assert_error_shape(client.post("/api/analyze/upload", files={"file": ("feed.jsonl", raw)}), 422)
    assert error["code"] == "E006" and "UTF-8" in error["message"]


def test_an_upload_in_cp1252_is_read_with_a_warning(client, stub):
    from hostile_jsonl import BAD

    response = client.post("/api/analyze/upload", files={"file": ("feed.jsonl", BAD[7][0] + b"\n")})
    assert response.status_code == 200 and response.json()["article"]["text"] == "café crème"
    assert any("decoded as cp1252" in w for w in response.json()["warnings"])


def test_an_upload_with_bad_lines_shows_its_first_good_article(client, stub):
    from hostile_jsonl import hostile_jsonl

    response = client.post("/api/analyze/upload", files={"file": ("feed.jsonl", hostile_jsonl())})
    assert response.status_code == 200, response.text[:300]
    assert any("9 records" in w for w in response.json()["warnings"])


def test_no_module_below_the_app_imports_it():
    """api.py, pages.py and the rest raise through web/errors.py, below the app, at any depth of a function:
    the app imports them, none imports the app (no import circle in web/, not even a deferred one)."""
    import ast
    from pathlib import Path

    import newsgraph.web

    folder = Path(newsgraph.web.__file__).parent
    importers = []
    for module in sorted(folder.glob("*.py")):
        if module.name in ("app.py", "__init__.py"):
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and (
                    node.module == "app" or (node.module is None and any(a.name == "app" for a in node.names))):
                importers.append(module.name)
    assert {p.name for p in folder.glob("*.py")} >= {"api.py", "pages.py", "errors.py"}
    assert importers == []
