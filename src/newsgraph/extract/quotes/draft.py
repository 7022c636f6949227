"""Records under construction, shared by the passes, and what their confidence means."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Entity
from .marks import MarkedSpan


class Confidence:
    """How the speaker of a quote was found; the record's ``confidence``.

    Above ``FALLBACK`` the grammar named the speaker (the cue's subject, the source of `selon X`,
    the incise); at or below it the speaker was guessed from the context (the last speaker, the
    person named last before the quote). Reports and the web page mark those with `?`."""

    INCISE = 0.9  # « P », a déclaré X / X a déclaré : « P »
    VERB_BEFORE = 0.85  # X a déclaré « P » (no colon)
    SOURCE = 0.85  # « P », selon X
    CLAUSE = 0.8  # X a déclaré que P / P, a déclaré X
    CONTINUED = 0.8  # the quote goes on: next paragraph reopening «, or a second part after one incise
    INCISE_AFTER_WORDS = 0.8  # « P » l'ennemi, explique X
    SOURCE_CLAUSE = 0.75  # Selon X, P
    COLON_CLAUSE = 0.7  # Elle pointe le risque : « P » (the clause's subject, whatever its verb)
    OBJECT = 0.6  # X a annoncé le gel de P (a position given as the verb's object)
    FALLBACK = 0.5  # a cue without a subject, or a marked quote with no cue: the last speaker
    GUESS = 0.4  # the person named last before the quote, or the speaker of the next one


def is_guess(confidence: float) -> bool:
    """Whether a quote's speaker was reached only by a fallback."""
    return confidence <= Confidence.FALLBACK


@dataclass
class Draft:
    kind: str  # direct, indirect, mixed
    start: int
    end: int
    speaker: Entity | None = None
    speaker_tokens: tuple[int, int] | None = None  # token span of the words naming the speaker
    cue: tuple[int, int] | None = None  # token span of the cue
    addressee: Entity | None = None
    source: Entity | None = None
    confidence: float = Confidence.FALLBACK
    open_end: bool = False  # a marked quote whose paragraph ended before its closing mark
    paragraph: int = -1
    pronoun: str | None = None  # gender of an unresolved pronoun speaker
    marked: list[MarkedSpan] = field(default_factory=list)
    needs_speaker: bool = False  # take the speaker from the context
    descriptive: tuple[int, int] | None = None  # token span of an unnamed speaker (une source proche)
    according: bool = False  # read from `selon X` / `according to X` rather than a verb
    via_object: bool = False  # the report is the verb's object, not a clause ("a répété la menace")

    @property
    def length(self) -> int:
        return self.end - self.start

    def take_speaker(self, found: "Found") -> None:
        self.speaker, self.speaker_tokens = found.entity, found.tokens
        self.pronoun, self.descriptive = found.pronoun, found.descriptive


@dataclass(frozen=True)
class Found:
    """A speaker as the grammar names it: an entity, or a pronoun or description still to resolve."""

    entity: Entity | None
    tokens: tuple[int, int]  # the words that name it
    pronoun: str | None = None  # gender of a pronoun not yet resolved
    descriptive: tuple[int, int] | None = None  # an unnamed speaker's phrase

    @property
    def names_someone(self) -> bool:
        return self.entity is not None or self.pronoun is not None or self.descriptive is not None


def overlap(a, b) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
