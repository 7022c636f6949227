"""Entities: one record per real-world actor or place, all its mentions in the article merged."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lang import LanguageData
from ..model import Entity, Span


@dataclass
class EntityIndex:
    """The entities of one article, and which entity each mention token belongs to."""

    entities: tuple[Entity, ...] = ()
    token_entity: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {e.id: e for e in self.entities}

    def get(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id else None

    def at(self, token: Token | int) -> Entity | None:
        i = token if isinstance(token, int) else token.i
        return self.get(self.token_entity.get(i))


_TYPES = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE", "NORP": "NORP"}


def find_entities(doc: Doc, lang: LanguageData, text: str) -> EntityIndex:
    entities, token_entity = [], {}
    by_name: dict[str, int] = {}
    for ent in doc.ents:
        label = _TYPES.get(ent.label_, "MISC")
        span = Span(ent.start_char, ent.end_char, text[ent.start_char:ent.end_char])
        idx = by_name.setdefault(ent.text.lower(), len(entities))
        if idx == len(entities):
            entities.append(Entity(id=f"e{idx}", type=label, name=span.text, mentions=(span,)))
        else:
            old = entities[idx]
            entities[idx] = Entity(id=old.id, type=old.type, name=old.name, mentions=old.mentions + (span,))
        for t in ent:
            token_entity[t.i] = f"e{idx}"
    return EntityIndex(tuple(entities), token_entity)
