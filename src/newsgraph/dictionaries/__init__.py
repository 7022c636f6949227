"""Reference dictionaries shipped with newsgraph (see SOURCES.md beside this file).

`phoenix`: the PETRARCH2/Phoenix actor and agent dictionaries (persons with dated CAMEO codes and
office titles, countries, IGOs, non-state groups, generic agents), for the identity and events stages.
"""

from newsgraph.dictionaries.phoenix import (
    ActorCode,
    AgentEntry,
    CodeSpan,
    PersonEntry,
    PhoenixDictionaries,
    actor_code,
    agent,
    fold,
    holders,
    load,
    person,
    persons_named,
    persons_with_surname,
)

__all__ = [
    "ActorCode",
    "AgentEntry",
    "CodeSpan",
    "PersonEntry",
    "PhoenixDictionaries",
    "actor_code",
    "agent",
    "fold",
    "holders",
    "load",
    "person",
    "persons_named",
    "persons_with_surname",
]
