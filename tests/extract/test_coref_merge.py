"""Identity rules that join a title, a description or a short name to the actor it stands for, on
hand-built Docs (words, heads, deps, POS, lemmas, morphs, entities) so a model release cannot change
what they assert. Each test fails without its rule."""
from __future__ import annotations

from spacy.tokens import Doc

from .test_coref import M, N, doc_of, entity_named, identity

P = "Gender=Masc|Number=Plur"


def test_a_comma_apposition_before_a_closed_name_joins_it():
    # "Sa cliente fidèle , Marie Durand , a parlé ." (cliente is no role noun: the entity stage leaves it)
    doc = doc_of([
        ("Sa", 1, "det", "DET", "son", M, "O"),
        ("cliente", 8, "nsubj", "NOUN", "client", M, "O"),
        ("fidèle", 1, "amod", "ADJ", "fidèle", M, "O"),
        (",", 4, "punct", "PUNCT", ",", "", "O"),
        ("Marie", 1, "appos", "PROPN", "Marie", "", "B-PER"),
        ("Durand", 4, "flat:name", "PROPN", "Durand", "", "I-PER"),
        (",", 4, "punct", "PUNCT", ",", "", "O"),
        ("a", 8, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 8, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 8, "punct", "PUNCT", ".", "", "O"),
    ])
    # the parser hangs the name on the verb, not on the title: only the comma and the closing comma tell
    doc[4].head = doc[8]
    doc[4].dep_ = "nsubj"
    index = identity(doc)
    person = entity_named(index, "Marie Durand")
    assert index.at(1) is person


def test_a_name_in_a_list_after_a_comma_is_no_apposition():
    # "Sa cliente fidèle , Marie Durand et Paul Petit ont parlé ."
    doc = doc_of([
        ("Sa", 1, "det", "DET", "son", M, "O"),
        ("cliente", 10, "nsubj", "NOUN", "client", M, "O"),
        ("fidèle", 1, "amod", "ADJ", "fidèle", M, "O"),
        (",", 4, "punct", "PUNCT", ",", "", "O"),
        ("Marie", 10, "nsubj", "PROPN", "Marie", "", "B-PER"),
        ("Durand", 4, "flat:name", "PROPN", "Durand", "", "I-PER"),
        ("et", 7, "cc", "CCONJ", "et", "", "O"),
        ("Paul", 4, "conj", "PROPN", "Paul", "", "B-PER"),
        ("Petit", 7, "flat:name", "PROPN", "Petit", "", "I-PER"),
        ("ont", 10, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 10, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 10, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    assert index.at(4) is not None and index.at(1) is not index.at(4)


def test_a_name_is_reached_past_a_stray_adjective():
    # "Le ministre français Jean Dupont a parlé ." with "français" hung on the name
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("ministre", 6, "nsubj", "NOUN", "ministre", N, "O"),
        ("français", 3, "amod", "ADJ", "français", N, "O"),
        ("Jean", 1, "nmod", "PROPN", "Jean", "", "B-PER"),
        ("Dupont", 3, "flat:name", "PROPN", "Dupont", "", "I-PER"),
        ("a", 6, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 6, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    assert index.at(1) is entity_named(index, "Jean Dupont")


def test_a_demonym_ner_read_as_a_people_is_the_named_persons_title():
    # "Elle remplace la Française Mireille Ballestrazzi ."
    doc = doc_of([
        ("Elle", 1, "nsubj", "PRON", "il", "Gender=Fem|Number=Sing|Person=3", "O"),
        ("remplace", 1, "ROOT", "VERB", "remplacer", "", "O"),
        ("la", 3, "det", "DET", "le", M, "O"),
        ("Française", 1, "obj", "PROPN", "Française", "", "B-MISC"),
        ("Mireille", 3, "appos", "PROPN", "Mireille", "", "B-PER"),
        ("Ballestrazzi", 4, "flat:name", "PROPN", "Ballestrazzi", "", "I-PER"),
        (".", 1, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    person = entity_named(index, "Mireille Ballestrazzi")
    assert index.at(3) is person and person.country == "FRA"
    assert "la Française" in [m.text for m in person.mentions]


def test_a_nationality_description_skips_a_salient_actor_of_another_country():
    # "Sergey Lavrov a parlé . Le ministre américain a répondu ."
    doc = doc_of([
        ("Sergey", 3, "nsubj", "PROPN", "Sergey", "", "B-PER"),
        ("Lavrov", 0, "flat:name", "PROPN", "Lavrov", "", "I-PER"),
        ("a", 3, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 3, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("Le", 6, "det", "DET", "le", N, "O"),
        ("ministre", 9, "nsubj", "NOUN", "ministre", N, "O"),
        ("américain", 6, "amod", "ADJ", "américain", N, "O"),
        ("a", 9, "aux:tense", "AUX", "avoir", "", "O"),
        ("répondu", 9, "ROOT", "VERB", "répondre", "VerbForm=Part", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    lavrov = entity_named(index, "Sergey Lavrov")
    assert lavrov.country == "RUS"
    assert index.at(6) is not lavrov


def test_an_organisation_description_ignores_grammatical_gender():
    # "La société Renault a parlé . Le groupe a dit ." (la société, le groupe: one company)
    doc = doc_of([
        ("La", 1, "det", "DET", "le", M, "O"),
        ("société", 4, "nsubj", "NOUN", "société", M, "O"),
        ("Renault", 1, "appos", "PROPN", "Renault", "", "B-ORG"),
        ("a", 4, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 4, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 4, "punct", "PUNCT", ".", "", "O"),
        ("Le", 7, "det", "DET", "le", N, "O"),
        ("groupe", 9, "nsubj", "NOUN", "groupe", N, "O"),
        ("a", 9, "aux:tense", "AUX", "avoir", "", "O"),
        ("dit", 9, "ROOT", "VERB", "dire", "VerbForm=Part", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 6))
    index = identity(doc)
    renault = entity_named(index, "Renault")
    assert index.at(1) is renault and index.at(7) is renault


def test_an_organisation_description_with_a_participle_clause_still_refers_back():
    # "RT émet en France . La chaîne financée par Moscou a répondu ."
    doc = doc_of([
        ("RT", 1, "nsubj", "PROPN", "RT", "", "B-ORG"),
        ("émet", 1, "ROOT", "VERB", "émettre", "", "O"),
        ("en", 3, "case", "ADP", "en", "", "O"),
        ("France", 1, "obl:mod", "PROPN", "France", "", "B-LOC"),
        (".", 1, "punct", "PUNCT", ".", "", "O"),
        ("La", 6, "det", "DET", "le", M, "O"),
        ("chaîne", 11, "nsubj", "NOUN", "chaîne", M, "O"),
        ("financée", 6, "acl", "VERB", "financer", "Gender=Fem|VerbForm=Part", "O"),
        ("par", 9, "case", "ADP", "par", "", "O"),
        ("Moscou", 7, "obl:agent", "PROPN", "Moscou", "", "B-LOC"),
        ("a", 11, "aux:tense", "AUX", "avoir", "", "O"),
        ("répondu", 11, "ROOT", "VERB", "répondre", "VerbForm=Part", "O"),
        (".", 11, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    assert index.at(6) is entity_named(index, "RT")


def test_an_epicene_noun_after_l_apostrophe_has_no_gender():
    # "Piotr Pavlenski a parlé . L' artiste a dit ." (the tagger reads artiste as feminine)
    doc = doc_of([
        ("Piotr", 3, "nsubj", "PROPN", "Piotr", "", "B-PER"),
        ("Pavlenski", 0, "flat:name", "PROPN", "Pavlenski", "", "I-PER"),
        ("a", 3, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 3, "ROOT", "VERB", "parler", "Gender=Masc|VerbForm=Part", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("l'", 6, "det", "DET", "le", "Number=Sing", "O"),
        ("artiste", 8, "nsubj", "NOUN", "artiste", M, "O"),
        ("a", 8, "aux:tense", "AUX", "avoir", "", "O"),
        ("dit", 8, "ROOT", "VERB", "dire", "VerbForm=Part", "O"),
        (".", 8, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    assert index.at(6) is entity_named(index, "Piotr Pavlenski")


def test_a_noun_after_a_contracted_article_is_a_description():
    # "Le Parti socialiste vote . Il claque la porte du parti ." (du = de + le)
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "B-ORG"),
        ("Parti", 3, "nsubj", "PROPN", "Parti", "", "I-ORG"),
        ("socialiste", 1, "amod", "ADJ", "socialiste", "", "I-ORG"),
        ("vote", 3, "ROOT", "VERB", "voter", "", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("Il", 6, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("claque", 6, "ROOT", "VERB", "claquer", "", "O"),
        ("la", 8, "det", "DET", "le", M, "O"),
        ("porte", 6, "obj", "NOUN", "porte", M, "O"),
        ("du", 10, "case", "ADP", "de", "Definite=Def|Gender=Masc|Number=Sing", "O"),
        ("parti", 8, "nmod", "NOUN", "parti", N, "O"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    party = index.at(10)
    assert party is not None and party is index.at(1)
    assert [m.text for m in party.mentions if m.kind == "description"] == ["parti"]  # the preposition stays out


def test_a_first_name_ner_read_as_a_thing_joins_the_one_person_it_opens():
    # "Sébastien Lévesque écrit . Sébastien rit ." (NER reads the lone first name as MISC)
    doc = doc_of([
        ("Sébastien", 2, "nsubj", "PROPN", "Sébastien", "", "B-PER"),
        ("Lévesque", 0, "flat:name", "PROPN", "Lévesque", "", "I-PER"),
        ("écrit", 2, "ROOT", "VERB", "écrire", "", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
        ("Sébastien", 5, "nsubj", "PROPN", "Sébastien", "", "B-MISC"),
        ("rit", 5, "ROOT", "VERB", "rire", "", "O"),
        (".", 5, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 4))
    index = identity(doc)
    assert index.at(4) is not None and index.at(4) is index.at(0)


def test_a_prefixed_person_noun_is_a_description():
    # "Edward Snowden a parlé . Cet ex-informaticien a fui ."
    doc = doc_of([
        ("Edward", 3, "nsubj", "PROPN", "Edward", "", "B-PER"),
        ("Snowden", 0, "flat:name", "PROPN", "Snowden", "", "I-PER"),
        ("a", 3, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 3, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("Cet", 6, "det", "DET", "ce", N, "O"),
        ("ex-informaticien", 8, "nsubj", "NOUN", "ex-informaticien", N, "O"),
        ("a", 8, "aux:tense", "AUX", "avoir", "", "O"),
        ("fui", 8, "ROOT", "VERB", "fuir", "VerbForm=Part", "O"),
        (".", 8, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    assert index.at(6) is entity_named(index, "Edward Snowden")


def test_premier_opens_a_title_headed_by_the_next_noun():
    # "Le premier ministre français , Paul Durand , parle . Le premier ministre a dit ."
    # (the tagger makes "premier" the noun; the title is "ministre", which the name already carries)
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("premier", 8, "nsubj", "NOUN", "premier", N, "O"),
        ("ministre", 1, "amod", "ADJ", "ministre", N, "O"),
        ("français", 1, "amod", "ADJ", "français", N, "O"),
        (",", 5, "punct", "PUNCT", ",", "", "O"),
        ("Paul", 1, "appos", "PROPN", "Paul", "", "B-PER"),
        ("Durand", 5, "flat:name", "PROPN", "Durand", "", "I-PER"),
        (",", 5, "punct", "PUNCT", ",", "", "O"),
        ("parle", 8, "ROOT", "VERB", "parler", "", "O"),
        (".", 8, "punct", "PUNCT", ".", "", "O"),
        ("Marie", 14, "nsubj", "PROPN", "Marie", "", "B-PER"),
        ("Petit", 10, "flat:name", "PROPN", "Petit", "", "I-PER"),
        ("a", 14, "aux:tense", "AUX", "avoir", "", "O"),
        ("vraiment", 14, "advmod", "ADV", "vraiment", "", "O"),
        ("répondu", 14, "ROOT", "VERB", "répondre", "VerbForm=Part", "O"),
        (".", 14, "punct", "PUNCT", ".", "", "O"),
        ("Le", 17, "det", "DET", "le", N, "O"),
        ("premier", 20, "nsubj", "NOUN", "premier", N, "O"),
        ("ministre", 17, "amod", "ADJ", "ministre", N, "O"),
        ("a", 20, "aux:tense", "AUX", "avoir", "", "O"),
        ("dit", 20, "ROOT", "VERB", "dire", "VerbForm=Part", "O"),
        (".", 20, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 10, 16))
    index = identity(doc)
    durand = entity_named(index, "Paul Durand")
    assert index.at(17) is durand
    assert "Le premier ministre" in [m.text for m in durand.mentions]


def test_a_bracketed_short_form_is_the_organisations():
    # "L' Office français de protection des réfugiés ( Ofpra ) recrute ."
    doc = doc_of([
        ("L'", 1, "det", "DET", "le", N, "O"),
        ("Office", 9, "nsubj", "PROPN", "Office", "", "B-ORG"),
        ("français", 1, "amod", "ADJ", "français", "", "I-ORG"),
        ("de", 4, "case", "ADP", "de", "", "I-ORG"),
        ("protection", 1, "nmod", "NOUN", "protection", "", "I-ORG"),
        ("des", 6, "case", "ADP", "de", "", "I-ORG"),
        ("réfugiés", 4, "nmod", "NOUN", "réfugié", "", "I-ORG"),
        ("(", 8, "punct", "PUNCT", "(", "", "O"),
        ("Ofpra", 1, "appos", "PROPN", "Ofpra", "", "B-ORG"),
        (")", 8, "punct", "PUNCT", ")", "", "O"),
        ("recrute", 9, "ROOT", "VERB", "recruter", "", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ])
    doc[9].head = doc[10]
    doc[1].head = doc[10]
    index = identity(doc)
    assert index.at(8) is not None and index.at(8) is index.at(1)


def test_a_full_name_ner_read_as_a_thing_is_the_person_of_that_name():
    # "Marc Petit parle . Il cite Marc Petit ." (NER reads the second one MISC)
    doc = doc_of([
        ("Marc", 2, "nsubj", "PROPN", "Marc", "", "B-PER"),
        ("Petit", 0, "flat:name", "PROPN", "Petit", "", "I-PER"),
        ("parle", 2, "ROOT", "VERB", "parler", "", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
        ("Il", 5, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("cite", 5, "ROOT", "VERB", "citer", "", "O"),
        ("Marc", 5, "obj", "PROPN", "Marc", "", "B-MISC"),
        ("Petit", 6, "flat:name", "PROPN", "Petit", "", "I-MISC"),
        (".", 5, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 4))
    index = identity(doc)
    assert index.at(6) is not None and index.at(6) is index.at(0)


def test_a_counterpart_with_a_nationality_is_the_person_of_that_country():
    # "Recep Tayyip Erdogan arrive . Macron reçoit son homologue turc ."
    doc = doc_of([
        ("Recep", 3, "nsubj", "PROPN", "Recep", "", "B-PER"),
        ("Tayyip", 0, "flat:name", "PROPN", "Tayyip", "", "I-PER"),
        ("Erdogan", 0, "flat:name", "PROPN", "Erdogan", "", "I-PER"),
        ("arrive", 3, "ROOT", "VERB", "arriver", "", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("Macron", 6, "nsubj", "PROPN", "Macron", "", "B-PER"),
        ("reçoit", 6, "ROOT", "VERB", "recevoir", "", "O"),
        ("son", 8, "det", "DET", "son", N, "O"),
        ("homologue", 6, "obj", "NOUN", "homologue", N, "O"),
        ("turc", 8, "amod", "ADJ", "turc", N, "O"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    erdogan = index.at(0)
    assert erdogan is not None and erdogan.country == "TUR"
    assert index.at(8) is erdogan


def test_a_french_party_ner_missed_is_found_and_joins_its_acronym():
    # "La République en marche vote . LREM gagne ." (NER finds only the acronym)
    doc = doc_of([
        ("La", 1, "det", "DET", "le", M, "O"),
        ("République", 4, "nsubj", "PROPN", "République", "", "O"),
        ("en", 3, "case", "ADP", "en", "", "O"),
        ("marche", 1, "nmod", "NOUN", "marche", M, "O"),
        ("vote", 4, "ROOT", "VERB", "voter", "", "O"),
        (".", 4, "punct", "PUNCT", ".", "", "O"),
        ("LREM", 7, "nsubj", "PROPN", "LREM", "", "B-ORG"),
        ("gagne", 7, "ROOT", "VERB", "gagner", "", "O"),
        (".", 7, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 6))
    index = identity(doc)
    party = index.at(6)
    assert party is not None and index.at(1) is party and party.key == "org:lrem"


def test_a_contracted_article_before_an_adjective_determines_the_title():
    # "Le texte confie au premier ministre Jean Dupont le soin ." : `au` is two words away from `ministre`
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("texte", 2, "nsubj", "NOUN", "texte", N, "O"),
        ("confie", 2, "ROOT", "VERB", "confier", "", "O"),
        ("au", 5, "case", "ADP", "au", "", "O"),
        ("premier", 5, "amod", "ADJ", "premier", N, "O"),
        ("ministre", 2, "obl:arg", "NOUN", "ministre", N, "O"),
        ("Jean", 5, "appos", "PROPN", "Jean", "", "B-PER"),
        ("Dupont", 6, "flat:name", "PROPN", "Dupont", "", "I-PER"),
        ("le", 9, "det", "DET", "le", N, "O"),
        ("soin", 2, "obj", "NOUN", "soin", N, "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    person = entity_named(index, "Jean Dupont")
    assert index.at(5) is person
    title = next(m for m in person.mentions if m.kind == "title")
    assert title.text == "premier ministre"  # the preposition fused with the article is no part of it


def _lead_doc(name_head_dep: str = "nsubj") -> list[tuple]:
    # "Un artiste russe a été condamné . Paul Martin , 34 ans , comparaissait ."
    return [
        ("Un", 1, "det", "DET", "un", N, "O"),
        ("artiste", 5, "nsubj:pass", "NOUN", "artiste", N, "O"),
        ("russe", 1, "amod", "ADJ", "russe", N, "O"),
        ("a", 5, "aux:tense", "AUX", "avoir", "", "O"),
        ("été", 5, "aux:pass", "AUX", "être", "", "O"),
        ("condamné", 5, "ROOT", "VERB", "condamner", "Gender=Masc|VerbForm=Part", "O"),
        (".", 5, "punct", "PUNCT", ".", "", "O"),
        ("Paul", 13, name_head_dep, "PROPN", "Paul", "", "B-PER"),
        ("Martin", 7, "flat:name", "PROPN", "Martin", "", "I-PER"),
        (",", 11, "punct", "PUNCT", ",", "", "O"),
        ("34", 11, "nummod", "NUM", "34", "", "O"),
        ("ans", 7, "appos", "NOUN", "an", "Gender=Masc|Number=Plur", "O"),
        (",", 11, "punct", "PUNCT", ",", "", "O"),
        ("comparaissait", 13, "ROOT", "VERB", "comparaître", "", "O"),
        (".", 13, "punct", "PUNCT", ".", "", "O"),
    ]


def test_a_lead_description_is_the_person_named_next():
    doc = doc_of(_lead_doc(), sentence_starts=(0, 7))
    index = identity(doc)
    assert index.at(1) is entity_named(index, "Paul Martin")


def test_a_lead_description_stays_apart_from_a_name_with_a_title_of_its_own():
    # "Un artiste russe a été condamné . Le juge Paul Martin , 34 ans , comparaissait ."
    rows = _lead_doc("appos")
    rows = [(w, h + 2 if h >= 7 else h, d, p, lem, m, e) for w, h, d, p, lem, m, e in rows]
    rows[7:7] = [("Le", 8, "det", "DET", "le", N, "O"), ("juge", 15, "nsubj", "NOUN", "juge", N, "O")]
    doc = doc_of(rows, sentence_starts=(0, 7))
    index = identity(doc)
    person = entity_named(index, "Paul Martin")
    assert index.at(8) is person  # the judge's title is his
    assert index.at(1) is not None and index.at(1) is not person


def test_a_lead_description_after_a_pronoun_is_not_a_protagonist_introduced():
    # "Il dit qu' un artiste russe a été condamné . Paul Martin , 34 ans , comparaissait ."
    rows = [(w, h + 3 if h >= 0 else h, d, p, lem, m, e) for w, h, d, p, lem, m, e in _lead_doc()]
    rows[0:0] = [("Il", 1, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
                 ("dit", 1, "ROOT", "VERB", "dire", "", "O"), ("qu'", 8, "mark", "SCONJ", "que", "", "O")]
    rows[8] = rows[8][:1] + (1, "ccomp") + rows[8][3:]
    doc = doc_of(rows, sentence_starts=(0, 10))
    index = identity(doc)
    assert index.at(4) is not None and index.at(4) is not entity_named(index, "Paul Martin")


def _topic_doc(marker: tuple[str, str]) -> Doc:
    # "Jean Dupont parle . MARKER le texte , il prévoit tout ."
    word, pos = marker
    return doc_of([
        ("Jean", 2, "nsubj", "PROPN", "Jean", "", "B-PER"),
        ("Dupont", 0, "flat:name", "PROPN", "Dupont", "", "I-PER"),
        ("parle", 2, "ROOT", "VERB", "parler", "", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
        (word, 6, "case", pos, word.lower(), "", "O"),
        ("le", 6, "det", "DET", "le", N, "O"),
        ("texte", 9, "obl:mod", "NOUN", "texte", N, "O"),
        (",", 9, "punct", "PUNCT", ",", "", "O"),
        ("il", 9, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("prévoit", 9, "ROOT", "VERB", "prévoir", "", "O"),
        ("tout", 9, "obj", "PRON", "tout", "", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 4))


def test_a_pronoun_that_takes_up_a_topic_thing_is_no_persons():
    # "Quant le texte , il prévoit": the topic marker is an adverb the parser makes the phrase's case
    assert identity(_topic_doc(("Quant", "ADV"))).at(8) is None


def test_a_pronoun_after_a_scene_setting_phrase_still_resolves():
    # "Après le texte , il prévoit": a preposition sets a scene; il is the person of the passage
    index = identity(_topic_doc(("Après", "ADP")))
    assert index.at(8) is entity_named(index, "Jean Dupont")


def test_a_name_after_a_comma_that_opens_a_new_clause_is_no_apposition():
    # "Le journal cite une source anonyme , M. Meng « ment » ." : the parser hangs M. Meng on source
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("journal", 2, "nsubj", "NOUN", "journal", N, "O"),
        ("cite", 2, "ROOT", "VERB", "citer", "", "O"),
        ("une", 4, "det", "DET", "un", M, "O"),
        ("source", 2, "obj", "NOUN", "source", M, "O"),
        ("anonyme", 4, "amod", "ADJ", "anonyme", M, "O"),
        (",", 7, "punct", "PUNCT", ",", "", "O"),
        ("M.", 4, "appos", "NOUN", "M.", "", "O"),
        ("Meng", 7, "flat:name", "PROPN", "Meng", "", "B-PER"),
        ("«", 10, "punct", "PUNCT", "«", "", "O"),
        ("ment", 4, "acl", "VERB", "mentir", "", "O"),
        ("»", 10, "punct", "PUNCT", "»", "", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    assert index.at(8) is not None and index.at(4) is not index.at(8)


def test_a_title_keeps_out_the_name_of_its_complement():
    # "Jean Dupont , président d' Interpol , parle . Le président d' Interpol rit ."
    doc = doc_of([
        ("Jean", 7, "nsubj", "PROPN", "Jean", "", "B-PER"),
        ("Dupont", 0, "flat:name", "PROPN", "Dupont", "", "I-PER"),
        (",", 3, "punct", "PUNCT", ",", "", "O"),
        ("président", 0, "appos", "NOUN", "président", N, "O"),
        ("d'", 5, "case", "ADP", "de", "", "O"),
        ("Interpol", 3, "nmod", "PROPN", "Interpol", "", "B-ORG"),
        (",", 3, "punct", "PUNCT", ",", "", "O"),
        ("parle", 7, "ROOT", "VERB", "parler", "", "O"),
        (".", 7, "punct", "PUNCT", ".", "", "O"),
        ("Le", 10, "det", "DET", "le", N, "O"),
        ("président", 13, "nsubj", "NOUN", "président", N, "O"),
        ("d'", 12, "case", "ADP", "de", "", "O"),
        ("Interpol", 10, "nmod", "PROPN", "Interpol", "", "B-ORG"),
        ("rit", 13, "ROOT", "VERB", "rire", "", "O"),
        (".", 13, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 9))
    index = identity(doc)
    person, organisation = entity_named(index, "Jean Dupont"), entity_named(index, "Interpol")
    assert index.at(10) is person
    assert index.at(12) is organisation
    assert [m.text for m in person.mentions if m.start >= doc[9].idx] == ["Le président"]


def test_a_title_before_a_name_reaches_past_a_short_bracket():
    # "Le maire de Lens ( Nord ) , Paul Martin , parle ."
    doc = doc_of([
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("maire", 11, "nsubj", "NOUN", "maire", N, "O"),
        ("de", 3, "case", "ADP", "de", "", "O"),
        ("Lens", 1, "nmod", "PROPN", "Lens", "", "B-LOC"),
        ("(", 5, "punct", "PUNCT", "(", "", "O"),
        ("Nord", 3, "appos", "PROPN", "Nord", "", "B-LOC"),
        (")", 5, "punct", "PUNCT", ")", "", "O"),
        (",", 8, "punct", "PUNCT", ",", "", "O"),
        ("Paul", 11, "nsubj", "PROPN", "Paul", "", "B-PER"),
        ("Martin", 8, "flat:name", "PROPN", "Martin", "", "I-PER"),
        (",", 8, "punct", "PUNCT", ",", "", "O"),
        ("parle", 11, "ROOT", "VERB", "parler", "", "O"),
        (".", 11, "punct", "PUNCT", ".", "", "O"),
    ])
    # the parser hangs the name on the verb: only the comma after the bracket ties it to the title
    index = identity(doc)
    assert index.at(1) is entity_named(index, "Paul Martin")


def _one_person_then(rows: list[tuple], first: tuple[str, str] = ("Marie", "Durand")) -> Doc:
    # "FIRST LAST parle . ROWS" with ROWS indexed from 0 for their own sentence
    lead = [
        (first[0], 2, "nsubj", "PROPN", first[0], "", "B-PER"),
        (first[1], 0, "flat:name", "PROPN", first[1], "", "I-PER"),
        ("parle", 2, "ROOT", "VERB", "parler", "", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
    ]
    return doc_of(lead + [(w, h + 4, d, p, lem, m, e) for w, h, d, p, lem, m, e in rows], sentence_starts=(0, 4))


def test_a_feminine_noun_form_outweighs_the_taggers_gender():
    # "Paul Martin parle . L' avocate rit ." with avocate mis-tagged masculine: she is not Paul Martin
    doc = _one_person_then([
        ("L'", 1, "det", "DET", "le", "", "O"),
        ("avocate", 2, "nsubj", "NOUN", "avocat", N, "O"),
        ("rit", 2, "ROOT", "VERB", "rire", "", "O"),
        (".", 2, "punct", "PUNCT", ".", "", "O"),
    ], first=("Paul", "Martin"))
    index = identity(doc)
    assert index.at(5) is not None and index.at(5) is not entity_named(index, "Paul Martin")


def test_a_relation_of_someone_else_is_not_the_salient_person():
    # "Marie Durand parle . L' avocate de la victime rit ."
    doc = _one_person_then([
        ("L'", 1, "det", "DET", "le", "", "O"),
        ("avocate", 5, "nsubj", "NOUN", "avocat", M, "O"),
        ("de", 4, "case", "ADP", "de", "", "O"),
        ("la", 4, "det", "DET", "le", M, "O"),
        ("victime", 1, "nmod", "NOUN", "victime", M, "O"),
        ("rit", 5, "ROOT", "VERB", "rire", "", "O"),
        (".", 5, "punct", "PUNCT", ".", "", "O"),
    ])
    index = identity(doc)
    assert index.at(5) is not None and index.at(5) is not entity_named(index, "Marie Durand")


def test_an_organisation_in_a_determined_complement_is_an_actor_of_its_own():
    # "Un site du ministère a été piraté . Le ministère enquête ."
    doc = doc_of([
        ("Un", 1, "det", "DET", "un", N, "O"),
        ("site", 6, "nsubj:pass", "NOUN", "site", N, "O"),
        ("du", 3, "case", "ADP", "de", "", "O"),
        ("ministère", 1, "nmod", "NOUN", "ministère", N, "O"),
        ("a", 6, "aux:tense", "AUX", "avoir", "", "O"),
        ("été", 6, "aux:pass", "AUX", "être", "", "O"),
        ("piraté", 6, "ROOT", "VERB", "pirater", "", "O"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
        ("Le", 9, "det", "DET", "le", N, "O"),
        ("ministère", 10, "nsubj", "NOUN", "ministère", N, "O"),
        ("enquête", 10, "ROOT", "VERB", "enquêter", "", "O"),
        (".", 10, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 8))
    index = identity(doc)
    assert index.at(3) is not None and index.at(3) is not index.at(1)
    assert index.at(9) is index.at(3)


def test_a_fused_article_after_a_noun_is_definite_not_indefinite():
    # "Les autorités françaises accusent . Il salue la réaction des autorités françaises ."
    P_F = "Gender=Fem|Number=Plur"
    doc = doc_of([
        ("Les", 1, "det", "DET", "le", P_F, "O"),
        ("autorités", 3, "nsubj", "NOUN", "autorité", P_F, "O"),
        ("françaises", 1, "amod", "ADJ", "français", P_F, "O"),
        ("accusent", 3, "ROOT", "VERB", "accuser", "", "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
        ("Il", 6, "nsubj", "PRON", "il", "Gender=Masc|Number=Sing|Person=3", "O"),
        ("salue", 6, "ROOT", "VERB", "saluer", "", "O"),
        ("la", 8, "det", "DET", "le", M, "O"),
        ("réaction", 6, "obj", "NOUN", "réaction", M, "O"),
        ("des", 10, "case", "ADP", "des", "", "O"),
        ("autorités", 8, "nmod", "NOUN", "autorité", P_F, "O"),
        ("françaises", 10, "amod", "ADJ", "français", P_F, "O"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    assert index.at(1) is not None and index.at(10) is index.at(1)


def test_a_capital_acting_for_an_institution_seated_there_is_that_institution():
    # "Londres négocie avec Bruxelles . Elle dort à Bruxelles ."
    doc = doc_of([
        ("Londres", 1, "nsubj", "PROPN", "Londres", "", "B-LOC"),
        ("négocie", 1, "ROOT", "VERB", "négocier", "", "O"),
        ("avec", 3, "case", "ADP", "avec", "", "O"),
        ("Bruxelles", 1, "obl:arg", "PROPN", "Bruxelles", "", "B-LOC"),
        (".", 1, "punct", "PUNCT", ".", "", "O"),
        ("Elle", 6, "nsubj", "PRON", "il", "Gender=Fem|Number=Sing|Person=3", "O"),
        ("dort", 6, "ROOT", "VERB", "dormir", "", "O"),
        ("à", 8, "case", "ADP", "à", "", "O"),
        ("Bruxelles", 6, "obl:mod", "PROPN", "Bruxelles", "", "B-LOC"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 5))
    index = identity(doc)
    assert index.at(0).key == "country:GBR"  # a capital acting stands for its country's government
    assert (index.at(3).type, index.at(3).key) == ("ORG", "org:eu")
    assert index.at(8).type == "GPE" and index.at(8) is not index.at(3)  # a place where one is


def _mayor_rows(name: tuple[str, str], place: str) -> list[tuple]:
    # "Le maire de PLACE FIRST LAST parle ." with the name hung on the place by the parser
    return [
        ("Le", 1, "det", "DET", "le", N, "O"),
        ("maire", 6, "nsubj", "NOUN", "maire", N, "O"),
        ("de", 3, "case", "ADP", "de", "", "O"),
        (place, 1, "nmod", "PROPN", place, "", "B-LOC"),
        (name[0], 3, "appos", "PROPN", name[0], "", "B-PER"),
        (name[1], 4, "flat:name", "PROPN", name[1], "", "I-PER"),
        ("parle", 6, "ROOT", "VERB", "parler", "", "O"),
        (".", 6, "punct", "PUNCT", ".", "", "O"),
    ]


def test_a_title_reaches_its_name_past_a_place_complement():
    doc = doc_of(_mayor_rows(("Paul", "Martin"), "Lens"))
    index = identity(doc)
    assert index.at(1) is entity_named(index, "Paul Martin")
    assert index.at(3).type != "PERSON"


def test_titles_with_different_place_complements_are_two_people():
    # "Le maire de Lens Paul Martin parle . Le maire de Nice rit ."
    rows = _mayor_rows(("Paul", "Martin"), "Lens") + [
        ("Le", 9, "det", "DET", "le", N, "O"),
        ("maire", 12, "nsubj", "NOUN", "maire", N, "O"),
        ("de", 11, "case", "ADP", "de", "", "O"),
        ("Nice", 9, "nmod", "PROPN", "Nice", "", "B-LOC"),
        ("rit", 12, "ROOT", "VERB", "rire", "", "O"),
        (".", 12, "punct", "PUNCT", ".", "", "O"),
    ]
    index = identity(doc_of(rows, sentence_starts=(0, 8)))
    assert index.at(9) is not None and index.at(9) is not entity_named(index, "Paul Martin")
