"""Readers: bytes to text, files/folders/globs/JSONL/HTML/stdin to Articles, bad inputs to Failures."""
from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import BinaryInput, EmptyInput, InputTooLarge, MalformedRecord, UnreadableInput
from newsgraph.ingest import decode_bytes, expand_paths, read_inputs, read_path
from newsgraph.ingest.readers import read_bytes, read_jsonl
from newsgraph.model import Article, Failure
from newsgraph.nlp import model_text

FR = "« Nous ne céderons pas », a déclaré Mme Borne à l’Assemblée."


# --- decoding -----------------------------------------------------------------------------------

def test_utf8_decodes_without_notes():
    assert decode_bytes(FR.encode("utf-8"), "a.txt") == (FR, ())


def test_utf8_bom_is_dropped():
    assert decode_bytes(b"\xef\xbb\xbf" + FR.encode("utf-8"), "a.txt") == (FR, ())


def test_utf16_with_bom_is_not_taken_for_binary():
    text, notes = decode_bytes(FR.encode("utf-16"), "a.txt")  # has NULs, but a BOM says what they are
    assert (text, notes) == (FR, ())


def test_cp1252_is_decoded_and_says_so():
    raw = "Le président a parlé à l’Élysée".encode("cp1252")
    assert b"\xe9" in raw  # é as one byte: not UTF-8
    text, notes = decode_bytes(raw, "a.txt")
    assert text == "Le président a parlé à l’Élysée"
    assert len(notes) == 1 and "decoded as cp1252" in notes[0]
    assert "byte %d" % raw.index(b"\xe9") in notes[0]  # where UTF-8 broke


def test_bytes_cp1252_cannot_decode_fall_back_to_latin1():
    text, notes = decode_bytes(b"caf\xe9 \x81", "a.txt")  # 0x81 is undefined in cp1252
    assert text == "café \x81" and "decoded as latin-1" in notes[0]


def test_utf8_bom_on_cp1252_text_is_decoded_as_cp1252():
    raw = b"\xef\xbb\xbf" + "Le président a parlé.".encode("cp1252")
    text, notes = decode_bytes(raw, "notepad.txt")
    assert text == "Le président a parlé." and "decoded as cp1252" in notes[0]


def test_broken_utf16_is_unreadable_not_a_crash():
    raw = b"\xff\xfe" + "Le président".encode("utf-16-le") + b"\x00\xd8"  # ends in half a surrogate pair
    (failure,) = read_bytes(raw, "broken.txt", kind="txt")
    assert isinstance(failure, Failure) and failure.code == UnreadableInput.code and "UTF-16" in failure.message


def test_nul_bytes_are_binary():
    with pytest.raises(BinaryInput) as caught:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.png")
    assert caught.value.source == "image.png" and "binary" in caught.value.message


def test_control_heavy_bytes_without_nul_are_binary():
    raw = bytes((i * 37 + 11) % 255 + 1 for i in range(4000))  # no NUL, not UTF-8, mostly noise
    with pytest.raises(BinaryInput):
        decode_bytes(raw, "noise.bin")


@pytest.mark.parametrize("raw", [b"", b"   \n\r\n\t  "], ids=["empty", "whitespace"])
def test_empty_input(raw):
    with pytest.raises(EmptyInput) as caught:
        decode_bytes(raw, "empty.txt")
    assert str(caught.value).startswith("empty.txt: [E001]")


@pytest.mark.parametrize("raw", [b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"], ids=["bom-only", "bom-and-space"])
def test_bom_only_file_is_empty(raw):
    (failure,) = read_bytes(raw, "bom.txt", kind="txt")
    assert isinstance(failure, Failure) and failure.code == EmptyInput.code


# --- JSONL ----------------------------------------------------------------------------------------

def test_jsonl_good_bad_and_partial_lines_each_get_their_line_number():
    lines = [
        json.dumps({"id": "a1", "text": FR, "lang": "fr", "published": "2023-03-16", "title": " Borne \n",
                    "url": "https://example.org/a1"}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
        json.dumps({"id": 7, "text": "Second article.", "date": "2020-01-02"}),
    ]
    out = list(read_jsonl("\n".join(lines) + "\n", "feed.jsonl", 1000))
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Failure", "Failure", "Failure", "Article"]
    first, bad_json, no_text, not_object, not_string, last = out
    assert first == Article(text=FR, id="a1", lang="fr", published="2023-03-16", title="Borne",
                            url="https://example.org/a1", source="feed.jsonl:1", line=1)
    assert first.origin() == ("feed.jsonl", 1)
    assert (bad_json.line, bad_json.code) == (2, MalformedRecord.code)
    assert str(bad_json).startswith("feed.jsonl:2: [E004] malformed JSON")
    assert (no_text.line, not_object.line, not_string.line) == (4, 5, 6)  # the blank line 3 still counts
    assert "'text'" in no_text.message and "object" in not_object.message
    assert (last.id, last.published, last.source) == ("7", "2020-01-02", "feed.jsonl:7")


def test_jsonl_text_may_hold_unicode_line_separators():
    """json.dumps(ensure_ascii=False), as `analyze --format jsonl` writes, leaves U+2028 and U+0085 raw."""
    text = "Un paragraphe.\u2028Un autre\x85et un dernier\u2029fin."
    raw = json.dumps({"text": text}, ensure_ascii=False) + "\n" + json.dumps({"text": "b"}) + "\n"
    assert raw.count("\n") == 2 and len(raw.splitlines()) > 2  # str.splitlines() would cut the record
    out = list(read_jsonl(raw, "feed.jsonl", 1000))
    assert [a.text for a in out] == [text, "b"]
    assert [a.source for a in out] == ["feed.jsonl:1", "feed.jsonl:2"]


def test_jsonl_lone_surrogate_escapes_become_replacement_characters():
    raw = r'{"text": "Le président \udfff a parlé \ud83d\ude00.", "title": "Titre \ud83d", "id": "s1"}'
    (article,) = read_jsonl(raw, "feed.jsonl", 1000)
    assert article.text == "Le président \ufffd a parlé 😀." and article.title == "Titre \ufffd"
    assert "surrogates" in article.notes[0]
    article.text.encode("utf-8")  # writable


def test_jsonl_keeps_record_notes_beside_decoding_notes():
    raw = '{"text": "Le président \\udfff a parlé."}\n'.encode("cp1252")
    (article,) = read_bytes(raw, "old.jsonl", kind="jsonl")
    assert len(article.notes) == 2 and "cp1252" in article.notes[0] and "surrogates" in article.notes[1]


def test_jsonl_with_crlf_line_ends():
    raw = '{"text": "a"}\r\n{bad\r\n{"text": "c"}\r\n'
    out = list(read_jsonl(raw, "feed.jsonl", 1000))
    assert [getattr(x, "text", None) for x in out] == ["a", None, "c"]
    assert out[1].line == 2 and out[2].source == "feed.jsonl:3"


def test_cp1252_jsonl_notes_each_line_it_had_to_decode():
    raw = '{"text": "Le président a parlé."}\n{"text": "Deux."}\n{"text": "Trois étés."}\n'.encode("cp1252")
    out = list(read_bytes(raw, "old.jsonl", kind="jsonl"))
    assert [a.text for a in out] == ["Le président a parlé.", "Deux.", "Trois étés."]
    assert ["decoded as cp1252" in " ".join(a.notes) for a in out] == [True, False, True]  # line 2 is plain ASCII
    assert "line 3" in out[2].notes[0]


def test_jsonl_is_guessed_without_a_suffix():
    out = list(read_bytes(b'{"text": "a"}\n{"text": "b"}\n', "feed"))
    assert [a.text for a in out] == ["a", "b"]


# --- HTML -----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<title>Poutine met en garde Biden</title>
<meta property="article:published_time" content="2021-12-31T09:30:00+00:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Poutine met en garde Biden</h1>
<p>Vladimir Poutine a averti Joe Biden que de nouvelles sanctions contre la Russie seraient une grave
erreur, selon le Kremlin. Le président russe a parlé avec le président américain pendant cinquante minutes.</p>
</article>
<footer>© Le Journal 2021</footer>
</body></html>"""


def test_html_page_gives_title_date_and_text(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read_path(path)
    assert isinstance(article, Article), article
    assert article.title == "Poutine met en garde Biden"
    assert article.published == "2021-12-31"
    assert "Vladimir Poutine a averti Joe Biden" in article.text
    assert "Accueil" not in article.text and "©" not in article.text  # boilerplate dropped
    assert article.source == str(path)


def test_html_is_guessed_without_a_suffix():
    (article,) = read_bytes(PAGE.encode("utf-8"), "page")
    assert isinstance(article, Article) and article.title == "Poutine met en garde Biden"


@pytest.mark.parametrize("prefix", [
    "",
    "<?xml version='1.0' encoding='utf-8'?>\n",
    "<!-- generated by the CMS -->\n<!-- cache: hit -->\n",
    "\n  <?xml version=\"1.0\"?><!-- x -->",
], ids=["plain", "xml-declaration", "comments", "both"])
def test_html_pages_are_guessed_as_piped_to_stdin(prefix):
    page = PAGE.replace("<!DOCTYPE html>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">")
    (article,) = read_bytes((prefix + page).encode("utf-8"), "<stdin>")
    assert article.title == "Poutine met en garde Biden" and "<" not in article.text


@pytest.mark.parametrize("text", ["<b>Note</b> : le texte suit.", "Un article qui cite <html> en passant."])
def test_text_that_merely_contains_tags_stays_text(text):
    (article,) = read_bytes(text.encode("utf-8"), "<stdin>")
    assert article.text == text


def test_html_without_article_text_is_a_failure():
    (failure,) = read_bytes(b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
                            "blank.html", kind="html")
    assert isinstance(failure, Failure) and failure.code == EmptyInput.code and failure.source == "blank.html"


# --- paths: files, folders, globs, standard input -------------------------------------------------

@pytest.fixture
def tree(tmp_path):
    for rel in ["b/2.txt", "b/1.html", "a/z.jsonl", "a/deep/x.md", "top.txt", "a/notes.json", "a/x.gold.json",
                "b/image.png", "c.ndjson"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"text": "x"}\n' if rel.endswith(("jsonl", "ndjson")) else "Texte.", encoding="utf-8")
    return tmp_path


def test_folders_are_walked_recursively_in_a_stable_order(tree):
    got = [p[len(str(tree)) + 1:] for p in expand_paths([tree])]
    assert got == ["c.ndjson", "top.txt", "a/z.jsonl", "a/deep/x.md", "b/1.html", "b/2.txt"]


def test_globs_are_expanded_sorted_and_files_only(tree):
    assert [p[len(str(tree)) + 1:] for p in expand_paths([f"{tree}/b/*"])] == ["b/1.html", "b/2.txt", "b/image.png"]
    assert [p[len(str(tree)) + 1:] for p in expand_paths([f"{tree}/**/*.txt"])] == ["b/2.txt", "top.txt"]
    assert list(expand_paths([f"{tree}/*"])) == [f"{tree}/c.ndjson", f"{tree}/top.txt"]  # folders a/, b/ skipped


def test_arguments_keep_their_order_and_stdin_passes(tree):
    given = [str(tree / "top.txt"), "-", str(tree / "b"), str(tree / "a" / "z.jsonl")]
    assert list(expand_paths(given)) == [str(tree / "top.txt"), "-", str(tree / "b" / "1.html"),
                                         str(tree / "b" / "2.txt"), str(tree / "a" / "z.jsonl")]


def test_a_glob_that_matches_nothing_is_reported_not_dropped(tmp_path):
    (failure,) = read_inputs([f"{tmp_path}/missing/*.txt"])
    assert isinstance(failure, Failure) and failure.code == UnreadableInput.code
    assert failure.source == f"{tmp_path}/missing/*.txt"


def test_missing_file_and_directory_are_failures(tmp_path):
    (missing,) = read_path(tmp_path / "nope.txt")
    (folder,) = read_path(tmp_path)
    assert missing.code == folder.code == UnreadableInput.code
    assert "No such file" in missing.message and "directory" in folder.message


def test_read_inputs_goes_on_after_a_bad_file(tmp_path):
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "3-good.txt").write_text(FR, encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    assert [(type(x).__name__, getattr(x, "code", None)) for x in out] == [
        ("Failure", EmptyInput.code), ("Failure", BinaryInput.code), ("Article", None)]
    assert out[0].source.endswith("1-empty.txt") and out[2].text == FR


def test_stdin_is_read_as_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Le président a parlé.".encode("cp1252"))))
    (article,) = read_path("-")
    assert article.text == "Le président a parlé." and article.source == "<stdin>"
    assert "decoded as cp1252" in article.notes[0]


# --- size limit -----------------------------------------------------------------------------------

def test_an_article_over_max_chars_is_refused_naming_the_limit():
    (at_limit,) = read_bytes(b"a" * 100, "ok.txt", kind="txt", max_chars=100)
    (over,) = read_bytes(b"a" * 101, "big.txt", kind="txt", max_chars=100)
    assert isinstance(at_limit, Article)
    assert isinstance(over, Failure) and over.code == InputTooLarge.code and over.source == "big.txt"
    assert "101 characters" in over.message and "limit of 100" in over.message and "--max-chars" in over.message


def test_the_limit_counts_characters_not_bytes():
    (article,) = read_bytes(("é" * 100).encode("utf-8"), "ok.txt", kind="txt", max_chars=100)  # 200 bytes
    assert isinstance(article, Article)


def test_one_jsonl_line_over_the_limit_fails_alone():
    raw = json.dumps({"text": "a" * 50}) + "\n" + json.dumps({"text": "b" * 500}) + "\n" + json.dumps({"text": "c"})
    out = list(read_jsonl(raw, "feed.jsonl", 100))
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article"]
    assert (out[1].code, out[1].line) == (InputTooLarge.code, 2) and "limit of 100" in out[1].message


def test_the_default_limit_is_a_million_characters(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("mot " * 1_250_000, encoding="utf-8")  # 5 MB
    (failure,) = read_path(path)
    assert failure.code == InputTooLarge.code and "limit of 1,000,000" in failure.message


# --- offsets: the text is kept as read --------------------------------------------------------------

def test_line_ends_are_kept_as_read_and_the_model_sees_the_same_length(tmp_path):
    text = "Titre\r\n« Non », a dit M. Biden.\rIl a ajouté\u00a0: « Jamais. »\r\n\r\nFin\u2028là’."
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    (article,) = read_path(path)
    assert article.text == text  # no newline translation
    seen = model_text(article.text)
    assert len(seen) == len(text)
    assert "\r" not in seen and seen[5:7] == "\n\n"


def test_offsets_hold_on_crlf_text_through_analyze():
    import newsgraph

    text = "Une « erreur colossale »\r\n« Ce serait une erreur », a déclaré M. Ouchakov.\rElle a dit : « Non. »\r\n"
    analysis = newsgraph.analyze(text, lang="fr")
    assert analysis.article.text == text
    assert analysis.quotes
    for q in analysis.quotes:
        assert text[q.span.start:q.span.end] == q.span.text
    for e in analysis.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    assert any(m.text == "M. Ouchakov" or m.text == "Ouchakov" for e in analysis.entities for m in e.mentions)


# --- round trips (hypothesis) -----------------------------------------------------------------------

SEPARATORS = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\u00a0"])
any_text = st.lists(st.one_of(st.text(max_size=15), SEPARATORS), max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(any_text.filter(str.strip), min_size=1, max_size=4), ascii_only=st.booleans(),
       crlf=st.booleans())
def test_jsonl_round_trips_any_text(texts, ascii_only, crlf):
    raw = ("\r\n" if crlf else "\n").join(json.dumps({"text": t}, ensure_ascii=ascii_only) for t in texts)
    out = list(read_jsonl(raw, "feed.jsonl", 10_000))
    assert [a.text for a in out] == texts
    assert [a.source for a in out] == [f"feed.jsonl:{k}" for k in range(1, len(texts) + 1)]


@settings(max_examples=200, deadline=None)
@given(text=any_text.filter(lambda t: t.strip() and "\x00" not in t and not t.startswith("\ufeff")))
def test_utf8_bytes_decode_to_the_same_text(text):
    assert decode_bytes(text.encode("utf-8"), "a.txt") == (text, ())


# --- a bad line costs that line only -------------------------------------------------------------

def test_every_kind_of_bad_jsonl_line_is_one_failure_and_good_lines_are_read_unchanged():
    from hostile_jsonl import BAD, GOOD_LINES, hostile_jsonl

    out = list(read_bytes(hostile_jsonl(), "feed.jsonl", kind="jsonl"))
    assert len(out) == 9
    articles = {a.line: a for a in out if isinstance(a, Article)}
    failures = {f.line: f for f in out if isinstance(f, Failure)}
    assert set(articles) == set(GOOD_LINES) and set(failures) == set(BAD)
    for number, record in GOOD_LINES.items():
        assert (articles[number].text, articles[number].id) == (record["text"], record["id"])
        assert articles[number].notes == () and articles[number].source == f"feed.jsonl:{number}"
    assert {n: f.code for n, f in failures.items()} == {n: code for n, (_, code) in BAD.items()}
    assert all(f.source == "feed.jsonl" for f in failures.values())
    assert "nested too deeply" in failures[2].message and "too many digits" in failures[4].message
    assert "NUL" in failures[5].message and "UTF-8" in failures[7].message


def test_the_same_file_guessed_without_a_suffix_and_as_text():
    from hostile_jsonl import hostile_jsonl

    guessed = list(read_bytes(hostile_jsonl(), "feed"))
    assert [type(x).__name__ for x in guessed].count("Article") == 4


@pytest.mark.parametrize("bad", [b"[" * 50_000, b"{\"a\": " * 50_000, b"1" * 10_000, b"-" + b"9" * 4301,
                                 b'{"text": "x", "title": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
                                 b'{"text": "\\ud800\\udc00\\x"}', b"\xff\xfe\xfd", b'{"text": "\xed\xa0\x80"}'])
def test_no_line_makes_the_reader_raise(bad):
    out = list(read_bytes(b'{"text": "avant"}\n' + bad + b'\n{"text": "apr\xc3\xa8s"}\n', "f.jsonl", kind="jsonl"))
    assert [getattr(x, "text", None) for x in (out[0], out[-1])] == ["avant", "après"]
    assert len(out) == 3 and isinstance(out[1], Failure) and out[1].line == 2


def test_a_nul_on_the_first_line_costs_that_line_only():
    out = list(read_bytes(b'{"text": "a\x00"}\n{"text": "b"}\n', "f.jsonl", kind="jsonl"))
    assert [(type(x).__name__, x.line) for x in out] == [("Failure", 1), ("Article", 2)]


def test_a_binary_file_named_jsonl_is_one_failure_not_one_per_line():
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
    (failure,) = read_bytes(raw, "image.jsonl", kind="jsonl")
    assert failure.code == BinaryInput.code and failure.line is None


def test_a_utf8_bom_on_a_jsonl_file_is_dropped():
    (article,) = read_bytes(b'\xef\xbb\xbf{"text": "d\xc3\xa9but"}\n', "f.jsonl", kind="jsonl")
    assert article.text == "début"


# --- folders: what cannot be read is said -------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(200)


def test_a_binary_file_in_a_folder_is_a_failure_and_text_companions_are_passed_over(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"source": "x"}', encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(PNG)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.png").write_bytes(PNG)
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(100))
    out = list(read_inputs([tmp_path]))
    assert [(type(x).__name__, getattr(x, "code", None), (x.source or "").rsplit("/", 1)[-1]) for x in out] == [
        ("Article", None, "a.txt"), ("Failure", BinaryInput.code, "photo.png")]
    assert list(expand_paths([tmp_path])) == [str(tmp_path / "a.txt")]


@pytest.mark.parametrize("contents", [{}, {"photo.png": PNG}, {"notes.json": b"{}", "x.gold.json": b"{}"}],
                         ids=["empty", "only-an-image", "only-metadata"])
def test_a_folder_with_nothing_readable_is_a_failure(tmp_path, contents):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, raw in contents.items():
        (folder / name).write_bytes(raw)
    out = list(read_inputs([folder]))
    assert out and all(isinstance(x, Failure) for x in out)
    assert out[-1].source == str(folder) and "holds no .txt, .html or .jsonl file" in out[-1].message


def test_analyze_on_a_folder_with_nothing_readable_exits_1(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli.main import cli

    (tmp_path / "photo.png").write_bytes(PNG)
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path)])
    assert result.exit_code == 1
    assert "photo.png: [E002]" in result.output and "holds no .txt, .html or .jsonl file" in result.output


def test_a_jsonl_outlet_or_source_field_is_the_article_outlet_and_never_the_file_path():
    lines = "\n".join(json.dumps(r) for r in ({"text": "Un.", "outlet": "Le Devoir"}, {"text": "Deux.", "source": " La Presse "},
                                              {"text": "Trois.", "url": "https://www.ledevoir.com/a"}))
    articles = list(read_jsonl(lines, "feed.jsonl", 10_000))
    assert [a.outlet for a in articles] == ["Le Devoir", "La Presse", None]
    assert [a.source for a in articles] == ["feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:3"]
