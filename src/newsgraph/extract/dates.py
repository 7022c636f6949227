"""Dates: find date expressions and resolve them against the publication date."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lang import LanguageData
from ..model import DateMention


def find_dates(doc: Doc, lang: LanguageData, published: str | None) -> tuple[DateMention, ...]:
    return ()
