"""Language data. Everything a stage needs to know about a language lives here as data.

Adding a language means adding a module beside fr.py and en.py that defines ``DATA``
and listing it in ``SUPPORTED``. Nothing in this package imports the rest of newsgraph.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

SUPPORTED = ("fr", "en")


@dataclass(frozen=True)
class EventTrigger:
    """One line of the event lexicon: a lemma (or multi-word lemma sequence) and what it means."""

    lemma: str
    type: str
    mode: str | None = None
    pos: str = "VERB"  # VERB or NOUN
    # how to read the source and target from the parse, as dependency labels or prepositions
    source: tuple[str, ...] = ("nsubj", "agent")
    target: tuple[str, ...] = ("obj", "iobj")


@dataclass(frozen=True)
class LanguageData:
    code: str
    name: str
    spacy_models: tuple[str, ...]
    # quotation marks: opener -> the closers that end it
    quote_pairs: dict[str, tuple[str, ...]]
    # lemmas of verbs that introduce speech or a stated position
    speech_verbs: frozenset[str]
    # verbs of belief or intention: quotes a careful reader may skip (scored as optional)
    attitude_verbs: frozenset[str]
    # nouns that introduce reported speech: "a annoncé dans un communiqué", "selon un communiqué"
    according_to: tuple[tuple[str, ...], ...]  # lowercase token sequences: ("selon",), ("d'", "après")
    honorifics: dict[str, str]  # "M." -> "m", "Mme" -> "f"
    pronouns: dict[str, str]  # subject pronoun -> gender ("m", "f", "n" for plural/unknown)
    determiners_f: frozenset[str]
    determiners_m: frozenset[str]
    role_nouns: frozenset[str]  # président, ministre, porte-parole ...
    head_of_state_roles: frozenset[str]  # roles that designate a country's leader
    demonyms: dict[str, str]  # adjective (any form, lowercase) -> ISO alpha-3
    country_names: dict[str, str]  # names not found in pycountry's translations -> alpha-3
    org_aliases: dict[str, tuple[str, str, str | None]]  # surface -> (key, English name, country)
    metonyms: dict[str, tuple[str, str, str]]  # surface -> (key, English name, country) for seats of power
    cities: dict[str, tuple[str, str]]  # city -> (alpha-3, English name)
    regions: dict[str, tuple[str, str]]  # region -> (alpha-3, English name)
    capital_cities: frozenset[str]  # cities that stand for their country's government when they act
    locative_prepositions: frozenset[str]
    unnamed_speakers: frozenset[str]  # nouns that head an unnamed source: source, témoin, responsable ...
    approximators: tuple[tuple[str, ...], ...]  # "environ", "près de" ...
    number_words: dict[str, float]
    multipliers: dict[str, float]  # mille, million, milliard
    relative_dates: dict[str, str] = field(default_factory=dict)  # phrase -> rule name
    month_names: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    negation_words: frozenset[str] = frozenset()
    hypothetical_markers: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    event_triggers: tuple[EventTrigger, ...] = ()
    event_modes: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (type, mode)
    stopwords_for_detection: frozenset[str] = frozenset()


def get(code: str) -> LanguageData:
    """The data of one language. Raises LookupError naming the supported ones."""
    code = (code or "").lower()[:2]
    if code not in SUPPORTED:
        raise LookupError(
            f"language {code!r} is not supported; supported languages: {', '.join(SUPPORTED)}"
        )
    return importlib.import_module(f"{__name__}.{code}").DATA
