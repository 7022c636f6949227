"""Boundaries of analyze: any text, in French or English, is analyzed without crashing and every
offset it returns holds (text[start:end] == record text, references point at entities).

Internal errors surface as exceptions here (NEWSGRAPH_DEBUG), not as the Failure the pipeline
would turn them into, so a crash fails the test with its traceback.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.errors import EmptyInput
from newsgraph.nlp import model_text
from test_contract import contract_problems

LANGS = ("fr", "en")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=False)

# Characters that real feeds carry and that code tends to trip on.
ODD = ["«", "»", "“", "”", '"', "‹", "›", "’", "‘", "'", "\u00a0", "\u202f", "\u2009", "\u200b", "\ufeff",
       "\u00ad", "\r\n", "\r", "\n", "\n\n", "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x00", "\x1b",
       "😀", "👍🏽", "🇫🇷", "\u200d", "مرحبا", "שלום", "\u202e", "\u200f", "…", "—", "–", "•", "·", "¶",
       "é", "e\u0301", "ß", "İ", "ﬁ", "Ⅻ", "½", "²", "٣", "𝟗", "\U0010ffff", "\ufffd"]

# Words that reach the deep code paths: titles, names, speech verbs, dates, numbers, event triggers.
WORDS = ["M.", "Mme", "Mr.", "Mrs.", "Dr.", "Emmanuel", "Macron", "Vladimir", "Poutine", "Putin", "Joe", "Biden",
         "Jen Psaki", "Dmitri Peskov", "le Kremlin", "the Kremlin", "la Russie", "Russia", "l’Ukraine", "Ukraine",
         "la Maison Blanche", "the White House", "l’OTAN", "NATO", "Paris", "Genève", "Il", "Elle", "He", "She",
         "They", "le président", "the president", "la porte-parole", "a déclaré", "a dit", "a ajouté", "a averti",
         "said", "told", "added", "warned", "selon", "according to", "que", "that", "qu’", "a menacé",
         "threatened", "sanctions", "a rencontré", "met", "a appelé", "called", "à", "in", "avec", "with",
         "contre", "against", "jeudi", "Thursday", "le 10 janvier", "on January 10", "2008", "en 2022",
         "100 000 soldats", "50 minutes", "3 millions d’euros", "$3 million", "environ", "about", "trois",
         "three", "ne", "pas", "not", "si", "if", "et", "and", ",", ".", ":", ";", "!", "?", "…", "(", ")",
         "-", "«", "»", "“", "”", '"', "‹", "›", "’", "« ", " »", "\u00a0»", "«\u00a0"]
SEPARATORS = [" ", " ", " ", "", "\n", "\r\n", "\r", "\u00a0", "\u202f", "  ", "\t"]


def _joined(parts_and_seps) -> str:
    return "".join(part + sep for part, sep in parts_and_seps)


random_text = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(ODD)), max_size=40).map("".join)
newsy_text = st.lists(
    st.tuples(st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(ODD),
                        st.text(max_size=8)),
              st.sampled_from(SEPARATORS)),
    max_size=80,
).map(_joined)


def check(text: str, lang: str) -> None:
    """analyze(text) returns a record whose offsets hold, or refuses an empty text with EmptyInput."""
    try:
        analysis = newsgraph.analyze(text, lang=lang, published="2021-12-31")
    except EmptyInput:
        assert not model_text(text).strip(), f"EmptyInput for a text with content: {text!r:.200}"
        return
    record = analysis.to_dict()
    json.dumps(record, ensure_ascii=False, allow_nan=False)  # valid JSON: no NaN or Infinity
    assert record["article"]["text"] == text
    assert record["article"]["lang"] == lang
    problems = contract_problems(record)
    assert not problems, "\n".join(problems[:20])


@pytest.fixture(scope="module", autouse=True)
def internal_errors_raise():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSGRAPH_DEBUG", "1")
        yield


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(text=random_text)
@example(text="")
@example(text=" \r\n\u00a0\u202f\t")
@example(text="\u200b")
def test_random_text_never_crashes_and_offsets_hold(lang, text):
    check(text, lang)


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(text=newsy_text)
@example(text="« Nous ne céderons pas », a déclaré Mme Borne.\r\nElle a ajouté : « Jamais. »")
@example(text="“We will not yield,” Mr. Biden told Mr. Putin on Thursday.\rHe added: “Never.”")
def test_newsy_text_never_crashes_and_offsets_hold(lang, text):
    check(text, lang)


def _nested(depth: int) -> str:
    opens = ["« ", "“", "‹", '"']
    closes = [" »", "”", "›", '"']
    inner = "Non"
    for k in range(depth):
        inner = f"{opens[k % 4]}{inner}{closes[k % 4]}, a dit M. Dupont"
    return inner + "."


# Hand-built worst cases: each is checked in both languages.
ADVERSARIAL = {
    "unbalanced-opening-guillemets": "« " * 300 + "a déclaré M. Poutine.",
    "unbalanced-closing-guillemets": "a déclaré M. Poutine » » » " * 80,
    "unbalanced-mixed-marks": "« “ ‹ \" « selon M. Ouchakov, “ a dit Biden » ” ›" * 40,
    "very-long-word": "a" * 20_000 + " a déclaré M. Biden.",
    "very-long-word-in-quotes": "« " + "x" * 20_000 + " », a dit Mme Borne.",
    "very-long-capitalized-name": "M. " + "Ab" * 3_000 + " a dit : « oui ».",
    "only-punctuation": ".,;:!?…«»“”\"'()[]{}-—–/\\*&%$#@" * 50,
    "only-dots": "." * 5_000,
    "only-newlines": "\n" * 2_000,
    "only-carriage-returns": "\r" * 500 + "\r\n" * 500,
    "titles-only": "M. M. M. Mme Mme M. Mr. Mrs. Dr. " * 100,
    "titles-then-speech": "M. M. M. a déclaré : « M. M. M. »",
    "nested-quotes": _nested(12),
    "quote-in-quote-same-mark": "« Il a dit « non » puis « oui » », a déclaré M. Biden.",
    "speech-verbs-only": "a déclaré a dit said told selon according to " * 100,
    "pronouns-only": "Il Elle He She They Ils Elles " * 100,
    "numbers-only": "100 000 1,5 3.2 2021 10 janvier 50 % 1e999 " * 60,
    "huge-number": "9" * 400 + " soldats et " + "1" * 400 + " dollars",
    "dates-only": "jeudi le 10 janvier 2008 Thursday January 10 hier demain " * 60,
    "rtl-and-emoji": "\u202eM. Biden 😀 a dit « שלום مرحبا » \u200f👍🏽\u202c." * 20,
    "control-chars": "M.\x00 Biden\x1b a\x07 dit\x08 « \x7f oui\x9f »\x0c." * 20,
    "crlf-everywhere": "« Non »,\r\na déclaré\r\nM. Poutine.\r\n\r\n" * 30,
    "lone-cr": "« Non »,\ra déclaré\rM. Poutine.\r\r" * 30,
    "nbsp-everywhere": "«\u00a0Non\u00a0»,\u202fa\u00a0déclaré\u00a0M.\u00a0Poutine\u00a0!" * 30,
    "apostrophes": "l’OTAN l'OTAN qu’il qu'il aujourd’hui ’’’ ''' " * 40,
    "combining-marks": "e\u0301" * 2_000 + " a dit M. Biden.",
    "one-char": "«",
    "one-letter": "M",
    "heading-lines": "\n".join(["Une « erreur colossale »", "Selon M. Biden", "Il a dit"] * 30),
}


# Known bugs in other modules, kept visible: strict, so the mark must go when the bug is fixed.
KNOWN_BUGS: dict[str, str] = {}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_BUGS[name], raises=ValueError, strict=True))
    if name in KNOWN_BUGS else name
    for name in sorted(ADVERSARIAL)
])
def test_adversarial_input_never_crashes_and_offsets_hold(name, lang):
    check(ADVERSARIAL[name], lang)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mark=st.sampled_from(["«", "»", "“", "”", '"', "‹", "›"]), count=st.integers(1, 400),
       tail=st.sampled_from(["", " a dit M. Biden.", ", said Mr. Biden.", " »", "\n"]))
def test_runs_of_one_quote_mark_never_crash(lang, mark, count, tail):
    check((mark + " ") * count + tail, lang)


def test_check_fails_on_a_broken_record(monkeypatch):
    """The helper must be able to fail: a record whose offsets drift is reported."""
    from newsgraph.model import Span

    real = Span.to_dict
    monkeypatch.setattr(Span, "to_dict", lambda self: {**real(self), "start": self.start + 1})
    with pytest.raises(AssertionError):
        check("« Nous ne céderons pas », a déclaré Mme Borne.", "fr")


def test_check_fails_on_a_crashing_stage(monkeypatch):
    """A crash inside a stage fails check(): raised as itself (NEWSGRAPH_DEBUG), or at least as the
    internal-error NewsgraphError that analyze() makes of its Failure, never passed as EmptyInput."""
    from newsgraph import pipeline

    def crash(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(pipeline, "find_quantities", crash)
    with pytest.raises(Exception, match="boom"):
        check("Il y a 3 soldats.", "fr")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(newsy_text, random_text))
def test_auto_language_analyzes_or_refuses_with_a_coded_error(text):
    """Without --lang, a text is analyzed as fr or en, or refused with a NewsgraphError
    (empty, unsupported language); nothing else escapes."""
    try:
        analysis = newsgraph.analyze(text, published="2021-12-31")
    except newsgraph.NewsgraphError as error:
        assert error.code in {"E001", "E003"}, error
        return
    assert analysis.article.lang in LANGS
    problems = contract_problems(analysis.to_dict())
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", [None, "fr"])
def test_lone_surrogates_from_the_api_never_escape_as_raw_exceptions(monkeypatch, lang):
    """A str from a cut JSON string can hold half a surrogate pair: an analysis or a NewsgraphError."""
    monkeypatch.delenv("NEWSGRAPH_DEBUG")
    text = "Le président \udfff a parlé avec le ministre de la santé hier soir à Paris."
    try:
        analysis = newsgraph.analyze(text, lang=lang)
    except newsgraph.NewsgraphError:
        return
    assert not contract_problems(analysis.to_dict())
