"""Coreference: which entity each referring expression of the article stands for.

The stage between entities and quotes. It takes the named entities and returns the same
``EntityIndex`` with every other referring mention attached to its entity: titles (`le président
russe`), descriptions (`la porte-parole`, `l'établissement`), anaphoric phrases (`ce dernier`) and
pronouns (`il`, `-t-elle`, `she`). Later stages ask ``entities.at(token)`` for any token and get the
referent; they never resolve a pronoun or a title themselves.

It works as a sieve, most precise evidence first (in the spirit of Lee et al. 2013):
1. a description that is a name's apposition, title or predicate (`le cinéaste Arnaud Desplechin`,
   `X, porte-parole de Y`, `X est le ministre de`) is that name's;
2. a description whose head noun an entity already carries (its descriptors or an earlier linked
   description: `la procureure` after `la procureure de Lorient, Laureline Peyrefitte`) is that entity's;
3. an organisation noun refers back to the organisation whose name or description holds it;
4. a description left over is an actor of its own (`la gendarmerie`, `un collégien`), and a later
   definite one with the same head (`le collégien`) joins it;
5. pronouns and anaphoric phrases go to the most salient compatible antecedent: same gender and number,
   recent, a subject rather than an object, never someone named only inside a quote when the pronoun is
   outside it.
Gender is then decided per person from the article's own words (see ``gender.py``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lang import LanguageData, compiled
from ..model import Entity, Mention
from .entities import EntityIndex
from .gender import decide_genders, name_prior
from .identity import fold_name, make_key, readable_form

# how far back (in sentences) a description or a pronoun looks for its antecedent
_DESCRIPTION_WINDOW = 12
_PRONOUN_WINDOW = 3
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")


@dataclass
class Referent:
    """A referring expression that is not a name: a title, a description or a pronoun."""

    start: int  # token indices, end exclusive
    end: int
    head: int
    kind: str  # "title", "description", "pronoun"
    category: str  # "person", "group", "organisation"
    lemma: str
    gender: str | None  # "m", "f" or None
    plural: bool
    determiner: str  # "definite", "demonstrative", "possessive", "indefinite", "none"
    in_quote: bool
    sentence: int
    entity: str | None = None


@dataclass
class _Seen:
    """One mention already placed, as a later referent's possible antecedent."""

    entity: str
    start: int
    sentence: int
    subject: bool
    in_quote: bool


@dataclass
class _Resolution:
    doc: Doc
    lang: LanguageData
    entities: dict[str, Entity]
    order: list[str]
    token_entity: dict[int, str]
    quoted: frozenset[int]
    sentence_of: list[int]
    text: str
    added: dict[str, list[Mention]] = field(default_factory=dict)
    descriptions: dict[str, list[Referent]] = field(default_factory=dict)
    new_entities: list[Entity] = field(default_factory=list)
    priors: dict[str, str | None] = field(default_factory=dict)  # gender from honorific, dictionary, first name


def resolve_coreference(doc: Doc, lang: LanguageData, entities: EntityIndex, text: str,
                        published: str | None = None) -> EntityIndex:
    """The entities with every titled, described and pronominal mention attached."""
    quoted = quoted_tokens(doc, lang)
    sentence_of = _sentence_numbers(doc)
    res = _Resolution(doc, lang, {e.id: e for e in entities.entities}, [e.id for e in entities.entities],
                      dict(entities.token_entity), quoted, sentence_of, text)
    _merge_acronyms(res)
    _merge_demonym_titles(res)
    _merge_bracketed_short_forms(res)
    referents = find_referents(doc, lang, res.token_entity, quoted, sentence_of)
    descriptor_tokens = {i: eid for eid, spans in entities.descriptor_spans.items() for s, e in spans
                         for i in range(s, e)}
    for ref in referents:
        if ref.kind != "pronoun":
            _resolve_description(res, ref, descriptor_tokens, text)
    _name_lead_descriptions(res, referents)
    for ref in referents:
        if ref.kind == "pronoun":
            _resolve_pronoun(res, ref, referents)
    return _rebuilt(res, entities, referents, text)


# --- names: string evidence -----------------------------------------------------------------------

_NAMED = ("ORG", "MISC", "GPE", "LOC", "NORP")


def initials(name: str) -> set[str]:
    """The acronyms a name can be written as: every word's initial, or only the capitalised words'
    (`Commission nationale de l'informatique et des libertés` -> CNIDL, CNIL; `Krauss-Maffei Wegmann` -> KMW)."""
    words = [w for w in name.replace("’", "'").replace("-", " ").split() if w]
    words = [w.split("'")[-1] or w for w in words]
    every = "".join(w[0] for w in words if w[0].isalpha())
    content = "".join(w[0] for w in words if w[0].isalpha() and (w[0].isupper() or len(w) > 3))
    capital = "".join(w[0] for w in words if w[0].isupper())
    return {readable_form(x).upper() for x in (every, content, capital) if len(x) >= 2}


def _merge_acronyms(res: _Resolution) -> None:
    """`LREM` and `La République en marche`, `UE` and `Union européenne`: one organisation."""
    long_names = [res.entities[eid] for eid in res.order if res.entities[eid].type in _NAMED
                  and len(res.entities[eid].name.split()) >= 2]
    acronyms = {e.id: initials(e.name) for e in long_names}  # a merge keeps the long name: computed once
    for eid in list(res.order):
        short = res.entities[eid]
        word = short.name.replace(".", "")
        if short.type not in _NAMED + ("PERSON",) or " " in word or not 2 <= len(word) <= 7 or not word.isalpha():
            continue
        if sum(ch.isupper() for ch in word) < 2 and not word[0].isupper():
            continue
        folded = readable_form(word).upper()
        matches = [e for e in long_names if e.id != eid and folded in acronyms[e.id]]
        if len(matches) != 1:
            continue
        target = matches[0]
        res.entities[target.id] = replace(target, mentions=tuple(sorted(target.mentions + short.mentions,
                                                                        key=lambda m: m.start)),
                                          country=target.country or short.country)
        for i, owner in list(res.token_entity.items()):
            if owner == eid:
                res.token_entity[i] = target.id
        res.order.remove(eid)
        del res.entities[eid]
        long_names = [res.entities.get(e.id, e) for e in long_names if e.id != eid]


def _merge_bracketed_short_forms(res: _Resolution) -> None:
    """`l'Office français de protection des réfugiés et apatrides (Ofpra)`, `Krauss-Maffei Wegmann (KMW)`:
    a one-word name in brackets right after an organisation's name is its short form, whether or not the
    letters are the initials (French acronyms are often read as words: Ofpra, Ceséda). The short form
    must start with the name's first capital, so that `Lyon (Rhône)` or `Paris (AFP)` stay apart."""
    doc = res.doc
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        long_id, short_id = res.token_entity.get(i - 1), res.token_entity.get(i + 1)
        if long_id is None or short_id is None or long_id == short_id:
            continue
        long, short = res.entities.get(long_id), res.entities.get(short_id)
        if long is None or short is None or short.type not in _NAMED + ("PERSON",):
            continue
        word = doc[i + 1].text
        capitals = [w for w in long.name.replace("-", " ").replace("'", " ").replace("’", " ").split() if w[:1].isupper()]
        if not capitals or len(long.name.split()) < 2 or not word[:1].isupper() or len(word) > 8 \
                or fold_name(word[0]) != fold_name(capitals[0][0]):
            continue
        spelled = readable_form(word).upper() in initials(long.name)
        if long.type not in ("ORG", "MISC") and not spelled:
            continue  # `Xavier Bertrand (LR)`: a person's party, not their short name
        kind = long.type if long.type in ("ORG", "MISC") else short.type if short.type in ("ORG", "MISC") else long.type
        res.entities[long_id] = replace(long, type=kind, country=long.country or short.country,
                                        mentions=tuple(sorted(long.mentions + short.mentions, key=lambda m: m.start)))
        for j, owner in list(res.token_entity.items()):
            if owner == short_id:
                res.token_entity[j] = long_id
        res.order.remove(short_id)
        del res.entities[short_id]


def _merge_demonym_titles(res: _Resolution) -> None:
    """`la Française Mireille Ballestrazzi`, `l'Allemand Jürgen Stock`: NER reads the capitalised demonym
    before a name as a people of its own; with an article before it and the name after, it is that
    person's title (and gives their country)."""
    doc, lang = res.doc, res.lang
    for eid in list(res.order):
        entity = res.entities[eid]
        if entity.type not in ("NORP", "MISC", "GPE", "LOC"):
            continue
        moved = []
        for m in entity.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            tokens = list(span) if span is not None else []
            if len(tokens) != 1 or _low(tokens[0]) not in lang.demonyms or tokens[0].i + 1 >= len(doc):
                continue
            t = tokens[0]
            prev = doc[t.i - 1] if t.i > 0 else None
            owner = res.token_entity.get(t.i + 1)
            if prev is None or owner is None or owner == eid or res.entities.get(owner) is None:
                continue
            if res.entities[owner].type != "PERSON" or res.token_entity.get(t.i - 1) is not None:
                continue
            if _low(prev) not in lang.definite_articles | lang.indefinites or prev.text.lower() in ("des", "les"):
                continue
            moved.append((m, t, owner))
        for m, t, owner in moved:
            person = res.entities[owner]
            s, e = doc[t.i - 1].idx, m.end
            title = Mention(s, e, res.text[s:e], "title")
            res.entities[owner] = replace(person, mentions=tuple(sorted(person.mentions + (title,), key=lambda x: x.start)),
                                          country=person.country or lang.demonyms[_low(t)])
            res.token_entity[t.i] = owner
            res.token_entity[t.i - 1] = owner
        if moved:
            rest = tuple(x for x in entity.mentions if all(x is not mm for mm, _, _ in moved))
            if rest:
                res.entities[eid] = replace(entity, mentions=rest)
            else:
                res.order.remove(eid)
                del res.entities[eid]


# --- finding the referring expressions -----------------------------------------------------------

def quoted_tokens(doc: Doc, lang: LanguageData) -> frozenset[int]:
    """Tokens between a quotation mark and its closer, within one paragraph (sentence starts at a
    line break end any quote left open there)."""
    closers_of = lang.quote_pairs
    inside: set[int] = set()
    stack: list[str] = []
    for t in doc:
        if "\n" in t.text:
            stack.clear()
            continue
        ch = t.text
        if stack and ch in closers_of.get(stack[-1], ()):
            stack.pop()
            continue
        if ch in closers_of and not (ch in ('"',) and stack):
            stack.append(ch)
            continue
        if stack:
            inside.add(t.i)
    return frozenset(inside)


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers: list[int] = []
    for n, sentence in enumerate(doc.sents):
        numbers.extend([n] * len(sentence))
    return numbers


def _low(token: Token) -> str:
    return token.text.lower().replace("’", "'")


def find_referents(doc: Doc, lang: LanguageData, token_entity: dict[int, str], quoted: frozenset[int],
                   sentence_of: list[int]) -> list[Referent]:
    """Pronouns, anaphoric phrases and descriptions headed by a person, group or organisation noun,
    outside the names already found, in text order."""
    out: list[Referent] = []
    taken: set[int] = set()
    phrases_by_first = _phrases_by_first_word(lang)
    lows = [_low(t) for t in doc]
    for t in doc:
        if t.i in taken or t.i in token_entity:
            continue
        low = lows[t.i]
        phrase = next((p for p in phrases_by_first.get(low, ())
                       if tuple(lows[t.i:t.i + len(p[0])]) == p[0]), None)
        if phrase is not None:
            words, gender = phrase
            end = t.i + len(words)
            out.append(Referent(t.i, end, end - 1, "pronoun", "person", " ".join(words),
                                gender if gender in ("m", "f") else None, gender == "p", "demonstrative",
                                t.i in quoted, sentence_of[t.i]))
            taken |= set(range(t.i, end))
            continue
        if t.pos_ == "PRON" and low in lang.pronouns and _is_subject_pronoun(t, lang):
            gender = lang.pronouns[low]
            out.append(Referent(t.i, t.i + 1, t.i, "pronoun", "person", low.lstrip("-t"),
                                gender if gender in ("m", "f") else None, gender == "p", "none",
                                t.i in quoted, sentence_of[t.i]))
            continue
        if t.pos_ != "NOUN":
            continue
        category = _noun_category(t, lang)
        if category is None:
            continue
        ref = _description(doc, lang, t, category, token_entity, quoted, sentence_of)
        if ref is not None and not (set(range(ref.start, ref.end)) & taken):
            out.append(ref)
            taken |= set(range(ref.start, ref.end))
    return sorted(out, key=lambda r: r.start)


def _phrases_by_first_word(lang: LanguageData) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    def build(data: LanguageData):
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, gender in sorted(data.anaphoric_phrases.items(), key=lambda kv: -len(kv[0])):
            table.setdefault(words[0], []).append((words, gender))
        return table

    return compiled(lang, build)


def _is_subject_pronoun(t: Token, lang: LanguageData) -> bool:
    """il / elle / they as a subject, or lui / eux after a preposition (selon lui)."""
    if t.dep_ in _SUBJECT_DEPS or t.dep_ == "ROOT":
        return True
    return any(c.dep_ == "case" for c in t.children) or (t.i > 0 and t.nbor(-1).pos_ == "ADP")


def _noun_forms(t: Token, lang: LanguageData) -> set[str]:
    """The noun's lemma and form, and both without a prefix that keeps the noun's kind (`ex-informaticien`,
    `co-fondatrice` are people like `informaticien`, `fondatrice`)."""
    forms = {t.lemma_.lower(), t.text.lower()}
    return forms | {f[len(p):] for f in forms for p in lang.noun_prefixes if f.startswith(p) and len(f) > len(p) + 2}


def _noun_category(t: Token, lang: LanguageData) -> str | None:
    forms = _noun_forms(t, lang)
    if forms & lang.person_nouns:
        return "person"
    if forms & lang.group_nouns:
        return "group"
    if forms & lang.organisation_nouns:
        return "organisation"
    return None


def _description(doc: Doc, lang: LanguageData, head: Token, category: str, token_entity: dict[int, str],
                 quoted: frozenset[int], sentence_of: list[int]) -> Referent | None:
    """The noun phrase a person, group or organisation noun heads, when it refers (it has a
    determiner or a number); None for a bare noun (`ministre de l'Intérieur` in a title)."""
    dets = [c for c in head.lefts if c.dep_ in ("det", "det:poss", "nummod") or _low(c) in lang.possessives]
    # the word before the phrase, past up to two adjectives before the noun (`au premier ministre`,
    # `du nouveau directeur`)
    k = head.i - 1
    while k >= 0 and head.i - k <= 2 and doc[k].pos_ == "ADJ" and doc[k].head.i == head.i and k not in token_entity:
        k -= 1
    prev = doc[k] if k >= 0 else None
    # `la réaction des autorités`: a preposition fused with the article (tagged so) is no indefinite
    fused = prev is not None and prev.pos_ == "ADP" and _low(prev) in lang.contracted_articles
    if not dets and prev is not None and not fused and (_low(prev) in lang.definite_articles | lang.demonstratives
                                                        | lang.possessives | lang.indefinites):
        dets = [prev]
    # an article fused with its preposition (du ministère, au mouvement) determines the noun as well, but
    # the preposition is no part of the mention
    contracted = None
    if not dets and prev is not None and _low(prev) in lang.contracted_articles and prev.head.i == head.i:
        contracted = lang.contracted_articles[_low(prev)]
        dets = [prev]
    if not dets:
        return None
    first = min(d.i for d in dets)
    start = first + 1 if contracted else first
    end = head.i + 1
    # adjectives right after the head belong to the phrase (le président russe, des sources sécuritaires)
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == head.i and end not in token_entity:
        end += 1
    if any(i in token_entity for i in range(start, end)):
        return None
    # and so does a complement that names no one (une source proche du dossier, le directeur de l'école)
    end = _with_complement(doc, lang, head, end, token_entity)
    words = [contracted] if contracted else [_low(d) for d in dets]
    if any(w in lang.demonstratives for w in words):
        determiner = "demonstrative"
    elif any(w in lang.possessives for w in words):
        determiner = "possessive"
    elif any(w in lang.definite_articles for w in words):
        determiner = "definite"
    else:
        determiner = "indefinite"
    number = head.morph.get("Number")
    plural = number == ["Plur"] or any(w in ("les", "des", "ces", "ses", "leurs", "the") and
                                       head.text.lower().endswith(("s", "x")) for w in words)
    lemma = head.lemma_.lower()
    # a title opened by a word that is itself a role (`le premier ministre`, tagged premier NOUN): the
    # title's noun is the next one
    if lemma in lang.role_openers and end < len(doc) and end not in token_entity \
            and _noun_forms(doc[end], lang) & lang.role_nouns:
        lemma = doc[end].lemma_.lower()
        end = _with_complement(doc, lang, head, end + 1, token_entity)
    kind = "title" if _noun_forms(head, lang) & lang.role_nouns else "description"
    return Referent(start, end, head.i, kind, category, lemma, _phrase_gender(doc, lang, head, dets),
                    plural, determiner, head.i in quoted, sentence_of[head.i])


def _with_complement(doc: Doc, lang: LanguageData, head: Token, end: int, token_entity: dict[int, str]) -> int:
    """The phrase's end past the modifiers that hang on its head or its adjectives, as long as they stay
    short, hold no name, no verb and no punctuation."""
    stretch = end
    for child in head.rights:
        if child.i < end or child.dep_ not in ("nmod", "amod", "obl:mod", "obl"):
            continue
        sub = list(child.subtree)
        last = sub[-1].i + 1
        # an adverb ends the phrase (`l'avocat de l'artiste | actuellement en détention`)
        last = next((t.i for t in sub if t.pos_ == "ADV" and t.i > end), last)
        if sub[0].pos_ != "ADP" or _low(sub[0]) in lang.comparison_markers or last - end > 6 or any(
                t.i in token_entity or t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in doc[end:last]):
            break
        if child.pos_ == "NOUN" and _noun_category(head, lang) == "organisation" \
                and _noun_category(child, lang) in ("organisation", "group") and (
                any(c.dep_ == "det" for c in child.children) or _low(sub[0]) in lang.contracted_articles):
            # `un site | du ministère des Affaires étrangères`: a determined complement is an actor of its
            # own; a bare one is a compound (`un groupe de télévision`)
            break
        stretch = last
        break
    for adj in (c for c in head.rights if c.dep_ == "amod" and c.i < end):
        for child in adj.rights:
            if child.dep_ in ("obl:arg", "obl", "nmod") and child.left_edge.pos_ == "ADP":
                last = child.right_edge.i + 1
                if last - stretch <= 5 and not any(t.i in token_entity or t.is_punct or t.pos_ in ("VERB", "AUX")
                                                   for t in doc[stretch:last]):
                    stretch = max(stretch, last)
    return stretch


def _phrase_gender(doc: Doc, lang: LanguageData, head: Token, dets: list[Token]) -> str | None:
    """The gender a phrase marks: its determiner (la, une, cette), else its head noun's agreement."""
    vowel = head.text[:1].lower() in "aeiouyéèêàâîôûh"
    for d in dets:
        w = _low(d)
        if w in ("l'", "les", "des", "ses", "leurs", "leur") or w.endswith("'"):
            continue
        if w in lang.possessives and vowel:
            continue  # "son avocate": the possessive before a vowel says nothing of the gender
        if w in lang.determiners_f:
            return "f"
        if w in lang.determiners_m:
            return "m"
    # a noun whose form is one of a masculine/feminine pair says it (`l'avocate`), whatever the tagger guessed
    form = head.text.lower().replace("’", "'")
    if form in lang.noun_genders:
        return lang.noun_genders[form]
    gender = head.morph.get("Gender")
    if gender == ["Fem"] and head.text.lower() != head.lemma_.lower():
        return "f"
    if head.lemma_.lower() in lang.ungendered_nouns or head.text.lower() in lang.ungendered_nouns:
        return None
    if head.text.lower().endswith(lang.epicene_endings):
        return None  # l'artiste, l'élève: one form for both, and the tagger's Gender is a guess
    # the determiner says nothing (l', son before a vowel): the noun's own gender (l'épouse, l'ambassadeur)
    return {"Fem": "f", "Masc": "m"}.get(gender[0]) if len(gender) == 1 else None


# --- descriptions ---------------------------------------------------------------------------------

def _attach(res: _Resolution, ref: Referent, eid: str, text: str) -> None:
    ref.entity = eid
    s, e = res.doc[ref.start].idx, res.doc[ref.end - 1].idx + len(res.doc[ref.end - 1])
    res.added.setdefault(eid, []).append(Mention(s, e, text[s:e], ref.kind))
    for i in range(ref.start, ref.end):
        res.token_entity.setdefault(i, eid)
    if ref.kind != "pronoun":
        res.descriptions.setdefault(eid, []).append(ref)


def _resolve_description(res: _Resolution, ref: Referent, descriptor_tokens: dict[int, str], text: str) -> None:
    # 1. said of a name: its title or apposition (`le cinéaste X`, `X, le patron de Y`)
    owner = _apposed_name(res, ref)
    if owner is None and ref.category == "person":
        owner = next((descriptor_tokens[i] for i in range(ref.start, ref.end) if i in descriptor_tokens), None)
    if owner is not None:
        _attach(res, ref, owner, text)
        return
    if ref.determiner == "indefinite":
        _new_description_entity(res, ref, text)
        return
    # 2. a head noun an entity already carries
    owner = _same_head(res, ref)
    # 3. an organisation noun inside an organisation's own name
    if owner is None and ref.category in ("organisation", "group"):
        owner = _organisation_named_with(res, ref)
    # 4. a title with a nationality: the person of that country already named (son homologue turc)
    if owner is None and ref.category == "person" and (ref.kind == "title" or ref.lemma in res.lang.head_of_state_roles):
        owner = _compatriot(res, ref)
    # 5. a definite description with nothing else to go by: the actor the passage is about
    #    (an organisation's possessive too: "son parti" is the party the passage is about)
    if owner is None and ref.category != "group" and (
            ref.determiner in ("definite", "demonstrative") or (ref.determiner == "possessive"
                                                                and ref.category == "organisation")):
        owner = _salient(res, ref)
    if owner is not None:
        _attach(res, ref, owner, text)
        return
    _new_description_entity(res, ref, text)


_LEAD_SENTENCES = 2  # the lead: the article's first sentences (a glued heading may take the first)
_NAMED_WITHIN = 3  # sentences after the lead description where its name may come


def _name_lead_descriptions(res: _Resolution, referents: list[Referent]) -> None:
    """`Un artiste contestataire russe a été condamné ... L'homme ... Piotr Pavlenski comparaissait`:
    news opens on a description of its protagonist as the subject of the lead and names them a sentence
    or two later. A person known only by descriptions, whose first one is the subject of the lead and
    comes before any named person or pronoun, is the first person named after it when that name is
    introduced in full in one of the next sentences, outside a quote, with no title of its own, and agrees
    in gender and country."""
    doc = res.doc
    named_starts = {eid: min(m.start for m in e.mentions) for eid, e in res.entities.items()
                    if e.type == "PERSON" and _has_name(e) and e.mentions}
    for entity in list(res.new_entities):
        refs = res.descriptions.get(entity.id, [])
        if entity.type != "PERSON" or not refs:
            continue
        lead = refs[0]
        if lead.sentence >= _LEAD_SENTENCES or lead.plural or lead.in_quote or lead.category != "person" \
                or lead.determiner == "possessive" or doc[lead.head].dep_ not in _SUBJECT_DEPS:
            continue
        start_char = doc[lead.start].idx
        if any(first < start_char for first in named_starts.values()) or any(
                r.kind == "pronoun" and r.start < lead.start for r in referents):
            continue  # someone is named or meant before it: the lead is not about an unnamed protagonist
        later = sorted((first, eid) for eid, first in named_starts.items() if first > start_char)
        if not later:
            continue
        first_char, eid = later[0]
        person = res.entities[eid]
        token = next((t for t in doc if t.idx == first_char), None)
        # in a later sentence: a name in the lead's own sentence is its apposition (step 1) or someone else
        # (`L'homme qui a accusé X`, `le chef de l'Etat ... l'ex-PDG de Carrefour, X`)
        if token is None or token.i in res.quoted or not 0 < res.sentence_of[token.i] - lead.sentence <= _NAMED_WITHIN:
            continue
        if any(r.kind != "pronoun" and r.category == "person" and r.start < token.i
               and r.sentence == res.sentence_of[token.i] for r in referents):
            continue  # `Le juge Paul Martin`: the name has a description of its own
        name_tokens = 0
        while token.i + name_tokens < len(doc) and res.token_entity.get(token.i + name_tokens) == eid:
            name_tokens += 1
        lemmas = {r.lemma for r in refs}
        titled = any(r.sentence == res.sentence_of[token.i] and r.lemma not in lemmas
                     for r in res.descriptions.get(eid, []))
        if name_tokens < 2 or person.descriptors or titled:
            continue  # a surname alone is not an introduction; `le procureur X` has a role of its own
        if not _genders_agree(_current_gender(res, entity), _current_gender(res, person)):
            continue
        if entity.country and person.country and entity.country != person.country:
            continue
        _merge_into(res, entity.id, eid)


def _merge_into(res: _Resolution, source: str, target: str) -> None:
    """Every mention and description of a description-only entity moves to `target`."""
    res.added.setdefault(target, []).extend(res.added.pop(source, []))
    res.descriptions.setdefault(target, []).extend(res.descriptions.pop(source, []))
    for ref in res.descriptions[target]:
        ref.entity = target
    for i, owner in list(res.token_entity.items()):
        if owner == source:
            res.token_entity[i] = target
    res.new_entities = [e for e in res.new_entities if e.id != source]
    del res.entities[source]


def _apposed_name(res: _Resolution, ref: Referent) -> str | None:
    """The name this description is said of: `le cinéaste X`, `X, le patron de Y`, `X est le ministre`."""
    doc, head = res.doc, res.doc[ref.head]
    wanted = ("PERSON",) if ref.category == "person" else ("ORG", "GPE", "NORP", "MISC")

    def entity_of(token: Token) -> str | None:
        eid = res.token_entity.get(token.i)
        return eid if eid is not None and res.entities.get(eid) is not None and res.entities[eid].type in wanted else None

    # the name follows at once: "le cinéaste Arnaud Desplechin", "la ministre française des Armées, Florence Parly"
    if (eid := _name_after(res, ref, entity_of)) is not None:
        return eid
    # apposition either way, or a name this noun is the predicate of
    for child in head.children:
        if child.dep_ in ("appos", "flat:name", "nsubj") and (eid := entity_of(child)) is not None:
            if child.dep_ == "appos" and any(t.text == "," for t in doc[ref.end:child.i]) \
                    and not _apposition_closes(res, child.i, eid):
                continue  # `cite une source anonyme, M. Meng « fait ...`: a new clause, not an apposition
            if child.dep_ != "nsubj" or any(c.dep_ == "cop" for c in head.children):
                return eid
    if head.dep_ == "appos" and (eid := entity_of(head.head)) is not None:
        return eid
    return None


def _complement_entity(res: _Resolution, ref: Referent) -> str | None:
    """The entity a description's complement names right after it (`le maire | de Paris`)."""
    doc, k = res.doc, ref.end
    if k >= len(doc) or doc[k].pos_ != "ADP":
        return None
    k += 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return res.token_entity.get(k) if k < len(doc) else None


def _name_after_place(res: _Resolution, i: int) -> int | None:
    """`le maire | de Paris | Anne Hidalgo`, `le président | du Sénat | Gérard Larcher`: the first token of
    a name that follows a title's complement naming a place or an institution, in the same sentence."""
    doc = res.doc
    if i >= len(doc) or doc[i].pos_ != "ADP":
        return None
    k = i + 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    place = res.token_entity.get(k)
    entity = res.entities.get(place) if place else None
    if entity is None or entity.type == "PERSON":
        return None
    while k < len(doc) and res.token_entity.get(k) == place and k - i < 8:
        k += 1
    if k >= len(doc) or res.sentence_of[k] != res.sentence_of[i] or res.token_entity.get(k) in (None, place):
        return None
    return k


def _name_after(res: _Resolution, ref: Referent, entity_of) -> str | None:
    """The name right after the description, past a stray adjective the parser hung elsewhere (`le
    ministre français Jean-Yves Le Drian`) or past a comma when the name closes the apposition (`la
    chancelière allemande, Angela Merkel, a dit`; not `le ministre, Angela Merkel et ...`)."""
    doc = res.doc
    nxt = ref.end
    while nxt < len(doc) and doc[nxt].pos_ == "ADJ" and nxt not in res.token_entity and nxt - ref.end < 2:
        nxt += 1
    if ref.kind == "title" and (eid := _name_after_place(res, nxt)) is not None and entity_of(doc[eid]) is not None:
        return entity_of(doc[eid])
    comma = (nxt < len(doc) and doc[nxt].text == "," and ref.category == "person"
             and ref.determiner in ("definite", "possessive"))
    if comma:
        nxt += 1
        # the name's own article and demonym (`, l'Allemand Jürgen Stock,`) when NER left them out
        while nxt < len(doc) and nxt - ref.end < 4 and nxt not in res.token_entity and (
                _low(doc[nxt]) in res.lang.definite_articles or _low(doc[nxt]) in res.lang.demonyms):
            nxt += 1
    if nxt >= len(doc) or res.sentence_of[nxt] != ref.sentence or (eid := entity_of(doc[nxt])) is None:
        return None
    if comma:
        if nxt > 0 and res.token_entity.get(nxt - 1) == eid:
            return None  # the comma falls inside a name: not an apposition
        if not _apposition_closes(res, nxt, eid):
            return None
    return eid


def _apposition_closes(res: _Resolution, first: int, eid: str) -> bool:
    """Whether the name that starts at token `first` ends an apposition: punctuation or the sentence's
    end follows it. `le ministre, Angela Merkel et Olaf Scholz` is a list; `cite une source, M. X « a
    dit` a new clause."""
    doc = res.doc
    last = first
    while last + 1 < len(doc) and res.token_entity.get(last + 1) == eid:
        last += 1
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after is None or after.text in (",", ".", ")", ";", ":") or after.is_sent_start or "\n" in after.text


def _same_head(res: _Resolution, ref: Referent) -> str | None:
    """The entity most recently described with this head noun (descriptor or linked description),
    of a compatible gender, within the window."""
    best: tuple[int, str] | None = None
    for eid, refs in res.descriptions.items():
        for other in refs:
            if other.lemma != ref.lemma or other.start >= ref.start or other.category != ref.category:
                continue
            if ref.sentence - other.sentence > _DESCRIPTION_WINDOW * 4:
                continue
            if not _genders_agree(ref.gender, other.gender) or other.plural != ref.plural:
                continue
            if _countries_differ(res, ref, other):
                continue  # son homologue français, son homologue turc: two people
            mine, theirs = _complement_entity(res, ref), _complement_entity(res, other)
            if mine and theirs and mine != theirs:
                continue  # le maire de Nice, le maire de Paris: two people
            if best is None or other.start > best[0]:
                best = (other.start, eid)
    for eid in res.order:
        entity = res.entities[eid]
        if best is not None or not entity.descriptors:
            continue
        if (ref.category == "person") != (entity.type == "PERSON"):
            continue
        words = _descriptor_words(tuple(entity.descriptors))
        if ref.lemma in words or res.doc[ref.head].text.lower() in words:
            first = min(m.start for m in entity.mentions)
            if first < res.doc[ref.start].idx and _genders_agree(ref.gender, entity.gender):
                best = (first, eid)
    return best[1] if best else None


def _compatriot(res: _Resolution, ref: Referent) -> str | None:
    """The person most recently named whose country the title's demonym gives."""
    country = next((res.lang.demonyms[_low(t)] for t in res.doc[ref.start:ref.end] if _low(t) in res.lang.demonyms), None)
    if country is None:
        return None
    start_char = res.doc[ref.start].idx
    best: tuple[int, str] | None = None
    for eid in res.order:
        entity = res.entities[eid]
        if entity.type != "PERSON" or entity.country != country or not _genders_agree(ref.gender, entity.gender):
            continue
        before = [m.start for m in entity.mentions if m.start < start_char]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), eid)
    return best[1] if best else None


def _countries_differ(res: _Resolution, a: Referent, b: Referent) -> bool:
    def country(r: Referent) -> str | None:
        return next((res.lang.demonyms[_low(t)] for t in res.doc[r.start:r.end] if _low(t) in res.lang.demonyms), None)

    ca, cb = country(a), country(b)
    return bool(ca and cb and ca != cb)


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    """The folded words of a name (folding is the costly part of a scan of every organisation)."""
    return frozenset(fold_name(w) for w in name.replace("'", " ").replace("’", " ").split())


@lru_cache(maxsize=65536)
def _descriptor_words(descriptors: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for d in descriptors for w in d.replace("’", "'").split())


def _organisation_named_with(res: _Resolution, ref: Referent) -> str | None:
    """`l'organisation` after `Organisation mondiale de la santé`, `le parti` after `Parti socialiste`:
    the latest organisation whose name holds the noun."""
    start_char = res.doc[ref.start].idx
    folded = fold_name(ref.lemma)
    best: tuple[int, str] | None = None
    for eid in res.order:
        entity = res.entities[eid]
        if entity.type not in ("ORG", "MISC"):
            continue
        if folded not in _name_words(entity.name):
            continue
        before = [m.start for m in entity.mentions if m.start < start_char]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), eid)
    return best[1] if best else None


_SALIENCE_WINDOW = 3  # sentences


def _salient(res: _Resolution, ref: Referent) -> str | None:
    """The most salient compatible actor of the last few sentences: mentioned most, and most recently.

    News writes `la victime`, `le parti`, `l'institut` for the actor its passage is about; a
    description whose complement names someone else (`le ministre de la Défense`) is not one of those."""
    doc = res.doc
    if any(res.token_entity.get(t.i) for t in _own_words(doc, ref) if not ref.start <= t.i < ref.end):
        return None
    if any((t.pos_ == "NOUN" or any(c.dep_ == "det" for c in t.children)) and _noun_category(t, res.lang) == "person"
           for t in doc[ref.head + 1:ref.end]):
        return None  # `l'avocate de la jeune paroissienne`, `le père de la victime`: someone else's relation
    if ref.plural:
        return None
    wanted = ("PERSON",) if ref.category == "person" else ("ORG",)
    # le président russe is Russian: a salient actor of another country is someone else
    country = _referent_country(res, ref)
    scores: dict[str, float] = {}
    lo = _window_start(res, ref, _SALIENCE_WINDOW)
    last: str | None = None
    for i in range(lo, ref.start):
        eid = res.token_entity.get(i)
        if eid is None or eid == last:
            last = eid
            continue
        last = eid
        entity = res.entities.get(eid)
        if entity is None or entity.type not in wanted or (i in res.quoted and not ref.in_quote):
            continue
        if ref.category == "person" and not _genders_agree(ref.gender, _current_gender(res, entity)):
            continue  # an organisation's grammatical gender (la société, le groupe) says nothing
        if _is_plural(res, entity) or (country and entity.country and entity.country != country):
            continue
        scores[eid] = scores.get(eid, 0.0) + 1.0 + (i - lo) / max(1, ref.start - lo)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] > 0.75 * ranked[0][1]:
        return None  # two actors in play: the description could be either
    return ranked[0][0]


def _own_words(doc: Doc, ref: Referent):
    """The description's words with its complements, without a participle or relative clause an
    organisation noun carries (`la chaîne financée par l'État russe` names the chaîne, not the State)."""
    head = doc[ref.head]
    if ref.category == "person":
        return head.subtree
    clauses = {t.i for c in head.children if c.dep_.startswith("acl") for t in c.subtree}
    return (t for t in head.subtree if t.i not in clauses)


def _referent_country(res: _Resolution, ref: Referent) -> str | None:
    return next((res.lang.demonyms[_low(t)] for t in res.doc[ref.start:ref.end] if _low(t) in res.lang.demonyms), None)


def _genders_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _new_description_entity(res: _Resolution, ref: Referent, text: str) -> None:
    """An actor named only by a description: the same description said again is the same actor."""
    doc = res.doc
    words = fold_name(" ".join(t.text for t in doc[ref.head:ref.end]))
    for entity in res.new_entities:
        same = [r for r in res.descriptions.get(entity.id, []) if r.lemma == ref.lemma and r.plural == ref.plural]
        if not same:
            continue
        if ref.determiner != "indefinite" and (
                fold_name(" ".join(t.text for t in doc[same[0].head:same[0].end])) == words
                or ref.determiner in ("definite", "demonstrative")) and _genders_agree(ref.gender, same[0].gender):
            _attach(res, ref, entity.id, text)
            return
    number = len(res.order) + len(res.new_entities) + 1
    eid = f"e{number}"
    while eid in res.entities:
        number += 1
        eid = f"e{number}"
    end_char = doc[ref.end - 1].idx + len(doc[ref.end - 1])
    name = text[doc[ref.start].idx:end_char]
    kind = "PERSON" if ref.category == "person" else "ORG"
    country = next((res.lang.demonyms[_low(t)] for t in doc[ref.start:ref.end] if _low(t) in res.lang.demonyms), None)
    entity = Entity(id=eid, type=kind, name=name, mentions=(), key=make_key("descr", name), country=country,
                    gender=ref.gender if kind == "PERSON" and not ref.plural else None)
    res.new_entities.append(entity)
    res.entities[eid] = entity
    _attach(res, ref, eid, text)


# --- pronouns -------------------------------------------------------------------------------------

def _dislocated_thing(res: _Resolution, ref: Referent) -> bool:
    """`Quant à l'article 16, il prévoit ...`: a pronoun right after the topic its sentence opens on takes
    up that topic; when the topic is a thing, the pronoun is no person's. A phrase opened by a
    preposition (`Après le match, il a dit`) sets a scene instead."""
    doc = res.doc
    t = doc[ref.start]
    if ref.kind != "pronoun" or ref.end - ref.start != 1 or t.i < 2 or doc[t.i - 1].text != ",":
        return False
    start = t.i - 1
    while start > 0 and res.sentence_of[start - 1] == ref.sentence:
        start -= 1
    phrase = doc[start:t.i - 1]
    heads = [x for x in phrase if not start <= x.head.i < t.i - 1 or x.head.i == x.i]
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or heads[0].i in res.token_entity \
            or _noun_category(heads[0], res.lang) is not None:
        return False
    head = heads[0]
    # the topic marker (`quant à`, `as for`) is an adverb the parser makes the phrase's case; a bare
    # phrase (`Son job, il le fait`, `Le samedi 3 août, il a dit`) is as often an object or a date
    cases = [c for c in head.children if c.dep_ == "case"]
    if not cases or any(c.pos_ == "ADP" for c in cases):
        return False
    if head.morph.get("Number") != ["Plur" if ref.plural else "Sing"]:
        return False
    gender = head.morph.get("Gender")
    return not ref.gender or gender == [{"m": "Masc", "f": "Fem"}[ref.gender]]


def _resolve_pronoun(res: _Resolution, ref: Referent, referents: list[Referent]) -> None:
    doc = res.doc
    if _dislocated_thing(res, ref):
        return
    best: tuple[float, str] | None = None
    candidates: list[tuple[_Seen, str | None]] = []
    for seen in _antecedents(res, ref):
        entity = res.entities.get(seen.entity)
        if entity is None:
            continue
        if seen.in_quote and not ref.in_quote:
            continue  # someone named inside a quote is the quoted speaker's referent, not the narrator's
        plural_entity = _is_plural(res, entity)
        if ref.plural != plural_entity:
            continue
        if not ref.plural and entity.type != "PERSON":
            continue
        gender = _current_gender(res, entity)
        if ref.gender and gender and ref.gender != gender:
            continue
        candidates.append((seen, gender))
    # a sentence whose parse gives none of the candidates a subject role: its first named candidate is the
    # likeliest subject (French and English put it first; `»Mme May rencontrera la chancelière, Angela Merkel`)
    first_of: dict[int, _Seen] = {}
    subject_in: set[int] = set()
    for seen, _ in candidates:
        if _has_name(res.entities[seen.entity]):
            first_of.setdefault(seen.sentence, seen)
        if seen.subject:
            subject_in.add(seen.sentence)
    for seen, gender in candidates:
        entity = res.entities[seen.entity]
        distance = ref.sentence - seen.sentence
        subject = seen.subject or (seen.sentence not in subject_in and first_of.get(seen.sentence) is seen)
        score = -1.0 * distance + (0.8 if subject else 0.0) + (0.3 if gender == ref.gender and gender else 0.0)
        score += 0.5 if _has_name(entity) else 0.0  # a named actor is more salient than a described one
        score += 0.001 * seen.start / max(1, len(doc))  # the nearer of two equals
        if best is None or score > best[0]:
            best = (score, seen.entity)
    if best is not None:
        ref.entity = best[1]
        s, e = doc[ref.start].idx, doc[ref.end - 1].idx + len(doc[ref.end - 1])
        res.added.setdefault(best[1], []).append(Mention(s, e, res.text[s:e], "pronoun"))
        for i in range(ref.start, ref.end):
            res.token_entity.setdefault(i, best[1])


def _window_start(res: _Resolution, ref: Referent, sentences: int) -> int:
    """The first token of the ``sentences`` sentences before the referent's own."""
    lo = ref.start
    while lo > 0 and res.sentence_of[lo - 1] >= ref.sentence - sentences:
        lo -= 1
    return lo


def _antecedents(res: _Resolution, ref: Referent):
    """Mentions before the pronoun, within the window: names and resolved referents."""
    doc = res.doc
    lo = _window_start(res, ref, _PRONOUN_WINDOW)
    last: str | None = None
    for i in range(lo, ref.start):
        eid = res.token_entity.get(i)
        if eid is None:
            last = None
            continue
        if eid == last:
            continue
        last = eid
        t = doc[i]
        head = t
        for _ in range(8):  # a mention's own head, a few tokens up at most
            if head.head.i == head.i or res.token_entity.get(head.head.i) != eid:
                break
            head = head.head
        yield _Seen(eid, i, res.sentence_of[i], head.dep_ in _SUBJECT_DEPS and not _absolute(head.head),
                    i in res.quoted)


def _absolute(verb: Token) -> bool:
    """A participle with no finite auxiliary (`le président Macron étant retenu à Bruxelles`): an
    absolute clause, whose subject is not the sentence's subject."""
    if verb.morph.get("VerbForm") != ["Part"]:
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return not any(a.morph.get("VerbForm") == ["Fin"] for a in auxiliaries) and bool(auxiliaries)


def _has_name(entity: Entity) -> bool:
    return any(not isinstance(m, Mention) or m.kind == "name" for m in entity.mentions)


def _is_plural(res: _Resolution, entity: Entity) -> bool:
    refs = res.descriptions.get(entity.id, [])
    if refs and all(r.plural for r in refs) and not any(m.kind == "name" for m in entity.mentions if isinstance(m, Mention)):
        return True
    return False


def _current_gender(res: _Resolution, entity: Entity) -> str | None:
    if entity.gender:
        return entity.gender
    genders = {r.gender for r in res.descriptions.get(entity.id, [])
               if r.gender and r.lemma not in res.lang.ungendered_nouns}
    if len(genders) == 1:
        return genders.pop()
    if entity.id not in res.priors:
        res.priors[entity.id] = name_prior(res.lang, entity)
    return res.priors[entity.id]


# --- the new index --------------------------------------------------------------------------------

def _rebuilt(res: _Resolution, original: EntityIndex, referents: list[Referent], text: str) -> EntityIndex:
    entities: list[Entity] = []
    for eid in res.order + [e.id for e in res.new_entities]:
        entity = res.entities[eid]
        mentions = {m.start: m for m in entity.mentions}
        for m in res.added.get(entity.id, []):
            if not any(x.start <= m.start < x.end or m.start <= x.start < m.end for x in mentions.values()):
                mentions[m.start] = m
        entities.append(Entity(entity.id, entity.type, entity.name, tuple(sorted(mentions.values(), key=lambda m: m.start)),
                               entity.key, entity.country, entity.descriptors, entity.gender, entity.gender_evidence,
                               entity.gender_cue, entity.source_kind))
    entities = decide_genders(res.doc, res.lang, entities, referents, res.token_entity, text)
    entities, token_entity = _renumbered(entities, res.token_entity)
    index = EntityIndex(tuple(entities), token_entity)
    index.descriptor_spans = original.descriptor_spans
    return index


def _renumbered(entities: list[Entity], token_entity: dict[int, str]) -> tuple[list[Entity], dict[int, str]]:
    """Ids e1, e2, ... in the order of first mention, with no gap left by a merge."""
    ordered = sorted(entities, key=lambda e: min((m.start for m in e.mentions), default=0))
    new_id = {e.id: f"e{n}" for n, e in enumerate(ordered, start=1)}
    return ([replace(e, id=new_id[e.id]) for e in ordered],
            {i: new_id[eid] for i, eid in token_entity.items() if eid in new_id})
