"""Which actors the network draws: named by a proper noun phrase (the entity stage's rules, over a name)."""
from __future__ import annotations

import pytest

from newsgraph.store.actors import is_named_actor


@pytest.mark.parametrize("key, name", [
    ("person:vladimir putin", "Vladimir Poutine"), ("org:le monde", "Le Monde"), ("country:FRA", "France"),
    ("org:loreal", "L'Oréal"), ("person:joe biden", "Joe Biden"), ("org:nato", "OTAN"),
])
def test_names(key, name):
    assert is_named_actor(key, name)


@pytest.mark.parametrize("key, name", [
    ("misc:premier ministr", "Premier ministre"),           # a role alone
    ("person:de la republique", "de la République"),        # starts with a preposition
    ("person:de la republique", "De la République"),
    ("org:ministr de linterieur", "ministre de l'Intérieur"),  # lowercase: a title
    ("descr:la ministre@a1", "la ministre"),                # a descriptor-only key: a role in one article
    ("misc:1234", "1234"),                                   # no letter
    ("person:il", "Il"),                                     # a pronoun
    ("org:x", "</script><script>alert(7)</script>"),
    ("org:x", ""), (None, "Paris"),
])
def test_not_names(key, name):
    assert not is_named_actor(key, name)
