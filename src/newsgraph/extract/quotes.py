"""Quotes: direct, indirect and mixed reported speech, each with its speaker.

Three passes over one parsed article:
1. quotation marks are paired per paragraph (a paragraph that reopens « without closing
   continues the quote of the one before; a mark never closed ends where the next quote opens);
2. reporting cues are read from the dependency parse, with surface fallbacks for the parser's
   usual faults on translated text: speech verbs with a content clause or object, present
   participles (`ajoutant que`), `selon X`, colon introductions (the clause's subject speaks),
   and incises, known by their inverted subject whatever the verb (`», souffle-t-il`,
   `» l'ennemi, explique X`) and never across a sentence end;
3. the two are reconciled: a marked fragment inside a reported clause makes a mixed quote,
   a report nested inside a direct quote is dropped, `selon X` around a report becomes its source.

Speakers are entity ids. A personal pronoun goes to the newest subject of its gender (the last
speaker counts as one), never to someone named inside a quote; `celui-ci` to the person
mentioned last; `la fondation` to the organisation it names.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from ..lang import LanguageData
from ..model import Entity, Quote, Span
from .entities import EntityIndex

_TRAILING = set(" \n\t,;:.-–—")
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl:subj", "nsubjpass")


def _norm(text: str) -> str:
    return text.replace("’", "'").lower()


# --- 1. quotation marks -------------------------------------------------------------------------

@dataclass
class MarkedSpan:
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when the paragraph ends first
    start: int  # content, stripped
    end: int
    paragraph: int


def marked_spans(text: str, paragraphs: list[tuple[int, int]], lang: LanguageData) -> list[MarkedSpan]:
    """Top-level quoted spans. Nested marks stay inside their outer span."""
    found: list[MarkedSpan] = []
    pairs = lang.quote_pairs
    for number, (p0, p1) in enumerate(paragraphs):
        stack: list[tuple[str, int]] = []
        i = p0
        while i < p1:
            ch = text[i]
            if stack and ch in pairs[stack[-1][0]] and not (ch == '"' and _opens_straight(text, i, p0) and len(stack) == 1 and stack[-1][0] != '"'):
                opener, at = stack.pop()
                if not stack:
                    found.append(_content(text, at, i, number))
            elif ch in pairs and not (ch == '"' and stack and stack[-1][0] == '"'):
                if ch == '"' and not stack and not _opens_straight(text, i, p0):
                    i += 1
                    continue  # a stray closing mark
                if len(stack) == 1 and ch == stack[0][0] and ch != '"' and not _closes_later(text, i, p1, ch, pairs[ch]):
                    # the open quote is never closed (a typo): it ends before this one starts,
                    # instead of swallowing the rest of the paragraph
                    found.append(_content(text, stack.pop()[1], None, number, i))
                stack.append((ch, i))
            i += 1
        if stack:
            found.append(_content(text, stack[0][1], None, number, p1))
    return [m for m in found if m.end > m.start]


def _opens_straight(text: str, i: int, p0: int) -> bool:
    """A straight double quote opens when it follows a space, a paragraph start or an opening bracket."""
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{:—–-«'" or i == p0:
        return True
    return not before.isalnum() and after.isalnum() and before not in ".,;!?"


def _closes_later(text: str, i: int, p1: int, opener: str, closers: tuple[str, ...]) -> bool:
    """Whether the paragraph after i has a closing mark to spare for a quote opened before i."""
    rest = text[i:p1]
    return sum(rest.count(c) for c in closers) > rest.count(opener)


def _content(text: str, open_at: int, close_at: int | None, paragraph: int, p1: int | None = None) -> MarkedSpan:
    start = open_at + 1
    end = close_at if close_at is not None else p1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkedSpan(open_at, close_at, start, end, paragraph)


# --- records under construction -----------------------------------------------------------------

@dataclass
class _Draft:
    kind: str
    start: int
    end: int
    speaker: Entity | None = None
    speaker_tokens: tuple[int, int] | None = None  # token span of the words naming the speaker
    cue: tuple[int, int] | None = None  # token span of the cue
    addressee: Entity | None = None
    source: Entity | None = None
    confidence: float = 0.5
    open_end: bool = False
    paragraph: int = -1
    pronoun: str | None = None  # gender of an unresolved pronoun speaker
    marked: list[MarkedSpan] = field(default_factory=list)
    needs_speaker: bool = False  # take the speaker from the context
    descriptive: tuple[int, int] | None = None  # token span of an unnamed speaker (une source proche)
    according: bool = False  # read from `selon X` / `according to X` rather than a verb


def find_quotes(doc: Doc, lang: LanguageData, entities: EntityIndex, text: str) -> tuple[tuple[Quote, ...], EntityIndex]:
    from ..nlp import paragraph_spans

    paragraphs = paragraph_spans(text)
    marks = marked_spans(doc.text, paragraphs, lang)
    reader = _Reader(doc, lang, entities, text)
    drafts = reader.direct(marks) + reader.indirect(marks)
    drafts = _reconcile(drafts)
    drafts.sort(key=lambda d: d.start)
    return reader.finish(drafts)


class _Reader:
    def __init__(self, doc: Doc, lang: LanguageData, entities: EntityIndex, text: str):
        self.doc, self.lang, self.entities, self.text = doc, lang, entities, text
        self._starts = [t.idx for t in doc]

    def token_index(self, char: int) -> int | None:
        """The index of the token covering a character offset, if any (not whitespace between tokens)."""
        i = bisect_right(self._starts, char) - 1
        if i < 0 or char >= self._starts[i] + len(self.doc[i]):
            return None
        return i

    def token_at(self, char: int) -> Token | None:
        i = self.token_index(char)
        return self.doc[i] if i is not None else None

    def is_speech(self, t: Token) -> bool:
        if t.pos_ not in ("VERB", "AUX", "NOUN") and not t.tag_.startswith("VB"):
            return False
        lemma = _norm(t.lemma_)
        if lemma in self.lang.speech_verbs or _norm(t.text) in self.lang.speech_verbs:
            return True
        if t.pos_ == "VERB" and _norm(t.text) in self.lang.speech_forms:
            return True  # a lemmatizer fault: "pointe" lemmatized as itself
        nxt = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        if nxt is not None and self.lang.speech_phrases:
            after = self.doc[t.i + 2] if t.i + 2 < len(self.doc) and _norm(nxt.text) == "en" else nxt
            return (lemma, _norm(after.lemma_)) in self.lang.speech_phrases or (lemma, _norm(after.text)) in self.lang.speech_phrases
        return False

    def verb_group(self, v: Token) -> tuple[int, int]:
        """The cue as written: auxiliaries and clitics before the verb ("a ajouté", "ont également indiqué")."""
        start = v.i
        for c in v.children:
            if c.i < v.i and c.dep_.startswith("aux") and c.i >= v.i - 4:
                start = min(start, c.i)
        return start, v.i + 1

    def subject_of(self, v: Token) -> Token | None:
        subject = self._subject_of(v)
        if subject is not None and subject.text in ("-t", "-t-") and subject.i + 1 < len(self.doc):
            return self.doc[subject.i + 1]  # "a-t-il": the euphonic t is not the subject
        return subject

    def _subject_of(self, v: Token) -> Token | None:
        seen = 0
        while v is not None and seen < 4:
            # an inverted clitic is the subject, whatever else the parser attached to the verb (it
            # often takes the quote's own subject): "a-t-il ajouté", "ajoute-t-elle"
            for c in v.children:
                if _norm(c.text) in self.lang.pronouns and c.text.startswith("-"):
                    return c
            after = self._clitic_at(self._skip_euphonic(v.i + 1))
            if after is not None:
                return self.doc[after]
            for j in range(max(0, v.i - 3), v.i):
                if self.doc[j].text.startswith("-") and _norm(self.doc[j].text) in self.lang.pronouns:
                    return self.doc[j]
            subjects = [c for c in v.children if c.dep_ in _SUBJECTS]
            if subjects:
                persons = [c for c in subjects if self.entities.at(c) is not None and self.entities.at(c).type == "PERSON"]
                return (persons or subjects)[-1 if persons else 0]
            if (v.dep_ in ("conj", "xcomp") or self._is_participle_clause(v)) and v.head is not v \
                    and v.head.pos_ in ("VERB", "AUX"):
                v, seen = v.head, seen + 1  # "X a dit, ajoutant que P": X is who adds
                continue
            break
        return self._noun_before(v) if v is not None else None

    def _clitic_at(self, k: int) -> int | None:
        """The index of an inverted subject clitic at k ("-il", or "-" "il" when the tokenizer split it)."""
        doc = self.doc
        if k < len(doc) and doc[k].text.startswith("-") and _norm(doc[k].text) in self.lang.pronouns:
            return k
        if k + 1 < len(doc) and doc[k].text == "-" and not doc[k].whitespace_ and _norm(doc[k + 1].text) in self.lang.pronouns:
            return k + 1
        return None

    def _skip_euphonic(self, k: int) -> int:
        """Past the euphonic t of an inversion however it was tokenized ("-t", "-t-", "-" "t")."""
        doc = self.doc
        if k < len(doc) and doc[k].text in ("-t", "-t-"):
            return k + 1
        if k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].text in ("t", "t-"):
            return k + 2
        return k

    @staticmethod
    def _is_participle_clause(v: Token) -> bool:
        """`ajoutant que P`, `Assurant de P, X a …`: a present participle whose subject is its head's."""
        return v.dep_ in ("advcl", "acl") and v.morph.get("VerbForm") == ["Part"] and v.morph.get("Tense") == ["Pres"]

    def _noun_before(self, v: Token) -> Token | None:
        """French and English put the subject right before the verb group: use it when the parse lost it."""
        k = self.verb_group(v)[0] - 1
        doc = self.doc
        while k >= 0 and doc[k].pos_ == "ADV":
            k -= 1
        if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and (self.entities.at(k) is not None or doc[k].pos_ == "NOUN"):
            return doc[k]
        return None

    def noun_phrase(self, head: Token) -> tuple[int, int]:
        """The words that name a speaker: the head with its determiners, adjectives and complements,
        without relative clauses or what follows a comma."""
        left = head.i
        right = head.i
        for t in head.subtree:
            if t.dep_ in ("acl:relcl", "relcl", "punct", "parataxis") and t.i > head.i:
                break
            if t.i < head.i:
                if t.dep_ not in ("punct", "case", "prep", "mark", "cc") and _norm(t.text) not in self.lang.locative_prepositions \
                        and _norm(t.text) not in self.lang.complementizers:
                    left = min(left, t.i)
            else:
                right = max(right, t.i)
        while right > head.i and self._is_time_word(self.doc[right]):
            right -= 1  # "a indiqué la fondation jeudi"
        # stop at a comma after the head (an apposition is a descriptor)
        for i in range(head.i + 1, right + 1):
            if self.doc[i].text in ",;:«»\"()":
                right = i - 1
                break
        for i in range(head.i - 1, left - 1, -1):
            if self.doc[i].text in ",;:«»\"()":
                left = i + 1
                break
        return left, right + 1

    def speaker_from(self, head: Token) -> tuple[Entity | None, tuple[int, int], str | None, tuple[int, int] | None]:
        """(entity, mention token span, unresolved pronoun gender, descriptive span) for a subject head."""
        low = _norm(head.text)
        demonstrative = self._demonstrative_at(head)
        if demonstrative is not None:
            return None, (head.i, demonstrative[1]), demonstrative[0], None
        if low in self.lang.pronouns:
            return None, (head.i, head.i + 1), self.lang.pronouns[low], None
        if low in self.lang.relative_pronouns and head.head is not head:
            antecedent = head.head.head if head.head.dep_ in ("acl:relcl", "relcl") else None
            if antecedent is not None:
                head = antecedent
        entity = self.entities.at(head)
        span = self.noun_phrase(head)
        if entity is None:
            entity = self.entities.in_tokens(self.doc[span[0]:span[1]])
            # an apposed name: "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré"
            for c in head.children:
                if c.dep_ in ("appos", "flat:name") and self.entities.at(c) is not None and self.entities.at(c).type == "PERSON":
                    entity = self.entities.at(c)
            if entity is not None and entity.type != "PERSON" and self._is_person_noun(head):
                # "le porte-parole du Kremlin" is a person of the Kremlin, not the Kremlin
                entity = None
        if span[1] + 1 < len(self.doc) and self.doc[span[1]].text == ",":
            # "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the apposed name is the speaker
            named = self.entities.at(span[1] + 1)
            if named is not None and named.type == "PERSON" and (entity is None or entity.type != "PERSON"
                                                                 or entity is named):
                entity = named
                span = self._mention_tokens(named, span[1] + 1)  # the name names the speaker here
        elif entity is not None and self.entities.at(head) is entity:
            span = self._mention_tokens(entity, head.i)  # "la Maison Blanche", not "Blanche"
        if entity is None:
            if head.pos_ in ("NOUN", "PROPN") and head.is_alpha:
                return None, span, None, span
            return None, span, None, None
        return entity, span, None, None

    def _demonstrative_at(self, t: Token) -> tuple[str, int] | None:
        """(gender, end token) of a demonstrative pronoun starting at t, however the tokenizer cut it
        ("Celui-ci", "Celui" "-" "ci")."""
        for form, gender in self.lang.demonstrative_pronouns.items():
            end = t.idx + len(form)
            if _norm(self.text[t.idx:end]) == form and not (end < len(self.text) and self.text[end].isalnum()):
                last = self.token_index(end - 1)
                return (gender, last + 1) if last is not None else None
        return None

    def _mention_tokens(self, entity: Entity, i: int) -> tuple[int, int]:
        """The run of tokens around token i that belong to one mention of the entity."""
        start, end = i, i + 1
        mine = self.entities.token_entity

        def inside(k: int) -> bool:  # a hyphen belongs to the mention it joins: "Royaume-Uni"
            return mine.get(k) == entity.id and (not self.doc[k].is_punct or (
                self.doc[k].text in "-‐" and mine.get(k - 1) == entity.id and mine.get(k + 1) == entity.id))

        while start > 0 and inside(start - 1):
            start -= 1
        while end < len(self.doc) and inside(end):
            end += 1
        return start, end

    def _is_person_noun(self, head: Token) -> bool:
        low, lemma = _norm(head.text), _norm(head.lemma_)
        return (low in self.lang.role_nouns or lemma in self.lang.role_nouns or low in self.lang.unnamed_speakers
                or lemma in self.lang.unnamed_speakers) and low not in self.lang.org_nouns

    def _described_by(self, head: Token) -> Entity | None:
        """`le guide`, `the spokesman`: the one person introduced before with that noun in a descriptor."""
        low, lemma = _norm(head.text), _norm(head.lemma_)
        best, best_at = None, -1
        for e in self.entities.entities:
            if e.type != "PERSON" or not e.descriptors or e.mentions[0].start > head.idx:
                continue
            words = {w for d in e.descriptors for w in re.findall(r"[\w-]+", _norm(d))}
            if low in words or lemma in words:
                # the one named most recently before this description
                latest = max(m.start for m in e.mentions if m.start < head.idx)
                if latest > best_at:
                    best, best_at = e, latest
        return best

    def _organisation_before(self, head: Token) -> Entity | None:
        """`la fondation`, `le groupe californien`: the organisation named before that this definite
        description refers back to. One whose name has the noun (la Fondation Roi Baudouin) is
        taken within a few paragraphs; for a generic company noun (le groupe, la société), the
        organisation named last, within a paragraph or so."""
        at = head.idx
        noun = {_norm(head.text), _norm(head.lemma_)}
        named_best, named_at, latest, latest_at = None, -1, None, -1
        for e in self.entities.entities:
            if e.type != "ORG" or (e.key or "").startswith("descr:"):
                continue
            named = bool(noun & {_norm(w) for w in re.findall(r"[\w-]+", e.name)})
            for m in e.mentions:
                if not m.start < at or at - m.start > 2500:
                    continue
                if named and m.start > named_at:
                    named_best, named_at = e, m.start
                if m.start > latest_at:
                    latest, latest_at = e, m.start
        if named_best is not None:
            return named_best
        if noun & self.lang.company_nouns and latest is not None and at - latest_at < 600:
            return latest
        return None

    def addressee_of(self, v: Token, content: tuple[int, int] | None) -> Entity | None:
        for c in v.children:
            if content and content[0] <= c.i < content[1]:
                continue
            if c.dep_ in ("iobj", "obl:arg", "dative", "obj", "dobj", "obl"):
                cases = [_norm(x.text) for x in c.children if x.dep_ in ("case", "prep")]
                if c.dep_ in ("obl:arg", "obl") and not any(x in ("à", "au", "aux") for x in cases):
                    continue
                entity = self.entities.at(c) or self.entities.in_tokens(list(c.subtree)[:6])
                if entity is not None and entity.type in ("PERSON", "ORG", "GPE", "NORP"):
                    return entity
            if c.dep_ == "prep" and _norm(c.text) == "to":
                for g in c.children:
                    entity = self.entities.at(g)
                    if entity is not None:
                        return entity
        return None

    def clause_end(self, first: int, limit: int) -> int:
        """Where a reported clause ends: before a trailing `, selon X` or incise, else at `limit`."""
        doc = self.doc
        i = first
        while i < limit:
            t = doc[i]
            if t.text == "," and i + 1 < limit:
                if self._according_to_at(i + 1) or self._incise_at(i + 1):
                    return i
            i += 1
        return limit

    def _according_to_at(self, i: int, initial: bool = False) -> int:
        """Length of an according-to phrase starting at token i, else 0."""
        for seq in self.lang.according_to + (self.lang.according_to_initial if initial else ()):
            if i + len(seq) <= len(self.doc) and all(_norm(self.doc[i + k].text) == w for k, w in enumerate(seq)):
                return len(seq)
        return 0

    def _incise_at(self, i: int) -> Token | None:
        """A speech verb opening an incise at token i: `a-t-il ajouté`, `a déclaré M. X`, `he said`, `said X`."""
        doc = self.doc
        for j in range(i, min(len(doc), i + 5)):
            t = doc[j]
            if self.is_speech(t) and t.pos_ != "NOUN":
                return t
            if j == i and _norm(t.text) in self.lang.speech_forms:
                return t  # "», note M. X": the tagger read the verb as a noun
            if t.is_punct and not t.text.startswith("-") or t.is_space:
                return None
            if j > i and t.pos_ in ("NOUN", "PROPN") and j + 1 < len(doc) and not self.is_speech(doc[j + 1]) and not (
                    doc[j + 1].pos_ in ("PROPN", "AUX", "PUNCT") or doc[j + 1].dep_ == "flat:name"):
                return None
        return None

    def trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:"):
            start += 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        return start, end

    def span_chars(self, first: int, last_exclusive: int) -> tuple[int, int]:
        doc = self.doc
        return doc[first].idx, doc[last_exclusive - 1].idx + len(doc[last_exclusive - 1])

    # -- direct quotes ---------------------------------------------------------------------------
    def direct(self, marks: list[MarkedSpan]) -> list[_Draft]:
        drafts = []
        previous: _Draft | None = None
        for m in marks:
            first = self.token_at(m.start)
            if first is None:
                continue
            draft = _Draft("direct", m.start, m.end, open_end=m.close_at is None, paragraph=m.paragraph, marked=[m])
            words = len(self.text[m.start:m.end].split())
            attributed = self._attribute_after(m, draft) or self._attribute_before(m, draft)
            continuing = (previous is not None and previous.open_end and previous.paragraph == m.paragraph - 1
                          and self.text[m.open_at] == self.text[previous.marked[0].open_at])
            if not attributed and continuing:
                draft.speaker, draft.pronoun = previous.speaker, previous.pronoun
                draft.speaker_tokens, draft.descriptive = previous.speaker_tokens, previous.descriptive
                draft.confidence = 0.8
                attributed = True
            if not attributed:
                if words < 4 or not self._is_statement(m):
                    previous = None
                    continue  # scare quotes, names, titles
                draft.needs_speaker = True
                draft.confidence = 0.4
            drafts.append(draft)
            previous = draft
        return drafts

    def _is_statement(self, m: MarkedSpan) -> bool:
        """A long marked span that reads like speech: it has a verb and is not the whole heading line."""
        first = bisect_right(self._starts, m.start - 1)
        last = bisect_right(self._starts, m.end - 1)
        tokens = self.doc[first:last]
        return any(t.pos_ in ("VERB", "AUX") for t in tokens) and len(tokens) >= 5

    def _attribute_after(self, m: MarkedSpan, draft: _Draft) -> bool:
        """« ... », a déclaré X. / « ... », selon X. / "...," he said. / « ... » l'ennemi, explique X."""
        if m.close_at is None:
            return False
        i = self.token_index(m.close_at)
        if i is None:
            return False
        doc = self.doc
        j = i + 1
        separated = False
        while j < len(doc) and (doc[j].text in ",—–-" or doc[j].is_space) and j <= i + 3:
            separated = separated or doc[j].text in ",—–-"
            j += 1
        if j >= len(doc) or "\n" in self.text[m.close_at:doc[j].idx]:
            return False
        inside = self.text[m.open_at + 1:m.close_at].rstrip().rstrip("'’\"”»›").rstrip()  # past a nested quote's end
        # English puts the comma inside the marks; «… ?» a-t-il demandé needs none
        separated = separated or (inside[-1:] in (",", "?", "!", "…"))
        n = self._according_to_at(j)
        if n:
            return self._attribute_according(j, n, draft)
        closed_sentence = inside[-1:] in (".", "…") and not separated
        # without a comma only word order tells an incise (« … » a commenté le chef) from the
        # sentence going on (au cri d'« Allah Akbar » a dit …)
        verb = self._incise_at(j) if separated else None
        quote_from = self.token_index(m.open_at)
        if verb is None or verb.i > j + 4:
            verb = self._inverted_at(j, quote_from)
        if verb is not None:
            return self._attribute_verb(verb, draft, confidence=0.9, inverted=True)
        if closed_sentence or not self._opens_sentence(m):
            return False  # narrative goes on after the quote
        verb = self._incise_after_words(j, quote_from)
        if verb is None:
            return False
        return self._attribute_verb(verb, draft, confidence=0.8, inverted=True)

    def _inverted_at(self, i: int, quote_from: int | None = None) -> Token | None:
        """An incise read from its word order: a verb followed by its own subject right after a
        closing mark (`», souffle-t-il`, `», s'est énervé M. Erdogan`, `," laughed Smith`)."""
        doc = self.doc
        for j in range(i, min(len(doc), i + 4)):
            t = doc[j]
            k = self._clitic_at(self._skip_euphonic(j + 1))  # the euphonic t: "souffle" "-t" "-il"
            if k is not None and t.is_alpha:
                # the clitic makes it a verb whatever the tagger said: "souffle-t-il"; after an
                # auxiliary the verb is the participle that follows: "a-t-elle déclaré"
                if t.pos_ == "AUX" and k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "NOUN", "ADJ") and doc[k + 1].is_alpha:
                    return doc[k + 1]
                return t
            if t.is_punct or t.is_space:
                return None
            reflexive = j > i and _norm(doc[j - 1].text) in self.lang.reflexive_clitics
            if t.pos_ == "VERB" or (reflexive and t.pos_ == "NOUN"):
                subjects = [c for c in t.children if c.dep_ in _SUBJECTS]
                if any(c.i > t.i and _norm(c.text) not in self.lang.relative_pronouns for c in subjects):
                    return t
                # the parser often takes an inverted subject for an object: "», relate Vincent Schmitt";
                # a subject it found inside the quote itself does not count
                before = [c for c in subjects if c.i < t.i and not (quote_from is not None and quote_from <= c.i < i)]
                if not before and self._noun_after(t) is not None:
                    return t
                return None
            if t.pos_ not in ("PRON", "AUX", "ADV"):
                return None  # only clitics (leur, s'), auxiliaries and adverbs come before the verb
        return None

    def _opens_sentence(self, m: MarkedSpan) -> bool:
        """The quote begins its sentence (or follows a colon): no narrative subject precedes it."""
        i = self.token_index(m.open_at)
        if i is None:
            return False
        k = i - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        return self.doc[i].is_sent_start or k < 0 or self.doc[k].text in (".", "!", "?", ":", "»", "”")

    def _incise_after_words(self, j: int, quote_from: int | None) -> Token | None:
        """`« … » l'ennemi, explique X`, `« … », deux grands ports du nord, relate X`: a few words
        that finish the sentence the quote began, then the incise."""
        doc = self.doc
        for k in range(j, min(len(doc), j + 15)):
            t = doc[k]
            if t.text in ".!?;:«»“”\"" or (k > j and t.is_sent_start) or "\n" in t.text:
                return None
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") and k > j:
                return None  # a clause of its own: the narrative goes on
            if t.text in (",", "—", "–") and k > j:
                verb = self._inverted_at(k + 1, quote_from)
                if verb is not None:
                    return verb
        return None

    def _attribute_before(self, m: MarkedSpan, draft: _Draft) -> bool:
        """Elle a ajouté : « ... » / X : « ... » / X said "..."."""
        i = self.token_index(m.open_at)
        if i is None or i == 0:
            return False
        doc = self.doc
        j = i - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0 or "\n" in self.text[doc[j].idx:m.open_at]:
            return False
        if doc[j].text in (":", ","):
            k = j - 1
            verb = None
            while k >= 0 and not doc[k].is_space and doc[k].text not in ".!?»«\"" and k >= j - 12:
                if self.is_speech(doc[k]) and doc[k].pos_ != "NOUN":
                    verb = doc[k]
                    break
                k -= 1
            if verb is not None:
                return self._attribute_verb(verb, draft, confidence=0.9)
            if doc[j].text == ":":
                has_clause, subject = self._colon_clause_subject(j)
                if has_clause:
                    if subject is None:
                        return False
                    entity, span, gender, desc = self.speaker_from(subject)
                    if entity is None and gender is None and desc is None:
                        return False
                    draft.speaker, draft.speaker_tokens, draft.pronoun, draft.descriptive = entity, span, gender, desc
                    draft.confidence = 0.7
                    return True
                # a bare speaker before a colon: "Le ministre : « ... »"
                k = j - 1
                if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN"):
                    entity, span, gender, desc = self.speaker_from(doc[k])
                    if entity is not None or desc is not None:
                        draft.speaker, draft.speaker_tokens, draft.descriptive = entity, span, desc
                        draft.confidence = 0.7
                        return True
            return False
        # "X a déclaré « ... »", "he said \"...\""
        if self.is_speech(doc[j]) and doc[j].pos_ != "NOUN":
            return self._attribute_verb(doc[j], draft, confidence=0.85)
        return False

    def _colon_clause_subject(self, colon: int) -> tuple[bool, Token | None]:
        """`Elle pointe aussi le risque de pillage : « … »`: a clause that introduces a quote with a
        colon gives it its subject as speaker, whatever its verb. (whether a clause with a subject
        precedes the colon, that subject or None when the clause is impersonal: `il faudrait … :`)."""
        doc = self.doc
        k = colon - 1
        while k >= 0 and doc[k].text not in ".!?»«\"“”" and not doc[k].is_space and k >= colon - 25:
            k -= 1
        for t in doc[k + 1:colon]:
            if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "aux:tense", "aux:pass", "cop", "amod", "acl"):
                continue
            subject = self.subject_of(t)
            if subject is None or not (k < subject.i < colon):
                continue
            if subject.dep_ == "expl:subj" or _norm(t.lemma_) in self.lang.impersonal_verbs:
                return True, None
            return True, subject
        return False, None

    def _attribute_verb(self, verb: Token, draft: _Draft, confidence: float, inverted: bool = False) -> bool:
        subject = self.subject_of(verb)
        draft.cue = self.verb_group(verb)
        draft.confidence = confidence
        if inverted:
            # an incise inverts its subject: "», a ajouté M. Ouchakov", "», said the minister"
            after = self._noun_after(verb)
            if after is not None and (subject is None or subject.i < verb.i or _norm(subject.text) not in self.lang.pronouns):
                subject = after if subject is None or subject.i < verb.i else subject
        if subject is None:
            # "…», précise le communiqué" parsed without a subject: the noun after the verb
            nxt = verb.i + 1
            while nxt < len(self.doc) and self.doc[nxt].pos_ in ("DET", "ADV"):
                nxt += 1
            if nxt < len(self.doc) and self.doc[nxt].pos_ in ("NOUN", "PROPN"):
                subject = self.doc[nxt]
        if subject is None:
            draft.needs_speaker = True
            return True
        entity, span, gender, desc = self.speaker_from(subject)
        draft.speaker, draft.speaker_tokens, draft.pronoun, draft.descriptive = entity, span, gender, desc
        draft.addressee = self.addressee_of(verb, None)
        return True

    def _is_time_word(self, t: Token) -> bool:
        low = _norm(t.text)
        return (low in self.lang.weekdays or low in self.lang.month_names or low in self.lang.relative_dates
                or t.ent_type_ in ("DATE", "TIME") or t.like_num)

    def _noun_after(self, verb: Token) -> Token | None:
        doc = self.doc
        k = verb.i + 1
        if k < len(doc) and doc[k].pos_ == "VERB" and doc[k].morph.get("VerbForm") == ["Inf"]:
            k += 1  # a light verb's infinitive: "fait valoir Jean-François Lanneluc"
        while k < len(doc) and self._is_time_word(doc[k]) and k <= verb.i + 3:
            k += 1  # "a affirmé lundi Donald Trump"
        clitic = self._clitic_at(self._skip_euphonic(k))  # "ajoute-t-il"
        if clitic is not None:
            return doc[clitic]
        k = self._skip_circumstance(k)  # "a déclaré devant la presse M. Erdogan"
        while k < len(doc) and (doc[k].pos_ in ("DET", "ADV", "ADJ") or _norm(doc[k].text) in self.lang.honorifics):
            if self.entities.at(k) is not None:
                return doc[k]
            k += 1
        if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN", "PRON") and not doc[k].is_punct:
            return doc[k]
        return None

    def _skip_circumstance(self, k: int) -> int:
        """Past a short prepositional phrase that stands between an inverted verb and a named
        subject ("devant la presse M. Erdogan", "à l'AFP le ministre"); k itself otherwise."""
        doc = self.doc
        if k >= len(doc) or doc[k].pos_ != "ADP":
            return k
        j = k + 1
        while j < len(doc) and j <= k + 4 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP") \
                and self.entities.at(j) is None:
            j += 1
        if j < len(doc) and j > k + 1 and (_norm(doc[j].text) in self.lang.honorifics or (
                self.entities.at(j) is not None and self.entities.at(j).type in ("PERSON", "ORG"))):
            return j
        return k

    def _attribute_according(self, j: int, n: int, draft: _Draft) -> bool:
        head = self._according_head(j, n)
        if head is None:
            return False
        entity, span, gender, desc = self.speaker_from(head)
        draft.speaker, draft.speaker_tokens, draft.pronoun, draft.descriptive = entity, span, gender, desc
        draft.cue = (j, j + n)
        draft.confidence = 0.85
        return True

    def _according_head(self, j: int, n: int) -> Token | None:
        doc = self.doc
        k = j + n
        while k < len(doc) and (doc[k].pos_ in ("DET", "ADJ", "NUM") or _norm(doc[k].text) in self.lang.honorifics):
            if self.entities.at(k) is not None:
                return doc[k]
            k += 1
        if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN", "PRON") and not doc[k].is_punct:
            # the head of the phrase: the last noun before a comma/verb within a few tokens
            head = doc[k]
            while head.dep_ in ("flat:name", "flat", "compound") and head.head.i >= j:
                head = head.head
            return head
        return None

    # -- indirect quotes -------------------------------------------------------------------------
    def indirect(self, marks: list[MarkedSpan]) -> list[_Draft]:
        drafts = []
        for sent in self.doc.sents:
            drafts.extend(self._reported_clauses(sent))
            drafts.extend(self._according_to_clauses(sent))
        return drafts

    def _reported_clauses(self, sent: TokenSpan) -> list[_Draft]:
        out = []
        doc = self.doc
        sent_end = sent.end
        while sent_end > sent.start and (doc[sent_end - 1].is_space or doc[sent_end - 1].is_punct):
            sent_end -= 1
        for v in sent:
            if not self.is_speech(v) or v.pos_ == "NOUN" or _norm(v.lemma_) in self.lang.attitude_verbs:
                continue
            if self._not_a_report(v):
                continue
            content = self._content_after(v, sent, sent_end)
            kind_cue = "after"
            if content is None:
                content = self._content_before(v, sent)
                kind_cue = "before"
            weak = False
            if content is None and not self._negated(v):  # "n'ont pas révélé le coût" states nothing
                content = self._content_object(v, sent_end)
                weak = True
            if content is None:
                continue
            first, last = content
            start, end = self.trim(*self.span_chars(first, last))
            if end - start < 8:
                continue
            draft = _Draft("indirect", start, end, cue=self.verb_group(v), confidence=0.6 if weak else 0.8)
            subject = self.subject_of(v)
            if subject is not None and first <= subject.i < last:
                subject = None  # the parser took the reported clause's subject for the verb's
            if subject is None and kind_cue == "before":
                subject = self._noun_after(v)  # "P, a indiqué la fondation jeudi": read as an object
            if subject is None:
                draft.needs_speaker = True
                draft.confidence = 0.5
            else:
                entity, span, gender, desc = self.speaker_from(subject)
                draft.speaker, draft.speaker_tokens, draft.pronoun, draft.descriptive = entity, span, gender, desc
            draft.addressee = self.addressee_of(v, content)
            out.append(draft)
        return out

    def _not_a_report(self, v: Token) -> bool:
        """The writer's own voice (`Rappelons que`, `je dis`) or a causative (`ont fait réagir`)."""
        if "1" in v.morph.get("Person") or "Imp" in v.morph.get("Mood"):
            return True
        if self.lang.imperative_endings and _norm(v.text).endswith(self.lang.imperative_endings) and not any(
                c.dep_ in _SUBJECTS for c in v.children) and (v.i == 0 or self.doc[v.i - 1].is_punct or v.is_sent_start):
            return True  # "Rappelons que …": the tagger rarely marks the imperative
        if v.morph.get("VerbForm") == ["Inf"]:
            governors = [c for c in v.children if c.i < v.i] + [v.head]
            if any(_norm(g.lemma_) in self.lang.causative_verbs and g is not v
                   and (_norm(g.lemma_), _norm(v.lemma_)) not in self.lang.speech_phrases for g in governors):
                return True
        return False

    def _negated(self, v: Token) -> bool:
        return any(_norm(c.text) in self.lang.negation_words and c.dep_ in ("advmod", "neg")
                   for c in v.children)

    def _content_after(self, v: Token, sent: TokenSpan, sent_end: int) -> tuple[int, int] | None:
        """`V que P` / `said (that) P` / `a appelé à P`: the reported clause after the verb."""
        doc = self.doc
        # a complementizer after the verb, before any other finite verb or sentence punctuation
        k = v.i + 1
        while k < sent_end and k <= v.i + 10:
            t = doc[k]
            if _norm(t.text) in self.lang.complementizers and t.dep_ not in ("obj", "nsubj", "dobj") or (
                    _norm(t.text) in self.lang.complementizers and t.dep_ == "mark"):
                first = k + 1
                last = self._clause_last(t, first, sent_end)
                return (first, last) if last > first + 1 else None
            if t.text in ".;:!?«»\"" or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense", "aux:pass") and k > v.i + 1):
                break
            k += 1
        # English (and parser-found) complement clauses without a complementizer: "said P"
        for c in v.children:
            if c.dep_ in ("ccomp",) and c.i > v.i:
                first = min(x.i for x in c.subtree)
                if _norm(doc[first].text) in self.lang.relative_pronouns - self.lang.complementizers:
                    continue
                if _norm(doc[first].text) in self.lang.complementizers:
                    first += 1
                last = self.clause_end(first, max(x.i for x in c.subtree) + 1)
                if last > first + 1:
                    return first, last
        return None

    def _content_object(self, v: Token, sent_end: int) -> tuple[int, int] | None:
        """`a accusé X d'avoir P`, `a annoncé le gel de P`, `a qualifié de « P » Q`: a stated position
        given as the verb's object rather than a clause. Only for a main verb with a real object."""
        doc = self.doc
        participle = self._is_participle_clause(v)
        if (v.dep_ not in ("ROOT", "conj", "parataxis") and not participle) or v.i + 1 >= sent_end:
            return None
        group_start = self.verb_group(v)[0]
        if group_start > 0 and doc[group_start - 1].text in (",", "»", "”", '"', "(", "-", "—") and not participle:
            return None  # an incise: what follows is its subject, not its object
        subject = self.subject_of(v)
        if subject is None or (subject.i > v.i and not participle):
            return None
        if participle:
            # the participle's clause ends where its own words end ("Assurant de P, les militaires ont …")
            sent_end = min(sent_end, max(x.i for x in v.subtree) + 1)
        objects = [c for c in v.children if c.i > v.i and c.dep_ in ("obj", "dobj", "xcomp", "obl:arg", "iobj")]
        if not objects:
            return None
        first = v.i + 1
        while first < sent_end and (doc[first].pos_ == "ADV" or self._is_time_word(doc[first])):
            first += 1
        last = self.clause_end(first, sent_end)
        if last - first < 4:
            return None
        return first, last

    def _clause_last(self, mark: Token, first: int, sent_end: int) -> int:
        """The end of the clause a complementizer opens: its head's subtree when the parse is sound,
        else the sentence end; a trailing `, selon X` or incise is cut either way."""
        head = mark.head
        end = sent_end
        if head.i >= first and head.i < sent_end and mark.dep_ == "mark":
            right = max(x.i for x in head.subtree) + 1
            if right >= first + 2:
                end = min(sent_end, max(right, self._next_boundary(first, sent_end)))
        return self.clause_end(first, end)

    def _next_boundary(self, first: int, sent_end: int) -> int:
        # the parse often cuts the clause at a nested quote; extend to a closing mark in the same sentence
        doc = self.doc
        for i in range(first, sent_end):
            if doc[i].text in ("»", "”"):
                return i + 1
        return first

    def _content_before(self, v: Token, sent: TokenSpan) -> tuple[int, int] | None:
        """`P, a déclaré X.` / `P, X said.`: an incise after the reported clause."""
        doc = self.doc
        start = self.verb_group(v)[0]
        k = start - 1
        # English "P, X said": the subject sits between the comma and the verb
        subject = self.subject_of(v)
        if subject is not None and _norm(subject.text) in self.lang.relative_pronouns:
            return None  # "l'appel, qui a été demandé par X": a relative clause, not an incise
        if any(c.dep_ in ("aux:pass", "auxpass") for c in v.children):
            return None
        if subject is not None and subject.i < start:
            k = min(x.i for x in subject.subtree) - 1
            if any(doc[x].pos_ in ("ADV", "SCONJ", "CCONJ") for x in range(k + 1, subject.i)):
                return None  # "P, tandis que X a dénoncé Q": a clause of its own, not an incise
        if k <= sent.start or doc[k].text != ",":
            return None
        # an incise closes its sentence: "P, a déclaré X." / "P, X said Tuesday." (not "P, X a répété la menace")
        tail = [t for t in doc[v.i + 1:sent.end] if not (t.is_punct or t.is_space)]
        inverted = subject is not None and subject.i > v.i
        if inverted:
            tail = [t for t in tail if t.i not in {x.i for x in subject.subtree}]
        # an inverted subject marks the incise whatever follows it ("…, a déclaré X après sa rencontre
        # avec Y"); otherwise only a short tail ("P, X a répété la menace" is not an incise)
        if (len(tail) > 4 and not inverted) or any(_norm(t.text) in self.lang.complementizers for t in tail):
            return None
        first = sent.start
        for x in range(k - 1, sent.start, -1):
            if doc[x].text in (".", "!", "?") and _norm(doc[x - 1].text) not in self.lang.honorifics:
                first = x + 1  # a sentence end the parser missed ("-t-il. « B », résume-t-il")
                break
        while first < k and (doc[first].is_space or doc[first].text in "«»\"“”-–—"):
            first += 1
        if k - first < 3:
            return None
        return first, k

    def _according_to_clauses(self, sent: TokenSpan) -> list[_Draft]:
        """`Selon X, P` and `P, selon X`."""
        doc = self.doc
        out = []
        first_word = sent.start
        while first_word < sent.end and (doc[first_word].is_space or doc[first_word].is_punct):
            first_word += 1
        for t in sent:
            n = self._according_to_at(t.i, initial=t.i == first_word)
            if n and t.i == first_word and not self._according_to_at(t.i):
                # "Pour X, P": only with a named actor and a comma right after it
                comma = next((k for k in range(t.i + n, min(sent.end, t.i + n + 6)) if doc[k].text == ","), None)
                if comma is None or self.entities.in_tokens(doc[t.i + n:comma]) is None:
                    continue
            if not n or (t.i > sent.start and doc[t.i - 1].text not in (",", "(") and t.i != sent.start and not doc[t.i - 1].is_space):
                continue
            head = self._according_head(t.i, n)
            if head is None:
                continue
            # the phrase ends at the next comma (after an apposition too) or the sentence end
            phrase_end = t.i + n
            while phrase_end < sent.end and doc[phrase_end].text not in (",", ".", ";", ":", ")"):
                phrase_end += 1
            sent_end = sent.end
            while sent_end > sent.start and (doc[sent_end - 1].is_space or doc[sent_end - 1].is_punct):
                sent_end -= 1
            first_content = sent.start
            while first_content < sent_end and doc[first_content].is_space:
                first_content += 1
            opening = all(doc[x].is_punct or doc[x].is_space or _norm(doc[x].text) in self.lang.clause_openers
                          for x in range(first_content, t.i))  # "Mais, d'après elle, P"
            if phrase_end < sent_end and doc[phrase_end].text == ":":
                first, last = phrase_end + 1, sent_end  # "En cause, selon lui : P"
            elif t.i <= first_content + 1 or opening:
                # Selon X, [apposition,] P
                k = phrase_end
                # skip an apposition: ", conseiller aux affaires étrangères de M. Poutine,"
                if k < sent_end and doc[k].text == ",":
                    nxt = k + 1
                    close = nxt
                    while close < sent_end and doc[close].text not in (",", ".", ";"):
                        close += 1
                    role = nxt < sent_end and (_norm(doc[nxt].text) in self.lang.role_nouns or (
                        doc[nxt].pos_ == "DET" and nxt + 1 < sent_end and _norm(doc[nxt + 1].text) in self.lang.role_nouns))
                    # or an affiliation: ", de la Cimade," names where X works, not what X says
                    affiliation = nxt < sent_end and doc[nxt].pos_ == "ADP" and close - nxt <= 8 and not any(
                        doc[x].pos_ in ("VERB", "AUX") or doc[x].text in "«»\"“”" for x in range(nxt, close))
                    if (role or affiliation) and close < sent_end:
                        k = close
                first, last = k + 1, sent_end
            else:
                first, last = first_content, t.i - (1 if doc[t.i - 1].text in (",", "(") else 0)
            while first < last and _norm(doc[first].text) in self.lang.clause_openers:
                first += 1
            # a colon opens the next statement: "Selon elle, P : « Q »" reports P only
            last = next((x for x in range(first + 1, last) if doc[x].text == ":"), last)
            if last - first < 3:
                continue
            start, end = self.trim(*self.span_chars(first, last))
            draft = _Draft("indirect", start, end, cue=(t.i, t.i + n), confidence=0.75)
            entity, span, gender, desc = self.speaker_from(head)
            draft.speaker, draft.speaker_tokens, draft.pronoun, draft.descriptive = entity, span, gender, desc
            draft.according = True
            out.append(draft)
        return out

    # -- speakers from context and the final records -----------------------------------------------
    def finish(self, drafts: list[_Draft]) -> tuple[tuple[Quote, ...], EntityIndex]:
        entities = self.entities
        self._drafts = drafts
        # looked up for every candidate mention of every pronoun: computed once
        self._speaker_tokens = {i for d in drafts if d.speaker_tokens for i in range(*d.speaker_tokens)}
        self._quoted = sorted((d.start, d.end) for d in drafts if d.kind == "direct")
        self._quoted_starts = [a for a, _ in self._quoted]
        quotes: list[Quote] = []
        last: _Draft | None = None
        for number, d in enumerate(drafts, start=1):
            if d.speaker is None and d.pronoun is not None:
                d.speaker = self._resolve_pronoun(d, last, entities)
            if d.speaker is None and d.descriptive is not None:
                d.speaker, entities = self._descriptive_entity(d.descriptive, entities)
            if d.speaker is None and d.needs_speaker and last is not None and last.speaker is not None:
                if d.start - last.end < 600:
                    d.speaker = last.speaker
                    d.confidence = min(d.confidence, 0.5)
                    if self._continues_incise(last, d):
                        # '"A," he said, but "B"' / '« A », dit-il. « B »': the one incise names the
                        # speaker of both parts
                        d.speaker_tokens, d.cue = last.speaker_tokens, last.cue
                        d.confidence = 0.8
            if d.speaker is None and d.needs_speaker:
                d.speaker = self._salient_before(d.start) or self._next_speaker(drafts, number - 1)
                d.confidence = min(d.confidence, 0.4)
            kind = d.kind
            content = self.text[d.start:d.end]
            if kind == "indirect" and any(ch in content for ch in "«»“”\""):
                kind = "mixed"
            speaker_mention = None
            if d.speaker_tokens is not None:
                s, e = self.span_chars(*d.speaker_tokens)
                speaker_mention = Span(s, e, self.text[s:e])
            cue = None
            if d.cue is not None:
                s, e = self.span_chars(*d.cue)
                cue = Span(s, e, self.text[s:e])
            quotes.append(Quote(
                id=f"q{number}", kind=kind, span=Span(d.start, d.end, content),
                speaker=d.speaker.id if d.speaker else None, speaker_mention=speaker_mention, cue=cue,
                addressee=d.addressee.id if d.addressee and d.addressee is not d.speaker else None,
                source=d.source.id if d.source and d.source is not d.speaker else None,
                confidence=d.confidence,
            ))
            if d.speaker is not None:
                last = d
        return tuple(quotes), entities

    def _continues_incise(self, named: _Draft, d: _Draft) -> bool:
        """Whether d goes on from a direct quote whose incise named its speaker: in the incise's
        sentence, or opening right after it."""
        if named.kind != "direct" or named.speaker_tokens is None or named.cue is None:
            return False
        incise = self.doc[named.speaker_tokens[0]]
        if incise.idx < named.end:
            return False  # named before the quote ("X a déclaré : « A »"), not by an incise
        here = self.token_at(d.start)
        if here is None:
            return False
        if here.sent.start == incise.sent.start:
            return True
        gap = self.text[incise.sent.end_char:d.start]
        return incise.sent.end_char <= d.start and all(ch.isspace() or ch in "«“\"‹" for ch in gap)

    def _salient_before(self, at: int) -> Entity | None:
        """The latest person (else organisation) named shortly before an unattributed quote."""
        for wanted in ("PERSON", "ORG"):
            best, best_at = None, -1
            for e in self.entities.entities:
                if e.type != wanted:
                    continue
                for m in e.mentions:
                    if best_at < m.start < at and at - m.start < 400:
                        best, best_at = e, m.start
            if best is not None:
                return best
        return None

    @staticmethod
    def _next_speaker(drafts: list[_Draft], index: int) -> Entity | None:
        """An unattributed quote often opens a paragraph whose next quote names the speaker."""
        here = drafts[index]
        for d in drafts[index + 1:index + 3]:
            if d.speaker is not None and not d.needs_speaker and d.start - here.end < 400:
                return d.speaker
        return None

    def _resolve_pronoun(self, d: _Draft, last: _Draft | None, entities: EntityIndex) -> Entity | None:
        """The person a pronoun speaker (il/elle, he/she, celui-ci) stands for.

        A personal pronoun continues the current topic: the latest subject of its gender, where
        the previous speaker counts as a subject at their quote. A demonstrative (celui-ci) picks
        the person mentioned last, subject or not."""
        gender = d.pronoun
        first = self.doc[d.speaker_tokens[0]] if d.speaker_tokens else None
        at = first.idx if first is not None else d.start
        if gender == "p":
            if last is not None and last.speaker is not None and (
                    last.speaker.type != "PERSON" or (last.speaker.key or "").startswith("descr:")):
                return last.speaker
            best, best_at = None, -1
            for e in entities.entities:
                if e.type in ("ORG", "GPE", "NORP") or (e.key or "").startswith("descr:"):
                    for m in e.mentions:
                        if best_at < m.start < at:
                            best, best_at = e, m.start
            return best

        def fits(e: Entity) -> bool:
            return e.type == "PERSON" and (e.gender in (None, "n") or e.gender == gender)

        demonstrative = first is not None and self._demonstrative_at(first) is not None
        # (position, entity) of every candidate before the pronoun
        candidates = []
        for e in entities.entities:
            if not fits(e):
                continue
            for m in e.mentions:
                if m.start < at and at - m.start <= 2500 and (demonstrative or self._is_subject_mention(m.start)) \
                        and not self._in_direct_quote(m.start) and not d.start <= m.start < d.end:
                    candidates.append((m.start, e))  # who is quoted about is not who speaks
        if last is not None and last.speaker is not None and fits(last.speaker) and not demonstrative:
            candidates.append((last.start, last.speaker))
        if not candidates:
            if last is not None and last.speaker is not None and fits(last.speaker):
                return last.speaker
            return None
        # the latest wins; but "elle" prefers a known woman to a nearer person of unknown gender,
        # since a person named without Mme or a feminine descriptor is most often a man
        if gender == "f":
            exact = [c for c in candidates if c[1].gender == "f"]
            if exact and max(exact, key=lambda c: c[0])[0] >= max(candidates, key=lambda c: c[0])[0] - 1500:
                candidates = exact
        return max(candidates, key=lambda c: c[0])[1]

    def _is_subject_mention(self, char: int) -> bool:
        token = self.token_at(char)
        if token is None:
            return False
        seen = 0
        while token.dep_ in ("flat:name", "flat", "compound", "appos") and seen < 3:
            token, seen = token.head, seen + 1
        return token.dep_ in _SUBJECTS or token.i in self._speaker_tokens

    def _in_direct_quote(self, char: int) -> bool:
        k = bisect_right(self._quoted_starts, char) - 1
        return k >= 0 and char < self._quoted[k][1]

    def _phrase_head(self, span: tuple[int, int]) -> Token | None:
        """The noun a phrase is about: its syntactic root ("a Homeland Security Department official"),
        or None when the phrase does not start as a noun phrase."""
        tokens = self.doc[span[0]:span[1]]
        first = next((t for t in tokens if t.pos_ not in ("DET", "ADJ", "NUM")), None)
        if first is None or first.pos_ not in ("NOUN", "PROPN"):
            return None
        root = tokens.root
        head = root if root.pos_ in ("NOUN", "PROPN") else first
        if not head.is_alpha or self._is_time_word(head):
            return None
        return head

    def _descriptive_entity(self, span: tuple[int, int], entities: EntityIndex) -> tuple[Entity | None, EntityIndex]:
        """An unnamed speaker (`une source proche du dossier`, `les manifestants`) as an entity of its own.

        Its identity is the phrase without its determiner, so `une source diplomatique française`
        and later `la source diplomatique française` are one source; every occurrence is a mention,
        and the name is the phrase as first written."""
        s, e = self.span_chars(*span)
        words = self.text[s:e]
        if len(words) < 3 or len(words) > 80:
            return None, entities
        tokens = re.findall(r"[\w-]+", _norm(words))
        head = self._phrase_head(span)
        if head is None or len(tokens) > 10:
            return None, entities  # only a noun phrase names a speaker: not "le 12 mai", not a clause
        described = self._described_by(head) if span[0] < head.i else None
        if described is not None:  # "le guide" after "Vincent Schmitt, guide touristique local"
            return described, entities.with_mention(described.id, Span(s, e, words), list(range(*span)))
        lemma = _norm(head.lemma_)
        definite = span[0] < head.i and _norm(self.doc[span[0]].text) in self.lang.definite_articles
        if definite and (lemma in self.lang.org_nouns or _norm(head.text) in self.lang.org_nouns):
            named = self._organisation_before(head)  # "la fondation" after "la Fondation Roi Baudouin"
            if named is not None:
                return named, entities.with_mention(named.id, Span(s, e, words), list(range(*span)))
        known = self.lang.unnamed_speakers | self.lang.role_nouns | self.lang.org_nouns
        if lemma not in known and _norm(head.text) not in known and "Plur" not in head.morph.get("Number"):
            return None, entities  # "le sable", "une pétition": a thing does not speak; groups and roles do
        core_start = s
        first_token = self.token_at(s)
        if first_token is not None and first_token.pos_ == "DET" and first_token.idx + len(first_token) < e:
            core_start = self.doc[first_token.i + 1].idx
        core = self.text[core_start:e]
        key = "descr:" + " ".join(re.findall(r"[\w-]+", _norm(core)))
        existing = next((x for x in entities.entities if x.key == key), None)
        if existing is not None:
            return existing, entities.with_mention(existing.id, Span(s, e, words), list(range(*span)))
        # every occurrence of the phrase, with the determiner it has there
        occurrences = []
        for m in re.finditer(re.escape(core), self.text, flags=re.IGNORECASE):
            token = self.token_at(m.start())
            if token is None or (m.end() < len(self.text) and self.text[m.end()].isalnum()):
                continue
            start = token.i
            if start > 0 and self.doc[start - 1].pos_ == "DET":
                start -= 1
            last = self.token_at(m.end() - 1)
            if last is None or any(entities.token_entity.get(i) for i in range(start, last.i + 1)):
                continue
            occurrences.append((start, last.i + 1))
        if span not in occurrences:
            occurrences.append(span)
        occurrences.sort()
        mentions = tuple(Span(*self.span_chars(a, b), self.text[slice(*self.span_chars(a, b))]) for a, b in occurrences)
        kind = "ORG" if set(tokens) & self.lang.org_nouns and not set(tokens) & self.lang.role_nouns else "PERSON"
        entity = Entity(id=f"e{len(entities.entities) + 1}", type=kind, name=mentions[0].text, mentions=mentions,
                        key=key)
        token_ids = [i for a, b in occurrences for i in range(a, b)]
        return entity, entities.with_added(entity, token_ids)


def _reconcile(drafts: list[_Draft]) -> list[_Draft]:
    """One record per statement: mixed quotes, sources of second-hand reports, no nested duplicates."""
    direct = [d for d in drafts if d.kind == "direct"]
    according = [d for d in drafts if d.kind == "indirect" and d.according]
    reported = [d for d in drafts if d.kind == "indirect" and not d.according]
    keep_reported = []
    for r in reported:
        if any(_overlap(q, r) > 0.8 * (r.end - r.start) for q in direct):
            continue  # the marked quote itself, found again through its incise
        inside = [q for q in direct if q.start <= r.start and r.end <= q.end + 1]
        if inside:
            continue  # a report inside a direct quote is part of it
        if any(o is not r and o.start <= r.start and r.end <= o.end and (o.end - o.start) > (r.end - r.start)
               for o in reported):
            continue  # a second-hand report nested in another: the outer one is the statement here
        marked = [q for q in direct if r.start <= q.start and q.end <= r.end + 1]
        if marked:
            r.kind = "mixed"
            for q in marked:
                direct.remove(q)
                if r.speaker is None and q.speaker is not None:
                    r.speaker, r.speaker_tokens = q.speaker, q.speaker_tokens
        keep_reported.append(r)
    # nested reports: the outer one keeps its whole clause, the inner one stays (it names another speaker)
    keep_according = []
    for a in according:
        # a position given as a verb's object ("a répété la menace") inside `Selon X, P` is X's statement
        keep_reported = [r for r in keep_reported if not (r.confidence < 0.7 and _overlap(a, r) > 0.5 * (r.end - r.start))]
        inner = [r for r in keep_reported if _overlap(a, r) > 0.5 * (r.end - r.start)]
        if inner:
            for r in inner:
                if r.source is None and a.speaker is not None and a.speaker is not r.speaker:
                    r.source = a.speaker
            continue
        marked = [q for q in direct if _overlap(a, q) > 0]
        if marked:
            # `Pour X, « P. Q »`: the clause is the marked quote itself, whose own sentence may run on
            covering = [q for q in marked if (q.start <= a.start and a.end <= q.end + 1)
                        or _overlap(a, q) >= 0.8 * (a.end - a.start)]
            if covering:
                for q in covering:
                    if q.speaker is None and q.needs_speaker and (
                            a.speaker is not None or a.pronoun is not None or a.descriptive is not None):
                        q.speaker, q.speaker_tokens, q.descriptive = a.speaker, a.speaker_tokens, a.descriptive
                        q.cue, q.needs_speaker, q.pronoun = a.cue, False, a.pronoun
                continue
            a.kind = "mixed"
            for q in marked:
                direct.remove(q)
        keep_according.append(a)
    out = direct + keep_reported + keep_according
    # the same clause found twice (two cues): keep the most confident
    out.sort(key=lambda d: (d.start, -d.confidence))
    unique: list[_Draft] = []
    for d in out:
        twin = next((u for u in unique if _overlap(u, d) > 0.8 * max(u.end - u.start, d.end - d.start)), None)
        if twin is None:
            unique.append(d)
        elif d.confidence > twin.confidence:
            unique[unique.index(twin)] = d
    return unique


def _overlap(a: _Draft, b: _Draft) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
