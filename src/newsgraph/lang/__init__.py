"""Language data. Everything a stage needs to know about a language lives here as data.

Adding a language means adding a module beside fr.py and en.py that defines ``DATA``
and listing it in ``SUPPORTED``. Nothing in this package imports the rest of newsgraph.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

SUPPORTED = ("fr", "en")


@dataclass(frozen=True)
class EventTrigger:
    """One line of the event lexicon: a lemma (or multi-word lemma sequence) and what it means.

    ``lemma`` may be several words ("mettre en garde", "hunger strike"): they must follow each
    other in the text, each matching a token's lemma or lowercase form.

    ``source`` and ``target`` name the roles to read from the parse, tried in order. Roles:
    ``nsubj`` (active subject), ``agent`` (by X / par X in a passive), ``obj``, ``iobj``,
    ``comp_subj`` (subject of the complement clause: demanded *that Hamas* ...), ``comp``
    (the target of the complement act: threatened to ban *X*), ``cond`` (subject of an
    if/unless clause), ``governor`` (for nouns: the subject of the verb that takes the noun as
    object: *X* held talks), ``poss``, ``amod`` (a demonym: menace *américaine*), ``compound``
    (*US* sanctions), ``of`` (the language's genitive prepositions: demandes *de Moscou*),
    ``between`` (entre X et Y: X is the source, Y the target), ``speaker`` (who says the
    clause: "X said Y must ..."), ``host`` (subject of the verb an auxiliary trigger modifies).
    Any other string is a preposition whose object fills the role (avec, with, contre, against).
    """

    lemma: str
    type: str
    mode: str | None = None
    pos: str = "VERB"  # VERB, NOUN, ADJ or AUX
    source: tuple[str, ...] = ("nsubj", "agent")
    target: tuple[str, ...] = ("obj", "iobj")
    # one of these lemmas must be in the trigger's phrase ("accumulation" needs "soldat" or "troupe");
    # "missile&at" needs both words
    needs: tuple[str, ...] = ()
    # none of these lemmas (or dependency labels, written "dep:ccomp") may hang on the trigger
    unless: tuple[str, ...] = ()
    # no event without a target (parler is CONSULT only with "avec X")
    target_required: bool = False
    # the CAMEO code this line realises ("036", "1711"); type and mode follow from it through the
    # official CAMEO-to-PLOVER table, so the coverage of each code can be counted
    cameo: str | None = None


@dataclass(frozen=True)
class EventGrammar:
    """The words the event stage reads actors, status and date with, besides the trigger lexicon."""

    # verbs whose object noun carries the event: hold talks, imposer des sanctions
    light_verbs: frozenset[str] = frozenset()
    genitive: frozenset[str] = frozenset()  # of / de: "demandes de Moscou"
    agent_preps: frozenset[str] = frozenset()  # by / par
    between: frozenset[str] = frozenset()  # between / entre
    condition_marks: frozenset[str] = frozenset()  # if, unless / si
    negating_marks: frozenset[str] = frozenset()  # without / sans: "sans rejeter en bloc" did not reject
    future_aux: frozenset[str] = frozenset()  # will, shall
    # the press's conditional past tells an alleged fact ("il aurait frappé"), not a hypothesis (French)
    conditional_past_alleges: bool = False
    # modals of ability and obligation: what their future allows or requires is no act ("pourra exiger")
    power_modals: frozenset[str] = frozenset()
    # the endings every future form has (-ra, -ront): a verb tagged future without one is a tagger slip
    future_endings: tuple[str, ...] = ()
    reported_future: frozenset[str] = frozenset()  # would: a future when a speech verb reports it
    modal_hypothetical: frozenset[str] = frozenset()  # could, would, might / pouvoir, devoir (conditional)
    today_words: frozenset[str] = frozenset()  # words that put the event on the published day
    actor_pronouns: frozenset[str] = frozenset()  # it, they / il, ils: read through the clause above
    # singular object clitics the coreference stage leaves unresolved (it resolves subjects): le, la, l', lui
    object_clitics: frozenset[str] = frozenset()
    contractions: dict[str, str] = field(default_factory=dict)  # au -> à, du -> de
    threat_condition_marks: frozenset[str] = frozenset()  # unless / à moins que: "will withdraw unless ..."
    purpose_marks: frozenset[str] = frozenset()  # to / pour, afin: "staged demonstrations *to demand* X"
    # event types whose complement clause is their content, not a second event (threaten to *ban*)
    content_types: frozenset[str] = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE",
                                               "CONCEDE", "SUPPORT", "PROTEST", "MOBILIZE"})
    # a stated future act is a promise (cooperative acts) or a threat (hostile ones): "will visit" is AGREE
    # a protest with no named target is aimed at the place it happens in (PLOVER's reading)
    place_is_target: frozenset[str] = frozenset({"PROTEST"})
    # an act of state told without its agent ("arrêté à Berlin", "condamnées en Russie", "une enquête ouverte
    # en France") is the act of the state of the place it happens in; "TYPE" or "TYPE/mode"
    place_is_source: frozenset[str] = frozenset({"COERCE", "SANCTION", "ACCUSE/investigate"})
    # acts two sides do together: coordinated sources with no target are source and target
    # ("Paris et Berlin ont signé", "X et son homologue se sont rencontrés")
    symmetric_types: frozenset[str] = frozenset({"AGREE", "CONSULT", "COOPERATE"})
    # the agent an agentless act takes from the article ("TYPE/mode" -> agent nouns): an arrest told without
    # its agent is the police's the article names ("interpellée ...", "a-t-on appris auprès de la police")
    default_agents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # nouns through which a subject undergoes an event noun: "X fait l'objet d'une enquête", "X a été la
    # cible de critiques", "X a été victime d'une agression": X is the event's target
    undergo_nouns: frozenset[str] = frozenset()
    # verbs whose subject undergoes the event noun they take as object: "X s'est attiré les foudres de Y",
    # "X essuie les critiques de Y"
    undergo_verbs: frozenset[str] = frozenset()
    # a common noun after the genitive with no article classifies, it names no actor: "une visite d'État",
    # "des forces de police" (French; "des manifestants" carries its article in the contraction)
    bare_genitive_classifies: bool = False
    promise_types: frozenset[str] = frozenset({"AID", "CONSULT", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT"})
    threat_types: frozenset[str] = frozenset({"SANCTION", "PROTEST", "ASSAULT", "COERCE", "MOBILIZE"})
    # types whose content is promised: a promise of one of the threat_types is a THREATEN
    promise_carriers: frozenset[str] = frozenset({"AGREE"})
    # the CAMEO verb dictionary (lang/data/<code>_cameo_verbs.json), when the language ships one:
    # code prefix -> (PLOVER type, mode) read before the official table ("02" Appeal -> REQUEST)
    cameo_overrides: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # whether the dictionary reads a verb the lexicon has lines for when none of them holds (by default
    # the lexicon is an override: a lemma it holds is decided by its lines)
    cameo_after_lexicon: bool = False
    # "X, or Y": a conjunction that gives another name of the same actor, not a second one
    alias_conjunctions: frozenset[str] = frozenset()
    # an idiom is not an event: trigger lemma -> words of its phrase that make it one ("price war",
    # "war on drugs", "legal battle"); read for every trigger, the lexicon's and the dictionary's
    figurative: dict[str, frozenset[str]] = field(default_factory=dict)
    # a generic statement is not an event: adverbs on the trigger or its verb ("police usually arrest")
    generic_adverbs: frozenset[str] = frozenset()
    # attack verbs that, said of a person with no weapon named, are words: an ACCUSE (attacked, blasted)
    verbal_attacks: frozenset[str] = frozenset()
    # a question is no request: the words that open an asked question (whether, what), for these types
    question_words: frozenset[str] = frozenset()
    question_types: frozenset[str] = frozenset({"REQUEST"})
    # dictionary blocks whose own code needs one of their patterns to hold (GO_SOMEWHERE: "go" alone is no visit)
    cameo_quiet_blocks: frozenset[str] = frozenset()
    # verb lemmas the dictionary must not read (too vague to be an event on their own)
    cameo_blocked: frozenset[str] = frozenset()
    # the prepositions a dictionary verb of each type takes its target with, when its pattern marks none
    target_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a description of two people named just before ("le couple", "les deux hommes"): pair nouns, and the
    # number word that makes a plural description a pair; such a phrase stands for those two people
    pair_nouns: frozenset[str] = frozenset()
    # words that say who took part in an event noun they govern: "impliqué dans des actes de torture",
    # "l'auteur de l'attaque"; the one involved is the event's source
    involvement_words: frozenset[str] = frozenset()
    pair_numbers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LanguageData:
    code: str
    name: str
    spacy_models: tuple[str, ...]
    # quotation marks: opener -> the closers that end it
    quote_pairs: dict[str, tuple[str, ...]]
    # lemmas of verbs that introduce speech or a stated position
    speech_verbs: frozenset[str]
    # verbs of belief or intention: quotes a careful reader may skip (scored as optional)
    attitude_verbs: frozenset[str]
    # nouns that introduce reported speech: "a annoncé dans un communiqué", "selon un communiqué"
    according_to: tuple[tuple[str, ...], ...]  # lowercase token sequences: ("selon",), ("d'", "après")
    honorifics: dict[str, str]  # "M." -> "m", "Mme" -> "f"
    pronouns: dict[str, str]  # subject pronoun -> gender ("m", "f", "n" for plural/unknown)
    determiners_f: frozenset[str]
    determiners_m: frozenset[str]
    role_nouns: frozenset[str]  # président, ministre, porte-parole ...
    head_of_state_roles: frozenset[str]  # roles that designate a country's leader
    demonyms: dict[str, str]  # adjective (any form, lowercase) -> ISO alpha-3
    country_names: dict[str, str]  # names not found in pycountry's translations -> alpha-3
    org_aliases: dict[str, tuple[str, str, str | None]]  # surface -> (key, English name, country)
    metonyms: dict[str, tuple[str, str, str]]  # surface -> (key, English name, country) for seats of power
    cities: dict[str, tuple[str, str]]  # city -> (alpha-3, English name)
    regions: dict[str, tuple[str, str]]  # region -> (alpha-3, English name)
    capital_cities: frozenset[str]  # cities that stand for their country's government when they act
    locative_prepositions: frozenset[str]
    unnamed_speakers: frozenset[str]  # nouns that head an unnamed source: source, témoin, responsable ...
    approximators: tuple[tuple[str, ...], ...]  # "environ", "près de" ...
    number_words: dict[str, float]
    multipliers: dict[str, float]  # mille, million, milliard
    relative_dates: dict[str, str] = field(default_factory=dict)  # phrase -> rule name
    month_names: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    negation_words: frozenset[str] = frozenset()
    hypothetical_markers: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    event_triggers: tuple[EventTrigger, ...] = ()
    event_modes: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (type, mode)
    stopwords_for_detection: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()  # que, qu', that: open a reported clause
    relative_pronouns: frozenset[str] = frozenset()  # qui, who: a speaker named by its antecedent
    clause_openers: frozenset[str] = frozenset()  # words dropped at the start of a reported clause (mais, et)
    according_to_initial: tuple[tuple[str, ...], ...] = ()  # cues only at a clause start: "Pour X, P"
    org_nouns: frozenset[str] = frozenset()
    # surface forms of speech verbs that taggers read as nouns in incises ("», note M. X", "», estime-t-il")
    speech_forms: frozenset[str] = frozenset()
    # two-word cues whose first word is a light verb: "faire valoir", "faire savoir"
    # pronouns that point to the entity mentioned last, subject or not: celui-ci, the latter
    demonstrative_pronouns: dict[str, str] = field(default_factory=dict)
    definite_articles: frozenset[str] = frozenset()  # le, la, l', the: a description that refers back
    company_nouns: frozenset[str] = frozenset()  # le groupe, the company: the organisation named last
    imperative_endings: tuple[str, ...] = ()  # "Rappelons", "Notez": the writer addressing the reader
    causative_verbs: frozenset[str] = frozenset()  # faire: "ont fait réagir" is not a report
    impersonal_verbs: frozenset[str] = frozenset()  # falloir: "il faut" has no speaker
    reflexive_clitics: frozenset[str] = frozenset()  # s', se: the word after them is a verb ("s'enthousiasme")
    speech_phrases: frozenset[tuple[str, str]] = frozenset()  # "l'institut", "the company": refer back to an organisation
    # --- coreference (extract/coref.py) ---
    # lemmas of nouns that denote a person: occupations, roles, kinship, age and condition
    # ("directeur", "actrice" -> "acteur", "veuve", "collégien", "victime")
    person_nouns: frozenset[str] = frozenset()
    # lemmas of nouns that denote a group or an institution acting as one ("gendarmerie", "autorité")
    group_nouns: frozenset[str] = frozenset()
    # lemmas of nouns that denote an organisation of a kind ("parti", "établissement", "quotidien")
    organisation_nouns: frozenset[str] = frozenset()
    # phrases that point back to the person last mentioned, lowercase words: ("ce", "dernier") -> gender
    anaphoric_phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    # demonstrative determiners ("ce", "cette", "this"): a description with one refers back
    demonstratives: frozenset[str] = frozenset()
    # possessive determiners ("son", "sa", "his"): a description with one is anchored to someone else
    possessives: frozenset[str] = frozenset()
    # capitalised common nouns that NER takes for names but never name an actor alone ("l'État",
    # "la République", "le Conseil"): lowercase forms
    not_names: frozenset[str] = frozenset()
    # a preposition fused with an article, and the article it holds ("du" -> "le": "du Parisien")
    contracted_articles: dict[str, str] = field(default_factory=dict)
    # the word that follows an age in an apposition ("Julien, 34 ans"): it marks a person
    age_words: frozenset[str] = frozenset()
    # nouns whose grammatical gender says nothing of the person's ("la victime", "le témoin")
    ungendered_nouns: frozenset[str] = frozenset()
    # person nouns whose form says the person's gender, each form of a masculine/feminine pair
    # ("avocat" -> "m", "avocate" -> "f", "actress" -> "f"); one form for both (ministre) is absent
    noun_genders: dict[str, str] = field(default_factory=dict)
    # the language's register of first names, a file in lang/data/ (lowercase name, tab, f, m or x for
    # a name given to both): where a person's gender comes from when the text says nothing
    first_names: str = ""
    # endings of nouns with one form for both genders ("l'artiste", "l'élève", "l'analyste"): after an
    # article that shows no gender, the tagger's Gender for them is a guess
    epicene_endings: tuple[str, ...] = ()
    # words that open a comparison, not a noun's complement (`le jeune homme comme un sportif`)
    comparison_markers: frozenset[str] = frozenset()
    # prefixes that leave a noun's kind as it is ("ex-", "co-"): `ex-informaticien` is a person noun
    noun_prefixes: tuple[str, ...] = ()
    # role words that open a compound title headed by the next noun ("premier" in `le premier ministre`)
    role_openers: frozenset[str] = frozenset()
    # indefinite determiners and quantifiers ("un", "une", "des", "a"): a description with one is new
    indefinites: frozenset[str] = frozenset()
    # --- source kinds (extract/sources.py): what kind of source an unnamed speaker is ---
    # words or phrases that mark a source whose identity is withheld: "une source proche du dossier",
    # "selon nos informations", "l'entourage du ministre"; matched as whole words in the speaker's words
    anonymous_sources: frozenset[str] = frozenset()
    # nouns of people speaking together who are not officials: "les manifestants", "residents", "la famille"
    collective_nouns: frozenset[str] = frozenset()
    # determiners that make a noun phrase plural: "les", "des", "plusieurs", "several"
    plural_determiners: frozenset[str] = frozenset()
    # endings of plural nouns: a head that is a known noun plus one of them is plural ("responsables")
    plural_endings: tuple[str, ...] = ()
    # occupations that make an unnamed speaker a source in a role, like the titles of role_nouns
    # ("un médecin", "the doctor"), where a private person with no role is anonymous ("un habitant")
    occupation_nouns: frozenset[str] = frozenset()
    # institutions and documents that speak for an organisation without being org_nouns ("la police",
    # "le parquet", "selon un rapport"): an unnamed speaker headed by one is an organisation
    institution_nouns: frozenset[str] = frozenset()


def with_referents(data: LanguageData, referents) -> LanguageData:
    """A language's data with its coreference nouns joined in: they live in their own module
    (``fr_referents.py``, ``en_referents.py``) so the lists stay readable. Their roles and occupations
    also make an unnamed speaker a source in a role."""
    from dataclasses import replace

    return replace(data, person_nouns=referents.PERSON_NOUNS, group_nouns=referents.GROUP_NOUNS,
                   organisation_nouns=referents.ORGANISATION_NOUNS, anaphoric_phrases=referents.ANAPHORIC_PHRASES,
                   demonstratives=referents.DEMONSTRATIVES, possessives=referents.POSSESSIVES,
                   indefinites=referents.INDEFINITES, ungendered_nouns=referents.UNGENDERED_NOUNS,
                   noun_genders=referents.NOUN_GENDERS,
                   epicene_endings=referents.EPICENE_ENDINGS, noun_prefixes=referents.NOUN_PREFIXES,
                   comparison_markers=referents.COMPARISON_MARKERS,
                   role_openers=referents.ROLE_OPENERS,
                   age_words=referents.AGE_WORDS, not_names=referents.NOT_NAMES,
                   contracted_articles=referents.CONTRACTED_ARTICLES,
                   occupation_nouns=data.occupation_nouns | referents.ROLE_AND_OCCUPATION_NOUNS)


_COMPILED: dict[tuple[int, object], tuple[LanguageData, object]] = {}


def compiled(lang: LanguageData, build):
    """``build(lang)`` computed once per language: the regexes and tables a stage derives from the data.

    LanguageData holds dicts, so it cannot key an lru_cache; the identity check guards against a
    recycled id."""
    key = (id(lang), build)
    hit = _COMPILED.get(key)
    if hit is None or hit[0] is not lang:
        hit = (lang, build(lang))
        _COMPILED[key] = hit
    return hit[1]


def get(code: str) -> LanguageData:
    """The data of one language. Raises LookupError naming the supported ones."""
    code = (code or "").lower()[:2]
    if code not in SUPPORTED:
        raise LookupError(
            f"language {code!r} is not supported; supported languages: {', '.join(SUPPORTED)}"
        )
    return importlib.import_module(f"{__name__}.{code}").DATA
