"""Event grammar and modes (fr). The trigger lexicon itself is ``fr_cameo.py``: French verbs, nouns and
locutions keyed by CAMEO code, typed through the CAMEO-to-PLOVER table; ``TRIGGERS`` here is its flat,
ordered form (narrow readings first), which ``fr.py`` gives the language data.
"""
from . import EventGrammar, EventTrigger as T
from .fr_cameo import TRIGGERS as _CAMEO_TRIGGERS

# the trigger lines are keyed by CAMEO code in fr_cameo.py; this is their flat, ordered lexicon
TRIGGERS: tuple[T, ...] = _CAMEO_TRIGGERS

# word -> (event type, PLOVER mode), for modes told by a nearby word ("au téléphone" -> phone)
MODES: dict[str, tuple[str, str]] = {
    "téléphone": ("CONSULT", "phone"), "téléphonique": ("CONSULT", "phone"), "visioconférence": ("CONSULT", "phone"),
    "vidéo": ("CONSULT", "phone"), "visite": ("CONSULT", "visit"), "sommet": ("CONSULT", "multilateral"),
    "soldat": ("MOBILIZE", "troops"), "soldats": ("MOBILIZE", "troops"), "troupe": ("MOBILIZE", "troops"),
    "troupes": ("MOBILIZE", "troops"), "militaire": ("MOBILIZE", "troops"), "militaires": ("MOBILIZE", "troops"),
    "réserviste": ("MOBILIZE", "troops"), "armée": ("MOBILIZE", "troops"),
    "policier": ("MOBILIZE", "police"), "policiers": ("MOBILIZE", "police"), "gendarme": ("MOBILIZE", "police"),
    "gendarmes": ("MOBILIZE", "police"), "police": ("MOBILIZE", "police"),
    "milice": ("MOBILIZE", "militia"), "miliciens": ("MOBILIZE", "militia"),
    "missile": ("MOBILIZE", "weapons"), "missiles": ("MOBILIZE", "weapons"), "arme": ("MOBILIZE", "weapons"),
    "armes": ("MOBILIZE", "weapons"), "char": ("MOBILIZE", "weapons"),
    "balle": ("ASSAULT", "firearms"), "fusillade": ("ASSAULT", "firearms"), "arme à feu": ("ASSAULT", "firearms"),
    "bombe": ("ASSAULT", "explosives"), "explosif": ("ASSAULT", "explosives"), "drone": ("ASSAULT", "drone"),
    "aérien": ("ASSAULT", "aerial"), "aérienne": ("ASSAULT", "aerial"), "artillerie": ("ASSAULT", "heavy-weapons"),
    "roquette": ("ASSAULT", "heavy-weapons"), "couteau": ("ASSAULT", "beat"),
    "faim": ("PROTEST", "hunger"), "grève": ("PROTEST", "strike"), "boycott": ("PROTEST", "boycott"),
    "diplomate": ("SANCTION", "expel"), "diplomates": ("SANCTION", "expel"),
    "prison": ("SANCTION", "convict"),
    "otage": ("RETREAT", "release"), "otages": ("RETREAT", "release"), "prisonnier": ("RETREAT", "release"),
    "prisonniers": ("RETREAT", "release"),
}

GRAMMAR = EventGrammar(
    light_verbs=frozenset("""faire mener organiser tenir avoir lancer imposer infliger décréter adopter prendre
        appliquer déclencher engager entamer poursuivre reprendre annoncer décider réitérer répéter renouveler
        exprimer apporter accorder multiplier conduire commettre perpétrer revendiquer ordonner formuler
        adresser lancer brandir proférer émettre exercer intensifier durcir renforcer voter approuver
        déposer porter ouvrir conclure signer organiser participer effectuer rendre""".split()),
    genitive=frozenset({"de", "d'", "du", "des", "par"}),
    agent_preps=frozenset({"par"}),
    between=frozenset({"entre"}),
    condition_marks=frozenset({"si", "s'", "sinon", "faute"}),
    negating_marks=frozenset({"sans"}),
    future_aux=frozenset(),
    future_endings=("rai", "ras", "ra", "rons", "rez", "ront"),
    power_modals=frozenset({"pouvoir", "devoir"}),
    conditional_past_alleges=True,
    modal_hypothetical=frozenset({"pourrait", "pourraient", "devrait", "devraient", "pourra", "pourront"}),
    today_words=frozenset({"aujourd'hui", "ce jour"}),
    actor_pronouns=frozenset({"il", "elle", "ils", "elles"}),
    object_clitics=frozenset({"le", "la", "l'", "l’", "lui"}),
    threat_condition_marks=frozenset({"moins", "sinon", "faute"}),
    purpose_marks=frozenset({"pour", "afin"}),
    contractions={"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de"},
    # a future act keeps its type and is hypothetical (design/EVENTS.md; "Theresa May rencontrera Angela Merkel"
    # is CONSULT, hypothetical), not recoded as a promise or a threat
    promise_types=frozenset(),
    threat_types=frozenset(),
    undergo_nouns=frozenset({"objet", "cible", "victime"}),
    bare_genitive_classifies=True,
    undergo_verbs=frozenset({"attirer", "essuyer", "subir", "encourir", "endurer"}),
    pair_nouns=frozenset({"couple", "duo", "tandem", "binôme"}),
    pair_numbers=frozenset({"deux"}),
    involvement_words=frozenset({"impliquer", "impliqué", "participer", "mêler", "mêlé", "auteur", "autrice",
                                 "responsable", "coupable", "commanditaire", "instigateur", "organisateur"}),
    default_agents={"SANCTION/convict": ("cour", "tribunal", "juridiction", "juge"),
                    "COERCE/arrest": ("police", "gendarmerie", "gendarme", "policier", "enquêteur", "douane",
                                      "douanier", "forces de l'ordre")},
)
