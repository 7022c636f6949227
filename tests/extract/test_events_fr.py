"""Reading rules added for French news, on hand-built parses (no model): symmetric acts, the state of the
place of an agentless act, the police an agentless arrest is told by, the agent inside an event noun's
phrase, and a noun in an adverbial phrase."""
from __future__ import annotations

from newsgraph import lang as langdata
from newsgraph.extract.events import find_events

from .event_docs import entity_index as _index
from .event_docs import event_doc as _doc

FR = langdata.get("fr")


def test_coordinated_sides_of_an_agreement_are_source_and_target():
    # "La France et l' Allemagne ont signé un accord ."
    doc = _doc([("La", 1, "det", "DET", "le"), ("France", 6, "nsubj", "PROPN", "France"),
                ("et", 4, "cc", "CCONJ", "et"), ("l'", 4, "det", "DET", "le"),
                ("Allemagne", 1, "conj", "PROPN", "Allemagne"), ("ont", 6, "aux:tense", "AUX", "avoir"),
                ("signé", 6, "ROOT", "VERB", "signer"), ("un", 8, "det", "DET", "un"),
                ("accord", 6, "obj", "NOUN", "accord"), (".", 6, "punct", "PUNCT", ".")])
    index = _index(doc, [(1, 2, "GPE", "country:FRA", "FRA"), (4, 5, "GPE", "country:DEU", "DEU")])
    (ev,) = [e for e in find_events(doc, FR, index, (), (), None) if e.type == "AGREE"]
    assert (ev.source, ev.target) == ("e0", "e1")


def _arrest(city):
    # "Anwar R. a été arrêté à <city> ."
    return _doc([("Anwar", 4, "nsubj:pass", "PROPN", "Anwar"), ("R.", 0, "flat:name", "PROPN", "R."),
                 ("a", 4, "aux:tense", "AUX", "avoir"), ("été", 4, "aux:pass", "AUX", "être"),
                 ("arrêté", 4, "ROOT", "VERB", "arrêter"), ("à", 6, "case", "ADP", "à"),
                 (city, 4, "obl:mod", "PROPN", city), (".", 4, "punct", "PUNCT", ".")],
                {3: "VerbForm=Part", 4: "VerbForm=Part|Voice=Pass"})


def test_agentless_arrest_is_the_act_of_the_state_of_its_place():
    doc = _arrest("Berlin")
    # the article names Germany elsewhere: entity e2, the country of Berlin
    index = _index(doc, [(0, 2, "PERSON"), (6, 7, "GPE", "city:berlin", "DEU"), (7, 8, "GPE", "country:DEU", "DEU")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.mode, ev.source, ev.target) == ("COERCE", "arrest", "e2", "e0")


def test_agentless_arrest_is_the_police_the_article_names():
    # "Anwar R. a été arrêté à Berlin , selon la police ."
    doc = _doc([("Anwar", 4, "nsubj:pass", "PROPN", "Anwar"), ("R.", 0, "flat:name", "PROPN", "R."),
                ("a", 4, "aux:tense", "AUX", "avoir"), ("été", 4, "aux:pass", "AUX", "être"),
                ("arrêté", 4, "ROOT", "VERB", "arrêter"), ("à", 6, "case", "ADP", "à"),
                ("Berlin", 4, "obl:mod", "PROPN", "Berlin"), (",", 10, "punct", "PUNCT", ","),
                ("selon", 10, "case", "ADP", "selon"), ("la", 10, "det", "DET", "le"),
                ("police", 4, "obl:mod", "NOUN", "police"), (".", 4, "punct", "PUNCT", ".")],
               {4: "VerbForm=Part|Voice=Pass"})
    index = _index(doc, [(0, 2, "PERSON"), (6, 7, "GPE", "city:berlin", "DEU")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert ev.type == "COERCE" and ev.target == "e0"
    assert ev.source not in ("e0", "e1")  # an entity made for "la police"
    assert ev.source_actor is not None and ev.source_actor.code.endswith("COP")


def test_the_agent_inside_an_event_nouns_phrase():
    # "le rejet de l' accord par les députés britanniques" (par hung on accord)
    doc = _doc([("le", 1, "det", "DET", "le"), ("rejet", 1, "ROOT", "NOUN", "rejet"),
                ("de", 4, "case", "ADP", "de"), ("l'", 4, "det", "DET", "le"),
                ("accord", 1, "nmod", "NOUN", "accord"), ("par", 7, "case", "ADP", "par"),
                ("les", 7, "det", "DET", "le"), ("Britanniques", 4, "nmod", "PROPN", "Britannique")])
    index = _index(doc, [(7, 8, "NORP")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.source) == ("REJECT", "e0")


def test_a_noun_in_an_adverbial_phrase_is_the_subjects_act():
    # "Pavlenski s' est cousu les lèvres en soutien aux Pussy Riot ."
    doc = _doc([("Pavlenski", 3, "nsubj", "PROPN", "Pavlenski"), ("s'", 3, "expl:comp", "PRON", "se"),
                ("est", 3, "aux:tense", "AUX", "être"), ("cousu", 3, "ROOT", "VERB", "coudre"),
                ("les", 5, "det", "DET", "le"), ("lèvres", 3, "obj", "NOUN", "lèvre"),
                ("en", 7, "case", "ADP", "en"), ("soutien", 3, "obl:mod", "NOUN", "soutien"),
                ("aux", 10, "case", "ADP", "à"), ("Pussy", 10, "flat:name", "PROPN", "Pussy"),
                ("Riot", 7, "nmod", "PROPN", "Riot"), (".", 3, "punct", "PUNCT", ".")])
    index = _index(doc, [(0, 1, "PERSON"), (9, 11, "ORG")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.source, ev.target) == ("SUPPORT", "e0", "e1")


def test_the_subject_of_faire_l_objet_undergoes_the_event_noun():
    # "Meng fait l' objet d' une enquête en Chine ."
    doc = _doc([("Meng", 1, "nsubj", "PROPN", "Meng"), ("fait", 1, "ROOT", "VERB", "faire"),
                ("l'", 3, "det", "DET", "le"), ("objet", 1, "obj", "NOUN", "objet"),
                ("d'", 6, "case", "ADP", "de"), ("une", 6, "det", "DET", "un"),
                ("enquête", 3, "nmod", "NOUN", "enquête"), ("en", 8, "case", "ADP", "en"),
                ("Chine", 6, "nmod", "PROPN", "Chine"), (".", 1, "punct", "PUNCT", ".")])
    index = _index(doc, [(0, 1, "PERSON"), (8, 9, "GPE", "country:CHN", "CHN")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.mode, ev.source, ev.target) == ("ACCUSE", "investigate", "e1", "e0")


def test_who_draws_the_criticism_is_its_target_and_unnamed_critics_its_sources():
    # "May s' est attiré les foudres de l' opposition et de députés ."
    doc = _doc([("May", 3, "nsubj", "PROPN", "May"), ("s'", 3, "expl:comp", "PRON", "se"),
                ("est", 3, "aux:tense", "AUX", "être"), ("attiré", 3, "ROOT", "VERB", "attirer"),
                ("les", 5, "det", "DET", "le"), ("foudres", 3, "obj", "NOUN", "foudre"),
                ("de", 8, "case", "ADP", "de"), ("l'", 8, "det", "DET", "le"),
                ("opposition", 5, "nmod", "NOUN", "opposition"), ("et", 11, "cc", "CCONJ", "et"),
                ("de", 11, "case", "ADP", "de"), ("députés", 8, "conj", "NOUN", "député"),
                (".", 3, "punct", "PUNCT", ".")])
    index = _index(doc, [(0, 1, "PERSON")])
    events = find_events(doc, FR, index, (), (), None)
    assert {(e.type, e.target) for e in events} == {("ACCUSE", "e0")}
    assert len({e.source for e in events}) == 2 and "e0" not in {e.source for e in events}


def test_a_root_noun_misparse_is_the_first_coordinated_subject():
    # "Paris et Berlin ont signé un accord ." parsed with "Paris" the root and "signé" its conjunct
    doc = _doc([("Paris", 0, "ROOT", "PROPN", "Paris"), ("et", 4, "cc", "CCONJ", "et"),
                ("Berlin", 4, "nsubj", "PROPN", "Berlin"), ("ont", 4, "aux:tense", "AUX", "avoir"),
                ("signé", 0, "conj", "VERB", "signer"), ("un", 6, "det", "DET", "un"),
                ("accord", 4, "obj", "NOUN", "accord"), (".", 0, "punct", "PUNCT", ".")])
    index = _index(doc, [(0, 1, "GPE", "country:FRA", "FRA"), (2, 3, "GPE", "country:DEU", "DEU")])
    (ev,) = [e for e in find_events(doc, FR, index, (), (), None) if e.type == "AGREE"]
    assert (ev.source, ev.target) == ("e0", "e1")


def test_a_heading_restates_and_makes_no_event():
    from newsgraph.extract.events import _heading_lines
    text = ("Biden a parlé avec Poutine.\nLes États-Unis appellent à « un environnement de désescalade »\n"
            "La Russie a accepté.\nElle a dit : « Nous viendrons. »\nFin")
    heads = _heading_lines(text)
    lines = [text[s:e] for s, e in heads]
    assert lines == ["Les États-Unis appellent à « un environnement de désescalade »"]
    assert _heading_lines("Une seule ligne sans point") == []


def test_a_bare_genitive_classifies_and_names_no_actor():
    # "une visite de la France en Belgique": France visits; "une visite d' État en Belgique": no one named
    doc = _doc([("une", 1, "det", "DET", "un"), ("visite", 1, "ROOT", "NOUN", "visite"),
                ("de", 4, "case", "ADP", "de"), ("la", 4, "det", "DET", "le"),
                ("France", 1, "nmod", "PROPN", "France"), ("en", 6, "case", "ADP", "en"),
                ("Belgique", 1, "nmod", "PROPN", "Belgique")])
    index = _index(doc, [(4, 5, "GPE", "country:FRA", "FRA"), (6, 7, "GPE", "country:BEL", "BEL")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.source, ev.target) == ("CONSULT", "e0", "e1")
    doc = _doc([("une", 1, "det", "DET", "un"), ("visite", 1, "ROOT", "NOUN", "visite"),
                ("d'", 3, "case", "ADP", "de"), ("État", 1, "nmod", "NOUN", "état"),
                ("en", 5, "case", "ADP", "en"), ("Belgique", 1, "nmod", "PROPN", "Belgique")])
    index = _index(doc, [(3, 4, "ORG", "org:etat", "FRA"), (5, 6, "GPE", "country:BEL", "BEL")])
    assert find_events(doc, FR, index, (), (), None) == ()


def _government_denounced(adjective):
    # "Le gouvernement <adjective> a dénoncé l' attaque ."
    return _doc([("Le", 1, "det", "DET", "le"), ("gouvernement", 4, "nsubj", "NOUN", "gouvernement"),
                 (adjective, 1, "amod", "ADJ", adjective), ("a", 4, "aux:tense", "AUX", "avoir"),
                 ("dénoncé", 4, "ROOT", "VERB", "dénoncer"), ("l'", 6, "det", "DET", "le"),
                 ("attaque", 4, "obj", "NOUN", "attaque"), (".", 4, "punct", "PUNCT", ".")],
                {4: "VerbForm=Part"})


def test_a_demonym_after_an_agent_noun_gives_its_country():
    doc = _government_denounced("français")
    (ev,) = find_events(doc, FR, _index(doc, []), (), (), None)
    assert ev.source_actor is not None and ev.source_actor.code == "FRAGOV"


def test_an_adjective_that_is_no_demonym_gives_no_country():
    doc = _government_denounced("provisoire")
    (ev,) = find_events(doc, FR, _index(doc, []), (), (), None)
    assert ev.source_actor is not None and ev.source_actor.code == "GOV"


def test_a_pronominal_verb_is_active():
    # "L' organisation s' en était défendue ." : être with a reflexive clitic, labelled passive by the parser
    doc = _doc([("L'", 1, "det", "DET", "le"), ("organisation", 5, "nsubj", "NOUN", "organisation"),
                ("s'", 5, "expl:pass", "PRON", "se"), ("en", 5, "iobj", "PRON", "en"),
                ("était", 5, "aux:pass", "AUX", "être"), ("défendue", 5, "ROOT", "VERB", "défendre"),
                (".", 5, "punct", "PUNCT", ".")],
               {2: "Person=3|Reflex=Yes", 5: "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"})
    index = _index(doc, [(0, 2, "ORG")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.source, ev.target) == ("REJECT", "e0", None)


def test_a_private_person_described_by_a_demonym_is_themself():
    # "Un artiste russe a incendié la façade de la Banque de France ." : the artist's act, not Russia's
    rows = [("Un", 1, "det", "DET", "un"), ("artiste", 4, "nsubj", "NOUN", "artiste"),
            ("russe", 1, "amod", "ADJ", "russe"), ("a", 4, "aux:tense", "AUX", "avoir"),
            ("incendié", 4, "ROOT", "VERB", "incendier"), ("la", 6, "det", "DET", "le"),
            ("façade", 4, "obj", "NOUN", "façade"), ("de", 9, "case", "ADP", "de"), ("la", 9, "det", "DET", "le"),
            ("Banque", 6, "nmod", "PROPN", "Banque"), ("de", 11, "case", "ADP", "de"),
            ("France", 9, "flat:name", "PROPN", "France"), (".", 4, "punct", "PUNCT", "."),
            ("Russie", 4, "dep", "PROPN", "Russie")]
    doc = _doc(rows)
    index = _index(doc, [(0, 3, "PERSON", "descr:un artiste russe"), (9, 12, "ORG"),
                         (13, 14, "GPE", "country:RUS", "RUS")])
    (ev,) = [e for e in find_events(doc, FR, index, (), (), None) if e.type == "ASSAULT"]
    assert (ev.source, ev.target) == ("e0", "e1")


def test_soldiers_described_by_a_demonym_act_for_their_state():
    # "Des soldats russes ont attaqué la ville de Kharkiv ." : an agent noun stays its state's
    rows = [("Des", 1, "det", "DET", "un"), ("soldats", 4, "nsubj", "NOUN", "soldat"),
            ("russes", 1, "amod", "ADJ", "russe"), ("ont", 4, "aux:tense", "AUX", "avoir"),
            ("attaqué", 4, "ROOT", "VERB", "attaquer"), ("Kharkiv", 4, "obj", "PROPN", "Kharkiv"),
            (".", 4, "punct", "PUNCT", "."), ("Russie", 4, "dep", "PROPN", "Russie")]
    doc = _doc(rows)
    index = _index(doc, [(0, 3, "PERSON", "descr:des soldats russes"), (5, 6, "GPE", "city:kharkiv", "UKR"),
                         (7, 8, "GPE", "country:RUS", "RUS")])
    (ev,) = [e for e in find_events(doc, FR, index, (), (), None) if e.type == "ASSAULT"]
    assert (ev.source, ev.target) == ("e2", "e1")


def _clitic_doc():
    # "Le directeur a parlé . Des élèves le soutiennent ."
    return _doc([("Le", 1, "det", "DET", "le"), ("directeur", 3, "nsubj", "NOUN", "directeur"),
                 ("a", 3, "aux:tense", "AUX", "avoir"), ("parlé", 3, "ROOT", "VERB", "parler"),
                 (".", 3, "punct", "PUNCT", "."), ("Des", 6, "det", "DET", "un"),
                 ("élèves", 8, "nsubj", "NOUN", "élève"), ("le", 8, "obj", "PRON", "le"),
                 ("soutiennent", 8, "ROOT", "VERB", "soutenir"), (".", 8, "punct", "PUNCT", ".")],
                {7: "Gender=Masc|Number=Sing|Person=3"})


def test_an_object_clitic_stands_for_the_person_named_before_it():
    doc = _clitic_doc()
    index = _index(doc, [(0, 2, "PERSON", "descr:le directeur"), (5, 7, "PERSON", "descr:des élèves")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.target) == ("SUPPORT", "e0") and ev.source != "e0"  # the pupils (an agent entity)


def test_an_object_clitic_is_never_its_verbs_subject_nor_of_another_gender():
    doc = _clitic_doc()
    # only the subject before the clitic: no target, and "soutenir" needs one
    assert find_events(doc, FR, _index(doc, [(5, 7, "PERSON", "descr:des élèves")]), (), (), None) == ()
    # a woman named before a masculine clitic is not its antecedent
    index = _index(doc, [(0, 2, "PERSON", "descr:le directeur"), (5, 7, "PERSON", "descr:des élèves")])
    from dataclasses import replace
    women = replace(index, entities=tuple(replace(e, gender="f") if e.id == "e0" else e for e in index.entities))
    assert find_events(doc, FR, women, (), (), None) == ()


def _payment(modal, modal_morph):
    # "Il <modal> verser 18 000 euros à la victime ." (a court's order when the modal is in the future)
    return _doc([("Il", 1, "nsubj", "PRON", "il"), (modal, 1, "ROOT", "VERB", "devoir"),
                 ("verser", 1, "xcomp", "VERB", "verser"), ("18 000", 4, "nummod", "NUM", "18 000"),
                 ("euros", 2, "obj", "NOUN", "euro"), ("à", 7, "case", "ADP", "à"), ("la", 7, "det", "DET", "le"),
                 ("victime", 2, "obl:arg", "NOUN", "victime"), (".", 1, "punct", "PUNCT", ".")],
                {1: modal_morph, 2: "VerbForm=Inf"})


def test_what_a_future_modal_of_duty_requires_is_no_event():
    spans = [(0, 1, "PERSON"), (6, 8, "PERSON")]
    doc = _payment("devra", "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin")
    assert [e for e in find_events(doc, FR, _index(doc, spans), (), (), None) if e.type == "AID"] == []
    # the same act in the conditional is told, as a hypothesis
    doc = _payment("devrait", "Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    (ev,) = [e for e in find_events(doc, FR, _index(doc, spans), (), (), None) if e.type == "AID"]
    assert (ev.source, ev.target, ev.status) == ("e0", "e1", "hypothetical")


def _stabbing(aux_morph, condition=False):
    # "Elle aurait poignardé Paul ." / "... si Paul l' avait attaquée" hung as an advcl
    rows = [("Elle", 2, "nsubj", "PRON", "elle"), ("aurait", 2, "aux:tense", "AUX", "avoir"),
            ("poignardé", 2, "ROOT", "VERB", "poignarder"), ("Paul", 2, "obj", "PROPN", "Paul")]
    morphs = {1: aux_morph, 2: "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"}
    if condition:
        rows += [("si", 6, "mark", "SCONJ", "si"), ("on", 6, "nsubj", "PRON", "on"),
                 ("insistait", 2, "advcl", "VERB", "insister")]
    return _doc(rows + [(".", 2, "punct", "PUNCT", ".")], morphs)


def test_the_press_conditional_past_tells_an_alleged_fact():
    doc = _stabbing("Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    index = _index(doc, [(0, 1, "PERSON"), (3, 4, "PERSON")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.status) == ("ASSAULT", "asserted")
    doc = _stabbing("Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", condition=True)
    (ev,) = [e for e in find_events(doc, FR, _index(doc, [(0, 1, "PERSON"), (3, 4, "PERSON")]), (), (), None)
             if e.type == "ASSAULT"]
    assert ev.status == "hypothetical"


def test_a_present_tagged_future_and_a_reflexive_s_are_no_hypothesis():
    # "S' attirant des critiques , la France accueille les réfugiés ." with "accueille" tagged Tense=Fut
    doc = _doc([("S'", 1, "mark", "PRON", "se"), ("attirant", 7, "advcl", "VERB", "attirer"),
                ("des", 3, "det", "DET", "un"), ("critiques", 1, "obj", "NOUN", "critique"),
                (",", 7, "punct", "PUNCT", ","), ("la", 5, "det", "DET", "le"),
                ("France", 7, "nsubj", "PROPN", "France"), ("accueille", 7, "ROOT", "VERB", "accueillir"),
                ("les", 9, "det", "DET", "le"), ("réfugiés", 7, "obj", "NOUN", "réfugié"),
                (".", 7, "punct", "PUNCT", ".")],
               {0: "Person=3|Reflex=Yes", 7: "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"})
    index = _index(doc, [(5, 7, "GPE", "country:FRA", "FRA"), (8, 10, "NORP")])
    events = [e for e in find_events(doc, FR, index, (), (), None) if e.type == "AID"]
    assert events and {e.status for e in events} == {"asserted"}


def test_a_root_name_with_a_finite_verb_in_parataxis_is_its_subject():
    # "L'@sic , l' Association , demande un moratoire au gouvernement ." parsed with the name the root
    doc = _doc([("L'@sic", 0, "ROOT", "PROPN", "L'@sic"), (",", 0, "punct", "PUNCT", ","),
                ("l'", 3, "det", "DET", "le"), ("Association", 0, "appos", "NOUN", "association"),
                (",", 0, "punct", "PUNCT", ","), ("demande", 0, "parataxis", "VERB", "demander"),
                ("un", 7, "det", "DET", "un"), ("moratoire", 5, "obj", "NOUN", "moratoire"),
                ("au", 9, "case", "ADP", "au"), ("gouvernement", 5, "obl:arg", "NOUN", "gouvernement"),
                (".", 0, "punct", "PUNCT", ".")],
               {5: "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"})
    index = _index(doc, [(0, 1, "ORG"), (9, 10, "ORG")])
    (ev,) = [e for e in find_events(doc, FR, index, (), (), None) if e.type == "REQUEST"]
    assert (ev.source, ev.target) == ("e0", "e1")


def test_a_bare_noun_after_par_is_no_agent():
    # "l' arrestation de 100 personnes par jour" : a rate, not who arrests
    doc = _doc([("l'", 1, "det", "DET", "le"), ("arrestation", 1, "ROOT", "NOUN", "arrestation"),
                ("de", 4, "case", "ADP", "de"), ("100", 4, "nummod", "NUM", "100"),
                ("personnes", 1, "nmod", "NOUN", "personne"), ("par", 6, "case", "ADP", "par"),
                ("jour", 4, "nmod", "NOUN", "jour")])
    index = _index(doc, [(3, 7, "PERSON", "descr:100 personnes par jour")])
    assert [e for e in find_events(doc, FR, index, (), (), None) if e.source == "e0"] == []
    # with its article, the same phrase is the agent: "par la police"
    doc = _doc([("l'", 1, "det", "DET", "le"), ("arrestation", 1, "ROOT", "NOUN", "arrestation"),
                ("de", 3, "case", "ADP", "de"), ("Paul", 1, "nmod", "PROPN", "Paul"),
                ("par", 6, "case", "ADP", "par"), ("la", 6, "det", "DET", "le"),
                ("police", 3, "nmod", "NOUN", "police")])
    index = _index(doc, [(3, 4, "PERSON"), (5, 7, "ORG")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.source, ev.target) == ("COERCE", "e1", "e0")


def test_the_state_of_a_place_inside_the_targets_phrase_is_no_source():
    # "la condamnation à la prison de deux prévenus au Rwanda" : the place is the crimes', not the court's
    rows = [("la", 1, "det", "DET", "le"), ("condamnation", 1, "ROOT", "NOUN", "condamnation"),
            ("à", 4, "case", "ADP", "à"), ("la", 4, "det", "DET", "le"), ("prison", 1, "nmod", "NOUN", "prison"),
            ("de", 7, "case", "ADP", "de"), ("deux", 7, "nummod", "NUM", "deux"),
            ("prévenus", 1, "nmod", "NOUN", "prévenu"), ("au", 9, "case", "ADP", "au"),
            ("Rwanda", 7, "nmod", "PROPN", "Rwanda")]
    doc = _doc(rows)
    index = _index(doc, [(6, 8, "PERSON", "descr:deux prévenus"), (9, 10, "GPE", "country:RWA", "RWA")])
    assert [e for e in find_events(doc, FR, index, (), (), None) if e.source == "e1"] == []
    # "... prononcée au Rwanda": the place of the act itself is the source's state
    rows[9] = ("Rwanda", 1, "nmod", "PROPN", "Rwanda")
    doc = _doc(rows)
    index = _index(doc, [(6, 8, "PERSON", "descr:deux prévenus"), (9, 10, "GPE", "country:RWA", "RWA")])
    (ev,) = find_events(doc, FR, index, (), (), None)
    assert (ev.type, ev.source, ev.target) == ("SANCTION", "e1", "e0")


def _invited(agent=False):
    # "Les groupes seront invités [par Airbus] à fournir une offre ." with "seront" parsed as a copula
    rows = [("Les", 1, "det", "DET", "le"), ("groupes", 3, "nsubj", "NOUN", "groupe"),
            ("seront", 3, "cop", "AUX", "être"), ("invités", 3, "ROOT", "VERB", "inviter")]
    if agent:
        rows += [("par", 5, "case", "ADP", "par"), ("Airbus", 3, "obl:agent", "PROPN", "Airbus")]
    n = len(rows)
    rows += [("à", n + 1, "mark", "ADP", "à"), ("fournir", 3, "xcomp", "VERB", "fournir"),
             ("une", n + 3, "det", "DET", "un"), ("offre", n + 1, "obj", "NOUN", "offre"), (".", 3, "punct", "PUNCT", ".")]
    return _doc(rows, {2: "Mood=Ind|Number=Plur|Person=3|Tense=Fut|VerbForm=Fin",
                       3: "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part", n + 1: "VerbForm=Inf"})


def test_a_participle_with_a_copula_is_a_passive_its_subject_the_patient():
    doc = _invited()
    index = _index(doc, [(0, 2, "ORG", "descr:les groupes")])
    assert [e for e in find_events(doc, FR, index, (), (), None) if e.type == "REQUEST"] == []
    doc = _invited(agent=True)
    index = _index(doc, [(0, 2, "ORG", "descr:les groupes"), (5, 6, "ORG")])
    (ev,) = [e for e in find_events(doc, FR, index, (), (), None) if e.type == "REQUEST"]
    assert ev.source == "e1" and ev.target not in (None, "e1")  # the groups (an agent entity made for them)


def test_an_inquiry_into_what_happened_is_an_investigation_with_no_target():
    # "La police tente d' établir qui est à l' origine de l' attaque ."
    doc = _doc([("La", 1, "det", "DET", "le"), ("police", 2, "nsubj", "NOUN", "police"),
                ("tente", 2, "ROOT", "VERB", "tenter"), ("d'", 4, "mark", "ADP", "de"),
                ("établir", 2, "xcomp", "VERB", "établir"), ("qui", 6, "nsubj", "PRON", "qui"),
                ("est", 4, "ccomp", "AUX", "être"), ("à", 9, "case", "ADP", "à"), ("l'", 9, "det", "DET", "le"),
                ("origine", 6, "obl:arg", "NOUN", "origine"), ("de", 12, "case", "ADP", "de"),
                ("l'", 12, "det", "DET", "le"), ("attaque", 9, "nmod", "NOUN", "attaque"), (".", 2, "punct", "PUNCT", ".")],
               {4: "VerbForm=Inf"})
    index = _index(doc, [(0, 2, "ORG")])
    (ev,) = [e for e in find_events(doc, FR, index, (), (), None) if e.trigger.text == "établir"]
    assert (ev.type, ev.mode, ev.source, ev.target) == ("ACCUSE", "investigate", "e0", None)
    # "établir un record" is no inquiry
    doc = _doc([("La", 1, "det", "DET", "le"), ("police", 2, "nsubj", "NOUN", "police"),
                ("établit", 2, "ROOT", "VERB", "établir"), ("un", 4, "det", "DET", "un"),
                ("record", 2, "obj", "NOUN", "record"), (".", 2, "punct", "PUNCT", ".")])
    assert [e for e in find_events(doc, FR, _index(doc, [(0, 2, "ORG")]), (), (), None)
            if e.trigger.text == "établit"] == []


def test_a_quote_cue_is_said_by_the_quotes_speaker_not_a_subject_inside_the_quote():
    # "« La France a menti » , dénoncent les signataires ." with "France" parsed as the subject of "dénoncent"
    from newsgraph.model import Quote, Span
    doc = _doc([("«", 6, "punct", "PUNCT", "«"), ("La", 2, "det", "DET", "le"),
                ("France", 6, "nsubj", "PROPN", "France"), ("a", 4, "aux:tense", "AUX", "avoir"),
                ("menti", 2, "acl", "VERB", "mentir"), ("»", 6, "punct", "PUNCT", "»"),
                ("dénoncent", 6, "ROOT", "VERB", "dénoncer"), ("les", 8, "det", "DET", "le"),
                ("signataires", 6, "obj", "NOUN", "signataire"), (".", 6, "punct", "PUNCT", ".")])
    index = _index(doc, [(1, 3, "GPE", "country:FRA", "FRA"), (7, 9, "PERSON", "descr:les signataires")])
    cue, said = doc[6:7], doc[1:5]
    quote = Quote("q0", "direct", Span(said.start_char, said.end_char, said.text), "e1",
                  cue=Span(cue.start_char, cue.end_char, cue.text))
    events = [e for e in find_events(doc, FR, index, (quote,), (), None) if e.type == "ACCUSE"]
    assert events and all(e.source == "e1" for e in events)


def test_a_passive_cue_keeps_its_agent_whatever_the_quote_stage_read():
    # "Darmanin est accusé par Sophie de viol ." with a quote "par Sophie de viol" given to Darmanin
    from newsgraph.model import Quote, Span
    doc = _doc([("Darmanin", 2, "nsubj:pass", "PROPN", "Darmanin"), ("est", 2, "aux:pass", "AUX", "être"),
                ("accusé", 2, "ROOT", "VERB", "accuser"), ("par", 4, "case", "ADP", "par"),
                ("Sophie", 2, "obl:agent", "PROPN", "Sophie"), ("de", 6, "case", "ADP", "de"),
                ("viol", 2, "obl:arg", "NOUN", "viol"), (".", 2, "punct", "PUNCT", ".")],
               {2: "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"})
    index = _index(doc, [(0, 1, "PERSON"), (4, 5, "PERSON")])
    cue, said = doc[1:3], doc[3:7]
    for kind in ("indirect", "direct"):
        quote = Quote("q0", kind, Span(said.start_char, said.end_char, said.text), "e0",
                      cue=Span(cue.start_char, cue.end_char, cue.text))
        (ev,) = [e for e in find_events(doc, FR, index, (quote,), (), None) if e.type == "ACCUSE"]
        assert (ev.source, ev.target) == ("e1", "e0")
