"""Actors of events: CAMEO actor codes from the Phoenix dictionaries, and unnamed agents.

- A named actor gets the code the Phoenix dictionaries give its identity (``country:RUS`` -> RUS,
  ``person:vladimir putin`` -> RUSGOV on the article's date, ``org:nato`` -> IGOWSTNAT), as GDELT's
  Actor1Code; else its country.
- An actor phrase headed by an agent noun takes the agent's role after the country its named part
  gives: ``Afghan rebels`` -> AFGREB, ``security forces in Guinea`` -> GINCOP.
- An agent phrase with no name in it (``the police``, ``protesters``, ``the Sudanese government``)
  becomes an entity of its own, so an event can have it as source or target: its country comes
  from a demonym in the phrase, before or after the noun (``le gouvernement français``), or a country
  named in it (``in Guinea``), its key is ``agent:<code>`` (``agent:SDNGOV``), one per article. An
  agent with no country (``l'agresseur``, ``le gouvernement``) is no one actor across articles: the
  store scopes its key to its article (``store.records.actor_key``).

Agent nouns are language data: ``lang/<code>_agents.py`` (``AGENTS``: lemma or locution -> (code,
Phoenix entry)) when the language has one, else the Phoenix agents file itself (English nouns).
"""
from __future__ import annotations

import importlib
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from ..lang import LanguageData
from ..model import Entity, EventActor, Span

_MODIFIERS = {"amod", "compound", "nmod", "nummod"}
_ROLE_CODES_LEN = 3


@lru_cache(maxsize=None)
def _agents_table(code: str) -> dict[str, str] | None:
    try:
        module = importlib.import_module(f"newsgraph.lang.{code}_agents")
    except ModuleNotFoundError:
        return None
    table = getattr(module, "AGENTS", None)
    if not table:
        return None
    return {k.lower(): (v[0] if isinstance(v, tuple) else v) for k, v in table.items()}


@lru_cache(maxsize=None)
def _phoenix():
    from ..dictionaries import phoenix

    return phoenix.load()


@lru_cache(maxsize=65536)
def _phoenix_agent(words: str) -> str | None:
    entry = _phoenix().agent(words)
    return entry.code if entry is not None and entry.code else None


def agent_code(words: tuple[str, ...], lang: LanguageData) -> str | None:
    """The agent code of a phrase's words (modifiers then head, lemmas), longest ending first:
    ("military", "police") -> MILCOP before ("police",) -> COP."""
    table = _agents_table(lang.code)
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if table is not None:
            hit = table.get(phrase)
        else:
            hit = _phoenix_agent(phrase)
        if hit:
            return hit
    return None


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _named_code(name: str, day: date | None):
    return _phoenix().actor_code(name, on=day)


def _role_of(code: str, country: str | None) -> str | None:
    rest = code[len(country):] if country and code.startswith(country) else code
    return rest[:_ROLE_CODES_LEN] or None


def named_actor(entity: Entity, published: str | None) -> EventActor | None:
    """The CAMEO code of an entity, from its language-independent key first."""
    key = entity.key or ""
    if key.startswith("agent:"):
        code = key[len("agent:"):]
        return EventActor(code, entity.country, _role_of(code, entity.country))
    if key.startswith("country:"):
        c = key[len("country:"):]
        return EventActor(c, c, None)
    name = key.split(":", 1)[1] if ":" in key else entity.name
    hit = _named_code(name, _day(published)) or (_named_code(entity.name, _day(published))
                                                if name != entity.name else None)
    if hit is not None:
        return EventActor(hit.code, hit.country, hit.role)
    if entity.country:
        return EventActor(entity.country, entity.country, None)
    return None


def phrase_words(head: Token) -> tuple[Token, ...]:
    """The head noun with its contiguous modifiers before it: 'Serbian military police'."""
    words = [head]
    i = head.i - 1
    while i >= 0 and head.doc[i].head.i == head.i and head.doc[i].dep_ in _MODIFIERS:
        words.insert(0, head.doc[i])
        i -= 1
    return tuple(words)


def head_agent(head: Token, lang: LanguageData) -> str | None:
    """The agent code of an actor phrase's head noun: 'rebels' -> REB, 'security forces' -> COP."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    words = tuple(t.lemma_.lower() for t in phrase_words(head))
    code = agent_code(words, lang)
    if code is None and head.lower_ != head.lemma_.lower():
        code = agent_code(tuple(t.lower_ for t in phrase_words(head)), lang)
    return code


def phrase_actor(entity: Entity, member: Token, at: Token, lang: LanguageData,
                 published: str | None) -> EventActor | None:
    """The code of an actor read from the phrase ``member`` whose entity was found on ``at``:
    an agent head after a named part gives that part's country and the agent's role."""
    base = named_actor(entity, published)
    if at.i != member.i and not (entity.key or "").startswith("agent:"):
        role = head_agent(member, lang)
        if role:
            country = (base.country if base else None) or entity.country
            if country:
                return EventActor(country + role, country, role[:_ROLE_CODES_LEN])
    return base


def new_agent_entity(head: Token, lang: LanguageData, text: str, entities, country_of) -> tuple[Entity, list[int]] | None:
    """An unnamed agent phrase as an entity: ``the Sudanese government`` (SDNGOV), ``protesters`` (OPP).
    ``country_of(token)`` gives the country a token names (a demonym, a place entity), or None."""
    if any(c.dep_ in ("poss", "nmod:poss") for c in head.children):
        return None  # "his business", "their union": something someone has, not an actor of its own
    role = head_agent(head, lang)
    if role is None:
        return None
    words = phrase_words(head)
    country = None
    for t in words[:-1]:
        country = country_of(t)
        if country:
            break
    # an adjective after the noun, where the language puts it there ("le gouvernement français")
    after = next((c for c in head.rights if c.dep_ == "amod" and country_of(c)), None)
    if country is None and after is not None:
        country = country_of(after)
    else:
        after = None
    if country is None:
        for c in head.children:
            if c.dep_ in ("prep", "nmod", "case") or c.dep_.startswith("nmod"):
                objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
                for o in objs:
                    country = country_of(o)
                    if country:
                        break
            if country:
                break
    code = (country or "") + role
    key = f"agent:{code}"
    start = 0
    while start < len(words) - 1 and words[start].pos_ == "ADJ" and not country_of(words[start]):
        start += 1  # "Angry French paper workers": the name starts at what says who they are
    start = words[start]
    end = after if after is not None and after.i == head.i + 1 else head
    s, e = start.idx, end.idx + len(end.text)
    span = Span(s, e, text[s:e])
    tokens = list(range(start.i, end.i + 1))
    existing = next((x for x in entities.entities if x.key == key), None)
    if existing is not None:
        return existing, tokens
    entity = Entity(id=f"e{len(entities.entities) + 1}", type="ORG", name=span.text, mentions=(span,), key=key,
                    country=country)
    return entity, tokens
