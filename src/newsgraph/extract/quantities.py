"""Quantities: numbers with what they count, and whether they are approximate."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lang import LanguageData
from ..model import Quantity


def find_quantities(doc: Doc, lang: LanguageData) -> tuple[Quantity, ...]:
    return ()
