"""French quote grammar: the cue lexicon and the function words of reported speech.

Verbs come from the speech verbs of ``fr.py`` (one list, also read by the event stage) with the
constructions every French reporting verb takes; locutions, source phrases and nouns are listed
here with theirs. Written for newsgraph from French grammar (Grevisse, *Le Bon Usage*, §§ 407-423
on reported speech and the incise); no third-party text.
"""
from .fr import _SPEECH
from .quote_grammar import VERB_FRAMES, Cue, Frame, QuoteGrammar, verb_cues

F = Frame
_SAY = frozenset({F.CLAUSE, F.COLON, F.INCISE})

# reporting verbs besides those of fr.py (which the event stage reads too): found missing by
# bench/cue_coverage.py on the tune part of the dev sets, each a verb of saying in any dictionary
MORE_VERBS = verb_cues("relater murmurer vanter énumérer chuchoter résumer".split())
# verbs that report speech only in an incise, where the inversion marks them ("», souffle-t-il")
INCISE_VERBS = verb_cues("souffler énerver enthousiasmer emballer amuser".split(), frozenset({F.INCISE}))

LOCUTIONS = (
    Cue(("faire", "valoir"), frames=_SAY),
    Cue(("faire", "savoir"), frames=_SAY),
    Cue(("faire", "remarquer"), frames=_SAY),
    Cue(("faire", "observer"), frames=_SAY),
    Cue(("faire", "part"), frames=_SAY | {F.PREP_OBJECT}, preps=("de", "du", "des")),
    Cue(("faire", "état"), frames=frozenset({F.PREP_OBJECT, F.COLON}), preps=("de", "du", "des")),
    Cue(("mettre", "en", "garde"), frames=VERB_FRAMES | {F.PREP_OBJECT}, preps=("contre",)),
    Cue(("mettre", "en", "avant"), frames=_SAY | {F.OBJECT}),
    Cue(("tirer", "la", "sonnette", "d'alarme"), frames=_SAY),
    Cue(("lancer", "un", "appel"), frames=VERB_FRAMES),
    Cue(("rendre", "compte"), frames=_SAY | {F.PREP_OBJECT}, preps=("de", "du", "des")),
    Cue(("mettre", "l'", "accent"), frames=_SAY | {F.PREP_OBJECT}, preps=("sur",)),
    Cue(("attirer", "l'", "attention"), frames=_SAY | {F.PREP_OBJECT}, preps=("sur",)),
)

# a source named before or after the report: "Selon X, P", "P, à en croire X"
SOURCES = (
    Cue(("selon",), "ADP", frozenset({F.SOURCE})),
    Cue(("à", "en", "croire"), "ADP", frozenset({F.SOURCE})),
    Cue(("aux", "dires", "de"), "ADP", frozenset({F.SOURCE})),
    Cue(("aux", "dires", "du"), "ADP", frozenset({F.SOURCE})),
    Cue(("au", "dire", "de"), "ADP", frozenset({F.SOURCE})),
    Cue(("de", "l'", "avis", "du"), "ADP", frozenset({F.SOURCE})),
    Cue(("de", "l’", "avis", "du"), "ADP", frozenset({F.SOURCE})),
)

# verbs whose speaker is the source phrase after them, not their subject: "a-t-on appris auprès de X"
FROM_SOURCE = (Cue(("apprendre",), frames=frozenset({F.CLAUSE, F.INCISE, F.SOURCE})),)

# nouns that report speech: listed for the lexicon's coverage; the readers take them as cues of
# a que-clause ("l'annonce que P") and of a colon ("dans un communiqué : « P »")
NOUNS = tuple(Cue((n,), "NOUN", frozenset({F.CLAUSE, F.COLON}))
              for n in "communiqué déclaration annonce affirmation aveu avertissement message "
                       "assurance appel réponse explication promesse".split())

GRAMMAR = QuoteGrammar(
    lexicon=verb_cues(v for v in _SPEECH if "_" not in v) + MORE_VERBS + INCISE_VERBS + LOCUTIONS + FROM_SOURCE + SOURCES + NOUNS,
    euphonic_joined=frozenset({"-t", "-t-"}),
    euphonic_split=frozenset({"t", "t-"}),
    addressee_preps=frozenset({"à", "au", "aux"}),
    relative_sources=tuple(("selon", w) for w in ("lequel", "laquelle", "lesquels", "lesquelles"))
    + tuple(("d'après", w) for w in ("lequel", "laquelle", "lesquels", "lesquelles")),
    source_preps=(("auprès", "de"), ("auprès", "du"), ("auprès", "des")),
    indefinite_subjects=frozenset({"on", "-on"}),
)
