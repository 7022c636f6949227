"""Dates: candidates found by rules, resolved against the publication date, with their grain."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import lang
from newsgraph.extract.dates import find_dates, parse_published
from newsgraph.nlp import model_text

FR, EN = lang.get("fr"), lang.get("en")
PUB = "2021-12-31"  # a Friday, the seed's publication day


def dates_of(nlp, data, text, published=PUB):
    found = find_dates(nlp(model_text(text)), data, published, text)
    for d in found:
        assert text[d.span.start:d.span.end] == d.span.text
    return found


def by_text(found):
    return {d.span.text: (d.value, d.grain) for d in found}


# --- the seed ----------------------------------------------------------------------------------

def test_seed_dates_stage(nlp_fr, seed_text):
    got = by_text(dates_of(nlp_fr, FR, seed_text))
    assert got["jeudi"] == ("2021-12-30", "day")
    assert got["10 janvier"] == ("2022-01-10", "day")  # the next one: the talks are upcoming
    assert got["début du mois"] == ("2021-12", "month")
    assert got["2008"] == ("2008", "year")
    # optional gold items
    assert got["début de l’année prochaine"] == ("2022", "year")
    assert got["plus tôt ce mois-ci"] == ("2021-12", "month")
    assert ("2014", "year") in got.values()  # "sept ans après que", anchored to the publication year


def test_seed_through_the_pipeline(seed_analysis):
    gold = {"jeudi": "2021-12-30", "10 janvier": "2022-01-10", "début du mois": "2021-12", "2008": "2008"}
    text = seed_analysis.article.text
    for needle, value in gold.items():
        start = text.index(needle)
        hits = [d for d in seed_analysis.dates
                if d.span.start < start + len(needle) and start < d.span.end and (d.value or "").startswith(value)]
        assert hits, needle


# --- French rules ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, grain", [
    # a weekday: the last one on or before publication in the past tense ...
    ("Il a parlé au téléphone jeudi.", "jeudi", "2021-12-30", "day"),
    ("Ils se sont vus vendredi.", "vendredi", "2021-12-31", "day"),
    # ... the next one in the future tense
    ("Le ministre se rendra jeudi à Paris.", "jeudi", "2022-01-06", "day"),
    ("Il va rencontrer lundi son homologue.", "lundi", "2022-01-03", "day"),
    ("Il est revenu lundi dernier.", "lundi dernier", "2021-12-27", "day"),
    ("Il reviendra mardi prochain.", "mardi prochain", "2022-01-04", "day"),
    ("Dimanche soir, la police est intervenue.", "Dimanche soir", "2021-12-26", "day"),
    # day and month without a year: the year nearest to publication
    ("Les pourparlers auront lieu le 10 janvier.", "10 janvier", "2022-01-10", "day"),
    ("La loi a été votée le 3 novembre.", "3 novembre", "2021-11-03", "day"),
    ("Le 1er janvier, la réforme entre en vigueur.", "1er janvier", "2022-01-01", "day"),
    # ... unless the tense says otherwise: a past 20 June in a December article is this year's
    ("Elle a été tuée le 20 juin.", "20 juin", "2021-06-20", "day"),
    ("Il est parti le 20 juin.", "20 juin", "2021-06-20", "day"),
    ("Le 17 juin dernier, il avait parlé.", "17 juin dernier", "2021-06-17", "day"),
    ("Le 3 octobre prochain, il partira.", "3 octobre prochain", "2022-10-03", "day"),
    ("Le procès s'ouvrira le 20 juin.", "20 juin", "2022-06-20", "day"),
    ("Il a été libéré le 3 mai 2019.", "3 mai 2019", "2019-05-03", "day"),
    ("Jeudi 10 janvier 2019, il pleuvait.", "Jeudi 10 janvier 2019", "2019-01-10", "day"),
    # months and years
    ("Il a été arrêté en mars 2019.", "mars 2019", "2019-03", "month"),
    ("Les élections auront lieu en mars.", "mars", "2022-03", "month"),
    ("La promesse faite à la Géorgie en 2008.", "2008", "2008", "year"),
    ("Depuis 2015, rien n'a changé.", "2015", "2015", "year"),
    # relative expressions
    ("Il l'a dit hier.", "hier", "2021-12-30", "day"),
    ("Il le dira aujourd’hui.", "aujourd’hui", "2021-12-31", "day"),
    ("Elle l'annoncera demain.", "demain", "2022-01-01", "day"),
    ("Un appel a eu lieu au début du mois.", "début du mois", "2021-12", "month"),
    ("Les demandes soumises plus tôt ce mois-ci.", "plus tôt ce mois-ci", "2021-12", "month"),
    ("Le chômage a baissé le mois dernier.", "le mois dernier", "2021-11", "month"),
    ("Le sommet aura lieu l’an prochain.", "l’an prochain", "2022", "year"),
    ("Les travaux reprendront début de l'année prochaine.", "début de l'année prochaine", "2022", "year"),
    ("Le contrat expirait fin 2020.", "fin 2020", "2020", "year"),
    ("Il arrivera mi-janvier.", "mi-janvier", "2022-01", "month"),
    ("Ce sera achevé d'ici la fin du mois d'avril.", "fin du mois d'avril", "2022-04", "month"),
    ("Il est parti il y a deux ans.", "il y a deux ans", "2019", "year"),
    ("Il est parti il y a 3 jours.", "il y a 3 jours", "2021-12-28", "day"),
    ("Elle a démissionné la semaine dernière.", "la semaine dernière", "2021-W51", "week"),
    ("La crise survient sept ans après que la Russie a annexé la Crimée.", "sept ans après que", "2014", "year"),
    # a time is kept when its day is known
    ("Il a été libéré le 3 mai 2019 à 10h30.", "3 mai 2019 à 10h30", "2019-05-03T10:30", "time"),
    ("Hier, vers 22h, un incendie s'est déclaré.", "Hier, vers 22h", "2021-12-30T22:00", "time"),
    # numeric dates are read in the language's day/month order (by dateparser)
    ("Elle est née le 12/03/1990.", "12/03/1990", "1990-03-12", "day"),
])
def test_french_dates(nlp_fr, text, span, value, grain):
    assert by_text(dates_of(nlp_fr, FR, text)).get(span) == (value, grain)


@pytest.mark.parametrize("text", [
    "L'accumulation de 2008 soldats inquiète Kiev.",  # a count, not a year
    "Le taux est passé à 80% en un an.",
    "Environ 2000 personnes ont manifesté.",
    "Le rendez-vous est fixé à 10h30.",  # a time without a known day
    "La mission vers Mars a décollé.",  # the planet
    "Le score final est de 3-1.",
    "Il portait ce soir-là un t-shirt noir.",  # that evening, not this one
])
def test_french_non_dates(nlp_fr, text):
    assert dates_of(nlp_fr, FR, text) == ()


def test_spans_quote_the_original_text(nlp_fr):
    text = "Il\u00a0reviendra l’an prochain, le\u202f10\u00a0janvier."
    got = by_text(dates_of(nlp_fr, FR, text))
    assert got["l’an prochain"] == ("2022", "year")
    assert got["10\u00a0janvier"] == ("2022-01-10", "day")


def test_without_publication_date_only_absolute_dates_resolve(nlp_fr):
    got = by_text(dates_of(nlp_fr, FR, "Le 10 janvier 2019, puis le 10 janvier, jeudi, en 2008 et hier.", None))
    assert got["10 janvier 2019"] == ("2019-01-10", "day")
    assert got["2008"] == ("2008", "year")
    assert got["10 janvier"] == (None, "day")
    assert got["jeudi"] == (None, "day")
    assert got["hier"] == (None, "day")


def test_publication_datetime_and_garbage():
    assert parse_published("2021-12-31T18:45:00+01:00") == date(2021, 12, 31)
    assert parse_published("2021-12-31") == date(2021, 12, 31)
    assert parse_published("not a date") is None
    assert parse_published(None) is None


def test_mentions_are_sorted_and_do_not_overlap(nlp_fr, seed_text):
    found = dates_of(nlp_fr, FR, seed_text)
    for a, b in zip(found, found[1:]):
        assert a.span.end <= b.span.start


# --- English -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, grain", [
    ("The senator spoke on Tuesday.", "Tuesday", "2021-12-28", "day"),
    ("They will meet on Thursday.", "Thursday", "2022-01-06", "day"),
    ("The vote was held Sept. 12.", "Sept. 12", "2021-09-12", "day"),
    ("The hearing is set for Jan. 10.", "Jan. 10", "2022-01-10", "day"),
    ("On March 3, 2019 the bill passed.", "March 3, 2019", "2019-03-03", "day"),
    ("He took office in May 2017.", "May 2017", "2017-05", "month"),
    ("Congress passed it in 2008.", "2008", "2008", "year"),
    ("He said it last week.", "last week", "2021-W51", "week"),
    ("Earlier this month, the White House said so.", "Earlier this month", "2021-12", "month"),
    ("The law passed two years ago.", "two years ago", "2019", "year"),
    ("Unemployment rose late last year.", "late last year", "2020", "year"),
    ("In his 2002 book, he said so.", "2002", "2002", "year"),  # a singular noun: named by its year
    ("The fund will be worth more in 18 years.", "in 18 years", "2039", "year"),
    ("The speech on March 3, 2019 at 10:30 a.m. was short.", "March 3, 2019 at 10:30 a.m.", "2019-03-03T10:30", "time"),
])
def test_english_dates(nlp_en, text, span, value, grain):
    assert by_text(dates_of(nlp_en, EN, text)).get(span) == (value, grain)


@pytest.mark.parametrize("text", [
    "They may go home.",
    "Theresa May spoke to reporters.",
    "A reporter for USA Today asked.",  # a name, not today
    "About 2000 troops were deployed.",
    "The meeting starts at 10:30 a.m.",
    "It filed for bankruptcy, its second time in three years.",  # a span of time in a past clause
])
def test_english_non_dates(nlp_en, text):
    assert dates_of(nlp_en, EN, text) == ()


def test_the_stage_is_cheap_beside_the_parse(stage_to_parse_ratio, seed_text):
    text = "\n".join([seed_text] * 2)
    assert stage_to_parse_ratio(text, lambda doc, text: find_dates(doc, FR, PUB, text)) < 0.1


# --- robustness --------------------------------------------------------------------------------

FRAGMENTS = ["le", "10", "janvier", "Jan.", "Sept.", "2008", "1er", "jeudi", "Tuesday", "mi-", "fin", "début",
             "du", "mois", "d'", "l’an", "prochain", "dernier", "last", "next", "environ", "100", "000",
             "soldats", "%", "€", "$", "2,5", "millions", "10h30", "22h", "10:30", "a.m.", "12/03/2019",
             "2019-03-12", "31/02/2019", "un", "il y a", "deux", "ans", "après", "que", "ce mois-ci",
             "ago", "years", "hier", "Mars", "mai", "May", "may", "quatre-vingts", "3-1", "à", "en", "in",
             "soir", "morning", ".", ",", "-", "«", "»"]


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=20),
       st.lists(st.sampled_from([" ", " ", "", "\u00a0", "\n"]), min_size=20, max_size=20),
       st.sampled_from([None, PUB, "2020-02-29", "2024-01-01T00:30:00Z", "not a date"]))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_random_fragments_never_break_the_stage(nlp_fr, nlp_en, words, gaps, published):
    text = "".join(w + g for w, g in zip(words, gaps)).strip() or "x"
    for nlp, data in ((nlp_fr, FR), (nlp_en, EN)):
        for d in dates_of(nlp, data, text, published):
            assert 0 <= d.span.start < d.span.end <= len(text)
            assert d.grain in ("year", "month", "week", "day", "time")
            if d.value is not None:
                assert re.fullmatch(r"\d{4}(-W\d\d|-\d\d(-\d\d(T\d\d:\d\d)?)?)?", d.value), d.value
