"""Pass 4: reported speech read from the parse.

- a cue with its clause: `V que P`, `said (that) P`, `a appelé à P`, a present participle
  (`ajoutant que P`); the clause is the verb's complement, cut before a trailing `, selon X` or
  incise;
- an incise after the clause: `P, a déclaré X.`, `P, X said.`;
- a stated position as the verb's object: `a annoncé le gel de P` (``via_object``);
- a source phrase: `Selon X, P`, `P, selon X`, `Mais, d'après elle, P`, `Pour X, P`.
Which constructions a cue takes comes from the lexicon (``lang.quote_grammar.Frame``).
"""
from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from ...lang.quote_grammar import Frame
from .clause import AUXILIARIES, OBJECTS, SENTENCE_END, Grammar, norm
from .draft import Confidence, Draft
from .speakers import addressee_of, attribute

_MIN_CHARS = 8  # a shorter clause reports nothing
_COMPLEMENTIZER_REACH = 10  # tokens after the verb within which `que` opens its clause
_MIN_OBJECT_TOKENS = 4
_INCISE_TAIL = 4  # words an incise may have after its verb without an inverted subject
_SOURCE_PHRASE = 6  # tokens within which `Pour X,` names its actor
_AFFILIATION = 8
_RELATIVE = ("acl:relcl", "relcl", "acl")
_ADDRESSEE_WORDS = 3  # words of an indirect object between a verb and its infinitive ("aux enquêteurs")
_NEGATION_WORDS = 3  # words of negation and adverbs before an infinitive ("ne plus jamais")


def read_reported(g: Grammar) -> list[Draft]:
    drafts = []
    for sent in g.doc.sents:
        drafts.extend(_reported_clauses(g, sent))
        drafts.extend(_according_to_clauses(g, sent))
    return drafts


def _sentence_end(g: Grammar, sent: TokenSpan) -> int:
    doc = g.doc
    end = sent.end
    while end > sent.start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return end


def _reported_clauses(g: Grammar, sent: TokenSpan) -> list[Draft]:
    out = []
    sent_end = _sentence_end(g, sent)
    for v in sent:
        cue = g.cue_at(v)
        if cue is None or (v.pos_ == "NOUN" and not g.inverts_clitic(v)) or norm(v.lemma_) in g.lang.attitude_verbs:
            continue
        if g.not_a_report(v):
            continue
        frames = g.frames(v)
        source = None
        if Frame.SOURCE in frames:
            # "P, a-t-on appris auprès de X": the source phrase names the speaker, not the subject
            source = _source_after(g, v, sent_end)
            if source is None:
                continue
        content = _content_after(g, v, sent_end) if frames & {Frame.CLAUSE, Frame.INFINITIVE} else None
        before = content is None  # the subject may follow the verb: "P, a indiqué la fondation jeudi"
        if content is None and Frame.INCISE in frames:
            content = _content_before(g, v, sent, tail_end=source[0] if source else None)
        via_object = False
        if content is None and not g.negated(v) and frames & {Frame.OBJECT, Frame.PREP_OBJECT}:
            content = _content_object(g, v, sent_end)  # "n'ont pas révélé le coût" states nothing
            via_object = content is not None
        if content is None:
            continue
        first, last = content
        start, end = g.trim(*g.span_chars(first, last))
        if end - start < _MIN_CHARS:
            continue
        draft = Draft("indirect", start, end, cue=g.verb_group(v),
                      confidence=Confidence.OBJECT if via_object else Confidence.CLAUSE, via_object=via_object)
        subject = (incise_subject(g, v) if before else g.subject_of(v)) if source is None else source[1]
        if subject is not None and first <= subject.i < last:
            subject = None  # the parser took the reported clause's subject for the verb's
        if subject is None and before:
            subject = g.noun_after(v)  # "P, a indiqué la fondation jeudi": read as an object
        if subject is None:
            draft.needs_speaker = True
            draft.confidence = Confidence.FALLBACK
        else:
            attribute(g, draft, subject)
        draft.addressee = addressee_of(g, v, content)
        out.append(draft)
    return out


def incise_subject(g: Grammar, v: Token) -> Token | None:
    """The subject of a verb read as an incise after its clause. The parser often hangs `a annoncé`
    in "P, a annoncé le préfet" on P's verb as a conjunct and takes the préfet for its object: the
    subject it climbs to is P's own. Right after a comma, a verb whose subject is not its own takes
    the agent-like noun after it ("le préfet", "à l'AFP une source sécuritaire")."""
    subject = g.subject_of(v)
    own = subject is not None and (subject.head.i == v.i or g.is_clitic(subject) or subject.i > v.i)
    start = g.verb_group(v)[0]
    if own or start == 0 or g.doc[start - 1].text not in g.q.incise_separators:
        return subject
    after = g.noun_after(v)
    if after is not None and g.is_agent_like(after):
        return after
    return subject


def _content_after(g: Grammar, v: Token, sent_end: int) -> tuple[int, int] | None:
    """`V que P` / `said (that) P` / `a appelé à P`: the reported clause after the verb."""
    doc = g.doc
    # a complementizer after the verb, before any other finite verb or sentence punctuation
    k = g.verb_group(v)[1]
    while k < sent_end and k <= v.i + _COMPLEMENTIZER_REACH:
        t = doc[k]
        low = norm(t.text)
        conjunction = t.dep_ == "fixed" and t.head.i == k - 1 and t.head.pos_ in ("ADV", "CCONJ", "SCONJ")
        if low in g.lang.complementizers and not conjunction and (  # "ainsi que", "alors que": a conjunction
                t.dep_ not in ("obj", "nsubj", "dobj") or t.dep_ == "mark"):
            first = k + 1
            last = _clause_last(g, t, first, sent_end)
            return (first, last) if last > first + 1 else None
        if t.text in SENTENCE_END or t.text in (";", ":") or g.is_mark(t) or (
                t.pos_ in ("VERB", "AUX") and t.dep_ not in AUXILIARIES and k > v.i + 1):
            break
        k += 1
    if Frame.INFINITIVE in g.frames(v):
        bare = _bare_infinitive(g, v, sent_end)
        if bare is not None:
            return bare
    # English (and parser-found) complement clauses without a complementizer: "said P"
    for c in v.children:
        if c.dep_ in ("ccomp",) and c.i > v.i:
            first = min(x.i for x in c.subtree)
            if norm(doc[first].text) in g.lang.relative_pronouns - g.lang.complementizers:
                continue
            if norm(doc[first].text) in g.lang.complementizers:
                first += 1
            last = g.clause_end(first, max(x.i for x in c.subtree) + 1)
            if last > first + 1:
                return first, last
    return None


def _bare_infinitive(g: Grammar, v: Token, sent_end: int) -> tuple[int, int] | None:
    """`précise ne pas pouvoir P`, `a avoué aux enquêteurs être P`, `annonce avoir saisi P`: a
    reporting verb's infinitive clause with no preposition, its negation included."""
    doc = g.doc
    k = g.verb_group(v)[1]
    if k < sent_end and norm(doc[k].text) in g.q.addressee_preps:
        # the one addressed comes first: "a avoué aux enquêteurs être leur mère"
        j = k + 1
        while j < sent_end and j <= k + _ADDRESSEE_WORDS and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            j += 1
        k = j
    first = k
    while k < sent_end and k <= first + _NEGATION_WORDS and (
            norm(doc[k].text) in g.lang.negation_words or doc[k].pos_ == "ADV"):
        k += 1
    if k >= sent_end or doc[k].pos_ not in ("VERB", "AUX") or "Inf" not in doc[k].morph.get("VerbForm"):
        return None
    if any(c.i < k and c.pos_ == "PART" for c in doc[k].children):
        return None  # a marked infinitive ("pledged to ban"): the object reader's
    if any(doc[x].pos_ == "ADV" and norm(doc[x].text) not in g.lang.negation_words for x in range(first, k)) \
            and not any(norm(doc[x].text) in g.lang.negation_words for x in range(first, k)):
        first = k  # "a dit hier avoir": a time adverb is not part of the clause
    head = doc[k].head if doc[k].dep_ in ("cop",) + AUXILIARIES and doc[k].head.i > k else doc[k]
    end = min(sent_end, max(x.i for x in head.subtree) + 1)
    # the parse often cuts the clause at a coordination ("accélérer le rythme de réalisation | et
    # suivi des chantiers"): a clause ends at punctuation, so run on to the next
    while end < sent_end and not (doc[end].is_punct or g.is_mark(doc[end])):
        end += 1
    last = g.clause_end(first, end)
    return (first, last) if last > first + 1 else None


def _content_object(g: Grammar, v: Token, sent_end: int) -> tuple[int, int] | None:
    """`a accusé X d'avoir P`, `a annoncé le gel de P`, `a qualifié de « P » Q`: a stated position
    given as the verb's object rather than a clause. Only for a main verb with a real object."""
    doc = g.doc
    participle = g.is_participle_clause(v)
    if (v.dep_ not in ("ROOT", "conj", "parataxis") and not participle) or v.i + 1 >= sent_end:
        return None
    group_start = g.verb_group(v)[0]
    if group_start > 0 and (doc[group_start - 1].text in g.q.incise_separators or doc[group_start - 1].text == "("
                            or doc[group_start - 1].text in g.closers) and not participle:
        return None  # an incise: what follows is its subject, not its object
    subject = g.subject_of(v)
    if subject is None or (subject.i > v.i and not participle):
        return None
    if participle:
        # the participle's clause ends where its own words end ("Assurant de P, les militaires ont …")
        sent_end = min(sent_end, max(x.i for x in v.subtree) + 1)
    objects = [c for c in v.children if c.i > v.i and c.dep_ in OBJECTS]
    if not objects:
        return None
    first = g.verb_group(v)[1]
    while first < sent_end and (doc[first].pos_ == "ADV" or g.is_time_word(doc[first])):
        first += 1
    last = g.clause_end(first, sent_end)
    if last - first < _MIN_OBJECT_TOKENS:
        return None
    return first, last


def _clause_last(g: Grammar, mark: Token, first: int, sent_end: int) -> int:
    """The end of the clause a complementizer opens: its head's subtree when the parse is sound,
    else the sentence end; a trailing `, selon X` or incise is cut either way."""
    head = mark.head
    end = sent_end
    if head.i >= first and head.i < sent_end and mark.dep_ == "mark":
        right = max(x.i for x in head.subtree) + 1
        if right >= first + 2:
            end = min(sent_end, max(right, _next_boundary(g, first, sent_end)))
    return g.clause_end(first, end)


def _next_boundary(g: Grammar, first: int, sent_end: int) -> int:
    # the parse often cuts the clause at a nested quote; extend to a closing mark in the same sentence
    doc = g.doc
    for i in range(first, sent_end):
        if doc[i].text in g.closers and doc[i].text not in g.openers:
            return i + 1
    return first


def _close_after(g: Grammar, first: int, k: int) -> int:
    """The first closing mark after token first, before k (the caller knows there is one)."""
    return next(x for x in range(first + 1, k) if g.doc[x].text in g.closers)


def _source_after(g: Grammar, v: Token, sent_end: int) -> tuple[int, Token] | None:
    """(start, head) of a source phrase after the verb: "a-t-on appris auprès de la ministre"."""
    for k in range(g.verb_group(v)[1], min(sent_end, v.i + _SOURCE_PHRASE + 2)):
        for seq in g.q.source_preps:
            if g._text_follows(k, seq):
                head = g.according_head(k, len(seq))
                return (k, head) if head is not None else None
    return None


def _content_before(g: Grammar, v: Token, sent: TokenSpan, tail_end: int | None = None) -> tuple[int, int] | None:
    """`P, a déclaré X.` / `P, X said.`: an incise after the reported clause."""
    doc = g.doc
    start = g.verb_group(v)[0]
    k = start - 1
    # English "P, X said": the subject sits between the comma and the verb
    subject = incise_subject(g, v)
    if subject is not None and norm(subject.text) in g.lang.relative_pronouns:
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
    tail = [t for t in doc[v.i + 1:tail_end or sent.end] if not (t.is_punct or t.is_space or g.is_indefinite(t))]
    inverted = subject is not None and subject.i > v.i
    if inverted:
        inside = {x.i for x in subject.subtree}
        tail = [t for t in tail if t.i not in inside]
    # an inverted subject marks the incise whatever follows it ("…, a déclaré X après sa rencontre
    # avec Y"); otherwise only a short tail ("P, X a répété la menace" is not an incise)
    if (len(tail) > _INCISE_TAIL and not inverted) or any(norm(t.text) in g.lang.complementizers for t in tail):
        return None
    first = sent.start
    for x in range(k - 1, sent.start, -1):
        if doc[x].text in SENTENCE_END and norm(doc[x - 1].text) not in g.lang.honorifics:
            first = x + 1  # a sentence end the parser missed ("-t-il. « B », résume-t-il")
            break
    if g.is_mark(doc[first]) and doc[first].text in g.openers and any(
            doc[x].text in g.closers for x in range(first + 1, k)) and not any(
            doc[x].pos_ in ("VERB", "AUX") for x in range(_close_after(g, first, k) + 1, k)):
        return None  # "« P », deux grands ports du nord, relate X": the marked quote's incise, read by the direct pass
    # a colon before the clause ends the narrative that introduces it: "X s'est montré prudent :
    # « B », a-t-il souligné" reports B only
    colon = next((x for x in range(k - 1, first - 1, -1) if doc[x].text == ":"), None)
    if colon is not None:
        first = colon + 1
    while first < k and (doc[first].is_space or g.is_mark(doc[first]) or doc[first].text in g.q.incise_separators):
        first += 1
    if k - first < 3:
        return None
    if subject is not None and subject.i > v.i and subject.head.i != v.i and not _is_clause(g, first, k):
        return None  # the subject read from word order: "X, 56, who has served …, told Y" is no incise
    return first, k


def _is_clause(g: Grammar, first: int, last: int) -> bool:
    """Whether tokens [first, last) hold a finite verb outside a relative clause: a statement."""
    doc = g.doc
    for t in doc[first:last]:
        if "Fin" not in t.morph.get("VerbForm"):
            continue
        x, relative = t, False
        while first <= x.i < last and x.head.i != x.i:
            if x.dep_ in _RELATIVE:
                relative = True
                break
            x = x.head
        if not relative:
            return True
    return False


def _according_to_clauses(g: Grammar, sent: TokenSpan) -> list[Draft]:
    """`Selon X, P` and `P, selon X`."""
    doc = g.doc
    lang = g.lang
    out = []
    first_word = sent.start
    while first_word < sent.end and (doc[first_word].is_space or doc[first_word].is_punct):
        first_word += 1
    sent_end = _sentence_end(g, sent)
    first_content = sent.start
    while first_content < sent_end and doc[first_content].is_space:
        first_content += 1
    for t in sent:
        relative = g.relative_source_at(t.i)
        if relative:
            draft = _relative_source(g, t, relative, sent_end)
            if draft is not None:
                out.append(draft)
            continue
        n = g.according_to_at(t.i, initial=t.i == first_word)
        if n and t.i == first_word and not g.according_to_at(t.i):
            # "Pour X, P": only with a named actor and a comma right after it
            comma = next((k for k in range(t.i + n, min(sent.end, t.i + n + _SOURCE_PHRASE)) if doc[k].text == ","), None)
            if comma is None or g.entities.in_tokens(doc[t.i + n:comma]) is None:
                continue
        if not n or (t.i > sent.start and doc[t.i - 1].text not in (",", "(") and t.i != sent.start and not doc[t.i - 1].is_space):
            continue
        head = g.according_head(t.i, n)
        if head is None:
            continue
        # the phrase ends at the next comma (after an apposition too) or the sentence end
        phrase_end = t.i + n
        while phrase_end < sent.end and doc[phrase_end].text not in (",", ".", ";", ":", ")"):
            phrase_end += 1
        opening = all(doc[x].is_punct or doc[x].is_space or norm(doc[x].text) in lang.clause_openers
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
                role = nxt < sent_end and (norm(doc[nxt].text) in lang.role_nouns or (
                    doc[nxt].pos_ == "DET" and nxt + 1 < sent_end and norm(doc[nxt + 1].text) in lang.role_nouns))
                # or an affiliation: ", de la Cimade," names where X works, not what X says
                affiliation = nxt < sent_end and doc[nxt].pos_ == "ADP" and close - nxt <= _AFFILIATION and not any(
                    doc[x].pos_ in ("VERB", "AUX") or g.is_mark(doc[x]) for x in range(nxt, close))
                if (role or affiliation) and close < sent_end:
                    k = close
            first, last = k + 1, sent_end
        else:
            first, last = first_content, t.i - (1 if doc[t.i - 1].text in (",", "(") else 0)
        while first < last and norm(doc[first].text) in lang.clause_openers:
            first += 1
        # a colon opens the next statement: "Selon elle, P : « Q »" reports P only
        last = next((x for x in range(first + 1, last) if doc[x].text == ":"), last)
        if last - first < 3:
            continue
        start, end = g.trim(*g.span_chars(first, last))
        draft = Draft("indirect", start, end, cue=(t.i, t.i + n), confidence=Confidence.SOURCE_CLAUSE, according=True)
        attribute(g, draft, head)
        out.append(draft)
    return out


def _relative_source(g: Grammar, t: Token, n: int, sent_end: int) -> Draft | None:
    """`des documents selon lesquels P`: P is reported, its source the relative's antecedent."""
    doc = g.doc
    k = t.i - 1
    while k >= 0 and (doc[k].pos_ in ("ADJ", "ADV") or doc[k].is_punct):
        k -= 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    first = t.i + n
    last = g.clause_end(first, sent_end)
    if last - first < 3:
        return None
    start, end = g.trim(*g.span_chars(first, last))
    draft = Draft("indirect", start, end, cue=(t.i, t.i + n), confidence=Confidence.SOURCE_CLAUSE, according=True)
    attribute(g, draft, doc[k])
    return draft
