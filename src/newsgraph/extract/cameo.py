"""The CAMEO verb dictionary as dependency matches: a verb, its block's patterns, a CAMEO code.

A language may ship ``lang/data/<code>_cameo_verbs.json`` (built by ``scripts/build_en_cameo.py``
from PETRARCH2's dictionary). Each verb lemma belongs to one or more synonym blocks; a block's
patterns say which words must surround the verb for each CAMEO code (``* &WEAPON (AT +)``: the
verb, a weapon among its object words, ``at X`` naming the target). Here a pattern becomes a test
on the parse:

- words after ``*`` must be in the verb's phrase: its object, attribute, particle and
  prepositional phrases, not its subject nor its clauses; ``{FINANCIAL AID}`` needs the head
  ``aid`` with ``financial`` among the words just before it;
- ``(PREP X)`` needs a preposition ``PREP`` hanging on the verb or its object, with ``X`` in
  its object's phrase (``(PREP)`` alone only the preposition);
- words before ``*`` must be in the subject's phrase or just before the verb;
- ``+`` marks the target: the object (``* +``) or a preposition's object (``(TO +)``).

The most specific pattern that holds wins (the most words), as in PETRARCH; none holding, the
verb's own code or its block's applies. ``---`` is "no event", and a code whose PLOVER type is
unknown (CAMEO 01, statements) gives none either: both stop the verb from being read as an event.
Everything is compiled once per process and language.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ..lang import cameo as plover_table

NULL = "---"
# the relations that leave the verb's own phrase: its subject, its clauses, its auxiliaries
_NOT_PHRASE = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "ccomp", "advcl", "relcl", "acl:relcl",
               "conj", "cc", "parataxis", "mark", "aux", "auxpass", "punct", "neg", "nsubj:pass", "aux:pass",
               "aux:tense", "expl:subj", "advmod:neg"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "nsubj:pass", "expl:subj"}
_PREPS = {"prep", "agent", "dative", "prt", "case", "mark", "advmod"}


@dataclass(frozen=True)
class Phrase:
    head: frozenset[str]
    mods: tuple[frozenset[str], ...] = ()

    @property
    def weight(self) -> int:
        return 1 + len(self.mods)


@dataclass(frozen=True)
class Pattern:
    pre: tuple[Phrase, ...]
    post: tuple[Phrase, ...]
    preps: tuple[tuple[str, Phrase | None], ...]
    target: str | None  # "obj", "prep:<p>" or None
    code: str
    verb: str | None = None  # the verb form it was written for ("rallied"), from the dictionary's comment

    @property
    def weight(self) -> int:
        return (sum(p.weight for p in self.pre) + sum(p.weight for p in self.post)
                + sum(1 + (ph.weight if ph else 0) for _, ph in self.preps))

    @property
    def needs(self) -> tuple[frozenset[str], ...]:
        """Word sets the verb's phrase must each meet for the pattern to be worth testing."""
        return tuple(p.head for p in self.post) + tuple(frozenset({prep}) for prep, _ in self.preps)


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per entry, built once
class VerbEntry:
    lemma: str
    particles: tuple[str, ...]  # "ask for": a particle or preposition that must follow
    before: tuple[str, ...]  # "wire tap": words that must come right before
    code: str | None  # the verb's own default code, else its block's
    patterns: tuple[Pattern, ...] = ()  # most specific first
    block_code: str | None = None  # the block's code
    block: str | None = None  # the block's name (OVERSEE_MANAGE)


@dataclass(frozen=True)
class Match:
    code: str  # a CAMEO code, never NULL
    type: str
    mode: str | None
    target: str | None
    entry: VerbEntry
    pattern: Pattern | None


@dataclass(frozen=True)
class Dictionary:
    verbs: dict[str, tuple[VerbEntry, ...]]
    forms: dict[str, tuple[VerbEntry, ...]] = None  # inflected form -> its lemma's entries

    def plover_of(self, code: str, overrides: dict[str, tuple[str, str | None]] | None = None
                  ) -> tuple[str, str | None] | None:
        """The PLOVER (type, mode) of a CAMEO code: the language's override for the code or a parent
        of it first, then the official table (``lang/cameo.py``, with the project's readings) for the
        code or its nearest parent that it maps (0231 -> 023 -> 02)."""
        for n in range(len(code), 1, -1):
            key = code[:n]
            if overrides and key in overrides:
                return overrides[key]
            try:
                return plover_table.plover(key)
            except KeyError:
                continue
        return None


def _phrase(items: list[str], synsets: dict[str, list[list[str]]]) -> Phrase | None:
    def forms(item: str, last: bool) -> frozenset[str]:
        if item.startswith("&"):
            phrases = synsets.get(item[1:], [])
            # a synset's phrases are matched by their head word ("rocket launcher" by launcher)
            return frozenset(p[-1] for p in phrases) if last else frozenset(w for p in phrases for w in p)
        return frozenset({item})

    if not items:
        return None
    return Phrase(forms(items[-1], True), tuple(forms(i, False) for i in items[:-1]))


def _structural(p: Pattern) -> bool:
    """A pattern with no word of content: only prepositions without objects, or a target mark."""
    return not p.pre and not p.post and all(ph is None for _, ph in p.preps)


def _same_verb(form: str, lemma: str) -> bool:
    """Whether an inflected form from the dictionary's comments (RALLIED, CARRIED) is the lemma's."""
    return form == lemma or form.startswith(lemma[:max(3, len(lemma) - 1)])


@lru_cache(maxsize=None)
def load(code: str) -> Dictionary | None:
    """The CAMEO verb dictionary of a language, or None when the language ships none."""
    try:
        raw = resources.files("newsgraph.lang").joinpath("data", f"{code}_cameo_verbs.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    synsets = data["synsets"]
    blocks = []
    names: list[str] = []
    for b in data["blocks"]:
        pats = []
        for p in b["patterns"]:
            pre = tuple(x for x in (_phrase(i, synsets) for i in p["pre"]) if x)
            post = tuple(x for x in (_phrase(i, synsets) for i in p["post"]) if x)
            preps = tuple((prep, _phrase(ph, synsets) if ph else None) for prep, ph in p["preps"])
            pats.append(Pattern(pre, post, preps, p["target"], p["code"], p.get("verb")))
        pats.sort(key=lambda p: -p.weight)
        blocks.append((b["code"], tuple(pats)))
        names.append(b["name"])
    verbs: dict[str, tuple[VerbEntry, ...]] = {}
    inflected: dict[str, list[str]] = {}
    for lemma, entries in data["verbs"].items():
        out = []
        for e in entries:
            block_code, pats = blocks[e["block"]]
            if e["code"] and e["code"] != block_code:
                # a verb with a code of its own is a sense apart in its block ("beat" [182] among threats):
                # it takes only the patterns written for it
                pats = tuple(p for p in pats if p.verb is None or _same_verb(p.verb, lemma))
            else:
                # a pattern of structure alone ("* (TO)" for HEAD, "* +" for MOCK) is that verb's sense,
                # not its synonyms': "leading Clinton 47 to 41" is no visit
                pats = tuple(p for p in pats if not _structural(p) or p.verb is None or _same_verb(p.verb, lemma))
            out.append(VerbEntry(lemma, tuple(e["particles"]), tuple(e["before"]), e["code"] or block_code, pats,
                                 block_code, names[e["block"]]))
        # phrasal entries first: "call off" before "call"
        out.sort(key=lambda v: -(len(v.particles) + len(v.before)))
        verbs[lemma] = tuple(out)
        for e in entries:
            for form in e.get("forms", ()):
                inflected.setdefault(form, []).append(lemma)
        for form in _regular_forms(lemma):
            inflected.setdefault(form, []).append(lemma)
    # inflected forms for when the tagger's lemma is wrong ("waged" -> "wag"): a form never hides a lemma
    forms = {f: verbs[ls[0]] for f, ls in inflected.items() if f not in verbs}
    return Dictionary(verbs, forms)


def _regular_forms(lemma: str) -> tuple[str, ...]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    return (third, stem + "ed", stem + "ing")


def _forms(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def _has(forms: frozenset[str], token: Token) -> bool:
    lemma, lower = _forms(token)
    return lemma in forms or lower in forms


def _word_token(t: Token) -> bool:
    """A token a pattern's bare word may stand on: not a preposition heading a phrase ("on Thursday"
    is not the particle of "press on"), not a determiner or punctuation."""
    if t.dep_ in ("det", "punct", "case", "mark", "cc"):
        return False
    if t.dep_ in ("prep", "agent"):
        return t.i == t.head.i + 1 and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)
    return True


def _phrase_at(ph: Phrase, tokens, doc) -> Token | None:
    for t in tokens:
        if _has(ph.head, t) and _word_token(t):
            if not ph.mods:
                return t
            before = doc[max(t.left_edge.i, t.i - 4):t.i]
            if all(any(_has(m, b) for b in before) for m in ph.mods):
                return t
    return None


def phrase_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb's own phrase after it, the region its patterns are read in."""
    return _post_region(verb)


def _post_region(verb: Token) -> list[Token]:
    """The verb's own phrase after it: objects, particles, prepositional phrases (three levels)."""
    out: list[Token] = []
    frontier = [verb]
    for _ in range(3):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in _NOT_PHRASE and not (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")) \
                        or c.dep_ == "xcomp" and t.i == verb.i and c.pos_ in ("VERB", "AUX"):
                    continue
                out.append(c)
                nxt.append(c)
        frontier = nxt
    return out


def _pre_region(verb: Token) -> list[Token]:
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in _SUBJECTS:
            out.extend(c.subtree)
    out.extend(verb.doc[max(verb.sent.start, verb.i - 3):verb.i])
    return out


def _prep_holds(prep: str, ph: Phrase | None, region: list[Token], doc) -> bool:
    for c in region:
        if c.lower_ != prep or c.dep_ not in _PREPS:
            continue
        if ph is None:
            return True
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if c.dep_ in ("case", "mark"):
            objs = [c.head]
        for o in objs:
            if _phrase_at(ph, [x for x in o.subtree], doc) is not None:
                return True
    return False


def _holds(p: Pattern, verb: Token, post: list[Token], pre: list[Token] | None) -> tuple[bool, list[Token] | None]:
    doc = verb.doc
    for ph in p.post:
        if _phrase_at(ph, post, doc) is None:
            return False, pre
    for prep, ph in p.preps:
        if not _prep_holds(prep, ph, post, doc):
            return False, pre
    if p.pre:
        if pre is None:
            pre = _pre_region(verb)
        for ph in p.pre:
            if _phrase_at(ph, pre, doc) is None:
                return False, pre
    return True, pre


def _entry_fits(e: VerbEntry, verb: Token) -> bool:
    doc = verb.doc
    if e.particles:
        kids = {c.lower_ for c in verb.children if c.dep_ in _PREPS}
        nxt = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
        if not all(p in kids or p == nxt for p in e.particles[:1]):
            return False
    if e.before:
        words = [t.lower_ for t in doc[max(0, verb.i - len(e.before)):verb.i]]
        if words != list(e.before):
            return False
    return True


@lru_cache(maxsize=None)
def _compiled(entry: VerbEntry) -> tuple[tuple[Pattern, int, tuple[frozenset[str], ...]], ...]:
    return tuple((p, p.weight, p.needs) for p in entry.patterns)


def match(verb: Token, dictionary: Dictionary, overrides: dict[str, tuple[str, str | None]] | None = None,
          quiet_blocks: frozenset[str] = frozenset()) -> Match | None | bool:
    """The CAMEO reading of a verb token: a Match, False when the dictionary says "no event"
    (a null or unmapped code: "dismiss the report"), None when the verb is not in it."""
    entries = (dictionary.verbs.get(verb.lemma_.lower()) or dictionary.verbs.get(verb.lower_)
               or (dictionary.forms or {}).get(verb.lower_))
    if not entries:
        return None
    fitting = [e for e in entries if _entry_fits(e, verb)]
    if not fitting:
        return None
    post = _post_region(verb)
    words = {w for t in post for w in _forms(t)}
    pre: list[Token] | None = None
    best: tuple[int, VerbEntry, Pattern] | None = None
    for e in fitting:
        for p, weight, needs in _compiled(e):
            if best is not None and weight <= best[0]:
                break
            if any(n.isdisjoint(words) for n in needs):
                continue
            ok, pre = _holds(p, verb, post, pre)
            if ok:
                best = (weight, e, p)
                break
    if best is not None:
        entry, pattern, code = best[1], best[2], best[2].code
    else:
        entry, pattern = fitting[0], None
        code = next((e.code for e in fitting if e.code), None)
        if code and quiet_blocks and all(e.code == e.block_code and e.block in quiet_blocks
                                         for e in fitting if e.code):
            # a block whose code needs a pattern to hold (GO_SOMEWHERE 040, OVERSEE_MANAGE 060):
            # "go", "lead", "conduct" alone name no act
            return False
    if not code or code == NULL:
        return False
    plover = dictionary.plover_of(code, overrides)
    if plover is None:
        return False
    return Match(code, plover[0], plover[1], pattern.target if pattern else None, entry, pattern)
