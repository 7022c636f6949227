"""French referring nouns for coreference: who a description can stand for.

Lemmas as fr_core_news_md gives them (the feminine forms lemmatize to the masculine, but both are
listed since the lemmatizer is a lookup and misses some). The lists are the occupational, role,
kinship and condition nouns of French news, grouped by field so a gap is easy to see.
"""

_ROLES = """
président présidente ministre porte-parole chef cheffe leader dirigeant dirigeante directeur directrice
secrétaire procureur procureure maire gouverneur ambassadeur ambassadrice conseiller conseillère député
députée sénateur sénatrice avocat avocate juge commissaire général chancelier chancelière roi reine
prince princesse pape patron patronne responsable représentant représentante adjoint adjointe diplomate
négociateur négociatrice entraîneur entraîneuse sélectionneur préfet préfète candidat candidate fondateur
fondatrice vice-président vice-présidente pdg p.-d.g. ceo capitaine commandant colonel lieutenant sergent
émir cheikh monarque souverain homologue élu élue édile parlementaire eurodéputé eurodéputée magistrat
magistrate greffier président-directeur administrateur administratrice gérant gérante délégué déléguée
rapporteur rapporteuse médiateur médiatrice inspecteur inspectrice commissaire-priseur consul consule
vice-ministre sous-secrétaire trésorier trésorière dirigeant chef-lieu ex-président ex-ministre
ex-président ancien-ministre premier gouverneure vizir
"""
_OCCUPATIONS = """
acteur actrice artiste auteur autrice écrivain écrivaine romancier romancière poète poétesse cinéaste
réalisateur réalisatrice producteur productrice chanteur chanteuse musicien musicienne compositeur
compositrice rappeur rappeuse comédien comédienne danseur danseuse peintre sculpteur photographe
philosophe historien historienne sociologue politologue économiste chercheur chercheuse scientifique
professeur professeure enseignant enseignante instituteur institutrice universitaire étudiant étudiante
élève collégien collégienne lycéen lycéenne médecin docteur chirurgien chirurgienne infirmier infirmière
pharmacien pharmacienne psychiatre psychologue vétérinaire journaliste reporter correspondant
correspondante éditorialiste chroniqueur chroniqueuse animateur animatrice présentateur présentatrice
rédacteur rédactrice éditeur éditrice ingénieur ingénieure informaticien informaticienne architecte
entrepreneur entrepreneuse commerçant commerçante artisan agriculteur agricultrice éleveur éleveuse
ouvrier ouvrière salarié salariée employé employée fonctionnaire agent policier policière gendarme
militaire soldat pompier sapeur-pompier pilote chauffeur conducteur conductrice marin pêcheur
footballeur footballeuse joueur joueuse athlète coureur coureuse cycliste nageur nageuse boxeur
tennisman tenniswoman sportif sportive champion championne arbitre banquier banquière avocat notaire
huissier expert experte analyste consultant consultante spécialiste juriste syndicaliste militant
militante activiste manifestant manifestante grévistes gréviste opposant opposante dissident dissidente
lanceur lanceuse informateur informatrice enquêteur enquêtrice détective espion espionne prêtre curé
évêque archevêque imam rabbin pasteur religieux religieuse moine guide styliste créateur créatrice
designer mannequin cuisinier cuisinière chef boulanger boulangère vendeur vendeuse restaurateur
hôtelier directeur-général patron entraîneur sélectionneur stratège porte-drapeau astronaute
électricien électricienne surveillant surveillante gardien gardienne
"""
_PEOPLE = """
homme femme garçon fille enfant bébé adolescent adolescente jeune adulte retraité retraitée
personne individu quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire trentenaire
quadragénaire vingtenaire mineur mineure victime suspect suspecte accusé accusée prévenu prévenue
détenu détenue condamné condamnée otage blessé blessée mort morte défunt défunte disparu disparue
témoin auteur complice agresseur agresseuse meurtrier meurtrière tueur tueuse assaillant assaillante
habitant habitante riverain riveraine voisin voisine citoyen citoyenne électeur électrice contribuable
passager passagère voyageur voyageuse touriste client cliente usager usagère patient patiente
réfugié réfugiée migrant migrante exilé exilée demandeur demandeuse survivant survivante rescapé rescapée
héritier héritière propriétaire locataire parent mère père fils frère sœur soeur époux épouse mari
veuve veuf compagnon compagne conjoint conjointe fiancé fiancée ami amie proche cousin cousine oncle
tante neveu nièce grand-mère grand-père petit-fils petite-fille beau-père belle-mère famille couple
intéressé intéressée interlocuteur interlocutrice protagoniste vainqueur perdant perdante rival rivale
adversaire allié alliée partenaire successeur prédécesseur titulaire signataire participant participante
organisateur organisatrice membre adhérent adhérente supporteur supporter fan bénévole volontaire
source initié quidam inconnu inconnue dame demoiselle monsieur couturier couturière résistant
résistante consœur consoeur confrère paroissien paroissienne fidèle auteure
"""
_GROUPS = """
gendarmerie police gouvernement autorité administration justice parquet tribunal cour préfecture
mairie municipalité armée état-major hiérarchie direction opposition majorité syndicat ministère
présidence exécutif diplomatie douane brigade commission conseil comité assemblée parlement sénat
équipe rédaction délégation coalition junte régime milice rébellion jury juridiction bureau
"""
_ORGANISATIONS = """
parti mouvement organisation association fondation institution établissement collège lycée école
université hôpital clinique entreprise société groupe firme compagnie constructeur fabricant banque
assureur opérateur laboratoire agence office institut organisme ong club fédération ligue syndicat
journal quotidien hebdomadaire magazine mensuel radio chaîne télévision média site plateforme réseau
éditeur maison musée théâtre festival
"""


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


PERSON_NOUNS = _words(_ROLES) | _words(_OCCUPATIONS) | _words(_PEOPLE)
GROUP_NOUNS = _words(_GROUPS)
ROLE_AND_OCCUPATION_NOUNS = _words(_ROLES) | _words(_OCCUPATIONS)  # extract/sources.py: a source in a role
ORGANISATION_NOUNS = _words(_ORGANISATIONS)
ANAPHORIC_PHRASES = {
    ("ce", "dernier"): "m", ("cette", "dernière"): "f", ("ces", "derniers"): "p", ("ces", "dernières"): "p",
    ("l'", "intéressé"): "m", ("l'", "intéressée"): "f", ("l’", "intéressé"): "m", ("l’", "intéressée"): "f",
    ("celui-ci",): "m", ("celle-ci",): "f", ("ceux-ci",): "p", ("celles-ci",): "p",
}
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"})
INDEFINITES = frozenset({"un", "une", "des", "deux", "trois", "plusieurs", "quelques", "certains", "certaines",
                         "de", "d'", "d’", "aucun", "aucune", "chaque", "tout", "toute", "tous", "toutes"})

UNGENDERED_NOUNS = frozenset("couple famille victime personne source star vedette recrue sentinelle célébrité idole personnalité figure témoin individu mannequin bébé membre otage".split())

# How French derives a woman's noun from a man's, most specific ending first (directeur -> directrice,
# chanteur -> chanteuse, avocat -> avocate): a pair whose two forms are both person nouns above.
_FEMININE_ENDINGS = (("teur", "trice"), ("eur", "euse"), ("eur", "eure"), ("ien", "ienne"), ("on", "onne"),
                     ("ier", "ière"), ("er", "ère"), ("f", "ve"), ("el", "elle"), ("e", "esse"), ("", "e"))
# pairs the endings do not give (different words, or a form listed alone)
_GENDERED_PAIRS = (("homme", "femme"), ("garçon", "fille"), ("père", "mère"), ("frère", "sœur"), ("frère", "soeur"),
                   ("fils", "fille"), ("mari", "épouse"), ("époux", "épouse"), ("veuf", "veuve"), ("oncle", "tante"),
                   ("neveu", "nièce"), ("roi", "reine"), ("grand-père", "grand-mère"), ("petit-fils", "petite-fille"),
                   ("beau-père", "belle-mère"), ("compagnon", "compagne"), ("tennisman", "tenniswoman"),
                   ("chef", "cheffe"), ("copain", "copine"), ("dieu", "déesse"))


def _noun_genders(nouns: frozenset[str]) -> dict[str, str]:
    """The person nouns whose form says the person's gender: each form of a pair of distinct
    masculine and feminine forms. A noun of one form for both (ministre, juge, homologue) is left out:
    only its determiner or adjectives can tell."""
    out: dict[str, str] = {}
    for word in nouns:
        for masc_end, fem_end in _FEMININE_ENDINGS:
            if word.endswith(masc_end) and (fem := word[:len(word) - len(masc_end)] + fem_end) in nouns and fem != word:
                out.setdefault(word, "m")
                out[fem] = "f"
                break
    for masc, fem in _GENDERED_PAIRS:
        out[masc], out[fem] = "m", "f"
    return out


NOUN_GENDERS = _noun_genders(PERSON_NOUNS)
# French nouns with these endings have one form for both genders (un/une artiste, élève, analyste,
# secrétaire, sociologue, photographe, psychiatre, responsable): after l' nothing marks which
COMPARISON_MARKERS = frozenset({"comme"})  # open a comparison, not a noun's complement
EPICENE_ENDINGS = ("iste", "aire", "logue", "graphe", "iatre", "ève", "able", "ible", "ique", "ète", "aste")
NOUN_PREFIXES = ("ex-", "co-", "vice-", "sous-", "arrière-")
ROLE_OPENERS = frozenset({"premier", "première"})
AGE_WORDS = frozenset("ans an".split())
# capitalised common words NER reads as names of their own (see LanguageData.not_names)
NOT_NAMES = frozenset("état etat états etats république nation conseil assemblée gouvernement ministère ça cela ceci nm km mme m. président premier".split())
CONTRACTED_ARTICLES = {"du": "le", "au": "le", "des": "les", "aux": "les"}
