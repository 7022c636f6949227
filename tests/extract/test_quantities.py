"""Quantities: value, unit lemma and approximate, for numbers in digits or words."""
from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import lang
from newsgraph.extract.numbers import combine, parse_digits
from newsgraph.extract.quantities import find_quantities
from newsgraph.nlp import model_text

FR, EN = lang.get("fr"), lang.get("en")


def quantities_of(nlp, data, text):
    found = find_quantities(nlp(model_text(text)), data, text)
    for q in found:
        assert text[q.span.start:q.span.end] == q.span.text
    return found


def by_text(found):
    return {q.span.text: (q.value, q.unit, q.approximate) for q in found}


# --- reading numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("written, value", [
    ("100 000", 100000), ("100\u00a0000", 100000), ("100\u202f000", 100000), ("1.500", 1500),
    ("1,500,000", 1500000), ("2,5", 2.5), ("2.5", 2.5), ("0,125", 0.125), ("1.500,25", 1500.25),
    ("2008", 2008),
])
def test_digits_in_either_convention(written, value):
    assert parse_digits(written) == value


@pytest.mark.parametrize("parts, value", [
    ([(4, False), (20, False)], 80),  # quatre-vingts
    ([(4, False), (20, False), (10, False), (7, False)], 97),  # quatre-vingt-dix-sept
    ([(3, False), (100, False), (50, False), (1000, True)], 350000),  # trois cent cinquante mille
    ([(2, False), (1000, True), (5, False), (100, False)], 2500),  # deux mille cinq cents
    ([(2.5, False), (1e6, True)], 2.5e6),  # 2,5 millions
    ([(100, False), (1000, False)], 100000),  # centaines de milliers
    ([(1000, True), (1e9, True)], 1e12),  # mille milliards
])
def test_number_words_combine(parts, value):
    assert combine(parts) == value


# --- the seed ----------------------------------------------------------------------------------

def test_seed_quantities_stage(nlp_fr, seed_text):
    got = by_text(quantities_of(nlp_fr, FR, seed_text))
    assert got["50 minutes"] == (50, "minute", False)
    assert got["environ 100 000 soldats"] == (100000, "soldat", True)
    assert got["sept ans"] == (7, "an", False)  # optional gold
    assert len(got) == 3  # no "une", no "2008", no "10 janvier"


def test_seed_through_the_pipeline(seed_analysis):
    text = seed_analysis.article.text
    for needle, value in (("50 minutes", 50), ("100 000 soldats", 100000)):
        start = text.index(needle)
        assert any(q.span.start < start + len(needle) and start < q.span.end and q.value == value
                   for q in seed_analysis.quantities), needle


# --- French ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, unit, approximate", [
    ("Ils ont parlé pendant 50 minutes.", "50 minutes", 50, "minute", False),
    ("L’accumulation d’environ 100 000 soldats inquiète.", "environ 100 000 soldats", 100000, "soldat", True),
    ("Près de 100\u00a0000 soldats sont massés.", "Près de 100\u00a0000 soldats", 100000, "soldat", True),
    ("Plus de 2008 soldats sont arrivés.", "Plus de 2008 soldats", 2008, "soldat", True),
    ("L'accumulation de 2008 soldats inquiète.", "2008 soldats", 2008, "soldat", False),
    ("La crise survient sept ans après.", "sept ans", 7, "an", False),
    ("Cinquante manifestants ont été arrêtés.", "Cinquante manifestants", 50, "manifestant", False),
    ("On compte vingt-et-un blessés.", "vingt-et-un blessés", 21, "blessé", False),
    ("Quatre-vingts soldats ont été tués.", "Quatre-vingts soldats", 80, "soldat", False),
    ("Deux hauts responsables ont démissionné.", "Deux hauts responsables", 2, "responsable", False),
    ("Le projet coûte 2,5 millions d'euros.", "2,5 millions d'euros", 2.5e6, "euro", False),
    ("Le déficit atteint trois milliards de dollars.", "trois milliards de dollars", 3e9, "dollar", False),
    ("Le budget atteint 1,5 Md€.", "1,5 Md€.", 1.5e9, "euro", False),
    ("Il a gagné 1.500 euros.", "1.500 euros", 1500, "euro", False),
    ("Le billet coûte 10 €.", "10 €", 10, "euro", False),
    ("Le taux est passé à 80%.", "80%", 80, "%", False),
    ("Il a recueilli 45 pour cent des voix.", "45 pour cent", 45, "%", False),
    ("Des centaines de personnes ont défilé.", "centaines de personnes", 100, "personne", True),
    ("Une centaine de manifestants s'est réunie.", "Une centaine de manifestants", 100, "manifestant", True),
    ("Des centaines de milliers de réfugiés ont fui.", "centaines de milliers de réfugiés", 1e5, "réfugié", True),
    ("La guerre a coûté plus de mille milliards de dollars.", "plus de mille milliards de dollars", 1e12,
     "dollar", True),
    ("Plus d'un million de personnes ont signé.", "Plus d'un million de personnes", 1e6, "personne", True),
])
def test_french_quantities(nlp_fr, text, span, value, unit, approximate):
    assert by_text(quantities_of(nlp_fr, FR, text)).get(span) == (value, unit, approximate)


@pytest.mark.parametrize("text", [
    "Un homme et une femme ont été blessés.",  # articles, not counts
    "La promesse faite à la Géorgie en 2008.",  # a year
    "Les pourparlers auront lieu le 10 janvier 2022 à 10h30.",  # a date and a time
    "Le 1er mai, le 2e tour a eu lieu au XXe siècle.",  # ordinals
    "Le score final est de 3-1 contre le COVID-19.",
    "L'article 5 du traité s'applique.",  # no unit: a reference, not a quantity
    "Le 17 juin dernier, ils ont parlé.",  # a day
    "Ils ont tous deux une couche protectrice.",  # two numbers side by side are not one
])
def test_french_non_quantities(nlp_fr, text):
    assert quantities_of(nlp_fr, FR, text) == ()


# --- English -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, unit, approximate", [
    ("About 100 troops were deployed.", "About 100 troops", 100, "troop", True),
    ("About 100 U.S. troops were deployed.", "About 100 U.S. troops", 100, "troop", True),
    ("Congress approved $2.5 billion in aid.", "$2.5 billion", 2.5e9, "dollar", False),
    ("The deal is worth £3m.", "£3m.", 3e6, "pound", False),
    ("He won 45 percent of the vote.", "45 percent", 45, "%", False),
    ("Nearly 2,500 jobs were lost.", "Nearly 2,500 jobs", 2500, "job", True),
    ("More than 1,000 protesters gathered.", "More than 1,000 protesters", 1000, "protester", True),
    ("Hundreds of thousands of people marched.", "Hundreds of thousands of people", 1e5, "people", True),
    ("Two dozen senators signed.", "Two dozen senators", 24, "senator", False),
    ("About a dozen people demonstrated.", "About a dozen people", 12, "people", True),
    ("There were 3,210 shooting victims.", "3,210 shooting victims", 3210, "victim", False),
    ("Sixty-two percent of Republicans agree.", "Sixty-two percent", 62, "%", False),
])
def test_english_quantities(nlp_en, text, span, value, unit, approximate):
    assert by_text(quantities_of(nlp_en, EN, text)).get(span) == (value, unit, approximate)


@pytest.mark.parametrize("text", [
    "One of the senators objected.",
    "The bill passed on Sept. 12, 2019 at 10:30 a.m.",
    "In 2016 the campaign changed.",
    "In his 2002 book, he said so.",  # a year naming a thing
    "Slavery held thousands in chains.",  # 'chains' is not what the number counts
])
def test_english_non_quantities(nlp_en, text):
    assert quantities_of(nlp_en, EN, text) == ()


def test_the_stage_is_cheap_beside_the_parse(stage_to_parse_ratio, seed_text):
    text = "\n".join([seed_text] * 3)
    assert stage_to_parse_ratio(text, lambda doc, text: find_quantities(doc, FR, text)) < 0.1


# --- robustness --------------------------------------------------------------------------------

FRAGMENTS = ["environ", "près", "de", "d'", "about", "more", "than", "100", "000", "1.500", "2,5", "0,125",
             "1,500,000", "millions", "milliards", "billion", "m", "Md€", "€", "$", "£", "%", "pour", "cent",
             "percent", "un", "une", "one", "a", "dozen", "centaines", "milliers", "hundreds", "of", "quatre",
             "vingt", "-", "et", "soldats", "troops", "euros", "ans", "2008", "10", "janvier", "10h30", "1er",
             "3-1", "COVID-19", "neuf", ".", ","]


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=20),
       st.lists(st.sampled_from([" ", " ", "", "\u00a0", "\u202f"]), min_size=20, max_size=20))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_fragments_never_break_the_stage(nlp_fr, nlp_en, words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps)).strip() or "x"
    for nlp, data in ((nlp_fr, FR), (nlp_en, EN)):
        for q in quantities_of(nlp, data, text):
            assert 0 <= q.span.start < q.span.end <= len(text)
            assert math.isfinite(q.value) and q.value >= 0
            assert q.unit
