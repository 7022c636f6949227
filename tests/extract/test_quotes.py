"""Quote stage on tiny inputs: kinds, spans, speakers, cues, addressees and sources."""
from __future__ import annotations

import newsgraph


def _quotes(text, lang="fr"):
    a = newsgraph.analyze(text, lang=lang, published="2021-12-31")
    names = {e.id: e.name for e in a.entities}
    return a, [(q.kind, q.span.text, names.get(q.speaker), q) for q in a.quotes]


def test_direct_quote_with_incise():
    a, qs = _quotes("« Nous ne céderons pas sur les retraites », a déclaré Mme Élisabeth Borne.")
    assert [(k, t, s) for k, t, s, _ in qs] == [("direct", "Nous ne céderons pas sur les retraites", "Élisabeth Borne")]
    assert qs[0][3].cue.text == "a déclaré"


def test_incise_with_clitic_pronoun_resolves_to_the_latest_speaker():
    text = ("Le ministre Bruno Le Maire a annoncé une réforme. "
            "« Ce sera difficile pour tout le monde », a-t-il ajouté.")
    _, qs = _quotes(text)
    direct = [q for q in qs if q[0] == "direct"]
    assert direct and direct[0][2] == "Bruno Le Maire"
    assert direct[0][3].speaker_mention.text in ("-il", "il")


def test_indirect_quote_after_que_cuts_the_trailing_selon():
    text = "Vladimir Poutine a averti Joe Biden que de nouvelles sanctions seraient une grave erreur, selon le Kremlin."
    a, qs = _quotes(text)
    (kind, content, speaker, q), = qs
    assert (kind, content, speaker) == ("indirect", "de nouvelles sanctions seraient une grave erreur", "Vladimir Poutine")
    assert a.entity(q.addressee).name == "Joe Biden"
    assert a.entity(q.source).name == "Kremlin"


def test_selon_at_the_start_with_an_apposition():
    text = ("Selon Yuri Ushakov, conseiller de M. Poutine, M. Biden a répété la menace de nouvelles sanctions "
            "si la Russie envahissait l'Ukraine.")
    _, qs = _quotes(text)
    assert len(qs) == 1
    kind, content, speaker, q = qs[0]
    assert speaker == "Yuri Ushakov" and content.startswith("M. Biden a répété") and q.cue.text == "Selon"


def test_mixed_quote_keeps_the_whole_clause():
    text = "M. Ouchakov a déclaré que l'appel avait créé une « bonne toile de fond » pour de nouvelles discussions."
    _, qs = _quotes(text)
    assert [(k, t) for k, t, _, _ in qs] == [
        ("mixed", "l'appel avait créé une « bonne toile de fond » pour de nouvelles discussions")]


def test_multi_paragraph_quote_is_one_quote_per_paragraph_with_one_speaker():
    text = ("La porte-parole, Jen Psaki, a parlé aux journalistes.\n"
            "Elle a ajouté : « Il a clairement indiqué que nous réagirions de manière décisive.\n"
            "« Le président a également exprimé son soutien à la diplomatie.\n"
            "« Le président a réitéré que des progrès étaient possibles. »\n")
    _, qs = _quotes(text)
    direct = [q for q in qs if q[0] == "direct"]
    assert len(direct) == 3
    assert {q[2] for q in direct} == {"Jen Psaki"}


def test_quote_split_by_an_incise_is_two_quotes_with_one_speaker():
    text = "« Nous sommes prêts », a ajouté M. Marchal, « mais rien n'est encore décidé pour la suite. »"
    _, qs = _quotes(text)
    direct = [q for q in qs if q[0] == "direct"]
    assert [q[1] for q in direct] == ["Nous sommes prêts", "mais rien n'est encore décidé pour la suite."]
    assert {q[2] for q in direct} == {"Marchal"}


def test_scare_quotes_are_not_quotes():
    _, qs = _quotes("Les « gilets jaunes » ont manifesté samedi à Paris.")
    assert qs == []


def test_unnamed_source_becomes_its_own_speaker():
    _, qs = _quotes("Le suspect était connu des services de police, selon une source proche du dossier.")
    assert qs and qs[0][2] == "une source proche du dossier"


def test_english_said_and_according_to():
    a, qs = _quotes('"We will not back down," Senator Elizabeth Warren said on Tuesday. '
                    'According to the poll, Clinton leads Trump by four points.', lang="en")
    kinds = {(k, s) for k, _, s, _ in qs}
    assert ("direct", "Elizabeth Warren") in kinds
    assert any(k == "indirect" and t.startswith("Clinton leads") for k, t, _, _ in qs)


def test_english_pronoun_speaker():
    _, qs = _quotes("Hillary Clinton spoke in Ohio. She said that the economy was improving fast.", lang="en")
    assert qs and qs[0][2] == "Hillary Clinton" and qs[0][3].speaker_mention.text == "She"


def test_every_quote_offset_holds(seed_analysis):
    text = seed_analysis.article.text
    for q in seed_analysis.quotes:
        assert text[q.span.start:q.span.end] == q.span.text
        for span in (q.speaker_mention, q.cue):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_incise_by_inversion_with_a_verb_that_is_not_a_speech_verb():
    # French marks an incise by inverting verb and subject, whatever the verb
    text = ("Mohammed est arrivé en France à seize ans. "
            "« J'ai trop peur de repartir », souffle-t-il. "
            "« Tu parles avec les mots de tes ennemis », s'est énervé M. Erdogan.")
    _, qs = _quotes(text)
    assert [(t, s) for k, t, s, _ in qs if k == "direct"] == [
        ("J'ai trop peur de repartir", "Mohammed"), ("Tu parles avec les mots de tes ennemis", "Erdogan")]


def test_incise_after_the_words_that_finish_the_sentence():
    text = ("« Il avait pour mission de couler des navires de commerce dans le but de faire plier » l'ennemi, "
            "explique Isabelle Delumeau, historienne. "
            "« C'était le 26 juillet 1917 et il longeait la côte », deux grands ports du nord, relate Vincent Schmitt.")
    _, qs = _quotes(text)
    speakers = [s for k, _, s, _ in qs if k == "direct"]
    assert speakers == ["Isabelle Delumeau", "Vincent Schmitt"]


def test_no_incise_across_the_end_of_a_sentence():
    text = ("« Ceux qui ont fait ces opérations sont maintenant en prison. » "
            "La Turquie a lancé de vastes purges depuis le putsch manqué.")
    _, qs = _quotes(text)
    assert all(q.speaker_mention is None or "purges" not in q.speaker_mention.text for *_, q in qs)


def test_a_demonstrative_names_the_person_mentioned_last():
    text = ("Juan Guaido a appelé à manifester samedi, une demande refusée par Nicolas Maduro. "
            "Celui-ci a estimé que les sanctions de Washington étaient responsables des pénuries.")
    _, qs = _quotes(text)
    (kind, content, speaker, q), = [x for x in qs if x[1].startswith("les sanctions")]
    assert speaker == "Nicolas Maduro" and q.speaker_mention.text == "Celui-ci"


def test_a_pronoun_follows_the_newer_subject_not_the_previous_speaker():
    text = ("« L'armée restera déployée le long des frontières », a averti le ministre Vladimir Padrino. "
            "Juan Guaido a envoyé mardi un message aux militaires : "
            "« Vous devez choisir entre servir Maduro et servir la patrie », leur a-t-il écrit.")
    _, qs = _quotes(text)
    assert [s for _, _, s, _ in qs] == ["Vladimir Padrino", "Juan Guaido"]


def test_elle_goes_to_the_woman_a_feminine_descriptor_names():
    text = ("Vincent Schmitt, guide touristique local, connaît bien la plage. "
            "Isabelle Delumeau, historienne spécialisée dans l'histoire maritime, y était aussi. "
            "Le guide a montré l'épave aux visiteurs. "
            "Elle a averti que des gens pourraient abîmer la tôle de l'épave.")
    a, qs = _quotes(text)
    genders = {e.name: e.gender for e in a.entities if e.type == "PERSON"}
    assert genders["Isabelle Delumeau"] == "f" and genders["Vincent Schmitt"] == "m"
    assert qs[-1][2] == "Isabelle Delumeau"


def test_a_colon_clause_gives_its_subject_to_the_quote():
    text = ("Isabelle Delumeau, historienne, connaît bien la côte. "
            "Elle pointe aussi le risque de pillage : « des gens pourraient abîmer la tôle de cette épave ».")
    _, qs = _quotes(text)
    direct = [q for q in qs if q[0] == "direct"]
    assert direct[0][2] == "Isabelle Delumeau" and direct[0][3].speaker_mention.text == "Elle"


def test_an_impersonal_colon_clause_names_no_speaker():
    text = "Il faudrait qu'elle soit de nouveau enveloppée de sable : « le sable permet de la conserver longtemps »."
    _, qs = _quotes(text)
    assert all(q.speaker_mention is None or q.speaker_mention.text.lower() != "il" for *_, q in qs)


def test_a_present_participle_reports_for_the_subject_of_its_clause():
    text = ("Les démocraties doivent respecter l'Etat de droit, a déclaré Emmanuel Macron, "
            "ajoutant que les deux hommes avaient abordé une liste de cas individuels.")
    _, qs = _quotes(text)
    added = [q for q in qs if q[1].startswith("les deux hommes")]
    assert added and added[0][2] == "Emmanuel Macron"


def test_selon_with_a_pronoun_and_a_colon():
    text = ("Vincent Schmitt, guide touristique, connaît bien la baie. "
            "En cause, selon lui : de « forts vents » et le « désensablement » de la baie de Wissant.")
    _, qs = _quotes(text)
    (kind, content, speaker, q), = qs
    assert content.startswith("de « forts vents »") and speaker == "Vincent Schmitt" and q.cue.text == "selon"


def test_d_apres_after_a_conjunction_stops_at_the_colon():
    text = ("Isabelle Delumeau, historienne, a visité l'épave. "
            "Mais, d'après elle, il faudrait qu'elle soit de nouveau enveloppée de sable : "
            "« l'ensablement permet de la conserver et de réduire l'érosion ».")
    _, qs = _quotes(text)
    by_kind = {k: (t, s) for k, t, s, _ in qs}
    assert by_kind["indirect"] == ("il faudrait qu'elle soit de nouveau enveloppée de sable", "Isabelle Delumeau")
    assert by_kind["direct"][1] == "Isabelle Delumeau"


def test_pour_x_before_a_marked_quote_keeps_the_whole_quote():
    text = "Pour Violaine Husson, de la Cimade, « l'idée, c'est de les expulser. On ne veut pas d'eux en France »."
    _, qs = _quotes(text)
    (kind, content, speaker, q), = qs
    assert (kind, speaker) == ("direct", "Violaine Husson")
    assert content == "l'idée, c'est de les expulser. On ne veut pas d'eux en France"


def test_an_organisation_noun_names_the_organisation_it_is_part_of():
    text = ("Créé fin mars par la Fondation Roi Baudouin, le Fonds pour des soins solidaires a alloué "
            "1,85 million d'euros à 69 projets, a indiqué la fondation jeudi.")
    _, qs = _quotes(text)
    (kind, content, speaker, q), = qs
    assert speaker == "Fondation Roi Baudouin"


def test_a_quote_never_closed_does_not_swallow_the_quotes_after_it():
    text = ("Le président français a proposé un «partenariat avec l'UE afin de préserver «l'ancrage» de ce pays. "
            "«Il faut regarder si on ne peut pas repenser cette relation», a-t-il déclaré. "
            "M. Macron a encore appelé son homologue à «respecter l'Etat de droit» sur la question des journalistes.")
    _, qs = _quotes(text)
    texts = [t for _, t, _, _ in qs]
    assert "Il faut regarder si on ne peut pas repenser cette relation" in texts
    assert any("partenariat avec l'UE" in t and "Il faut" not in t for t in texts)
    assert any("respecter l'Etat de droit" in t for t in texts)


def test_an_incise_without_a_comma_needs_an_inverted_subject():
    text = ("La femme qui a blessé deux personnes au cri d'« Allah Akbar » a dit que c'était un ordre, "
            "a déclaré un procureur.")
    _, qs = _quotes(text)
    assert not any(q.speaker_mention is not None and "Allah" in q.speaker_mention.text for *_, q in qs)
    assert any(q.speaker_mention is not None and q.speaker_mention.text == "un procureur" for *_, q in qs)


def test_a_subordinate_clause_after_a_comma_is_not_an_incise():
    text = ("Le communiste Pierre Dharréville y a vu une « opération publicitaire », pointant une nouvelle "
            "branche « dépourvue de sève et de feuilles », tandis que Caroline Fiat a dénoncé une « diversion ».")
    _, qs = _quotes(text)
    assert not any(s == "Caroline Fiat" and "Dharréville" in t for _, t, s, _ in qs)
    assert any(s == "Pierre Dharréville" and "nouvelle branche" in t for _, t, s, _ in qs)


def test_the_writer_a_causative_or_a_negation_reports_nothing():
    text = ("Rappelons enfin que le nouveau propriétaire de cette voiture a reçu un chronographe. "
            "Sur les réseaux sociaux, les propos de Charles Consigny ont également beaucoup fait réagir les internautes. "
            "Les frères Dhawan n'ont pas publiquement révélé le coût de production des lits en carton.")
    _, qs = _quotes(text)
    assert qs == []


def test_an_inverted_auxiliary_gives_the_participle_as_cue():
    text = ("Mme Flavie Flament a tenu à répondre. "
            "« On est dans l'illustration formidable et pitoyable du déni familial » a-t-elle déclaré sur le plateau.")
    _, qs = _quotes(text)
    (kind, content, speaker, q), = qs
    assert speaker == "Flavie Flament" and q.cue.text.endswith("déclaré")


def test_a_hyphenated_name_is_the_whole_speaker_mention():
    text = "Le Royaume-Uni a affirmé que le projet d'annexion était contraire au droit international."
    _, qs = _quotes(text)
    (kind, content, speaker, q), = qs
    assert q.speaker_mention.text == "Royaume-Uni"


def test_a_clitic_split_from_its_hyphen_is_still_the_subject():
    # glued sentences make the tokenizer cut "défend-il.L'Assurance" as "défend" "-" "il"
    text = ("Can Ansay a créé le site. \"Si on facilite les arrêts, il y en aura beaucoup moins\", "
            "se défend-il.L'Assurance maladie contre-attaque.")
    _, qs = _quotes(text)
    (kind, content, speaker, q), = qs
    assert speaker == "Can Ansay" and q.speaker_mention.text == "il"


def test_the_incise_names_the_speaker_of_the_quote_that_goes_on_after_it():
    text = ("Sen. David Perdue said the Republican Party was divided. "
            "“It’s not what worked in 2012. Those are just distractions,” he said. "
            "“What really works is what you are going to do to change the direction of the country.”")
    _, qs = _quotes(text, lang="en")
    direct = [q for q in qs if q[0] == "direct"]
    # English counts the two parts around the incise as one statement (PARC): one quote, both parts
    assert [s for _, _, s, _ in direct] == ["David Perdue"]
    (q,) = [q for *_, q in direct]
    assert q.speaker_mention.text == "he"
    assert q.span.text.startswith("It’s not what") and q.span.text.endswith("direction of the country.")


def test_an_incise_after_a_nested_quote():
    text = ("Mr. Obama chalks up the contradictions to politics. "
            "\"It feels like, 'Meh, we can put this off a little bit,'\" he said.")
    _, qs = _quotes(text, lang="en")
    (q,) = [x for x in qs if x[0] == "direct"]
    assert q[2] == "Obama" and q[3].speaker_mention.text == "he"
