"""spaCy pipelines (loaded once per process and language), language identification,
and the text the model sees.

The model never sees the raw text but a *same-length* normalized copy, so every token
offset is also an offset into the article text as read. Normalization only swaps one
code point for one code point (no-break spaces, curly apostrophes, lone ``\\r``).
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

from . import lang as langdata
from .errors import ModelNotInstalled, UnsupportedLanguage

# One code point in, one code point out: offsets into the normalized text are offsets into the input.
_SAME_LENGTH = {
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u3000": " ",
    "\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " ", "\ufeff": " ", "\u00ad": " ",
    "\u2028": "\n", "\u2029": "\n", "\r": "\n", "\t": " ", "\x0b": "\n", "\x0c": "\n", "\x85": "\n",
    "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'",
}
_ODD_CHARS = re.compile(
    "[\x00-\x08\x0b-\x0d\x0e-\x1f\x7f-\x9f\u00a0\u00ad\u00b4\u02bc\u2000-\u200f\u2018\u2019\u2028-\u202f"
    "\u205f-\u206f\u3000\ufeff\ufff9-\ufffb\ud800-\udfff`\t]"
)


# Two apostrophes used as quotation marks (''Manchurian anchors'', ASCII-fied feeds and archives):
# curly marks for the quote stage and the parser, still two characters. Inside a word
# (aujourd''hui, an escaped apostrophe) they stay apostrophes.
_OPENING_APOSTROPHES = re.compile(r"(?:^|(?<=[\s(\[—–-]))''(?=[^\s'])")
_CLOSING_APOSTROPHES = re.compile(r"(?<=[^\s'])''(?=[\s.,;:!?)\]—–-]|$)")


def model_text(text: str) -> str:
    """The text as the model reads it: same length as ``text``, quirks smoothed."""
    text = _ODD_CHARS.sub(lambda m: _SAME_LENGTH.get(m.group(), " "), text)
    if "''" in text:
        text = _OPENING_APOSTROPHES.sub("“ ", text)
        text = _CLOSING_APOSTROPHES.sub(" ”", text)
    return text


PARAGRAPH_BREAK = re.compile(r"\n\s*|[ \t\u00a0\u202f]{2,}")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) offsets: a newline or a run of two or more spaces ends one."""
    spans, pos = [], 0
    norm = model_text(text)
    for m in PARAGRAPH_BREAK.finditer(norm):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if norm[s:e].strip()]


# Long texts are parsed in pieces of whole paragraphs: spaCy's cost per character grows with the length
# of one Doc (its arrays outgrow the caches: +60 % from 10k to 1M characters), a piece's does not.
# A paragraph longer than LONG_TEXT (a feed that lost its line breaks, a transcript) is cut at sentence
# ends too, or its parse time and memory would grow with it.
LONG_TEXT = 40_000
PIECE = 20_000
_PIECE_BREAK = re.compile(r"\n\s*")
# a sentence end a piece may follow: end punctuation after two lowercase letters (so not an initial or
# an abbreviated title, `M.`, `J.`), any closing marks, spaces, then a capital or an opening quote mark
_SENTENCE_BREAK = re.compile(r"(?<=[a-zß-öø-ÿ]{2}[.!?…])(?:[ ]?[»\"”')\]])*[ ]+(?=(?:[«\"“][ ]?)?[A-ZÀ-ÖØ-Þ])")


def _cut_points(text: str, longest: int) -> list[int]:
    """Offsets a piece may end at: after every paragraph break, and inside a paragraph longer than
    ``longest`` characters after every sentence end."""
    points, start = [], 0
    for m in [*_PIECE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        if end - start > longest:
            points += [s.end() for s in _SENTENCE_BREAK.finditer(text, start, end)]
        if m:
            points.append(m.end())
            start = m.end()
    return points


def text_pieces(text: str, size: int = PIECE, longest: int = LONG_TEXT) -> list[str]:
    """``text`` cut after paragraph breaks (a newline and the blanks after it) into pieces of at least
    ``size`` characters, the last one excepted; joined, they are ``text``. A paragraph is cut only when
    it is longer than ``longest``, and then after sentence ends."""
    pieces, start = [], 0
    for point in _cut_points(text, longest):
        if point - start >= size and point < len(text):
            pieces.append(text[start:point])
            start = point
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)``; a text over LONG_TEXT characters is parsed piece by piece (see ``text_pieces``)
    and the pieces joined into one Doc. Every piece starts a paragraph or a sentence; its first tokens
    lose only the view of the previous piece's last words."""
    pieces = text_pieces(text) if len(text) > LONG_TEXT else [text]
    if len(pieces) == 1:
        return nlp(text)
    doc = Doc.from_docs(list(nlp.pipe(pieces, batch_size=4)), ensure_whitespace=False)
    if doc.text != text:  # not expected: the pieces are cut between tokens
        return nlp(text)
    return doc


_SENTENCE_END = frozenset(".!?…")
_CLOSERS = frozenset("»\"”’')]")
_OPENERS = frozenset("«\"“")


def _glued_sentence_start(doc: Doc, token) -> bool:
    """Feeds that lost their spaces: "presse.La préfecture", "en France.«Une enquête"."""
    if token.i < 2:
        return False
    prev, word = doc[token.i - 1], doc[token.i - 2]
    return (prev.text in (".", "!", "?") and not prev.whitespace_ and not word.whitespace_
            and word.is_alpha and len(word.text) >= 3 and word.text[-1].islower()
            and (token.text[:1].isupper() or token.text in ("«", "“", '"')))


HEADING_DASHES = frozenset("-–—")  # the dashes that set off an agency sub-heading
_HEADING_MAX_TOKENS = 12


def _dash_headings(doc: Doc) -> set[int]:
    """Where the sentences start around the sub-headings that agency copy runs into its text without a
    line break ("au strict nécessaire.- Lits en carton -La vague épidémique"): the opening dash
    after a sentence's end, and the first word after the closing dash, a few words later, that opens
    a sentence (a capital or a quotation mark)."""
    out: set[int] = set()
    i = 1
    while i < len(doc) - 2:
        dash, prev = doc[i], doc[i - 1]
        if dash.text in HEADING_DASHES and prev.text[-1:] in _SENTENCE_END | _CLOSERS and doc[i + 1].text[:1].isupper():
            for k in range(i + 2, min(i + 2 + _HEADING_MAX_TOKENS, len(doc) - 1)):
                if doc[k].text[-1:] in _SENTENCE_END:
                    break  # a sentence, not a heading
                if doc[k].text in HEADING_DASHES:
                    after = doc[k + 1]
                    if after.text[:1].isupper() or after.text[:1] in _OPENERS:
                        out.update((i, k + 1))
                        i = k
                    break
        i += 1
    return out


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Sentence bounds the parser must keep: each paragraph (and so each heading line) starts a
    sentence, and no sentence starts after a word or a comma. Translated news confuses the parser
    (it cuts "Selon X, conseiller de Y, P" into three), so it only decides after end punctuation.

    The bounds are written in one pass (``doc.from_array``): setting ``token.is_sent_start`` token by
    token makes spaCy check the whole doc for a parse at each set, which is quadratic in its length."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).astype(numpy.int64)  # 1 start, -1 inside, 0 the parser decides
    heading_closes = _dash_headings(doc)
    for token in doc[1:]:
        i = token.i
        prev = doc[i - 1]
        breaks = "\n" in prev.whitespace_ or "  " in prev.whitespace_ or prev.is_space
        if token.is_space:
            starts[i] = -1  # whitespace stays with the sentence before it
        elif breaks or _glued_sentence_start(doc, token) or i in heading_closes:
            starts[i] = 1
        elif not (prev.text[-1:] in _SENTENCE_END or (prev.text[:1] in _CLOSERS and i >= 2
                                                      and doc[i - 2].text[-1:] in _SENTENCE_END)):
            starts[i] = -1
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))
    return doc


def _customize_tokenizer(nlp: Language) -> None:
    """Split quote marks glued to words (`public."L'arrêté`, `dit»,`), as real feeds glue them."""
    infixes = list(nlp.Defaults.infixes) + [
        r"(?<=[.!?,;:…])[\"“”«»](?=\w)",
        r"(?<=\w)[\"”»](?=[.,;:!?…])",
        r"(?<=\w)[«»](?=\w)",
        r"(?<=[A-Za-zà-ÿ]{2})[.!?](?=[\"“«]?[A-ZÀ-Ý][a-zà-ÿ])",
        r"(?<=[a-zà-ÿ0-9)\"”»]{1})[.!?…](?=[-–—])",
        # words glued by a lost line break: "hué|Après", "Estrosi|Selon" (not McDonald, LeBron, iPhone)
        r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Ý][a-zà-ÿ]{2})",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # agency sub-headings run into the text: "nécessaire.- Lits en carton -La vague", "-\"Pour la première"
    prefixes = list(nlp.Defaults.prefixes) + [r"[-–—](?=[A-ZÀ-Ý\"“«])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


_load_lock = threading.Lock()


@lru_cache(maxsize=None)
def load_pipeline(code: str) -> Language:
    """The spaCy pipeline of one language, loaded once per process."""
    data = langdata.get(code)
    with _load_lock:
        last_error: Exception | None = None
        for name in data.spacy_models:
            try:
                nlp = spacy.load(name)
            except OSError as error:
                last_error = error
                continue
            _customize_tokenizer(nlp)
            nlp.add_pipe("newsgraph_paragraphs", before="parser")
            nlp.max_length = 10_000_000
            return nlp
    raise ModelNotInstalled(
        f"no spaCy pipeline for {data.name} is installed (tried {', '.join(data.spacy_models)}): "
        f"run `make install` or `pip install {data.spacy_models[0].replace('_', '-')}`. ({last_error})"
    )


# --- language identification -------------------------------------------------------------------

_DETECTION_SAMPLE = 3000


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language as L, LanguageDetectorBuilder

    candidates = [L.FRENCH, L.ENGLISH, L.GERMAN, L.SPANISH, L.ITALIAN, L.PORTUGUESE, L.DUTCH,
                  L.RUSSIAN, L.ARABIC, L.CHINESE, L.JAPANESE, L.TURKISH, L.POLISH, L.UKRAINIAN]
    return LanguageDetectorBuilder.from_languages(*candidates).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language. Raises UnsupportedLanguage for others."""
    sample = model_text(text[:_DETECTION_SAMPLE])  # lone surrogates and controls would upset lingua
    words = re.findall(r"\w+", sample.lower())
    # Function words decide clear cases cheaply; lingua decides the rest.
    counts = {code: sum(w in langdata.get(code).stopwords_for_detection for w in words)
              for code in langdata.SUPPORTED}
    best = max(counts, key=counts.get)
    if words and counts[best] >= max(3, 0.15 * len(words)) and sorted(counts.values())[-2] * 3 < counts[best]:
        return best
    found = _detector().detect_language_of(sample)
    if found is None:
        if counts[best] > 0:
            return best
        raise UnsupportedLanguage(
            f"could not identify the language; supported languages: {', '.join(langdata.SUPPORTED)}",
            option="lang")
    code = found.iso_code_639_1.name.lower()
    if code not in langdata.SUPPORTED:
        raise UnsupportedLanguage(
            f"language {code!r} ({found.name.title()}) is not supported; supported languages: "
            f"{', '.join(langdata.SUPPORTED)}", option="lang")
    return code


def check_language(code: str) -> str:
    """A supported ISO 639-1 code from `fr`, `FR`, `fr-FR` or `fr_CA`; anything else is refused."""
    base = re.split(r"[-_]", (code or "").strip().lower(), maxsplit=1)[0]
    try:
        langdata.get(base if len(base) == 2 else "?")
    except LookupError:
        raise UnsupportedLanguage(
            f"language {code!r} is not supported; supported languages: {', '.join(langdata.SUPPORTED)}") from None
    return base
