"""NER faults that follow a pattern, repaired on hand-built Docs so that a model release cannot change
what these rules assert: a name run on into its verb, an agency glued to a hyphenated first name."""
from __future__ import annotations

from newsgraph.extract.entities import find_entities

from .test_coref import FR, doc_of

N = "Gender=Masc|Number=Sing"


def _names(doc):
    return sorted((e.name, e.type) for e in find_entities(doc, FR, doc.text, "2020-01-01").entities)


def test_a_name_ends_before_the_verb_ner_ran_into():
    # "La Cour des comptes pointe aussi la publicité ." with NER over "Cour des comptes pointe aussi"
    doc = doc_of([
        ("La", 1, "det", "DET", "le", N, "O"),
        ("Cour", 4, "nsubj", "NOUN", "cour", N, "B-ORG"),
        ("des", 3, "case", "ADP", "de", "", "I-ORG"),
        ("comptes", 1, "nmod", "NOUN", "compte", "", "I-ORG"),
        ("pointe", 4, "ROOT", "VERB", "pointer", "", "I-ORG"),
        ("aussi", 4, "advmod", "ADV", "aussi", "", "I-ORG"),
        ("la", 7, "det", "DET", "le", "", "O"),
        ("publicité", 4, "obj", "NOUN", "publicité", "", "O"),
        (".", 4, "punct", "PUNCT", ".", "", "O"),
    ])
    assert _names(doc) == [("Cour des comptes", "ORG")]


def test_a_lowercase_word_the_name_governs_stays_in_it():
    # "La République en marche gagne ." where "marche" (tagged VERB) hangs on "République"
    doc = doc_of([
        ("La", 1, "det", "DET", "le", N, "O"),
        ("République", 4, "nsubj", "PROPN", "République", N, "B-ORG"),
        ("en", 3, "case", "ADP", "en", "", "I-ORG"),
        ("marche", 1, "acl", "VERB", "marcher", "", "I-ORG"),
        ("gagne", 4, "ROOT", "VERB", "gagner", "", "O"),
        (".", 4, "punct", "PUNCT", ".", "", "O"),
    ])
    names = _names(doc)
    assert len(names) == 1 and names[0][0].endswith("République en marche") and names[0][1] == "ORG"


def test_an_agency_glued_to_a_hyphenated_first_name_is_cut_off():
    # "a déclaré à l' AFP Alfa - Claude Djalo ." with NER over "AFP Alfa-Claude Djalo" as one entity
    rows = [
        ("a", 1, "aux:tense", "AUX", "avoir", "", "O"),
        ("déclaré", 1, "ROOT", "VERB", "déclarer", "", "O"),
        ("à", 4, "case", "ADP", "à", "", "O"),
        ("l'", 4, "det", "DET", "le", "", "O"),
        ("AFP", 1, "obl:arg", "PROPN", "AFP", "", "B-MISC"),
        ("Alfa", 4, "appos", "PROPN", "Alfa", "", "I-MISC"),
        ("-", 5, "punct", "PUNCT", "-", "", "I-MISC"),
        ("Claude", 5, "flat:name", "PROPN", "Claude", "", "I-MISC"),
        ("Djalo", 5, "flat:name", "PROPN", "Djalo", "", "I-MISC"),
        (".", 1, "punct", "PUNCT", ".", "", "O"),
    ]
    doc = doc_of(rows)
    # the tokenizer split the hyphen without spaces around it
    doc = doc.__class__(doc.vocab, words=[t.text for t in doc],
                        spaces=[t.whitespace_ != "" and t.i not in (5, 6) for t in doc],
                        heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc], pos=[t.pos_ for t in doc],
                        lemmas=[t.lemma_ for t in doc], morphs=[str(t.morph) for t in doc],
                        ents=[r[6] for r in rows], sent_starts=[t.i == 0 for t in doc])
    assert "Alfa-Claude Djalo" in doc.text
    assert ("Alfa-Claude Djalo", "PERSON") in _names(doc)
    assert ("AFP", "ORG") in _names(doc)


def test_a_sub_headings_capitalised_word_is_no_name():
    # "- Décès - Il est mort ." where NER labels "- Décès -" a person
    doc = doc_of([
        ("-", 1, "punct", "PUNCT", "-", "", "B-PER"),
        ("Décès", 1, "ROOT", "NOUN", "décès", N, "I-PER"),
        ("-", 1, "punct", "PUNCT", "-", "", "I-PER"),
        ("Il", 5, "nsubj", "PRON", "il", N, "O"),
        ("est", 5, "aux:tense", "AUX", "être", "", "O"),
        ("mort", 5, "ROOT", "VERB", "mourir", "", "O"),
        (".", 5, "punct", "PUNCT", ".", "", "O"),
    ], sentence_starts=(0, 3))
    assert _names(doc) == []


def _descriptions(doc):
    from .test_coref import identity

    return sorted(m.text for e in identity(doc).entities for m in e.mentions if getattr(m, "kind", "") != "name")


def test_a_description_ends_before_a_comparison_or_an_adverb():
    # "Les médias ont décrit le jeune homme comme un sportif démuni ."
    doc = doc_of([
        ("Les", 1, "det", "DET", "le", "Number=Plur", "O"),
        ("médias", 3, "nsubj", "NOUN", "média", "Number=Plur", "O"),
        ("ont", 3, "aux:tense", "AUX", "avoir", "", "O"),
        ("décrit", 3, "ROOT", "VERB", "décrire", "VerbForm=Part", "O"),
        ("le", 6, "det", "DET", "le", N, "O"),
        ("jeune", 6, "amod", "ADJ", "jeune", N, "O"),
        ("homme", 3, "obj", "NOUN", "homme", N, "O"),
        ("comme", 9, "case", "ADP", "comme", "", "O"),
        ("un", 9, "det", "DET", "un", N, "O"),
        ("sportif", 6, "nmod", "NOUN", "sportif", N, "O"),
        ("démuni", 9, "amod", "ADJ", "démuni", N, "O"),
        (".", 3, "punct", "PUNCT", ".", "", "O"),
    ])
    assert "le jeune homme" in _descriptions(doc)
    assert not any("comme" in d for d in _descriptions(doc))
    # "L' avocat de l' artiste actuellement en détention a parlé ."
    doc = doc_of([
        ("L'", 1, "det", "DET", "le", N, "O"),
        ("avocat", 9, "nsubj", "NOUN", "avocat", N, "O"),
        ("de", 4, "case", "ADP", "de", "", "O"),
        ("l'", 4, "det", "DET", "le", "", "O"),
        ("artiste", 1, "nmod", "NOUN", "artiste", "", "O"),
        ("actuellement", 4, "advmod", "ADV", "actuellement", "", "O"),
        ("en", 7, "case", "ADP", "en", "", "O"),
        ("détention", 1, "nmod", "NOUN", "détention", "", "O"),
        ("a", 9, "aux:tense", "AUX", "avoir", "", "O"),
        ("parlé", 9, "ROOT", "VERB", "parler", "VerbForm=Part", "O"),
        (".", 9, "punct", "PUNCT", ".", "", "O"),
    ])
    assert [d for d in _descriptions(doc) if "avocat" in d][0].endswith("avocat de l'artiste")
