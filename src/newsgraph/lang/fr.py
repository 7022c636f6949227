"""French language data."""
from . import LanguageData, with_referents
from . import fr_referents
from .fr_cameo import TRIGGERS as _EVENT_TRIGGERS
from .fr_events import MODES as _EVENT_MODES
from .world import SOCIAL_NETWORKS

_SPEECH = """
affirmer ajouter annoncer appeler assurer avertir avouer confier confirmer conclure considérer
constater critiquer déclarer démentir dénoncer dire écrire estimer expliquer exhorter expliciter
indiquer insister informer juger marteler menacer mentionner nier noter observer
plaider préciser prévenir proclamer promettre raconter rappeler reconnaître regretter réitérer
relever répéter répliquer répondre réagir réclamer revendiquer rétorquer signaler souligner
soutenir suggérer témoigner tweeter twitter déplorer admettre accuser alerter annoncer assener
clamer commenter certifier concéder déplorer détailler évoquer exiger fustiger glisser lâcher
martèler objecter poursuivre protester rapporter reprocher résumer révéler saluer soupirer
s'exclamer exclamer s'inquiéter inquiéter demander avancer réaffirmer stipuler prétendre
jurer confesser dévoiler communiquer certifier s'insurger insurger garantir mettre_en_garde
qualifier condamner rejeter pointer féliciter imputer attribuer interroger exprimer prôner défendre
proposer refuser inviter encourager tancer alarmer étonner réjouir remarquer assumer nuancer
tempérer ironiser agacer emporter tonner fulminer préconiser recommander implorer supplier prédire
pronostiquer réfuter récuser contester épingler dénier réclamer plaider interpeller rassurer
""".split()

_ATTITUDE = """penser croire espérer craindre vouloir souhaiter savoir douter imaginer
supposer redouter""".split()



def _third_person_forms(lemmas) -> frozenset[str]:
    """Present and imperfect third-person forms of the -er speech verbs: note, estiment, ajoutait."""
    forms = set()
    for lemma in lemmas:
        if lemma.endswith("er") and " " not in lemma and "'" not in lemma:
            stem = lemma[:-2]
            forms |= {stem + "e", stem + "ent", stem + "ait", stem + "aient"}
    return frozenset(forms)


DATA = LanguageData(
    code="fr",
    name="French",
    spacy_models=("fr_core_news_md",),
    quote_pairs={
        "«": ("»",),
        "“": ("”", "„"),
        "„": ("“", "”"),
        "‹": ("›",),
        '"': ('"', "”"),
    },
    speech_verbs=frozenset(v.replace("_", " ") for v in _SPEECH),
    attitude_verbs=frozenset(_ATTITUDE),
    according_to=(("selon",), ("d'", "après"), ("d’", "après"), ("d'après",), ("d’après",),
                  ("aux", "yeux", "de"), ("aux", "yeux", "du"), ("aux", "yeux", "des"),
                  ("de", "l'", "avis", "de"), ("de", "l’", "avis", "de")),
    first_names="fr_first_names.tsv",  # INSEE's first names (lang/data/README.md)
    honorifics={"m.": "m", "m": "m", "mme": "f", "mme.": "f", "mlle": "f", "mlle.": "f",
                "monsieur": "m", "madame": "f", "mademoiselle": "f", "me": "n", "me.": "n",
                "dr": "n", "dr.": "n", "docteur": "n", "pr": "n", "pr.": "n", "mgr": "m", "mgr.": "m"},
    pronouns={"il": "m", "elle": "f", "ils": "p", "elles": "p", "-il": "m", "-elle": "f",
              "-t-il": "m", "-t-elle": "f", "-ils": "p", "-elles": "p",
              "lui": "m", "eux": "p"},  # "selon lui", "d'après eux"
    demonstrative_pronouns={"celui-ci": "m", "celle-ci": "f", "ceux-ci": "p", "celles-ci": "p",
                            "celui-là": "m", "celle-là": "f"},
    determiners_f=frozenset({"la", "une", "cette", "sa", "l'", "l’"}),
    determiners_m=frozenset({"le", "un", "ce", "cet", "son", "du", "au"}),
    role_nouns=frozenset("""président présidente ministre premier porte-parole porte-parole chef cheffe
        leader dirigeant dirigeante directeur directrice secrétaire procureur procureure
        maire gouverneur gouverneure ambassadeur ambassadrice conseiller conseillère député
        députée sénateur sénatrice avocat avocate juge commissaire général générale
        chancelier chancelière roi reine prince princesse pape patron patronne
        responsable représentant représentante adjoint adjointe diplomate négociateur
        entraîneur sélectionneur préfet préfète candidat candidate fondateur fondatrice
        vice-président vice-présidente p.-d.g. pdg ceo capitaine électricien électricienne
        commandant colonel lieutenant sergent émir cheikh vizir monarque souverain""".split()),
    head_of_state_roles=frozenset({"président", "présidente", "leader", "dirigeant", "chef",
                                   "premier ministre", "chancelier", "chancelière", "roi", "reine",
                                   "homologue", "numéro un", "maître"}),
    demonyms={
        "russe": "RUS", "russes": "RUS", "américain": "USA", "américaine": "USA", "américains": "USA",
        "américaines": "USA", "étasunien": "USA", "ukrainien": "UKR", "ukrainienne": "UKR",
        "ukrainiens": "UKR", "ukrainiennes": "UKR", "français": "FRA", "française": "FRA",
        "françaises": "FRA", "allemand": "DEU", "allemande": "DEU", "allemands": "DEU",
        "allemandes": "DEU", "britannique": "GBR", "britanniques": "GBR", "anglais": "GBR",
        "chinois": "CHN", "chinoise": "CHN", "chinoises": "CHN", "japonais": "JPN", "japonaise": "JPN",
        "italien": "ITA", "italienne": "ITA", "italiens": "ITA", "espagnol": "ESP", "espagnole": "ESP",
        "espagnols": "ESP", "suisse": "CHE", "suisses": "CHE", "belge": "BEL", "belges": "BEL",
        "canadien": "CAN", "canadienne": "CAN", "canadiens": "CAN", "québécois": "CAN",
        "québécoise": "CAN", "marocain": "MAR", "marocaine": "MAR", "marocains": "MAR",
        "algérien": "DZA", "algérienne": "DZA", "algériens": "DZA", "tunisien": "TUN",
        "tunisienne": "TUN", "iranien": "IRN", "iranienne": "IRN", "iraniens": "IRN",
        "irakien": "IRQ", "irakienne": "IRQ", "syrien": "SYR", "syrienne": "SYR", "syriens": "SYR",
        "turc": "TUR", "turque": "TUR", "turcs": "TUR", "israélien": "ISR", "israélienne": "ISR",
        "israéliens": "ISR", "palestinien": "PSE", "palestinienne": "PSE", "palestiniens": "PSE",
        "libanais": "LBN", "libanaise": "LBN", "égyptien": "EGY", "égyptienne": "EGY",
        "saoudien": "SAU", "saoudienne": "SAU", "indien": "IND", "indienne": "IND",
        "pakistanais": "PAK", "afghan": "AFG", "afghane": "AFG", "brésilien": "BRA",
        "brésilienne": "BRA", "mexicain": "MEX", "mexicaine": "MEX", "argentin": "ARG",
        "vénézuélien": "VEN", "vénézuélienne": "VEN", "cubain": "CUB", "cubaine": "CUB",
        "polonais": "POL", "polonaise": "POL", "hongrois": "HUN", "hongroise": "HUN",
        "grec": "GRC", "grecque": "GRC", "portugais": "PRT", "portugaise": "PRT",
        "néerlandais": "NLD", "néerlandaise": "NLD", "suédois": "SWE", "suédoise": "SWE",
        "norvégien": "NOR", "danois": "DNK", "finlandais": "FIN", "autrichien": "AUT",
        "autrichienne": "AUT", "biélorusse": "BLR", "géorgien": "GEO", "géorgienne": "GEO",
        "nord-coréen": "PRK", "nord-coréenne": "PRK", "sud-coréen": "KOR", "sud-coréenne": "KOR",
        "australien": "AUS", "australienne": "AUS", "sénégalais": "SEN", "malien": "MLI",
        "malienne": "MLI", "nigérian": "NGA", "éthiopien": "ETH", "sud-africain": "ZAF",
        "sud-africaine": "ZAF", "irlandais": "IRL", "irlandaise": "IRL", "luxembourgeois": "LUX",
        "qatari": "QAT", "qatarie": "QAT", "émirati": "ARE", "jordanien": "JOR", "libyen": "LBY",
        "libyenne": "LBY", "soudanais": "SDN", "yéménite": "YEM", "congolais": "COD",
        "rwandais": "RWA", "ivoirien": "CIV", "ivoirienne": "CIV", "camerounais": "CMR",
        "haïtien": "HTI", "colombien": "COL", "chilien": "CHL", "péruvien": "PER",
        "arménien": "ARM", "azerbaïdjanais": "AZE", "kazakh": "KAZ", "vietnamien": "VNM",
        "thaïlandais": "THA", "indonésien": "IDN", "philippin": "PHL", "taïwanais": "TWN",
        "tchèque": "CZE", "slovaque": "SVK", "roumain": "ROU", "roumaine": "ROU",
        "bulgare": "BGR", "serbe": "SRB", "croate": "HRV", "moldave": "MDA", "lituanien": "LTU",
        "letton": "LVA", "estonien": "EST",
    },
    country_names={
        "états-unis": "USA", "etats-unis": "USA", "usa": "USA", "amérique": "USA",
        "russie": "RUS", "royaume-uni": "GBR", "grande-bretagne": "GBR", "angleterre": "GBR",
        "chine": "CHN", "corée du nord": "PRK", "corée du sud": "KOR", "iran": "IRN",
        "syrie": "SYR", "vietnam": "VNM", "viêt nam": "VNM", "taïwan": "TWN", "taiwan": "TWN",
        "palestine": "PSE", "bolivie": "BOL", "venezuela": "VEN", "tanzanie": "TZA",
        "moldavie": "MDA", "laos": "LAO", "république tchèque": "CZE", "tchéquie": "CZE",
        "pays-bas": "NLD", "hollande": "NLD", "émirats arabes unis": "ARE", "turquie": "TUR",
        "hexagone": "FRA",  # "dans l'Hexagone": the press's name for metropolitan France
        "macédoine du nord": "MKD", "côte d'ivoire": "CIV", "côte d’ivoire": "CIV",
        "rdc": "COD", "république démocratique du congo": "COD", "congo": "COG",
        "biélorussie": "BLR", "bélarus": "BLR", "kosovo": "XKX", "micronésie": "FSM",
        "vatican": "VAT", "saint-siège": "VAT",
    },
    org_aliases={
        "otan": ("org:nato", "NATO", None), "l'otan": ("org:nato", "NATO", None),
        "onu": ("org:un", "United Nations", None), "nations unies": ("org:un", "United Nations", None),
        "organisation des nations unies": ("org:un", "United Nations", None),
        "ue": ("org:eu", "European Union", None), "union européenne": ("org:eu", "European Union", None),
        "commission européenne": ("org:european-commission", "European Commission", None),
        "parlement européen": ("org:european-parliament", "European Parliament", None),
        "osce": ("org:osce", "Organization for Security and Co-operation in Europe", None),
        "organisation pour la sécurité et la coopération en europe":
            ("org:osce", "Organization for Security and Co-operation in Europe", None),
        "conseil otan-russie": ("org:nato-russia-council", "NATO-Russia Council", None),
        "oms": ("org:who", "World Health Organization", None),
        "organisation mondiale de la santé": ("org:who", "World Health Organization", None),
        "fmi": ("org:imf", "International Monetary Fund", None),
        "fonds monétaire international": ("org:imf", "International Monetary Fund", None),
        "banque mondiale": ("org:world-bank", "World Bank", None),
        "bce": ("org:ecb", "European Central Bank", None),
        "banque centrale européenne": ("org:ecb", "European Central Bank", None),
        "omc": ("org:wto", "World Trade Organization", None),
        "unesco": ("org:unesco", "UNESCO", None), "unicef": ("org:unicef", "UNICEF", None),
        "cio": ("org:ioc", "International Olympic Committee", None),
        "fifa": ("org:fifa", "FIFA", None), "uefa": ("org:uefa", "UEFA", None),
        "afp": ("org:afp", "Agence France-Presse", "FRA"),
        "agence france-presse": ("org:afp", "Agence France-Presse", "FRA"),
        "reuters": ("org:reuters", "Reuters", "GBR"),
        "bbc": ("org:bbc", "BBC", "GBR"),
        "cnn": ("org:cnn", "CNN", "USA"),
        "union africaine": ("org:african-union", "African Union", None),
        "ligue arabe": ("org:arab-league", "Arab League", None),
        # French parties whose names NER misses or splits; not the names other countries' parties share
        # (les Républicains, Rassemblement national des indépendants)
        "la république en marche": ("org:lrem", "La République en marche", "FRA"),
        "république en marche": ("org:lrem", "La République en marche", "FRA"),
        "lrem": ("org:lrem", "La République en marche", "FRA"), "larem": ("org:lrem", "La République en marche", "FRA"),
        "parti socialiste": ("org:ps", "Parti socialiste", "FRA"),
        "la france insoumise": ("org:lfi", "La France insoumise", "FRA"), "lfi": ("org:lfi", "La France insoumise", "FRA"),
        "europe écologie-les verts": ("org:eelv", "Europe Écologie Les Verts", "FRA"),
        "eelv": ("org:eelv", "Europe Écologie Les Verts", "FRA"),
        "parti communiste français": ("org:pcf", "Parti communiste français", "FRA"),
        "g7": ("org:g7", "G7", None), "g20": ("org:g20", "G20", None),
        "opep": ("org:opec", "OPEC", None),
        "hamas": ("org:hamas", "Hamas", "PSE"), "hezbollah": ("org:hezbollah", "Hezbollah", "LBN"),
        "etat islamique": ("org:isis", "Islamic State", None), "état islamique": ("org:isis", "Islamic State", None),
        "daech": ("org:isis", "Islamic State", None), "daesh": ("org:isis", "Islamic State", None),
        "fbi": ("org:fbi", "FBI", "USA"), "cia": ("org:cia", "CIA", "USA"),
        **SOCIAL_NETWORKS,
        "sncf": ("org:sncf", "SNCF", "FRA"), "psg": ("org:psg", "Paris Saint-Germain", "FRA"),
        "paris saint-germain": ("org:psg", "Paris Saint-Germain", "FRA"),
        "le parisien": ("org:le-parisien", "Le Parisien", "FRA"), "le monde": ("org:le-monde", "Le Monde", "FRA"),
        "le figaro": ("org:le-figaro", "Le Figaro", "FRA"), "libération": ("org:liberation", "Libération", "FRA"),
        "les echos": ("org:les-echos", "Les Echos", "FRA"), "le point": ("org:le-point", "Le Point", "FRA"),
        "l'express": ("org:l-express", "L'Express", "FRA"), "l'obs": ("org:l-obs", "L'Obs", "FRA"),
        "ouest-france": ("org:ouest-france", "Ouest-France", "FRA"), "bfmtv": ("org:bfmtv", "BFMTV", "FRA"),
        "franceinfo": ("org:franceinfo", "franceinfo", "FRA"), "france info": ("org:franceinfo", "franceinfo", "FRA"), "mediapart": ("org:mediapart", "Mediapart", "FRA"),
        "le journal du dimanche": ("org:jdd", "Le Journal du dimanche", "FRA"), "jdd": ("org:jdd", "Le Journal du dimanche", "FRA"),
        "l'equipe": ("org:l-equipe", "L'Équipe", "FRA"), "l'équipe": ("org:l-equipe", "L'Équipe", "FRA"),
        "le soir": ("org:le-soir", "Le Soir", "BEL"), "le devoir": ("org:le-devoir", "Le Devoir", "CAN"),
        "la presse": ("org:la-presse", "La Presse", "CAN"), "new york times": ("org:nyt", "The New York Times", "USA"),
        "washington post": ("org:washington-post", "The Washington Post", "USA"),
    },
    metonyms={
        "kremlin": ("org:kremlin", "Kremlin", "RUS"),
        "maison blanche": ("org:white-house", "White House", "USA"),
        "maison-blanche": ("org:white-house", "White House", "USA"),
        "pentagone": ("org:pentagon", "Pentagon", "USA"),
        "département d'état": ("org:us-state-department", "US State Department", "USA"),
        "département d’état": ("org:us-state-department", "US State Department", "USA"),
        "élysée": ("org:elysee", "Élysée", "FRA"), "elysée": ("org:elysee", "Élysée", "FRA"),
        "matignon": ("org:matignon", "Matignon", "FRA"),
        "quai d'orsay": ("org:quai-d-orsay", "Quai d'Orsay", "FRA"),
        "quai d’orsay": ("org:quai-d-orsay", "Quai d'Orsay", "FRA"),
        "downing street": ("org:downing-street", "Downing Street", "GBR"),
        "bercy": ("org:bercy", "French Ministry of the Economy", "FRA"),
        "beauvau": ("org:beauvau", "French Ministry of the Interior", "FRA"),
        "place beauvau": ("org:beauvau", "French Ministry of the Interior", "FRA"),
        "zhongnanhai": ("org:zhongnanhai", "Zhongnanhai", "CHN"),
        "knesset": ("org:knesset", "Knesset", "ISR"),
        "bundestag": ("org:bundestag", "Bundestag", "DEU"),
        "congrès": ("org:us-congress", "US Congress", "USA"),
        "sénat": ("org:senate", "Senate", None),
        "assemblée nationale": ("org:fr-national-assembly", "National Assembly", "FRA"),
    },
    cities={
        "moscou": ("RUS", "Moscow"), "washington": ("USA", "Washington"), "paris": ("FRA", "Paris"),
        "londres": ("GBR", "London"), "berlin": ("DEU", "Berlin"), "pékin": ("CHN", "Beijing"),
        "kiev": ("UKR", "Kyiv"), "kyiv": ("UKR", "Kyiv"), "kiïv": ("UKR", "Kyiv"),
        "rome": ("ITA", "Rome"), "madrid": ("ESP", "Madrid"), "bruxelles": ("BEL", "Brussels"),
        "genève": ("CHE", "Geneva"), "berne": ("CHE", "Bern"), "zurich": ("CHE", "Zurich"),
        "lausanne": ("CHE", "Lausanne"), "tokyo": ("JPN", "Tokyo"), "téhéran": ("IRN", "Tehran"),
        "damas": ("SYR", "Damascus"), "ankara": ("TUR", "Ankara"), "istanbul": ("TUR", "Istanbul"),
        "jérusalem": ("ISR", "Jerusalem"), "tel-aviv": ("ISR", "Tel Aviv"), "tel aviv": ("ISR", "Tel Aviv"),
        "le caire": ("EGY", "Cairo"), "riyad": ("SAU", "Riyadh"), "bagdad": ("IRQ", "Baghdad"),
        "beyrouth": ("LBN", "Beirut"), "alger": ("DZA", "Algiers"), "rabat": ("MAR", "Rabat"),
        "casablanca": ("MAR", "Casablanca"), "tunis": ("TUN", "Tunis"), "dakar": ("SEN", "Dakar"),
        "ottawa": ("CAN", "Ottawa"), "montréal": ("CAN", "Montreal"), "québec": ("CAN", "Quebec"),
        "new york": ("USA", "New York"), "los angeles": ("USA", "Los Angeles"),
        "pyongyang": ("PRK", "Pyongyang"), "séoul": ("KOR", "Seoul"), "new delhi": ("IND", "New Delhi"),
        "islamabad": ("PAK", "Islamabad"), "kaboul": ("AFG", "Kabul"), "minsk": ("BLR", "Minsk"),
        "varsovie": ("POL", "Warsaw"), "vienne": ("AUT", "Vienna"), "athènes": ("GRC", "Athens"),
        "lisbonne": ("PRT", "Lisbon"), "amsterdam": ("NLD", "Amsterdam"), "la haye": ("NLD", "The Hague"),
        "stockholm": ("SWE", "Stockholm"), "oslo": ("NOR", "Oslo"), "copenhague": ("DNK", "Copenhagen"),
        "helsinki": ("FIN", "Helsinki"), "budapest": ("HUN", "Budapest"), "prague": ("CZE", "Prague"),
        "bucarest": ("ROU", "Bucharest"), "tbilissi": ("GEO", "Tbilisi"), "erevan": ("ARM", "Yerevan"),
        "bakou": ("AZE", "Baku"), "doha": ("QAT", "Doha"), "abou dhabi": ("ARE", "Abu Dhabi"),
        "dubaï": ("ARE", "Dubai"), "brasilia": ("BRA", "Brasília"), "buenos aires": ("ARG", "Buenos Aires"),
        "mexico": ("MEX", "Mexico City"), "la havane": ("CUB", "Havana"), "caracas": ("VEN", "Caracas"),
        "marseille": ("FRA", "Marseille"), "lyon": ("FRA", "Lyon"), "toulouse": ("FRA", "Toulouse"),
        "nice": ("FRA", "Nice"), "nantes": ("FRA", "Nantes"), "strasbourg": ("FRA", "Strasbourg"),
        "bordeaux": ("FRA", "Bordeaux"), "lille": ("FRA", "Lille"), "toulon": ("FRA", "Toulon"),
        "rennes": ("FRA", "Rennes"), "montpellier": ("FRA", "Montpellier"), "grenoble": ("FRA", "Grenoble"),
        "liège": ("BEL", "Liège"), "namur": ("BEL", "Namur"), "charleroi": ("BEL", "Charleroi"),
        "anvers": ("BEL", "Antwerp"), "gand": ("BEL", "Ghent"), "sotchi": ("RUS", "Sochi"),
        "saint-pétersbourg": ("RUS", "Saint Petersburg"), "donetsk": ("UKR", "Donetsk"),
        "louhansk": ("UKR", "Luhansk"), "kharkiv": ("UKR", "Kharkiv"), "marioupol": ("UKR", "Mariupol"),
        "odessa": ("UKR", "Odesa"), "gaza": ("PSE", "Gaza"), "hong kong": ("CHN", "Hong Kong"),
    },
    capital_cities=frozenset(['abou dhabi', 'alger', 'ankara', 'athènes', 'bagdad', 'bakou', 'berlin', 'berne', 'beyrouth', 'brasilia', 'bruxelles', 'bucarest', 'budapest', 'buenos aires', 'caracas', 'copenhague', 'dakar', 'damas', 'doha', 'erevan', 'helsinki', 'islamabad', 'jérusalem', 'kaboul', 'kiev', 'kiïv', 'kyiv', 'la havane', 'la haye', 'le caire', 'lisbonne', 'londres', 'madrid', 'minsk', 'moscou', 'new delhi', 'oslo', 'ottawa', 'paris', 'prague', 'pyongyang', 'pékin', 'rabat', 'riyad', 'rome', 'stockholm', 'séoul', 'tbilissi', 'tokyo', 'tunis', 'téhéran', 'varsovie', 'vienne', 'washington']),
    regions={
        "crimée": ("UKR", "Crimea"), "donbass": ("UKR", "Donbas"), "donbas": ("UKR", "Donbas"),
        "cisjordanie": ("PSE", "West Bank"), "bande de gaza": ("PSE", "Gaza Strip"),
        "kurdistan": ("IRQ", "Kurdistan"), "catalogne": ("ESP", "Catalonia"), "corse": ("FRA", "Corsica"),
        "bretagne": ("FRA", "Brittany"), "normandie": ("FRA", "Normandy"), "alsace": ("FRA", "Alsace"),
        "île-de-france": ("FRA", "Île-de-France"), "wallonie": ("BEL", "Wallonia"),
        "flandre": ("BEL", "Flanders"), "bavière": ("DEU", "Bavaria"), "écosse": ("GBR", "Scotland"),
        "pays de galles": ("GBR", "Wales"), "sibérie": ("RUS", "Siberia"), "tchétchénie": ("RUS", "Chechnya"),
        "xinjiang": ("CHN", "Xinjiang"), "tibet": ("CHN", "Tibet"), "californie": ("USA", "California"),
        "floride": ("USA", "Florida"), "texas": ("USA", "Texas"), "caroline du nord": ("USA", "North Carolina"),
        "haut-karabakh": ("AZE", "Nagorno-Karabakh"), "bouches-du-rhône": ("FRA", "Bouches-du-Rhône"),
    },
    locative_prepositions=frozenset({"à", "en", "dans", "vers", "depuis", "sur", "près", "au", "aux"}),
    unnamed_speakers=frozenset("""source sources témoin témoins responsable responsables porte-parole
        communiqué manifestant manifestants habitant habitants expert experts enquêteur enquêteurs
        proche proches officiel officiels diplomate diplomates médecin médecins policier policiers
        syndicat syndicats avocat avocats gouvernement ministère parquet procureur préfecture
        police gendarmerie entourage militant militants analyste analystes observateur
        observateurs élu élus client clients salarié salariés employé employés victime victimes
        famille autorités autorité dirigeants dirigeant étude rapport sondage opposition majorité
        accusation défense gauche droite presse justice armée direction municipalité mairie conseil cour
        tribunal guide chercheur chercheuse scientifique historien historienne spécialiste économiste
        juriste habitante riverain riverains commerçant commerçants agriculteur agriculteurs élève élèves
        étudiant étudiants parent parents enseignant enseignants patient patients médecin""".split()),
    approximators=(("environ",), ("près", "de"), ("près", "d'"), ("près", "d’"), ("plus", "de"),
                   ("plus", "d'"), ("plus", "d’"), ("moins", "de"), ("moins", "d'"), ("moins", "d’"),
                   ("quelque",), ("quelques",), ("presque",), ("approximativement",), ("au", "moins"),
                   ("autour", "de"), ("autour", "d'"), ("autour", "d’"), ("jusqu'à",), ("jusqu’à",),
                   ("une", "centaine"), ("un", "millier"), ("quasiment",), ("pratiquement",),
                   ("une", "dizaine"), ("une", "vingtaine"), ("une", "trentaine"), ("une", "quarantaine"),
                   ("une", "cinquantaine"), ("une", "soixantaine"), ("une", "quinzaine"),
                   ("aux", "alentours", "de"), ("aux", "alentours", "d'"), ("pas", "moins", "de")),
    number_words={
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
        "soixante": 60, "cent": 100, "cents": 100, "mille": 1000, "dizaine": 10, "douzaine": 12,
        "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
        "centaine": 100, "centaines": 100, "millier": 1000, "milliers": 1000,
        "vingts": 20, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90, "soixantaine": 60,
        "dizaines": 10, "douzaines": 12, "vingtaines": 20,
    },
    multipliers={"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
                 "mds": 1e9, "md": 1e9, "mln": 1e6, "k": 1e3},
    month_names={"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
                 "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
                 "décembre": 12, "decembre": 12, "janv.": 1, "févr.": 2, "avr.": 4, "juil.": 7,
                 "oct.": 10, "nov.": 11, "déc.": 12},
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    # phrase -> rule; the rules and the {n} / {weekday} / {month} placeholders: extract/dates.py
    relative_dates={
        "aujourd'hui": "today", "aujourd’hui": "today", "hier": "yesterday", "avant-hier": "day_before",
        "demain": "tomorrow", "après-demain": "day_after",
        "ce matin": "today", "cet après-midi": "today", "ce soir": "today", "cette nuit": "today",
        "ce mois-ci": "this_month", "début du mois": "this_month", "fin du mois": "this_month",
        "mi-mois": "this_month", "le mois dernier": "last_month", "le mois prochain": "next_month",
        "mois dernier": "last_month", "mois prochain": "next_month",
        "plus tôt ce mois-ci": "this_month", "plus tard ce mois-ci": "this_month",
        "le mois passé": "last_month", "ce mois": "this_month",
        "cette année": "this_year", "l'année dernière": "last_year", "l’année dernière": "last_year",
        "l'an dernier": "last_year", "l’an dernier": "last_year", "l'année prochaine": "next_year",
        "l’année prochaine": "next_year", "l'an prochain": "next_year", "l’an prochain": "next_year",
        "l'an passé": "last_year", "l'année passée": "last_year", "plus tôt cette année": "this_year",
        "début de l'année": "this_year", "fin de l'année": "this_year", "en début d'année": "this_year",
        "en fin d'année": "this_year",
        "cette semaine": "this_week", "la semaine dernière": "last_week", "la semaine prochaine": "next_week",
        "semaine dernière": "last_week", "semaine prochaine": "next_week", "la semaine passée": "last_week",
        "ce week-end": "this_week", "le week-end dernier": "last_week", "le week-end prochain": "next_week",
        "il y a {n} jours": "days_ago", "il y a {n} jour": "days_ago", "il y a {n} semaines": "weeks_ago",
        "il y a {n} semaine": "weeks_ago", "il y a {n} mois": "months_ago", "il y a {n} ans": "years_ago",
        "il y a {n} an": "years_ago", "il y a {n} années": "years_ago",
        "dans {n} jours": "days_later", "dans {n} semaines": "weeks_later", "dans {n} mois": "months_later",
        "dans {n} ans": "years_later",
        "{n} ans après que": "years_since", "{n} ans après": "years_since",
        "{weekday} dernier": "last_weekday", "{weekday} passé": "last_weekday",
        "{weekday} prochain": "next_weekday",
        "{month} dernier": "last_month_name", "{month} prochain": "next_month_name",
        "début": "part_of", "début de": "part_of", "au début de": "part_of", "en début de": "part_of",
        "fin": "part_of", "fin de": "part_of", "à la fin de": "part_of", "en fin de": "part_of",
        "mi-": "part_of", "à la mi-": "part_of", "courant": "part_of", "dans le courant de": "part_of",
        "début du mois de": "part_of", "début du mois d'": "part_of", "fin du mois de": "part_of",
        "fin du mois d'": "part_of", "mi-mois de": "part_of", "au mois de": "part_of", "au mois d'": "part_of",
        "le mois de": "part_of", "le mois d'": "part_of", "l'année": "part_of", "l'an": "part_of",
        "matin": "time_of_day", "après-midi": "time_of_day", "soir": "time_of_day",
        "soirée": "time_of_day", "nuit": "time_of_day", "midi": "time_of_day",
    },
    negation_words=frozenset({"ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "ni", "non", "nullement"}),
    hypothetical_markers=frozenset({"si", "pourrait", "pourraient", "pouvoir", "risquer", "menacer",
                                    "craindre", "envisager", "éventuel", "éventuellement", "hypothèse"}),
    denial_verbs=frozenset({"nier", "démentir", "contester", "réfuter", "récuser"}),
    stopwords_for_detection=frozenset("le la les des du de et est un une que qui dans pour pas sur au avec il elle ce ne se".split()),
    complementizers=frozenset({"que", "qu'", "qu’"}),
    relative_pronouns=frozenset({"qui", "lequel", "laquelle"}),
    clause_openers=frozenset({"mais", "et", "or", "donc", "puis", "ainsi", "alors", "enfin"}),
    according_to_initial=(("pour",), ("pour", "le"), ("pour", "la"), ("pour", "les")),
    org_nouns=frozenset("institut organisation agence groupe société entreprise association ong fédération syndicat parti ministère office fondation compagnie constructeur firme banque club gouvernement administration commission organisme autorité régulateur opérateur fabricant laboratoire établissement".split()),
    speech_forms=_third_person_forms(_SPEECH) | frozenset({"poursuit", "dit", "écrit", "répond", "admet",
                                                           "reconnaît", "conclut", "promet", "soutient"}),
    reflexive_clitics=frozenset({"s'", "se"}),
    causative_verbs=frozenset({"faire", "laisser"}),
    imperative_endings=("ons", "ez"),
    definite_articles=frozenset({"le", "la", "l'", "les"}),
    company_nouns=frozenset({"groupe", "société", "entreprise", "firme", "constructeur", "compagnie",
                             "fabricant", "opérateur", "laboratoire", "géant", "enseigne"}),
    impersonal_verbs=frozenset({"falloir", "agir", "sembler", "paraître", "pleuvoir"}),
    speech_phrases=frozenset({("faire", "valoir"), ("faire", "savoir"), ("faire", "remarquer"),
                              ("faire", "observer"), ("faire", "part"), ("mettre", "garde")}),
    anonymous_sources=frozenset(w.strip() for w in """source|sources|proche|proches|entourage|
        interlocuteur|interlocutrice|informateur|informatrice|témoin|témoins|connaisseur|connaisseuse|
        initié|initiés|confident|anonyme|anonymes|selon nos informations|nos informations|
        de source sûre|de bonne source|de sources concordantes|sous couvert d'anonymat|
        sous couvert de l'anonymat|requérant l'anonymat|ayant requis l'anonymat|proche du dossier|
        proches du dossier""".split("|")),
    collective_nouns=frozenset("""manifestants manifestantes habitants habitantes riverains riveraines militants
        militantes grévistes salariés salariées employés employées ouvriers ouvrières syndicalistes familles
        victimes parents élèves étudiants étudiantes agriculteurs agricultrices commerçants commerçantes
        supporters supportrices fans citoyens citoyennes internautes électeurs électrices usagers usagères
        locataires patients patientes soignants soignantes policiers policières gendarmes pompiers
        médecins infirmiers infirmières enseignants enseignantes professeurs chercheurs chercheuses
        scientifiques experts expertes spécialistes analystes observateurs observatrices consommateurs
        automobilistes voyageurs passagers touristes fidèles jeunes retraités chômeurs éleveurs pêcheurs
        producteurs sinistrés rescapés survivants réfugiés migrants détenus prisonniers avocats juges élus
        opposants partisans sympathisants membres adhérents joueurs joueuses spectateurs lecteurs
        auditeurs participants organisateurs organisatrices voisins voisines témoins famille familles
        foule public signataires""".split()),
    plural_determiners=frozenset("""les des ces plusieurs certains certaines quelques nombreux nombreuses
        leurs nos vos mes tes ses divers diverses d'autres de d'""".split()),  # de nombreux X, d'autres X
    plural_endings=("s", "x"),
    institution_nouns=frozenset("""police gendarmerie parquet préfecture justice armée mairie municipalité
        tribunal cour conseil direction opposition majorité accusation défense presse assemblée sénat
        hôpital université école académie inspection étude rapport sondage communiqué enquête
        collectif collectifs intersyndicale rectorat département région commune ville état gauche droite
        extrême-droite extrême-gauche""".split()),
    occupation_nouns=frozenset("""médecin médecins expert experte analyste chercheur chercheuse historien
        historienne scientifique spécialiste économiste juriste enquêteur enquêtrice policier policière
        gendarme pompier infirmier infirmière enseignant enseignante professeur professeure guide
        journaliste sociologue politologue psychologue psychiatre urbaniste architecte ingénieur
        ingénieure vétérinaire pharmacien pharmacienne notaire huissier syndicaliste officier officiel
        élu élue magistrat magistrate greffier greffière épidémiologiste virologue infectiologue""".split()),
    event_triggers=_EVENT_TRIGGERS,
    event_modes=_EVENT_MODES,
)



DATA = with_referents(DATA, fr_referents)
