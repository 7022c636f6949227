"""French agent nouns -> Phoenix agent codes: the unnamed actors of French news (``la police``, ``des
manifestants``, ``les forces de l'ordre``, ``les gendarmes``, ``l'armée``) as CAMEO agent roles.

Each line gives the Phoenix code and the English agent entry of ``Phoenix.agents.txt`` (PETRARCH2,
openeventdata/petrarch2 at 676801cd, MIT) it translates, so a line can be checked against that file (the
entries the file writes as stems, MINISTR, UNION_, STRIK, are given whole here):
``"policier": ("COP", "POLICEMAN")`` stands for ``POLICE!PERSON! [~COP]``. Keys are lemmas (lowercase,
singular; several words for a locution), read on the head noun of an actor phrase or on the whole phrase.
A country prefix comes from the phrase (``la police française`` -> FRACOP) or from the place of the event;
that is the actor stage's business, not this table's.
"""
from __future__ import annotations

AGENTS: dict[str, tuple[str, str]] = {
    # police and justice
    "police": ("COP", "POLICE"), "policier": ("COP", "POLICE!PERSON!"), "policière": ("COP", "POLICE!PERSON!"),
    "gendarme": ("COP", "POLICE!PERSON!"), "gendarmerie": ("COP", "POLICE_FORCE"), "crs": ("COP", "POLICE_FORCE"),
    "forces de l'ordre": ("COP", "POLICE_FORCE"), "force de l'ordre": ("COP", "POLICE_FORCE"),
    "forces de sécurité": ("COP", "SECURITY_FORCE"), "commissaire": ("COP", "POLICE_COMMISSIONER"),
    "enquêteur": ("COP", "POLICE_OFFICER"), "douane": ("GOV", "CUSTOMS_OFFICIAL"), "douanier": ("GOV", "CUSTOMS_OFFICIAL"),
    "juge": ("JUD", "JUDGE"), "magistrat": ("JUD", "JUDGE"), "tribunal": ("JUD", "COURT"), "cour": ("JUD", "COURT"),
    "cour d'assises": ("JUD", "COURT"), "cour d'appel": ("JUD", "COURT_OF_APPEALS"), "justice": ("JUD", "COURT"),
    "procureur": ("JUD", "PROSECUTOR"), "parquet": ("JUD", "PROSECUTOR"), "avocat": ("JUD", "LAWYER"),
    # armed forces
    "armée": ("MIL", "ARMY"), "soldat": ("MIL", "SOLDIER"), "militaire": ("MIL", "SOLDIER"), "troupe": ("MIL", "TROOP"),
    "forces armées": ("MIL", "ARMED_FORCES"), "état-major": ("MILGOV", "ARMY_CHIEF_OF_STAFF"),
    "marine": ("MIL", "NAVY"), "aviation": ("MIL", "AIR_FORCE"), "armée de l'air": ("MIL", "AIR_FORCE"),
    "militaires": ("MIL", "SOLDIER"), "casque bleu": ("IGO", "PEACEKEEPING_TROOPS"),
    "renseignement": ("SPY", "INTELLIGENCE"), "services de renseignement": ("SPY", "INTELLIGENCE"),
    "espion": ("SPY", "SPY"),
    # armed non-state
    "rebelle": ("REB", "REBEL"), "insurgé": ("REB", "INSURGENT"), "milicien": ("UAF", "MILITIA"),
    "milice": ("UAF", "MILITIA"), "djihadiste": ("UAFMUS", "JIHADIST"), "jihadiste": ("UAFMUS", "JIHADIST"),
    "terroriste": ("UAF", "TERRORIST"), "assaillant": ("UAF", "ASSAILANT"), "combattant": ("UAF", "MILITANT"),
    "groupe armé": ("UAF", "ARMED_GROUP"), "hommes armés": ("UAF", "GUNMEN"), "homme armé": ("UAF", "GUNMEN"),
    # government and legislature
    "gouvernement": ("GOV", "GOVERNMENT"), "autorités": ("GOV", "AUTHORITY"), "autorité": ("GOV", "AUTHORITY"),
    "ministre": ("GOV", "MINISTER"), "ministère": ("GOV", "MINISTRY"), "diplomate": ("GOV", "DIPLOMAT"),
    "ambassadeur": ("GOV", "AMBASSADOR"), "ambassade": ("GOV", "EMBASSY"), "maire": ("GOV", "MAYOR"),
    "préfet": ("GOV", "GOVERNOR"), "préfecture": ("GOV", "GOVERNOR"), "exécutif": ("GOV", "GOVERNMENT"),
    "parlement": ("LEG", "PARLIAMENT"), "député": ("LEG", "LAWMAKER"), "sénateur": ("LEG", "SENATOR"),
    "assemblée nationale": ("LEG", "PARLIAMENT"), "sénat": ("LEG", "SENATE"), "élu": ("LEG", "LAWMAKER"),
    # opposition and civil society
    "manifestant": ("OPP", "PROTESTER"), "protestataire": ("OPP", "PROTESTER"), "opposant": ("OPP", "OPPOSITION_ACTIVIST"),
    "opposition": ("OPP", "OPPOSITION_ACTIVIST"), "militant": ("OPP", "ACTIVIST"), "activiste": ("OPP", "ACTIVIST"),
    "dissident": ("OPP", "DISSIDENT"), "gilet jaune": ("OPP", "PROTESTER"), "gréviste": ("LAB", "STRIKER"),
    "syndicat": ("LAB", "UNION"), "syndicaliste": ("LAB", "UNION"), "ouvrier": ("LAB", "WORKER"),
    "salarié": ("LAB", "EMPLOYEE"), "travailleur": ("LAB", "WORKER"), "cheminot": ("LAB", "WORKER"),
    "agriculteur": ("AGR", "FARMER"), "paysan": ("AGR", "FARMER"), "éleveur": ("AGR", "FARMER"),
    "étudiant": ("EDU", "STUDENT"), "élève": ("EDU", "STUDENT"), "lycéen": ("EDU", "STUDENT"),
    "enseignant": ("EDU", "TEACHER"), "professeur": ("EDU", "TEACHER"), "université": ("EDU", "UNIVERSITY"),
    "journaliste": ("MED", "JOURNALIST"), "reporter": ("MED", "REPORTER"), "médias": ("MED", "MEDIA"),
    "médecin": ("HLH", "DOCTOR"), "infirmier": ("HLH", "NURSE"), "infirmière": ("HLH", "NURSE"),
    "hôpital": ("HLH", "HOSPITAL"), "ong": ("NGO", "NGO"), "organisation": ("NGO", "NGO"), "association": ("NGO", "ASSOCIATION"),
    "réfugié": ("REF", "REFUGEE"), "migrant": ("CVL", "MIGRANT"), "civil": ("CVL", "CIVILIAN"),
    "habitant": ("CVL", "RESIDENT"), "riverain": ("CVL", "RESIDENT"), "villageois": ("CVL", "VILLAGER"),
    "électeur": ("CVL", "VOTER"), "population": ("CVL", "CIVILIAN"),
    "prêtre": ("REL", "PRIEST"), "pasteur": ("CHRPRO", "PROTESTANT_MISSIONARY"), "évêque": ("CHR", "BISHOP"),
    "imam": ("MUS", "IMAM"), "rabbin": ("JEW", "RABBI"),
    # business and crime
    "entreprise": ("BUS", "COMPANY"), "société": ("BUS", "COMPANY"), "groupe": ("BUS", "COMPANY"),
    "patron": ("BUS", "BUSINESSPERSON"), "patronat": ("BUS", "BUSINESS"), "banque": ("BUS", "BUSINESS"),
    "criminel": ("CRM", "CRIMINAL"), "délinquant": ("CRM", "CRIMINAL"), "gang": ("CRM", "GANG"),
    "trafiquant": ("CRM", "SMUGGLER"), "passeur": ("CRM", "SMUGGLER"), "pirate": ("CRM", "PIRATE"),
    "suspect": ("CRM", "CRIMINAL"), "agresseur": ("CRM", "ASSAILANT"), "meurtrier": ("CRM", "CRIMINAL"),
    "voleur": ("CRM", "THIEF"), "détenu": ("OPP", "DETAINEE"), "prisonnier": ("OPP", "DETAINEE"),
}


def agent(noun: str) -> tuple[str, str] | None:
    """(Phoenix agent code, English agent word) of a French agent noun or locution, or None."""
    return AGENTS.get(" ".join(noun.lower().replace("’", "'").split()))
