"""French event triggers keyed by CAMEO code: the verbs, nouns and locutions French news writes for
each CAMEO verb class that maps to a PLOVER type.

``TRIGGERS_BY_CAMEO["036"]`` holds the lines of one code. A line's PLOVER type and mode come from the
official table through ``newsgraph.lang.cameo.plover`` (the shipped copy of CAMEO2PLOVER-2021, with the
project's few readings of it); a line may name its own type or mode where French usage of that verb
belongs to a PLOVER reading the table does not spell (``démissionner`` is RETREAT/resign, a missile
launch MOBILIZE/weapons). ``TRIGGERS`` is the flat lexicon the event stage reads: the lines with a
``needs`` (a narrow reading) first, then the general ones, each group in code order, so that
``condamner à dix ans de prison`` is a conviction before ``condamner`` is a criticism.

The verb classes were translated from the CAMEO codebook (the descriptions in CAMEO2PLOVER and the
English verb synonym sets of PETRARCH2's CAMEO.2.0.txt), in the words of French press usage. A
four-digit code specialises its three-digit parent: ``_narrow`` gives it the parent's general lines
restricted by context words (``manifester`` for ``la démission`` is 1411).

Precision as data: ``FIGURATIVE`` lists the idioms a trigger is not an event in (``prendre en otage``
les usagers, ``la guerre des prix``), ``GENERIC`` the adverbs of a generic statement (``les policiers
arrêtent généralement ...``); both become ``unless`` words of the lines.

Roles (``S``, ``O``, ...) are those of ``newsgraph.lang.EventTrigger``.
"""
from __future__ import annotations

from dataclasses import replace

from . import EventTrigger
from .cameo import plover, table

# --- roles ----------------------------------------------------------------------------------------
S = ("nsubj", "agent")  # a verb's source
O = ("obj", "iobj")  # a verb's target
NS = ("governor", "of", "amod", "compound", "poss")  # a noun's source
NB = ("between",) + NS  # a noun of two sides: les pourparlers entre X et Y
# an attack "de X" names its victim or place (l'assassinat du préfet, l'attentat de Barcelone): only "par X"
NSA = ("governor", "amod", "compound", "poss", "agent")
WITH = ("avec",)
AGAINST = ("contre", "obj", "iobj", "à", "comp")

# --- context words (lemmas and forms) ---------------------------------------------------------------
TROOPS = ("soldat", "troupe", "militaire", "force", "char", "blindé", "armée", "réserviste", "bataillon",
          "navire", "missile", "arme", "renfort", "contingent", "brigade", "régiment", "division")
POLICE = ("policier", "gendarme", "police", "gendarmerie", "crs", "renfort", "agent")
JAIL = ("prison", "peine", "an", "mois", "amende", "réclusion", "perpétuité", "sursis", "emprisonnement",
        "détention", "travaux", "ferme")
ECON = ("économique", "économiquement", "commercial", "commerciale", "commerce", "investissement", "financier",
        "financière", "financièrement", "échange", "économie", "énergétique", "industriel", "industrielle")
MIL = ("militaire", "militairement", "défense", "arme", "armement", "sécurité", "stratégique")
LEGAL = ("judiciaire", "justice", "extradition", "juridique", "pénal", "pénale", "policier", "policière")
INTEL = ("renseignement", "information", "données", "informations")
HUMANITARIAN = ("humanitaire", "vivre", "médicament", "réfugié", "secours", "urgence", "alimentaire")
PEACEKEEPING = ("casque", "paix", "protection", "interposition", "onu")
REFORM = ("réforme", "démocratique", "démocratie", "élection", "constitutionnel", "constitutionnelle", "scrutin")
LEADERSHIP = ("démission", "départ", "destitution", "dirigeant", "limogeage", "remplacement")
POLICY = ("politique", "loi", "projet", "mesure", "retrait", "abandon", "suppression", "moratoire", "texte",
          "taxe", "décret", "plan")
RIGHTS = ("droit", "liberté", "libertés", "égalité", "reconnaissance")
REGIME = ("régime", "institution", "constitution", "république", "monarchie", "fédéralisme", "autonomie",
          "indépendance")
RELEASE = ("libération", "libérer", "otage", "prisonnier", "détenu", "captif")
SANCTIONS = ("sanction", "embargo", "boycott", "blocus", "restriction")
MEETING = ("rencontre", "réunion", "négociation", "dialogue", "entretien", "rendez-vous", "pourparlers",
           "discussion", "sommet", "audience", "table")
SETTLEMENT = ("règlement", "solution", "paix", "compromis", "réconciliation")
MEDIATION = ("médiation", "médiateur", "bons offices")
DEESCALATION = ("cessez-le-feu", "trêve", "retrait", "désescalade", "apaisement", "arrêt")
ACCESS = ("inspecteur", "observateur", "enquêteur", "ong", "mission", "journaliste", "humanitaire", "accès")
PLAN = ("plan", "accord", "proposition", "offre", "compromis", "traité", "projet", "résolution", "texte")
CRIME = ("crime", "meurtre", "assassinat", "corruption", "fraude", "viol", "vol", "détournement", "escroquerie",
         "blanchiment", "trafic", "agression", "homicide", "disparition", "harcèlement", "abus", "terrorisme")
HUMAN_RIGHTS = ("torture", "répression", "humain", "disparition", "exécution", "discrimination")
MILITARY_ACT = ("frappe", "bombardement", "attaque", "offensive", "opération", "tir", "raid", "invasion")
WAR_CRIMES = ("génocide", "crime contre l'humanité", "guerre", "humanité", "nettoyage")
TREASON = ("espionnage", "trahison", "espion", "ingérence")
LAW = ("loi", "accord", "droit", "règle", "résolution", "embargo", "traité", "constitution", "interdiction",
       "couvre-feu", "sanction", "norme", "souveraineté", "espace", "frontière")
STRIKE_WORDS = ("grève", "manifestation", "mobilisation", "boycott", "blocage", "manifester")
FORCE = ("force", "militaire", "frappe", "attaque", "guerre", "représailles", "riposte", "intervention",
         "invasion", "bombarder", "attaquer", "envahir", "détruire", "raser", "anéantir", "nucléaire")
WMD = ("nucléaire", "chimique", "biologique", "atomique", "bactériologique")
AID_WORDS = ("aide", "assistance", "financement", "subvention", "livraison", "soutien", "crédit", "prêt")
MONEY = ("euro", "dollar", "million", "milliard", "fonds", "somme", "indemnité", "pension", "aide", "prêt",
         "crédit", "subvention", "franc", "€", "$")
WEAPONS = ("arme", "munition", "char", "missile", "obus", "avion", "hélicoptère", "blindé", "drone",
           "équipement", "matériel", "système", "canon", "lance-roquettes")
PROPERTY = ("bien", "terre", "terrain", "maison", "propriété", "compte", "avoir", "actif", "navire",
            "cargaison", "passeport", "document", "marchandise", "drogue", "arme")
LEADERS = ("homologue", "président", "ministre", "premier", "dirigeant", "chef", "délégation", "roi", "émir",
           "pape", "chancelier", "chancelière", "ambassadeur", "secrétaire", "prince", "reine", "souverain")

# --- precision as data ------------------------------------------------------------------------------
# idioms: the trigger is said of something that is not its event
FIGURATIVE: dict[str, tuple[str, ...]] = {
    # "la grève prend en otage les usagers": a strike, its users and the public are not hostages
    "hostage": ("usager", "voyageur", "client", "passager", "automobiliste", "consommateur", "patient", "élève",
                "parent", "grève", "gréviste", "syndicat", "cheminot", "contrôleur", "débat", "pays", "français",
                "contribuable", "salarié", "lycéen", "étudiant", "abonné"),
    # "la guerre des prix", "la guerre commerciale", "guerre des nerfs": no one fights
    "war": ("prix", "commercial", "commerciale", "tarifaire", "étoile", "nerf", "chef", "ego", "communication",
            "information", "succession", "économique", "monnaie", "devise", "taux", "influence", "talent",
            "clan", "tranchée", "mot", "chiffre", "image", "audience", "streaming", "bouton", "position"),
    # "attaquer le marché", "frapper les esprits", "tirer profit", "abattre ses cartes": not violence
    "violence": ("marché", "esprit", "profit", "parti", "conclusion", "leçon", "bilan", "carte", "record",
                 "problème", "chantier", "dossier", "sujet", "question", "travail", "défi", "œil", "porte",
                 "sonnette", "alarme", "fonction", "réputation", "moral", "image", "coup", "cible", "titre"),
    # "bloquer un compte", "bloquer les prix", "bloquer la situation": no obstruction of passage
    "block": ("compte", "prix", "salaire", "situation", "dossier", "négociation", "processus", "numéro"),
    # "une offensive de charme", "lancer une offensive pour que leurs circonscriptions intègrent l'AOP"
    "campaign": ("charme", "diplomatique", "médiatique", "commercial", "commerciale", "politique", "juridique",
                 "publicitaire", "marketing", "séduction", "pour", "hiver", "été"),
}
# a company paying its staff or a tax is no aid: "Orange versera une prime à ses salariés"
PAY = ("prime", "salaire", "dividende", "bonus", "impôt", "taxe", "cotisation", "loyer", "intérêt", "amende",
       "indemnité", "rançon", "salarié", "employé", "actionnaire", "collaborateur")
# a refusal to speak is no rejection: "il a refusé de commenter"
NO_COMMENT = ("commenter", "commentaire", "répondre", "confirmer", "préciser", "considérer")
# adverbs of a generic or habitual statement: "la police interpelle généralement ..." reports no event
GENERIC = ("généralement", "habituellement", "ordinairement", "traditionnellement", "habitude", "souvent",
           "parfois", "rarement", "jamais")

# --- the lines ------------------------------------------------------------------------------------
LINES: dict[str, list[EventTrigger]] = {}
# the lines that name their own type or mode against their code's: (code, lemma, type, mode)
OWN_READINGS: list[tuple[str, str, str, str | None]] = []


def L(code: str, lemma: str, pos: str = "VERB", source: tuple[str, ...] = S, target: tuple[str, ...] = O, *,
      type: str | None = None, mode: object = ..., needs: tuple[str, ...] = (),
      unless: tuple[str, ...] = (), target_required: bool = False) -> None:
    """One line of code ``code``: type and mode from the table unless the line names its own."""
    t, m = plover(code)
    lemma = lemma.replace("'", "' ").replace("  ", " ")  # "mandat d'arrêt": the tokenizer splits "d'" off
    if (type and type != t) or (mode is not ... and mode != m):
        OWN_READINGS.append((code, lemma, type or t, m if mode is ... else mode))
    LINES.setdefault(code, []).append(EventTrigger(
        lemma=lemma, type=type or t, mode=m if mode is ... else mode, pos=pos, source=source, target=target,
        needs=needs, unless=tuple(unless) + GENERIC, target_required=target_required, cameo=code))


def _narrow(code: str, parent: str, needs: tuple[str, ...], only: tuple[str, ...] = ()) -> None:
    """Code ``code`` specialises ``parent``: its general lines (or those whose lemma is in ``only``),
    restricted to phrases that hold one of ``needs``, typed by ``code``."""
    t, m = plover(code)
    base = [x for x in LINES[parent] if not x.needs and (not only or x.lemma in only)]
    if not base:
        raise ValueError(f"CAMEO {code}: {parent} has no general line to narrow")
    for x in base:
        LINES.setdefault(code, []).append(replace(
            x, type=t if x.type == plover(parent)[0] else x.type, mode=m if m else x.mode, needs=needs,
            cameo=code))


# 03 AGREE: express intent to cooperate, promise, offer; agree (PLOVER reads agreements as AGREE)
L("030", "promettre", "VERB", S, ("iobj", "à", "comp"), target_required=True)  # "25 modèles promis par BMW"
L("030", "promesse", "NOUN", NS, ("à", "au", "aux"), target_required=True)  # "sa promesse de campagne" is no act
L("030", "engager", "VERB", S, ("auprès", "comp"), needs=("dep:xcomp",), unless=("contre", "dep:obj"))
L("030", "engagement", "NOUN", NS, ("envers", "auprès", "à"), needs=("de", "à"))
L("030", "accepter", "VERB", S, O + ("comp",), unless=("dep:ccomp",))
L("030", "convenir", "VERB", S, ("avec", "comp"))
L("030", "accord", "NOUN", NB, ("avec",), needs=("entre", "avec", "signer", "conclure", "trouver", "parvenir"))
L("030", "entente", "NOUN", NB, ("avec",), needs=("entre", "avec", "trouver", "parvenir"))
L("030", "tomber d'accord", "VERB", S, ("avec", "comp"))
L("030", "se mettre d'accord", "VERB", S, ("avec", "comp"))
L("030", "conclure", "VERB", S, ("avec", "comp"), needs=("accord", "traité", "alliance", "pacte", "entente"))
L("030", "parvenir à un accord", "VERB", S, ("avec",))
L("030", "offrir", "VERB", S, ("iobj", "à"), needs=("aide", "coopération", "soutien", "médiation", "asile"))
L("031", "proposer", "VERB", S, ("iobj", "à", "comp"), unless=("dep:ccomp",),
  needs=("coopération", "partenariat", "aide", "plan", "accord", "compromis", "solution"))
_narrow("0311", "030", ECON, only=("promettre", "engager", "convenir", "accord"))
_narrow("0312", "030", MIL, only=("promettre", "engager", "convenir", "accord"))
_narrow("0313", "030", LEGAL, only=("promettre", "engager", "convenir", "accord"))
_narrow("0314", "030", INTEL, only=("promettre", "engager", "convenir", "accord"))
L("032", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=("soutien", "appui", "soutenir"))
L("033", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=AID_WORDS)
L("033", "annoncer", "VERB", S, ("à", "pour"), needs=AID_WORDS + ("enveloppe",), target_required=True)
L("0331", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=MONEY)
L("0332", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=WEAPONS + ("militaire",))
L("0333", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=HUMANITARIAN)
L("0334", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=PEACEKEEPING)
L("034", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=REFORM)
L("0341", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=LEADERSHIP)
L("0342", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=POLICY)
L("0343", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=RIGHTS)
L("0344", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=REGIME)
L("035", "se dire prêt", "VERB", ("nsubj",), ("à", "comp"), needs=("concession", "céder", "compromis"))
L("035", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=("concession", "céder", "assouplir", "lever"))
L("0351", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=("assouplir", "alléger", "restriction"))
L("0352", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=("apaisement", "amnistie", "apaiser"))
L("0353", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=RELEASE)
L("0354", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=SANCTIONS)
L("0355", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=ACCESS)
L("0356", "promettre", "VERB", S, ("iobj", "à", "comp"), needs=DEESCALATION)
L("036", "inviter", "VERB", S, O, needs=MEETING)
L("036", "proposer", "VERB", S, ("iobj", "à", "comp"), unless=("dep:ccomp",), needs=MEETING)
L("036", "accepter", "VERB", S, O + ("comp",), needs=MEETING)
L("036", "invitation", "NOUN", NS, ("à",), needs=MEETING)
L("037", "proposer", "VERB", S, ("iobj", "à", "comp"), unless=("dep:ccomp",), needs=SETTLEMENT)
L("038", "accepter", "VERB", S, O + ("comp",), needs=MEDIATION)
L("039", "proposer", "VERB", S, ("iobj", "à", "comp"), needs=MEDIATION)
L("039", "offrir", "VERB", S, ("iobj", "à"), needs=MEDIATION)

# 04 CONSULT: meet, talk, call, visit, host, mediate, negotiate
L("040", "rencontrer", "VERB", S, O + ("avec",), target_required=True)
L("040", "rencontre", "NOUN", NB, ("avec",), target_required=True)
L("040", "entretenir", "VERB", S, ("avec",), needs=("se", "s'"), target_required=True)
L("040", "entretien", "NOUN", NB, ("avec",), target_required=True)
L("040", "discuter", "VERB", S, ("avec",), target_required=True)
L("040", "discussion", "NOUN", NB, ("avec",), target_required=True)
L("040", "dialoguer", "VERB", S, ("avec",), target_required=True)
L("040", "dialogue", "NOUN", NB, ("avec",), target_required=True)
L("040", "parler", "VERB", S, ("avec",), target_required=True)
L("040", "échanger", "VERB", S, ("avec",), target_required=True, unless=("dep:obj",))
L("040", "consulter", "VERB", S, O, target_required=True, needs=LEADERS + ("partenaire", "allié", "syndicat"))
L("040", "consultation", "NOUN", NB, ("avec",), target_required=True)
L("040", "concertation", "NOUN", NB, ("avec",), target_required=True)
L("040", "réunir", "VERB", S, ("avec",), needs=("se", "s'"), target_required=True)
L("040", "réunion", "NOUN", NB, ("avec",), target_required=True)
L("040", "conversation", "NOUN", NB, ("avec",), target_required=True)
L("040", "contacter", "VERB", S, O, target_required=True)
L("040", "tête-à-tête", "NOUN", NB, ("avec",), target_required=True)
L("041", "téléphoner", "VERB", S, ("à", "avec", "iobj"))
L("041", "appel téléphonique", "NOUN", NB, ("avec", "à"))
L("041", "appel vidéo", "NOUN", NB, ("avec", "à"))
L("041", "appel", "NOUN", NB, ("avec",), needs=("téléphonique", "vidéo", "avec"), unless=("à",))
L("041", "entretien téléphonique", "NOUN", NB, ("avec",))
L("041", "visioconférence", "NOUN", NB, ("avec",), target_required=True)
L("041", "entretenir", "VERB", S, ("avec",), needs=("téléphone", "téléphonique", "visioconférence"),
  target_required=True)
L("042", "visiter", "VERB", S, O, target_required=True)
L("042", "visite", "NOUN", ("governor", "of", "amod", "poss"), ("à", "en", "au"), target_required=True)
L("042", "rendre visite", "VERB", S, ("à", "iobj"))
L("042", "rendre", "VERB", S, ("à", "en", "au"), needs=("se", "s'"), unless=("compte", "coupable"),
  target_required=True)
L("042", "déplacement", "NOUN", ("governor", "of", "amod", "poss"), ("à", "en", "au"), target_required=True)
L("043", "recevoir", "VERB", S, O, needs=LEADERS, target_required=True,
  unless=("prix", "récompense", "médaille", "lettre", "soutien", "appel", "ordre", "coup"))
L("043", "accueillir", "VERB", S, O, needs=LEADERS, target_required=True)
L("044", "sommet", "NOUN", NB, ("avec",), target_required=True)
L("045", "médiation", "NOUN", NS, ("between", "entre"))
L("045", "servir de médiateur", "VERB", S, ("between", "entre"))
L("046", "négocier", "VERB", S, ("avec",), target_required=True)
L("046", "renégocier", "VERB", S, ("avec",), target_required=True)
L("046", "négociation", "NOUN", NB, ("avec",), target_required=True)
L("046", "pourparlers", "NOUN", NB, ("avec",))
L("046", "pourparler", "NOUN", NB, ("avec",))

# 05 SUPPORT: praise, defend, rally support, recognise, apologise, forgive, sign
L("050", "appuyer", "VERB", S, O, unless=("dep:ccomp", "sur"), target_required=True)
L("051", "saluer", "VERB", S, O, unless=("dep:ccomp",), target_required=True)
L("051", "féliciter", "VERB", S, O, unless=("se", "s'"), target_required=True)
L("051", "féliciter", "VERB", S, ("de",), needs=("se", "s'"), target_required=True)
L("051", "remercier", "VERB", S, O)
L("051", "louer", "VERB", S, O, needs=("courage", "action", "travail", "rôle", "engagement", "mérite"))
L("051", "rendre hommage", "VERB", S, ("à", "iobj"))
L("051", "hommage", "NOUN", NS + ("clause",), ("à", "au", "aux"), target_required=True)
L("051", "applaudir", "VERB", S, O, target_required=True)
L("051", "réjouir", "VERB", S, ("de",), needs=("se", "s'"), target_required=True)
L("051", "encenser", "VERB", S, O)
L("052", "défendre", "VERB", S, O, needs=LEADERS + ("collègue", "ami", "allié"), unless=("se", "s'", "dep:ccomp"), target_required=True)
L("052", "prendre la défense", "VERB", S, ("de",))
L("053", "soutenir", "VERB", S, O, unless=("dep:ccomp", "que", "qu'"), target_required=True)
L("053", "soutien", "NOUN", NS + ("clause",), ("à", "au", "aux", "envers"), target_required=True)
L("053", "rallier", "VERB", S, ("à",), needs=("se", "s'"), target_required=True)
L("053", "ralliement", "NOUN", NS, ("à",), target_required=True)
L("053", "apporter son soutien", "VERB", S, ("à", "iobj"))
L("054", "reconnaître", "VERB", S, O, needs=("indépendance", "état", "souveraineté", "gouvernement", "annexion",
                                             "légitimité"), unless=("dep:ccomp",))
L("054", "reconnaissance", "NOUN", NS, ("de",), needs=("indépendance", "état", "souveraineté", "diplomatique"))
L("055", "excuser", "VERB", S, ("auprès",), needs=("se", "s'"))
L("055", "excuses", "NOUN", NS, ("à", "au", "aux", "auprès"))
L("055", "demander pardon", "VERB", S, ("à", "iobj"))
L("056", "pardonner", "VERB", S, O + ("à",))
L("056", "gracier", "VERB", S, O, type="RETREAT", mode="release")
L("057", "signer", "VERB", S, ("avec", "comp"),
  needs=("accord", "traité", "contrat", "protocole", "mémorandum", "convention", "pacte", "lettre", "déclaration"))
L("057", "parapher", "VERB", S, ("avec",))
L("057", "ratifier", "VERB", S, ("avec",))
L("057", "signature", "NOUN", NB, ("avec",), needs=("accord", "traité", "contrat", "protocole", "pacte"))

# 06 COOPERATE: joint material action
L("060", "coopérer", "VERB", S, ("avec",), target_required=True)
L("060", "collaborer", "VERB", S, ("avec",), target_required=True)
L("060", "coopération", "NOUN", NB, ("avec",), target_required=True)
L("060", "collaboration", "NOUN", NB, ("avec",), target_required=True)
L("060", "partenariat", "NOUN", NB, ("avec",), target_required=True)
L("060", "alliance", "NOUN", NB, ("avec",), target_required=True)
L("060", "allier", "VERB", S, ("avec", "à"), needs=("se", "s'"), target_required=True)
L("060", "associer", "VERB", S, ("avec", "à"), needs=("se", "s'"), target_required=True)
L("060", "projet commun", "NOUN", NB + ("de",), ("avec",), target_required=True)
_narrow("061", "060", ECON)
L("061", "investir", "VERB", S, ("dans", "en"), needs=("milliard", "million"), target_required=True)
_narrow("062", "060", MIL)
L("062", "exercice militaire", "NOUN", NB, ("avec",))
L("062", "exercice conjoint", "NOUN", NB, ("avec",))
L("062", "manœuvres", "NOUN", NB, ("avec",), target_required=True)
L("062", "patrouille conjointe", "NOUN", NB, ("avec",))
_narrow("063", "060", LEGAL)
L("063", "extrader", "VERB", S, ("vers", "à"), target_required=True)
L("063", "extradition", "NOUN", NS, ("vers",), target_required=True)
L("063", "entraide judiciaire", "NOUN", NB, ("avec",))
_narrow("064", "060", INTEL)
L("064", "partager", "VERB", S, ("avec",), needs=INTEL, target_required=True)

# 07 AID: material help
L("070", "aider", "VERB", S, O, needs=("financièrement", "militairement", "humanitaire", "aide", "matériellement"))
L("070", "aide", "NOUN", NS, ("à", "au", "aux"), needs=("humanitaire", "militaire", "financier", "financière",
                                                        "économique", "d'urgence", "urgence", "matériel"),
  target_required=True)
L("070", "venir en aide", "VERB", S, ("à", "iobj"))
L("070", "porter secours", "VERB", S, ("à", "iobj"))
L("070", "secourir", "VERB", S, O, target_required=True)
L("070", "fournir", "VERB", S, ("à", "iobj"), needs=AID_WORDS + WEAPONS + ("vaccin", "carburant"))
L("071", "financer", "VERB", S, O, needs=MONEY, target_required=True, unless=PAY)
L("071", "prêter", "VERB", S, ("à", "iobj"), needs=MONEY)
L("071", "verser", "VERB", S, ("à", "iobj"), needs=MONEY, unless=PAY)
L("071", "débloquer", "VERB", S, ("à", "pour", "iobj"), needs=MONEY, target_required=True, unless=PAY)
L("071", "prêt", "NOUN", NS, ("à", "au", "aux"), needs=MONEY + ("accorder", "octroyer"), target_required=True)
L("072", "livrer", "VERB", S, ("à", "iobj"), needs=WEAPONS + ("munition",))
L("072", "fournir", "VERB", S, ("à", "iobj"), needs=WEAPONS + ("munition",))
L("072", "armer", "VERB", S, O, target_required=True)
L("072", "livraison", "NOUN", NS, ("à", "au", "aux"), needs=WEAPONS + ("munition",), target_required=True)
L("073", "acheminer", "VERB", S, ("à", "vers", "iobj"), needs=HUMANITARIAN + ("aide",))
L("073", "livrer", "VERB", S, ("à", "iobj"), needs=HUMANITARIAN + ("aide", "vaccin"))
L("074", "protéger", "VERB", S, O, needs=TROOPS + ("casque", "escorte"), target_required=True)
L("074", "escorter", "VERB", S, O, target_required=True)
L("075", "accorder l'asile", "VERB", S, ("à", "iobj"))
L("075", "asile", "NOUN", NS, ("à", "au", "aux"), needs=("accorder", "octroyer", "offrir"), target_required=True)
L("075", "accueillir", "VERB", S, O, needs=("réfugié", "migrant", "demandeur", "exilé"), target_required=True)

# 08 CONCEDE: yield, ease restrictions, accede to demands
L("080", "céder", "VERB", S, ("à", "au", "aux", "iobj"), target_required=True)
L("080", "concession", "NOUN", NS, ("à", "au", "aux"), target_required=True)
L("080", "renoncer", "VERB", S, ("comp", "à"), needs=("projet", "réforme", "revendication", "exigence", "plan",
                                                     "candidature", "mesure", "prétention"))
L("081", "lever", "VERB", S, ("comp",), needs=("restriction", "interdiction", "mesure", "confinement", "quarantaine"))
L("081", "assouplir", "VERB", S, ("comp",))
L("081", "alléger", "VERB", S, ("comp",), needs=("restriction", "mesure", "contrôle", "condition"))
L("081", "autoriser", "VERB", S, O + ("à", "iobj"), unless=("dep:ccomp",), target_required=True)
_narrow("0811", "081", ("presse", "manifestation", "rassemblement", "expression", "média", "réunion"),
        only=("autoriser", "lever"))
L("0812", "légaliser", "VERB", S, O, needs=("parti", "mouvement", "opposition", "association"))
L("0812", "réhabiliter", "VERB", S, O, target_required=True)
L("0813", "lever", "VERB", S, ("comp",), needs=("couvre-feu",))
L("0814", "lever", "VERB", S, ("comp",), needs=("urgence", "martial", "martiale", "siège"))
L("082", "amnistier", "VERB", S, O, target_required=True)
L("082", "amnistie", "NOUN", NS, ("à", "pour"), target_required=True)
L("083", "accéder", "VERB", S, ("à",), needs=("demande", "revendication", "exigence", "requête"))
L("083", "satisfaire", "VERB", S, O, needs=("demande", "revendication", "exigence"))
L("083", "céder", "VERB", S, ("à", "au", "aux", "iobj"), needs=("pression", "revendication", "demande"))
L("0831", "démissionner", "VERB", S, (), type="RETREAT", mode="resign")
L("0831", "démission", "NOUN", ("poss", "of", "governor"), (), needs=("présenter", "remettre", "annoncer", "donner"),
  type="RETREAT", mode="resign")
L("0831", "quitter ses fonctions", "VERB", S, (), type="RETREAT", mode="resign")
L("0832", "retirer", "VERB", S, ("comp",), needs=("projet", "loi", "réforme", "texte", "décret", "amendement"))
L("0832", "abandonner", "VERB", S, ("comp",), needs=("projet", "loi", "réforme", "taxe", "mesure", "plan"))
L("0832", "suspendre", "VERB", S, ("comp",), needs=("réforme", "projet", "taxe", "hausse", "loi"))
L("0833", "accorder", "VERB", S, ("à", "iobj"), needs=RIGHTS + ("statut", "citoyenneté", "nationalité"))
L("0834", "accéder", "VERB", S, ("à",), needs=REGIME)

# 08 RETREAT: release, return, ease sanctions, allow access, ceasefire, disarm, withdraw
L("084", "restituer", "VERB", S, ("à", "iobj"))
L("0841", "libérer", "VERB", S, O, needs=("otage", "prisonnier", "détenu", "captif", "ressortissant", "militant",
                                         "opposant", "journaliste", "soldat", "personne"))
L("0841", "relâcher", "VERB", S, O)
L("0841", "remettre en liberté", "VERB", S, O)
L("0841", "libération", "NOUN", NS + ("agent",), ("de",), needs=("otage", "prisonnier", "détenu", "captif",
                                                                 "ressortissant", "obtenir"))
L("0842", "rendre", "VERB", S, ("à", "iobj"), needs=("territoire", "corps", "dépouille", "reste", "œuvre", "bien"),
  unless=("se", "s'", "compte", "hommage", "visite"))
L("0842", "restitution", "NOUN", NS, ("à", "au", "aux"), target_required=True)
L("085", "lever", "VERB", S, ("comp",), needs=("sanction", "embargo", "boycott", "gel"))
L("085", "alléger", "VERB", S, ("comp",), needs=("sanction", "embargo"))
L("085", "levée", "NOUN", NS, ("contre", "sur", "de"), needs=("sanction", "embargo"))
L("086", "autoriser", "VERB", S, O + ("à", "iobj"), needs=ACCESS)
L("0861", "accepter", "VERB", S, O + ("comp",), needs=("casque", "force de paix", "interposition"))
L("0862", "accueillir", "VERB", S, O, needs=("inspecteur", "observateur"))
L("0862", "autoriser", "VERB", S, O + ("à",), needs=("inspecteur", "observateur", "inspection"))
L("0863", "laisser passer", "VERB", S, O, needs=HUMANITARIAN + ("aide", "convoi"))
L("0863", "autoriser", "VERB", S, O + ("à",), needs=HUMANITARIAN + ("convoi",))
L("087", "désamorcer", "VERB", S, ("comp",), needs=("tension", "crise", "conflit", "escalade"))
L("087", "désescalade", "NOUN", NS, ("avec",))
L("0871", "cessez-le-feu", "NOUN", NB, ("avec",))
L("0871", "trêve", "NOUN", NB, ("avec",))
L("0871", "armistice", "NOUN", NB, ("avec",))
L("0871", "cesser le feu", "VERB", S, ())
L("0872", "lever", "VERB", S, ("comp",), needs=("blocus", "siège"))
L("0873", "désarmer", "VERB", S, O)
L("0873", "démobiliser", "VERB", S, O)
L("0873", "désarmement", "NOUN", NS, ("de",))
L("0873", "rendre les armes", "VERB", S, ())
L("0873", "déposer les armes", "VERB", S, ())
L("0874", "retirer", "VERB", S, ("de", "du", "comp"), needs=TROOPS, mode="withdraw")
L("0874", "retirer", "VERB", S, ("de", "du"), needs=("se", "s'"), mode="withdraw")
L("0874", "retrait", "NOUN", NS, ("de", "du"), needs=TROOPS, mode="withdraw")
L("0874", "capituler", "VERB", S, ())
L("0874", "capitulation", "NOUN", NS, ())
L("0874", "reddition", "NOUN", NS, ())
L("0874", "battre en retraite", "VERB", S, ())

# 09 ACCUSE/investigate
L("090", "enquêter", "VERB", S, ("sur",), target_required=True)
L("090", "enquête", "NOUN", NS, ("sur", "contre", "visant"), target_required=True)
L("090", "investigation", "NOUN", NS, ("sur", "contre"), target_required=True)
L("090", "perquisitionner", "VERB", S, O + ("chez",), target_required=True)
# "les autorités tentaient d'établir qui est à l'origine de l'attaque", "déterminer les circonstances": an
# inquiry into what happened names no target (about 47 in 5,000 OrangeSum articles)
for _verb in ("déterminer", "établir", "élucider", "éclaircir"):
    L("090", _verb, "VERB", S, ("sur",), needs=("circonstance", "cause", "origine", "responsabilité", "qui"))
L("090", "perquisition", "NOUN", NS, ("chez", "à"), target_required=True)
L("091", "enquêter", "VERB", S, ("sur",), needs=CRIME, target_required=True)
L("091", "enquête", "NOUN", NS, ("sur", "contre", "visant", "concernant"), needs=CRIME, target_required=True)
L("091", "mandat d'arrêt", "NOUN", NS, ("contre", "à", "visant"), target_required=True)
L("092", "enquête", "NOUN", NS, ("sur", "contre", "visant"), needs=HUMAN_RIGHTS, target_required=True)
L("093", "enquête", "NOUN", NS, ("sur", "contre", "visant"), needs=MILITARY_ACT, target_required=True)
L("094", "enquête", "NOUN", NS, ("sur", "contre", "visant"), needs=WAR_CRIMES, target_required=True)

# 10 REQUEST: ask, urge, demand, appeal
L("100", "exhorter", "VERB", S, O)
L("100", "demander", "VERB", S, ("iobj", "à", "comp_subj"), unless=("si", "se", "s'"))
L("100", "réclamer", "VERB", S, ("iobj", "à", "comp_subj"))
L("100", "exiger", "VERB", S, ("iobj", "de", "comp_subj"))
L("100", "appeler", "VERB", S, O + ("comp_subj",), needs=("à",))
L("100", "sommer", "VERB", S, O)
L("100", "enjoindre", "VERB", S, ("iobj", "à") + O)
L("100", "presser", "VERB", S, O, needs=("de", "d'"))
L("100", "implorer", "VERB", S, O)
L("100", "supplier", "VERB", S, O)
L("100", "solliciter", "VERB", S, ("iobj", "auprès", "à"), target_required=True)
L("100", "inviter", "VERB", S, O, needs=("dep:xcomp", "à"))
L("100", "demande", "NOUN", NS, ("à", "au", "aux", "auprès"))
L("100", "appel", "NOUN", NS, ("à", "au", "aux"), needs=("à", "au", "aux"))
L("100", "requête", "NOUN", NS, ("à", "au", "aux", "auprès"))
L("100", "exigence", "NOUN", NS, ("à", "au", "aux", "envers"))
L("100", "revendication", "NOUN", NS, ("à", "au", "aux", "envers"), target_required=True)
_narrow("101", "100", ("coopération", "coopérer", "collaboration", "collaborer"), only=("demander", "appeler"))
_narrow("1011", "100", ECON + ("coopération",), only=("demander",))
_narrow("1012", "100", MIL + ("coopération",), only=("demander",))
_narrow("1013", "100", LEGAL + ("extradition", "extrader"), only=("demander", "réclamer", "demande"))
_narrow("1014", "100", INTEL, only=("demander",))
_narrow("102", "100", ("soutien", "appui", "soutenir"), only=("demander", "appeler", "solliciter"))
_narrow("103", "100", AID_WORDS + ("secours",), only=("demander", "appeler", "réclamer", "solliciter", "appel"))
_narrow("1031", "100", ECON + MONEY, only=("demander", "réclamer", "solliciter"))
_narrow("1032", "100", WEAPONS + ("militaire",), only=("demander", "réclamer", "solliciter"))
_narrow("1033", "100", HUMANITARIAN, only=("demander", "appeler", "réclamer", "appel"))
_narrow("1034", "100", PEACEKEEPING + ("protéger",), only=("demander", "réclamer"))
_narrow("104", "100", REFORM, only=("demander", "réclamer", "exiger", "appeler"))
_narrow("1041", "100", LEADERSHIP, only=("demander", "réclamer", "exiger", "appeler"))
_narrow("1042", "100", POLICY, only=("demander", "réclamer", "exiger", "appeler", "demande"))
_narrow("1043", "100", RIGHTS, only=("demander", "réclamer", "exiger", "revendication"))
_narrow("1044", "100", REGIME, only=("demander", "réclamer", "exiger"))
_narrow("105", "100", ("concession", "céder", "plier"), only=("demander", "exiger", "sommer"))
_narrow("1051", "100", ("restriction", "assouplir", "assouplissement"), only=("demander", "réclamer"))
_narrow("1052", "100", ("apaisement", "amnistie"), only=("demander", "réclamer"))
_narrow("1053", "100", RELEASE, only=("demander", "réclamer", "exiger", "appeler", "demande", "appel"))
_narrow("1054", "100", SANCTIONS + ("levée",), only=("demander", "réclamer", "exiger", "appeler"))
_narrow("1055", "100", ACCESS, only=("demander", "réclamer", "exiger"))
_narrow("1056", "100", DEESCALATION, only=("demander", "réclamer", "exiger", "appeler", "exhorter", "appel"))
_narrow("106", "100", MEETING, only=("demander", "réclamer", "solliciter", "appeler", "demande", "appel"))
L("106", "rechercher", "VERB", S, ("avec", "auprès"), needs=MEETING)
_narrow("107", "100", SETTLEMENT, only=("demander", "appeler", "exhorter", "appel"))
_narrow("108", "100", MEDIATION, only=("demander", "solliciter", "appeler"))

# 11 ACCUSE: disapprove, criticise, denounce, accuse, complain, sue, find guilty
L("110", "désapprouver", "VERB", S, O)
L("110", "déplorer", "VERB", S, O, unless=("dep:ccomp",), target_required=True)
L("110", "inquiéter", "VERB", S, ("de", "comp_subj", "auprès"), needs=("se", "s'"), target_required=True)
L("110", "désaveu", "NOUN", NS, ("de", "envers"), target_required=True)
L("111", "critiquer", "VERB", S, O)
L("111", "critique", "NOUN", NS + ("de",), ("contre", "envers", "à"), target_required=True)
L("111", "foudres", "NOUN", ("of",), ("contre", "envers"), target_required=True)  # s'attirer les foudres de X
L("111", "dénoncer", "VERB", S, O, unless=("dep:ccomp",))
L("111", "condamner", "VERB", S, O)
L("111", "condamnation", "NOUN", NS, ("de",), target_required=True)
L("111", "fustiger", "VERB", S, O)
L("111", "blâmer", "VERB", S, O)
L("111", "épingler", "VERB", S, O)
L("111", "étriller", "VERB", S, O)
L("111", "tancer", "VERB", S, O)
L("111", "stigmatiser", "VERB", S, O)
L("111", "vilipender", "VERB", S, O)
L("111", "pourfendre", "VERB", S, O)
L("111", "accabler", "VERB", S, O)
L("111", "prendre à partie", "VERB", S, O)
L("111", "en prendre", "VERB", S, ("à",), needs=("s'", "se"))
L("111", "partir en guerre", "VERB", S, ("contre",))
L("111", "attaquer", "VERB", S, O, needs=("tweet", "débat", "discours", "propos", "déclaration", "interview",
                                          "entretien", "tribune", "politique", "bilan", "programme", "sur",
                                          "verbalement", "critique", "réseau", "plateau"))
L("112", "accuser", "VERB", S, O)
L("112", "accusation", "NOUN", NS, ("contre", "à", "envers"))
L("112", "reprocher", "VERB", S, ("iobj", "à"))
L("112", "mettre en cause", "VERB", S, O)
L("112", "incriminer", "VERB", S, O)
L("112", "imputer", "VERB", S, ("à", "iobj"), target_required=True)
L("1121", "accuser", "VERB", S, O, needs=CRIME)
L("1121", "inculper", "VERB", S, O, mode="allege")
L("1121", "mettre en examen", "VERB", S, O, mode="allege")
L("1121", "soupçonner", "VERB", S, O, needs=CRIME)
L("1122", "accuser", "VERB", S, O, needs=HUMAN_RIGHTS)
L("1123", "accuser", "VERB", S, O, needs=("agression", "invasion", "attaque", "provocation", "bombardement"))
L("1124", "accuser", "VERB", S, O, needs=WAR_CRIMES)
L("1125", "accuser", "VERB", S, O, needs=TREASON)
L("113", "pétition", "NOUN", NS, ("contre",), target_required=True)
L("113", "fronde", "NOUN", NS, ("contre",), target_required=True)
L("114", "convoquer", "VERB", S, O, needs=("ambassadeur", "chargé", "diplomate", "représentant"))
L("114", "plaindre", "VERB", S, ("de", "auprès"), needs=("se", "s'"), target_required=True)
L("140", "protestation", "NOUN", NS + ("clause",), ("contre",), needs=("signe", "en"))
L("114", "protestation", "NOUN", NS, ("contre", "auprès"), needs=("officiel", "officielle", "diplomatique", "note",
                                                                  "élever", "adresser"))
L("115", "porter plainte", "VERB", S, ("contre",))
L("115", "plainte", "NOUN", NS, ("contre",), target_required=True)
L("115", "attaquer en justice", "VERB", S, O)
L("115", "poursuivre en justice", "VERB", S, O)
L("115", "poursuivre", "VERB", S, O, needs=("justice", "judiciairement", "diffamation", "pénalement"))
L("115", "assigner", "VERB", S, O, needs=("justice", "tribunal", "référé"))
L("115", "procès", "NOUN", NS, ("contre",), needs=("intenter", "engager"), target_required=True)
L("116", "condamner", "VERB", S, O, needs=JAIL)
L("116", "condamnation", "NOUN", NS + ("agent",), ("de",), needs=JAIL, target_required=True)
L("116", "reconnaître coupable", "VERB", S, O)
L("116", "déclarer coupable", "VERB", S, O)

# 12 REJECT: refuse, reject, decline, oppose, defy, veto
L("120", "rejeter", "VERB", S, O + ("comp",), unless=NO_COMMENT)
L("120", "refuser", "VERB", S, O + ("comp",), unless=NO_COMMENT)
L("120", "opposer", "VERB", S, ("à", "au", "aux"), needs=("se", "s'"))
L("120", "refus", "NOUN", ("governor", "amod", "poss"), ("de", "à"))
L("120", "rejet", "NOUN", ("governor", "amod", "poss", "agent"), ("de",))
L("120", "fin de non-recevoir", "NOUN", NS, ("à",))
L("120", "défendre", "VERB", S, ("de",), needs=("en",), unless=("dep:obj",))  # "s'en est défendu": denied it
L("120", "récuser", "VERB", S, O, unless=("dep:ccomp",))
_narrow("121", "120", ("coopération", "coopérer", "collaboration"), only=("refuser", "rejeter"))
_narrow("1211", "120", ECON, only=("refuser",))
_narrow("1212", "120", MIL, only=("refuser",))
_narrow("1213", "120", LEGAL + ("extradition", "extrader"), only=("refuser", "rejeter"))
_narrow("1214", "120", INTEL, only=("refuser",))
_narrow("122", "120", AID_WORDS, only=("refuser", "rejeter"))
_narrow("1221", "120", ECON + MONEY, only=("refuser",))
_narrow("1222", "120", WEAPONS, only=("refuser",))
_narrow("1223", "120", HUMANITARIAN, only=("refuser",))
_narrow("1224", "120", PEACEKEEPING, only=("refuser",))
_narrow("123", "120", REFORM, only=("refuser", "rejeter"))
_narrow("1231", "120", LEADERSHIP, only=("refuser", "rejeter"))
_narrow("1232", "120", POLICY, only=("refuser", "rejeter"))
_narrow("1233", "120", RIGHTS, only=("refuser", "rejeter"))
_narrow("1234", "120", REGIME, only=("refuser", "rejeter"))
_narrow("124", "120", ("céder", "concession", "plier", "reculer"), only=("refuser",))
_narrow("1241", "120", ("restriction", "assouplir", "lever"), only=("refuser",))
_narrow("1242", "120", ("apaisement", "amnistie"), only=("refuser",))
_narrow("1243", "120", RELEASE, only=("refuser",))
_narrow("1244", "120", SANCTIONS, only=("refuser",))
_narrow("1245", "120", ACCESS, only=("refuser",))
_narrow("1246", "120", DEESCALATION, only=("refuser",))
_narrow("125", "120", MEETING + ("invitation",), only=("refuser", "rejeter", "refus"))
L("125", "décliner", "VERB", S, O, needs=("offre", "invitation"))
L("125", "ignorer", "VERB", S, O, needs=("appel", "demande", "invitation", "requête", "sollicitation"))
L("125", "rester sourd", "VERB", S, ("à",))
_narrow("126", "120", MEDIATION, only=("refuser", "rejeter"))
_narrow("127", "120", PLAN, only=("refuser", "rejeter", "rejet", "refus"))
L("127", "repousser", "VERB", S, O, needs=PLAN + ("demande", "appel"))
L("128", "défier", "VERB", S, O, target_required=True)
L("128", "bafouer", "VERB", S, O)
L("128", "violer", "VERB", S, O, needs=LAW, unless=("dep:nsubj:pass",))
L("128", "enfreindre", "VERB", S, O)
L("128", "braver", "VERB", S, O, needs=LAW)
L("128", "désobéir", "VERB", S, ("à", "iobj"))
L("129", "veto", "NOUN", NS, ("à", "contre"))
L("129", "bloquer", "VERB", S, O, needs=("résolution", "texte", "adoption", "nomination"))

# 13 THREATEN
L("130", "menacer", "VERB", S, O + ("comp", "cond"), unless=("dep:nsubj:pass",))
L("130", "menace", "NOUN", NS, ("contre", "cond", "à"))
L("130", "avertir", "VERB", S, O + ("comp", "cond"), target_required=True)
L("130", "mettre en garde", "VERB", S, O + ("contre",), target_required=True)
L("130", "intimider", "VERB", S, O)
L("130", "intimidation", "NOUN", NS, ("contre", "envers"), target_required=True)
L("131", "menacer", "VERB", S, O + ("comp", "cond"), needs=("poursuite", "procès", "plainte", "démission"))
L("1311", "menacer", "VERB", S, O + ("comp", "cond"), needs=("aide", "couper", "suspendre", "financement"))
L("1312", "menacer", "VERB", S, O + ("comp", "cond"), needs=SANCTIONS + ("taxe", "droit de douane"))
L("1313", "menacer", "VERB", S, O + ("comp", "cond"), needs=("rompre", "rupture", "relation"))
L("132", "menacer", "VERB", S, O + ("comp", "cond"), needs=("interdire", "interdiction", "dissoudre", "fermer"))
L("1321", "menacer", "VERB", S, O + ("comp", "cond"), needs=("censure", "censurer", "presse", "média"))
L("1322", "menacer", "VERB", S, O + ("comp", "cond"), needs=("parti", "opposition", "candidat"))
L("1323", "menacer", "VERB", S, O + ("comp", "cond"), needs=("couvre-feu",))
L("1324", "menacer", "VERB", S, O + ("comp", "cond"), needs=("urgence", "martial", "martiale"))
L("133", "menacer", "VERB", S, O + ("comp", "cond"), needs=STRIKE_WORDS)
L("133", "préavis", "NOUN", NS, ("contre",), needs=("grève",))
L("134", "menacer", "VERB", S, O + ("comp", "cond"), needs=("négociation", "pourparlers", "table", "dialogue"))
L("135", "menacer", "VERB", S, O + ("comp", "cond"), needs=MEDIATION)
L("136", "menacer", "VERB", S, O + ("comp", "cond"), needs=("expulser", "expulsion", "retirer", "retrait"))
L("137", "menacer", "VERB", S, O + ("comp", "cond"), needs=("répression", "réprimer", "écraser"))
L("138", "menacer", "VERB", S, O + ("comp", "cond"), needs=FORCE)
L("1381", "menacer", "VERB", S, O + ("comp", "cond"), needs=("blocus",))
L("1382", "menacer", "VERB", S, O + ("comp", "cond"), needs=("occuper", "envahir", "invasion", "annexer"))
L("1383", "menacer", "VERB", S, O + ("comp", "cond"), needs=("attentat", "terroriste", "kamikaze"))
L("1384", "menacer", "VERB", S, O + ("comp", "cond"), needs=("attaque", "frappe", "offensive", "bombarder"))
L("1385", "menacer", "VERB", S, O + ("comp", "cond"), needs=WMD)
L("139", "ultimatum", "NOUN", NS, ("à", "au", "aux"))

# 14 PROTEST: demonstrate, hunger strike, strike, boycott, block, riot
L("140", "contestation", "NOUN", NS, ("contre",), needs=("mouvement", "vague", "contre"))
L("140", "protester", "VERB", S, ("contre",), mode="demo")
L("141", "manifester", "VERB", S, ("contre",), unless=("dep:obj", "se", "s'"))
L("141", "manifestation", "NOUN", NS, ("contre",))
L("141", "défiler", "VERB", S, ("contre",), needs=("contre", "pour", "rue", "manifestant", "cortège"))
L("141", "rassemblement", "NOUN", NS, ("contre",), needs=("contre", "pour", "soutien", "manifestant", "appel"))
L("141", "rassembler", "VERB", S, ("contre",), needs=("se", "s'"), unless=("autour",))
L("141", "descendre dans la rue", "VERB", S, ("contre",))
L("141", "marche", "NOUN", NS, ("contre",), needs=("blanche", "contre", "pour", "manifestant", "silencieuse"))
L("141", "sit-in", "NOUN", NS, ("contre", "devant"))
L("141", "mobilisation", "NOUN", NS, ("contre",), needs=("contre", "manifestant", "syndicat", "appel"),
  unless=TROOPS)
_narrow("1411", "141", LEADERSHIP, only=("manifester", "manifestation"))
_narrow("1412", "141", POLICY + ("retraite", "réforme"), only=("manifester", "manifestation"))
_narrow("1413", "141", RIGHTS, only=("manifester", "manifestation"))
_narrow("1414", "141", REGIME, only=("manifester", "manifestation"))
L("142", "grève de la faim", "NOUN", NS, ("contre",))
L("142", "jeûne", "NOUN", NS, ("contre",), needs=("protestation", "contre", "entamer"))
_narrow("1421", "142", LEADERSHIP)
_narrow("1422", "142", POLICY)
_narrow("1423", "142", RIGHTS)
_narrow("1424", "142", REGIME)
L("143", "grève", "NOUN", NS, ("contre",), mode="strike", unless=("faim",))
L("143", "faire grève", "VERB", S, ("contre",), mode="strike")
L("143", "mettre en grève", "VERB", S, ("contre",), mode="strike")
L("143", "débrayer", "VERB", S, ("contre",), mode="strike")
L("143", "débrayage", "NOUN", NS, ("contre",), mode="strike")
L("143", "boycotter", "VERB", S, O)
L("143", "boycott", "NOUN", NS, ("de",))
_narrow("1431", "143", LEADERSHIP, only=("grève", "boycotter"))
_narrow("1432", "143", POLICY + ("salaire", "retraite", "réforme"), only=("grève", "boycotter"))
_narrow("1433", "143", RIGHTS, only=("grève", "boycotter"))
_narrow("1434", "143", REGIME, only=("grève", "boycotter"))
ROADS = ("route", "autoroute", "pont", "dépôt", "raffinerie", "rond-point", "port", "axe", "accès", "voie",
         "carrefour", "entrée", "gare", "aéroport", "site", "usine", "lycée", "université", "frontière")
L("144", "bloquer", "VERB", S, O, needs=ROADS, unless=FIGURATIVE["block"])
L("144", "blocage", "NOUN", NS, ("de",), needs=ROADS)
L("144", "barrage filtrant", "NOUN", NS, ("de", "sur"))
L("144", "barrage routier", "NOUN", NS, ("de", "sur"))
L("144", "occuper", "VERB", S, O, needs=("usine", "site", "rond-point", "université", "lycée", "place", "locaux",
                                          "siège", "amphithéâtre", "bâtiment", "mairie"))
_narrow("1441", "144", LEADERSHIP)
_narrow("1442", "144", POLICY)
_narrow("1443", "144", RIGHTS)
_narrow("1444", "144", REGIME)
L("145", "émeute", "NOUN", NS, ("contre",))
L("145", "émeutier", "NOUN", (), (), needs=("s'en prendre", "attaquer", "incendier", "piller"))
L("145", "violences urbaines", "NOUN", NS, ("contre",))
L("145", "piller", "VERB", S, O, target_required=True)
L("145", "saccager", "VERB", S, O, target_required=True)
_narrow("1451", "145", LEADERSHIP, only=("émeute",))
_narrow("1452", "145", POLICY, only=("émeute",))
_narrow("1453", "145", RIGHTS, only=("émeute",))
_narrow("1454", "145", REGIME, only=("émeute",))

# 15 MOBILIZE: show or build up force; a missile launch or test is MOBILIZE/weapons (PLOVER manual)
MISSILES = ("missile", "fusée", "balistique", "nucléaire", "ogive")
L("150", "lancer", "VERB", S, ("vers",), needs=MISSILES, unless=("sur", "contre"), mode="weapons")
L("150", "tirer", "VERB", S, ("vers",), needs=MISSILES, unless=("sur", "contre"), mode="weapons")
L("150", "tester", "VERB", S, (), needs=MISSILES, mode="weapons")
L("150", "essai", "NOUN", NS, (), needs=MISSILES, mode="weapons")
L("150", "tir", "NOUN", NS, ("vers",), needs=MISSILES, unless=("sur", "contre"), mode="weapons")
L("150", "lancement", "NOUN", NS, ("vers",), needs=MISSILES, mode="weapons")
L("150", "procéder", "VERB", S, (), needs=MISSILES, mode="weapons")
L("150", "démonstration de force", "NOUN", NS, ("contre", "face"))
L("150", "parade militaire", "NOUN", NS, ())
L("151", "alerte", "NOUN", NS, (), needs=("police", "état", "vigilance", "maximal", "renforcée"))
L("152", "alerte", "NOUN", NS, (), needs=("armée", "militaire", "troupe", "force"))
L("153", "déployer", "VERB", S, ("contre", "vers", "à"), needs=POLICE, mode="police")
L("153", "mobiliser", "VERB", S, ("contre", "vers"), needs=POLICE, mode="police")
L("153", "renforcer", "VERB", S, (), needs=("policier", "gendarme", "effectif", "dispositif", "sécurité"),
  mode="police")
L("154", "mobiliser", "VERB", S, ("contre", "vers"), needs=TROOPS)
L("154", "déployer", "VERB", S, ("contre", "vers", "à"), needs=TROOPS)
L("154", "masser", "VERB", S, ("à", "contre", "vers"), needs=TROOPS)
L("154", "envoyer", "VERB", S, ("contre", "vers", "à", "en"), needs=("soldat", "troupe", "renfort", "militaire",
                                                                    "contingent", "navire", "porte-avions"))
L("154", "dépêcher", "VERB", S, ("contre", "vers", "à", "en"), needs=TROOPS)
L("154", "accumulation", "NOUN", NS, ("à", "vers", "contre"), needs=TROOPS)
L("154", "déploiement", "NOUN", NS, ("à", "vers", "contre", "en"), needs=TROOPS)
L("154", "renforts", "NOUN", NS, ("à", "vers", "contre"))
L("154", "mobilisation", "NOUN", NS, ("contre",), needs=TROOPS + ("réserviste", "générale"))

# 16 SANCTION: reduce relations, stop aid, sanctions, halt talks, expel
L("160", "geler", "VERB", S, ("avec", "comp"), needs=("relation", "coopération", "contact", "lien"))
L("161", "rompre", "VERB", S, ("avec", "comp"), needs=("relation", "lien", "avec"))
L("161", "rupture", "NOUN", NS, ("avec",), needs=("relation", "diplomatique", "lien"))
L("161", "rappeler", "VERB", S, ("comp",), needs=("ambassadeur",))
L("161", "fermer", "VERB", S, ("comp",), needs=("ambassade", "consulat"))
L("162", "suspendre", "VERB", S, ("avec", "à", "comp"), needs=AID_WORDS + ("relation", "coopération", "vol"))
L("162", "couper", "VERB", S, ("à", "comp"), needs=AID_WORDS + ("vivres",))
L("162", "geler", "VERB", S, ("à", "comp"), needs=AID_WORDS)
for _verb in ("suspendre", "couper", "geler"):
    L("1621", _verb, "VERB", S, ("à", "comp"), needs=("financement", "prêt", "crédit", "subvention", "budgétaire"))
    L("1622", _verb, "VERB", S, ("à", "comp"), needs=("livraison", "munition", "armement", "militaire"))
    L("1623", _verb, "VERB", S, ("à", "comp"), needs=HUMANITARIAN)
L("163", "sanctionner", "VERB", S, O)
L("163", "sanction", "NOUN", NS, ("contre", "à", "visant"))
L("163", "embargo", "NOUN", NS, ("contre", "sur"))
L("163", "geler", "VERB", S, ("comp",), needs=("avoir", "actif", "bien", "compte"))
L("164", "suspendre", "VERB", S, ("avec", "comp"), needs=("négociation", "pourparlers", "discussion", "dialogue"))
L("164", "quitter la table", "VERB", S, ())
L("164", "claquer la porte", "VERB", S, ("de",))
L("165", "suspendre", "VERB", S, ("comp",), needs=MEDIATION)
L("166", "expulser", "VERB", S, O, needs=("diplomate", "ambassadeur", "diplomates", "consul"))
L("166", "expulsion", "NOUN", NS, ("de",), needs=("diplomate", "ambassadeur", "consul"))
L("166", "déclarer persona non grata", "VERB", S, O)
L("1661", "expulser", "VERB", S, O, needs=("casque", "force de paix", "soldat"))
L("1662", "expulser", "VERB", S, O, needs=("inspecteur", "observateur"))
L("1663", "expulser", "VERB", S, O, needs=("ong", "humanitaire", "agence"))

# 17 COERCE: seize, restrict, ban, curfew, emergency, arrest, deport, blockade, occupy
L("170", "contraindre", "VERB", S, O, needs=("dep:xcomp", "à"), target_required=True)
L("170", "réprimer", "VERB", S, O, target_required=True)
L("170", "répression", "NOUN", NSA, ("contre", "de"))
L("170", "pirater", "VERB", S, O, mode="cyber")
L("170", "cyberattaque", "NOUN", NSA, ("contre",), mode="cyber")
L("170", "forcer", "VERB", S, O, needs=("dep:xcomp", "à"), target_required=True)
L("171", "saisir", "VERB", S, O, needs=PROPERTY, unless=("justice", "tribunal", "cour", "conseil", "occasion"))
L("1711", "confisquer", "VERB", S, O)
L("1711", "confiscation", "NOUN", NSA, ("de",))
L("1711", "saisie", "NOUN", NSA, ("de",), needs=PROPERTY)
L("1711", "exproprier", "VERB", S, O)
L("1712", "détruire", "VERB", S, O, needs=("maison", "bâtiment", "village", "édifice", "immeuble", "habitation",
                                           "infrastructure", "récolte", "véhicule"))
L("1712", "incendier", "VERB", S, O, target_required=True)
L("1712", "mettre le feu", "VERB", S, ("à",))
L("1712", "raser", "VERB", S, O, needs=("maison", "village", "bâtiment", "quartier"))
L("1712", "dynamiter", "VERB", S, O)
L("1712", "vandaliser", "VERB", S, O)
L("1712", "dégrader", "VERB", S, O, needs=("bâtiment", "façade", "monument", "local", "permanence"))
L("172", "interdire", "VERB", S, ("iobj", "à", "comp"))
L("172", "interdiction", "NOUN", NS, ("à", "de"), needs=("prononcer", "imposer", "décréter", "frapper"))
L("172", "suspendre", "VERB", S, O, needs=("fonction", "poste", "activité", "licence", "mandat", "agrément"))
L("172", "limoger", "VERB", S, O)
L("172", "révoquer", "VERB", S, O, target_required=True)
L("1721", "censurer", "VERB", S, O)
L("1721", "censure", "NOUN", NS, ("de",), needs=("presse", "média", "journal", "internet"))
L("1721", "bâillonner", "VERB", S, O)
L("1722", "dissoudre", "VERB", S, O, needs=("parti", "mouvement", "association", "groupe", "organisation"))
L("1722", "interdire", "VERB", S, O, needs=("parti", "mouvement", "association", "candidat", "opposition"))
L("1722", "dissolution", "NOUN", NS, ("de",), needs=("parti", "mouvement", "association", "groupe"))
L("1723", "couvre-feu", "NOUN", NS, ("à", "en", "dans"))
L("1724", "état d'urgence", "NOUN", NS, ("à", "en", "dans"), needs=("décréter", "proclamer", "instaurer"))
L("1724", "loi martiale", "NOUN", NS, ("à", "en", "dans"))
L("1724", "état de siège", "NOUN", NS, ("à", "en", "dans"))
L("173", "arrêter", "VERB", S, O, unless=("de", "d'", "dep:xcomp", "se", "s'", "voiture", "véhicule", "moteur",
                                          "train", "traitement", "chiffre", "date", "liste", "décision", "choix",
                                          "position", "stratégie", "programme", "production", "activité"),
  target_required=True)
L("173", "interpeller", "VERB", S, O, unless=("sur", "question", "au sujet"))
L("173", "interpellation", "NOUN", NSA, ("de",))
L("173", "placer en garde à vue", "VERB", S, O)
L("173", "mettre en garde à vue", "VERB", S, O)
L("173", "garde à vue", "NOUN", NSA, ("de",), needs=("placer", "mettre", "en"))
L("173", "placer en détention", "VERB", S, O)
L("173", "écrouer", "VERB", S, O)
L("173", "incarcérer", "VERB", S, O)
L("173", "emprisonner", "VERB", S, O)
L("173", "appréhender", "VERB", S, O, needs=("suspect", "homme", "femme", "individu", "personne", "auteur",
                                              "police", "policier", "gendarme"))
L("173", "capturer", "VERB", S, O, target_required=True)
L("173", "détenir", "VERB", S, O, needs=("otage", "prisonnier", "personne", "ressortissant", "militant",
                                         "journaliste", "opposant"))
L("173", "arrestation", "NOUN", NSA, ("de",))
L("173", "emmener", "VERB", S, O, needs=("police", "policier", "autorité", "force", "agent", "gendarme"),
  target_required=True)
L("174", "expulser", "VERB", S, O)
L("174", "expulsion", "NOUN", NSA, ("de",))
L("174", "reconduire à la frontière", "VERB", S, O)
L("174", "éloigner", "VERB", S, O, needs=("territoire", "pays", "frontière"))
L("174", "déporter", "VERB", S, O)
L("174", "déportation", "NOUN", NSA, ("de",))
L("174", "extrader", "VERB", S, O, needs=("vers", "expulser"))
L("191", "blocus", "NOUN", NS, ("contre", "de", "sur"))
L("191", "boucler", "VERB", S, O, needs=("quartier", "ville", "zone", "frontière", "secteur"))
L("191", "assiéger", "VERB", S, O)
L("192", "occuper", "VERB", S, O, needs=("territoire", "région", "ville", "armée", "troupes", "zone", "village"))
L("192", "annexer", "VERB", S, O)
L("192", "annexion", "NOUN", NSA, ("de",))
L("192", "occupation", "NOUN", NSA, ("de",), needs=("militaire", "armée", "territoire"))

# 18 ASSAULT: unconventional violence
L("180", "attaque", "NOUN", NSA, ("contre",))
L("180", "attentat", "NOUN", NSA, ("contre",), mode="explosives")
L("180", "agression", "NOUN", NSA, ("contre", "sur", "de"))
L("180", "commettre", "VERB", S, ("contre",), needs=("attentat", "attaque", "agression", "meurtre", "crime"))
L("181", "enlever", "VERB", S, O, needs=("otage", "enfant", "personne", "journaliste", "humanitaire", "touriste",
                                         "fille", "garçon", "femme", "homme"))
L("181", "kidnapper", "VERB", S, O)
L("181", "séquestrer", "VERB", S, O)
L("181", "prendre en otage", "VERB", S, O, unless=FIGURATIVE["hostage"])
L("181", "prise d'otages", "NOUN", NSA, ("à", "dans"))
L("181", "enlèvement", "NOUN", NSA, ("de",))
L("181", "détourner", "VERB", S, O, needs=("avion", "appareil", "navire", "bus", "vol"))
L("182", "agresser", "VERB", S, O)
L("182", "frapper", "VERB", S, O, unless=("dep:ccomp",) + FIGURATIVE["violence"],
  needs=("coup", "poing", "matraque", "violemment", "pied", "couteau", "bâton", "frapper"))
L("182", "tabasser", "VERB", S, O)
L("182", "passer à tabac", "VERB", S, O)
L("182", "rouer de coups", "VERB", S, O)
L("182", "coups de couteau", "NOUN", NSA, ("à",))
L("182", "poignarder", "VERB", S, O)
L("182", "molester", "VERB", S, O)
L("182", "violenter", "VERB", S, O)
L("182", "blesser", "VERB", S, O, unless=("dep:nsubj:pass",), needs=("couteau", "balle", "arme", "coup", "tir"))
L("1821", "violer", "VERB", S, O)
L("1821", "viol", "NOUN", NSA, ("sur", "de"), target_required=True)
L("1821", "agresser sexuellement", "VERB", S, O)
L("1821", "agression sexuelle", "NOUN", NSA, ("sur", "contre"))
L("1822", "torturer", "VERB", S, O)
L("1822", "torture", "NOUN", NSA, ("sur", "contre"), needs=("acte", "pratiquer", "infliger", "commettre"))
L("1822", "actes de torture", "NOUN", NSA, ("sur", "contre"))
L("1823", "tuer", "VERB", S, O, unless=FIGURATIVE["violence"])
L("1823", "assassiner", "VERB", S, O)
L("1823", "abattre", "VERB", S, O, unless=("dep:xcomp",) + FIGURATIVE["violence"], target_required=True)
L("1823", "égorger", "VERB", S, O)
L("1823", "étrangler", "VERB", S, O)
L("1823", "meurtre", "NOUN", NSA, ("de",))
L("1823", "lyncher", "VERB", S, O)
L("183", "faire exploser", "VERB", S, O)
L("183", "explosion", "NOUN", NSA, ("contre",), needs=("revendiquer", "commettre", "kamikaze", "piégé"))
L("1831", "attentat-suicide", "NOUN", NSA, ("contre",))
L("1831", "kamikaze", "NOUN", NSA, ("contre",), needs=("attentat", "attaque", "faire exploser"))
L("1832", "voiture piégée", "NOUN", NSA, ("contre",))
L("1833", "engin explosif", "NOUN", NSA, ("contre",))
L("184", "bouclier humain", "NOUN", NSA, ())
L("185", "tentative d'assassinat", "NOUN", NSA, ("contre",))
L("185", "attenter", "VERB", S, ("à",), needs=("vie", "jour"))
L("186", "assassiner", "VERB", S, O)
L("186", "assassinat", "NOUN", NSA, ("de",))
L("175", "réprimer", "VERB", S, O, needs=("violemment", "sang", "balle", "gaz", "force"), target_required=True)
L("175", "répression", "NOUN", NSA, ("contre", "de"), needs=("sanglant", "sanglante", "violent", "violente",
                                                               "brutal", "brutale"))
L("201", "expulsion massive", "NOUN", NSA, ("de",))

# 19 ASSAULT: conventional military force
L("190", "attaquer", "VERB", S, O, unless=("justice",) + FIGURATIVE["violence"], target_required=True)
L("190", "offensive", "NOUN", NSA, ("contre", "sur"), unless=FIGURATIVE["campaign"])
L("190", "envahir", "VERB", S, O)
L("190", "invasion", "NOUN", ("amod", "governor", "poss", "par"), ("de", "du"))
L("190", "guerre", "NOUN", NB, ("contre", "à"), needs=("contre", "entre", "faire", "livrer", "déclarer", "mener"),
  unless=FIGURATIVE["war"])
L("190", "combattre", "VERB", S, O, target_required=True, unless=("maladie", "pauvreté", "chômage", "fraude",
                                                                  "inflation", "épidémie", "idée", "préjugé"))
L("190", "affrontement", "NOUN", NB, ("avec", "contre"), target_required=True)
L("190", "affronter", "VERB", S, O, needs=("arme", "armée", "militaire", "force", "rebelle", "soldat", "police",
                                           "policier", "manifestant"), target_required=True)
L("190", "riposter", "VERB", S, ("contre", "à"), needs=("militairement", "frappe", "tir"))
L("190", "massacrer", "VERB", S, O, mode="massacre")
L("193", "tirer", "VERB", S, ("sur",), target_required=True, unless=FIGURATIVE["violence"] + ("profit", "parti"))
L("193", "fusillade", "NOUN", NSA, ("contre",))
L("193", "ouvrir le feu", "VERB", S, ("sur", "contre"))
L("193", "mitrailler", "VERB", S, O)
L("193", "tir", "NOUN", NSA, ("sur", "contre"), needs=("sur", "contre", "procéder", "essuyer"),
  unless=MISSILES)
L("194", "pilonner", "VERB", S, O)
L("194", "bombarder", "VERB", S, O)
L("194", "bombardement", "NOUN", NSA, ("de", "contre", "sur"))
L("194", "tirer", "VERB", S, ("sur", "contre"), needs=("obus", "roquette", "artillerie", "mortier", "missile"))
L("194", "lancer", "VERB", S, ("sur", "contre"), needs=("obus", "roquette", "missile", "bombe", "grenade"))
L("195", "frappe", "NOUN", NSA, ("contre", "sur"), needs=("aérien", "aérienne", "drone", "missile", "contre", "sur"))
L("195", "raid", "NOUN", NSA, ("contre", "sur"), needs=("aérien", "aérienne", "contre", "sur", "israélien"))
L("195", "frapper", "VERB", S, O, needs=("drone", "missile", "aviation", "frappe", "aérien", "aérienne"))
L("196", "violer", "VERB", S, O, needs=("cessez-le-feu", "trêve"))
L("196", "violation", "NOUN", NS, ("de",), needs=("cessez-le-feu", "trêve"))

# 20 ASSAULT: unconventional mass violence
L("200", "massacre", "NOUN", NSA, ("de", "contre"))
L("202", "génocide", "NOUN", NSA, ("contre", "de"))
L("202", "tuerie", "NOUN", NSA, ("contre",))
L("202", "exterminer", "VERB", S, O)
L("203", "nettoyage ethnique", "NOUN", NSA, ("contre", "de"))
L("204", "arme de destruction massive", "NOUN", NSA, ("contre",), needs=("utiliser", "employer", "recourir"))
L("2041", "arme chimique", "NOUN", NSA, ("contre",), needs=("utiliser", "employer", "recourir", "attaque"))
L("2041", "attaque chimique", "NOUN", NSA, ("contre",))
L("2042", "bombe atomique", "NOUN", NSA, ("contre", "sur"), needs=("lancer", "larguer", "utiliser"))
L("2042", "frappe nucléaire", "NOUN", NSA, ("contre", "sur"))

TRIGGERS_BY_CAMEO: dict[str, tuple[EventTrigger, ...]] = {code: tuple(lines) for code, lines in LINES.items()}



def _order(lines: dict[str, tuple[EventTrigger, ...]]) -> tuple[EventTrigger, ...]:
    """Narrow readings (a ``needs``) before general ones; among them a four-digit code before its
    three-digit parent; otherwise the order of the codes and of their lines."""
    flat = [(not t.needs, -len(code), n, t) for n, (code, t) in
            enumerate((code, t) for code in lines for t in lines[code])]
    return tuple(x[3] for x in sorted(flat, key=lambda x: x[:3]))


# --- verb forms the lemmatizer misses --------------------------------------------------------------
# fr_core_news reads some forms of a verb with a wrong lemma ("demande" VERB lemmatized "demande",
# "convenu" as "convenu"): each verb line also matches the regular forms of its first word.
def _forms_of(verb: str) -> tuple[str, ...]:
    """Third-person, participle and infinitive-stem forms of a regular first- or second-group verb."""
    if verb.endswith("er") and len(verb) > 3:
        stem = verb[:-2]
        strong = [stem]  # the stem under stress: lève, cède, appelle, jette
        if stem.endswith(("el", "et")) and verb in ("appeler", "rappeler", "jeter", "interpeller"):
            strong = [stem + stem[-1]]
        elif len(stem) > 2 and stem[-2] in "eé" and stem[-1] not in "aeiouyé":
            strong = [stem[:-2] + "è" + stem[-1]]
        soft = stem + ("e" if stem.endswith("g") else "")  # mangeait
        c = stem[:-1] + "ç" if stem.endswith("c") else stem  # menaçait
        forms = [x + e for x in strong for e in ("e", "ent", "era", "eront", "erait", "eraient")]
        forms += [stem + e for e in ("é", "ée", "és", "ées", "ons")]
        forms += [(c if c != stem else soft) + e for e in ("ait", "aient", "ant")]
        return tuple(dict.fromkeys(f for f in forms if f != verb))
    if verb.endswith("ir") and len(verb) > 4 and verb not in ("venir", "tenir", "partir", "sortir", "mourir",
                                                                "ouvrir", "offrir", "couvrir", "servir"):
        stem = verb[:-2]
        return tuple(stem + e for e in ("it", "issent", "i", "ie", "is", "ies", "issait", "issaient", "ira",
                                        "iront", "irait", "iraient", "issant"))
    return ()


def _with_forms(lines: tuple[EventTrigger, ...]) -> tuple[EventTrigger, ...]:
    out: list[EventTrigger] = []
    for line in lines:
        out.append(line)
        if line.pos == "VERB":
            first, _, rest = line.lemma.partition(" ")
            out.extend(replace(line, lemma=f"{form} {rest}".strip()) for form in _forms_of(first))
    return tuple(out)


TRIGGERS: tuple[EventTrigger, ...] = _with_forms(_order(TRIGGERS_BY_CAMEO))


def coverage() -> dict[str, tuple[int, int]]:
    """PLOVER type (the project's reading of the table, ``cameo.plover``) -> (CAMEO codes mapping to it,
    codes among them with French lines)."""
    out: dict[str, list[int]] = {}
    for code in table():
        row = out.setdefault(plover(code)[0], [0, 0])
        row[0] += 1
        row[1] += bool(TRIGGERS_BY_CAMEO.get(code))
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}
