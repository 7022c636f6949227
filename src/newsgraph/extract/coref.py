"""Coreference: which entity each referring expression of the article stands for.

The stage between entities and quotes. It takes the named entities and returns the same
``EntityIndex`` with every other referring mention attached to its entity: titles (`le président
russe`), descriptions (`la porte-parole`, `ce dernier`), pronouns and clitics (`il`, `-t-elle`).
Later stages ask ``entities.at(token)`` for any token and get the referent; they never resolve a
pronoun or a title themselves.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..lang import LanguageData
from .entities import EntityIndex


def resolve_coreference(doc: Doc, lang: LanguageData, entities: EntityIndex, text: str,
                        published: str | None = None) -> EntityIndex:
    """The entities with every titled, described and pronominal mention attached."""
    return entities
