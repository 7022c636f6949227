"""Who an event's actor is when the article names it by a description, a pair, a relative pronoun or a
coordination the parser hung on a name; and a target the parser hung on a time noun. Hand-built parses."""
from __future__ import annotations

from newsgraph import lang as langdata
from newsgraph.extract.events import find_events

from .event_docs import entity_index as _index
from .event_docs import event_doc as _doc

FR = langdata.get("fr")


def _accuse(subject_rows, subject_head):
    # "<subject> ont accusé le directeur ."
    n = len(subject_rows)
    rows = list(subject_rows) + [("ont", n + 1, "aux:tense", "AUX", "avoir"), ("accusé", n + 1, "ROOT", "VERB", "accuser"),
                                 ("le", n + 3, "det", "DET", "le"), ("directeur", n + 1, "obj", "NOUN", "directeur"),
                                 (".", n + 1, "punct", "PUNCT", ".")]
    rows[subject_head] = rows[subject_head][:1] + (n + 1,) + rows[subject_head][2:]
    return _doc(rows, {n + 1: "Tense=Past|VerbForm=Part"}), n + 3


def test_a_description_is_the_actor_when_nothing_named_stands_behind_it():
    # "Des voisins ont accusé le directeur ."
    doc, obj = _accuse([("Des", 1, "det", "DET", "un"), ("voisins", 0, "nsubj", "NOUN", "voisin")], 1)
    index = _index(doc, [(0, 2, "PERSON", "descr:des voisins"), (obj - 1, obj + 1, "PERSON", "person:paul dupont")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", "e0", "e1")


def test_a_description_is_read_through_for_the_state_it_names():
    # "Des responsables américains ont accusé le directeur ." : the United States, not "des responsables"
    doc, obj = _accuse([("Des", 1, "det", "DET", "un"), ("responsables", 0, "nsubj", "NOUN", "responsable"),
                        ("américains", 1, "amod", "ADJ", "américain")], 1)
    index = _index(doc, [(0, 3, "PERSON", "descr:des responsables americains"),
                         (obj - 1, obj + 1, "PERSON", "person:paul dupont"), (obj + 1, obj + 2, "GPE", "country:USA", "USA")])
    sources = {ev.source for ev in find_events(doc, FR, index, (), (), None)}
    assert sources == {"e2"}


def test_a_description_coordinated_with_a_name_is_not_a_second_actor():
    # "Des élèves et Paul Martin ont accusé le directeur ."
    doc, obj = _accuse([("Des", 1, "det", "DET", "un"), ("élèves", 0, "nsubj", "NOUN", "élève"),
                        ("et", 3, "cc", "CCONJ", "et"), ("Paul", 1, "conj", "PROPN", "Paul"),
                        ("Martin", 3, "flat:name", "PROPN", "Martin")], 1)
    index = _index(doc, [(0, 2, "PERSON", "descr:des eleves"), (3, 5, "PERSON", "person:paul martin"),
                         (obj - 1, obj + 1, "PERSON", "person:jean dupont")])
    sources = {ev.source for ev in find_events(doc, FR, index, (), (), None)}
    assert sources == {"e1"}


def test_the_two_men_are_the_last_two_people_named():
    # "Paul Martin a reçu Jean Dupont . Les deux hommes se sont rencontrés ."
    doc = _doc([("Paul", 3, "nsubj", "PROPN", "Paul"), ("Martin", 0, "flat:name", "PROPN", "Martin"),
                ("a", 3, "aux:tense", "AUX", "avoir"), ("reçu", 3, "ROOT", "VERB", "recevoir"),
                ("Jean", 3, "obj", "PROPN", "Jean"), ("Dupont", 4, "flat:name", "PROPN", "Dupont"),
                (".", 3, "punct", "PUNCT", "."),
                ("Les", 9, "det", "DET", "le"), ("deux", 9, "nummod", "NUM", "deux"), ("hommes", 12, "nsubj", "NOUN", "homme"),
                ("se", 12, "expl:comp", "PRON", "se"), ("sont", 12, "aux:tense", "AUX", "être"),
                ("rencontrés", 12, "ROOT", "VERB", "rencontrer"), (".", 12, "punct", "PUNCT", ".")],
               {7: "Definite=Def", 9: "Number=Plur", 12: "Tense=Past|VerbForm=Part"})
    index = _index(doc, [(0, 2, "PERSON", "person:paul martin"), (4, 6, "PERSON", "person:jean dupont"),
                         (7, 10, "PERSON", "descr:les deux hommes")])
    evs = [e for e in find_events(doc, FR, index, (), (), None) if e.trigger.text == "rencontrés"]
    assert [(e.type, {e.source, e.target}) for e in evs] == [("CONSULT", {"e0", "e1"})]


def test_a_relative_pronoun_subject_is_its_antecedent():
    # "Il voit le ministère , qui accuse le directeur ."
    doc = _doc([("Il", 1, "nsubj", "PRON", "il"), ("voit", 1, "ROOT", "VERB", "voir"),
                ("le", 3, "det", "DET", "le"), ("ministère", 1, "obj", "NOUN", "ministère"),
                (",", 5, "punct", "PUNCT", ","), ("qui", 6, "nsubj", "PRON", "qui"),
                ("accuse", 3, "acl:relcl", "VERB", "accuser"), ("le", 8, "det", "DET", "le"),
                ("directeur", 6, "obj", "NOUN", "directeur"), (".", 1, "punct", "PUNCT", ".")],
               {5: "PronType=Rel"})
    index = _index(doc, [(2, 4, "ORG", "org:ministere"), (7, 9, "PERSON", "person:paul dupont")])
    evs = [e for e in find_events(doc, FR, index, (), (), None) if e.trigger.text == "accuse"]
    assert [(e.type, e.source, e.target) for e in evs] == [("ACCUSE", "e0", "e1")]


def test_a_second_member_hung_on_the_name_in_apposition_is_coordinated():
    # "La ministre Florence Parly et son homologue Ursula Leyen se sont rencontrées ."
    doc = _doc([("La", 1, "det", "DET", "le"), ("ministre", 10, "nsubj", "NOUN", "ministre"),
                ("Florence", 1, "appos", "PROPN", "Florence"), ("Parly", 2, "flat:name", "PROPN", "Parly"),
                ("et", 6, "cc", "CCONJ", "et"), ("son", 6, "det", "DET", "son"),
                ("homologue", 3, "conj", "NOUN", "homologue"), ("Ursula", 6, "appos", "PROPN", "Ursula"),
                ("Leyen", 7, "flat:name", "PROPN", "Leyen"), ("se", 10, "expl:comp", "PRON", "se"),
                ("rencontrées", 10, "ROOT", "VERB", "rencontrer"), (".", 10, "punct", "PUNCT", ".")],
               {10: "Tense=Past|VerbForm=Part"})
    index = _index(doc, [(0, 4, "PERSON", "person:florence parly"), (5, 9, "PERSON", "person:ursula leyen")])
    evs = find_events(doc, FR, index, (), (), None)
    assert [(e.type, {e.source, e.target}) for e in evs] == [("CONSULT", {"e0", "e1"})]


def test_a_target_hung_on_a_bare_time_noun_is_the_verbs():
    # "Theresa May s' est entretenue dimanche avec Donald Tusk ."
    doc = _doc([("Theresa", 4, "nsubj", "PROPN", "Theresa"), ("May", 0, "flat:name", "PROPN", "May"),
                ("s'", 4, "expl:comp", "PRON", "se"), ("est", 4, "aux:tense", "AUX", "être"),
                ("entretenue", 4, "ROOT", "VERB", "entretenir"), ("dimanche", 4, "obl:mod", "NOUN", "dimanche"),
                ("avec", 7, "case", "ADP", "avec"), ("Donald", 5, "obl:mod", "PROPN", "Donald"),
                ("Tusk", 7, "flat:name", "PROPN", "Tusk"), (".", 4, "punct", "PUNCT", ".")],
               {4: "Tense=Past|VerbForm=Part"})
    index = _index(doc, [(0, 2, "PERSON", "person:theresa may"), (7, 9, "PERSON", "person:donald tusk")])
    evs = find_events(doc, FR, index, (), (), None)
    assert [(e.type, e.source, e.target) for e in evs] == [("CONSULT", "e0", "e1")]


def test_who_is_involved_in_an_event_noun_is_its_source():
    # "Il serait impliqué dans des actes de torture ." (coreference gave "Il" to Anwar R.)
    doc = _doc([("Il", 2, "nsubj:pass", "PRON", "il"), ("serait", 2, "aux:pass", "AUX", "être"),
                ("impliqué", 2, "ROOT", "VERB", "impliquer"), ("dans", 5, "case", "ADP", "dans"),
                ("des", 5, "det", "DET", "un"), ("actes", 2, "obl:arg", "NOUN", "acte"),
                ("de", 7, "case", "ADP", "de"), ("torture", 5, "nmod", "NOUN", "torture"),
                (".", 2, "punct", "PUNCT", ".")],
               {2: "VerbForm=Part|Voice=Pass"})
    index = _index(doc, [(0, 1, "PERSON", "person:anwar r")])
    evs = find_events(doc, FR, index, (), (), None)
    assert [(e.type, e.source) for e in evs] == [("ASSAULT", "e0")]


def test_a_person_described_by_what_they_belong_to_is_themself():
    # "La police a arrêté un pasteur d' une Église ." : the pastor is arrested, not the church
    doc = _doc([("La", 1, "det", "DET", "le"), ("police", 3, "nsubj", "NOUN", "police"),
                ("a", 3, "aux:tense", "AUX", "avoir"), ("arrêté", 3, "ROOT", "VERB", "arrêter"),
                ("un", 5, "det", "DET", "un"), ("pasteur", 3, "obj", "NOUN", "pasteur"),
                ("d'", 8, "case", "ADP", "de"), ("une", 8, "det", "DET", "un"),
                ("Église", 5, "nmod", "PROPN", "Église"), (".", 3, "punct", "PUNCT", ".")],
               {3: "Tense=Past|VerbForm=Part"})
    index = _index(doc, [(4, 6, "PERSON", "descr:un pasteur"), (8, 9, "ORG", "org:eglise")])
    from newsgraph.extract.events import read_events
    evs, entities = read_events(doc, FR, index, (), (), None)
    (ev,) = [e for e in evs if e.type == "COERCE"]
    assert ev.target != "e1" and "pasteur" in entities.get(ev.target).mentions[0].text  # the pastor's entity
