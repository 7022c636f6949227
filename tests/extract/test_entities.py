"""Entity stage: merging, titles, metonyms, countries and language-independent keys."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.identity import fold_name, known_person


def _entity_with(analysis, mention_text):
    for e in analysis.entities:
        if any(m.text == mention_text for m in e.mentions):
            return e
    raise AssertionError(f"no entity has the mention {mention_text!r}: {[e.name for e in analysis.entities]}")


def test_transliterations_fold_to_one_key():
    assert fold_name("Vladimir Poutine") == fold_name("Vladimir Putin")
    assert fold_name("Ouchakov") == fold_name("Ushakov")
    assert fold_name("Dmitri Peskov") == fold_name("Dmitry Peskov")
    assert fold_name("Emmanuel Macron") != fold_name("Emmanuel Valls")


def test_known_person_needs_the_same_first_name():
    assert known_person(["Biden"]) == "Joe Biden"
    assert known_person(["Hunter", "Biden"]) is None
    assert known_person(["Poutine"]) == "Vladimir Putin"


def test_full_name_surname_and_honorific_are_one_person():
    a = newsgraph.analyze("Vladimir Poutine a rencontré Joe Biden. M. Poutine a ensuite parlé à la presse. "
                          "Poutine est reparti.", lang="fr", published="2021-12-31")
    putin = _entity_with(a, "Vladimir Poutine")
    assert {m.text for m in putin.mentions} >= {"Vladimir Poutine", "M. Poutine", "Poutine"}
    assert putin.type == "PERSON" and putin.country == "RUS" and putin.gender == "m"
    assert _entity_with(a, "Joe Biden").id != putin.id


def test_key_is_language_independent():
    fr = newsgraph.analyze("Vladimir Poutine a averti l'OTAN, a déclaré le Kremlin.", lang="fr")
    en = newsgraph.analyze("Vladimir Putin warned NATO, the Kremlin said.", lang="en")
    for a_text, b_text in (("Vladimir Poutine", "Vladimir Putin"), ("OTAN", "NATO"), ("Kremlin", "Kremlin")):
        assert _entity_with(fr, a_text).key == _entity_with(en, b_text).key


def test_title_reference_links_to_the_established_person(seed_analysis):
    putin = _entity_with(seed_analysis, "Vladimir Poutine")
    texts = {m.text for m in putin.mentions}
    assert {"le président russe", "le leader russe", "M. Poutine"} <= texts
    biden = _entity_with(seed_analysis, "Joe Biden")
    assert "Le président américain" in {m.text for m in biden.mentions}


def test_capital_acting_is_its_country_but_a_location_is_a_place():
    a = newsgraph.analyze("Moscou a rejeté la proposition. Les négociateurs se sont retrouvés à Genève.", lang="fr")
    assert _entity_with(a, "Moscou").key == "country:RUS"
    geneva = _entity_with(a, "Genève")
    assert geneva.type == "GPE" and geneva.country == "CHE" and geneva.key.startswith("city:")


def test_metonyms_are_organisations_with_their_country(seed_analysis):
    kremlin = _entity_with(seed_analysis, "Kremlin")
    assert (kremlin.type, kremlin.country) == ("ORG", "RUS")
    white_house = _entity_with(seed_analysis, "Maison Blanche")
    assert (white_house.type, white_house.country) == ("ORG", "USA")


def test_countries_resolve_with_pycountry_names(seed_analysis):
    assert _entity_with(seed_analysis, "Géorgie").country == "GEO"
    assert _entity_with(seed_analysis, "Ukraine").country == "UKR"


def test_ner_faults_that_follow_a_pattern_are_fixed(seed_analysis):
    washington = _entity_with(seed_analysis, "Washington")
    assert washington.type == "GPE" and washington.country == "USA"
    osce = _entity_with(seed_analysis, "Organisation pour la sécurité et la coopération en Europe")
    assert osce.type == "ORG"


def test_appositions_become_descriptors_and_give_the_country(seed_analysis):
    psaki = _entity_with(seed_analysis, "Jen Psaki")
    assert "porte-parole de la Maison Blanche" in psaki.descriptors
    assert psaki.country == "USA" and psaki.gender == "f"
    ushakov = _entity_with(seed_analysis, "Yuri Ushakov")
    assert ushakov.descriptors == ("conseiller aux affaires étrangères de M. Poutine",)
    assert "M. Ouchakov" in {m.text for m in ushakov.mentions}
    assert _entity_with(seed_analysis, "Joe Biden").descriptors != ushakov.descriptors


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_is_refused(text):
    with pytest.raises(newsgraph.NewsgraphError):
        newsgraph.analyze(text, lang="fr")


def test_a_name_ner_labels_two_ways_is_one_organisation():
    text = ("Créé fin mars par la Fondation Roi Baudouin dans le cadre de la lutte contre le coronavirus, "
            "le Fonds a alloué 1,85 million d'euros, a indiqué la fondation jeudi.\n"
            "\" Le manque de contacts sociaux a été l'une des conséquences les plus tangibles des mesures "
            "de confinement \", explique la Fondation Roi Baudouin.")
    a = newsgraph.analyze(text, lang="fr")
    foundations = [e for e in a.entities if "fondation" in e.name.lower()]
    assert len(foundations) == 1 and foundations[0].type == "ORG"
    assert {m.text for m in foundations[0].mentions} >= {"Fondation Roi Baudouin", "la fondation"}


@pytest.mark.parametrize("lang, text, mention", [
    ("fr", "Le ministre a réagi sur Twitter dimanche, puis Facebook a supprimé la vidéo.", "Twitter"),
    ("fr", "Le ministre a réagi sur Twitter dimanche, puis Facebook a supprimé la vidéo.", "Facebook"),
    ("en", "The minister replied on Twitter on Sunday, and Facebook removed the video.", "Facebook"),
])
def test_social_networks_are_organisations(lang, text, mention):
    """A social network is the company that runs it (ORG, from the gazetteer), not a MISC name."""
    entity = _entity_with(newsgraph.analyze(text, lang=lang), mention)
    assert (entity.type, entity.key) == ("ORG", f"org:{mention.lower()}")
