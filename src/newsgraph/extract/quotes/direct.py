"""Pass 3: marked quotes and their attribution.

A marked span is a quote when a cue names its speaker: an incise after it (`», a déclaré X`,
`», souffle-t-il`, `», selon X`, `» l'ennemi, explique X`), a verb or a colon clause before it
(`X a déclaré : « P »`, `Elle pointe le risque : « P »`), or the quote it continues (a paragraph
reopening its mark). A long marked statement without any is still a quote, its speaker taken from
the context; short marked words without a cue are names, titles or scare quotes.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clause import AUXILIARIES, OBJECTS, SENTENCE_END, Grammar, norm
from .draft import Confidence, Draft
from .marks import MarkedSpan
from .speakers import addressee_of, attribute, speaker_from

_MIN_WORDS = 4  # shorter marked words without a cue are names or scare quotes
_MIN_TOKENS = 5
_LOOK_BACK = 12  # tokens back from a colon to the verb that introduces the quote
_CLAUSE_BACK = 25


def read_direct(g: Grammar, marks: list[MarkedSpan]) -> list[Draft]:
    drafts = []
    previous: Draft | None = None
    for m in marks:
        first = g.token_at(m.start)
        if first is None:
            continue
        draft = Draft("direct", m.start, m.end, open_end=m.close_at is None, paragraph=m.paragraph, marked=[m])
        words = len(g.text[m.start:m.end].split())
        attributed = _attribute_after(g, m, draft) or _attribute_before(g, m, draft) or (
            words >= _MIN_WORDS and _attribute_governor(g, m, draft))
        continuing = (previous is not None and previous.open_end and previous.paragraph == m.paragraph - 1
                      and g.text[m.open_at] == g.text[previous.marked[0].open_at])
        if not attributed and continuing:
            draft.speaker, draft.pronoun = previous.speaker, previous.pronoun
            draft.speaker_tokens, draft.descriptive = previous.speaker_tokens, previous.descriptive
            draft.confidence = Confidence.CONTINUED
            attributed = True
        if not attributed:
            if words < _MIN_WORDS or not _is_statement(g, m):
                previous = None
                continue  # scare quotes, names, titles
            draft.needs_speaker = True
            draft.confidence = Confidence.GUESS
        drafts.append(draft)
        previous = draft
    return drafts


def _is_statement(g: Grammar, m: MarkedSpan) -> bool:
    """A long marked span that reads like speech: it has a verb and is not the whole heading line."""
    tokens = g.tokens_between(m.start, m.end)
    return any(t.pos_ in ("VERB", "AUX") for t in tokens) and len(tokens) >= _MIN_TOKENS


def _attribute_after(g: Grammar, m: MarkedSpan, draft: Draft) -> bool:
    """« ... », a déclaré X. / « ... », selon X. / "...," he said. / « ... » l'ennemi, explique X."""
    if m.close_at is None:
        return False
    i = g.token_index(m.close_at)
    if i is None:
        return False
    doc = g.doc
    j = i + 1
    separated = False
    while j < len(doc) and (doc[j].text in g.q.incise_separators or doc[j].is_space) and j <= i + 3:
        separated = separated or doc[j].text in g.q.incise_separators
        j += 1
    if j >= len(doc) or "\n" in g.text[m.close_at:doc[j].idx]:
        return False
    inside = g.text[m.open_at + 1:m.close_at].rstrip().rstrip("'’" + "".join(g.closers)).rstrip()  # past a nested quote's end
    # English puts the comma inside the marks; «… ?» a-t-il demandé needs none
    separated = separated or (inside[-1:] in (",", "?", "!", "…"))
    n = g.according_to_at(j)
    if n:
        return _attribute_according(g, j, n, draft)
    closed_sentence = inside[-1:] in (".", "…") and not separated
    # without a comma only word order tells an incise (« … » a commenté le chef) from the
    # sentence going on (au cri d'« Allah Akbar » a dit …)
    verb = g.incise_at(j) if separated else None
    quote_from = g.token_index(m.open_at)
    if verb is None or verb.i > j + 4:
        verb = g.inverted_at(j, quote_from)
    if verb is not None:
        return attribute_verb(g, verb, draft, Confidence.INCISE, inverted=True)
    if closed_sentence or not _opens_sentence(g, m):
        return False  # narrative goes on after the quote
    verb = _incise_after_words(g, j, quote_from)
    if verb is None:
        return False
    return attribute_verb(g, verb, draft, Confidence.INCISE_AFTER_WORDS, inverted=True)


def _opens_sentence(g: Grammar, m: MarkedSpan) -> bool:
    """The quote begins its sentence (or follows a colon): no narrative subject precedes it."""
    i = g.token_index(m.open_at)
    if i is None:
        return False
    k = i - 1
    while k >= 0 and g.doc[k].is_space:
        k -= 1
    return g.doc[i].is_sent_start or k < 0 or g.doc[k].text in SENTENCE_END + (":",) or g.doc[k].text in g.closers


def _incise_after_words(g: Grammar, j: int, quote_from: int | None) -> Token | None:
    """`« … » l'ennemi, explique X`, `« … », deux grands ports du nord, relate X`: a few words
    that finish the sentence the quote began, then the incise."""
    doc = g.doc
    for k in range(j, min(len(doc), j + 15)):
        t = doc[k]
        if t.text in SENTENCE_END or t.text in (";", ":") or g.is_mark(t) or (k > j and t.is_sent_start) or "\n" in t.text:
            return None
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") and k > j:
            return None  # a clause of its own: the narrative goes on
        if t.text in g.q.incise_separators and t.text not in g.q.clitic_joiners and k > j:
            verb = g.inverted_at(k + 1, quote_from)
            if verb is not None:
                return verb
    return None


def _attribute_before(g: Grammar, m: MarkedSpan, draft: Draft) -> bool:
    """Elle a ajouté : « ... » / X : « ... » / X said "..."."""
    i = g.token_index(m.open_at)
    if i is None or i == 0:
        return False
    doc = g.doc
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or ("\n" in g.text[doc[j].idx:m.open_at] and doc[j].text != ":"):
        return False  # a paragraph ending with a colon introduces the next: "X reports:\n« P »"
    if doc[j].text in (":", ","):
        k = j - 1
        verb = None
        while k >= 0 and not doc[k].is_space and doc[k].text not in SENTENCE_END and not g.is_mark(doc[k]) \
                and k >= j - _LOOK_BACK:
            if g.is_speech(doc[k]) and (doc[k].pos_ != "NOUN" or (
                    doc[j].text == ":" and k == j - 1 and k > 0 and doc[k - 1].pos_ in ("PROPN", "PRON"))):
                verb = doc[k]  # "The New York Times reports:", the tagger's noun before a colon
                break
            k -= 1
        if verb is not None:
            return attribute_verb(g, verb, draft, Confidence.INCISE)
        if doc[j].text == ":":
            has_clause, subject = _colon_clause_subject(g, j)
            if has_clause:
                if subject is None:
                    return False
                found = speaker_from(g, subject)
                if not found.names_someone:
                    return False
                draft.take_speaker(found)
                draft.confidence = Confidence.COLON_CLAUSE
                return True
            # a bare speaker before a colon: "Le ministre : « ... »"
            k = j - 1
            if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN"):
                found = speaker_from(g, doc[k])
                if found.entity is not None or found.descriptive is not None:
                    draft.speaker, draft.speaker_tokens, draft.descriptive = found.entity, found.tokens, found.descriptive
                    draft.confidence = Confidence.COLON_CLAUSE
                    return True
        return False
    # "X a déclaré « ... »", "he said \"...\""
    if g.is_speech(doc[j]) and doc[j].pos_ != "NOUN":
        return attribute_verb(g, doc[j], draft, Confidence.VERB_BEFORE)
    if norm(doc[j].text) in g.lang.complementizers:
        # "Y estime pour sa part que « … »": the marked words are the clause of the verb before
        k = j - 1
        while k >= 0 and k >= j - _LOOK_BACK and doc[k].text not in SENTENCE_END and not g.is_mark(doc[k]):
            if g.is_speech(doc[k]) and doc[k].pos_ != "NOUN" and not g.not_a_report(doc[k]):
                return attribute_verb(g, doc[k], draft, Confidence.CLAUSE)
            k -= 1
    return False


def _attribute_governor(g: Grammar, m: MarkedSpan, draft: Draft) -> bool:
    """Le philosophe a salué l'« intellectuel engagé et querelleur »: marked words that are the
    object of a cue verb are its subject's, when that subject names someone who can speak."""
    first, last = g.token_index(m.start), g.token_index(m.end - 1)
    if first is None or last is None:
        return False
    verb = g.governing_cue(first, last + 1)
    if verb is None:
        return False
    if any("Rel" in c.morph.get("PronType") and c.dep_ in OBJECTS for c in verb.children):
        return False  # "ce qu'ils appellent le « sacre »": a name given, not words said
    subject = g.subject_of(verb)
    if subject is None or subject.i > verb.i or not g.is_agent_like(subject) or not (
            subject.head.i == verb.i or g.is_clitic(subject)):
        return False  # only the verb's own subject ("des ordres donnés aux troupes disant de « P »")
    attribute(g, draft, subject)
    draft.cue, draft.confidence = g.verb_group(verb), Confidence.OBJECT
    return True


def _colon_clause_subject(g: Grammar, colon: int) -> tuple[bool, Token | None]:
    """`Elle pointe aussi le risque de pillage : « … »`: a clause that introduces a quote with a
    colon gives it its subject as speaker, whatever its verb. (whether a clause with a subject
    precedes the colon, that subject or None when the clause is impersonal: `il faudrait … :`)."""
    doc = g.doc
    k = colon - 1
    while k >= 0 and doc[k].text not in SENTENCE_END and not g.is_mark(doc[k]) and not doc[k].is_space \
            and k >= colon - _CLAUSE_BACK:
        k -= 1
    for t in doc[k + 1:colon]:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in AUXILIARIES + ("cop", "amod", "acl"):
            continue
        subject = g.subject_of(t)
        if subject is None or not (k < subject.i < colon):
            continue
        if subject.dep_ == "expl:subj" or norm(t.lemma_) in g.lang.impersonal_verbs:
            return True, None
        return True, subject
    return False, None


def attribute_verb(g: Grammar, verb: Token, draft: Draft, confidence: float, inverted: bool = False) -> bool:
    subject = g.subject_of(verb)
    draft.cue = g.verb_group(verb)
    draft.confidence = confidence
    if inverted:
        # an incise inverts its subject: "», a ajouté M. Ouchakov", "», said the minister"; a
        # subject between the closing mark and the verb is the incise's own ('," he told reporters')
        after = g.noun_after(verb)
        own = subject is not None and subject.i < verb.i and subject.idx >= draft.end
        if after is not None and not own and (
                subject is None or subject.i < verb.i or norm(subject.text) not in g.lang.pronouns):
            subject = after if subject is None or subject.i < verb.i else subject
    if subject is None:
        # "…», précise le communiqué" parsed without a subject: the noun after the verb
        nxt = verb.i + 1
        while nxt < len(g.doc) and g.doc[nxt].pos_ in ("DET", "ADV"):
            nxt += 1
        if nxt < len(g.doc) and g.doc[nxt].pos_ != "PRON" and g.is_nominal(g.doc[nxt]):
            subject = g.doc[nxt]
    if subject is None:
        draft.needs_speaker = True
        return True
    attribute(g, draft, subject)
    draft.addressee = addressee_of(g, verb, None)
    return True


def _attribute_according(g: Grammar, j: int, n: int, draft: Draft) -> bool:
    head = g.according_head(j, n)
    if head is None:
        return False
    attribute(g, draft, head)
    draft.cue = (j, j + n)
    draft.confidence = Confidence.SOURCE
    return True
