"""Identity: language-independent keys and countries for entities.

The same person, organisation or country gets the same key in a French and an English
article: transliteration variants are folded (Poutine/Putin, Ouchakov/Ushakov,
Dmitri/Dmitry), and alias tables join names that folding can't (OTAN/NATO, Russie/Russia).
"""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from ..lang import LanguageData
from ..lang.world import LEADERS, SURNAME_ALIASES

# French/German/English transliterations of the same (often Slavic) name, folded to one form.
_FOLDS = (("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("ou", "u"), ("kh", "h"), ("ck", "k"), ("ph", "f"),
          ("y", "i"), ("w", "v"), ("ii", "i"), ("dz", "z"))


def fold_word(word: str) -> str:
    w = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for old, new in _FOLDS:
        w = w.replace(old, new)
    if len(w) > 3 and w.endswith("e") and w[-2] not in "aeiou":
        w = w[:-1]
    return re.sub(r"(.)\1+", r"\1", w)


def fold_name(name: str) -> str:
    """A spelling-independent form of a name: 'Vladimir Poutine' and 'Vladimir Putin' fold alike."""
    return " ".join(f for f in (fold_word(w) for w in re.split(r"[\s\-]+", name)) if f)


@lru_cache(maxsize=1)
def _leaders_by_fold() -> dict[str, str]:
    table = {}
    for name in LEADERS:
        table[fold_name(name)] = name
    for surname, name in SURNAME_ALIASES.items():
        table[fold_name(surname)] = name
    return table


@lru_cache(maxsize=1)
def _leader_surnames() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for name in LEADERS:
        table.setdefault(fold_word(name.split()[-1]), []).append(name)
    return table


def known_person(name_tokens: list[str]) -> str | None:
    """The canonical English name of a well-known person named by these tokens, if any."""
    if not name_tokens:
        return None
    full = fold_name(" ".join(name_tokens))
    table = _leaders_by_fold()
    if full in table:
        return table[full]
    surname = fold_word(name_tokens[-1])
    if surname in table:
        candidate = table[surname]
        # a different first name means a different person (Hunter Biden is not Joe Biden)
        if len(name_tokens) == 1 or fold_word(name_tokens[0]) == fold_word(candidate.split()[0]):
            return candidate
    matches = _leader_surnames().get(surname, [])
    if len(matches) == 1:
        candidate = matches[0]
        if len(name_tokens) == 1 or fold_word(name_tokens[0]) == fold_word(candidate.split()[0]):
            return candidate
    return None


def leader_info(name: str) -> tuple[str, tuple[str, ...], str, tuple[int, int] | None] | None:
    return LEADERS.get(name)


def leaders_of(country: str, role: str | None, year: int | None) -> list[str]:
    """Well-known people who held a role for a country in a given year (the article's year)."""
    found = []
    for name, (c, roles, _gender, years) in LEADERS.items():
        if c != country or (role and role not in roles):
            continue
        if years and year and not (years[0] <= year <= years[1]):
            continue
        found.append(name)
    return found


# --- countries ---------------------------------------------------------------------------------

def country_names(lang: LanguageData) -> dict[str, str]:
    """Lowercased country names of a language (pycountry's translations plus the language's own table) -> alpha-3."""
    return _country_names(lang.code)


@lru_cache(maxsize=None)
def _country_names(code: str) -> dict[str, str]:
    import gettext

    from .. import lang as langdata

    lang = langdata.get(code)

    import pycountry

    names: dict[str, str] = {}
    try:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang.code]).gettext
    except OSError:
        translate = lambda s: s  # noqa: E731
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            for form in {value, translate(value)}:
                low = form.lower()
                names.setdefault(low, country.alpha_3)
                # "Russie, Fédération de" -> "Russie"; "Iran, République islamique d'" -> "Iran"
                if "," in low:
                    names.setdefault(low.split(",")[0].strip(), country.alpha_3)
                if "(" in low:
                    names.setdefault(low.split("(")[0].strip(), country.alpha_3)
    # Ambiguous short names that are also common words or US states stay out: Géorgie/Georgia
    # resolves to the country (GEO) only because pycountry and the language tables say so.
    names.update(lang.country_names)
    return names


def country_of_name(lang: LanguageData, name: str) -> str | None:
    low = _strip_article(name.lower())
    return country_names(lang).get(low)


_ARTICLES = re.compile(r"^(l['’]|la |le |les |the )", re.I)


def _strip_article(text: str) -> str:
    return _ARTICLES.sub("", text.strip()).strip()


def english_country_name(alpha3: str) -> str:
    import pycountry

    special = {"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "KOR": "South Korea",
               "PRK": "North Korea", "IRN": "Iran", "SYR": "Syria", "VNM": "Vietnam", "TWN": "Taiwan",
               "PSE": "Palestine", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova",
               "LAO": "Laos", "CZE": "Czech Republic", "COD": "DR Congo", "XKX": "Kosovo", "TUR": "Turkey"}
    if alpha3 in special:
        return special[alpha3]
    country = pycountry.countries.get(alpha_3=alpha3)
    return getattr(country, "common_name", None) or (country.name if country else alpha3)


def readable_form(name: str) -> str:
    """A name as written, folded for accents, case and spacing only: 'Agnès Buzyn' -> 'agnes buzyn'.

    Keys are read by people, so they are never stemmed or respelled; spelling variants meet through
    the actor dictionaries (the canonical name) or through fold_name when an article is read."""
    text = anyascii(name.replace("’", "'")).lower()
    return " ".join(re.sub(r"[^a-z0-9' .&-]", " ", text).split()).strip(" .'-")


def make_key(kind: str, name: str, country: str | None = None) -> str:
    if kind == "country":
        return f"country:{name}"
    if kind == "city":
        return f"city:{(country or 'xxx').lower()}:{readable_form(name).replace(' ', '-')}"
    return f"{kind}:{readable_form(name)}"
