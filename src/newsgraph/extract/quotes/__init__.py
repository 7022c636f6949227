"""Quotes: direct, indirect and mixed reported speech, each with its speaker.

One pass per module, in order; ``find_quotes`` is the only entry point.

1. ``marks``: quotation marks paired per paragraph (a paragraph that reopens « without closing
   continues the quote of the one before; a mark never closed ends where the next quote opens);
2. ``clause``: the parse helpers every pass reads with (subject, verb group, incise, noun phrase);
3. ``direct``: marked quotes and their attribution (incises, known by their inverted subject
   whatever the verb, never across a sentence end; a verb or colon clause before the quote);
4. ``reported``: indirect speech after the lexicon's cues, `selon X` / `according to X`, present
   participles (`ajoutant que`), with surface fallbacks for the parser's usual faults;
5. ``speakers``: who speaks (the cue's subject) and who is addressed (its indirect object),
   through the entity index; ``legacy_resolution`` for pronouns and descriptions until the
   coreference stage resolves them;
6. ``reconcile``: a marked fragment inside a reported clause makes a mixed quote, a report nested
   inside a direct quote is dropped, `selon X` around a report becomes its source; where the
   language says so, the two parts of a quote split by its incise become one.

The words come from ``lang/`` (``lang.quote_grammar`` and ``lang/<code>_quotes.py``: the cue
lexicon with its constructions, the euphonic t, the addressee prepositions, the quotation marks).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...lang import LanguageData
from ...model import Quote
from ..entities import EntityIndex
from .clause import Grammar
from .direct import read_direct
from .draft import Confidence, is_guess
from .marks import MarkedSpan, marked_spans
from .reconcile import join_incise_parts, reconcile
from .reported import read_reported
from .speakers import records, resolve
from .invariants import enforce

__all__ = ["find_quotes", "marked_spans", "MarkedSpan", "Confidence", "is_guess"]


def find_quotes(doc: Doc, lang: LanguageData, entities: EntityIndex, text: str) -> tuple[tuple[Quote, ...], EntityIndex]:
    """The quotes of one parsed article, and the entity index with the unnamed sources they add."""
    from ...nlp import paragraph_spans

    grammar = Grammar(doc, lang, entities, text)
    marks = marked_spans(doc.text, paragraph_spans(text), lang)
    drafts = reconcile(read_direct(grammar, marks) + read_reported(grammar))
    drafts.sort(key=lambda d: d.start)
    drafts = join_incise_parts(grammar, drafts)
    entities = resolve(grammar, drafts)
    return records(grammar, enforce(grammar, drafts, marks)), entities
