"""Hand-built spaCy Docs for the events stage's French reading tests: words, heads, deps, POS and lemmas
given, no model; and the entity index the parse is read with."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.extract.entities import EntityIndex
from newsgraph.model import Entity, Span


def event_doc(rows, morphs=None) -> Doc:
    """rows: (word, head index, dep, POS, lemma) per token; morphs: {token index: morph string}."""
    words, heads, deps, pos, lemmas = zip(*rows)
    doc = Doc(spacy.blank("fr").vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
              lemmas=list(lemmas))
    for i, m in (morphs or {}).items():
        doc[i].set_morph(m)
    return doc


def entity_index(doc, spans) -> EntityIndex:
    """(start, end, type, key, country, id) per entity, the last three optional; spans that give the same
    ``id`` are mentions of one entity."""
    ents, tok = {}, {}
    for k, (i, j, type_, *rest) in enumerate(spans):
        span = doc[i:j]
        key, country, eid = (rest + [None, None, None])[:3]
        eid = eid or f"e{k}"
        mention = Span(span.start_char, span.end_char, span.text)
        if eid in ents:
            e = ents[eid]
            ents[eid] = Entity(eid, e.type, e.name, e.mentions + (mention,), key=e.key, country=e.country)
        else:
            ents[eid] = Entity(eid, type_, span.text, (mention,), key=key, country=country)
        tok.update({t: eid for t in range(i, j)})
    return EntityIndex(tuple(ents.values()), tok)
