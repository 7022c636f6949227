"""The French trigger data keyed by CAMEO code, the CAMEO-to-PLOVER table it is typed with, the
French agent table, and the French precision rules (idioms, generic statements) on hand-built parses."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph import lang as langdata
from newsgraph.extract.entities import EntityIndex
from newsgraph.extract.events import find_events
from newsgraph.lang import cameo, fr_agents, fr_cameo
from newsgraph.model import Entity, Span

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_the_table_is_read_whole():
    table = cameo.table()
    assert len(table) == 256  # every three- and four-digit code of CAMEO2PLOVER-2021
    assert {e.type for e in table.values()} == PLOVER
    assert cameo.official("041") == ("CONSULT", "phone")
    assert cameo.official("0813") == ("RETREAT", None)  # listed out of order, after 0874
    assert cameo.official("175") == ("ASSAULT", "pro_autocracy")  # listed twice: the first reading
    assert cameo.official("163") == ("COERCE", "restrict")
    assert cameo.plover("163") == ("SANCTION", None)  # the project's reading (design/EVENTS.md)


def test_every_plover_code_has_french_triggers():
    missing = [code for code in cameo.table() if not fr_cameo.TRIGGERS_BY_CAMEO.get(code)]
    assert missing == []
    assert set(fr_cameo.TRIGGERS_BY_CAMEO) <= set(cameo.table())
    cov = fr_cameo.coverage()
    assert sum(n for n, _ in cov.values()) == 256 and all(n == m for n, m in cov.values())


def test_lines_take_type_and_mode_from_their_code():
    own = {(code, lemma) for code, lemma, _, _ in fr_cameo.OWN_READINGS}
    assert 0 < len(own) < 40  # the exceptions are few and listed
    checked = 0
    for code, lines in fr_cameo.TRIGGERS_BY_CAMEO.items():
        for line in lines:
            assert line.cameo == code and line.type in PLOVER, line
            if (code, line.lemma) not in own:
                assert (line.type, line.mode) == cameo.plover(code), line
                checked += 1
    assert checked > 600


def test_french_language_data_is_the_cameo_lexicon():
    assert langdata.get("fr").event_triggers == fr_cameo.TRIGGERS
    lines = {id(t) for v in fr_cameo.TRIGGERS_BY_CAMEO.values() for t in v}
    assert lines <= {id(t) for t in fr_cameo.TRIGGERS}  # plus the verb forms the lemmatizer misses
    assert fr_cameo._forms_of("demander")[:2] == ("demande", "demandent")
    assert "lève" in fr_cameo._forms_of("lever") and "menaçait" in fr_cameo._forms_of("menacer")
    assert "interpelle" in fr_cameo._forms_of("interpeller") and "convenu" not in fr_cameo._forms_of("convenir")


def test_narrow_readings_come_first():
    order = [(t.lemma, t.cameo, t.type) for t in fr_cameo.TRIGGERS]
    # "condamné à dix ans de prison" is a conviction before "condamner" is a criticism
    assert order.index(("condamner", "116", "SANCTION")) < order.index(("condamner", "111", "ACCUSE"))
    # "manifester pour la démission" (1411) before "manifester" (141)
    ranks = [i for i, (lemma, code, _) in enumerate(order) if lemma == "manifester"]
    codes = [order[i][1] for i in ranks]
    assert codes.index("1411") < codes.index("141")
    # a missile launch is MOBILIZE/weapons, fire on a target ASSAULT
    launch = next(t for t in fr_cameo.TRIGGERS if t.lemma == "lancer" and t.cameo == "150")
    assert (launch.type, launch.mode) == ("MOBILIZE", "weapons") and "sur" in launch.unless


def test_agents_map_to_phoenix_codes():
    assert fr_agents.agent("la police".split()[1]) == ("COP", "POLICE")
    assert fr_agents.agent("Forces de l’ordre")[0] == "COP"
    assert fr_agents.agent("gendarmes") is None  # lemmas, not forms: the caller lemmatizes
    assert fr_agents.agent("gendarme")[0] == "COP" and fr_agents.agent("armée")[0] == "MIL"
    assert fr_agents.agent("manifestant")[0] == "OPP"
    assert all(code.isupper() and 3 <= len(code) <= 6 for code, _ in fr_agents.AGENTS.values())


# --- precision rules on hand-built parses ---------------------------------------------------------

def _doc(rows):
    words, heads, deps, pos, lemmas = zip(*rows)
    return Doc(spacy.blank("fr").vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
               lemmas=list(lemmas))


def _index(doc, spans):
    ents, tok = [], {}
    for k, (i, j, type_) in enumerate(spans):
        span = doc[i:j]
        ents.append(Entity(f"e{k}", type_, span.text, (Span(span.start_char, span.end_char, span.text),)))
        tok.update({t: f"e{k}" for t in range(i, j)})
    return EntityIndex(tuple(ents), tok)


def _hostage(subj, obj_word, obj_lemma):
    # "Le <syndicat | commando> Sud a pris en otage les <obj> ."
    return _doc([
        ("Le", 1, "det", "DET", "le"), (subj, 4, "nsubj", "NOUN", subj),
        ("Sud", 1, "flat:name", "PROPN", "Sud"), ("a", 4, "aux:tense", "AUX", "avoir"),
        ("pris", 4, "ROOT", "VERB", "prendre"), ("en", 6, "case", "ADP", "en"),
        ("otage", 4, "obl:mod", "NOUN", "otage"), ("les", 8, "det", "DET", "le"),
        (obj_word, 4, "obj", "NOUN", obj_lemma), (".", 4, "punct", "PUNCT", "."),
    ])


def test_figurative_hostage_is_no_event():
    fr = langdata.get("fr")
    doc = _hostage("syndicat", "usagers", "usager")  # a strike "takes its users hostage"
    assert find_events(doc, fr, _index(doc, [(1, 3, "ORG"), (8, 9, "NORP")]), (), (), None) == ()
    doc = _hostage("commando", "usagers", "usager")  # the users, whoever holds them
    assert find_events(doc, fr, _index(doc, [(1, 3, "ORG"), (8, 9, "NORP")]), (), (), None) == ()
    doc = _hostage("commando", "touristes", "touriste")
    (ev,) = find_events(doc, fr, _index(doc, [(1, 3, "ORG"), (8, 9, "NORP")]), (), (), None)
    assert (ev.type, ev.mode, ev.source, ev.target) == ("ASSAULT", "abduct", "e0", "e1")


def _war(noun_word, noun_lemma):
    # "La Russie mène la guerre <contre l'Ukraine | des prix> ."
    return _doc([
        ("La", 1, "det", "DET", "le"), ("Russie", 2, "nsubj", "PROPN", "Russie"),
        ("mène", 2, "ROOT", "VERB", "mener"), ("la", 4, "det", "DET", "le"),
        ("guerre", 2, "obj", "NOUN", "guerre"), ("contre" if noun_lemma != "prix" else "des", 6,
                                                  "case", "ADP", "contre" if noun_lemma != "prix" else "de"),
        (noun_word, 4, "nmod", "PROPN" if noun_lemma != "prix" else "NOUN", noun_lemma), (".", 2, "punct", "PUNCT", "."),
    ])


def test_price_war_is_no_event():
    fr = langdata.get("fr")
    doc = _war("Ukraine", "Ukraine")
    (ev,) = find_events(doc, fr, _index(doc, [(1, 2, "GPE"), (6, 7, "GPE")]), (), (), None)
    assert (ev.type, ev.source, ev.target) == ("ASSAULT", "e0", "e1")
    doc = _war("prix", "prix")
    assert find_events(doc, fr, _index(doc, [(1, 2, "GPE")]), (), (), None) == ()


def test_generic_statement_is_no_event():
    # "La police arrête généralement les suspects ." / without the adverb: an arrest
    def doc_with(adverb):
        rows = [("La", 1, "det", "DET", "le"), ("police", 2, "nsubj", "NOUN", "police"),
                ("arrête", 2, "ROOT", "VERB", "arrêter")]
        if adverb:
            rows.append(("généralement", 2, "advmod", "ADV", "généralement"))
        k = len(rows)
        rows += [("les", k + 1, "det", "DET", "le"), ("Kurdes", 2, "obj", "PROPN", "Kurde"), (".", 2, "punct", "PUNCT", ".")]
        return _doc(rows), k + 1

    fr = langdata.get("fr")
    doc, obj = doc_with(False)
    (ev,) = find_events(doc, fr, _index(doc, [(1, 2, "ORG"), (obj, obj + 1, "NORP")]), (), (), None)
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    doc, obj = doc_with(True)
    assert find_events(doc, fr, _index(doc, [(1, 2, "ORG"), (obj, obj + 1, "NORP")]), (), (), None) == ()
