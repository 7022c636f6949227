"""Today's pronoun, description and unnamed-source resolution, kept in one place until the
coreference stage (extract/coref.py) resolves those; ``speakers`` calls it only when
``entities.at()`` has nothing for the speaker's words. The coordinator deletes it then.

- a personal pronoun goes to the newest subject of its gender (the last speaker counts as one),
  never to someone named inside a quote; a demonstrative (`celui-ci`) to the person mentioned last;
- a definite description (`le guide`, `la fondation`) to who it describes or the organisation it
  names;
- an unnamed source (`une source proche du dossier`) becomes an entity of its own.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from ...model import Entity, Span
from ..entities import EntityIndex
from .clause import SUBJECTS, Grammar, norm
from .draft import Draft

_PRONOUN_REACH = 2500  # characters back a pronoun looks for its antecedent
_FEMININE_PREFERENCE = 1500  # how much further back a known woman beats a nearer person of unknown gender
_SALIENT_REACH = 400
_ORG_REACH = 2500
_COMPANY_REACH = 600
_GROUP_TYPES = ("ORG", "GPE", "NORP")


class Legacy:
    def __init__(self, g: Grammar, drafts: list[Draft]):
        self.g = g
        # looked up for every candidate mention of every pronoun: computed once
        self._speaker_tokens = {i for d in drafts if d.speaker_tokens for i in range(*d.speaker_tokens)}
        self._quoted = sorted((d.start, d.end) for d in drafts if d.kind == "direct")
        self._quoted_starts = [a for a, _ in self._quoted]
        self._indexed: EntityIndex | None = None
        self._mentions: list[tuple[int, int, Entity]] = []  # (start, order, entity), sorted
        self._mention_starts: list[int] = []

    def _mentions_of(self, entities: EntityIndex) -> tuple[list[tuple[int, int, Entity]], list[int]]:
        """Every mention of every entity, sorted by offset (rebuilt when an unnamed source is added)."""
        if entities is not self._indexed:
            ordered = [(m.start, n, e) for n, e in enumerate(entities.entities) for m in e.mentions]
            ordered.sort(key=lambda x: (x[0], -x[1]))  # at one offset, the first entity last
            self._mentions, self._mention_starts = ordered, [x[0] for x in ordered]
            self._indexed = entities
        return self._mentions, self._mention_starts

    def salient_before(self, at: int, entities: EntityIndex | None = None) -> Entity | None:
        """The latest person (else organisation) named shortly before an unattributed quote."""
        mentions, starts = self._mentions_of(entities or self.g.entities)
        top = bisect_left(starts, at)
        for wanted in ("PERSON", "ORG"):
            for k in range(top - 1, -1, -1):
                start, _, e = mentions[k]
                if at - start >= _SALIENT_REACH:
                    break
                if e.type == wanted:
                    return e
        return None

    def resolve_pronoun(self, d: Draft, last: Draft | None, entities: EntityIndex) -> Entity | None:
        """The person a pronoun speaker (il/elle, he/she, celui-ci) stands for.

        A personal pronoun continues the current topic: the latest subject of its gender, where
        the previous speaker counts as a subject at their quote. A demonstrative (celui-ci) picks
        the person mentioned last, subject or not."""
        g = self.g
        gender = d.pronoun
        first = g.doc[d.speaker_tokens[0]] if d.speaker_tokens else None
        at = first.idx if first is not None else d.start
        mentions, starts = self._mentions_of(entities)
        top = bisect_left(starts, at)
        if gender == "p":
            if last is not None and last.speaker is not None and (
                    last.speaker.type != "PERSON" or (last.speaker.key or "").startswith("descr:")):
                return last.speaker
            for k in range(top - 1, -1, -1):
                e = mentions[k][2]
                if e.type in _GROUP_TYPES or (e.key or "").startswith("descr:"):
                    return e
            return None

        def fits(e: Entity) -> bool:
            return e.type == "PERSON" and (e.gender in (None, "n") or e.gender == gender)

        from .speakers import demonstrative_at
        demonstrative = first is not None and demonstrative_at(g, first) is not None
        # (position, entity) of every candidate before the pronoun
        candidates = []
        for k in range(top - 1, -1, -1):
            start, order, e = mentions[k]
            if at - start > _PRONOUN_REACH:
                break
            if fits(e) and (demonstrative or self._is_subject_mention(start)) \
                    and not self._in_direct_quote(start) and not d.start <= start < d.end:
                candidates.append((start, -order, e))  # who is quoted about is not who speaks
        if last is not None and last.speaker is not None and fits(last.speaker) and not demonstrative:
            candidates.append((last.start, -len(mentions) - 1, last.speaker))
        if not candidates:
            if last is not None and last.speaker is not None and fits(last.speaker):
                return last.speaker
            return None
        # the latest wins; but "elle" prefers a known woman to a nearer person of unknown gender,
        # since a person named without Mme or a feminine descriptor is most often a man
        if gender == "f":
            exact = [c for c in candidates if c[2].gender == "f"]
            if exact and max(c[0] for c in exact) >= max(c[0] for c in candidates) - _FEMININE_PREFERENCE:
                candidates = exact
        return max(candidates, key=lambda c: (c[0], c[1]))[2]

    def _is_subject_mention(self, char: int) -> bool:
        token = self.g.token_at(char)
        if token is None:
            return False
        seen = 0
        while token.dep_ in ("flat:name", "flat", "compound", "appos") and seen < 3:
            token, seen = token.head, seen + 1
        return token.dep_ in SUBJECTS or token.i in self._speaker_tokens

    def _in_direct_quote(self, char: int) -> bool:
        k = bisect_right(self._quoted_starts, char) - 1
        return k >= 0 and char < self._quoted[k][1]

    def _phrase_head(self, span: tuple[int, int]) -> Token | None:
        """The noun a phrase is about: its syntactic root ("a Homeland Security Department official"),
        or None when the phrase does not start as a noun phrase."""
        tokens = self.g.doc[span[0]:span[1]]
        first = next((t for t in tokens if t.pos_ not in ("DET", "ADJ", "NUM")), None)
        if first is None or first.pos_ not in ("NOUN", "PROPN"):
            return None
        root = tokens.root
        head = root if root.pos_ in ("NOUN", "PROPN") else first
        if not head.is_alpha or self.g.is_time_word(head):
            return None
        return head

    def descriptive_entity(self, span: tuple[int, int], entities: EntityIndex) -> tuple[Entity | None, EntityIndex]:
        """An unnamed speaker (`une source proche du dossier`, `les manifestants`) as an entity of its own.

        Its identity is the phrase without its determiner, so `une source diplomatique française`
        and later `la source diplomatique française` are one source; every occurrence is a mention,
        and the name is the phrase as first written."""
        g = self.g
        lang = g.lang
        s, e = g.span_chars(*span)
        words = g.text[s:e]
        if len(words) < 3 or len(words) > 80:
            return None, entities
        tokens = re.findall(r"[\w-]+", norm(words))
        head = self._phrase_head(span)
        if head is None or len(tokens) > 10:
            return None, entities  # only a noun phrase names a speaker: not "le 12 mai", not a clause
        described = self._described_by(head, entities) if span[0] < head.i else None
        if described is not None:  # "le guide" after "Vincent Schmitt, guide touristique local"
            return described, entities.with_mention(described.id, Span(s, e, words), list(range(*span)))
        lemma = norm(head.lemma_)
        definite = span[0] < head.i and norm(g.doc[span[0]].text) in lang.definite_articles
        if definite and (lemma in lang.org_nouns or norm(head.text) in lang.org_nouns):
            named = self._organisation_before(head, entities)  # "la fondation" after "la Fondation Roi Baudouin"
            if named is not None:
                return named, entities.with_mention(named.id, Span(s, e, words), list(range(*span)))
        known = lang.unnamed_speakers | lang.role_nouns | lang.org_nouns
        if lemma not in known and norm(head.text) not in known and "Plur" not in head.morph.get("Number"):
            return None, entities  # "le sable", "une pétition": a thing does not speak; groups and roles do
        core_start = s
        first_token = g.token_at(s)
        if first_token is not None and first_token.pos_ == "DET" and first_token.idx + len(first_token) < e:
            core_start = g.doc[first_token.i + 1].idx
        core = g.text[core_start:e]
        key = "descr:" + " ".join(re.findall(r"[\w-]+", norm(core)))
        existing = next((x for x in entities.entities if x.key == key), None)
        if existing is not None:
            return existing, entities.with_mention(existing.id, Span(s, e, words), list(range(*span)))
        # every occurrence of the phrase, with the determiner it has there
        occurrences = []
        for m in re.finditer(re.escape(core), g.text, flags=re.IGNORECASE):
            token = g.token_at(m.start())
            if token is None or (m.end() < len(g.text) and g.text[m.end()].isalnum()):
                continue
            start = token.i
            if start > 0 and g.doc[start - 1].pos_ == "DET":
                start -= 1
            last = g.token_at(m.end() - 1)
            if last is None or any(entities.token_entity.get(i) for i in range(start, last.i + 1)):
                continue
            occurrences.append((start, last.i + 1))
        if span not in occurrences:
            occurrences.append(span)
        occurrences.sort()
        mentions = tuple(Span(*g.span_chars(a, b), g.text[slice(*g.span_chars(a, b))]) for a, b in occurrences)
        kind = "ORG" if set(tokens) & lang.org_nouns and not set(tokens) & lang.role_nouns else "PERSON"
        entity = Entity(id=f"e{len(entities.entities) + 1}", type=kind, name=mentions[0].text, mentions=mentions,
                        key=key)
        token_ids = [i for a, b in occurrences for i in range(a, b)]
        return entity, entities.with_added(entity, token_ids)

    def _described_by(self, head: Token, entities: EntityIndex) -> Entity | None:
        """`le guide`, `the spokesman`: the one person introduced before with that noun in a descriptor."""
        low, lemma = norm(head.text), norm(head.lemma_)
        best, best_at = None, -1
        for e in self.g.entities.entities:
            if e.type != "PERSON" or not e.descriptors or e.mentions[0].start > head.idx:
                continue
            words = {w for d in e.descriptors for w in re.findall(r"[\w-]+", norm(d))}
            if low in words or lemma in words:
                # the one named most recently before this description
                latest = max(m.start for m in e.mentions if m.start < head.idx)
                if latest > best_at:
                    best, best_at = e, latest
        return best

    def _organisation_before(self, head: Token, entities: EntityIndex) -> Entity | None:
        """`la fondation`, `le groupe californien`: the organisation named before that this definite
        description refers back to. One whose name has the noun (la Fondation Roi Baudouin) is
        taken within a few paragraphs; for a generic company noun (le groupe, la société), the
        organisation named last, within a paragraph or so."""
        at = head.idx
        noun = {norm(head.text), norm(head.lemma_)}
        named_best, named_at, latest, latest_at = None, -1, None, -1
        for e in self.g.entities.entities:
            if e.type != "ORG" or (e.key or "").startswith("descr:"):
                continue
            named = bool(noun & {norm(w) for w in re.findall(r"[\w-]+", e.name)})
            for m in e.mentions:
                if not m.start < at or at - m.start > _ORG_REACH:
                    continue
                if named and m.start > named_at:
                    named_best, named_at = e, m.start
                if m.start > latest_at:
                    latest, latest_at = e, m.start
        if named_best is not None:
            return named_best
        if noun & self.g.lang.company_nouns and latest is not None and at - latest_at < _COMPANY_REACH:
            return latest
        return None
