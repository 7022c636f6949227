"""Source kinds: what kind of source each actor is when it speaks, read from its identity record.

A pure function over the entities the identity and quote stages made; it reads only their type,
key, name, mentions and descriptors, and the language's word lists:

- ``person``: a named person (``person:jen psaki``);
- ``role``: one unnamed official or professional, named by a title or an occupation
  (``un conseiller élyséen``, ``the official``, ``un médecin``);
- ``anonymous``: a source whose identity is withheld or not given (``une source proche du dossier``,
  ``selon nos informations``, ``l'entourage du ministre``, ``un habitant``);
- ``organisation``: an organisation, a company, an institution, a city or region speaking through
  its institutions (``org:nato``, ``le ministère``);
- ``country``: a country (``country:RUS``, also when a capital stood for it: ``Moscou a demandé``);
- ``group``: people speaking together, named by a plural noun or a nationality (``les manifestants``,
  ``des responsables américains``, ``les Français``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang import LanguageData, compiled
from ..model import Entity

_WORD = re.compile(r"\w+'|[\w-]+")  # l'avocat: "l'" and "avocat"
UNNAMED_KEY = "descr:"  # the key the quote stage gives an unnamed speaker: the phrase without its determiner


def _words(text: str) -> list[str]:
    return _WORD.findall(text.replace("’", "'").casefold())


def _tables(lang: LanguageData) -> dict:
    determiners = lang.plural_determiners | lang.definite_articles | lang.determiners_f | lang.determiners_m
    anonymous = {" ".join(_words(p)) for p in lang.anonymous_sources if p.strip()}
    organisations = lang.org_nouns | lang.institution_nouns | lang.group_nouns | lang.organisation_nouns
    singular_nouns = (lang.role_nouns | lang.occupation_nouns | lang.unnamed_speakers | lang.person_nouns
                      | organisations)
    return {"determiners": determiners, "anonymous": anonymous, "organisations": organisations,
            "known": singular_nouns | lang.collective_nouns | {p for p in anonymous if " " not in p},
            "singular_nouns": singular_nouns}


def source_kinds(entities: tuple[Entity, ...], lang: LanguageData) -> tuple[Entity, ...]:
    """The entities, each with its ``source_kind``. Nothing else changes."""
    return tuple(replace(e, source_kind=source_kind(e, lang)) for e in entities)


def source_kind(entity: Entity, lang: LanguageData) -> str:
    """The kind of source one entity is (one of model.SOURCE_KINDS)."""
    key = entity.key or ""
    unnamed = key.startswith(UNNAMED_KEY) or not any(ch.isupper() for ch in entity.name)
    if entity.type == "PERSON" and not unnamed:
        return "person"
    if entity.type == "NORP" or " ".join(_words(entity.name)) in lang.demonyms:
        return "group"  # les Français, even when NER took them for a place
    if key.startswith("country:"):
        return "country"
    if unnamed:
        return _unnamed_kind(entity, lang)
    return "organisation"  # ORG, MISC, a city or a region: named, and not one person


def _unnamed_kind(entity: Entity, lang: LanguageData) -> str:
    """An actor named by a noun phrase, not a name: `une source proche`, `les manifestants`, `le ministère`."""
    tables = compiled(lang, _tables)
    texts = [entity.name, key_phrase(entity.key), *entity.descriptors, *(m.text for m in entity.mentions)]
    for text in texts:
        padded = f" {' '.join(_words(text or ''))} "
        if any(f" {phrase} " in padded for phrase in tables["anonymous"]):
            return "anonymous"
    words = _words(entity.name) or _words(key_phrase(entity.key))
    if not words:
        return "anonymous"
    head = next((w for w in words if w in tables["known"]), None)
    if head is None:
        head = next((w for w in words if w not in tables["determiners"]), words[0])
    if {head, *_singulars(head, lang)} & tables["organisations"]:
        return "organisation"  # le ministère, les syndicats, la police
    if _plural(words, head, lang, tables):
        return "group"
    if head not in tables["known"] and _looks_plural(words, head, lang, tables):
        return "group"  # "personnes interrogées", "de nombreux professionnels": a noun no list holds
    if head in lang.role_nouns or head in lang.occupation_nouns:
        return "role"
    if entity.type in ("ORG", "GPE", "LOC", "MISC"):
        return "organisation"
    return "anonymous"  # one person the article does not name and gives no role: `un habitant`


def key_phrase(key: str | None) -> str:
    return key[len(UNNAMED_KEY):] if key and key.startswith(UNNAMED_KEY) else ""


def _looks_plural(words: list[str], head: str, lang: LanguageData, tables: dict) -> bool:
    """A head no word list knows is plural by its ending, unless a singular determiner comes before it."""
    before = words[: words.index(head)] if head in words else []
    singular = tables["determiners"] - lang.plural_determiners
    return bool(_singulars(head, lang)) and not any(w in singular for w in before)


def _singulars(word: str, lang: LanguageData) -> list[str]:
    return [word[: -len(ending)] for ending in lang.plural_endings if word.endswith(ending)]


def _plural(words: list[str], head: str, lang: LanguageData, tables: dict) -> bool:
    before = words[: words.index(head)] if head in words else words[:1]
    if any(w in lang.plural_determiners for w in before) or head in lang.collective_nouns:
        return True
    return any(s in tables["singular_nouns"] for s in _singulars(head, lang))
