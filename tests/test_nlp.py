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
