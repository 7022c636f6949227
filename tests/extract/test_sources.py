"""Source kinds from hand-made identity records (extract/sources.py)."""
from __future__ import annotations

import pytest

from newsgraph import lang
from newsgraph.extract.sources import source_kind, source_kinds
from newsgraph.model import SOURCE_KINDS, Entity, Mention, Span

FR = lang.get("fr")
EN = lang.get("en")


def entity(name, type_="PERSON", key=None, mentions=None, descriptors=()):
    mentions = mentions or (Span(0, len(name), name),)
    return Entity(id="e1", type=type_, name=name, mentions=tuple(mentions), key=key, descriptors=descriptors)


def descr(name, type_="PERSON"):
    """An unnamed speaker as the quote stage makes it: the key is the phrase without its determiner."""
    words = name.split(" ", 1)
    core = words[1] if len(words) > 1 and words[0].lower() in {"le", "la", "les", "un", "une", "des", "the", "an", "a"} else name
    return entity(name, type_, key="descr:" + core.lower())


@pytest.mark.parametrize("e, data, kind", [
    (entity("Jen Psaki", key="person:jen psaki"), FR, "person"),
    (entity("Vladimir Poutine", key="person:vladimir putin",
            mentions=(Mention(0, 16, "Vladimir Poutine", "name"), Mention(30, 45, "le leader russe", "title"))),
     FR, "person"),
    (entity("Russie", "GPE", key="country:RUS"), FR, "country"),
    (entity("Moscou", "GPE", key="country:RUS"), FR, "country"),
    (entity("OTAN", "ORG", key="org:nato"), FR, "organisation"),
    (entity("Genève", "GPE", key="city:che:geneva"), FR, "organisation"),
    (entity("Français", "NORP", key="norp:francais"), FR, "group"),
    (descr("une source proche du dossier"), FR, "anonymous"),
    (descr("des sources diplomatiques"), FR, "anonymous"),
    (descr("nos informations"), FR, "anonymous"),
    (descr("l'entourage du ministre"), FR, "anonymous"),
    (descr("un habitant"), FR, "anonymous"),
    (descr("un conseiller élyséen"), FR, "role"),
    (descr("la ministre"), FR, "role"),
    (descr("l'avocate de la famille"), FR, "role"),
    (descr("un médecin"), FR, "role"),
    (descr("les manifestants"), FR, "group"),
    (descr("des responsables américains"), FR, "group"),
    (descr("plusieurs habitants"), FR, "group"),
    (descr("le ministère", "ORG"), FR, "organisation"),
    (descr("les syndicats", "ORG"), FR, "organisation"),
    (descr("la police"), FR, "organisation"),
    (descr("de nombreux professionnels"), FR, "group"),
    (descr("personnes interrogées"), FR, "group"),
    (descr("la famille"), FR, "group"),
    (descr("la gauche"), FR, "organisation"),
    (descr("une jeune étudiante"), FR, "anonymous"),
    (entity("Français", "LOC", key="loc:francais"), FR, "group"),
    (entity("AFP", "ORG", key="org:afp"), FR, "organisation"),
    (descr("l'édile"), FR, "role"),
    (descr("la chanteuse"), FR, "role"),
    (descr("le jeune homme"), FR, "anonymous"),
    (descr("sa mère"), FR, "anonymous"),
    (descr("les enquêteurs"), FR, "group"),
    (descr("the official"), EN, "role"),
    (descr("a person familiar with the matter"), EN, "anonymous"),
    (descr("officials"), EN, "group"),
    (descr("protesters"), EN, "group"),
    (descr("the company", "ORG"), EN, "organisation"),
])
def test_source_kind(e, data, kind):
    assert source_kind(e, data) == kind


def test_a_named_person_stays_a_person_whatever_the_descriptor_says():
    e = entity("Marie Dupont", key="person:marie dupont", descriptors=("source proche du dossier",))
    assert source_kind(e, FR) == "person"


def test_an_anonymity_phrase_in_any_mention_makes_the_source_anonymous():
    e = entity("un diplomate", key="descr:diplomate",
               mentions=(Span(0, 12, "un diplomate"), Span(40, 79, "ce diplomate sous couvert d'anonymat")))
    assert source_kind(e, FR) == "anonymous"


def test_a_lowercase_person_name_is_not_a_named_person():
    # NER sometimes labels a common noun phrase PER: it is read as an unnamed speaker
    assert source_kind(entity("le porte-parole", key="person:le porte-parole"), FR) == "role"


def test_source_kinds_sets_every_entity_and_changes_nothing_else():
    es = (entity("Jen Psaki", key="person:jen psaki"), descr("les manifestants"), entity("OTAN", "ORG", key="org:nato"))
    out = source_kinds(es, FR)
    assert [e.source_kind for e in out] == ["person", "group", "organisation"]
    assert all(k in SOURCE_KINDS for k in (e.source_kind for e in out))
    assert [(e.id, e.name, e.key, e.mentions) for e in out] == [(e.id, e.name, e.key, e.mentions) for e in es]
