"""`newsgraph analyze` as a user runs it: bad inputs become one-line errors naming the file while the
other files are still analyzed, formats, --out, standard input, --published, and documented commands."""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "src" / "newsgraph" / "examples" / "putin-biden-call.fr.txt"

FR = "« Nous ne céderons pas », a déclaré Mme Borne devant l’Assemblée nationale jeudi."
FR2 = "Le président Emmanuel Macron a rencontré le chancelier allemand à Paris, selon l’Élysée."
EN = "“We will not back down,” President Joe Biden told reporters at the White House on Thursday."
DE = ("Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuern für alle Bürger im nächsten Jahr "
      "deutlich gesenkt werden sollen. Der Finanzminister sagte, das sei eine gute Nachricht für die Wirtschaft.")


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, ["analyze", *args], input=input, catch_exceptions=False)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# --- the bad inputs, all in one run ------------------------------------------------------------

@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("inputs")
    files = {
        "empty": d / "01-empty.txt",
        "binary": d / "02-binary.txt",
        "cp1252": d / "03-cp1252.txt",
        "german": d / "04-german.txt",
        "feed": d / "05-feed.jsonl",
        "huge": d / "06-huge.txt",
        "good": d / "07-good.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    files["cp1252"].write_bytes(FR2.encode("cp1252"))
    files["german"].write_text(DE, encoding="utf-8")
    files["feed"].write_text(
        json.dumps({"id": "feed-1", "text": FR, "lang": "fr"}, ensure_ascii=False) + "\n"
        + '{"id": "feed-2", "text": "broken\n'
        + json.dumps({"id": "feed-3", "text": EN}, ensure_ascii=False) + "\n", encoding="utf-8")
    files["huge"].write_text("Le mot. " * 655_360, encoding="utf-8")  # 5 MB
    files["good"].write_text(FR2, encoding="utf-8")
    result = run(*(str(p) for p in files.values()), "--format", "jsonl")
    return files, result


def _lines_naming(stderr: str, path: Path) -> list[str]:
    return [line for line in stderr.splitlines() if str(path) in line]


def test_bad_inputs_fail_the_run(bad_run):
    _, result = bad_run
    assert result.exit_code == 1


def test_good_inputs_of_the_same_run_are_still_analyzed(bad_run):
    files, result = bad_run
    got = [(r["article"]["source"], r["article"]["id"]) for r in records(result.stdout)]
    assert [source for source, _ in got] == [str(files["cp1252"]), f"{files['feed']}:1", f"{files['feed']}:3",
                                             str(files["good"])]
    assert [i for _, i in got][1:3] == ["feed-1", "feed-3"]


@pytest.mark.parametrize("name, code, words", [
    ("empty", "E001", ["empty"]),
    ("binary", "E002", ["binary"]),
    ("german", "E003", ["German", "supported languages: fr, en"]),
    ("huge", "E005", ["5,242,880 characters", "limit of 1,000,000", "--max-chars"]),
])
def test_each_bad_file_gets_one_error_line_naming_it(bad_run, name, code, words):
    files, result = bad_run
    (line,) = _lines_naming(result.stderr, files[name])
    assert line.startswith(f"newsgraph: error: {files[name]}: [{code}]")
    for word in words:
        assert word in line


def test_a_malformed_jsonl_line_is_named_with_its_line_number(bad_run):
    files, result = bad_run
    (line,) = _lines_naming(result.stderr, files["feed"])
    assert line.startswith(f"newsgraph: error: {files['feed']}:2: [E004] malformed JSON")


def test_a_cp1252_file_is_analyzed_with_a_warning(bad_run):
    files, result = bad_run
    (line,) = _lines_naming(result.stderr, files["cp1252"])
    assert line.startswith(f"newsgraph: warning: {files['cp1252']}:") and "decoded as cp1252" in line
    (record,) = [r for r in records(result.stdout) if r["article"]["source"] == str(files["cp1252"])]
    assert record["article"]["text"] == FR2  # é read right
    assert any("decoded as cp1252" in w for w in record["warnings"])
    assert any(e["name"].endswith("Macron") for e in record["entities"])


def test_nothing_else_goes_to_stderr(bad_run):
    files, result = bad_run
    assert len(result.stderr.splitlines()) == 6  # 5 errors and 1 warning: one line each


def test_all_good_inputs_exit_zero(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EN, encoding="utf-8")
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [r["article"]["lang"] for r in records(result.stdout)] == ["fr", "en"]
    assert result.stderr == ""


def test_a_missing_file_is_an_error_and_the_rest_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    result = run(str(tmp_path / "nope.txt"), str(tmp_path / "a.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsgraph: error: {tmp_path / 'nope.txt'}: [E006]")
    assert len(records(result.stdout)) == 1


def test_max_chars_option_sets_the_limit(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "--max-chars", "20")
    assert result.exit_code == 1 and "limit of 20" in result.stderr and result.stdout == ""


# --- formats, --out, stdin, --published -------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_text_report():
    result = run(str(SEED), "--published", "2021-12-31", "--format", "text")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_text_format_has_who_said_what_and_entities(seed_text_report):
    out = seed_text_report
    assert re.search(r"^## Who said what \(\d+ quotes\)$", out, re.M)
    assert re.search(r"^## Entities \(\d+\)$", out, re.M)
    assert re.search(r"^## Dates \(\d+\)$", out, re.M) and re.search(r"^## Quantities \(\d+\)$", out, re.M)
    who = out.split("## Who said what")[1].split("## Entities")[0]
    assert "Jen Psaki" in who and "Ce serait une erreur colossale" in who
    entities = out.split("## Entities")[1]
    assert re.search(r"^- Vladimir Poutine \(PERSON", entities, re.M)
    assert "published 2021-12-31" in out.splitlines()[0]


def test_text_format_names_the_file(seed_text_report):
    assert SEED.name in seed_text_report.splitlines()[0]


def test_jsonl_prints_one_object_per_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False)
                              for i, t in enumerate([FR, EN, FR2])) + "\n", encoding="utf-8")
    result = run(str(feed), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["article"]["id"] for line in lines] == ["a0", "a1", "a2"]


def test_json_is_the_default_and_is_indented():
    result = run(str(SEED))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("{\n  ")
    assert json.loads(result.stdout)["schema"] == "newsgraph/analysis/v1"


def test_out_writes_one_file_per_article(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                              for i, t in [("un", FR), ("two", EN), ("../trois", FR2)]) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "nested"
    result = run(str(feed), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["_trois.json", "two.json", "un.json"]
    assert json.loads((out / "un.json").read_text(encoding="utf-8"))["article"]["text"] == FR
    assert not (tmp_path / "trois.json").exists()  # the id cannot climb out of the folder


def test_out_never_overwrites_an_article_of_the_same_run(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": "same", "text": t}, ensure_ascii=False) for t in [FR, EN]) + "\n",
                    encoding="utf-8")
    result = run(str(feed), "--out", str(tmp_path / "out"), "--format", "text")
    assert result.exit_code == 0, result.stderr
    written = sorted((tmp_path / "out").iterdir())
    assert len(written) == 2 and all(p.suffix == ".txt" for p in written)
    assert {"Borne" in p.read_text(encoding="utf-8") for p in written} == {True, False}


def test_stdin_with_dash():
    result = run("-", "--lang", "fr", "--format", "jsonl", input=FR.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["article"]["text"] == FR and record["article"]["source"] == "<stdin>"
    assert record["quotes"][0]["text"] == "Nous ne céderons pas"


def test_stdin_jsonl_and_lang_option():
    feed = json.dumps({"text": EN}) + "\n" + json.dumps({"text": FR}, ensure_ascii=False) + "\n"
    result = run("-", "--format", "jsonl", input=feed.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert [r["article"]["lang"] for r in records(result.stdout)] == ["en", "fr"]


def test_published_is_applied_to_relative_dates(tmp_path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "--published", "2023-03-17", "--format", "jsonl")
    (record,) = records(result.stdout)
    assert record["article"]["published"] == "2023-03-17"
    assert [d["value"] for d in record["dates"] if d["text"] == "jeudi"] == ["2023-03-16"]


def test_published_does_not_override_the_inputs_own_date(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": FR, "published": "2020-01-03"}, ensure_ascii=False) + "\n"
                    + json.dumps({"text": FR2}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run(str(feed), "--published", "2023-03-17", "--format", "jsonl")
    assert [r["article"]["published"] for r in records(result.stdout)] == ["2020-01-03", "2023-03-17"]


def test_unknown_lang_option_is_a_usage_error():
    result = CliRunner().invoke(cli, ["analyze", str(SEED), "--lang", "de"])
    assert result.exit_code == 2 and "'fr', 'en', 'auto'" in result.stderr


# --- every command is documented with an example ---------------------------------------------------

def _all_commands():
    ctx = click.Context(cli)
    names = cli.list_commands(ctx)
    assert {"analyze", "ingest", "query", "export", "serve"} <= set(names)
    found = []
    for name in names:
        command = cli.get_command(ctx, name)
        found.append([name])
        if isinstance(command, click.Group):
            found += [[name, sub] for sub in command.list_commands(ctx)]
    return found


@pytest.mark.parametrize("words", _all_commands(), ids=" ".join)
def test_every_command_has_help_with_an_example(words):
    result = CliRunner().invoke(cli, [*words, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`newsgraph {' '.join(words)} --help` shows no example"
    assert f"newsgraph {' '.join(words)}" in result.output.split("Example", 1)[1]


def test_the_analyze_examples_run(tmp_path, monkeypatch):
    """The help's examples are runnable as written (article.txt being any article)."""
    help_text = CliRunner().invoke(cli, ["analyze", "--help"]).output
    examples = [line.strip() for line in help_text.split("Examples:")[1].split("Options:")[0].splitlines()
                if "newsgraph analyze" in line]
    assert len(examples) >= 3
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text(FR, encoding="utf-8")
    Path("articles.jsonl").write_text(json.dumps({"text": FR}, ensure_ascii=False) + "\n", encoding="utf-8")
    for example in examples:
        stdin = None
        if example.startswith("cat "):
            piped, example = example.split("|", 1)
            stdin = Path(shlex.split(piped)[1]).read_bytes()
        words = shlex.split(example.split(">")[0])
        assert words[:2] == ["newsgraph", "analyze"]
        result = CliRunner().invoke(cli, words[1:], input=stdin)
        assert result.exit_code == 0, (example, result.output)
        assert "Nous ne céderons pas" in result.stdout


def test_an_article_the_parser_refuses_fails_alone(tmp_path, monkeypatch):
    """spaCy refuses a text over nlp.max_length (10M characters; reachable with --max-chars 20000000):
    that article is an error line, and the others of its batch are still analyzed."""
    from newsgraph.nlp import load_pipeline

    monkeypatch.setattr(load_pipeline("fr"), "max_length", len(FR) + 10)  # a small stand-in for 10M
    (tmp_path / "a-long.txt").write_text(FR + " " + FR2, encoding="utf-8")
    (tmp_path / "b-short.txt").write_text(FR, encoding="utf-8")
    result = run(str(tmp_path), "--lang", "fr", "--format", "jsonl")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"newsgraph: error: {tmp_path / 'a-long.txt'}: [E099]") and "max" in line
    assert [r["article"]["source"] for r in records(result.stdout)] == [str(tmp_path / "b-short.txt")]


@pytest.mark.parametrize("value", ["garbage", "2021-13-45", "31/12/2021", ""])
def test_published_must_be_an_iso_date(value):
    result = CliRunner().invoke(cli, ["analyze", str(SEED), "--published", value])
    assert result.exit_code == 2 and result.stdout == ""
    assert "--published" in result.stderr and "ISO 8601" in result.stderr


@pytest.mark.parametrize("value, day", [("2021-12-31T10:00:00Z", "2021-12-30"), ("2023-03-17", "2023-03-16")])
def test_published_accepts_dates_and_datetimes(tmp_path, value, day):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "--published", value, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    (record,) = records(result.stdout)
    assert record["article"]["published"] == value
    assert [d["value"] for d in record["dates"] if d["text"] == "jeudi"] == [day]


@pytest.mark.parametrize("lang", ["auto", "fr"])
def test_jsonl_with_a_lone_surrogate_escape_is_analyzed_and_printable(tmp_path, lang):
    feed = tmp_path / "cut.jsonl"
    feed.write_text('{"id": "cut", "text": "Le président \\ud83d a parlé avec le ministre hier à Paris."}\n'
                    + json.dumps({"id": "next", "text": FR}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run(str(feed), "--lang", lang, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [r["article"]["id"] for r in records(result.stdout)] == ["cut", "next"]
    assert "surrogates" in result.stderr and str(feed) + ":1" in result.stderr
