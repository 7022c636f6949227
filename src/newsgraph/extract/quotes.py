"""Quotes: direct, indirect and mixed reported speech, each with its speaker."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lang import LanguageData
from ..model import Quote
from .entities import EntityIndex


def find_quotes(doc: Doc, lang: LanguageData, entities: EntityIndex, text: str) -> tuple[tuple[Quote, ...], EntityIndex]:
    return (), entities
