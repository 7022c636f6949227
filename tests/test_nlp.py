"""The text the model sees, paragraphs, sentence bounds and language identification."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import UnsupportedLanguage
from newsgraph.nlp import check_language, detect_language, model_text, paragraph_spans

# --- model_text: same length, one code point for one ------------------------------------------------

ODD = ("\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u200b\u200c\u200d\u2060\ufeff\u00ad\u2028\u2029\r\t"
       "\x0b\x0c\x85\x00\x01\x1b\x7f\x9f’‘ʼ´`\u200e\u200f\u202a\u202e\u2066\ud800\udfff\ufff9")


@pytest.mark.parametrize("ch", list(ODD), ids=[f"U+{ord(c):04X}" for c in ODD])
def test_model_text_swaps_one_odd_character_for_one(ch):
    text = f"a{ch}b"
    seen = model_text(text)
    assert len(seen) == 3 and seen[0] == "a" and seen[2] == "b"
    assert seen[1] in " \n'"


@pytest.mark.parametrize("text, seen", [
    ("l’Ukraine", "l'Ukraine"),
    ("M.\u00a0Biden\u202f!", "M. Biden !"),
    ("un\r\ndeux\rtrois", "un\n\ndeux\ntrois"),
    ("tab\there", "tab here"),
    ("soft\u00adhyphen", "soft hyphen"),
    ("«\u00a0Non\u00a0»", "« Non »"),
])
def test_model_text_known_swaps(text, seen):
    assert model_text(text) == seen


def test_model_text_leaves_ordinary_text_alone():
    text = "« Non », a dit M. Poutine — “No” — 😀 مرحبا e\u0301 ß İ 100 000 €\n"
    assert model_text(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(codec=None), st.sampled_from(list(ODD)))))
def test_model_text_keeps_length_and_is_idempotent(text):
    seen = model_text(text)
    assert len(seen) == len(text)
    assert model_text(seen) == seen
    assert all(a == b for a, b in zip(text, seen) if a not in ODD and a.isalnum())


# --- paragraphs ----------------------------------------------------------------------------------

def test_seed_has_24_paragraphs_one_per_line(seed_text):
    spans = paragraph_spans(seed_text)
    lines = seed_text.split("\n")
    assert len(lines) == len(spans) == 24
    assert [seed_text[s:e].strip() for s, e in spans] == [line.strip() for line in lines]


def test_paragraphs_break_at_newlines_and_runs_of_spaces():
    text = "Un.\r\nDeux.\r\rTrois.  Quatre.\u00a0\u00a0Cinq. Six.\n\n   \n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["Un.", "Deux.", "Trois.", "Quatre.", "Cinq. Six."]


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "\r\n\u00a0\u2028"])
def test_no_paragraph_in_blank_text(text):
    assert paragraph_spans(text) == []


# --- sentences -------------------------------------------------------------------------------------

def sentences(nlp, text):
    return [s.text.strip() for s in nlp(model_text(text)).sents if s.text.strip()]


def test_seed_sentences_start_at_every_line(nlp_fr, seed_text):
    doc = nlp_fr(model_text(seed_text))
    starts = {s.start_char for s in doc.sents}
    assert len(list(doc.sents)) > 11
    for s, _ in paragraph_spans(seed_text):
        assert s in starts, seed_text[s:s + 60]


def test_sentences_keep_within_lines(nlp_fr, seed_text):
    """No sentence runs over a line break (each heading line ends its sentence)."""
    doc = nlp_fr(model_text(seed_text))
    for sent in doc.sents:
        assert "\n" not in sent.text.strip(), sent.text


@pytest.mark.parametrize("heading", ["Une « erreur colossale »",
                                     "Les États-Unis appellent à « un environnement de désescalade »",
                                     "Poutine met en garde Biden"])
def test_a_heading_line_without_final_punctuation_is_its_own_sentence(nlp_fr, heading):
    text = f"{heading}\nSelon M. Ouchakov, la Russie agirait de la même manière."
    assert sentences(nlp_fr, text) == [heading, "Selon M. Ouchakov, la Russie agirait de la même manière."]


def test_a_heading_line_is_its_own_sentence_in_english(nlp_en):
    text = "A colossal mistake\r\nThe spokesman said so. It was late."
    assert sentences(nlp_en, text)[0] == "A colossal mistake"


@pytest.mark.parametrize("text, expected", [
    ("Le communiqué a été transmis à la presse.La préfecture a reculé.",
     ["Le communiqué a été transmis à la presse.", "La préfecture a reculé."]),
    ("Il a dit non.« Jamais », a-t-il ajouté.", ["Il a dit non.", "« Jamais », a-t-il ajouté."]),
])
def test_glued_sentences_split(nlp_fr, text, expected):
    assert sentences(nlp_fr, text) == expected


def test_no_sentence_starts_after_a_comma(nlp_fr):
    text = "Selon Yuri Ushakov, conseiller aux affaires étrangères de M. Poutine, M. Biden a répété la menace."
    assert sentences(nlp_fr, text) == [text]


def test_abbreviated_titles_do_not_end_sentences(nlp_fr):
    text = "M. Biden a parlé avec M. Poutine. Mme Psaki a confirmé."
    assert sentences(nlp_fr, text) == ["M. Biden a parlé avec M. Poutine.", "Mme Psaki a confirmé."]


# --- language ------------------------------------------------------------------------------------

def test_detects_french(seed_text):
    assert detect_language(seed_text) == "fr"
    assert detect_language("Le gouvernement a annoncé jeudi une nouvelle réforme des retraites.") == "fr"


def test_detects_english():
    assert detect_language("The president said on Thursday that the United States would respond firmly.") == "en"


@pytest.mark.parametrize("text, name", [
    ("Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuern für alle Bürger gesenkt werden.",
     "German"),
    ("El gobierno anunció el jueves una nueva reforma de las pensiones para todos los trabajadores.", "Spanish"),
])
def test_other_languages_are_refused_listing_the_supported_ones(text, name):
    with pytest.raises(UnsupportedLanguage) as caught:
        detect_language(text)
    message = str(caught.value)
    assert name in message and "supported languages: fr, en" in message and "--lang" in message


def test_text_without_words_is_refused_listing_the_supported_ones():
    with pytest.raises(UnsupportedLanguage, match=r"supported languages: fr, en \(or force one with --lang\)"):
        detect_language("12345 !!! 678")


@pytest.mark.parametrize("given, code", [("fr", "fr"), ("EN", "en"), ("fr-FR", "fr"), ("en_GB", "en")])
def test_check_language_accepts_supported_codes(given, code):
    assert check_language(given) == code


@pytest.mark.parametrize("given", ["de", "es", ""])
def test_check_language_refuses_others_listing_the_supported_ones(given):
    with pytest.raises(UnsupportedLanguage, match="supported languages: fr, en"):
        check_language(given)


def test_words_glued_by_a_lost_line_break_are_split_but_names_are_not(nlp_fr):
    words = [t.text for t in nlp_fr.tokenizer("Macron applaudi et huéAprès cette séquence. McDonald LeBron iPhone")]
    assert words[:5] == ["Macron", "applaudi", "et", "hué", "Après"]
    assert {"McDonald", "LeBron", "iPhone"} <= set(words)


def test_two_apostrophes_as_quotation_marks_become_curly_marks_of_the_same_length():
    from newsgraph.nlp import model_text

    text = "Forum. ''It's anti-reform,'' said Mr. Cole; aujourd''hui, L''affaire et la ''stratégie''."
    normalized = model_text(text)
    assert len(normalized) == len(text)
    assert "“ It's anti-reform, ”" in normalized and "“ stratégie ”" in normalized
    assert "aujourd''hui" in normalized and "L''affaire" in normalized  # inside a word: apostrophes


def test_a_quote_in_two_apostrophes_is_found_with_its_speaker():
    import newsgraph

    a = newsgraph.analyze("La ministre Najat Vallaud-Belkacem est en colère. "
                          "''C'est une parole légère et infondée du souverain pontife'', a-t-elle ajouté.", lang="fr")
    (q,) = [q for q in a.quotes if q.kind == "direct"]
    assert q.span.text == "C'est une parole légère et infondée du souverain pontife"
    assert a.entity(q.speaker).name == "Najat Vallaud-Belkacem"


# --- sentence starts in one pass: the same bounds as token-by-token setting ------------------------

def _token_by_token_paragraph_starts(doc):
    """The component as it was before it wrote the bounds in one pass (quadratic in spaCy 3.8)."""
    from newsgraph.nlp import _CLOSERS, _SENTENCE_END, _glued_sentence_start

    for token in doc[1:]:
        prev = doc[token.i - 1]
        breaks = "\n" in prev.whitespace_ or "  " in prev.whitespace_ or prev.is_space
        if token.is_space:
            token.is_sent_start = False
        elif breaks or _glued_sentence_start(doc, token):
            token.is_sent_start = True
        elif not (prev.text[-1:] in _SENTENCE_END or (prev.text[:1] in _CLOSERS and token.i >= 2
                                                      and doc[token.i - 2].text[-1:] in _SENTENCE_END)):
            token.is_sent_start = False
    return doc


def _orangesum_texts(shared, n):
    import json

    with (shared / "bench" / "orangesum-5k.fr.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for _, line in zip(range(n), lines)]


GLUED = ("Le communiqué a été transmis à la presse.La préfecture a reculé.\n\n  Titre sans point\n"
         "Il a dit non.« Jamais », a-t-il ajouté.  « Non. » Puis il est parti… \"Fin.\" Voilà ! (Oui.) Bon")


def test_one_pass_sentence_starts_equal_token_by_token(nlp_fr, seed_text, shared):
    from spacy.attrs import SENT_START

    from newsgraph.nlp import mark_paragraph_starts

    texts = [seed_text, GLUED, "Un", ""] + _orangesum_texts(shared, 8)
    before = [name for name, _ in nlp_fr.pipeline[:[n for n, _ in nlp_fr.pipeline].index("newsgraph_paragraphs")]]
    checked = 0
    for text in texts:
        with nlp_fr.select_pipes(enable=before):
            doc = nlp_fr(model_text(text))
        old, new = _token_by_token_paragraph_starts(doc.copy()), mark_paragraph_starts(doc.copy())
        assert old.to_array([SENT_START]).tolist() == new.to_array([SENT_START]).tolist(), text[:80]
        parser = nlp_fr.get_pipe("parser")
        assert [s.start for s in parser(old).sents] == [s.start for s in parser(new).sents], text[:80]
        if len(text) > 100:
            assert any(t.is_sent_start is False for t in old) and any(t.is_sent_start for t in old[1:])
            checked += 1
    assert checked == 10


def test_one_pass_sentence_starts_are_linear_in_the_doc(nlp_fr):
    """Setting the bounds of a doc 8 times longer takes far less than 64 times as long."""
    from time import perf_counter

    from newsgraph.nlp import mark_paragraph_starts

    unit = "Le ministre a parlé.\nIl a dit « non », a-t-il ajouté. "
    timings = []
    for n in (400, 3200):
        doc = nlp_fr.make_doc(unit * n)
        t0 = perf_counter()
        mark_paragraph_starts(doc)
        timings.append(perf_counter() - t0)
    assert timings[1] < 20 * timings[0] + 0.05, timings


# --- long texts are parsed in pieces of whole paragraphs ------------------------------------------

@pytest.mark.parametrize("text, size, pieces", [
    ("aa\nbb\ncc", 2, ["aa\n", "bb\n", "cc"]),
    ("aa\n\n  bb\ncc\n", 2, ["aa\n\n  ", "bb\n", "cc\n"]),
    ("aaaa bbbb\ncc", 5, ["aaaa bbbb\n", "cc"]),
    ("one paragraph only, however long", 3, ["one paragraph only, however long"]),
    ("", 3, [""]),
])
def test_text_pieces_cut_after_paragraph_breaks(text, size, pieces):
    from newsgraph.nlp import text_pieces

    assert text_pieces(text, size) == pieces
    assert "".join(pieces) == text


@pytest.mark.parametrize("text, size, longest, pieces", [
    # a paragraph longer than `longest` is cut after sentence ends, the spaces going with the sentence
    ("Il dit non. Elle dit oui. Fin.", 5, 10, ["Il dit non. ", "Elle dit oui. ", "Fin."]),
    ("« Oui », dit-il. « Non », dit-elle.", 5, 10, ["« Oui », dit-il. ", "« Non », dit-elle."]),
    ("Il a dit « non. » Elle part.", 5, 10, ["Il a dit « non. » ", "Elle part."]),
    # never after an initial or an abbreviated title, nor before a lowercase word
    ("Selon M. Dupont et J. Martin, etc. et voilà.", 5, 10, ["Selon M. Dupont et J. Martin, etc. et voilà."]),
    # a paragraph no longer than `longest` is never cut; paragraph breaks still cut
    ("Il dit non. Elle dit oui.\nFin.", 5, 40, ["Il dit non. Elle dit oui.\n", "Fin."]),
    ("Court. Oui.\nIl dit non. Elle dit oui. Fin.", 5, 15, ["Court. Oui.\n", "Il dit non. ", "Elle dit oui. ", "Fin."]),
])
def test_text_pieces_cut_a_long_paragraph_after_sentence_ends(text, size, longest, pieces):
    from newsgraph.nlp import text_pieces

    assert text_pieces(text, size, longest) == pieces
    assert "".join(pieces) == text


def test_one_long_paragraph_is_parsed_in_pieces_with_the_same_tokens_and_offsets(nlp_fr):
    from newsgraph.nlp import LONG_TEXT, parse, text_pieces

    text = " ".join(f"« Texte numéro {i} », a déclaré Jean Dupont." for i in range(1, 1201))
    assert "\n" not in text and len(text) > LONG_TEXT and len(text_pieces(text)) > 1
    doc, whole = parse(nlp_fr, text), nlp_fr(text)
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]
    starts = {s.start_char for s in doc.sents}
    assert all(text.find(piece) in starts for piece in text_pieces(text))  # each piece starts a sentence
    differ = sum(a.pos_ != b.pos_ or a.dep_ != b.dep_ or a.ent_type_ != b.ent_type_ for a, b in zip(doc, whole))
    assert differ <= 3 * len(text_pieces(text)), differ


def test_a_long_text_is_parsed_in_pieces_with_the_same_tokens_and_offsets(nlp_fr, shared):
    from newsgraph.nlp import LONG_TEXT, parse, text_pieces

    text = model_text("\n".join(_orangesum_texts(shared, 25)))
    assert len(text) > LONG_TEXT and len(text_pieces(text)) > 1
    doc, whole = parse(nlp_fr, text), nlp_fr(text)
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]
    starts = {s.start_char for s in doc.sents}
    for s, _ in paragraph_spans(text):
        assert s in starts
    # the parse may differ only where a piece meets the next: a handful of tokens at most
    differ = sum(a.pos_ != b.pos_ or a.dep_ != b.dep_ or a.ent_type_ != b.ent_type_ for a, b in zip(doc, whole))
    assert differ <= 3 * len(text_pieces(text)), differ


def test_an_agency_sub_heading_run_into_the_text_is_its_own_sentence(nlp_fr):
    # agency copy as OrangeSum carries it (6 % of its articles): "- heading -" with no line break
    text = "Les patients se limiteront au strict nécessaire.- Lits en carton -La vague a frappé la ville."
    words = [t.text for t in nlp_fr.tokenizer(text)]
    assert words[6:11] == ["nécessaire", ".", "-", "Lits", "en"] and "La" in words
    assert sentences(nlp_fr, text) == ["Les patients se limiteront au strict nécessaire.", "- Lits en carton -",
                                       "La vague a frappé la ville."]
    quoted = 'Il a parlé.- Décès -"Pour la première fois, on observe une hausse", a-t-il ajouté.'
    assert sentences(nlp_fr, quoted)[1:] == ["- Décès -", '"Pour la première fois, on observe une hausse", a-t-il ajouté.']


def test_a_dash_inside_a_sentence_is_no_heading(nlp_fr):
    text = "Il a dit non - Pierre aussi - et il est parti. Le match - France contre Belgique - a eu lieu."
    assert len(sentences(nlp_fr, text)) == 2
