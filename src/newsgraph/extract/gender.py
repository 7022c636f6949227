"""A person's gender, from the article's own words first, with the evidence it rests on.

Evidence, strongest first:
- ``honorific``: `M.`, `Mme`, `Mr`, `Ms` before the name;
- ``descriptor``: a feminine title or description said of the person (`la porte-parole`, `l'actrice`,
  `son homologue allemande`);
- ``agreement``: a predicate that agrees with the person as its subject (`elle s'est dite prête`,
  `X est arrivée`);
- ``pronoun``: the pronouns the coreference stage resolved to the person (`elle`, `-t-il`, `she`);
- a masculine title or a masculine determiner alone (`le ministre`, `le directeur`), weaker than the
  rest, since French still writes some titles in the masculine for women; a masculine noun that is no
  title (`l'homme`, `l'accusé`, `son père`) is a descriptor like any other;
- ``dictionary``: a world leader's entry in the actor dictionary;
- ``first_name``: the first name's gender, used only when the text says nothing, and only when the name
  is strongly one-gendered: first the language's own register of first names (for French, INSEE's
  first names given in France 1900-2018, ``lang/data/fr_first_names.tsv``, where a name given to both
  sexes answers "no guess"), then, for names the register lacks, the world's first names on which many
  national registers agree (``lang/data/world_first_names.tsv``, from the MIT package nomquamgender;
  a name given to both sexes there, or seen in too few sources, is absent and gets no guess).
Where the text and the name disagree, the text wins when it speaks of the name itself (an honorific,
an agreement with the name, a gendered description in apposition); a masculine title or evidence that
only coreference brought to the person (a pronoun, a description elsewhere) does not overrule a
dictionary entry or a strongly one-gendered first name: on 1,000 OrangeSum articles such evidence
contradicted the name 29 times, and the name was right 26 of them.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..lang import LanguageData
from ..model import Entity, Mention, Span
from .identity import leader_info

# weight of one piece of evidence, by cue; the cue with the most weight decides, ties to the first
_ORDER = ("honorific", "descriptor", "agreement", "pronoun", "descriptor_masculine", "dictionary", "first_name")


def decide_genders(doc: Doc, lang: LanguageData, entities: list[Entity], referents, token_entity: dict[int, str],
                   text: str) -> list[Entity]:
    """Every PERSON entity with ``gender``, ``gender_cue`` and ``gender_evidence`` set."""
    evidence: dict[str, dict[str, list[tuple[str, Span, bool]]]] = {}

    def add(eid: str, cue: str, gender: str | None, start: int, end: int, weak: bool = True,
            resolved: bool = False) -> None:
        """``resolved``: the evidence reaches the person through coreference (a pronoun, a description
        away from the name), not on or beside one of their names."""
        if gender not in ("m", "f"):
            return
        if cue == "descriptor" and gender == "m" and weak:
            cue = "descriptor_masculine"
        evidence.setdefault(eid, {}).setdefault(cue, []).append(
            (gender, Span(start, end, text[start:end]), resolved))

    by_id = {e.id: e for e in entities}
    # where each person's mentions start, looked up per token: scanning the mentions at each token
    # is quadratic in how often a person is named
    name_starts = {e.id: _mention_starts(e) for e in entities if e.type == "PERSON"}
    any_starts = {e.id: {m.start for m in e.mentions} for e in entities if e.type == "PERSON"}
    name_ends = {e.id: {m.end for m in e.mentions if not isinstance(m, Mention) or m.kind == "name"}
                 for e in entities if e.type == "PERSON"}
    grammatical = _grammatical_only(entities, referents, lang)
    for t in doc:
        eid = token_entity.get(t.i)
        entity = by_id.get(eid) if eid else None
        if entity is None or entity.type != "PERSON":
            continue
        low = t.text.lower()
        # an honorific in front of (or opening) one of the person's names
        if low in lang.honorifics and t.i + 1 < len(doc) and token_entity.get(t.i + 1) == eid:
            add(eid, "honorific", lang.honorifics[low], t.idx, t.idx + len(t))
        elif t.i > 0 and doc[t.i - 1].text.lower() in lang.honorifics and token_entity.get(t.i - 1) != eid \
                and t.idx in name_starts[eid]:
            h = doc[t.i - 1]
            add(eid, "honorific", lang.honorifics[h.text.lower()], h.idx, h.idx + len(h))
        # a participle or adjective set off after the name agrees with it (`X, née en 1926`, `X, élue
        # en 2014`, `X, âgée de 30 ans`)
        if eid not in grammatical and t.idx in name_starts[eid]:
            for c in t.rights:
                if c.dep_ in ("acl", "amod", "appos") and c.i > 0 and doc[c.i - 1].text == "," \
                        and (gender := _agreement(c)):
                    add(eid, "agreement", gender, c.idx, c.idx + len(c))
        # agreement of the predicate the person is the subject of
        if t.dep_ in ("nsubj", "nsubj:pass") and t.idx in any_starts[eid] and eid not in grammatical:
            gender = _predicate_gender(t)
            if gender:
                pred = t.head
                add(eid, "agreement", gender, pred.idx, pred.idx + len(pred))
    for ref in referents:
        entity = by_id.get(ref.entity) if ref.entity else None
        if entity is None or entity.type != "PERSON" or ref.plural:
            continue
        if ref.kind == "pronoun" and entity.id in grammatical:
            continue  # "la victime ... elle": the pronoun agrees with the noun, not with the person
        gender = ref.gender if ref.kind == "pronoun" else description_gender(doc, lang, ref)
        s, e = doc[ref.start].idx, doc[ref.end - 1].idx + len(doc[ref.end - 1])
        add(entity.id, "pronoun" if ref.kind == "pronoun" else "descriptor", gender, s, e,
            weak=ref.kind == "title" or doc[ref.head].text.lower().replace("’", "'") not in lang.noun_genders,
            resolved=ref.kind == "pronoun" or not _beside_a_name(doc, ref, name_starts[entity.id],
                                                                  name_ends[entity.id]))
    out = []
    for entity in entities:
        if entity.type != "PERSON":
            out.append(entity)
            continue
        prior = _from_dictionary(entity) or _from_first_name(lang, entity) or _first_name_with_age(doc, lang, entity)
        found = _trusted_against(evidence.get(entity.id, {}), prior[0] if prior else None)
        decided = _decide(found)
        if decided is None:
            decided = prior
        if decided is None:
            out.append(replace(entity, gender=None, gender_cue=None, gender_evidence=()))
            continue
        gender, cue, spans = decided
        out.append(replace(entity, gender=gender, gender_cue=cue, gender_evidence=tuple(spans)))
    return out


def _beside_a_name(doc: Doc, ref, name_starts: set[int], name_ends: set[int]) -> bool:
    """Whether a description stands right before one of the person's names (`la ministre Agnès Buzyn`)
    or right after one, set off by a comma (`Agnès Buzyn, la ministre`): said of the name itself."""
    if ref.end < len(doc) and doc[ref.end].idx in name_starts:
        return True
    return ref.start >= 2 and doc[ref.start - 1].text == "," and \
        doc[ref.start - 2].idx + len(doc[ref.start - 2]) in name_ends


def _trusted_against(found: dict[str, list[tuple[str, Span, bool]]], prior: str | None):
    """The evidence that may overrule what the person's dictionary entry or strongly one-gendered first
    name says: what the text says on or beside a name (an honorific, an agreement, a description in
    apposition). A masculine title (`leur président Valérie Pécresse`: French writes some titles in
    the masculine for women) and what coreference brought (a pronoun or a description resolved to the
    person, `la ministre` for Gérald Darmanin) are more often a wrong link than a wrong name."""
    if prior is None:
        return found
    out = {}
    for cue, items in found.items():
        kept = [item for item in items if item[0] == prior or (not item[2] and cue != "descriptor_masculine")]
        if kept:
            out[cue] = kept
    return out


def _mention_starts(entity: Entity) -> set[int]:
    """Where the entity's name mentions (not its titles, descriptions or pronouns) start."""
    return {m.start for m in entity.mentions if not isinstance(m, Mention) or m.kind == "name"}


def _grammatical_only(entities: list[Entity], referents, lang: LanguageData) -> set[str]:
    """The people known only by nouns whose gender is grammar (`la victime`, `une source`, `le témoin`):
    the pronouns and participles that follow agree with the noun, so they say nothing of the person."""
    nouns: dict[str, list[bool]] = {}
    for ref in referents:
        if ref.entity and ref.kind != "pronoun":
            nouns.setdefault(ref.entity, []).append(ref.lemma in lang.ungendered_nouns)
    return {e.id for e in entities if e.type == "PERSON" and nouns.get(e.id) and all(nouns[e.id])
            and not any(not isinstance(m, Mention) or m.kind == "name" for m in e.mentions)}


def description_gender(doc: Doc, lang: LanguageData, ref) -> str | None:
    """The gender a description says of its person, strongest first: a noun whose form is gendered
    (`l'avocate`, `son avocat`), a determiner that shows one (`la ministre`), adjectives that agree with
    the noun (`son homologue allemande`). None where the noun and the determiner disagree (`la mort`
    is no dead man) or the noun's gender is grammar only (`la victime`). The tagger's own Gender on
    nouns is not asked: it reads `avocate` as masculine."""
    head = doc[ref.head]
    low = head.text.lower().replace("’", "'")
    if low in lang.ungendered_nouns or head.lemma_.lower() in lang.ungendered_nouns:
        return None
    noun = lang.noun_genders.get(low)
    determiner = _determiner_gender(doc, lang, ref)
    if noun and determiner and noun != determiner:
        return None
    return noun or determiner or _adjective_gender(doc, ref)


def _determiner_gender(doc: Doc, lang: LanguageData, ref) -> str | None:
    for d in doc[ref.start:ref.head]:
        w = d.text.lower().replace("’", "'")
        if w.endswith("'"):
            continue  # "l'", "d'": elided, says nothing
        nxt = doc[d.i + 1].text[:1].lower()
        if w in lang.possessives and nxt in "aeiouyéèêàâîôûh":
            continue  # "son avocate": the possessive before a vowel says nothing of the gender
        if w in lang.determiners_f:
            return "f"
        if w in lang.determiners_m:
            return "m"
    return None


def _adjective_gender(doc: Doc, ref) -> str | None:
    """The gender the adjectives of the noun mark, when they all mark the same one (`allemande`,
    `ancienne`, `américain`); an adjective the same in both (`russe`) marks none."""
    found = set()
    for t in doc[ref.start:ref.end]:
        if t.head.i != ref.head or t.i == ref.head or t.pos_ != "ADJ":
            continue
        gender = t.morph.get("Gender")
        low, lemma = t.text.lower(), t.lemma_.lower()
        if gender == ["Fem"] and low != lemma and low.endswith("e"):
            found.add("f")
        elif gender == ["Masc"] and low == lemma and not low.endswith("e"):
            found.add("m")
    return found.pop() if len(found) == 1 else None


def _predicate_gender(subject) -> str | None:
    """The gender marked by the participle or adjective a subject governs (`est arrivée`, `s'est dite`)."""
    head = subject.head
    if head.pos_ not in ("ADJ", "VERB") or head.morph.get("VerbForm") not in (["Part"], []):
        return None
    if head.pos_ == "VERB" and not any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_ == "être" for c in head.children):
        return None
    return _agreement(head)


def _agreement(word) -> str | None:
    """The gender a participle or adjective is inflected for: feminine when it is its masculine lemma
    plus -e (`née`, `arrivée`), masculine when it is the bare lemma with no -e (`arrivé`, `né`); an
    adjective of one form (`jeune`, `russe`) marks none."""
    if word.pos_ not in ("ADJ", "VERB") or word.morph.get("VerbForm") not in (["Part"], []):
        return None
    gender = word.morph.get("Gender")
    low, lemma = word.text.lower(), word.lemma_.lower()
    if gender == ["Fem"] and low != lemma and low.endswith("e"):
        return "f"
    if gender == ["Masc"] and low == lemma and not low.endswith("e"):
        return "m"
    # a participle's masculine singular is its bare form (`arrêté`, `élu`, `pris`): the callers only
    # ask where it must agree with the person (an apposition, a predicate after être)
    if gender == ["Masc"] and word.pos_ == "VERB" and word.morph.get("Number") == ["Sing"] and not low.endswith("e"):
        return "m"
    return None


def _decide(found: dict[str, list[tuple[str, Span, bool]]]) -> tuple[str, str, list[Span]] | None:
    for cue in _ORDER:
        items = found.get(cue)
        if not items:
            continue
        f = sum(g == "f" for g, _, _ in items)
        m = len(items) - f
        if f == m:
            continue
        gender = "f" if f > m else "m"
        spans = [s for c in _ORDER if c in found for g, s, _ in found[c] if g == gender]
        spans = sorted({(s.start, s.end): s for s in spans}.values(), key=lambda s: s.start)
        return gender, "descriptor" if cue == "descriptor_masculine" else cue, spans
    return None


def _from_dictionary(entity: Entity) -> tuple[str, str, list[Span]] | None:
    info = leader_info(entity.name) if entity.name else None
    if not info or info[2] not in ("m", "f"):
        return None
    name = next((m for m in entity.mentions if not isinstance(m, Mention) or m.kind == "name"), None)
    return info[2], "dictionary", [Span(name.start, name.end, name.text)] if name else []


def name_prior(lang: LanguageData, entity: Entity) -> str | None:
    """The gender a person's honorific, dictionary entry or first name gives before any pronoun is
    resolved, so that resolution never hands `il` to Violaine or `elle` to Pierre."""
    if entity.type != "PERSON":
        return None
    if entity.gender:
        return entity.gender
    found = _from_dictionary(entity) or _from_first_name(lang, entity)
    return found[0] if found else None


def _from_first_name(lang: LanguageData, entity: Entity) -> tuple[str, str, list[Span]] | None:
    names = [m for m in entity.mentions if (not isinstance(m, Mention) or m.kind == "name") and len(m.text.split()) >= 2]
    words = entity.name.split()
    if len(words) < 2 or not names:
        return None
    first = words[0].rstrip(".")
    # a first word of two letters is more often a particle (De Gaulle, La Fontaine) or a surname given
    # first (Ma Ying-jeou) than a first name, and the registers list both as women's names
    if first.lower() in lang.honorifics or len(first) < 3:
        return None
    gender = first_name_gender(first, lang)
    if gender is None:
        return None
    m = names[0]
    first_span = Span(m.start, m.start + len(m.text.split()[0]), m.text.split()[0])
    return gender, "first_name", [first_span]


def _first_name_with_age(doc: Doc, lang: LanguageData, entity: Entity) -> tuple[str, str, list[Span]] | None:
    """A person named by a first name alone with an age set off after it (`Louis, 92 ans`, `Harry, 33
    ans`): the article's way of naming a private person by first name, so the name is a first name
    and says the gender as a full name's first word would. A one-word name without the age may be a
    surname (`Philippe`), a magazine (`Marianne`) or a storm (`Hervé`): no guess."""
    words = entity.name.split()
    if len(words) != 1 or "-" in words[0] or not lang.age_words:
        return None
    for m in entity.mentions:
        if isinstance(m, Mention) and m.kind != "name":
            continue
        span = doc.char_span(m.start, m.end)
        if span is None or len(span) != 1 or span[0].i + 3 >= len(doc):
            continue
        t = span[0]
        comma, number, unit = doc[t.i + 1], doc[t.i + 2], doc[t.i + 3]
        if comma.text == "," and number.like_num and unit.text.lower() in lang.age_words:
            gender = first_name_gender(t.text, lang)
            if gender:
                return gender, "first_name", [Span(m.start, m.end, m.text)]
    return None


@lru_cache(maxsize=8)
def _register(filename: str) -> dict[str, str]:
    """A table of first names: lowercase name -> "f", "m" or "x" (given to both)."""
    path = Path(__file__).resolve().parents[1] / "lang" / "data" / filename
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            table[name] = gender
    return table


def first_name_gender(first: str, lang: LanguageData | None = None) -> str | None:
    """"m" or "f" when the first name is strongly one-gendered: the language's register of first names
    first, then the world table (strongly one-gendered names only); compound first names
    (Jean-Christophe) by their first part when not listed whole. A name the register gives to both
    sexes is no guess unless the world table, which counts people where the register only ranks
    names, finds it one-gendered (Grégoire, Olga: ranked high on both French lists, 98 % one sex in
    the counts); Dominique or Camille stay no guess."""
    if lang is not None and lang.first_names:
        table = _register(lang.first_names)
        low = first.lower()
        for form in (low, low.split("-")[0]):
            if form in table:
                return _dictionary_gender(form) if table[form] == "x" else table[form]
    return _dictionary_gender(first)


# the world's first names that many registers agree on (nomquamgender, MIT; see lang/data/README.md)
WORLD_FIRST_NAMES = "world_first_names.tsv"


@lru_cache(maxsize=4096)
def _dictionary_gender(first: str) -> str | None:
    """The gender the world table gives a first name, spelt without diacritics as the table keys it
    (Sergueï -> serguei); a compound name (Jean-Christophe) by its first part when not listed whole."""
    from anyascii import anyascii

    table = _register(WORLD_FIRST_NAMES)
    plain = anyascii(first).lower()
    for form in (plain, plain.split("-")[0]):
        if form in table:
            return table[form] if table[form] in ("f", "m") else None
    return None
