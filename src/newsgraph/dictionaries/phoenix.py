"""The PETRARCH2/Phoenix actor and agent dictionaries, as lookups.

Why: the identity stage needs to know that "Putin" and "Vladimir Vladimirovich Putin" are one person,
that he is Russian, and who held an office on the article's date; the events stage needs CAMEO actor
codes (RUSGOV, IGOUNO, ...) for named actors and the code a generic agent adds ("police" -> COP), the
way GDELT fills Actor1Code / Actor1Type1Code. The Phoenix dictionaries are the public resource event
coders use for both; scripts/build_actor_dictionaries.py converts them into phoenix_actors.json.gz,
which this module reads once per process (SOURCES.md says what was kept and how to rebuild).

All lookups fold accents, case and punctuation ("Poutine" is not an alias: French names are the
identity stage's business; this is the dictionaries' English data).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

DATA_FILE = "phoenix_actors.json.gz"

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """The lookup key of a name: ASCII, lower case, words split on anything not a letter or digit.
    `Vladimir_V._Putin`, `VLADIMIR V PUTIN` and `Vladímir V. Putin` all fold to 'vladimir v putin'."""
    return _NON_WORD.sub(" ", anyascii(text).lower()).strip()


def _display(words: tuple[str, ...]) -> str:
    """VLADIMIR_PUTIN -> 'Vladimir Putin'; a one-word name of up to four letters is an acronym (NATO)."""
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0]
    return " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() else w for w in words)


@dataclass(frozen=True, slots=True)
class CodeSpan:
    """One CAMEO code of an actor with the dates it applies (inclusive; None = open).

    `country` is the CAMEO country (RUS) or None for international codes; `role` the first role code
    (GOV, MIL, ELI, IGO ...), `types` every 3-letter type code after the country, `group` a known
    group that is not a role (UNO in IGOUNO). A span with neither date is the actor's default code,
    used when no dated span covers the date (PETRARCH's rule)."""

    code: str
    start: date | None
    end: date | None
    country: str | None
    role: str | None
    types: tuple[str, ...]
    group: str | None

    @property
    def is_default(self) -> bool:
        return self.start is None and self.end is None

    def covers(self, on: date) -> bool:
        """True when the span is dated and `on` falls inside it."""
        if self.is_default:
            return False
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A person of the Phoenix dictionaries: every alias (word tuples as in the data, surname-only
    ones included), the dated codes, and the office TITLES found in the aliases (PRESIDENT,
    PRIME_MINISTER ...), because the role codes alone (GOV) cannot tell a president from a prime
    minister. Titles carry no dates: the data says Medvedev was both, not when."""

    name: str
    words: tuple[str, ...]
    aliases: tuple[tuple[str, ...], ...]
    codes: tuple[CodeSpan, ...]
    titles: tuple[str, ...]
    source: str

    @property
    def country(self) -> str | None:
        """The person's country: that of the default code, else of the latest dated code."""
        for span in self.codes:
            if span.is_default and span.country:
                return span.country
        dated = [s for s in self.codes if not s.is_default and s.country]
        if not dated:
            return None
        return max(dated, key=lambda s: (s.end or date.max, s.start or date.min)).country

    def code_on(self, on: date | None = None) -> CodeSpan | None:
        """The code that applies on `on`: the first dated span covering it, else the default.
        Without a date: the span the data leaves open (`>080508`: still in office), else the
        default, else the most recent dated span."""
        if on is not None:
            for span in self.codes:
                if span.covers(on):
                    return span
        else:
            for span in self.codes:
                if span.start is not None and span.end is None:
                    return span
        defaults = [s for s in self.codes if s.is_default]
        if defaults:
            return defaults[-1]
        if on is None and self.codes:
            return max(self.codes, key=lambda s: (s.end or date.max, s.start or date.min))
        return None

    def spans_on(self, on: date | None) -> tuple[CodeSpan, ...]:
        """Every dated span covering `on` (a person may hold two codes at once); all dated spans if
        `on` is None."""
        if on is None:
            return tuple(s for s in self.codes if not s.is_default)
        return tuple(s for s in self.codes if s.covers(on))


@dataclass(frozen=True, slots=True)
class ActorCode:
    """The CAMEO code of a named actor, GDELT Actor1Code style: `code` (RUSGOV, IGOUNO, NATO's
    IGOWSTNAT), `country` (RUS or None), `role` (first role code: GOV, IGO, REB ...), `types`,
    `group`, and what kind of actor the dictionaries say it is (country, igo, ngo, mnc, nonstate,
    group, person) with its canonical `name`."""

    code: str
    country: str | None
    role: str | None
    types: tuple[str, ...]
    group: str | None
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A generic agent noun phrase of Phoenix.agents.txt ("police", "rebel leader") and the code it
    adds to the actor's code: after it (`position` 'suffix', `~COP`: USA + COP = USACOP) or before it
    ('prefix', `NGO~`). `role` is the first code if it is a CAMEO role (GOV, MIL, JUD, LEG, OPP, REB,
    BUS, MED, EDU, CVL, COP ...), None for a pure type such as a religion (`~CHRCPT`)."""

    words: tuple[str, ...]
    code: str
    position: str
    role: str | None
    types: tuple[str, ...]

    @property
    def is_role(self) -> bool:
        return self.role is not None


class PhoenixDictionaries:
    """The loaded dictionaries with their indexes; get the process-wide one with `load()`."""

    def __init__(self, data: dict) -> None:
        self.source: str = data["source"]
        self.role_codes: frozenset[str] = frozenset(c for group in data["role_codes"].values() for c in group)
        self.countries: dict[str, str] = dict(data["countries"])
        # open ranges (`>080508`) are only known to hold until about this date (files of 2014):
        # a caller asking about a later date may want to weigh holders() by it
        self.latest_date: date = date.fromisoformat(data["latest_date"])
        self._country_set = frozenset(self.countries)
        self._spans: dict[tuple, CodeSpan] = {}

        # persons are built on first use: the indexes need only their folded aliases and code prefixes
        self._raw_persons: list[dict] = data["persons"]
        self._person_cache: dict[int, PersonEntry] = {}
        self._person_index: dict[str, tuple[int, ...]] = {}
        by_key: dict[str, list[int]] = {}
        self._by_surname: dict[str, list[int]] = {}
        canonical: dict[str, int] = {}
        self._by_prefix: dict[str, list[int]] = {}
        for i, raw in enumerate(self._raw_persons):
            canonical.setdefault(fold(" ".join(raw["name"])), i)
            for alias in raw["aliases"]:
                ids = by_key.setdefault(fold(" ".join(alias)), [])
                if not ids or ids[-1] != i:
                    ids.append(i)
            for last in dict.fromkeys(fold(a[-1]) for a in raw["aliases"]):
                self._by_surname.setdefault(last, []).append(i)
            for prefix in {c[0][:3] for c in raw["codes"]}:
                self._by_prefix.setdefault(prefix, []).append(i)
        for key, ids in by_key.items():
            first = canonical.get(key)
            if first is not None and first in ids and ids[0] != first:
                ids = [first] + [i for i in ids if i != first]
            self._person_index[key] = tuple(ids)

        self._names: dict[str, ActorCode] = {}
        for entry in data["names"]:
            span = self._span(entry["code"], None, None)
            actor = ActorCode(span.code, span.country, span.role, span.types, span.group,
                              entry["kind"], _display(tuple(entry["name"])))
            for alias in entry["aliases"]:
                self._names.setdefault(fold(" ".join(alias)), actor)

        self._agents: dict[str, AgentEntry] = {}
        for entry in data["agents"]:
            span = self._span(entry["code"], None, None, countries=False)
            agent = AgentEntry(tuple(entry["words"]), entry["code"], entry["position"],
                               span.role if span.types and span.types[0] == span.role else None,
                               span.types)
            for words in [entry["words"], *entry["plurals"]]:
                self._agents.setdefault(fold(" ".join(words)), agent)

    @property
    def persons(self) -> tuple[PersonEntry, ...]:
        """Every person, in file order (builds them all: for iteration, not for lookups)."""
        return tuple(self._person(i) for i in range(len(self._raw_persons)))

    def _person(self, i: int) -> PersonEntry:
        person = self._person_cache.get(i)
        if person is None:
            raw = self._raw_persons[i]
            person = PersonEntry(
                name=_display(tuple(raw["name"])),
                words=tuple(raw["name"]),
                aliases=tuple(tuple(a) for a in raw["aliases"]),
                codes=tuple(self._span(*c) for c in raw["codes"]),
                titles=tuple(raw["titles"]),
                source=raw["source"],
            )
            self._person_cache[i] = person
        return person

    def _span(self, code: str, start: str | None, end: str | None, *, countries: bool = True) -> CodeSpan:
        key = (code, start, end, countries)
        span = self._spans.get(key)
        if span is None:
            country = code[:3] if countries and code[:3] in self._country_set else None
            rest = code[3:] if country else code
            chunks = tuple(rest[i:i + 3] for i in range(0, len(rest), 3))
            role = next((c for c in chunks if c in self.role_codes), None)
            group = next((c for c in chunks if c not in self.role_codes), None)
            span = CodeSpan(code, date.fromisoformat(start) if start else None,
                            date.fromisoformat(end) if end else None, country, role, chunks, group)
            self._spans[key] = span
        return span

    # ---- lookups -------------------------------------------------------------------------------

    def persons_named(self, name: str) -> tuple[PersonEntry, ...]:
        """Every person one of whose aliases folds to `name`, canonical-name matches first."""
        return tuple(self._person(i) for i in self._person_index.get(fold(name), ()))

    def person(self, name: str, *, on: date | None = None) -> PersonEntry | None:
        """The person called `name` (full name or any alias in the data, surname-only ones included).
        When several share the alias: a canonical-name match first, then one holding a dated code
        on `on`, then the most recently active."""
        found = self.persons_named(name)
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        key = fold(name)

        def rank(p: PersonEntry) -> tuple:
            exact = fold(" ".join(p.words)) == key
            active = on is not None and bool(p.spans_on(on))
            latest = max((s.end or date.max for s in p.codes if not s.is_default), default=date.min)
            return (exact, active, latest)

        return max(found, key=rank)

    def persons_with_surname(self, surname: str, *, on: date | None = None) -> tuple[PersonEntry, ...]:
        """Persons one of whose aliases ends with `surname` ("Bush": George H. W. and George W.), for
        when the data has no surname-only alias; only those holding a dated code on `on` if given."""
        found = (self._person(i) for i in self._by_surname.get(fold(surname), ()))
        return tuple(p for p in found if on is None or p.spans_on(on))

    def holders(self, country: str, *, role: str | None = None, title: str | None = None,
                on: date | None = None) -> list[PersonEntry]:
        """Persons holding a code under `country` (a CAMEO code prefix: RUS, USAGOV, IGOUNO) on `on`
        (any time if None), with that `role` (GOV, MIL ...; without one, any role but ELI, the
        "elite" code the data gives people out of office), and with that office `title` among those
        of their aliases (PRESIDENT, PRIME_MINISTER ...). File order."""
        prefix = country.upper()
        want_title = re.sub(r"[\s-]+", "_", title.strip().upper()) if title else None
        want_role = role.upper() if role else None
        out = []
        for i in self._by_prefix.get(prefix[:3], ()):
            if want_title and want_title not in self._raw_persons[i]["titles"]:
                continue
            person = self._person(i)
            for span in person.spans_on(on):
                if not span.code.startswith(prefix):
                    continue
                if want_role is not None and span.role != want_role:
                    continue
                if want_role is None and span.role == "ELI":
                    continue
                out.append(person)
                break
        return out

    def actor_code(self, name: str, *, on: date | None = None) -> ActorCode | None:
        """The CAMEO code of a named country, organisation, armed group or person (on `on` for a
        person, see PersonEntry.code_on). Organisation and country names win over person aliases."""
        actor = self._names.get(fold(name))
        if actor is not None:
            return actor
        person = self.person(name, on=on)
        if person is None:
            return None
        span = person.code_on(on)
        if span is None:
            return None
        return ActorCode(span.code, span.country, span.role, span.types, span.group, "person", person.name)

    def agent(self, noun: str) -> AgentEntry | None:
        """The generic agent an English noun phrase names, singular or plural ("police", "rebels",
        "foreign minister")."""
        return self._agents.get(fold(noun))


@lru_cache(maxsize=1)
def load() -> PhoenixDictionaries:
    """The dictionaries, read once per process from the file shipped in the package."""
    raw = resources.files("newsgraph.dictionaries").joinpath(DATA_FILE).read_bytes()
    return PhoenixDictionaries(json.loads(gzip.decompress(raw)))


def person(name: str, *, on: date | None = None) -> PersonEntry | None:
    """See PhoenixDictionaries.person."""
    return load().person(name, on=on)


def persons_named(name: str) -> tuple[PersonEntry, ...]:
    """See PhoenixDictionaries.persons_named."""
    return load().persons_named(name)


def persons_with_surname(surname: str, *, on: date | None = None) -> tuple[PersonEntry, ...]:
    """See PhoenixDictionaries.persons_with_surname."""
    return load().persons_with_surname(surname, on=on)


def holders(country: str, *, role: str | None = None, title: str | None = None,
            on: date | None = None) -> list[PersonEntry]:
    """See PhoenixDictionaries.holders."""
    return load().holders(country, role=role, title=title, on=on)


def actor_code(name: str, *, on: date | None = None) -> ActorCode | None:
    """See PhoenixDictionaries.actor_code."""
    return load().actor_code(name, on=on)


def agent(noun: str) -> AgentEntry | None:
    """See PhoenixDictionaries.agent."""
    return load().agent(noun)
