"""The record types of one analysis, and their JSON form (contract newsgraph/analysis/v1).

Records are frozen: they are made by the extract stages and only read after that.
Every span holds offsets into ``Article.text`` (Python str indices, end exclusive).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_ID = "newsgraph/analysis/v1"
EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


MENTION_KINDS = ("name", "title", "description", "pronoun")
GENDER_EVIDENCE = ("honorific", "pronoun", "agreement", "descriptor", "first_name", "dictionary")
SOURCE_KINDS = ("person", "role", "anonymous", "organisation", "country", "group")


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A span that refers to an entity, with how it refers: by name, title, description or pronoun."""

    kind: str = "name"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    id: str = ""
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    notes: tuple[str, ...] = ()  # warnings from reading, e.g. "decoded as cp1252"
    outlet: str | None = None  # the publication: a JSONL "outlet" (or "source") field, an HTML page's site name
    line: int | None = None  # the line of the JSONL file it was read from (``source`` is then "FILE:LINE")

    def origin(self) -> tuple[str, int]:
        """Where it was read: (file, line), line 0 for a whole file. The key of its ``errors`` row."""
        source = self.source or self.id or "<text>"
        if self.line:
            return source.removesuffix(f":{self.line}"), self.line
        return source, 0

    def with_id(self) -> "Article":
        """The article with a stable id: the caller's, else a hash of its text."""
        if self.id:
            return self
        return _replace(self, id=content_id(self.text))


_DOMAIN = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www[0-9]?\.)?([^/:?#@]+)", re.I)
UNKNOWN_OUTLET = "unknown"


def outlet_of(outlet: str | None, url: str | None) -> str:
    """Where an article was published: the input's outlet (or source) field, else its url's domain
    without ``www.``, else ``unknown``. A file path is never an outlet."""
    if outlet and outlet.strip():
        return " ".join(outlet.split())
    found = _DOMAIN.match(url.strip()) if url else None
    return found.group(1).lower() if found else UNKNOWN_OUTLET


def content_id(text: str) -> str:
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _replace(obj, **changes):
    from dataclasses import replace

    return replace(obj, **changes)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, MISC
    name: str
    mentions: tuple[Span, ...]
    key: str | None = None
    country: str | None = None
    descriptors: tuple[str, ...] = ()
    gender: str | None = None  # "m", "f" or None (PERSON only)
    gender_evidence: tuple[Span, ...] = ()  # the words the gender rests on, each a Mention-like span
    gender_cue: str | None = None  # one of GENDER_EVIDENCE: what kind of evidence decided
    source_kind: str | None = None  # one of SOURCE_KINDS: what kind of source this actor is when it speaks

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "key": self.key,
            "country": self.country,
            "descriptors": list(self.descriptors),
            "geo": None,
            "gender": self.gender if self.type == "PERSON" else None,
            "gender_evidence": {"cue": self.gender_cue, "spans": [s.to_dict() for s in self.gender_evidence]}
            if self.gender else None,
            "source_kind": self.source_kind,
            "mentions": [_mention_dict(m) for m in self.mentions],
        }


def _mention_dict(span: Span) -> dict[str, Any]:
    return span.to_dict() if isinstance(span, Mention) else {**span.to_dict(), "kind": "name"}


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: str  # direct, indirect, mixed
    span: Span
    speaker: str | None
    speaker_mention: Span | None = None
    cue: Span | None = None
    addressee: str | None = None
    source: str | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "addressee": self.addressee,
            "source": self.source,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class EventActor:
    """The CAMEO actor code of an event's source or target, GDELT Actor1Code style: ``RUSGOV``,
    ``FRACOP``, ``IGOUNO``; ``country`` its ISO alpha-3 part, ``role`` its first role code (GOV,
    MIL, COP, REB, OPP, IGO ...)."""
    code: str
    country: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "role": self.role}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    trigger: Span
    status: str  # asserted, reported, hypothetical, negated
    source: str | None = None
    target: str | None = None
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    quote: str | None = None
    cameo: str | None = None  # the CAMEO event code the trigger realises ("036", "1823"), when known
    source_actor: EventActor | None = None
    target_actor: EventActor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source,
            "target": self.target,
            "trigger": self.trigger.to_dict(),
            "status": self.status,
            "date": self.date,
            "location": self.location,
            "quote": self.quote,
            "cameo": self.cameo,
            "source_actor": self.source_actor.to_dict() if self.source_actor else None,
            "target_actor": self.target_actor.to_dict() if self.target_actor else None,
        }


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    value: str | None
    grain: str | None  # year, month, week, day, time

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "value": self.value, "grain": self.grain}


@dataclass(frozen=True, slots=True)
class Quantity:
    span: Span
    value: float
    unit: str | None
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {**self.span.to_dict(), "value": value, "unit": self.unit, "approximate": self.approximate}


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    version: str = EXTRACTOR_VERSION
    warnings: tuple[str, ...] = field(default=())

    def entity(self, entity_id: str | None) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "schema": SCHEMA_ID,
            "version": self.version,
            "article": {
                "id": a.id,
                "source": a.source,
                "outlet": outlet_of(a.outlet, a.url),
                "url": a.url,
                "title": a.title,
                "published": a.published,
                "lang": a.lang,
                "text": a.text,
            },
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "dates": [d.to_dict() for d in self.dates],
            "quantities": [q.to_dict() for q in self.quantities],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be analyzed: where it came from and why. Never dropped silently."""

    source: str
    code: str
    message: str
    line: int | None = None
    article_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: [{self.code}] {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
