"""English referring nouns for coreference: who a description can stand for (lemmas)."""

_ROLES = """
president minister secretary spokesman spokeswoman spokesperson chief leader director governor senator
representative mayor ambassador adviser advisor chancellor king queen prince princess pope chairman
chairwoman chair ceo candidate nominee judge attorney prosecutor general commander official aide manager
coach founder vice-president speaker lawyer strategist pollster analyst lawmaker legislator congressman
congresswoman councilman councilwoman commissioner administrator envoy diplomat counterpart premier
sheriff chief-of-staff treasurer executive head deputy
"""
_OCCUPATIONS = """
actor actress artist author writer novelist poet filmmaker director producer singer musician composer
rapper comedian dancer painter photographer philosopher historian sociologist economist researcher
scientist professor teacher student pupil doctor physician surgeon nurse pharmacist psychiatrist
psychologist journalist reporter correspondent columnist editor anchor host engineer architect
entrepreneur businessman businesswoman farmer worker employee officer policeman policewoman soldier
firefighter pilot driver sailor player athlete champion referee banker expert consultant specialist
activist protester demonstrator striker dissident whistleblower investigator detective spy priest bishop
imam rabbi pastor guide designer chef cook owner operator
"""
_PEOPLE = """
man woman boy girl child kid baby teenager adult person individual victim suspect defendant detainee
prisoner hostage witness attacker assailant gunman killer resident neighbor neighbour citizen voter
taxpayer passenger traveler tourist customer client patient refugee migrant survivor heir tenant parent
mother father son daughter brother sister husband wife widow widower partner friend relative cousin
uncle aunt family couple member supporter fan volunteer participant organizer organiser rival opponent
ally successor predecessor source insider
"""
_GROUPS = """
police government administration justice prosecution court tribunal army military command leadership
opposition majority union ministry presidency executive delegation coalition junta regime militia jury
white-house team staff campaign committee commission council congress parliament senate
"""
_ORGANISATIONS = """
party movement organization organisation association foundation institution school college university
hospital company firm group corporation bank insurer operator laboratory agency office institute
charity club federation league newspaper paper daily weekly magazine radio network channel station
outlet website platform publisher museum
"""


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


PERSON_NOUNS = _words(_ROLES) | _words(_OCCUPATIONS) | _words(_PEOPLE)
GROUP_NOUNS = _words(_GROUPS)
ROLE_AND_OCCUPATION_NOUNS = _words(_ROLES) | _words(_OCCUPATIONS)  # extract/sources.py: a source in a role
ORGANISATION_NOUNS = _words(_ORGANISATIONS)
ANAPHORIC_PHRASES = {("the", "latter"): "n", ("the", "former"): "n"}
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})
INDEFINITES = frozenset({"a", "an", "some", "two", "three", "several", "many", "few", "any", "each", "every"})

NOUN_PREFIXES = ("ex-", "co-", "vice-")
ROLE_OPENERS: frozenset[str] = frozenset()  # "prime minister": prime is an adjective
COMPARISON_MARKERS = frozenset({"like", "as"})  # open a comparison, not a noun's complement
EPICENE_ENDINGS: tuple[str, ...] = ()  # English nouns mark no grammatical gender
UNGENDERED_NOUNS = frozenset("victim person star celebrity figure individual".split())
# person nouns whose form says the person's gender (spokeswoman, actress); "spokesperson" says nothing
NOUN_GENDERS = {
    **dict.fromkeys("""man boy father son brother husband widower uncle nephew king prince spokesman chairman
        congressman councilman businessman policeman gunman""".split(), "m"),
    **dict.fromkeys("""woman girl mother daughter sister wife widow aunt niece queen princess spokeswoman
        chairwoman congresswoman councilwoman businesswoman policewoman actress""".split(), "f"),
}
AGE_WORDS = frozenset("years year".split())
# capitalised common words NER reads as names of their own (see LanguageData.not_names)
NOT_NAMES = frozenset("state nation council government it this that".split())
CONTRACTED_ARTICLES: dict[str, str] = {}
