"""A small hand-made corpus for the voices figures: known outlets, months, genders and source kinds.

Every article is built from (speaker, quote) lines, so the expected counts can be written down by hand.
Used by tests/store/test_voices.py and the web tests (imported as ``store.voices_corpus``).
"""
from __future__ import annotations

from newsgraph.model import Analysis, Article, Entity, Mention, Quote, Span

# name -> (type, key, gender, gender cue, evidence word, source kind)
SPEAKERS = {
    "Anne Dubois": ("PERSON", "person:anne dubois", "f", "honorific", "Mme", "person"),
    "Julie Martin": ("PERSON", "person:julie martin", "f", "pronoun", "elle", "person"),
    "Paul Roy": ("PERSON", "person:paul roy", "m", "honorific", "M.", "person"),
    "Jean Tremblay": ("PERSON", "person:jean tremblay", "m", "first_name", None, "person"),
    "Camille Leroux": ("PERSON", "person:camille leroux", None, None, None, "person"),
    "la ministre": ("PERSON", "descr:ministre", "f", "agreement", "la", "role"),
    "une source proche du dossier": ("PERSON", "descr:source proche du dossier", None, None, None, "anonymous"),
    "Hydro-Québec": ("ORG", "org:hydro-quebec", None, None, None, "organisation"),
    "Canada": ("GPE", "country:CAN", None, None, None, "country"),
    "les manifestants": ("PERSON", "descr:manifestants", None, None, None, "group"),
}

# (id, outlet field, url, published, [(speaker, n quotes)])
ARTICLES = [
    ("v1", "Le Devoir", None, "2022-01-05", [("Anne Dubois", 2), ("Paul Roy", 1), ("une source proche du dossier", 1)]),
    ("v2", "Le Devoir", None, "2022-01-20", [("Paul Roy", 3), ("Jean Tremblay", 1), ("Hydro-Québec", 1)]),
    ("v3", "Le Devoir", None, "2022-02-02", [("Julie Martin", 1), ("Camille Leroux", 2), ("la ministre", 1)]),
    ("v4", "La Presse", None, "2022-02-14", [("Anne Dubois", 1), ("Jean Tremblay", 2), ("Canada", 1)]),
    ("v5", "La Presse", None, "2022-03-01", [("Paul Roy", 1), ("les manifestants", 2)]),
    ("v6", None, "https://www.lemonde.fr/a/b.html", "2022-03-09", [("Julie Martin", 2), ("Paul Roy", 1)]),
    ("v7", None, None, None, [("Jean Tremblay", 1), ("Anne Dubois", 1)]),
]


def article(aid: str, outlet: str | None, url: str | None, published: str | None, lines) -> Analysis:
    text, entities, quotes = "", {}, []
    for speaker, n in lines:
        type_, key, gender, cue, word, kind = SPEAKERS[speaker]
        for _ in range(n):
            said = f"Nous avons dit la chose numéro {len(quotes) + 1}"
            if word:
                text += f"{word} "
            ws = len(text) - len(word) - 1 if word else None
            text += f"{speaker} a déclaré : « "
            name_start = text.rindex(speaker)
            start = len(text)
            text += said
            end = len(text)
            text += " ».\n"
            entry = entities.setdefault(speaker, {"mentions": [], "evidence": [], "id": f"e{len(entities) + 1}"})
            entry["mentions"].append(Mention(name_start, name_start + len(speaker), speaker, "name"))
            if word:
                entry["evidence"].append(Span(ws, ws + len(word), word))
            quotes.append(Quote(f"q{len(quotes) + 1}", "direct", Span(start, end, said), entry["id"],
                                speaker_mention=entry["mentions"][-1], confidence=0.9))
    built = []
    for speaker, entry in entities.items():
        type_, key, gender, cue, word, kind = SPEAKERS[speaker]
        evidence = tuple(entry["evidence"]) if gender else ()
        if gender and not evidence:  # a first name: the name itself is the evidence
            evidence = (Span(entry["mentions"][0].start, entry["mentions"][0].end, speaker),)
        built.append(Entity(entry["id"], type_, speaker, tuple(entry["mentions"]), key=key, gender=gender,
                            gender_cue=cue if gender else None, gender_evidence=evidence, source_kind=kind))
    return Analysis(Article(text, id=aid, lang="fr", published=published, url=url, outlet=outlet),
                    entities=tuple(built), quotes=tuple(quotes))


def analyses() -> list[Analysis]:
    return [article(*a) for a in ARTICLES]


def build(path) -> None:
    from newsgraph.store import RecordBatch, StoreWriter

    with StoreWriter(path) as writer:
        batch = RecordBatch()
        for analysis in analyses():
            batch.add(analysis)
        writer.write(batch)
        writer.rebuild_actors()
