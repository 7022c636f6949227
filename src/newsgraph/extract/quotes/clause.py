"""Parse helpers every pass reads the article with: tokens at offsets, cues, a verb's subject
and group, noun phrases, incises and according-to phrases.

One ``Grammar`` per article. It holds no state the passes change: the passes build ``Draft``s
and ``reconcile`` merges them. The words it needs are the language's: ``lang`` (pronouns,
complementizers, honorifics ...) and the quote grammar (``lang.quote_grammar``: the cue lexicon,
the euphonic t, the addressee preposition, the quotation marks).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from ...lang import LanguageData, compiled
from ...lang.quote_grammar import VERB_FRAMES, Cue, Frame, grammar, lexicon
from ..entities import EntityIndex

SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl:subj", "nsubjpass")
AUXILIARIES = ("aux", "aux:tense", "aux:pass")
OBJECTS = ("obj", "dobj", "xcomp", "obl:arg", "iobj")
SENTENCE_END = (".", "!", "?")
_PHRASE_BREAKS = ",;:()"
_TRAILING = set(" \n\t,;:.-–—")
_LEADING = set(",;:")
APOSTROPHES = frozenset("'’")  # a closing single mark that is also the apostrophe: never read as a mark alone
_MISREAD_FORM = Cue(("",))  # a speech verb the lemmatizer missed, known by its surface form


_AGENT_TYPES = ("PERSON", "ORG", "GPE", "NORP")
_GOVERNOR_STEPS = 4  # heads climbed from marked words to the verb whose object they are


def _agent_nouns(lang: LanguageData) -> frozenset[str]:
    return compiled(lang, _build_agent_nouns)


def _build_agent_nouns(lang: LanguageData) -> frozenset[str]:
    """The nouns that head a phrase naming someone who can speak, from the language's lexicons."""
    import importlib

    try:  # the agent nouns of the event actors (la police, des manifestants), where the language has them
        agents = getattr(importlib.import_module(f"{__package__.rsplit('.', 2)[0]}.lang.{lang.code}_agents"), "AGENTS", {})
    except ModuleNotFoundError:
        agents = {}
    nouns = (lang.person_nouns | lang.group_nouns | lang.organisation_nouns | lang.role_nouns
             | lang.unnamed_speakers | lang.collective_nouns | lang.occupation_nouns | lang.institution_nouns
             | lang.org_nouns | lang.company_nouns)
    return frozenset(norm(n) for n in nouns) | frozenset(norm(k) for k in agents if " " not in k)


def norm(text: str) -> str:
    return text.replace("’", "'").lower()


def _by_first(sequences) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted(sequences, key=len, reverse=True):
        out.setdefault(seq[0], []).append(tuple(seq))
    return {k: tuple(v) for k, v in out.items()}


class Grammar:
    def __init__(self, doc: Doc, lang: LanguageData, entities: EntityIndex, text: str):
        self.doc, self.lang, self.entities, self.text = doc, lang, entities, text
        self.q = grammar(lang)
        self.lex = lexicon(lang)
        self._starts = [t.idx for t in doc]
        self.low = [norm(t.text) for t in doc]  # every token's text, lowercase: phrase lookups compare these
        self._sources = _by_first(self.lex.sources)
        self._initial_sources = _by_first(self.lex.initial_sources)
        self._relative_sources = _by_first(self.q.relative_sources)
        self.marks = self.lex.marks - APOSTROPHES
        self.openers = self.lex.openers - APOSTROPHES
        self.closers = self.lex.closers - APOSTROPHES
        self.phrase_breaks = frozenset(_PHRASE_BREAKS) | self.marks

    # -- offsets ---------------------------------------------------------------------------------
    def token_index(self, char: int) -> int | None:
        """The index of the token covering a character offset, if any (not whitespace between tokens)."""
        i = bisect_right(self._starts, char) - 1
        if i < 0 or char >= self._starts[i] + len(self.doc[i]):
            return None
        return i

    def token_at(self, char: int) -> Token | None:
        i = self.token_index(char)
        return self.doc[i] if i is not None else None

    def tokens_between(self, start: int, end: int):
        """The tokens that start inside [start, end)."""
        return self.doc[bisect_right(self._starts, start - 1):bisect_right(self._starts, end - 1)]

    def span_chars(self, first: int, last_exclusive: int) -> tuple[int, int]:
        doc = self.doc
        return doc[first].idx, doc[last_exclusive - 1].idx + len(doc[last_exclusive - 1])

    def trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _LEADING):
            start += 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        return start, end

    def is_mark(self, t: Token) -> bool:
        return t.text in self.marks

    # -- cues ------------------------------------------------------------------------------------
    def cue_at(self, t: Token) -> Cue | None:
        """The lexicon's cue that token t opens: a speech verb (by lemma, or by a surface form the
        lemmatizer missed) or a locution starting with it (faire savoir, mettre en garde)."""
        if t.pos_ not in ("VERB", "AUX", "NOUN") and not t.tag_.startswith("VB"):
            return None
        lemma, low = norm(t.lemma_), norm(t.text)
        cue = self.lex.verbs.get(lemma) or self.lex.verbs.get(low)
        if cue is not None:
            return cue
        if low in self.lang.speech_forms and (t.pos_ == "VERB" or self.inverts_clitic(t)):
            # a lemmatizer fault ("pointe" lemmatized as itself), or a tagger's: "note-t-il" read
            # as a noun, although the inverted clitic makes it a verb
            return _MISREAD_FORM
        for locution in self.lex.locutions.get(lemma, ()):
            if self._follows(self.past_inverted_clitic(t.i + 1), locution.words[1:]):
                return locution  # "fait savoir", and inverted: "fait-il valoir"
        return None

    def inverts_clitic(self, t: Token) -> bool:
        """Whether an inverted subject clitic follows token t: "note-t-il", "précise-t-elle"."""
        return t.is_alpha and self.clitic_at(self.skip_euphonic(t.i + 1)) is not None

    def past_inverted_clitic(self, k: int) -> int:
        """Past an inverted subject clitic at k (with its euphonic t), else k: "fait-il valoir"."""
        clitic = self.clitic_at(self.skip_euphonic(k))
        return clitic + 1 if clitic is not None else k

    def is_speech(self, t: Token) -> bool:
        return self.cue_at(t) is not None

    def is_locution(self, governor: Token, verb: Token) -> bool:
        """Whether governor + verb make one cue of the lexicon ("faire savoir": not a causative)."""
        cue = self.cue_at(governor)
        return cue is not None and len(cue.words) > 1 and verb.i == governor.i + 1

    def _follows(self, i: int, words: tuple[str, ...]) -> bool:
        doc = self.doc
        if i + len(words) > len(doc):
            return False
        return all(norm(doc[i + k].lemma_) == w or norm(doc[i + k].text) == w for k, w in enumerate(words))

    def frames(self, t: Token):
        cue = self.cue_at(t)
        return cue.frames if cue is not None and cue is not _MISREAD_FORM else VERB_FRAMES

    def according_to_at(self, i: int, initial: bool = False) -> int:
        """Length of an according-to phrase starting at token i, else 0."""
        if i >= len(self.low):
            return 0
        first = self.low[i]
        for seq in self._sources.get(first, ()) + (self._initial_sources.get(first, ()) if initial else ()):
            if self._text_follows(i, seq):
                return len(seq)
        return 0

    def _text_follows(self, i: int, seq: tuple[str, ...]) -> bool:
        return tuple(self.low[i:i + len(seq)]) == seq

    def relative_source_at(self, i: int) -> int:
        """Length of `selon lesquels` / `according to which` at token i, else 0."""
        for seq in self._relative_sources.get(self.low[i] if i < len(self.low) else "", ()):
            if self._text_follows(i, seq):
                return len(seq)
        return 0

    # -- verbs and their subjects ----------------------------------------------------------------
    def verb_group(self, v: Token) -> tuple[int, int]:
        """The cue as written: auxiliaries and clitics before the verb ("a ajouté", "ont également indiqué")."""
        start = v.i
        for c in v.children:
            if c.i < v.i and c.dep_.startswith("aux") and c.i >= v.i - 4:
                start = min(start, c.i)
        cue = self.cue_at(v)
        end = v.i + 1
        if cue is not None and len(cue.words) > 1:
            end = self.past_inverted_clitic(v.i + 1) + len(cue.words) - 1  # "fait-il valoir"
        return start, min(end, len(self.doc))

    def subject_of(self, v: Token) -> Token | None:
        subject = self._subject_of(v)
        if subject is not None and subject.text in self.q.euphonic_joined and subject.i + 1 < len(self.doc):
            return self.doc[subject.i + 1]  # "a-t-il": the euphonic t is not the subject
        return subject

    def is_clitic(self, t: Token) -> bool:
        return t.text[:1] in self.q.clitic_joiners and norm(t.text) in self.lang.pronouns

    def _subject_of(self, v: Token) -> Token | None:
        seen = 0
        reporting_participle = self.is_present_participle(v) and self.is_speech(v)
        while v is not None and seen < 4:
            # an inverted clitic is the subject, whatever else the parser attached to the verb (it
            # often takes the quote's own subject): "a-t-il ajouté", "ajoute-t-elle"
            for c in v.children:
                if self.is_clitic(c):
                    return c
            after = self.clitic_at(self.skip_euphonic(v.i + 1))
            if after is not None:
                return self.doc[after]
            for j in range(max(0, v.i - 3), v.i):
                if self.is_clitic(self.doc[j]):
                    return self.doc[j]
            subjects = [c for c in v.children if c.dep_ in SUBJECTS]
            if subjects:
                persons = [c for c in subjects if self.entities.at(c) is not None and self.entities.at(c).type == "PERSON"]
                return (persons or subjects)[-1 if persons else 0]
            if (v.dep_ in ("conj", "xcomp") or self.is_participle_clause(v)) and v.head.i != v.i \
                    and v.head.pos_ in ("VERB", "AUX"):
                v, seen = v.head, seen + 1  # "X a dit, ajoutant que P": X is who adds
                if reporting_participle and v.dep_ == "ccomp" and v.head.i != v.i and self.is_speech(v.head):
                    # "X a annoncé que P, ajoutant que Q": the parser hangs the participle on P's
                    # verb, but who adds is who announced, not P's subject
                    v = v.head
                continue
            break
        return self.noun_before(v) if v is not None else None

    def clitic_at(self, k: int) -> int | None:
        """The index of an inverted subject clitic at k ("-il", or "-" "il" when the tokenizer split it)."""
        doc = self.doc
        if k < len(doc) and self.is_clitic(doc[k]):
            return k
        if k + 1 < len(doc) and doc[k].text in self.q.clitic_joiners and not doc[k].whitespace_ \
                and norm(doc[k + 1].text) in self.lang.pronouns:
            return k + 1
        return None

    def skip_euphonic(self, k: int) -> int:
        """Past the euphonic t of an inversion however it was tokenized ("-t", "-t-", "-" "t")."""
        doc = self.doc
        if k < len(doc) and doc[k].text in self.q.euphonic_joined:
            return k + 1
        if k + 1 < len(doc) and doc[k].text in self.q.clitic_joiners and doc[k + 1].text in self.q.euphonic_split:
            return k + 2
        return k

    @staticmethod
    def is_present_participle(v: Token) -> bool:
        return v.morph.get("VerbForm") == ["Part"] and v.morph.get("Tense") == ["Pres"]

    @staticmethod
    def is_participle_clause(v: Token) -> bool:
        """`ajoutant que P`, `Assurant de P, X a …`: a present participle whose subject is its head's."""
        return v.dep_ in ("advcl", "acl") and v.morph.get("VerbForm") == ["Part"] and v.morph.get("Tense") == ["Pres"]

    def noun_before(self, v: Token) -> Token | None:
        """French and English put the subject right before the verb group: use it when the parse lost it."""
        k = self.verb_group(v)[0] - 1
        doc = self.doc
        while k >= 0 and doc[k].pos_ == "ADV":
            k -= 1
        if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and (self.entities.at(k) is not None or doc[k].pos_ == "NOUN"):
            return doc[k]
        return None

    def governing_cue(self, first: int, end: int) -> Token | None:
        """The cue verb whose object holds the marked words [first, end): "le philosophe a salué
        l'« intellectuel engagé »", "la majorité loue une « opération de bonne gestion »". The words'
        head is climbed through nouns and prepositions to a verb before them in the sentence."""
        inside = range(first, end)
        tops = [t for t in self.doc[first:end] if t.head.i not in inside and not t.is_punct]
        if len(tops) != 1:
            return None
        x = tops[0]
        for _ in range(_GOVERNOR_STEPS):
            x = x.head
            if x.i >= first or x.sent.start != self.doc[first].sent.start:
                return None
            if x.pos_ in ("VERB", "AUX"):
                cue = self.cue_at(x)
                if cue is None or cue is _MISREAD_FORM or not (cue.frames & {Frame.OBJECT, Frame.PREP_OBJECT}):
                    return None
                return None if self.negated(x) or self.not_a_report(x) else x
            if x.pos_ not in ("NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM") or x.dep_ in SUBJECTS:
                return None
        return None

    def is_agent_like(self, t: Token) -> bool:
        """Whether a noun phrase head can name a speaker: a person, an organisation, a country or a
        group (an entity of those types, a pronoun, or a noun of the language's person, group,
        organisation and institution lexicons), not a thing ("21 ponts", "ses camemberts")."""
        entity = self.entities.at(t)
        if entity is not None:
            return entity.type in _AGENT_TYPES
        low, lemma = norm(t.text), norm(t.lemma_)
        if low in self.lang.pronouns or low in self.lang.relative_pronouns:
            return True
        nouns = _agent_nouns(self.lang)
        return low in nouns or lemma in nouns or lemma in self.lex.nouns

    def is_indefinite(self, t: Token) -> bool:
        """`on` in `a-t-on appris`: a subject that names nobody."""
        return norm(t.text) in self.q.indefinite_subjects

    def negated(self, v: Token) -> bool:
        return any(norm(c.text) in self.lang.negation_words and c.dep_ in ("advmod", "neg")
                   for c in v.children)

    def not_a_report(self, v: Token) -> bool:
        """The writer's own voice (`Rappelons que`, `je dis`) or a causative (`ont fait réagir`)."""
        if "1" in v.morph.get("Person") or "Imp" in v.morph.get("Mood"):
            return True
        if self.lang.imperative_endings and norm(v.text).endswith(self.lang.imperative_endings) and not any(
                c.dep_ in SUBJECTS for c in v.children) and (v.i == 0 or self.doc[v.i - 1].is_punct or v.is_sent_start):
            return True  # "Rappelons que …": the tagger rarely marks the imperative
        if v.morph.get("VerbForm") == ["Inf"]:
            governors = [c for c in v.children if c.i < v.i] + [v.head]
            if any(norm(g.lemma_) in self.lang.causative_verbs and g.i != v.i and not self.is_locution(g, v)
                   for g in governors):
                return True
        return False

    # -- phrases ---------------------------------------------------------------------------------
    def noun_phrase(self, head: Token) -> tuple[int, int]:
        """The words that name a speaker: the head with its determiners, adjectives and complements,
        without relative clauses or what follows a comma."""
        left = head.i
        right = head.i
        # a relative clause is not part of the name, nor are the words its subtree holds before its verb
        # ("des documents selon lesquels la France …")
        relative = {x.i for c in head.children if c.dep_ in ("acl:relcl", "relcl") and c.i > head.i for x in c.subtree}
        for t in head.subtree:
            if t.i in relative:
                break
            if t.dep_ in ("acl:relcl", "relcl", "punct", "parataxis") and t.i > head.i:
                break
            if t.i < head.i:
                if t.dep_ not in ("punct", "case", "prep", "mark", "cc") and norm(t.text) not in self.lang.locative_prepositions \
                        and norm(t.text) not in self.lang.complementizers:
                    left = min(left, t.i)
            else:
                right = max(right, t.i)
        while right > head.i and self.is_time_word(self.doc[right]):
            right -= 1  # "a indiqué la fondation jeudi"
        # stop at a comma after the head (an apposition is a descriptor)
        for i in range(head.i + 1, right + 1):
            if self.doc[i].text in self.phrase_breaks:
                right = i - 1
                break
        for i in range(head.i - 1, left - 1, -1):
            if self.doc[i].text in self.phrase_breaks:
                left = i + 1
                break
        return left, right + 1

    def is_time_word(self, t: Token) -> bool:
        low = norm(t.text)
        return (low in self.lang.weekdays or low in self.lang.month_names or low in self.lang.relative_dates
                or t.ent_type_ in ("DATE", "TIME") or t.like_num)

    def noun_after(self, verb: Token) -> Token | None:
        """The subject an incise inverts: "a déclaré M. X", "ajoute-t-il", "répondait pourtant Sophie"."""
        doc = self.doc
        k = self.verb_group(verb)[1]
        if k < len(doc) and doc[k].pos_ == "VERB" and doc[k].morph.get("VerbForm") == ["Inf"]:
            k += 1  # a light verb's infinitive: "fait valoir Jean-François Lanneluc"
        while k < len(doc) and self.is_time_word(doc[k]) and k <= verb.i + 3:
            k += 1  # "a affirmé lundi Donald Trump"
        clitic = self.clitic_at(self.skip_euphonic(k))  # "ajoute-t-il"
        if clitic is not None:
            return doc[clitic]
        k = self.skip_circumstance(k)  # "a déclaré devant la presse M. Erdogan"
        while k < len(doc) and (doc[k].pos_ in ("DET", "ADV", "ADJ") or norm(doc[k].text) in self.lang.honorifics):
            if self.entities.at(k) is not None:
                return doc[k]
            k += 1
        if k < len(doc) and self.is_nominal(doc[k]):
            return doc[k]
        return None

    def is_nominal(self, t: Token) -> bool:
        """A noun, a pronoun, or a word of a named mention whatever its tag: the tagger often
        reads a foreign first name as X or ADJ ("soupire Ianina Statchko"), the entity index does not."""
        return not t.is_punct and (t.pos_ in ("NOUN", "PROPN", "PRON") or self.entities.at(t) is not None)

    def misread_incise_verb(self, t: Token) -> bool:
        """A lexicon verb the tagger took for a name or a noun because a name follows it
        ("», énumère Ianina Statchko" tagged PROPN X): read by its lemma or form, only right
        before a named mention and outside one."""
        if not t.is_alpha or self.entities.at(t) is not None or t.i + 1 >= len(self.doc):
            return False
        if self.entities.at(self.doc[t.i + 1]) is None:
            return False
        return (self.lex.verbs.get(norm(t.lemma_)) or self.lex.verbs.get(norm(t.text))) is not None

    def skip_circumstance(self, k: int) -> int:
        """Past a short prepositional phrase that stands between an inverted verb and a named
        subject ("devant la presse M. Erdogan", "à l'AFP le ministre"); k itself otherwise."""
        doc = self.doc
        if k >= len(doc) or doc[k].pos_ != "ADP":
            return k
        j = k + 1
        while j < len(doc) and j <= k + 4 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP") \
                and self.entities.at(j) is None:
            j += 1
        if norm(doc[k].text) in self.q.addressee_preps and j < len(doc) and self.entities.at(j) is not None:
            # "a déclaré à l'AFP Jean Dupont": the name after the preposition is who is told; the
            # speaker is the name after it
            listener = self.entities.at(j)
            after = j
            while after < len(doc) and self.entities.at(after) is listener:
                after += 1
            while after < len(doc) and doc[after].pos_ == "DET":
                after += 1
            if after < len(doc) and after <= j + 6 and (norm(doc[after].text) in self.lang.honorifics or (
                    self.entities.at(after) is not None and self.entities.at(after).type in ("PERSON", "ORG"))):
                return after
        if j < len(doc) and j > k + 1 and (norm(doc[j].text) in self.lang.honorifics or (
                self.entities.at(j) is not None and self.entities.at(j).type in ("PERSON", "ORG"))):
            return j
        return k

    def according_head(self, j: int, n: int) -> Token | None:
        doc = self.doc
        k = j + n
        while k < len(doc) and (doc[k].pos_ in ("DET", "ADJ", "NUM") or norm(doc[k].text) in self.lang.honorifics):
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

    # -- incises ---------------------------------------------------------------------------------
    def incise_at(self, i: int) -> Token | None:
        """A speech verb opening an incise at token i: `a-t-il ajouté`, `a déclaré M. X`, `he said`, `said X`."""
        doc = self.doc
        for j in range(i, min(len(doc), i + 5)):
            t = doc[j]
            if self.is_speech(t) and t.pos_ != "NOUN":
                return t
            if j == i and (norm(t.text) in self.lang.speech_forms or self.misread_incise_verb(t)):
                return t  # "», note M. X": the tagger read the verb as a noun
            if t.is_punct and t.text[:1] not in self.q.clitic_joiners or t.is_space:
                return None
            if j > i and t.pos_ in ("NOUN", "PROPN") and j + 1 < len(doc) and not self.is_speech(doc[j + 1]) and not (
                    doc[j + 1].pos_ in ("PROPN", "AUX", "PUNCT") or doc[j + 1].dep_ == "flat:name"):
                return None
        return None

    def inverted_at(self, i: int, quote_from: int | None = None) -> Token | None:
        """An incise read from its word order: a verb followed by its own subject right after a
        closing mark (`», souffle-t-il`, `», s'est énervé M. Erdogan`, `," laughed Smith`,
        `», répondait pourtant Sophie`)."""
        doc = self.doc
        for j in range(i, min(len(doc), i + 4)):
            t = doc[j]
            k = self.clitic_at(self.skip_euphonic(j + 1))  # the euphonic t: "souffle" "-t" "-il"
            if k is not None and t.is_alpha:
                # the clitic makes it a verb whatever the tagger said: "souffle-t-il"; after an
                # auxiliary the verb is the participle that follows: "a-t-elle déclaré"
                if t.pos_ == "AUX" and k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "NOUN", "ADJ") and doc[k + 1].is_alpha:
                    return doc[k + 1]
                return t
            if t.is_punct or t.is_space:
                return None
            reflexive = j > i and norm(doc[j - 1].text) in self.lang.reflexive_clitics
            if t.pos_ == "VERB" or (reflexive and t.pos_ == "NOUN"):
                subjects = [c for c in t.children if c.dep_ in SUBJECTS]
                if any(c.i > t.i and norm(c.text) not in self.lang.relative_pronouns for c in subjects):
                    return t
                # the parser often takes an inverted subject for an object: "», relate Vincent Schmitt";
                # a subject it found inside the quote itself does not count
                before = [c for c in subjects if c.i < t.i and not (quote_from is not None and quote_from <= c.i < i)]
                if not before and self.noun_after(t) is not None:
                    return t
                return None
            if t.pos_ not in ("PRON", "AUX", "ADV"):
                return None  # only clitics (leur, s'), auxiliaries and adverbs come before the verb
        return None

    def clause_end(self, first: int, limit: int) -> int:
        """Where a reported clause ends: before a trailing `, selon X` or incise, else at `limit`."""
        doc = self.doc
        i = first
        while i < limit:
            t = doc[i]
            if t.text == "," and i + 1 < limit:
                if self.according_to_at(i + 1) or self.incise_at(i + 1):
                    return i
            i += 1
        return limit
