"""The quote stage's grammar rules on hand-built Docs (words, lemmas, tags, heads, deps; no model)."""
from __future__ import annotations

from newsgraph.extract.quotes import Confidence, is_guess

from .quote_docs import quotes_of, sentence


def _one(quotes):
    assert len(quotes) == 1, [q.span.text for q, _ in quotes]
    return quotes[0]


def test_incise_with_an_adverb_between_verb_and_subject():
    rows = sentence("""
        « « PUNCT punct 3
        Je je PRON nsubj 3
        ne ne ADV advmod 3
        viendrai venir VERB ccomp 7
        pas pas ADV advmod 3
        »+ » PUNCT punct 3
        , , PUNCT punct 7
        répondait répondre VERB ROOT 7
        pourtant pourtant ADV advmod 7
        Sophie Sophie PROPN nsubj 7
        Marceau+ Marceau PROPN flat:name 9
        . . PUNCT punct 7
    """)
    (q, speaker), = quotes_of("fr", rows, {"e1": ("PERSON", [(9, 11)])})[0]
    assert (q.kind, q.span.text, speaker.id, q.cue.text) == ("direct", "Je ne viendrai pas", "e1", "répondait")
    assert q.confidence == Confidence.INCISE and not is_guess(q.confidence)


def test_euphonic_t_is_not_the_subject_and_the_clitic_finds_the_latest_subject():
    rows = sentence("""
        Jean Jean PROPN nsubj 2
        Dupont Dupont PROPN flat:name 0
        parle+ parler VERB ROOT 2
        . . PUNCT punct 2
        « « PUNCT punct 6
        Nous nous PRON nsubj 6
        gagnerons gagner VERB ccomp 14
        la le DET det 8
        bataille bataille NOUN obj 6
        »+ » PUNCT punct 6
        , , PUNCT punct 14
        a+ avoir AUX aux:tense 14
        -t+ -t PRON expl:subj 14
        -il il PRON nsubj 14
        ajouté+ ajouter VERB ROOT 14
        . . PUNCT punct 14
    """)
    quotes, text = quotes_of("fr", rows, {"e1": ("PERSON", [(0, 2)])})
    q, speaker = _one(quotes)
    assert q.span.text == "Nous gagnerons la bataille" and speaker.id == "e1"
    assert q.speaker_mention.text == "-il" and q.cue.text == "a-t-il ajouté"


def test_the_listener_after_a_is_addressed_and_the_name_after_it_speaks():
    # « … », a déclaré à l'AFP Jean Dupont: Jean Dupont speaks, the AFP is told
    rows = sentence("""
        « « PUNCT punct 2
        Nous nous PRON nsubj 2
        construirons construire VERB ccomp 8
        le le DET det 4
        pont pont NOUN obj 2
        »+ » PUNCT punct 2
        , , PUNCT punct 8
        a avoir AUX aux:tense 8
        déclaré déclarer VERB ROOT 8
        à à ADP case 11
        l'+ le DET det 11
        AFP AFP PROPN obl:arg 8
        Jean Jean PROPN nsubj 8
        Dupont+ Dupont PROPN flat:name 12
        . . PUNCT punct 8
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("ORG", [(11, 12)]), "e2": ("PERSON", [(12, 14)])})
    q, speaker = _one(quotes)
    assert speaker.id == "e2" and q.addressee == "e1"


def test_he_told_reporters_he_speaks_not_the_reporters():
    rows = sentence("""
        John John PROPN compound 1
        Smith Smith PROPN nsubj 2
        arrived+ arrive VERB ROOT 2
        . . PUNCT punct 2
        "+ " PUNCT punct 7
        We we PRON nsubj 7
        will will AUX aux 7
        build build VERB ccomp 12
        it+ it PRON dobj 7
        ,+ , PUNCT punct 7
        " " PUNCT punct 7
        he he PRON nsubj 12
        told tell VERB ROOT 12
        reporters+ reporter NOUN dobj 12
        . . PUNCT punct 12
    """)
    quotes, _ = quotes_of("en", rows, {"e1": ("PERSON", [(0, 2)])})
    q, speaker = _one(quotes)
    assert q.kind == "direct" and q.span.text == "We will build it,"
    assert q.speaker_mention.text == "he" and speaker.id == "e1"


def test_selon_x_with_the_whole_clause_in_marks_is_a_direct_quote_of_x():
    rows = sentence("""
        Selon selon ADP case 1
        Jean Jean PROPN obl:mod 8
        Dupont+ Dupont PROPN flat:name 1
        , , PUNCT punct 1
        « « PUNCT punct 8
        la le DET det 6
        situation situation NOUN nsubj 8
        s'+ se PRON expl:comp 8
        améliore améliorer VERB ROOT 8
        »+ » PUNCT punct 8
        . . PUNCT punct 8
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("PERSON", [(1, 3)])})
    q, speaker = _one(quotes)
    # the marks balanced: not the mixed quote "« la situation s'améliore" but the inside of the marks
    assert (q.kind, q.span.text, speaker.id) == ("direct", "la situation s'améliore", "e1")


def test_verb_que_then_marked_words_attributes_them_to_the_verb():
    rows = sentence("""
        Paul Paul PROPN nsubj 2
        Martin Martin PROPN flat:name 0
        estime estimer VERB ROOT 2
        pour pour ADP case 5
        sa son DET det 5
        part part NOUN obl:mod 2
        que que SCONJ mark 12
        « « PUNCT punct 12
        la le DET det 9
        réforme réforme NOUN nsubj 12
        est être AUX cop 12
        une un DET det 12
        erreur erreur NOUN ccomp 2
        »+ » PUNCT punct 12
        . . PUNCT punct 2
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("PERSON", [(0, 2)])})
    q, speaker = _one(quotes)
    assert speaker.id == "e1" and q.cue.text == "estime" and not is_guess(q.confidence)


def test_a_quote_without_any_cue_gets_a_guessed_speaker():
    rows = sentence("""
        Jean Jean PROPN nsubj 3
        Dupont Dupont PROPN flat:name 0
        est être AUX aux:tense 3
        arrivé arriver VERB ROOT 3
        hier+ hier ADV advmod 3
        . . PUNCT punct 3
        « « PUNCT punct 9
        Nous nous PRON nsubj 9
        ne ne ADV advmod 9
        céderons céder VERB ROOT 9
        jamais jamais ADV advmod 9
        sur sur ADP case 13
        ce ce DET det 13
        point point NOUN obl 9
        précis+ précis ADJ amod 13
        »+ » PUNCT punct 9
        . . PUNCT punct 9
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("PERSON", [(0, 2)])})
    q, speaker = _one(quotes)
    assert speaker.id == "e1" and q.cue is None and is_guess(q.confidence)


def test_selon_lesquels_names_the_antecedent_as_source():
    rows = sentence("""
        Il il PRON expl:subj 1
        cite citer VERB ROOT 1
        des un DET det 3
        documents document NOUN obj 1
        selon selon ADP case 5
        lesquels lequel PRON obl:mod 9
        la le DET det 7
        France France PROPN nsubj 9
        aurait avoir AUX aux:tense 9
        livré livrer VERB acl:relcl 3
        des un DET det 11
        armes+ arme NOUN obj 9
        . . PUNCT punct 1
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("GPE", [(6, 8)])})
    q, speaker = _one(quotes)
    assert q.span.text == "la France aurait livré des armes" and q.cue.text == "selon lesquels"
    assert q.speaker != "e1"  # the documents, not France


# -- a marked quote split by its incise ------------------------------------------------------------

_EN_SPLIT = """
    John John PROPN compound 1
    Smith Smith PROPN nsubj 2
    arrived+ arrive VERB ROOT 2
    . . PUNCT punct 2
    "+ " PUNCT punct 7
    We we PRON nsubj 7
    will will AUX aux 7
    build build VERB ccomp 12
    it+ it PRON dobj 7
    ,+ , PUNCT punct 7
    " " PUNCT punct 7
    he he PRON nsubj 12
    said+ say VERB ROOT 12
    , , PUNCT punct 12
    "+ " PUNCT punct 18
    and and CCONJ cc 18
    we we PRON nsubj 18
    will will AUX aux 18
    finish finish VERB conj 12
    it it PRON dobj 18
    fast+ fast ADV advmod 18
    .+ . PUNCT punct 18
    " " PUNCT punct 18
"""


def test_english_joins_the_two_parts_around_one_incise_into_one_quote():
    quotes, text = quotes_of("en", sentence(_EN_SPLIT), {"e1": ("PERSON", [(0, 2)])})
    q, speaker = _one(quotes)
    assert q.kind == "direct" and q.span.text == 'We will build it," he said, "and we will finish it fast.'
    assert speaker.id == "e1" and q.cue.text == "said" and q.speaker_mention.text == "he"


def test_english_keeps_apart_a_second_part_that_has_its_own_cue():
    rows = sentence("""
        John John PROPN compound 1
        Smith Smith PROPN nsubj 2
        arrived+ arrive VERB ROOT 2
        . . PUNCT punct 2
        "+ " PUNCT punct 7
        We we PRON nsubj 7
        will will AUX aux 7
        build build VERB ccomp 12
        it+ it PRON dobj 7
        ,+ , PUNCT punct 7
        " " PUNCT punct 7
        he he PRON nsubj 12
        said+ say VERB ROOT 12
        . . PUNCT punct 12
        "+ " PUNCT punct 16
        The the DET det 16
        bridge bridge NOUN nsubj 17
        opens open VERB ccomp 22
        in in ADP prep 17
        May+ May PROPN pobj 18
        ,+ , PUNCT punct 17
        " " PUNCT punct 17
        said say VERB ROOT 22
        Mary Mary PROPN compound 24
        Jones+ Jones PROPN nsubj 22
        . . PUNCT punct 22
    """)
    quotes, _ = quotes_of("en", rows, {"e1": ("PERSON", [(0, 2)]), "e2": ("PERSON", [(23, 25)])})
    assert [(q.span.text, s.id) for q, s in quotes] == [("We will build it,", "e1"), ("The bridge opens in May,", "e2")]


def test_french_keeps_the_two_parts_around_an_incise_as_two_quotes():
    rows = sentence("""
        Jean Jean PROPN nsubj 2
        Dupont Dupont PROPN flat:name 0
        parle+ parler VERB ROOT 2
        . . PUNCT punct 2
        « « PUNCT punct 6
        Nous nous PRON nsubj 6
        gagnerons gagner VERB ccomp 12
        la le DET det 8
        bataille bataille NOUN obj 6
        »+ » PUNCT punct 6
        , , PUNCT punct 12
        a avoir AUX aux:tense 12
        dit dire VERB ROOT 12
        Jean Jean PROPN nsubj 12
        Dupont+ Dupont PROPN flat:name 13
        , , PUNCT punct 12
        « « PUNCT punct 18
        nous nous PRON nsubj 18
        gagnerons gagner VERB conj 12
        la le DET det 20
        guerre guerre NOUN obj 18
        »+ » PUNCT punct 18
        . . PUNCT punct 12
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("PERSON", [(0, 2), (13, 15)])})
    assert [(q.span.text, s.id) for q, s in quotes] == [("Nous gagnerons la bataille", "e1"),
                                                        ("nous gagnerons la guerre", "e1")]


# -- the tagger's faults around a foreign name in an incise -----------------------------------------

def test_incise_verb_tagged_as_a_name_before_a_name_tagged_x():
    # "», énumère Ianina Statchko": the model tags the verb PROPN and the first name X, and hangs
    # the sentence on the name; the lexicon and the entity index still read the incise
    rows = sentence("""
        « « PUNCT punct 3
        Il il PRON expl:subj 3
        y y PRON iobj 3
        avait avoir VERB advcl 12
        des un DET det 5
        médecins médecin NOUN obj 3
        et et CCONJ cc 8
        des un DET det 8
        ingénieurs ingénieur NOUN conj 5
        »+ » PUNCT punct 12
        , , PUNCT punct 12
        énumère énumérer PROPN obj 12
        Ianina Ianina X ROOT 12
        Statchko+ Statchko PROPN nsubj 12
        . . PUNCT punct 12
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("PERSON", [(12, 14)])})
    q, speaker = _one(quotes)
    assert (q.span.text, speaker.id, q.cue.text) == ("Il y avait des médecins et des ingénieurs", "e1", "énumère")
    assert q.confidence == Confidence.INCISE


def test_incise_subject_tagged_x_is_still_the_speaker():
    # "», soupire Ianina Statchko": the verb read as a noun, the first name as X
    rows = sentence("""
        « « PUNCT punct 6
        Je je PRON nsubj 6
        n'+ ne ADV advmod 6
        ai avoir AUX aux:tense 6
        jamais jamais ADV advmod 6
        été être AUX aux:tense 6
        vu voir VERB ccomp 11
        Paris Paris PROPN obj 6
        »+ » PUNCT punct 6
        , , PUNCT punct 6
        soupire soupire NOUN obl:mod 6
        Ianina Ianina X ROOT 11
        Statchko+ Statchko PROPN flat:name 11
        . . PUNCT punct 11
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("PERSON", [(11, 13)])})
    q, speaker = _one(quotes)
    assert (speaker.id, q.speaker_mention.text) == ("e1", "Ianina Statchko")
    assert not is_guess(q.confidence)


def test_a_reporting_participle_hung_on_the_reported_clause_speaks_for_the_main_verb():
    # "X a annoncé que P, ajoutant que Q": the parser attaches "ajoutant" to P's verb; who adds
    # is who announced, not P's subject
    rows = sentence("""
        La le DET det 1
        préfecture préfecture NOUN nsubj 3
        a avoir AUX aux:tense 3
        annoncé annoncer VERB ROOT 3
        que que SCONJ mark 8
        la le DET det 6
        météo météo NOUN nsubj 8
        a avoir AUX aux:tense 8
        permis permettre VERB ccomp 3
        un un DET det 10
        travail travail NOUN obj 8
        efficace+ efficace ADJ amod 10
        , , PUNCT punct 13
        ajoutant ajouter VERB advcl 8 VerbForm=Part|Tense=Pres
        que que SCONJ mark 18
        les le DET det 16
        moyens moyen NOUN nsubj 18
        se se PRON expl:comp 18
        concentrent concentrer VERB ccomp 13
        sur sur ADP case 21
        le le DET det 21
        pompage+ pompage NOUN obl:arg 18
        . . PUNCT punct 3
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("ORG", [(0, 2)])})
    by_text = {q.span.text: s for q, s in quotes}
    assert by_text["les moyens se concentrent sur le pompage"].id == "e1"


def test_an_incise_the_parser_hangs_on_the_clause_it_reports_speaks_through_the_noun_after_it():
    # "P, a annoncé le préfet": parsed as a conjunct of P's verb with le préfet as its object
    rows = sentence("""
        La le DET det 1
        nappe nappe NOUN nsubj 4
        s' se PRON expl:pass 4
        est être AUX aux:tense 4
        étendue étendre VERB ROOT 4 VerbForm=Part
        , , PUNCT punct 7
        a avoir AUX aux:tense 7 Mood=Ind|Person=3|VerbForm=Fin
        annoncé annoncer VERB conj 4 VerbForm=Part
        le le DET det 9
        préfet préfet NOUN obj 7
        maritime+ maritime ADJ amod 9
        . . PUNCT punct 4
    """)
    rows[3] = rows[3][:5] + ("Mood=Ind|Person=3|VerbForm=Fin",) + rows[3][6:]
    quotes, _ = quotes_of("fr", rows)
    q, _speaker = _one(quotes)
    assert (q.kind, q.span.text, q.cue.text) == ("indirect", "La nappe s' est étendue", "a annoncé")
    assert q.speaker_mention.text.startswith("le préfet") and not is_guess(q.confidence)


def test_a_thing_after_a_conjunct_verb_is_no_inverted_speaker():
    # "Le ministre a reçu les syndicats, a annoncé le gel des salaires": one subject, two verbs
    rows = sentence("""
        Le le DET det 1
        ministre ministre NOUN nsubj 3
        a avoir AUX aux:tense 3 Mood=Ind|Person=3|VerbForm=Fin
        reçu recevoir VERB ROOT 3 VerbForm=Part
        les le DET det 5
        syndicats+ syndicat NOUN obj 3
        , , PUNCT punct 8
        a avoir AUX aux:tense 8 Mood=Ind|Person=3|VerbForm=Fin
        annoncé annoncer VERB conj 3 VerbForm=Part
        le le DET det 10
        gel gel NOUN obj 8
        des de ADP case 12
        salaires+ salaire NOUN nmod 10
        . . PUNCT punct 3
    """)
    quotes, _ = quotes_of("fr", rows)
    assert all(not q.span.text.startswith("Le ministre a reçu") for q, _ in quotes), [q.span.text for q, _ in quotes]


def test_an_inverted_clitic_makes_a_verb_of_a_word_tagged_noun_and_the_marked_clause_is_mixed():
    # "La France aura « un débat important », note-t-il.": `note` tagged NOUN, the clause is mixed
    rows = sentence("""
        La le DET det 1
        France France PROPN nsubj 2
        aura avoir VERB ROOT 2 Mood=Ind|Person=3|VerbForm=Fin
        « « PUNCT punct 5
        un un DET det 5
        débat débat NOUN obj 2
        important+ important ADJ amod 5
        »+ » PUNCT punct 5
        , , PUNCT punct 2
        note+ note NOUN parataxis 2
        -t+ -t PRON dep 9
        -il il PRON nmod 9
        . . PUNCT punct 2
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("GPE", [(1, 2)])})
    q, _speaker = _one(quotes)
    assert (q.kind, q.span.text, q.cue.text) == ("mixed", "La France aura « un débat important»", "note")
    assert q.speaker_mention.text == "-il"


def test_a_locution_is_read_across_its_inverted_clitic():
    # "…, fait-il valoir.": the locution faire valoir with the clitic between its words
    rows = sentence("""
        Le le DET det 1
        système système NOUN nsubj 2
        doit devoir VERB ROOT 2 Mood=Ind|Person=3|VerbForm=Fin
        changer+ changer VERB xcomp 2 VerbForm=Inf
        , , PUNCT punct 5
        fait+ faire VERB parataxis 2 Mood=Ind|Person=3|VerbForm=Fin
        -il il PRON nsubj 5
        valoir+ valoir VERB xcomp 5 VerbForm=Inf
        . . PUNCT punct 2
    """)
    quotes, _ = quotes_of("fr", rows)
    q, _speaker = _one(quotes)
    assert (q.span.text, q.cue.text, q.speaker_mention.text) == ("Le système doit changer", "fait-il valoir", "-il")


def test_a_noun_phrase_before_a_verb_with_its_object_is_no_reported_clause():
    # "His group, called Virginia Fund, works on parks": no clause before `called`, which is no incise
    rows = sentence("""
        His his PRON poss 1
        group+ group NOUN nsubj 7
        , , PUNCT punct 1
        called call VERB acl 1 VerbForm=Part
        Virginia Virginia PROPN compound 5
        Fund+ Fund PROPN oprd 3
        , , PUNCT punct 1
        works work VERB ROOT 7 VerbForm=Fin
        on on ADP prep 7
        parks+ park NOUN pobj 8
        . . PUNCT punct 7
    """)
    quotes, _ = quotes_of("en", rows, {"e1": ("ORG", [(4, 6)])})
    assert quotes == []


def test_a_name_in_the_complement_of_a_person_noun_is_not_the_speaker():
    # "Les rebelles du parti affirment que les comités se sont vidés": the rebels speak, not the party
    rows = sentence("""
        Les le DET det 1
        rebelles rebelle NOUN nsubj 4
        du de ADP case 3
        parti parti NOUN nmod 1
        affirment affirmer VERB ROOT 4 Mood=Ind|Person=3|VerbForm=Fin
        que que SCONJ mark 10
        les le DET det 7
        comités comité NOUN nsubj 10
        se se PRON expl:pass 10
        sont être AUX aux:tense 10 Mood=Ind|Person=3|VerbForm=Fin
        vidés+ vider VERB ccomp 4 VerbForm=Part
        . . PUNCT punct 4
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("ORG", [(3, 4)])})
    q, speaker = _one(quotes)
    assert q.span.text == "les comités se sont vidés" and q.speaker_mention.text == "Les rebelles du parti"
    assert speaker is None or speaker.id != "e1"


def test_a_bare_infinitive_after_a_reporting_verb_is_reported_with_its_negation():
    # "Le ministère, qui précise ne pas pouvoir attribuer cet acte, porte plainte."
    rows = sentence("""
        Le le DET det 1
        ministère+ ministère NOUN nsubj 12
        , , PUNCT punct 1
        qui qui PRON nsubj 4
        précise préciser VERB acl:relcl 1 Mood=Ind|Person=3|VerbForm=Fin
        ne ne ADV advmod 7
        pas pas ADV advmod 7
        pouvoir pouvoir VERB xcomp 4 VerbForm=Inf
        attribuer attribuer VERB xcomp 7 VerbForm=Inf
        cet ce DET det 10
        acte+ acte NOUN obj 8
        , , PUNCT punct 1
        porte porter VERB ROOT 12 Mood=Ind|Person=3|VerbForm=Fin
        plainte+ plainte NOUN obj 12
        . . PUNCT punct 12
    """)
    quotes, _ = quotes_of("fr", rows)
    q, _speaker = _one(quotes)
    assert (q.kind, q.span.text, q.cue.text) == ("indirect", "ne pas pouvoir attribuer cet acte", "précise")
    assert q.speaker_mention.text == "Le ministère"


def test_a_bare_infinitive_after_the_one_addressed():
    # "Une femme a avoué aux enquêteurs être leur mère."
    rows = sentence("""
        Une un DET det 1
        femme femme NOUN nsubj 3
        a avoir AUX aux:tense 3 Mood=Ind|Person=3|VerbForm=Fin
        avoué avouer VERB ROOT 3 VerbForm=Part
        aux à ADP case 5
        enquêteurs enquêteur NOUN obl:arg 3
        être être AUX cop 8 VerbForm=Inf
        leur leur DET det 8
        mère+ mère NOUN xcomp 3
        . . PUNCT punct 3
    """)
    quotes, _ = quotes_of("fr", rows)
    q, _speaker = _one(quotes)
    assert (q.span.text, q.cue.text, q.speaker_mention.text) == ("être leur mère", "a avoué", "Une femme")


def test_the_que_of_a_conjunction_opens_no_reported_clause():
    # "Le maire a salué les pompiers ainsi que les bénévoles du village": `ainsi que` is a conjunction
    rows = sentence("""
        Le le DET det 1
        maire maire NOUN nsubj 3
        a avoir AUX aux:tense 3 Mood=Ind|Person=3|VerbForm=Fin
        salué saluer VERB ROOT 3 VerbForm=Part
        les le DET det 5
        pompiers pompier NOUN obj 3
        ainsi ainsi ADV cc 9
        que que SCONJ fixed 6
        les le DET det 9
        bénévoles bénévole NOUN conj 5
        du de ADP case 11
        village+ village NOUN nmod 9
        . . PUNCT punct 3
    """)
    quotes, _ = quotes_of("fr", rows)
    assert all(not q.span.text.startswith("les bénévoles") for q, _ in quotes), [q.span.text for q, _ in quotes]


def test_marked_words_that_are_a_cue_verbs_object_are_its_subjects_quote():
    # "Le ministre, qui a salué un « intellectuel engagé et querelleur », est parti."
    rows = sentence("""
        Le le DET det 1
        ministre+ ministre NOUN nsubj 15
        , , PUNCT punct 1
        qui qui PRON nsubj 5 PronType=Rel
        a avoir AUX aux:tense 5 Mood=Ind|Person=3|VerbForm=Fin
        salué saluer VERB acl:relcl 1 VerbForm=Part
        un un DET det 8
        « « PUNCT punct 8
        intellectuel intellectuel NOUN obj 5
        engagé engager VERB acl 8 VerbForm=Part
        et et CCONJ cc 11
        querelleur+ querelleur ADJ conj 9
        » » PUNCT punct 8
        , , PUNCT punct 1
        est être AUX aux:tense 15 Mood=Ind|Person=3|VerbForm=Fin
        parti+ partir VERB ROOT 15 VerbForm=Part
        . . PUNCT punct 15
    """)
    rows[11] = ("querelleur", "querelleur", "ADJ", "conj", 9, "", True)
    quotes, _ = quotes_of("fr", rows)
    q, _speaker = _one(quotes)
    assert (q.kind, q.span.text, q.cue.text) == ("direct", "intellectuel engagé et querelleur", "a salué")
    assert q.confidence == Confidence.OBJECT


def test_a_name_given_through_a_relative_object_is_not_a_quote():
    # "Les rebelles dénoncent ce qu'ils appellent le « sacre du nouveau patron »"
    rows = sentence("""
        Les le DET det 1
        rebelles rebelle NOUN nsubj 2
        dénoncent dénoncer VERB ROOT 2 Mood=Ind|Person=3|VerbForm=Fin
        ce ce PRON obj 2
        qu' que PRON obj 6 PronType=Rel
        ils il PRON nsubj 6
        appellent appeler VERB acl:relcl 3 Mood=Ind|Person=3|VerbForm=Fin
        le le DET det 9
        « « PUNCT punct 9
        sacre sacre NOUN xcomp 6
        du de ADP case 12
        nouveau nouveau ADJ amod 12
        patron+ patron NOUN nmod 9
        » » PUNCT punct 9
        . . PUNCT punct 2
    """)
    rows[4] = ("qu'", "que", "PRON", "obj", 6, "PronType=Rel", False)
    quotes, _ = quotes_of("fr", rows)
    assert all(q.kind != "direct" for q, _ in quotes), [(q.kind, q.span.text) for q, _ in quotes]


def test_a_document_speaks_for_the_speaker_before_it():
    # "« Nous gagnerons », a déclaré le ministère. « Nous resterons vigilants », poursuit le communiqué."
    rows = sentence("""
        « « PUNCT punct 2
        Nous nous PRON nsubj 2
        gagnerons+ gagner VERB ccomp 6
        »+ » PUNCT punct 2
        , , PUNCT punct 6
        a avoir AUX aux:tense 6 Mood=Ind|Person=3|VerbForm=Fin
        déclaré déclarer VERB ROOT 6 VerbForm=Part
        le le DET det 8
        ministère+ ministère NOUN nsubj 6
        . . PUNCT punct 6
        « « PUNCT punct 12
        Nous nous PRON nsubj 12
        resterons rester VERB ccomp 16
        vigilants+ vigilant ADJ xcomp 12
        »+ » PUNCT punct 12
        , , PUNCT punct 16
        poursuit poursuivre VERB ROOT 16 Mood=Ind|Person=3|VerbForm=Fin
        le le DET det 18
        communiqué+ communiqué NOUN nsubj 16
        . . PUNCT punct 16
    """)
    quotes, _ = quotes_of("fr", rows, {"e1": ("ORG", [(7, 9)])})
    assert [(q.span.text, speaker.id if speaker else None) for q, speaker in quotes] == [
        ("Nous gagnerons", "e1"), ("Nous resterons vigilants", "e1")]
    assert quotes[1][0].speaker_mention.text == "le communiqué"
