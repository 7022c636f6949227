"""What the quote stage reads a language with: the cue lexicon and the few function words of
reported speech. Each language gives its own in ``lang/<code>_quotes.py`` as ``GRAMMAR``.

A cue is a reporting verb, noun or locution together with the constructions it takes
(``Frame``). The same lexicon drives every reader of the quote stage: the clause reader (`V que
P`, `said P`), the incise reader (`« P », a-t-il ajouté`), the colon reader (`X a déclaré : « P »`)
and the source reader (`selon X, P`).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from enum import Enum

from . import LanguageData, compiled


class Frame(str, Enum):
    """A construction a cue reports speech with."""

    CLAUSE = "clause"  # a complement clause: "a déclaré que P", "said (that) P"
    INFINITIVE = "infinitive"  # de + infinitive, to + infinitive: "a promis de P", "urged X to P"
    OBJECT = "object"  # a stated position as direct object: "a annoncé le gel de P"
    PREP_OBJECT = "prep_object"  # a prepositional object: "a mis en garde contre P"
    COLON = "colon"  # "X a déclaré : « P »"
    INCISE = "incise"  # "« P », a déclaré X", "P, X said"
    SOURCE = "source"  # the cue names the source before or after the report: "selon X, P"


VERB_FRAMES = frozenset({Frame.CLAUSE, Frame.INFINITIVE, Frame.OBJECT, Frame.COLON, Frame.INCISE})


@dataclass(frozen=True)
class Cue:
    """One line of the cue lexicon.

    ``words`` are lemmas that follow each other in the text ("faire savoir", "mettre en garde");
    a token matches a word by its lemma or its lowercase form. ``pos`` is VERB, NOUN (a report
    noun: "dans un communiqué") or ADP (a source locution: "selon", "according to"; matched on
    lowercase token text, which keeps "d'" "après" and "d'après" apart as the tokenizer cuts them).
    ``preps`` are the prepositions of a PREP_OBJECT frame ("contre")."""

    words: tuple[str, ...]
    pos: str = "VERB"
    frames: frozenset[Frame] = VERB_FRAMES
    preps: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteGrammar:
    lexicon: tuple[Cue, ...] = ()
    # the euphonic t of an inversion, as the tokenizer leaves it: "-t", "-t-" (joined) or "t" after "-"
    euphonic_joined: frozenset[str] = frozenset()
    euphonic_split: frozenset[str] = frozenset()
    # the preposition that marks who is addressed: "a déclaré à l'AFP", "told to"
    addressee_preps: frozenset[str] = frozenset()
    # cues whose relative form names its antecedent as source: "des documents selon lesquels P"
    relative_sources: tuple[tuple[str, ...], ...] = ()
    # a source given after the verb: "a-t-on appris auprès de X", "learned from X"
    source_preps: tuple[tuple[str, ...], ...] = ()
    # subjects that name nobody: "on" in "a-t-on appris"
    indefinite_subjects: frozenset[str] = frozenset()
    # tokens that join an inverted subject clitic to its verb: "-" in "dit - il"
    clitic_joiners: frozenset[str] = frozenset({"-"})
    # a dash or comma that sets an incise apart from the quote
    incise_separators: frozenset[str] = frozenset({",", "—", "–", "-"})
    # a marked quote split by its speech incise is one statement whose span covers both parts and
    # the incise ('"We will build it," he said, "and fast."': PARC, PolNeAR); off where the parts
    # are two quotes of one speaker (« A », a-t-il ajouté, « B »: the French guidelines)
    joins_incise_parts: bool = False
    notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    """The cue lexicon compiled for lookups: single-word cues by lemma, locutions by first word."""

    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    locutions: dict[str, tuple[Cue, ...]]  # first lemma -> multi-word cues
    sources: tuple[tuple[str, ...], ...]  # token-text sequences of source locutions, longest first
    initial_sources: tuple[tuple[str, ...], ...]  # cues only at a clause start: "Pour X, P"
    marks: frozenset[str]  # every quotation mark of the language
    openers: frozenset[str]
    closers: frozenset[str]


def grammar(lang: LanguageData) -> QuoteGrammar:
    """The quote grammar of a language (an empty one when the language has none)."""
    return compiled(lang, _load)


def lexicon(lang: LanguageData) -> Lexicon:
    return compiled(lang, _compile)


def _load(lang: LanguageData) -> QuoteGrammar:
    try:
        module = importlib.import_module(f"{__package__}.{lang.code}_quotes")
    except ModuleNotFoundError:
        return QuoteGrammar()
    return module.GRAMMAR


def _compile(lang: LanguageData) -> Lexicon:
    g = grammar(lang)
    verbs: dict[str, Cue] = {}
    nouns: dict[str, Cue] = {}
    locutions: dict[str, list[Cue]] = {}
    sources: list[tuple[str, ...]] = [tuple(s) for s in lang.according_to]
    for cue in g.lexicon:
        if cue.pos == "ADP":
            sources.append(cue.words)
        elif len(cue.words) > 1:
            locutions.setdefault(cue.words[0], []).append(cue)
        elif cue.pos == "NOUN":
            nouns[cue.words[0]] = cue
        else:
            verbs[cue.words[0]] = cue
    openers = frozenset(lang.quote_pairs)
    closers = frozenset(c for cs in lang.quote_pairs.values() for c in cs)
    unique_sources = sorted(set(sources), key=len, reverse=True)
    return Lexicon(verbs, nouns, {k: tuple(v) for k, v in locutions.items()}, tuple(unique_sources),
                   tuple(lang.according_to_initial), openers | closers, openers, closers)


def verb_cues(lemmas, frames: frozenset[Frame] = VERB_FRAMES) -> tuple[Cue, ...]:
    """One cue per lemma ("mettre_en_garde" is the locution "mettre en garde")."""
    out = []
    for lemma in lemmas:
        words = tuple(lemma.replace("_", " ").split())
        out.append(Cue(words, "VERB", frames))
    return tuple(out)
