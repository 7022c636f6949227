"""Entities: one record per real-world actor or place, all its mentions in the article merged.

spaCy's NER proposes mentions; language data (gazetteers, honorifics, role nouns, demonyms)
fixes their types and boundaries, and the mentions are then merged into actors:
full names with surnames and `M. X`, titles used as references (`le président russe`) with
the person the article establishes, capitals used as actors (`Moscou a demandé`) with their
country. Appositions become descriptors (`La porte-parole de la Maison Blanche, Jen Psaki`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..lang import LanguageData
from ..lang.world import INSTITUTION_SEATS
from ..model import Entity, Mention, Span
from ..nlp import HEADING_DASHES
from .identity import (country_names, english_country_name, fold_name, fold_word, known_person,
                       leader_info, make_key)


@dataclass
class EntityIndex:
    """The entities of one article, and which entity each mention token belongs to."""

    entities: tuple[Entity, ...] = ()
    token_entity: dict[int, str] = field(default_factory=dict)
    # entity id -> token spans of its appositions and titles ("porte-parole du Kremlin")
    descriptor_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {e.id: e for e in self.entities}

    def get(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id else None

    def at(self, token: Token | int) -> Entity | None:
        i = token if isinstance(token, int) else token.i
        return self.get(self.token_entity.get(i))

    def in_tokens(self, tokens) -> Entity | None:
        """The first entity mentioned among these tokens, persons first."""
        found = [self.at(t) for t in tokens]
        found = [e for e in found if e is not None]
        for wanted in ("PERSON", "ORG", "GPE", "NORP", "LOC", "MISC"):
            for e in found:
                if e.type == wanted:
                    return e
        return None

    def with_added(self, entity: Entity, token_ids: list[int]) -> "EntityIndex":
        token_entity = dict(self.token_entity)
        for i in token_ids:
            token_entity.setdefault(i, entity.id)
        return EntityIndex(self.entities + (entity,), token_entity, self.descriptor_spans)

    def with_mention(self, entity_id: str, span: Span, token_ids: list[int]) -> "EntityIndex":
        entities = []
        for e in self.entities:
            if e.id == entity_id and all(m.start != span.start for m in e.mentions):
                mentions = tuple(sorted(e.mentions + (span,), key=lambda m: m.start))
                e = replace(e, mentions=mentions)
            entities.append(e)
        token_entity = dict(self.token_entity)
        for i in token_ids:
            token_entity.setdefault(i, entity_id)
        return EntityIndex(tuple(entities), token_entity, self.descriptor_spans)


_NER_TYPES = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE",
              "NORP": "NORP", "MISC": "MISC", "FAC": "LOC"}
_LEADING_DETERMINERS = {"l'", "le", "la", "les", "the", "l’", "d'", "d’", "du", "des"}
_HEAD_ROLES = ("president", "leader", "prime minister", "chancellor", "king", "queen")


@dataclass
class _Mention:
    start: int  # token indices, end exclusive
    end: int
    type: str
    key: str | None = None
    country: str | None = None
    canonical: str | None = None
    gender: str | None = None
    name_tokens: list[str] = field(default_factory=list)
    from_gazetteer: bool = False
    role: str | None = None  # for title references: the role noun
    cluster: int = -1


@lru_cache(maxsize=None)
def _gazetteer(code: str, vocab_id: int, vocab) -> tuple[PhraseMatcher, dict[str, tuple[str, ...]]]:
    """A phrase matcher over the language's place, organisation and seat-of-power names."""
    from .. import lang as langdata

    lang = langdata.get(code)
    matcher = PhraseMatcher(vocab, attr="LOWER")
    table: dict[str, tuple[str, ...]] = {}
    tokenizer_nlp = _tokenizer_for(code)

    def add(surface: str, info: tuple[str, ...]) -> None:
        surface = surface.replace("’", "'")
        if surface in table or len(surface) < 2:
            return
        table[surface] = info
        matcher.add(surface, [tokenizer_nlp(surface)])

    for surface, (key, name, country) in lang.metonyms.items():
        add(surface, ("ORG", key, name, country or "", "metonym"))
    for surface, (key, name, country) in lang.org_aliases.items():
        add(surface, ("ORG", key, name, country or "", "org"))
    for surface, alpha3 in country_names(lang).items():
        if len(surface) > 3 or surface.isupper():
            add(surface, ("GPE", f"country:{alpha3}", english_country_name(alpha3), alpha3, "country"))
    for surface, (alpha3, name) in lang.cities.items():
        add(surface, ("GPE", make_key("city", name, alpha3), name, alpha3, "city"))
    for surface, (alpha3, name) in lang.regions.items():
        add(surface, ("LOC", make_key("region", name), name, alpha3, "region"))
    return matcher, table


@lru_cache(maxsize=None)
def _tokenizer_for(code: str):
    from ..nlp import load_pipeline

    return load_pipeline(code).tokenizer


def _norm(text: str) -> str:
    return text.replace("’", "'").lower().strip()


def _capitals(lang: LanguageData) -> set[str]:
    return {c for c in lang.cities if c in lang.capital_cities}


def find_entities(doc: Doc, lang: LanguageData, text: str, published: str | None = None) -> EntityIndex:
    year = int(published[:4]) if published and published[:4].isdigit() else None
    mentions = _ner_mentions(doc, lang)
    mentions = _merge_gazetteer(doc, lang, mentions)
    for m in mentions:
        _type_mention(doc, lang, m)
    mentions = [m for m in mentions if m.type and not _one_of_a_people(doc, lang, m)]
    _surnames_are_persons(doc, mentions)
    _cluster_persons(doc, lang, mentions)
    descriptors = _descriptors(doc, lang, mentions)
    mentions += _title_references(doc, lang, mentions, descriptors, year)
    return _build(doc, lang, text, mentions, descriptors)


def _ner_mentions(doc: Doc, lang: LanguageData) -> list[_Mention]:
    out = _age_appositions(doc, lang)
    covered = {i for m in out for i in range(m.start, m.end)}
    for ent in doc.ents:
        kind = _NER_TYPES.get(ent.label_)
        if kind is None or covered & set(range(ent.start, ent.end)):
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].is_punct:
            start += 1  # "- Décès -": the dashes of a sub-heading are not the name's
        last = end
        while last > start and doc[last - 1].is_punct:
            last -= 1
        if last - start == 1 and _in_dash_heading(doc, start):
            continue  # a sub-heading's capitalised common word ("- Lits en carton -"), not a name
        # an agency or outlet glued to the name that follows ("a déclaré à l'AFP Olivier Martin")
        outlet = _leading_outlet(doc, lang, start, end)
        if outlet is not None:
            out.append(_Mention(start, outlet, "ORG"))
            start, kind = outlet, "PERSON"
        while start < end and _norm(doc[start].text) in _LEADING_DETERMINERS and not (
                kind == "PERSON" and start == ent.start and start + 1 < end and doc[start].text[:1].isupper()
                and doc[start + 1].text[:1].isupper() and _norm(doc[start + 1].text) not in lang.role_nouns
                and _norm(doc[start + 1].text) not in lang.honorifics):
            start += 1  # "la Russie"; but a person's capitalised particle is their surname's (Le Pen)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in ".":
            end -= 1
        end = _without_trailing_predicate(doc, start, end)
        # an abbreviation's final dot is part of it, a sentence's is not
        if end > start and doc[end - 1].text == "." and end - 1 > start:
            end -= 1
        if start >= end or not any(ch.isalpha() for ch in doc[start:end].text):
            continue
        if end - start == 1 and _norm(doc[start].text) in lang.not_names:
            continue  # "l'État", "la République", "Ça": a capitalised common word, not a name
        # an outlet whose article NER left out ("du Parisien" for Le Parisien)
        if start > 0 and _norm(f"{doc[start - 1].text} {doc[start:end].text}") in lang.org_aliases:
            start -= 1
        elif start > 0 and _norm(doc[start - 1].text) in lang.contracted_articles and _norm(
                f"{lang.contracted_articles[_norm(doc[start - 1].text)]} {doc[start:end].text}") in lang.org_aliases:
            kind = "ORG"
        words = [_norm(t.text) for t in doc[start:end]]
        if all(w in lang.role_nouns or w in _LEADING_DETERMINERS or w in ("de", "of") for w in words) or \
                words[0] in ("de", "of", "du", "des") or doc[start].pos_ == "ADP" or (
                words[0] in lang.role_nouns and doc[start].text[:1].islower()):
            continue  # "Premier ministre", "ministre de l'Intérieur", "de la République": a title, not a name
        if not any(t.text[:1].isupper() for t in doc[start:end]):
            continue
        if kind != "PERSON" and all(_norm(t.text) in lang.pronouns for t in doc[start:end]):
            continue
        out.append(_Mention(start, end, kind))
    return out


def _in_dash_heading(doc: Doc, i: int) -> bool:
    """Whether token i sits in a sub-heading set off by dashes as a sentence of its own."""
    sent = doc[i].sent
    return sent[0].text in HEADING_DASHES and sent[-1].text in HEADING_DASHES


def _leading_outlet(doc: Doc, lang: LanguageData, start: int, end: int) -> int | None:
    """Where the name starts when a known organisation (an agency, an outlet) opens the NER span and a
    capitalised name of two words or more follows it."""
    for n in (3, 2, 1):
        cut = start + n
        if end - cut < 2:
            continue
        # a hyphen the tokenizer split off a compound first name (Alfa-Claude) is part of the name
        words = [t for t in doc[cut:end] if not (t.text == "-" and not t.whitespace_)]
        if _norm(doc[start:cut].text) in lang.org_aliases and all(t.text[:1].isupper() for t in words):
            return cut
    return None


_PREDICATE_POS = ("VERB", "AUX", "ADV")


def _without_trailing_predicate(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when NER ran it on into the verb after it ("la Cour des comptes pointe aussi"):
    a name never ends in a lowercase verb or adverb that governs the name or hangs outside it; a
    lowercase word a name part governs stays (it is the name's own, "La République en marche")."""
    while end - start > 1:
        last = doc[end - 1]
        if last.pos_ not in _PREDICATE_POS or not last.text[:1].islower():
            break
        inside = start <= last.head.i < end and last.head.i != last.i
        if inside and doc[last.head.i].pos_ not in _PREDICATE_POS:
            break
        end -= 1
    return end


def _age_appositions(doc: Doc, lang: LanguageData) -> list[_Mention]:
    """First names given alone with an age ("lance Julien, 34 ans"): people, whatever NER made of them."""
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i + 3 >= len(doc):
            continue
        if t.i > 0 and doc[t.i - 1].pos_ == "PROPN":
            continue  # part of a longer name
        comma, number, unit = doc[t.i + 1], doc[t.i + 2], doc[t.i + 3]
        if comma.text == "," and number.like_num and _norm(unit.text) in lang.age_words:
            out.append(_Mention(t.i, t.i + 1, "PERSON"))
    return out


def _merge_gazetteer(doc: Doc, lang: LanguageData, mentions: list[_Mention]) -> list[_Mention]:
    matcher, table = _gazetteer(lang.code, id(doc.vocab), doc.vocab)
    found = []
    for match_id, start, end in matcher(doc):
        if not doc[start].text[:1].isupper():
            continue
        found.append(_Mention(start, end, "", from_gazetteer=True))
    # longest first; a gazetteer match beats an NER span of the same or smaller extent,
    # an NER span that contains a gazetteer match (Conseil OTAN-Russie) keeps it inside
    pool = sorted(found + mentions, key=lambda m: (-(m.end - m.start), not m.from_gazetteer, m.start))
    taken: list[_Mention] = []
    occupied: set[int] = set()
    for m in pool:
        span = set(range(m.start, m.end))
        if span & occupied:
            continue
        if m.from_gazetteer:
            ner = next((n for n in mentions if n.start == m.start and n.end == m.end), None)
            if ner is not None and ner.type == "PERSON" and not _is_place_like(doc, m):
                continue
        taken.append(m)
        occupied |= span
    return sorted(taken, key=lambda m: m.start)


def _is_place_like(doc: Doc, m: _Mention) -> bool:
    before = doc[m.start - 1] if m.start > 0 else None
    return before is None or not before.text[:1].isupper()


def _type_mention(doc: Doc, lang: LanguageData, m: _Mention) -> None:
    """Type, key and country from the gazetteers; fix NER faults that follow a pattern."""
    _, table = _gazetteer(lang.code, id(doc.vocab), doc.vocab)
    # an ORG cut before its last word ("Organisation pour la sécurité et la coopération en")
    while m.end < len(doc) and doc[m.end - 1].pos_ == "ADP" and doc[m.end].text[:1].isupper():
        m.end += 1
    surface = _norm(doc[m.start:m.end].text)
    info = table.get(surface)
    if info is None and m.start > 0 and _norm(doc[m.start - 1].text) in lang.contracted_articles:
        info = table.get(f"{lang.contracted_articles[_norm(doc[m.start - 1].text)]} {surface}")  # du Parisien
    honorific = _norm(doc[m.start - 1].text) if m.start > 0 else ""
    if info and m.type == "PERSON" and (honorific in lang.honorifics or m.end - m.start > 1):
        info = None  # M. Washington, George Washington
    if info:
        kind, key, name, country, source = info
        m.type, m.key, m.canonical, m.country = kind, key, name, country or None
        if source == "city" and surface in lang.capital_cities and _acts(doc, lang, m):
            # Moscou se prépare, avec Moscou: the capital stands for its country's government, or for the
            # institution seated there (négocier avec Bruxelles: the European Union)
            m.type, m.key, m.canonical = "GPE", f"country:{country}", english_country_name(country)
            if name in INSTITUTION_SEATS:
                m.key, m.canonical, m.type = INSTITUTION_SEATS[name]
                m.country = None
        return
    if m.type in ("MISC", "ORG", "LOC") and _person_by_context(doc, lang, m):
        m.type = "PERSON"
    if m.type == "PERSON" and not m.name_tokens and m.end - m.start == 1 and _age_follows(doc, lang, m.end):
        m.name_tokens = [doc[m.start].text]
        return
    if m.type == "PERSON":
        tokens = [t for t in doc[m.start:m.end]]
        while tokens and (_norm(tokens[0].text) in lang.honorifics or _norm(tokens[0].text) in lang.role_nouns):
            if _norm(tokens[0].text) in lang.honorifics:
                m.gender = lang.honorifics[_norm(tokens[0].text)]
            tokens = tokens[1:]
        if not tokens or not tokens[0].text[:1].isupper():
            m.type = ""  # "président de la République": a title, not a name
            return
        m.start = tokens[0].i
        honorific = _norm(doc[m.start - 1].text) if m.start > 0 else ""
        if honorific in lang.honorifics:
            m.gender = m.gender or lang.honorifics[honorific]
            m.start -= 1  # "M. Poutine" is the mention, the honorific tells the gender
        m.name_tokens = [t.text for t in tokens if not t.is_punct]
        if not m.name_tokens:
            m.type = ""
        return
    if m.type in ("LOC", "MISC") and fold_word(surface) and m.end - m.start <= 3:
        alpha3 = country_names(lang).get(surface)
        if alpha3:
            m.type, m.key, m.country, m.canonical = "GPE", f"country:{alpha3}", alpha3, english_country_name(alpha3)
            return
    if m.type in ("MISC", "LOC"):
        low = surface.split()[0] if surface else ""
        if low in lang.demonyms and m.end - m.start <= 2:
            m.type, m.country = "NORP", lang.demonyms[low]  # "les Français": a people, not a place
    if m.type == "NORP":
        m.country = m.country or lang.demonyms.get(surface)


def _one_of_a_people(doc: Doc, lang: LanguageData, m: _Mention) -> bool:
    """`l'Allemand`, `la Française`, `un Russe`: one person of that nationality, a description of
    someone (most often named nearby), not the people itself (`les Allemands`)."""
    if m.type != "NORP" or m.end - m.start != 1 or m.start == 0:
        return False
    if m.end < len(doc) and doc[m.end].ent_type_ in ("PER", "PERSON"):
        return False  # `la Française Mireille Ballestrazzi`: coreference makes it her title
    return _norm(doc[m.start - 1].text) in lang.determiners_f | lang.determiners_m


def _surnames_are_persons(doc: Doc, mentions: list[_Mention]) -> None:
    """A name NER labels a thing here and is a person's surname there (Heaulme after Francis Heaulme):
    the type is voted across the article's mentions, and a person's own surname is a person."""
    full_names = {tuple(fold_word(w) for w in m.name_tokens) for m in mentions
                  if m.type == "PERSON" and len(m.name_tokens) >= 2}
    surnames = {words[-1] for words in full_names}
    # a first name used alone (Sébastien after Sébastien Lévesque), when it opens one person's name only
    openers = Counter(words[0] for words in full_names)
    surnames |= {w for w, n in openers.items() if n == 1}
    for m in mentions:
        if m.type not in ("MISC", "ORG", "LOC") or m.from_gazetteer or m.key is not None:
            continue
        if m.end - m.start == 1 and doc[m.start].text[:1].isupper() and fold_word(doc[m.start].text) in surnames:
            m.type, m.name_tokens = "PERSON", [doc[m.start].text]
        elif m.end - m.start >= 2 and tuple(fold_word(t.text) for t in doc[m.start:m.end]) in full_names:
            m.type, m.name_tokens = "PERSON", [t.text for t in doc[m.start:m.end]]  # the same full name again


def _age_follows(doc: Doc, lang: LanguageData, i: int) -> bool:
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and _norm(doc[i + 2].text) in lang.age_words


def _person_by_context(doc: Doc, lang: LanguageData, m: _Mention) -> bool:
    """NER labels some people MISC or ORG: "Sébastien, un électricien", "M. Dupont", "Le Premier ministre Edouard Philippe"."""
    if m.start > 0 and _norm(doc[m.start - 1].text) in lang.honorifics:
        return True
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and m.start >= 2 and doc[m.start - 2].pos_ == "DET" and (
            _norm(before.text) in lang.person_nouns or _norm(before.lemma_) in lang.person_nouns) \
            and _is_first_name(doc[m.start].text, lang):
        return True  # "sa femme Véronique", "l'actrice Judith Magre": a person noun before a first name
    words = [_norm(t.text) for t in doc[m.start:m.end]]
    if len(words) >= 3 and words[0] in lang.role_nouns and all(t.text[:1].isupper() for t in doc[m.end - 2:m.end]):
        return True  # a role before a full name
    k = m.end
    if m.end - m.start <= 3 and k + 1 < len(doc) and doc[k].text == ",":
        k += 1
        if doc[k].pos_ == "DET":
            k += 1
        return k < len(doc) and (_norm(doc[k].text) in lang.role_nouns or _norm(doc[k].lemma_) in lang.role_nouns)
    return False


def _is_first_name(word: str, lang: LanguageData) -> bool:
    from .gender import first_name_gender  # gender reads the entities' records: imported late

    return first_name_gender(word, lang) is not None


def _acts(doc: Doc, lang: LanguageData, m: _Mention) -> bool:
    """Is this place name used as an actor (subject, object, `avec X`) rather than a location (`à X`)?"""
    head = doc[m.end - 1]
    for t in doc[m.start:m.end]:
        if t.head.i < m.start or t.head.i >= m.end:
            head = t
            break
    preps = [c for c in head.children if c.dep_ in ("case", "prep")] + (
        [head.head] if head.dep_ == "pobj" else [])
    if any(_norm(p.text) in lang.locative_prepositions for p in preps):
        return False
    return True


def _cluster_persons(doc: Doc, lang: LanguageData, mentions: list[_Mention]) -> None:
    """Full names with their surnames and `M. X`, spelling variants folded."""
    clusters: list[list[_Mention]] = []
    surname_of: list[str] = []
    first_of: list[str] = []
    words_of: list[tuple[str, ...]] = []
    # indexes that keep this linear in the number of mentions: clusters by surname, and each
    # cluster's member starts in order (the nearest one before a mention is a bisection)
    clusters_of_surname: dict[str, list[int]] = {}
    starts_of: list[list[int]] = []
    persons = [m for m in mentions if m.type == "PERSON"]
    # full names first, so that a surname seen before its full name still joins it
    for m in sorted(persons, key=lambda m: (-len(m.name_tokens), m.start)):
        words = tuple(fold_word(w) for w in m.name_tokens)
        surname = words[-1]
        first = words[0] if len(words) > 1 else ""
        # a surname with its particle (Le Pen, von der Leyen) is the end of a longer name
        candidates = [i for i, full in enumerate(words_of) if len(full) > len(words) > 1 and full[-len(words):] == words]
        if not candidates:
            candidates = [i for i in clusters_of_surname.get(surname, ())
                          if not first or not first_of[i] or first_of[i] == first]
        if not candidates and len(words) == 1:
            # a fuzzy spelling of a surname (Ouchakov / Ushakov)
            candidates = [i for i, s in enumerate(surname_of) if _close(s, surname)]
        if not candidates and len(words) == 1:
            # a name that opens a full name: a first name used alone (Sébastien for Sébastien Lévesque)
            # or a surname written first (Meng for Meng Hongwei, Wang for Wang Yi); only when one person fits
            opening = [i for i, full in enumerate(words_of) if len(full) > 1 and full[0] == surname]
            candidates = opening if len(opening) == 1 else []
        if candidates:
            # the nearest full name before this mention, else the first one
            before = [i for i in candidates if starts_of[i][0] <= m.start]
            chosen = max(before, key=lambda i: starts_of[i][bisect_right(starts_of[i], m.start) - 1]
                         ) if before else candidates[0]
            clusters[chosen].append(m)
            insort(starts_of[chosen], m.start)
        else:
            clusters_of_surname.setdefault(surname, []).append(len(clusters))
            clusters.append([m])
            starts_of.append([m.start])
            surname_of.append(surname)
            first_of.append(first)
            words_of.append(words)
    for number, members in enumerate(clusters):
        full = max(members, key=lambda x: (len(x.name_tokens), -x.start))
        canonical = known_person(full.name_tokens)
        gender = next((x.gender for x in members if x.gender in ("m", "f")), None)
        info = leader_info(canonical) if canonical else None
        for x in members:
            x.cluster = number
            x.canonical = canonical
            x.gender = gender or (info[2] if info else None)
            x.country = info[0] or None if info else None
            # a well-known person's key is their English name; others fold spelling variants together
            x.key = make_key("person", canonical) if canonical else make_key("person", " ".join(full.name_tokens))


def _close(a: str, b: str) -> bool:
    if not a or not b or a[0] != b[0]:
        return False
    from rapidfuzz.distance import Levenshtein

    return len(a) >= 5 and Levenshtein.distance(a, b) <= 1


# --- descriptors and titles ----------------------------------------------------------------------

def _role_head(doc: Doc, lang: LanguageData, start: int, end: int) -> Token | None:
    """The first role noun of a phrase (porte-parole, conseiller, président...)."""
    for t in doc[start:end]:
        if _norm(t.text) in lang.role_openers or _norm(t.lemma_) in lang.role_openers:
            continue  # `premier ministre` is a ministre; `première épouse` holds no role
        if _norm(t.text) in lang.role_nouns or _norm(t.lemma_) in lang.role_nouns:
            return t
        if t.pos_ in ("NOUN", "PROPN") and _norm(t.text) not in lang.honorifics:
            return None
    return None


def _descriptors(doc: Doc, lang: LanguageData, mentions: list[_Mention]) -> dict[int, list[tuple[int, int]]]:
    """Appositions around person names: cluster -> descriptor token spans."""
    found: dict[int, list[tuple[int, int]]] = {}
    taken: set[int] = set()
    for m in mentions:
        if m.type != "PERSON":
            continue
        # after: "Yuri Ushakov, conseiller aux affaires étrangères de M. Poutine,"
        if m.end + 1 < len(doc) and doc[m.end].text == ",":
            start = m.end + 1
            while start < len(doc) and _norm(doc[start].text) in _LEADING_DETERMINERS | {"un", "une", "a", "an"}:
                start += 1
            opens = start < len(doc) and (_role_head(doc, lang, start, min(len(doc), start + 3)) is not None or (
                doc[start].pos_ == "NOUN" and doc[start].text.islower()))
            if opens:
                end = start
                while end < len(doc) and doc[end].text not in ",;:.«»\"()" and not doc[end].is_space and (
                        doc[end].pos_ not in ("VERB", "AUX") or end == start
                        or (doc[end].morph.get("VerbForm") == ["Part"] and doc[end].dep_ in ("acl", "amod"))) and not (
                        end > start and _norm(doc[end].text) in lang.relative_pronouns):
                    end += 1
                closed = end < len(doc) and (doc[end].text in ",.;)" or _norm(doc[end].text) in lang.relative_pronouns)
                # "X, le philosophe Y, l'écrivain Z": a title followed by a name is that name's, not X's
                titles_another = any(x.type == "PERSON" and start < x.start < end and doc[x.start - 1].pos_ == "NOUN"
                                     for x in mentions)
                if closed and end - start <= 12 and not titles_another:
                    found.setdefault(m.cluster, []).append((start, end))
                    taken |= set(range(start - 1, end + 1))
    for m in mentions:
        if m.type != "PERSON":
            continue
        # before: "La porte-parole de la Maison Blanche, Jen Psaki" / "Le président Biden"
        if m.start >= 2 and doc[m.start - 1].text == ",":
            start = m.start - 2
            opened = _bracket_open(doc, start)
            start = opened if opened is not None and opened > 0 else start
            while start > 0 and not doc[start].is_sent_start and (doc[start - 1].text not in _STOPS
                                                                   or _bracket_open(doc, start - 1) is not None) \
                    and not doc[start - 1].is_space and doc[start - 1].pos_ not in ("VERB", "AUX") \
                    and not doc[start - 1].text.endswith("."):
                # a short bracket inside the title (`Le président du CSA (France), X`, `Le maire de Lens
                # (Pas-de-Calais), X`) is part of it
                opened = _bracket_open(doc, start - 1)
                start = opened if opened is not None else start - 1
            skip = _LEADING_DETERMINERS | lang.determiners_f | lang.determiners_m | {"mais", "but", "et", "and", "a", "an"}
            det = ""
            while start < m.start - 1 and _norm(doc[start].text) in skip:
                det = _norm(doc[start].text)
                start += 1
            if start < m.start - 1 and not (taken & set(range(start, m.start))) and _role_head(doc, lang, start, m.start - 1):
                found.setdefault(m.cluster, []).append((start, m.start - 1))
                if m.gender is None:
                    # "son avocate": a possessive before a vowel says nothing of the gender
                    m.gender = _grammatical_gender(doc[start:m.start - 1]) or (
                        "f" if det in lang.determiners_f and det != "l'" else
                        "m" if det in lang.determiners_m and det != "son" else None)
                continue
        if m.start >= 1 and _norm(doc[m.start - 1].text) in lang.role_nouns:
            found.setdefault(m.cluster, []).append((m.start - 1, m.start))
    return found


def _bracket_open(doc: Doc, close: int) -> int | None:
    """Where the short bracket that token `close` ends opens (at most four words inside, one sentence)."""
    if doc[close].text != ")":
        return None
    for i in range(close - 1, max(-1, close - 6), -1):
        if doc[i].text == "(":
            return i
        if doc[i].text in _STOPS or doc[i].is_space:
            return None
    return None


_NAMED_THINGS = ("ORG", "LOC", "FAC", "MISC")
_STOPS = set(",;:«»\"()“”")
_FEMININE_ENDINGS = ("euse", "trice", "ienne", "enne", "ière", "ante", "ente", "esse", "onne", "ée")


def _grammatical_gender(tokens) -> str | None:
    """A descriptor's gender from its agreement: "avocate", "historienne", "guide touristique local".

    Only marked forms count: a noun or adjective inflected to the feminine away from its lemma, or a
    masculine one whose feminine would differ (not "ministre", "guide")."""
    head = next((t for t in tokens if t.pos_ == "NOUN"), None)
    if head is None:
        return None
    for t in [head] + [c for c in head.children if c.dep_ == "amod"]:
        gender, low, lemma = t.morph.get("Gender"), t.text.lower(), t.lemma_.lower()
        if lemma != low and (low == lemma + "e" or low.endswith(_FEMININE_ENDINGS)):
            return "f"  # inflected from its masculine lemma, whatever the tagger's gender says
        if gender == ["Masc"] and not low.endswith(("e", "es")) and t.lemma_.lower() == low:
            return "m"
    return None


def _mention_at(mentions: list[_Mention], i: int) -> _Mention:
    return next(m for m in mentions if m.start <= i < m.end)


def _title_references(doc: Doc, lang: LanguageData, mentions: list[_Mention],
                      descriptors: dict[int, list[tuple[int, int]]], year: int | None) -> list[_Mention]:
    """Definite role phrases that refer to a person the article establishes: `le président russe`."""
    occupied = {i for m in mentions for i in range(m.start, m.end)}
    persons: dict[int, _Mention] = {}
    for m in mentions:
        if m.type == "PERSON" and m.cluster not in persons:
            persons[m.cluster] = m
    roles_of: dict[int, set[str]] = {c: set() for c in persons}
    for cluster, spans in descriptors.items():
        for s, e in spans:
            head = _role_head(doc, lang, s, e)
            if head is not None:
                roles_of.setdefault(cluster, set()).add(_norm(head.lemma_))
                roles_of[cluster].add(_norm(head.text))
    for spans in descriptors.values():
        for s, e in spans:
            occupied |= set(range(max(0, s - 1), e))
    # indexes that keep this linear in the length of the doc (each was a scan of every mention)
    by_start = sorted(mentions, key=lambda x: x.start)
    mention_starts = [x.start for x in by_start]
    first_start: dict[int, int] = {}  # a cluster's first mention, whatever its type
    person_starts: dict[int, list[int]] = {}
    covering: dict[int, int] = {}  # token -> the first mention (in list order) over it
    starting: dict[int, int] = {}  # token -> the first mention (in list order) starting there
    for n, x in enumerate(mentions):
        first_start[x.cluster] = min(first_start.get(x.cluster, x.start), x.start)
        if x.type == "PERSON":
            person_starts.setdefault(x.cluster, []).append(x.start)
        for i in range(x.start, x.end):
            covering.setdefault(i, n)
        starting.setdefault(x.start, n)
    for starts in person_starts.values():
        starts.sort()
    desc_entities: dict[int, set[int]] = {}
    for cluster, spans in descriptors.items():
        for s, e in spans:
            desc_entities.setdefault(cluster, set()).update(
                x.cluster if x.type == "PERSON" else hash(x.key)
                for x in by_start[bisect_left(mention_starts, s):bisect_left(mention_starts, e)])
    # the person clusters that a role or a country can name, in the order of `persons`
    clusters_of_role: dict[str, list[int]] = {}
    clusters_of_country: dict[str, list[int]] = {}
    for cluster, m in persons.items():
        for role in roles_of.get(cluster, ()):
            clusters_of_role.setdefault(role, []).append(cluster)
        clusters_of_country.setdefault(m.country, []).append(cluster)
    out = []
    definite = {"le", "la", "l'", "the", "ce", "cette"}
    for t in doc:
        if t.i in occupied or _norm(t.text) not in lang.role_nouns:
            continue
        if t.i == 0 or _norm(doc[t.i - 1].text) not in definite:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        role = _norm(t.text)
        end = t.i + 1
        if role in lang.role_openers and nxt is not None and nxt.i not in occupied and _norm(nxt.text) in lang.role_nouns:
            # `le premier ministre`: the role is the noun the opener qualifies
            role, end = _norm(nxt.text), t.i + 2
            nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.i in occupied:
            continue  # "le président Biden": a descriptor, not a reference
        country = None
        prev = doc[t.i - 2] if t.i >= 2 else None
        k = end - 1  # the role word itself
        if nxt is not None and _norm(nxt.text) in lang.demonyms:
            country, end = lang.demonyms[_norm(nxt.text)], k + 2
        elif prev is not None and _norm(prev.text) in lang.demonyms:  # "the Russian president"
            country = lang.demonyms[_norm(prev.text)]
        # "le porte-parole du Kremlin" names only someone described with the Kremlin
        complement = None
        if nxt is not None and _norm(nxt.text) in ("de", "du", "des", "d'", "of") and k + 2 < len(doc):
            found = [covering.get(k + 2)]
            if _norm(doc[k + 2].text) in _LEADING_DETERMINERS:
                found.append(starting.get(k + 3))
            found = [n for n in found if n is not None]
            inner = mentions[min(found)] if found else None
            if inner is not None:
                # the complement chooses the person but stays its own entity's mention: `le président |
                # d'Interpol` must not take Interpol's name into the person
                complement = inner.cluster if inner.type == "PERSON" else hash(inner.key)
        candidates = []
        for cluster in (clusters_of_country.get(country, ()) if country else clusters_of_role.get(role, ())):
            m = persons[cluster]
            if complement is not None and complement not in desc_entities.get(cluster, set()):
                continue
            if m.start > t.i and not first_start[cluster] < t.i:
                continue  # a title refers back to someone already named
            if country:
                info = leader_info(m.canonical) if m.canonical else None
                is_head = role in lang.head_of_state_roles and info and any(r in _HEAD_ROLES for r in info[1])
                if m.country == country and (is_head or role in roles_of.get(cluster, ())):
                    candidates.append(cluster)
            elif role in roles_of.get(cluster, ()):
                candidates.append(cluster)
        if len(candidates) > 1 and not country:
            # "le ministre" after two ministers: the one named last before it
            last_seen = {c: _last_before(person_starts.get(c, []), t.i) for c in candidates}
            candidates = [max(candidates, key=last_seen.get)]
        if len(candidates) == 1:
            ref = _Mention(t.i - 1, end, "PERSON", role=role)
            ref.cluster = candidates[0]
            out.append(ref)
            occupied |= set(range(t.i - 1, end))
    return out


def _last_before(starts: list[int], i: int) -> int:
    """The greatest of the sorted ``starts`` below ``i``, else -1."""
    k = bisect_left(starts, i)
    return starts[k - 1] if k else -1


def _build(doc: Doc, lang: LanguageData, text: str, mentions: list[_Mention],
           descriptors: dict[int, list[tuple[int, int]]]) -> EntityIndex:
    groups: dict[str, list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type == "PERSON":
            gid = f"person#{m.cluster}"
        elif m.key is None and m.type in _NAMED_THINGS:
            # NER labels one name ORG here and LOC there ("la Fondation Roi Baudouin"): one entity
            gid = f"name:{fold_name(doc[m.start:m.end].text)}"
        else:
            gid = m.key or f"{m.type}:{fold_name(doc[m.start:m.end].text)}"
        groups.setdefault(gid, []).append(m)
    # country of a person from what their descriptors name (porte-parole du Kremlin -> RUS)
    entities: list[Entity] = []
    token_entity: dict[int, str] = {}
    descriptor_spans: dict[str, list[tuple[int, int]]] = {}
    group_country = {gid: next((x.country for x in ms if x.country), None) for gid, ms in groups.items()}
    mention_country = {i: group_country[gid] for gid, ms in groups.items() for m in ms for i in range(m.start, m.end)}
    ordered = sorted(groups.items(), key=lambda kv: kv[1][0].start)
    for number, (gid, ms) in enumerate(ordered, start=1):
        eid = f"e{number}"
        named = [m for m in ms if m.role is None]
        if gid.startswith("country:"):
            # a country is named by its name, not by the capital that stood for it (États-Unis, not Washington)
            names = country_names(lang)
            named = [m for m in named if _norm(doc[m.start:m.end].text) in names] or named
        best = max(named or ms, key=lambda m: (len(m.name_tokens) or (m.end - m.start), -m.start))
        name = doc[best.start:best.end].text
        if best.type == "PERSON" and best.name_tokens:
            name = " ".join(best.name_tokens)
        name = text[doc[best.start].idx:doc[best.end - 1].idx + len(doc[best.end - 1])] if best.type != "PERSON" else _name_text(doc, text, best)
        first = ms[0]
        kind = first.type
        if gid.startswith("name:"):
            # a name NER once read as an organisation is one (places are keyed apart, by country),
            # else the label most mentions have
            kind = "ORG" if any(x.type == "ORG" for x in ms) else max(
                _NAMED_THINGS, key=lambda t: (sum(x.type == t for x in ms), -_NAMED_THINGS.index(t)))
        country = group_country[gid]
        descs: list[str] = []
        if kind == "PERSON":
            descriptor_spans[eid] = list(descriptors.get(first.cluster, []))
            for s, e in descriptors.get(first.cluster, []):
                desc = text[doc[s].idx:doc[e - 1].idx + len(doc[e - 1])]
                if desc not in descs:
                    descs.append(desc)
                if country is None:
                    country = next((mention_country[i] for i in range(s, e) if mention_country.get(i)), None)
                if country is None:
                    country = next((lang.demonyms[_norm(doc[i].text)] for i in range(s, e)
                                    if _norm(doc[i].text) in lang.demonyms), None)
        if kind == "GPE" and not country and first.key and first.key.startswith("country:"):
            country = first.key.split(":", 1)[1]
        key = first.key or make_key(kind.lower(), name)
        spans = []
        for m in ms:
            s, e = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            spans.append(Mention(s, e, text[s:e], "title" if m.role else "name"))
            for i in range(m.start, m.end):
                token_entity[i] = eid
        gender = next((m.gender for m in ms if m.gender), None)
        if gender is None and kind == "PERSON":
            gender = next((g for s, e in descriptors.get(first.cluster, []) if (g := _grammatical_gender(doc[s:e]))), None)
        entities.append(Entity(id=eid, type=kind, name=name, mentions=tuple(spans), key=key, country=country,
                               descriptors=tuple(descs), gender=gender,
                               gender_cue="dictionary" if gender and not any(m.gender for m in ms) else None))
    return EntityIndex(tuple(entities), token_entity, descriptor_spans)


def _name_text(doc: Doc, text: str, m: _Mention) -> str:
    tokens = [t for t in doc[m.start:m.end] if t.text in m.name_tokens]
    if not tokens:
        return doc[m.start:m.end].text
    return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
