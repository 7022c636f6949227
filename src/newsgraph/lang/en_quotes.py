"""English quote grammar: the cue lexicon and the function words of reported speech.

Verbs come from the speech verbs of ``en.py`` (one list, also read by the event stage) with the
constructions English reporting verbs take; locutions and source phrases are listed here.
Written for newsgraph; no third-party text.
"""
from .en import _SPEECH
from .quote_grammar import VERB_FRAMES, Cue, Frame, QuoteGrammar, verb_cues

F = Frame
_SAY = frozenset({F.CLAUSE, F.COLON, F.INCISE})

LOCUTIONS = (
    Cue(("point", "out"), frames=_SAY),
    Cue(("make", "clear"), frames=_SAY),
    Cue(("warn", "of"), frames=frozenset({F.PREP_OBJECT}), preps=("of",)),
    Cue(("warn", "against"), frames=frozenset({F.PREP_OBJECT}), preps=("against",)),
)

SOURCES = (
    Cue(("according", "to"), "ADP", frozenset({F.SOURCE})),
    Cue(("in", "the", "words", "of"), "ADP", frozenset({F.SOURCE})),
    Cue(("per",), "ADP", frozenset({F.SOURCE})),
)

NOUNS = tuple(Cue((n,), "NOUN", frozenset({F.CLAUSE, F.COLON}))
              for n in "statement announcement claim remarks comment warning message assurance".split())

GRAMMAR = QuoteGrammar(
    lexicon=verb_cues(v for v in _SPEECH if "_" not in v) + LOCUTIONS + SOURCES + NOUNS,
    addressee_preps=frozenset({"to"}),
    relative_sources=(("according", "to", "which"), ("according", "to", "whom")),
    source_preps=(),
    joins_incise_parts=True,
)
