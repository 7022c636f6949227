"""Pass 5: who speaks and who is addressed, read from the grammar.

The speaker of a cue is its grammatical subject (or the inverted subject of an incise, or the
object of `selon`); the addressee is its indirect object (`a déclaré à l'AFP`, `told reporters`).
Either is resolved through the entity index: ``entities.at(head)`` or the entities named in the
phrase. Only when the index has nothing for a pronoun or a description does this module call
``legacy_resolution`` (today's pronoun, description and unnamed-source rules, kept until the
coreference stage resolves those). A quote the grammar gives no speaker takes one from the
context (the last speaker, else the person named last) with a low confidence: see
``draft.Confidence``.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...model import Entity, Quote, Span
from .clause import SUBJECTS, Grammar, norm
from .draft import Confidence, Draft, Found
from .legacy_resolution import Legacy

_FALLBACK_REACH = 600  # characters from the last speaker's quote within which it still speaks
_SALIENT_REACH = 400
_NEXT_REACH = 400
_PARTY_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def speaker_from(g: Grammar, head: Token) -> Found:
    """The speaker a subject head names: an entity, or a pronoun or description to resolve."""
    low = norm(head.text)
    referent = g.entities.at(head)
    demonstrative = demonstrative_at(g, head)
    if demonstrative is not None:
        if referent is not None:
            return Found(referent, (head.i, demonstrative[1]))
        return Found(None, (head.i, demonstrative[1]), pronoun=demonstrative[0])
    if low in g.lang.pronouns:
        if referent is not None:
            return Found(referent, (head.i, head.i + 1))
        return Found(None, (head.i, head.i + 1), pronoun=g.lang.pronouns[low])
    if low in g.lang.relative_pronouns and head.head.i != head.i:
        antecedent = head.head.head if head.head.dep_ in ("acl:relcl", "relcl") else None
        if antecedent is not None:
            head = antecedent
    entity = g.entities.at(head)
    span = g.noun_phrase(head)
    if entity is None:
        entity = g.entities.in_tokens(g.doc[span[0]:span[1]])
        # an apposed name: "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré"
        for c in head.children:
            if c.dep_ in ("appos", "flat:name") and g.entities.at(c) is not None and g.entities.at(c).type == "PERSON":
                entity = g.entities.at(c)
        if entity is not None and entity.type != "PERSON" and is_person_noun(g, head):
            # "le porte-parole du Kremlin" is a person of the Kremlin, not the Kremlin
            entity = None
        if entity is not None and g.is_agent_like(head) and _in_complement(g, head, entity, span):
            # "Le patron du parti du président Macron", "les rebelles du parti": the head names
            # someone of its own; the name in its complement is who they belong to
            entity = None
    if span[1] + 1 < len(g.doc) and g.doc[span[1]].text == ",":
        # "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the apposed name is the speaker
        named = g.entities.at(span[1] + 1)
        if named is not None and _starts_a_clause(g, named, span[1] + 1):
            named = None  # "Selon la présidence, M. X s'est entretenu": X is the next clause's subject
        if named is not None and named.type == "PERSON" and (entity is None or entity.type != "PERSON"
                                                             or entity is named):
            entity = named
            span = mention_tokens(g, named, span[1] + 1)  # the name names the speaker here
    elif entity is not None and g.entities.at(head) is entity:
        span = mention_tokens(g, entity, head.i)  # "la Maison Blanche", not "Blanche"
    if entity is None:
        if head.pos_ in ("NOUN", "PROPN") and head.is_alpha:
            return Found(None, span, descriptive=span)
        return Found(None, span)
    return Found(entity, span)


def _in_complement(g: Grammar, head: Token, entity: Entity, span: tuple[int, int]) -> bool:
    """Whether the entity is named in span only after a preposition that follows the head."""
    mine = g.entities.token_entity
    first = next((k for k in range(span[0], span[1]) if mine.get(k) == entity.id), None)
    if first is None or first <= head.i:
        return False
    return any(g.doc[k].pos_ == "ADP" for k in range(head.i + 1, first))


def _starts_a_clause(g: Grammar, entity: Entity, i: int) -> bool:
    """Whether the mention of entity at token i is the subject of a clause of its own, not an apposition."""
    start, end = mention_tokens(g, entity, i)
    return any(g.doc[k].dep_ in SUBJECTS and g.doc[k].head.i >= end for k in range(start, end))


def demonstrative_at(g: Grammar, t: Token) -> tuple[str, int] | None:
    """(gender, end token) of a demonstrative pronoun starting at t, however the tokenizer cut it
    ("Celui-ci", "Celui" "-" "ci")."""
    for form, gender in g.lang.demonstrative_pronouns.items():
        end = t.idx + len(form)
        if norm(g.text[t.idx:end]) == form and not (end < len(g.text) and g.text[end].isalnum()):
            last = g.token_index(end - 1)
            return (gender, last + 1) if last is not None else None
    return None


def mention_tokens(g: Grammar, entity: Entity, i: int) -> tuple[int, int]:
    """The run of tokens around token i that belong to one mention of the entity."""
    start, end = i, i + 1
    mine = g.entities.token_entity
    joiners = g.q.clitic_joiners | {"‐"}

    def inside(k: int) -> bool:  # a hyphen belongs to the mention it joins: "Royaume-Uni"
        return mine.get(k) == entity.id and (not g.doc[k].is_punct or (
            g.doc[k].text in joiners and mine.get(k - 1) == entity.id and mine.get(k + 1) == entity.id))

    while start > 0 and inside(start - 1):
        start -= 1
    while end < len(g.doc) and inside(end):
        end += 1
    return start, end


def is_person_noun(g: Grammar, head: Token) -> bool:
    low, lemma = norm(head.text), norm(head.lemma_)
    lang = g.lang
    return (low in lang.role_nouns or lemma in lang.role_nouns or low in lang.unnamed_speakers
            or lemma in lang.unnamed_speakers) and low not in lang.org_nouns


def addressee_of(g: Grammar, v: Token, content: tuple[int, int] | None) -> Entity | None:
    """Who a cue addresses: its indirect object (`a déclaré à l'AFP`, `told reporters`, `said to X`)."""
    preps = g.q.addressee_preps
    for c in v.children:
        if content and content[0] <= c.i < content[1]:
            continue
        if c.dep_ in ("iobj", "obl:arg", "dative", "obj", "dobj", "obl"):
            cases = [norm(x.text) for x in c.children if x.dep_ in ("case", "prep")]
            if c.dep_ in ("obl:arg", "obl") and not any(x in preps for x in cases):
                continue
            entity = g.entities.at(c) or g.entities.in_tokens(list(c.subtree)[:6])
            if entity is not None and entity.type in _PARTY_TYPES:
                return entity
        if c.dep_ == "prep" and norm(c.text) in preps:
            for x in c.children:
                entity = g.entities.at(x)
                if entity is not None:
                    return entity
    return None


def attribute(g: Grammar, draft: Draft, head: Token) -> None:
    """The draft's speaker is the one a subject head names."""
    draft.take_speaker(speaker_from(g, head))


# -- the final records -------------------------------------------------------------------------

def resolve(g: Grammar, drafts: list[Draft]):
    """Speakers for every draft (grammar first, then the legacy resolution, then the context).
    Returns the entity index extended with the unnamed sources."""
    legacy = Legacy(g, drafts)
    entities = g.entities
    last: Draft | None = None
    previous: Draft | None = None
    for number, d in enumerate(drafts, start=1):
        if d.needs_speaker and d.speaker is None and previous is not None and continues_incise(g, previous, d):
            # '"A," she said. "B"': the one incise names the speaker of both parts, resolved or not
            d.speaker, d.speaker_tokens, d.pronoun, d.cue = previous.speaker, previous.speaker_tokens, previous.pronoun, previous.cue
            d.descriptive, d.needs_speaker, d.confidence = previous.descriptive, False, Confidence.CONTINUED
        previous = d
        if last is not None and last.speaker is not None and d.start - last.end < _FALLBACK_REACH \
                and names_a_document(g, d) and not _document_entity(g, last.speaker):
            # "…», poursuit le communiqué": a document speaks for who issued it, the speaker before
            d.speaker, d.confidence = last.speaker, min(d.confidence, Confidence.CLAUSE)
        if d.speaker is None and d.pronoun is not None:
            d.speaker = legacy.resolve_pronoun(d, last, entities)
        if d.speaker is None and d.descriptive is not None:
            d.speaker, entities = legacy.descriptive_entity(d.descriptive, entities)
        if d.speaker is None and d.needs_speaker and last is not None and last.speaker is not None:
            if d.start - last.end < _FALLBACK_REACH:
                d.speaker = last.speaker
                d.confidence = min(d.confidence, Confidence.FALLBACK)
                if continues_incise(g, last, d):
                    # '"A," he said, but "B"' / '« A », dit-il. « B »': the one incise names the
                    # speaker of both parts
                    d.speaker_tokens, d.cue = last.speaker_tokens, last.cue
                    d.confidence = Confidence.CONTINUED
        if d.speaker is None and d.needs_speaker:
            d.speaker = legacy.salient_before(d.start) or next_speaker(drafts, number - 1)
            d.confidence = min(d.confidence, Confidence.GUESS)
        if d.speaker is not None:
            last = d
    return entities


def names_a_document(g: Grammar, d: Draft) -> bool:
    """Whether the draft's speaker is named by a report noun of the lexicon and no name
    ("le communiqué", "la déclaration"): the words of someone else, written down."""
    if d.speaker_tokens is None or (d.speaker is not None and not (d.speaker.key or "").startswith("descr:")):
        return False
    tokens = g.doc[d.speaker_tokens[0]:d.speaker_tokens[1]]
    if any(g.entities.at(t) is not None and not (g.entities.at(t).key or "").startswith("descr:") for t in tokens):
        return False
    heads = [t for t in tokens if t.pos_ == "NOUN"]
    return bool(heads) and norm(heads[0].lemma_) in g.lex.nouns


def _document_entity(g: Grammar, e: Entity) -> bool:
    """An unnamed speaker that is a document ("un communiqué")."""
    return (e.key or "").startswith("descr:") and any(w in g.lex.nouns for w in norm(e.name).split())


def records(g: Grammar, drafts: list[Draft]) -> tuple[Quote, ...]:
    return tuple(_record(g, d, number) for number, d in enumerate(drafts, start=1))


def _record(g: Grammar, d: Draft, number: int) -> Quote:
    kind = d.kind
    content = g.text[d.start:d.end]
    if kind == "indirect" and any(ch in g.marks for ch in content):
        kind = "mixed"
    speaker_mention = None
    if d.speaker_tokens is not None:
        s, e = g.span_chars(*d.speaker_tokens)
        speaker_mention = Span(s, e, g.text[s:e])
    cue = None
    if d.cue is not None:
        s, e = g.span_chars(*d.cue)
        cue = Span(s, e, g.text[s:e])
    return Quote(
        id=f"q{number}", kind=kind, span=Span(d.start, d.end, content),
        speaker=d.speaker.id if d.speaker else None, speaker_mention=speaker_mention, cue=cue,
        addressee=d.addressee.id if d.addressee and d.addressee is not d.speaker else None,
        source=d.source.id if d.source and d.source is not d.speaker else None,
        confidence=d.confidence,
    )


def continues_incise(g: Grammar, named: Draft, d: Draft) -> bool:
    """Whether d goes on from a direct quote whose incise named its speaker: in the incise's
    sentence, or opening right after it."""
    if named.kind != "direct" or named.speaker_tokens is None or named.cue is None:
        return False
    incise = g.doc[named.speaker_tokens[0]]
    if incise.idx < named.end:
        return False  # named before the quote ("X a déclaré : « A »"), not by an incise
    here = g.token_at(d.start)
    if here is None:
        return False
    if here.sent.start == incise.sent.start:
        return True
    gap = g.text[incise.sent.end_char:d.start]
    return incise.sent.end_char <= d.start and all(ch.isspace() or ch in g.openers for ch in gap)


def next_speaker(drafts: list[Draft], index: int) -> Entity | None:
    """An unattributed quote often opens a paragraph whose next quote names the speaker."""
    here = drafts[index]
    for d in drafts[index + 1:index + 3]:
        if d.speaker is not None and not d.needs_speaker and d.start - here.end < _NEXT_REACH:
            return d.speaker
    return None
