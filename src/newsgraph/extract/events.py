"""Events: who did what to whom, typed with PLOVER.

A trigger from the language's event lexicon (``lang/<code>_events.py``) marks the act; the
dependency parse gives its source and target, resolved to entities through the entity stage;
the clause around it gives its status (asserted, reported, hypothetical, negated); the
sentence gives its date and place.

Reading rules, in short:
- verbs: subject and object, ``by X`` in passives, prepositions named by the trigger
  (``avec X``, ``against X``); a verb without a subject takes the one of the verb it hangs on
  (``X threatened to ban``, ``X a accepté de s'entretenir``) or the noun a relative clause
  modifies;
- nouns: the subject of the verb that takes them as object (``X held talks``), their
  genitive (``les demandes de Moscou``), a demonym (``la menace américaine``), ``entre X et Y``;
- coordinated actors (``Washington et ses alliés``) each get the event;
- the content of an agreement, request, threat, refusal or accusation (``threatened to ban X``)
  is not a second event: it lends its target to the main one.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lang import EventGrammar, EventTrigger, LanguageData, compiled
from ..model import DateMention, Entity, Event, EventActor, Quote, Span
from . import cameo, event_actors
from .entities import EntityIndex

# actors the article names only by a description ("des responsables américains"): read through the
# phrase for the state or organisation they act for, as event coders do
DESCRIPTION_KEY = "descr:"

STAGE = "events/lexicon-dep/1"

# dependency labels, both annotation schemes the models use (UD for French, ClearNLP for English)
SUBJ = {"nsubj", "csubj", "expl:subj"}
PASS_SUBJ = {"nsubj:pass", "nsubjpass", "csubjpass"}
OBJ = {"obj", "dobj"}
IOBJ = {"iobj", "dative"}
AGENT = {"agent", "obl:agent"}
PREP_LIKE = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "obj", "iobj", "advmod", "nmod:poss"}
CLAUSE = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "csubj", "pcomp"}
COMPLEMENT = {"ccomp", "xcomp"}
RELATIVE = {"acl:relcl", "relcl"}
CONJ = {"conj"}
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
PLACE_TYPES = {"GPE", "LOC"}
# who can act or be acted upon: not MISC (diseases, products, events: "tué par le Covid-19")
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
# phrase tokens are searched for an entity in this order of relation to the head
_NAMED_ROLES = {"nsubj", "agent", "obj", "iobj", "comp_subj", "comp", "cond", "governor", "poss", "amod",
                "compound", "of", "between", "speaker", "host", "clause"}
PHRASE_ORDER = ("flat:name", "flat", "compound", "appos", "amod", "nmod", "nmod:poss", "poss", "pobj", "prep",
                "obl", "obl:mod", "case", "det")


@dataclass(frozen=True)
class _Found:
    head: Token  # the trigger's syntactic head
    start: int  # first token of the trigger words
    end: int  # one past the last
    trigger: EventTrigger


@lru_cache(maxsize=None)
def _grammar(code: str) -> EventGrammar:
    try:
        module = importlib.import_module(f"newsgraph.lang.{code}_events")
    except ModuleNotFoundError:
        return EventGrammar()
    return getattr(module, "GRAMMAR", EventGrammar())


@lru_cache(maxsize=None)
def _lexicon(triggers: tuple[EventTrigger, ...]) -> dict[str, list[tuple[tuple[str, ...], EventTrigger]]]:
    """First word -> [(all words, trigger)], longest first so multi-word triggers win."""
    index: dict[str, list[tuple[tuple[str, ...], EventTrigger]]] = {}
    for trig in triggers:
        words = tuple(trig.lemma.lower().split())
        index.setdefault(words[0], []).append((words, trig))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _pos_ok(token: Token, pos: str) -> bool:
    tp = token.pos_
    if pos == "VERB":
        if token.dep_ == "amod":
            return False  # "un lieu interdit": a participle used as an adjective names no act
        return tp in ("VERB", "AUX") or (tp in ("ADJ", "NOUN") and "Part" in token.morph.get("VerbForm"))
    if pos == "NOUN":
        return tp in ("NOUN", "PROPN")
    if pos == "ADJ":
        return tp == "ADJ"
    if pos == "AUX":
        return tp in ("AUX", "VERB")
    return True


def _phrase_lemmas(token: Token, depth: int = 2) -> set[str]:
    """Words of the trigger's phrase, ``depth`` levels down (a preposition costs no level)."""
    out: set[str] = set()
    frontier = [token]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                out |= _forms(c)
                if c.dep_ in ("prep", "agent"):
                    for g in c.children:
                        out |= _forms(g)
                        nxt.append(g)
                else:
                    nxt.append(c)
        frontier = nxt
    return out


@lru_cache(maxsize=None)
def _cameo_lines(code: str) -> tuple[EventTrigger, ...]:
    """A language's CAMEO-keyed trigger lines (``lang/<code>_cameo.py``, ``TRIGGERS_BY_CAMEO``), when it ships them."""
    try:
        module = importlib.import_module(f"newsgraph.lang.{code}_cameo")
    except ModuleNotFoundError:
        return ()
    by_code = getattr(module, "TRIGGERS_BY_CAMEO", {})
    return tuple(t for lines in by_code.values() for t in lines)


def _triggers(lang: LanguageData) -> tuple[EventTrigger, ...]:
    """The language's own lines first (they win), then its CAMEO-keyed lines it does not already hold."""
    return compiled(lang, _all_triggers)


def _lexicon_of(lang: LanguageData) -> dict[str, list[tuple[tuple[str, ...], EventTrigger]]]:
    return _lexicon(_triggers(lang))


def _all_triggers(lang: LanguageData) -> tuple[EventTrigger, ...]:
    own = tuple(lang.event_triggers)
    held = set(own)
    return own + tuple(t for t in _cameo_lines(lang.code) if t not in held)


@lru_cache(maxsize=8192)
def _cameo_trigger(lemma: str, code: str, type_: str, mode: str | None, target: str | None,
                   fallback: tuple[str, ...], bare: bool) -> EventTrigger:
    """The trigger line a CAMEO dictionary match stands for: subject -> object, or the target the
    pattern marks (``(AGAINST +)``), else the prepositions the event type takes its target with.
    A bare verb (no pattern held, the block's default code) is an event only with a target, as
    the event coders code only source-verb-target triples."""
    if target == "obj":
        tgt: tuple[str, ...] = ("obj", "iobj")
    elif target and target.startswith("prep:"):
        tgt = (target[5:], "obj", "iobj")
    else:
        tgt = ("obj", "iobj") + fallback
    return EventTrigger(lemma, type_, mode, "VERB", ("nsubj", "agent"), tgt, target_required=bare, cameo=code)


def _find_triggers(doc: Doc, lang: LanguageData) -> list[_Found]:
    index = compiled(lang, _lexicon_of)  # once per language: hashing thousands of lines per article costs ms
    g = _grammar(lang.code)
    dictionary = cameo.load(lang.code)
    found: list[_Found] = []
    taken: set[int] = set()
    verbs: list[Token] = []  # verbs the lexicon has no line for: the dictionary's
    n = len(doc)
    for token in doc:
        if token.is_space or token.is_punct or token.i in taken:
            continue
        entries = []
        for form in _forms(token):
            entries.extend(index.get(form, ()))
        if not entries:
            if token.pos_ == "VERB":
                verbs.append(token)
            continue
        entries.sort(key=lambda e: -len(e[0]))
        for words, trig in entries:
            end = token.i + len(words)
            if end > n:
                continue
            span = doc[token.i:end]
            if any(w not in _forms(t) for w, t in zip(words, span)):
                continue
            head = span.root
            if not _pos_ok(head, trig.pos):
                continue
            if trig.needs and not _needs_met(head, trig.needs):
                continue
            if trig.unless and _blocked(head, trig.unless):
                continue
            found.append(_Found(head, token.i, end, trig))
            taken.update(range(token.i, end))
            break
        else:
            if token.pos_ == "VERB" and g.cameo_after_lexicon:
                verbs.append(token)  # no line of the lexicon holds here: the dictionary may read it
    if dictionary is not None and verbs:
        found = _find_cameo(verbs, g, dictionary, found, taken, lang)
    if g.figurative or g.generic_adverbs:
        found = [f for f in found if not _figurative(f, g) and not _generic(f.head, g)]
    return found


def _figurative(f: _Found, g: EventGrammar) -> bool:
    """'the price war', 'a war on drugs', 'a legal battle': words of the trigger's phrase make it an idiom."""
    marks = g.figurative.get(f.head.lemma_.lower()) or g.figurative.get(f.trigger.lemma.lower())
    if not marks:
        return False
    return bool(_phrase_lemmas(f.head, 2) & marks)


def _generic(head: Token, g: EventGrammar) -> bool:
    """'police usually arrest ...': a habitual, generic statement tells of no event."""
    for t in (head, head.head):
        if any(c.dep_ in ("advmod", "advmod:neg") and c.lower_ in g.generic_adverbs for c in t.children):
            return True
        if head.pos_ not in ("NOUN", "PROPN"):
            break
    return False


def _find_cameo(verbs: list[Token], g: EventGrammar, dictionary: cameo.Dictionary, found: list[_Found],
                taken: set[int], lang: LanguageData) -> list[_Found]:
    """Verbs the lexicon left, read with the CAMEO dictionary. A verb whose object is already a
    lexicon trigger is its light verb (imposed *sanctions*, lodged a *protest*): the noun speaks."""
    heads = {f.head.i for f in found}
    out = list(found)
    cues = {seq[0] for seq in lang.according_to if seq}  # "according to X" reports, it does not accord
    for token in verbs:
        if token.lower_ in cues and token.i + 1 < len(token.doc) and any(
                token.doc[token.i + 1].lower_ == seq[1] for seq in lang.according_to if len(seq) > 1
                and seq[0] == token.lower_):
            continue
        if token.i in taken or not _pos_ok(token, "VERB") \
                or token.lemma_.lower() in g.cameo_blocked:
            continue
        if any(t.i in heads for t in cameo.phrase_tokens(token)):
            continue
        hit = cameo.match(token, dictionary, g.cameo_overrides, g.cameo_quiet_blocks)
        if not hit:
            continue
        trig = _cameo_trigger(token.lemma_.lower(), hit.code, hit.type, hit.mode, hit.target,
                              g.target_preps.get(hit.type, ()), True)
        out.append(_Found(token, token.i, token.i + 1, trig))
    out.sort(key=lambda f: f.start)
    return out


def _needs_met(head: Token, needs: tuple[str, ...]) -> bool:
    """One of the words is in the trigger's phrase (two levels down) or is the verb it hangs on;
    "dep:xcomp" asks for a dependent with that label; "missile&at" asks for both words."""
    near = _phrase_lemmas(head, 2) | _forms(head.head)
    deps = {c.dep_ for c in head.children}
    return any((n[4:] in deps) if n.startswith("dep:") else all(w in near for w in n.split("&")) for n in needs)


def _blocked(head: Token, unless: tuple[str, ...]) -> bool:
    for c in head.children:
        for u in unless:
            if u.startswith("dep:"):
                if c.dep_ == u[4:]:
                    return True
            elif u in _forms(c) or any(u in _forms(g) for g in c.children if g.dep_ in ("case", "mark", "prep")):
                return True
    return False


def _copula_passive(verb: Token) -> bool:
    """'les trois groupes seront invités' parsed with the auxiliary as a copula and the patient as nsubj:
    a past participle verb has no copula, so this is a passive with its patient for subject."""
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and any(c.dep_ == "cop" for c in verb.children) and not any(c.dep_ in OBJ for c in verb.children)


def _pronominal(verb: Token) -> bool:
    """A pronominal verb (a reflexive clitic on it, UD ``Reflex=Yes``) with an active subject: its
    auxiliary *être* is the pronominal one, which the parser labels passive ("s'en était défendue")."""
    return any(c.dep_.startswith("expl") and "Yes" in c.morph.get("Reflex") for c in verb.children) \
        and any(c.dep_ in SUBJ and c.dep_ != "expl:subj" for c in verb.children)


# --- reading actors --------------------------------------------------------------------------

class _Reader:
    def __init__(self, doc: Doc, lang: LanguageData, grammar: EventGrammar, entities: EntityIndex,
                 text: str | None = None, published: str | None = None):
        self.doc = doc
        self.text = text if text is not None else doc.text
        self.published = published
        self.lang = lang
        self.g = grammar
        self.entities = entities
        self._country_entity: dict[str, Entity | None] = {}
        self.event_nouns: dict[int, _Found] = {}  # nominal triggers by token: their actor is their source

    # prepositions and markers
    def prep_of(self, token: Token) -> str | None:
        """The preposition that introduces ``token``'s phrase, normalized (au -> à)."""
        if token.dep_ == "pobj" or (token.dep_ in ("pcomp",) and token.head.dep_ in ("prep", "agent")):
            p = token.head.lower_
            return self.g.contractions.get(p, p)
        for c in token.children:
            if c.dep_ in ("case",) or (c.dep_ == "mark" and c.pos_ == "ADP"):
                p = c.lower_
                return self.g.contractions.get(p, p)
        return None

    def pp_objects(self, head: Token, preps: Iterable[str]) -> list[Token]:
        """Objects of the given prepositions hanging on ``head`` (English prep->pobj, UD obl/nmod+case)."""
        wanted = set(preps)
        out = []
        for c in head.children:
            if c.dep_ in ("prep", "agent"):
                p = self.g.contractions.get(c.lower_, c.lower_)
                if p in wanted:
                    out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
                elif c.lower_ in ("along", "together") :
                    continue
            elif c.dep_ in PREP_LIKE or c.dep_.startswith("obl") or c.dep_.startswith("nmod"):
                p = self.prep_of(c)
                if p in wanted:
                    out.append(c)
        return out

    def is_passive(self, verb: Token) -> bool:
        if any(self.is_agent(c) for c in verb.children):
            return True
        if _pronominal(verb):
            return False  # "l'organisation s'en était défendue": être with a reflexive clitic is active
        if _copula_passive(verb):
            return True
        if "Pass" in verb.morph.get("Voice"):
            return True
        return any(c.dep_ in PASS_SUBJ or c.dep_ in ("aux:pass", "auxpass") for c in verb.children)

    # roles
    def subjects(self, verb: Token, depth: int = 0, intransitive: bool = False) -> list[Token]:
        """The active subject of a verb, read through control, coordination and relative clauses."""
        if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "attr") and depth == 0:
            return self.subjects(verb.head, depth + 1)
        subs = [c for c in verb.children if c.dep_ in SUBJ]
        if any(c.i < verb.i for c in subs):
            subs = [c for c in subs if c.i < verb.i]
        elif subs and self.inverted_object(verb):
            subs = []
        if subs and self.is_passive(verb) and (_copula_passive(verb) or not any(
                c.dep_ in SUBJ and c.dep_ != "expl:subj" for c in verb.children)):
            subs = []
        if subs:
            subs = [s for s in subs if s.dep_ != "expl:subj"] or subs
            if verb.dep_ in RELATIVE and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
                # "des messages ... qui vous inviteraient": the relative pronoun stands for its antecedent
                subs = [verb.head if s.lower_ in self.lang.relative_pronouns else s for s in subs]
            head = verb.head
            if verb.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") \
                    and head.i < min(s.i for s in subs) \
                    and any(c.dep_ == "cc" and head.i < c.i < subs[0].i for c in [*subs[0].children, *verb.children]):
                # "Paris et Berlin avaient convenu" misparsed as "Paris" the root with "convenu" its
                # conjunct: the root noun is the first of the coordinated subjects
                subs = [head] + subs
            return subs
        if self.is_passive(verb):
            return self.agents(verb)
        head = verb.head
        if verb.dep_ == "parataxis" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and head.i < verb.i \
                and "Fin" in verb.morph.get("VerbForm"):
            # "L'@sic, l'Association des services internet communautaires, demande ...": a name and its
            # apposition misparsed as the root with the finite verb hung on it; the root is its subject
            return [head]
        if depth >= 3:
            return []
        dep = verb.dep_
        if dep in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            head = verb.head
            if dep == "advcl" and not ("Part" in verb.morph.get("VerbForm") or "Ger" in verb.morph.get("VerbForm")
                                       or verb.morph.get("VerbForm") == ["Inf"]):
                return []
            if dep == "advcl" and not intransitive and "Past" in verb.morph.get("Tense") \
                    and "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
                return []  # "Condamné à trois ans de prison, l'ancien ministre a fait appel": he is the one condemned
            if dep == "conj" and head.pos_ not in ("VERB", "AUX", "ADJ"):
                return []
            if self.is_passive(head) and dep != "conj":
                return self.agents(head)
            return self.subjects(head, depth + 1)
        if dep in RELATIVE and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [verb.head]
        if dep == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not self.is_passive(verb):
            finite = any(c.dep_ in ("aux", "aux:tense") for c in verb.children)
            active = ("Part" not in verb.morph.get("VerbForm") or "Prog" in verb.morph.get("Aspect")
                      or finite or intransitive)
            if active:
                noun = verb.head
                if self.resolve(noun) is None and noun.dep_ in OBJ and noun.head.i != noun.i:
                    return self.subjects(noun.head, depth + 1)  # issued a declaration demanding ...
                return [noun]
        return []

    def is_agent(self, c: Token) -> bool:
        """'by X' / 'par X' (an obl:agent label without its preposition is a parser slip)."""
        if c.dep_ == "agent":
            return True
        # a bare noun after "par" is a manner or a rate, not an agent: "par jour", "par téléphone"
        return c.dep_.startswith("obl") and self.prep_of(c) in self.g.agent_preps and not self.classifier(c)

    def agents(self, verb: Token) -> list[Token]:
        out = []
        for c in verb.children:
            if c.dep_ == "agent":
                out.extend(g for g in c.children if g.dep_ == "pobj")
            elif self.is_agent(c):
                out.append(c)
        return out

    def objects(self, verb: Token) -> list[Token]:
        if self.is_passive(verb):
            pas = [c for c in verb.children if c.dep_ in PASS_SUBJ or (c.dep_ in SUBJ and _copula_passive(verb))]
            if pas:
                return pas
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return [verb.head]
        objs = [c for c in verb.children if c.dep_ in OBJ]
        if not objs:
            subs = [c for c in verb.children if c.dep_ in SUBJ]
            if any(c.i < verb.i for c in subs) or self.inverted_object(verb):
                objs = [c for c in subs if c.i > verb.i]
        if verb.dep_ in RELATIVE and verb.head.pos_ in ("NOUN", "PROPN"):
            # "refugees, whom authorities blame": the relative pronoun stands for the noun it follows
            objs = [verb.head if o.lower_ in self.lang.relative_pronouns else o for o in objs]
        return objs

    def inverted_object(self, verb: Token) -> bool:
        """'Qui a enlevé et tué Jonathan Coulom ?': a lone subject after an action verb that has no
        object is its object misread (speech verbs do invert: 'a dénoncé Laurent Duc')."""
        if verb.lemma_.lower() in self.lang.speech_verbs or self.is_passive(verb):
            return False
        subs = [c for c in verb.children if c.dep_ in SUBJ]
        return bool(subs) and all(c.i > verb.i for c in subs) and not any(c.dep_ in OBJ for c in verb.children) \
            and verb.pos_ == "VERB" and not any(c.dep_ == "expl:subj" for c in verb.children)

    def role(self, name: str, head: Token, trig: EventTrigger) -> list[Token]:
        verbal = head.pos_ in ("VERB", "AUX", "ADJ") or trig.pos in ("VERB", "ADJ")
        if name in _NAMED_ROLES and name not in ("comp_subj", "comp", "cond"):
            return self._named(name, head, trig)
        # comp_subj, comp, cond and prepositions: on the trigger, else on the verb that carries it
        out = self._role_here(name, head, trig)
        if not out and not verbal:
            gov = self.governor(head)
            if gov is not None:
                out = self._role_here(name, gov, trig)
        if not out and verbal and name not in ("comp_subj", "comp", "cond"):
            # shared evidence *with the U.S.*: the preposition may hang on the object, or on a bare noun
            # adjunct (a time: "s'est entretenue dimanche avec X")
            bare = [c for c in head.children if c.pos_ == "NOUN" and c.i > head.i
                    and (c.dep_.startswith("obl") or c.dep_ in ("npadvmod", "xcomp"))
                    and not any(g.dep_ in ("case", "det") or g.dep_.startswith("nummod") for g in c.children)]
            for o in [*self.objects(head), *bare]:
                out = self.pp_objects(o, (name,))
                if out:
                    break
        return out

    def _role_here(self, name: str, head: Token, trig: EventTrigger) -> list[Token]:
        if name == "comp_subj":
            out = []
            for c in head.children:
                if c.dep_ in ("ccomp",) or (c.dep_ == "xcomp" and any(g.dep_ in SUBJ for g in c.children)):
                    out.extend(g for g in c.children if g.dep_ in SUBJ | PASS_SUBJ)
            return out
        if name == "comp":
            return self.complement_targets(head)
        if name == "cond":
            return [g for c in self.condition_clauses(head) for g in c.children if g.dep_ in SUBJ]
        return self.pp_objects(head, (name,))

    def condition_clauses(self, head: Token, top: bool = True) -> list[Token]:
        """The if/unless clauses of a trigger (or of its complement, or of the verb that carries it);
        when the parser hung them elsewhere, the first one after the trigger in its sentence."""
        out = []
        for c in head.children:
            if c.dep_ in ("advcl", "parataxis", "ccomp", "xcomp") and _has_condition_mark(c, self.g):
                out.append(c)
            elif c.dep_ in COMPLEMENT:
                out.extend(self.condition_clauses(c, top=False))
        if top and not out:
            gov = self.governor(head)
            if gov is not None:
                out = self.condition_clauses(gov, top=False)
        if top and not out:
            out = [t for t in head.sent if t.i > head.i and t.pos_ in ("VERB", "AUX")
                   and t.dep_ in ("advcl", "parataxis", "conj", "ccomp") and _has_condition_mark(t, self.g)][:1]
        return out

    def _named(self, name: str, head: Token, trig: EventTrigger) -> list[Token]:
        verbal = head.pos_ in ("VERB", "AUX", "ADJ") or trig.pos in ("VERB", "ADJ")
        if name == "governor":
            verb = self.governor(head)
            return self.subjects(verb) if verb is not None else []
        if name == "poss":
            return [c for c in head.children if c.dep_ in ("poss", "nmod:poss")]
        if name == "amod":
            return [c for c in head.children if c.dep_ == "amod" and c.lower_ in self.lang.demonyms]
        if name == "compound":
            return [c for c in head.children if c.dep_ == "compound" and self.entity_of(c)]
        if name == "of":
            # a named actor, or an unnamed agent ("les foudres de l'opposition")
            return [t for t in self.pp_objects(head, self.g.genitive)
                    if not self.classifier(t)
                    and any(self.resolve_at(x, depth=1, places=False) or event_actors.head_agent(x, self.lang)
                            for x in [t, *self.conjuncts(t)])]
        if name == "between":
            return self.pp_objects(head, self.g.between)[:1]
        if name == "speaker":
            clause = head.head if head.dep_ in ("aux", "aux:tense") else head
            up = clause.head
            if clause.dep_ in ("ccomp", "parataxis") and up.lemma_.lower() in self.lang.speech_verbs:
                return self.subjects(up)
            return []
        if name == "host":
            clause = head.head if head.dep_ in ("aux", "aux:tense") else head
            return [c for c in clause.children if c.dep_ in SUBJ]
        if name == "clause":
            # a noun in an adverbial phrase of a verb is its subject's act: "il s'était cousu les lèvres
            # *en soutien* aux Pussy Riot"
            verb = head.head
            if head.dep_.startswith("obl") and verb.i != head.i and verb.pos_ in ("VERB", "AUX"):
                return self.subjects(verb)
            return []
        if name == "nsubj":
            return self.subjects(head, intransitive=not _transitive(trig)) if verbal else []
        if name == "agent":
            if verbal:
                return self.agents(head)
            # "le rejet de l'accord de divorce *par les députés*": the parser may hang the agent on a
            # complement of the noun; a by-phrase inside an event noun's phrase is its agent
            frontier = [head]
            for _ in range(3):
                found = [x for t in frontier for x in self.pp_objects(t, self.g.agent_preps) if not self.classifier(x)]
                if found:
                    return found
                frontier = [c for t in frontier for c in t.children
                            if c.dep_.startswith("nmod") and c.i > head.i and c.dep_ not in CLAUSE]
            return []
        if name == "obj":
            return self.objects(head) if verbal else []
        if name == "iobj":
            return [c for c in head.children if c.dep_ in IOBJ]
        return []

    def classifier(self, t: Token) -> bool:
        """"une visite d'État": a bare common noun after the genitive (no article, none in a contraction)."""
        if not self.g.bare_genitive_classifies or t.pos_ != "NOUN":
            return False
        if any(c.dep_ == "det" or c.dep_.startswith("nummod") for c in t.children):
            return False
        return not any(c.dep_ == "case" and c.lower_ in self.g.contractions and c.lower_ not in ("d'", "de")
                       for c in t.children)

    def governor(self, noun: Token) -> Token | None:
        """The light verb whose object the noun is: *held* talks, *a imposé* des sanctions."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # launched artillery, mortar and rocket *fire*
        gov = noun.head
        if noun.dep_ in OBJ | PASS_SUBJ | {"attr"} and gov.i != noun.i and _forms(gov) & self.g.light_verbs:
            return gov
        return None

    def complement_targets(self, head: Token) -> list[Token]:
        """The target of the act a complement clause names: threatened to ban *X*, a accepté de parler *avec X*."""
        for c in head.children:
            purpose = c.dep_ == "advcl" and (any(m.lower_ in self.g.purpose_marks for m in c.children
                                                 if m.dep_ in ("aux", "mark", "case"))
                                             or "Prog" in c.morph.get("Aspect") or "Ger" in c.morph.get("VerbForm"))
            if c.dep_ in COMPLEMENT or c.dep_ == "pcomp" or purpose or (c.dep_ == "prep" and any(
                    g.dep_ == "pcomp" for g in c.children)):
                if c.dep_ == "prep":
                    c = next(g for g in c.children if g.dep_ == "pcomp")
                objs = [g for g in c.children if g.dep_ in OBJ | IOBJ]
                pps = [g for g in c.children if g.dep_ in ("prep",) or g.dep_.startswith("obl") or g.dep_.startswith("nmod")]
                for o in objs:
                    # break relations *with Russia*: the object's own preposition names the other side
                    inner = [x for x in o.children if x.dep_ in ("prep", "nmod") or x.dep_.startswith("nmod")]
                    for x in inner:
                        if x.dep_ == "prep":
                            found = [p for p in x.children if p.dep_ == "pobj" and self.entity_of(p)]
                        else:
                            found = [x] if self.resolve(x) else []
                        if found and not self.resolve(o):
                            return found
                    if self.resolve(o):
                        return [o]
                for p in pps:
                    if p.dep_ == "prep":
                        objs2 = [g for g in p.children if g.dep_ == "pobj"]
                        if objs2 and self.resolve(objs2[0]):
                            return objs2[:1]
                    elif self.resolve(p) and self.prep_of(p) not in self.lang.locative_prepositions:
                        return [p]
        return []

    # from tokens to entities
    def entity_of(self, token: Token, describe: bool = False) -> Entity | None:
        """The actor entity a token is a mention of; descriptions (``descr:``) only when ``describe``."""
        if token.ent_type_ in NOT_ACTORS:
            return None
        ent = self.entities.at(token)
        if ent is not None and (describe or not (ent.key or "").startswith(DESCRIPTION_KEY)):
            return ent if ent.type in ACTOR_TYPES else None
        code = self.lang.demonyms.get(token.lower_)
        if code:
            return self.country_entity(code)
        return None

    def country_entity(self, code: str) -> Entity | None:
        if code in self._country_entity:
            return self._country_entity[code]
        best = None
        for e in self.entities.entities:
            country = e.country or self.lang.country_names.get(e.name.lower())
            # the country itself, not a region or a city of it ("palestiniens" is not the West Bank)
            if country == code and (self.is_country(e)):
                best = e
                break
        self._country_entity[code] = best
        return best

    def undergoer(self, noun: Token, used: set[str]) -> list[tuple[Entity, Token]]:
        """"X fait l'objet d'une enquête": the subject of the clause an undergoing noun (objet, cible,
        victime) heads, or is the predicate of, is the target of the event noun it governs."""
        holder = noun.head
        if noun.dep_ in OBJ and holder.lemma_.lower() in self.g.undergo_verbs:
            return [x for x in self.actors(self.subjects(holder)) if x[0].id not in used]
        if holder.i == noun.i or holder.lemma_.lower() not in self.g.undergo_nouns or not noun.dep_.startswith("nmod"):
            return []
        if any(c.dep_ in SUBJ | PASS_SUBJ for c in holder.children):  # "victime" as the predicate: X est victime de
            subs = [c for c in holder.children if c.dep_ in SUBJ | PASS_SUBJ]
        else:
            verb = holder.head if holder.head.i != holder.i else holder
            subs = self.subjects(verb)
        return [x for x in self.actors(subs) if x[0].id not in used]

    def involved(self, noun: Token, used: set[str]) -> list[tuple[Entity, Token]]:
        """"Il serait impliqué dans des actes de torture", "X, auteur de l'attaque": who a word of
        involvement (``involvement_words``) says took part in an event noun is its source."""
        holder = noun.head
        if holder.i == noun.i or holder.lemma_.lower() not in self.g.involvement_words or self.prep_of(noun) is None:
            return []
        if holder.pos_ in ("NOUN", "PROPN"):
            found = self.resolve_at(holder) or self.description_at(holder)
            return [found] if found is not None and found[0].id not in used else []
        subs = [c for c in holder.children if c.dep_ in SUBJ | PASS_SUBJ]
        if not subs and holder.dep_ in ("acl", "amod") and holder.head.i != holder.i:
            subs = [holder.head]  # "un homme impliqué dans ..."
        return [x for x in self.actors(subs) if x[0].id not in used]

    def article_agent(self, nouns: tuple[str, ...], used: set[str]) -> list[tuple[Entity, Token]]:
        """The first agent of the article named by one of ``nouns`` (la police, les enquêteurs), as an entity."""
        for token in self.doc:
            if token.pos_ == "NOUN" and token.lemma_.lower() in nouns and not any(
                    c.dep_ in ("appos", "flat:name") or c.dep_ == "amod" and c.i < token.i for c in token.children):
                # not a person described by the noun: "un ancien policier, Vladimir Vorontsov"
                found = self.agent_at(token) if self.entities.at(token) is None else (self.entities.at(token), token)
                if found is not None and found[0].id not in used:
                    return [found]
        return []

    def state_of_place(self, head: Token, used: set[str]) -> list[tuple[Entity, Token]]:
        """The country of the place an agentless act happens in (``arrêté à Berlin`` -> Germany), as its source."""
        # the place of the act itself ("arrêté à Berlin"), not one inside its target's phrase ("la
        # condamnation de deux prévenus reconnus coupables de crimes au Rwanda")
        location = _location(self, head, used, depth=1)
        place = self.entities.get(location) if location else None
        if place is None:
            return []
        state = place if self.is_country(place) else (self.country_entity(place.country) if place.country else None)
        return [(state, head)] if state is not None and state.id not in used else []

    def is_country(self, e: Entity) -> bool:
        return bool((e.key or "").startswith("country:") or e.name.lower() in self.lang.country_names)

    def resolve(self, token: Token, depth: int = 3) -> Entity | None:
        """The entity a phrase names: its head's, else the nearest one inside the phrase."""
        found = self.resolve_at(token, depth)
        return found[0] if found else None

    def resolve_at(self, token: Token, depth: int = 3, places: bool = True,
                   agent: bool = False, describe: bool = False) -> tuple[Entity, Token] | None:
        """The entity a phrase names and the token it was found on (its head first, then breadth-first
        through modifiers; prepositions cost no depth; places in a locative phrase only right below the head)."""
        frontier = [token]
        seen = {token.i}
        via_pp: set[int] = set()  # tokens reached through a preposition (le porte-parole *du Kremlin*)
        role_head = token.lemma_.lower() in self.lang.role_nouns or token.lower_ in self.lang.role_nouns
        if role_head:
            named = self.named_person(token)
            if named is not None:
                return named
        # a person the article describes by what they belong to is themself ("un pasteur d'une Église
        # évangélique", "un élève du collège"); a role acts for its organisation ("le porte-parole du Kremlin")
        described = self.entities.at(token)
        member = not role_head and self._description(described) and described.type == "PERSON"
        # "un artiste russe" is the artist; "des soldats russes", an agent, act for their state
        own_demonym = member and event_actors.agent_code((token.lemma_.lower(),), self.lang) is None
        for level in range(depth + 1):
            nxt = []
            for t in frontier:
                ent = self.entity_of(t, describe)
                if ent is not None and member and (t.i in via_pp or (
                        own_demonym and t.dep_ == "amod" and t.lower_ in self.lang.demonyms)):
                    continue
                if ent is not None and (not (agent or role_head) or t.i not in via_pp or self.stands_for(ent)):
                    return ent, t
            for t in frontier:
                kids = []
                for c in t.children:
                    if c.i in seen or c.dep_ in ("conj", "cc", "punct"):
                        continue
                    if t.dep_ == "appos" and t.i != token.i and c.dep_ not in ("flat:name", "flat", "compound", "amod"):
                        continue  # "l'Iran, bête noire d'Israël": an apposition names, its modifiers don't
                    if c.dep_ in CLAUSE and not (c.dep_ == "acl" and level >= 0 and t.i == token.i):
                        continue
                    if c.dep_ in ("prep", "agent"):
                        if (level >= 1 or not places) and c.lower_ in self.lang.locative_prepositions:
                            continue
                        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.i not in seen]
                        kids.extend(objs)
                        via_pp.update(g.i for g in objs)
                        seen.add(c.i)
                        continue
                    if (level >= 1 or not places) and self.prep_of(c) in self.lang.locative_prepositions:
                        continue
                    kids.append(c)
                kids.sort(key=lambda c: PHRASE_ORDER.index(c.dep_) if c.dep_ in PHRASE_ORDER else len(PHRASE_ORDER))
                for c in kids:
                    seen.add(c.i)
                    nxt.append(c)
                    if t.i in via_pp or (c.dep_ not in ("pobj", "pcomp") and self.prep_of(c) is not None):
                        via_pp.add(c.i)
            frontier = nxt
            if not frontier:
                break
        if token.pos_ == "PRON" and token.lower_ in self.g.actor_pronouns:
            ent = self.resolve_pronoun(token)
            return (ent, token) if ent else None
        if token.pos_ == "PRON" and token.lower_ in self.g.object_clitics and token.dep_ in OBJ | IOBJ:
            ent = self.clitic_antecedent(token)
            return (ent, token) if ent else None
        return None

    def clitic_antecedent(self, clitic: Token) -> Entity | None:
        """'Des élèves sont venus le soutenir', 'Sa victime l'accusait': a singular object clitic stands for
        the last person named before it, in its sentence or the one before, who agrees with it in gender
        and is not the subject of its verb."""
        verb = clitic.head
        own = {self.entities.at(t).id for s in self.subjects(verb) for t in s.subtree if self.entities.at(t)}
        gender = {"Masc": "m", "Fem": "f"}.get(next(iter(clitic.morph.get("Gender")), ""), None)
        sent = clitic.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        candidates = []
        for i in range(clitic.i - 1, start - 1, -1):
            t = self.doc[i]
            ent = self.entities.at(t)
            if ent is None or ent.type != "PERSON" or ent.id in own:
                continue
            if gender and ent.gender and ent.gender != gender:
                continue
            subject = t.dep_ in SUBJ | PASS_SUBJ or (t.head.dep_ in SUBJ | PASS_SUBJ and self.entities.at(t.head) is ent)
            candidates.append((not subject, clitic.i - i, ent))
        # a subject before an object or an oblique ("une personne" of a charge's wording), then the nearer
        return min(candidates, key=lambda c: c[:2])[2] if candidates else None

    def named_person(self, title: Token) -> tuple[Entity, Token] | None:
        """'le président de la commission judiciaire Jerry Nadler': a title followed by a name is that
        person, whatever the title alone would refer to."""
        stack = [(c, 1) for c in title.children if c.i > title.i]
        while stack:
            t, d = stack.pop(0)
            if t.dep_ in CLAUSE or t.dep_ in ("conj", "cc", "punct"):
                continue
            ent = self.entities.at(t)
            if ent is not None and ent.type == "PERSON" and t.pos_ == "PROPN" and self.prep_of(t) is None:
                return ent, t
            if d < 3:
                stack.extend((c, d + 1) for c in t.children if c.i > title.i)
        return None

    def stands_for(self, ent: Entity) -> bool:
        """Whether an entity named inside a prepositional phrase acts for the whole phrase: the Kremlin
        for 'le porte-parole du Kremlin', Guinea for 'security forces in Guinea'; never a person
        ('les proches de l'ancien ministre'), and for a title only an organisation or a country
        ('le chef de l'Etat', 'le sénateur de la Manche' are not the Manche)."""
        if ent.type == "PERSON":
            return False
        # a place stands for the group only if it is a country: 'la police de Weng'an', 'tués par un
        # grizzly dans le Yukon' are not acts of Weng'an or the Yukon
        return ent.type in ("ORG", "NORP") or self.is_country(ent)

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """'X said it will ...': the pronoun subject of a reported clause is the speaker."""
        clause = token.head
        for _ in range(3):
            if clause.dep_ in ("ccomp", "parataxis") and clause.head.i != clause.i:
                up = clause.head
                subs = [c for c in up.children if c.dep_ in SUBJ and c.i != token.i and c.pos_ != "PRON"]
                if subs:
                    return self.resolve(subs[0], depth=3)
                clause = up
            elif clause.dep_ in ("xcomp", "conj", "advcl") and clause.head.i != clause.i:
                clause = clause.head
            else:
                break
        return None

    def actors(self, tokens: list[Token], agent: bool = False) -> list[tuple[Entity, Token]]:
        """Entities of the actor phrases, with their coordinated ones (Washington et ses alliés)."""
        out: list[tuple[Entity, Token]] = []
        seen: set[str] = set()
        for t in tokens:
            first = t
            while first.dep_ in CONJ and first.head.i != first.i and first.head.pos_ in ("NOUN", "PROPN", "PRON"):
                first = first.head  # "Washington et ses alliés": the phrase may be read from its second member
            members = [t] + [m for m in [first, *self.conjuncts(first)] if m.i != t.i]
            # "La ministre Florence Parly et son homologue ...": the parser may hang the second member on
            # the name in apposition rather than on the phrase's head
            members += [m for c in first.children if c.dep_ in ("appos", "flat:name")
                        for x in [c, *(g for g in c.children if g.dep_ == "flat:name")]
                        for m in self.conjuncts(x) if m.i not in {y.i for y in members}]
            members += self.split_sentence_conjuncts(first)
            for member in members:
                other = self.event_nouns.get(member.i)
                if other is not None:
                    # "a condamné le meurtre de X": an act named as object stands for its author, not its victim
                    out.extend(x for x in _first_role(self, other.trigger.source, member, other.trigger, agent=True)
                               if x[0].id not in seen and not seen.add(x[0].id))
                    continue
                found = self.resolve_at(member, agent=agent)
                if found is None and not any(self._named_at(m, agent) for m in members if m.i != member.i):
                    # an unnamed agent, else the description the article names it by ("une jeune fille
                    # de 13 ans", "les rebelles"), only when its coordination names no one: "100 000
                    # soldats et équipements militaires russes" is Russia's, not a second actor "soldats"
                    pair = self.pair_at(member)
                    if pair:
                        out.extend((e, member) for e in pair if e.id not in seen and not seen.add(e.id))
                        continue
                    found = self.agent_at(member) or self.description_at(member)
                if found is None:
                    continue
                ent, at = found
                inner = [at, *self.conjuncts(at)] if at.i != member.i else [at]
                for x in inner:
                    e = ent if x.i == at.i else self.resolve(x, depth=1)
                    if e is not None and e.id not in seen:
                        seen.add(e.id)
                        out.append((e, member))
        return out

    def _named_at(self, token: Token, agent: bool) -> bool:
        """Whether a phrase names an actor (an unnamed agent made earlier does not count)."""
        found = self.resolve_at(token, agent=agent)
        return found is not None and not (found[0].key or "").startswith("agent:")

    def description_at(self, head: Token) -> tuple[Entity, Token] | None:
        """The description entity (``descr:``) a phrase's head is a mention of, when it acts for no one
        named: read last, so that "des responsables américains" stays the United States'."""
        found = self.resolve_at(head, describe=True)
        if found is None or not self._description(found[0]) or found[0].type not in ACTOR_TYPES:
            return None
        # on the head itself, or under a partitive head ("un des agresseurs", "l'une des victimes"); not
        # deeper ("la famille de la victime" is not the victim)
        if found[1].i == head.i or head.pos_ in ("PRON", "DET", "NUM"):
            return found
        return None

    def pair_at(self, head: Token) -> list[Entity]:
        """"Le couple a organisé un appel", "les deux hommes se sont parlé": a definite description of a
        pair stands for the last two people named before it, the nearer one first (a pair's act is mostly
        symmetric, and the order then only says which side a record lists first)."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children):
            return []
        described = self.entities.at(head)
        # "les deux pays" are not two people: the plural needs the description of persons coreference gave it
        pair = head.lemma_.lower() in self.g.pair_nouns or (
            "Plur" in head.morph.get("Number") and described is not None and described.type == "PERSON"
            and any(c.dep_ == "nummod" and c.lower_ in self.g.pair_numbers for c in head.children))
        if not pair:
            return []
        people: list[Entity] = []
        for i in range(head.i - 1, max(-1, head.i - 400), -1):
            e = self.entities.at(i)
            if e is not None and e.type == "PERSON" and not self._description(e) and e not in people:
                people.append(e)
                if len(people) == 2:
                    return people
        return []

    @staticmethod
    def _description(ent: Entity | None) -> bool:
        return ent is not None and (ent.key or "").startswith(DESCRIPTION_KEY)

    def agent_at(self, head: Token) -> tuple[Entity, Token] | None:
        """An unnamed agent (the police, protesters, the Sudanese government) as an entity of its own;
        a description the article gave it ("la police") does not stop it being one."""
        if head.pos_ not in ("NOUN", "PROPN") or (self.entities.at(head) is not None
                                                   and not self._description(self.entities.at(head))):
            return None
        made = event_actors.new_agent_entity(head, self.lang, self.text, self.entities, self.country_of)
        if made is None:
            # "a group of refugees": a collective noun's members say who acts
            members = [g for c in head.children if c.dep_ == "prep" and c.lower_ in self.g.genitive
                       for g in c.children if g.dep_ == "pobj"]
            members += [c for c in head.children if c.dep_.startswith("nmod") and self.prep_of(c) in self.g.genitive]
            for m in members[:1]:
                if self.entities.at(m) is None or self._description(self.entities.at(m)):
                    made = event_actors.new_agent_entity(m, self.lang, self.text, self.entities, self.country_of)
                    head = m
        if made is None:
            return None
        entity, tokens = made
        span = entity.mentions[0]
        if self.entities.get(entity.id) is None:
            self.entities = self.entities.with_added(entity, tokens)
        else:
            s, e = self.doc[tokens[0]].idx, head.idx + len(head.text)
            self.entities = self.entities.with_mention(entity.id, Span(s, e, self.text[s:e]), tokens)
            entity = self.entities.get(entity.id)
        del span
        return entity, head

    def country_of(self, token: Token) -> str | None:
        """The country a token names: a demonym (Sudanese), a country or a place of it."""
        code = self.lang.demonyms.get(token.lower_)
        if code:
            return code
        ent = self.entities.at(token)
        if ent is None:
            return None
        if (ent.key or "").startswith("country:"):
            return ent.key.split(":", 1)[1]
        return ent.country

    def actor_code(self, entity: Entity | None, member: Token | None) -> EventActor | None:
        if entity is None:
            return None
        if member is not None and self.entities.at(member) is not entity and \
                (self.entities.at(member) is None or self.entities.at(member).id != entity.id):
            at = next((t for t in member.subtree if self.entities.at(t) is not None
                       and self.entities.at(t).id == entity.id), member)
            return event_actors.phrase_actor(entity, member, at, self.lang, self.published)
        return event_actors.named_actor(entity, self.published)

    def split_sentence_conjuncts(self, token: Token) -> list[Token]:
        """'Mais Washington | et ses alliés ont accepté': a sentence cut before a coordinated actor.
        When the actor phrase opens its sentence with a conjunction and the sentence before has no
        verb, that fragment is the first conjunct."""
        sent = token.sent
        first = sent[0]
        if sent.start == 0 or first.pos_ != "CCONJ" or first.head.i != token.i:
            return []
        prev = self.doc[sent.start - 1].sent
        if any(t.pos_ in ("VERB", "AUX") for t in prev):
            return []
        return [prev.root]

    def conjuncts(self, token: Token) -> list[Token]:
        out = []
        stack = [c for c in token.children if c.dep_ in CONJ]
        while stack:
            c = stack.pop(0)
            if c.pos_ in ("VERB", "AUX"):
                continue
            if any(x.dep_ == "cc" and x.lower_ in self.g.alias_conjunctions for x in c.head.children
                   if c.head.i < x.i < c.i):
                continue  # "the International Atomic Energy Agency, or IAEA": another name, not another actor
            out.append(c)
            stack.extend(g for g in c.children if g.dep_ in CONJ)
        return out


# --- status, date, place, mode ----------------------------------------------------------------

def _has_condition_mark(clause: Token, g: EventGrammar) -> bool:
    """'si la Russie envahissait': a condition word opens the clause (the parser may hang it on the subject)."""
    for m in clause.subtree:
        if m.i >= clause.i:
            break
        # a pronoun is no condition word: "S'attirant ..." is the reflexive, not "s'il"
        if m.dep_ in ("mark", "advmod") and m.lower_ in g.condition_marks and m.pos_ != "PRON" \
                and (m.head.i == clause.i or m.head.head.i == clause.i):
            return True
    return False


def _future_form(verb: Token, g: EventGrammar) -> bool:
    """Whether a verb the tagger calls future has a future ending ("accueille" tagged Tense=Fut is a slip)."""
    return not g.future_endings or verb.lower_.endswith(g.future_endings)


def _alleged(verb: Token, aux: Token, g: EventGrammar) -> bool:
    """The press's conditional: a past told with a conditional auxiliary and no condition ("une jeune fille
    aurait porté trois coups de couteau", "il serait impliqué") is an alleged fact, not a hypothesis; "si
    ..., il aurait attaqué" and "il aurait pu" stay hypothetical."""
    return g.conditional_past_alleges and "Cnd" in aux.morph.get("Mood") and "Part" in verb.morph.get("VerbForm") \
        and verb.lemma_.lower() not in g.power_modals \
        and not any(_has_condition_mark(c, g) for c in verb.children if c.dep_ in ("advcl", "parataxis"))


def _power(head: Token, g: EventGrammar) -> bool:
    """Whether the trigger is what a modal of ability or obligation in the future allows or requires: a
    law's or a court's "pourra exiger", "devra verser" grants a power or sets a duty; no act is told."""
    verb = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in OBJ else head
    modal = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return modal is not None and modal.lemma_.lower() in g.power_modals \
        and "Fut" in modal.morph.get("Tense") and _future_form(modal, g)


def _clause_chain(token: Token, limit: int = 6) -> list[Token]:
    """The trigger and the heads above it, up to the sentence root."""
    chain = [token]
    t = token
    for _ in range(limit):
        if t.head.i == t.i:
            break
        t = t.head
        chain.append(t)
    return chain


def _negated(head: Token, lang: LanguageData) -> bool:
    g = _grammar(lang.code)

    def neg_on(t: Token) -> bool:
        return any((c.dep_ in ("advmod", "neg", "advmod:neg") and c.lower_ in lang.negation_words)
                   or (c.dep_ in ("mark", "case", "prep") and c.lower_ in g.negating_marks and c.i < t.i)
                   for c in t.children) or (t.dep_ == "pcomp" and t.head.lower_ in g.negating_marks)

    verb = head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in OBJ:
        verb = head.head
    if neg_on(head) or neg_on(verb):
        return True
    t = verb
    for _ in range(3):
        if t.dep_ not in COMPLEMENT or t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in lang.denial_verbs or (neg_on(t) and t.lemma_.lower() not in lang.speech_verbs):
            return True
    return False


# the relations a clause hangs on its head by: walking up them stays inside what the event depends on
_UPWARD = {"xcomp", "ccomp", "advcl", "conj", "parataxis", "obj", "dobj", "acl", "pcomp", "pobj", "prep",
           "obl", "obl:arg", "nmod"}


def _hypothetical(head: Token, lang: LanguageData, g: EventGrammar) -> bool:
    """Conditional, future, feared or threatened: 'si la Russie envahissait', 'pourrait entraîner',
    'a fait craindre que Moscou se prépare à envahir'."""
    t = head
    for i in range(5):
        if i > 0 and t.lemma_.lower() in lang.hypothetical_markers and t.pos_ in ("VERB", "AUX", "NOUN"):
            return True
        if i > 0 and t.lemma_.lower() in lang.speech_verbs:
            return False  # the reporting verb's clause is not ours
        verbs = [t] + [c for c in t.children if c.dep_ in ("aux", "aux:tense", "cop", "aux:pass", "auxpass")]
        for v in verbs:
            if v.i != t.i and _alleged(t, v, g):
                continue
            if "Cnd" in v.morph.get("Mood") or ("Fut" in v.morph.get("Tense") and _future_form(v, g)):
                return True
            if v.lower_ in g.future_aux or v.lower_ in g.modal_hypothetical:
                return True
        if _has_condition_mark(t, g) or any(c.dep_ in ("mark",) and c.lower_ in g.condition_marks and c.pos_ != "PRON"
                                            for c in t.children):
            return True
        if t.dep_ not in _UPWARD or t.head.i == t.i:
            return False
        if t.dep_ in ("ccomp", "parataxis"):
            # a complement clause: only the verb right above can make it hypothetical (craindre que ...)
            up = t.head
            return up.lemma_.lower() in lang.hypothetical_markers
        t = t.head
    return False


def _reported(head: Token, lang: LanguageData, sentences_text: str) -> bool:
    for i, t in enumerate(_clause_chain(head, 6)):
        if i > 0 and t.lemma_.lower() in lang.speech_verbs and t.pos_ in ("VERB", "AUX"):
            return True
    low = " " + sentences_text.lower().replace("’", "'") + " "
    for seq in lang.according_to:
        phrase = " ".join(seq).replace(" '", "'").replace("' ", "'")
        if f" {phrase} " in low or f" {phrase}" in low and phrase.endswith("'"):
            return True
    return False


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are headings: short, not ended by a sentence mark (a closing quote does not end a
    sentence), between other lines. "Les États-Unis appellent à « un environnement de désescalade »"."""
    out = []
    pos = 0
    lines = text.split("\n")
    if len(lines) < 3:
        return out
    for k, line in enumerate(lines):
        body = line.strip()
        if body and 0 < k < len(lines) - 1 and len(body.split()) <= 16 \
                and body.rstrip("»\"”’') ")[-1:] not in ".!?…:;," and not body.endswith((".»", ". »", '."')):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _sentence_context(head: Token) -> str:
    """The trigger's sentence, with a fragment before it that the parser cut off ("Selon X," / "According to X,")."""
    sent = head.sent
    text = sent.text
    if sent.start > 0:
        prev = head.doc[sent.start - 1].sent
        if prev.text.rstrip().endswith(","):
            text = prev.text + " " + text
    return text


# --- the stage -----------------------------------------------------------------------------------

def find_events(doc: Doc, lang: LanguageData, entities: EntityIndex, quotes: tuple[Quote, ...],
                dates: tuple[DateMention, ...], published: str | None, text: str | None = None) -> tuple[Event, ...]:
    """PLOVER events of one parsed article, their actors as entity ids. ``text`` is the article text
    (same length as ``doc.text``); trigger spans copy it verbatim."""
    return read_events(doc, lang, entities, quotes, dates, published, text)[0]


def read_events(doc: Doc, lang: LanguageData, entities: EntityIndex, quotes: tuple[Quote, ...],
                dates: tuple[DateMention, ...], published: str | None, text: str | None = None
                ) -> tuple[tuple[Event, ...], EntityIndex]:
    """The events and the entity index with the unnamed agents they made actors (``the police``)."""
    if not _triggers(lang) and cameo.load(lang.code) is None:
        return (), entities
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text), without building it
    text = text if text is not None and len(text) == length else doc.text
    g = _grammar(lang.code)
    reader = _Reader(doc, lang, g, entities, text, published)
    found = _find_triggers(doc, lang)
    if not found:
        return (), entities
    reader.event_nouns = {f.head.i: f for f in found
                          if f.trigger.pos == "NOUN" and f.trigger.type in ("ASSAULT", "COERCE", "SANCTION")}
    kinds = {f.head.i: _kind(f, reader) for f in found}
    owned = _content(found, kinds, reader)

    events: list[Event] = []
    seen: set[tuple] = set()
    headings = _heading_lines(text)
    for f in found:
        if f.head.i in owned:
            continue
        if any(s <= f.head.idx < e for s, e in headings):
            continue  # a heading restates an event the body tells
        trig, head = f.trigger, f.head
        type_, mode, recoded = kinds[head.i]
        if type_ in g.promise_carriers and any(owned.get(c.head.i) is f and kinds[c.head.i][0] in g.threat_types
                                               and _complement_of(c.head, head) for c in found):
            # "pledged to impose sanctions", "vowed to retaliate": promising harm is a threat, as PLOVER codes it
            type_, mode, recoded = "THREATEN", None, True
        if trig.pos == "VERB" and not _transitive(trig) and reader.is_passive(head):
            continue  # "la gêne manifestée par X": a verb with no object read passively is another sense
        sources = _first_role(reader, trig.source, head, trig, agent=True)
        if trig.pos == "VERB":
            sources = _cue_speaker(reader, head, quotes, sources)
        targets = _first_role(reader, trig.target, head, trig, exclude={e.id for e, _ in sources})
        if not targets and type_ in g.content_types:
            # the content lends its target: threatened to ban *X*
            for c in found:
                if owned.get(c.head.i) is f and not _crosses_relative(c.head, f.head):
                    targets = _first_role(reader, c.trigger.target, c.head, c.trigger,
                                          exclude={e.id for e, _ in sources})
                    if targets:
                        break
            if not targets:
                targets = [x for x in reader.actors(reader.complement_targets(head))
                           if x[0].id not in {e.id for e, _ in sources}]
        if not targets and head.pos_ in ("NOUN", "PROPN"):
            targets = reader.undergoer(head, {e.id for e, _ in sources})
        if not sources and head.pos_ in ("NOUN", "PROPN"):
            sources = reader.involved(head, {e.id for e, _ in targets})
        if ("between" in trig.source or type_ in g.symmetric_types) and len(sources) > 1 and not targets:
            sources, targets = sources[:1], sources[1:2]
        # an agentless act with a known target: its agent from the article, else the state of its place
        if not sources and targets and f"{type_}/{mode}" in g.default_agents \
                and (head.pos_ in ("NOUN", "PROPN") or reader.is_passive(head)):
            sources = reader.article_agent(g.default_agents[f"{type_}/{mode}"], {e.id for e, _ in targets})
        if not sources and targets and (type_ in g.place_is_source or f"{type_}/{mode}" in g.place_is_source) \
                and (head.pos_ in ("NOUN", "PROPN") or reader.is_passive(head)):
            sources = reader.state_of_place(head, {e.id for e, _ in targets})
        if not sources:
            continue
        if type_ == "ASSAULT" and head.lemma_.lower() in g.verbal_attacks and not (mode or _mode(head, type_, lang)) \
                and (sources[0][0].type == "PERSON" or (targets and targets[0][0] is not None
                     and targets[0][0].type == "PERSON" and not (sources[0][0].key or "").startswith("agent:"))):
            # "Christie blasted Clinton", "Trump attacked his wife": a person's attack with no weapon is words
            type_, mode = "ACCUSE", "disapprove"
        if trig.target_required and not targets:
            continue
        if type_ in g.question_types and _question(head, g):
            continue  # "asked whether ...", "'...?' Graham asked": a question requests no act
        if _power(head, g):
            continue  # "l'Etat pourra pirater", "il devra verser": a power or a duty, not an act
        status, quote_id = _status(head, lang, g, quotes, ignore_future=recoded)
        if recoded and status in ("hypothetical", "negated"):
            status = "reported" if quote_id else "asserted"
        date = _date(head, dates, published, g)
        used = {e.id for e, _ in sources} | {e.id for e, _ in targets}
        location = _location(reader, head, used)
        if not targets and location and type_ in g.place_is_target:
            targets = [(reader.entities.get(location), None)]
        mode = mode or _mode(head, type_, lang)
        start, end = doc[f.start].idx, doc[f.end - 1].idx + len(doc[f.end - 1].text)
        span = Span(start, end, text[start:end])
        for src, src_at in sources:
            for tgt, tgt_at in (targets or [(None, None)]):
                tid = tgt.id if tgt is not None else None
                if tid == src.id:
                    tid, tgt = None, None
                key = (head.i, type_, src.id, tid)
                if key in seen:
                    continue
                seen.add(key)
                events.append(Event(id=f"ev{len(events)}", type=type_, trigger=span, status=status,
                                    source=src.id, target=tid, mode=mode, date=date, location=location,
                                    quote=quote_id, cameo=trig.cameo if not recoded else None,
                                    source_actor=reader.actor_code(src, src_at),
                                    target_actor=reader.actor_code(tgt, tgt_at)))
    return tuple(events), reader.entities


def _cue_speaker(reader: _Reader, head: Token, quotes: tuple[Quote, ...],
                 sources: list[tuple[Entity, Token]]) -> list[tuple[Entity, Token]]:
    """A trigger that is the cue of a quote ("« Un mode d'organisation digne de l'Ancien Régime »,
    déplorent les signataires") is said by the quote's speaker, which the quote stage reads through
    incises and inversions: it replaces a source found inside the quoted words (a misparse). Only for
    quotes in marks, and an active cue."""
    if not sources or reader.is_passive(head) \
            or not any(q.span.start <= at.idx < q.span.end for q in quotes for _, at in sources):
        return sources  # a passive cue's subject is who undergoes it ("X est accusé par Y de ...")
    for q in quotes:
        if q.kind != "indirect" and q.cue is not None and q.speaker and q.cue.start <= head.idx < q.cue.end \
                and not q.span.start <= head.idx < q.span.end:
            ent = reader.entities.get(q.speaker)
            if ent is not None and ent.type in ACTOR_TYPES:
                return [(ent, head)]
    return sources


def _question(head: Token, g: EventGrammar) -> bool:
    """A trigger that asks a question: its clause opens with a question word (asked whether, asked
    what), or it follows a question mark ('"...?" Graham asked')."""
    if any(t.text == "?" for t in head.doc[max(0, head.i - 4):head.i]):
        return True
    for c in head.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > head.i:
            first = c.left_edge
            if first.lower_ in g.question_words:
                return True
    return False


def _complement_of(low: Token, high: Token) -> bool:
    """Whether ``low`` is what ``high`` says will be done: its complement clause or that clause's
    object ("pledged to *impose* further *sanctions*"), not an adjunct ("following the invasions")."""
    t = low
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp", "dobj", "obj", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == high.i:
            return True
    return False


def _crosses_relative(low: Token, high: Token) -> bool:
    """Whether the path up from ``low`` to ``high`` goes through a relative clause: "demonstrated in
    Serbia, where 24 people were killed" lends no target to the demonstration."""
    for t in _clause_chain(low, 8):
        if t.i == high.i:
            return False
        if t.dep_ in RELATIVE:
            return True
    return False


def _transitive(trig: EventTrigger) -> bool:
    return any(r in trig.target for r in ("obj", "iobj", "comp_subj", "comp"))


def _kind(f: _Found, reader: _Reader) -> tuple[str, str | None, bool]:
    """(type, mode, recoded): a refused agreement is a REJECT; a stated future act is a promise
    (AGREE) or a threat (THREATEN), as PLOVER codes intentions."""
    g, lang = reader.g, reader.lang
    type_, mode = f.trigger.type, f.trigger.mode
    if type_ == "AGREE" and _negated(f.head, lang):
        return "REJECT", None, True
    clause = f.head
    if f.head.pos_ in ("NOUN", "PROPN"):
        clause = reader.governor(f.head)
        if clause is None:
            return type_, mode, False
    if _has_condition_mark(clause, g) or not _future(clause, g, lang.speech_verbs):
        return type_, mode, False
    if any(c.dep_ in ("advcl", "parataxis") and any(m.lower_ in g.threat_condition_marks for m in c.subtree
                                                  if m.dep_ in ("mark", "advmod") and m.i < c.i)
           for c in clause.children):
        return "THREATEN", None, True
    if type_ in g.promise_types:
        return "AGREE", None, True
    if type_ in g.threat_types:
        return "THREATEN", None, True
    return type_, mode, False


def _future(verb: Token, g: EventGrammar, speech_verbs: frozenset[str] = frozenset()) -> bool:
    """Told in the future (will, shall, future tense), or as a future in reported speech
    ("said they would boycott", "a annoncé qu'il boycotterait")."""
    reported = verb.dep_ in ("ccomp",) and verb.head.lemma_.lower() in speech_verbs
    for v in [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:tense")]:
        if ("Fut" in v.morph.get("Tense") and _future_form(v, g)) or v.lower_ in g.future_aux:
            return True
        if reported and (v.lower_ in g.reported_future or "Cnd" in v.morph.get("Mood")):
            return True
    if verb.dep_ in ("xcomp",) and verb.head.i != verb.i:
        return _future(verb.head, g, speech_verbs) if verb.head.pos_ in ("VERB", "AUX") else False
    return False


def _content(found: list[_Found], kinds: dict, reader: _Reader) -> dict[int, _Found]:
    """Triggers that are the content of another event (threatened *to ban*, demanded that X *ease*),
    or a participle that restates it (attacked ..., *killing* 156): they make no event of their own."""
    g, lang = reader.g, reader.lang
    owner_at: dict[int, _Found] = {}
    same_at: dict[int, _Found] = {}
    for f in found:
        type_ = kinds[f.head.i][0]
        same_at[f.head.i] = f
        gov = reader.governor(f.head)
        if gov is not None:
            same_at.setdefault(gov.i, f)
        if type_ not in g.content_types:
            continue
        owner_at.setdefault(f.head.i, f)
        if f.trigger.pos == "AUX" and f.head.head.i != f.head.i:
            owner_at[f.head.head.i] = f  # "X must *agree*": the verb the auxiliary rules is its content
        if gov is not None:
            owner_at.setdefault(gov.i, f)  # "a répété *la menace* ... si la Russie envahissait"
        if "cond" in f.trigger.target:
            for c in reader.condition_clauses(f.head):
                owner_at.setdefault(c.i, f)
    owned: dict[int, _Found] = {}
    for f in found:
        for t in _clause_chain(f.head, 8):
            owner = owner_at.get(t.i)
            if owner is not None and owner is not f:
                owned[f.head.i] = owner
                break
            if t.i != f.head.i and t.lemma_.lower() in lang.speech_verbs and t.i not in owner_at:
                break
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("VERB", "AUX"):
                break  # "opened its borders ... but was still refusing": a coordinated act is one of its own
        if f.head.i in owned:
            continue
        t = f.head
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        participle = "Prog" in t.morph.get("Aspect") or "Ger" in t.morph.get("VerbForm")
        if t.dep_ == "advcl" and participle:
            other = same_at.get(t.head.i)
            if other is not None and other is not f and kinds[other.head.i][0] == kinds[f.head.i][0]:
                owned[f.head.i] = other
    return owned


def _first_role(reader: _Reader, roles: tuple[str, ...], head: Token, trig: EventTrigger,
                exclude: set[str] = frozenset(), agent: bool = False) -> list[tuple[Entity, Token]]:
    for name in roles:
        tokens = reader.role(name, head, trig)
        if name not in _NAMED_ROLES and len(tokens) > 1:
            # a preposition's role is filled by one phrase and its coordination: "a curfew in the town
            # of Cizre in southeastern Turkey" is aimed at Cizre, the second "in" says where it is
            tokens = tokens[:1]
        got = [x for x in reader.actors(tokens, agent=agent) if x[0].id not in exclude]
        if got:
            return got
    return []


def _status(head: Token, lang: LanguageData, g: EventGrammar, quotes: tuple[Quote, ...],
            ignore_future: bool = False) -> tuple[str, str | None]:
    pos = head.idx
    quote = next((q for q in quotes if q.span.start <= pos < q.span.end), None)
    if _negated(head, lang) and not ignore_future:
        return "negated", quote.id if quote else None
    if not ignore_future and _hypothetical(head, lang, g):
        return "hypothetical", quote.id if quote else None
    if quote is not None:
        return "reported", quote.id
    if _reported(head, lang, _sentence_context(head)):
        return "reported", None
    return "asserted", None


def _date(head: Token, dates: tuple[DateMention, ...], published: str | None, g: EventGrammar) -> str | None:
    sent = head.sent
    lo, hi = sent.start_char, sent.end_char
    inside = [d for d in dates if d.value and lo <= d.span.start < hi]
    if inside:
        return min(inside, key=lambda d: abs(d.span.start - head.idx)).value
    if published and any(t.lower_ in g.today_words for t in sent):
        return published
    return None


def _location(reader: _Reader, head: Token, used: set[str], depth: int = 3) -> str | None:
    """A place entity in a locative phrase on the trigger (or the verb that carries it): à Genève; down to
    ``depth`` levels of its phrase."""
    roots = [head]
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in OBJ:
        roots.append(head.head)
    preps = reader.lang.locative_prepositions - {"to", "from", "vers", "depuis"}
    for root in roots:
        frontier = [root]
        for _ in range(depth):
            nxt = []
            for t in frontier:
                for c in t.children:
                    if c.dep_ in CLAUSE or c.dep_ in ("conj",):
                        continue
                    nxt.append(c)
                    if c.dep_ == "prep" and c.lower_ in preps:
                        objs = [p for p in c.children if p.dep_ == "pobj"]
                    elif reader.prep_of(c) in preps and c.dep_ != "pobj":
                        objs = [c]
                    else:
                        continue
                    for o in objs:
                        ent = reader.resolve(o, depth=2)
                        if ent is not None and ent.type in PLACE_TYPES and ent.id not in used:
                            return ent.id
            frontier = nxt
    return None


def _mode(head: Token, type_: str, lang: LanguageData) -> str | None:
    frontier = [head]
    for _ in range(3):
        nxt = []
        for t in frontier:
            for c in t.children:
                for form in _forms(c):
                    hit = lang.event_modes.get(form)
                    if hit and hit[0] == type_:
                        return hit[1]
                nxt.append(c)
        frontier = nxt
    return None
