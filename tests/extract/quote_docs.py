"""Hand-built spaCy Docs for the quote stage's grammar tests: words, lemmas, tags, heads and deps
given, no model. ``build("fr", rows, names={...})`` returns (doc, entities, text)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph import lang as languages
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.quotes import find_quotes
from newsgraph.model import Entity, Span

_VOCABS: dict[str, object] = {}


def _vocab(code: str):
    if code not in _VOCABS:
        _VOCABS[code] = spacy.blank(code).vocab
    return _VOCABS[code]


def build(code: str, rows, names: dict[str, tuple[str, list[tuple[int, int]]]] | None = None):
    """rows: (word, lemma, pos, dep, head, morph[, space]) with head an absolute token index.
    names: entity id -> (type, [(first token, end token), ...]) for the named mentions.
    A row's space defaults to a space after the word (False to glue it to the next one)."""
    words = [r[0] for r in rows]
    spaces = [r[6] if len(r) > 6 else True for r in rows]
    spaces[-1] = False
    doc = Doc(_vocab(code), words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], morphs=[r[5] for r in rows])
    text = doc.text
    entities, token_entity = [], {}
    for eid, (etype, spans) in (names or {}).items():
        mentions = []
        for first, end in spans:
            s, e = doc[first].idx, doc[end - 1].idx + len(doc[end - 1])
            mentions.append(Span(s, e, text[s:e]))
            for i in range(first, end):
                token_entity[i] = eid
        entities.append(Entity(eid, etype, mentions[0].text, tuple(mentions), key=f"test:{eid}"))
    return doc, EntityIndex(tuple(entities), token_entity), text


def quotes_of(code: str, rows, names=None):
    doc, entities, text = build(code, rows, names)
    quotes, index = find_quotes(doc, languages.get(code), entities, text)
    by_id = {e.id: e for e in index.entities}
    return [(q, by_id.get(q.speaker)) for q in quotes], text


def sentence(rows_spec: str):
    """Rows from a compact text: one token a line, `word lemma POS dep head [morph]`; '_' for an
    empty morph; a word ending in '+' is glued to the next one."""
    rows = []
    for line in rows_spec.strip().splitlines():
        parts = line.split()
        word, lemma, pos, dep, head = parts[:5]
        morph = parts[5] if len(parts) > 5 and parts[5] != "_" else ""
        glued = word.endswith("+") and len(word) > 1
        word = word[:-1] if glued else word
        rows.append((word, lemma, pos, dep, int(head), morph, not glued))
    return rows
