"""Coreference and gender rules on hand-built Docs (words, heads, deps, POS, lemmas, morphs, entities),
so that a new model release cannot change what they assert."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph import lang as langdata
from newsgraph.extract.coref import initials, quoted_tokens, resolve_coreference
from newsgraph.extract.entities import find_entities
from newsgraph.extract.gender import first_name_gender
from newsgraph.extract.identity import make_key, readable_form

FR = langdata.get("fr")
_VOCAB = spacy.blank("fr").vocab


def doc_of(rows: list[tuple], sentence_starts: tuple[int, ...] = (0,)) -> Doc:
    """rows: (word, head index, dep, POS, lemma, morph, entity IOB tag) per token."""
    words = [r[0] for r in rows]
    spaces = [not (i + 1 < len(rows) and rows[i + 1][0] in (",", ".", ":", "»")) and rows[i][0] not in ("«", "l'", "d'")
              for i in range(len(rows))]
    return Doc(_VOCAB, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], morphs=[r[5] for r in rows],
               ents=[r[6] for r in rows], sent_starts=[i in sentence_starts for i in range(len(rows))])


def identity(doc: Doc):
    entities = find_entities(doc, FR, doc.text, "2021-12-31")
    return resolve_coreference(doc, FR, entities, doc.text, "2021-12-31")


def entity_named(index, name):
    found = [e for e in index.entities if e.name == name]
    assert found, [e.name for e in index.entities]
    return found[0]


N, M = "Gender=Masc|Number=Sing", "Gender=Fem|Number=Sing"


def test_a_title_right_before_a_name_is_that_persons():
    # "Le cinéaste Arnaud Desplechin est venu ."
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("cinéaste", 5, "nsubj", "NOUN", "cinéaste", N, "O"),
        ("Arnaud", 1, "appos", "PROPN", "Arnaud", "", "B-PER"),
        ("Desplechin", 2, "flat:name", "PROPN", "Desplechin", "", "I-PER"),
        ("est", 5, "aux:tense", "AUX", "être", "", "O"),
        ("venu", 5, "ROOT", "VERB", "venir", "Gender=Masc|VerbForm=Part", "O"),
        (".", 5, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    person = entity_named(index, "Arnaud Desplechin")
    assert [(m.text, m.kind) for m in person.mentions] == [("Le cinéaste", "description"), ("Arnaud Desplechin", "name")]
    assert index.at(1) is person


def _procureure_doc() -> Doc:
    # "La procureure Laureline Peyrefitte a parlé . Elle a dit que la procureure partait ."
    return doc_of([
        ("La", 1, "det", "DET", "le", M, "O"),
        ("procureure", 5, "nsubj", "NOUN", "procureur", M, "O"),
        ("Laureline", 1, "appos", "PROPN", "Laureline", "", "B-PER"),
        ("Peyrefitte", 2, "flat:name", "PROPN", "Peyrefitte", "", "I-PER"),
        ("a", 5, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 5, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 5, "punct", "PUNCT", ".", "", "O"),
        ("Elle", 9, "nsubj", "PRON", "il", "Gender=Fem|Number=Sing|Person=3", "O"),
        ("a", 9, "aux:tense", "AUX", "avoir", "", "O"),
        ("dit", 9, "ROOT", "VERB", "dire", "VerbForm=Part", "O"),
        ("que", 13, "mark", "SCONJ", "que", "", "O"),
        ("la", 12, "det", "DET", "le", M, "O"),
        ("procureure", 13, "nsubj", "NOUN", "procureur", M, "O"),
        ("partait", 9, "ccomp", "VERB", "partir", "", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 7))


def test_a_head_noun_the_person_already_carries_joins_them():
    index = identity(_procureure_doc())
    person = entity_named(index, "Laureline Peyrefitte")
    assert index.at(12) is person  # "la procureure", the second time
    assert [m.kind for m in person.mentions] == ["title", "name", "pronoun", "title"]


def test_gender_comes_from_the_text_with_its_evidence():
    person = entity_named(identity(_procureure_doc()), "Laureline Peyrefitte")
    assert person.gender == "f" and person.gender_cue == "descriptor"
    assert {s.text for s in person.gender_evidence} >= {"La procureure", "Elle"}


def test_a_pronoun_agrees_in_gender_and_skips_the_other_person():
    # "Marie Dupont a vu Paul Martin . Elle a parlé ."
    doc = doc_of([
        ("Marie", 3, "nsubj", "PROPN", "Marie", "", "B-PER"),
        ("Dupont", 0, "flat:name", "PROPN", "Dupont", "", "I-PER"),
        ("a", 3, "aux:tense", "AUX", "avoir", "", "O"),
        ("vu", 3, "ROOT", "VERB", "voir", "VerbForm=Part", "O"),
        ("Paul", 3, "obj", "PROPN", "Paul", "", "B-PER"),
        ("Martin", 4, "flat:name", "PROPN", "Martin", "", "I-PER"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("Il", 9, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("a", 9, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 9, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 7))
    index = identity(doc)
    # "Il" is masculine: Paul Martin (first-name prior), although Marie Dupont is the subject
    assert index.at(7).name == "Paul Martin"
    assert entity_named(index, "Marie Dupont").gender == "f"
    assert entity_named(index, "Marie Dupont").gender_cue == "first_name"


def test_a_pronoun_outside_a_quote_never_goes_to_someone_named_only_inside_it():
    # "« Paul Martin ment » . Il a dit ."  -> nobody: the only candidate is inside the quote
    doc = doc_of([
        ("«", 3, "punct", "PUNCT", "«", "", "O"),
        ("Paul", 3, "nsubj", "PROPN", "Paul", "", "B-PER"),
        ("Martin", 1, "flat:name", "PROPN", "Martin", "", "I-PER"),
        ("ment", 3, "ROOT", "VERB", "mentir", "", "O"),
        ("»", 3, "punct", "PUNCT", "»", "", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("Il", 8, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("a", 8, "aux:tense", "AUX", "avoir", "", "O"),
        ("dit", 8, "ROOT", "VERB", "dire", "VerbForm=Part", "O"),
        (".", 8, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 6))
    assert quoted_tokens(doc, FR) == frozenset({1, 2, 3})
    assert identity(doc).at(6) is None


def test_an_ungendered_noun_says_nothing_of_the_persons_gender():
    # "La victime , Paul Martin , est partie ."  -> "la victime" is his, and says nothing of his gender
    doc = doc_of([
        ("La", 1, "det", "DET", "le", M, "O"),
        ("victime", 7, "nsubj", "NOUN", "victime", M, "O"),
        (",", 3, "punct", "PUNCT", ",", "", "O"),
        ("Paul", 1, "appos", "PROPN", "Paul", "", "B-PER"),
        ("Martin", 3, "flat:name", "PROPN", "Martin", "", "I-PER"),
        (",", 3, "punct", "PUNCT", ",", "", "O"),
        ("est", 7, "aux:tense", "AUX", "être", "", "O"),
        ("parti", 7, "ROOT", "VERB", "partir", "Gender=Masc|VerbForm=Part", "O"),
        (".", 7, "punct", "PUNCT", ".", "", "O"),
    ])
    person = entity_named(identity(doc), "Paul Martin")
    assert person.gender == "m"  # from the first name: "la victime" is not evidence
    assert "La victime" not in {s.text for s in person.gender_evidence}


def test_two_titles_of_different_nationalities_are_two_people():
    # "son homologue français ... son homologue turc": same head, never merged
    doc = doc_of([
        ("son", 1, "det", "DET", "son", N, "O"),
        ("homologue", 3, "nsubj", "NOUN", "homologue", N, "O"),
        ("français", 1, "amod", "ADJ", "français", N, "O"),
        ("parle", 3, "ROOT", "VERB", "parler", "", "O"),
        ("avec", 6, "case", "ADP", "avec", "", "O"),
        ("son", 6, "det", "DET", "son", N, "O"),
        ("homologue", 3, "obl:arg", "NOUN", "homologue", N, "O"),
        ("turc", 6, "amod", "ADJ", "turc", N, "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    assert index.at(1) is not None and index.at(6) is not None
    assert index.at(1).id != index.at(6).id


def test_a_repeated_description_is_one_actor_of_its_own():
    # "La gendarmerie enquête . La gendarmerie a saisi ..."
    doc = doc_of([
        ("La", 1, "det", "DET", "le", M, "O"),
        ("gendarmerie", 2, "nsubj", "NOUN", "gendarmerie", M, "O"),
        ("enquête", 2, "ROOT", "VERB", "enquêter", "", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
        ("La", 5, "det", "DET", "le", M, "O"),
        ("gendarmerie", 6, "nsubj", "NOUN", "gendarmerie", M, "O"),
        ("saisit", 6, "ROOT", "VERB", "saisir", "", "O"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 4))
    index = identity(doc)
    actor = index.at(1)
    assert actor is not None and index.at(5) is actor
    assert actor.type == "ORG" and actor.key == "descr:la gendarmerie"
    assert [m.kind for m in actor.mentions] == ["description", "description"]


def test_a_surname_with_its_particle_joins_the_full_name():
    # "Marine Le Pen a parlé . Le Pen a ri ."
    doc = doc_of([
        ("Marine", 4, "nsubj", "PROPN", "Marine", "", "B-PER"),
        ("Le", 0, "flat:name", "PROPN", "Le", "", "I-PER"),
        ("Pen", 0, "flat:name", "PROPN", "Pen", "", "I-PER"),
        ("a", 4, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 4, "ROOT", "VERB", "parler", "", "O"),
        (".", 4, "punct", "PUNCT", ".", "", "O"),
        ("Le", 9, "nsubj", "PROPN", "Le", "", "B-PER"),
        ("Pen", 6, "flat:name", "PROPN", "Pen", "", "I-PER"),
        ("a", 9, "aux:tense", "AUX", "avoir", "", "O"),
        ("ri", 9, "ROOT", "VERB", "rire", "", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 6))
    index = identity(doc)
    assert index.at(6) is not None and index.at(6) is index.at(0)


def test_a_name_written_surname_first_joins_its_short_form():
    # "Meng Hongwei a disparu . M. Meng ..."
    doc = doc_of([
        ("Meng", 3, "nsubj", "PROPN", "Meng", "", "B-PER"),
        ("Hongwei", 0, "flat:name", "PROPN", "Hongwei", "", "I-PER"),
        ("a", 3, "aux:tense", "AUX", "avoir", "", "O"),
        ("disparu", 3, "ROOT", "VERB", "disparaître", "", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("M.", 6, "nmod", "NOUN", "m.", "", "O"),
        ("Meng", 7, "nsubj", "PROPN", "Meng", "", "B-PER"),
        ("parle", 7, "ROOT", "VERB", "parler", "", "O"),
        (".", 7, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    person = index.at(0)
    assert index.at(6) is person and person.gender == "m" and person.gender_cue == "honorific"


def test_acronyms_are_read_from_initials():
    assert "LREM" in initials("La République en marche")
    assert "CNIL" in initials("Commission nationale de l’informatique et des libertés")
    assert "KMW" in initials("Krauss-Maffei Wegmann")
    assert "UE" in initials("Union européenne")


def test_keys_are_readable_never_stemmed():
    assert make_key("person", "Agnès Buzyn") == "person:agnes buzyn"
    assert make_key("org", "Europe") == "org:europe"
    assert readable_form("  Le  Parisien ") == "le parisien"


def test_first_names_come_from_the_name_dictionary():
    assert first_name_gender("Ghislaine") == "f" and first_name_gender("Jérôme") == "m"
    assert first_name_gender("Jean-Christophe") == "m"  # by its first part
    assert first_name_gender("Émile", FR) == "m"  # the register spells it with its accent (the world table, 11 % women, makes no guess)
    assert first_name_gender("Dominique") is None  # given to both: no guess


def test_an_agency_glued_to_the_name_after_it_is_split_off():
    # "a déclaré à l' AFP Olivier Martin ." with NER reading "AFP Olivier Martin" as one person
    doc = doc_of([
        ("Il", 2, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("a", 2, "aux:tense", "AUX", "avoir", "", "O"),
        ("déclaré", 2, "ROOT", "VERB", "déclarer", "VerbForm=Part", "O"),
        ("à", 5, "case", "ADP", "à", "", "O"),
        ("l'", 5, "det", "DET", "le", "", "O"),
        ("AFP", 2, "obl:arg", "PROPN", "AFP", "", "B-PER"),
        ("Olivier", 5, "flat:name", "PROPN", "Olivier", "", "I-PER"),
        ("Martin", 5, "flat:name", "PROPN", "Martin", "", "I-PER"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    assert index.at(5).type == "ORG" and index.at(5).key == "org:afp"
    assert index.at(6).name == "Olivier Martin" and index.at(6).type == "PERSON"


def test_a_first_name_with_an_age_is_a_person():
    # "on croise Julien , 34 ans ." with no NER entity at all
    doc = doc_of([
        ("on", 1, "nsubj", "PRON", "on", "", "O"),
        ("croise", 1, "ROOT", "VERB", "croiser", "", "O"),
        ("Julien", 1, "obj", "PROPN", "Julien", "", "O"),
        (",", 4, "punct", "PUNCT", ",", "", "O"),
        ("34", 5, "nummod", "NUM", "34", "", "O"),
        ("ans", 2, "appos", "NOUN", "an", "Gender=Masc|Number=Plur", "O"),
        (".", 1, "punct", "PUNCT", ".", "", "O"),
    ])
    person = identity(doc).at(2)
    assert person is not None and person.type == "PERSON" and person.name == "Julien"
    # a lone name with an age is the press naming someone by first name: of 58 such names in 5,000
    # OrangeSum articles, a sample of 30 were all first names of the gender the register gives
    assert (person.gender, person.gender_cue) == ("m", "first_name")


def test_corpus_junk_never_becomes_an_actor():
    # "Le chef de l' État a parlé aux Français au Parisien ." with NER reading État LOC, Français LOC,
    # Parisien LOC: none is a place, the outlet is Le Parisien
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("chef", 6, "nsubj", "NOUN", "chef", N, "O"),
        ("de", 4, "case", "ADP", "de", "", "O"),
        ("l'", 4, "det", "DET", "le", "", "O"),
        ("État", 1, "nmod", "PROPN", "État", "", "B-LOC"),
        ("a", 6, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 6, "ROOT", "VERB", "parler", "", "O"),
        ("aux", 8, "case", "ADP", "à", "", "O"),
        ("Français", 6, "obl:arg", "PROPN", "Français", "", "B-LOC"),
        ("au", 10, "case", "ADP", "à", "", "O"),
        ("Parisien", 6, "obl:mod", "PROPN", "Parisien", "", "B-LOC"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    types = {e.name: (e.type, e.key) for e in index.entities}
    assert "État" not in types and not any(t == "LOC" for t, _ in types.values())
    assert types["Français"] == ("NORP", "norp:francais")
    assert index.at(10).key == "org:le-parisien"


def test_a_pronoun_prefers_the_first_person_of_a_sentence_the_parser_gave_no_subject():
    # "Marie Durand rencontrera Julie Petit . Elle parle ." with Marie Durand misparsed as an oblique
    doc = doc_of([
        ("Marie", 2, "obl:mod", "PROPN", "Marie", "", "B-PER"),
        ("Durand", 0, "flat:name", "PROPN", "Durand", "", "I-PER"),
        ("rencontrera", 2, "ROOT", "VERB", "rencontrer", "", "O"),
        ("Julie", 2, "obj", "PROPN", "Julie", "", "B-PER"),
        ("Petit", 3, "flat:name", "PROPN", "Petit", "", "I-PER"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
        ("Elle", 7, "nsubj", "PRON", "il", "Gender=Fem|Number=Sing|Person=3", "O"),
        ("parle", 7, "ROOT", "VERB", "parler", "", "O"),
        (".", 7, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 6))
    index = identity(doc)
    assert index.at(6) is entity_named(index, "Marie Durand")
    # a parsed subject still wins over the first person: with Julie Petit the subject, she is "Elle"
    doc[3].dep_ = "nsubj"
    index = identity(doc)
    assert index.at(6) is entity_named(index, "Julie Petit")


def test_the_subject_of_an_absolute_participle_is_not_the_sentences_subject():
    # "Paul Martin parle , Jean Dupont étant retenu . Il rit ."
    doc = doc_of([
        ("Paul", 2, "nsubj", "PROPN", "Paul", "", "B-PER"),
        ("Martin", 0, "flat:name", "PROPN", "Martin", "", "I-PER"),
        ("parle", 2, "ROOT", "VERB", "parler", "VerbForm=Fin", "O"),
        (",", 7, "punct", "PUNCT", ",", "", "O"),
        ("Jean", 7, "nsubj:pass", "PROPN", "Jean", "", "B-PER"),
        ("Dupont", 4, "flat:name", "PROPN", "Dupont", "", "I-PER"),
        ("étant", 7, "aux:pass", "AUX", "être", "VerbForm=Part", "O"),
        ("retenu", 2, "advcl", "VERB", "retenir", "VerbForm=Part", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
        ("Il", 10, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("rit", 10, "ROOT", "VERB", "rire", "VerbForm=Fin", "O"),
        (".", 10, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 9))
    index = identity(doc)
    assert index.at(9) is entity_named(index, "Paul Martin")
