"""Dates: find date expressions and resolve them against the publication date.

Cheap rules find the candidates: regular expressions built once per language from its
``month_names``, ``weekdays`` and ``relative_dates``, checked against the parse where a word is
ambiguous (``may``, ``2008 soldats``). Only those spans are resolved. dateparser reads the numeric
forms whose day/month order depends on the language (``12/03/2019``); the rest is resolved here,
because news needs rules dateparser lacks:

- a bare weekday is the last such day on or before publication, or the next one after it when
  its clause is in the future tense (``se rendra jeudi``, ``will meet Thursday``);
- a day and month without a year (``le 10 janvier``), or a month alone (``en mars``), take the
  year that puts them nearest to publication (within six months), unless their clause is in a
  past (or future) tense and that date would be after (or before) publication;
- ``début du mois``, ``fin 2020``, ``mi-janvier`` keep the grain of the period they narrow;
- a time (``10h30``, ``10:30 a.m.``) is kept, with grain ``time``, only when a day is known in
  its sentence.

``relative_dates`` maps a lowercase phrase to one of these rules. A phrase may hold one
placeholder: ``{n}`` (a number, in digits or words), ``{weekday}`` or ``{month}``.

=====================================================  ======================================
rule                                                   value
=====================================================  ======================================
today yesterday tomorrow day_before day_after          the day
this_week last_week next_week                          the ISO week (2021-W52)
this_month last_month next_month                       the month
this_year last_year next_year                          the year
days_ago weeks_ago months_ago years_ago ({n})          publication minus n units
days_later weeks_later months_later years_later ({n})  publication plus n units
years_since ({n}: "sept ans après que")                minus n years, in a present-tense clause
last_weekday next_weekday ({weekday})                  strictly before / after publication
last_month_name next_month_name ({month})              the last / next such month
part_of                                                a prefix narrowing the date after it
                                                       ("début", "fin", "mi-", "early", "late")
time_of_day                                            a suffix kept in the span ("soir", "morning")
=====================================================  ======================================

Relative expressions get ``value=None`` (but their grain) when the publication date is unknown.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ..lang import LanguageData, compiled
from ..model import DateMention, Span
from ..nlp import model_text
from .intervals import DisjointSpans
from .numbers import combine

GRAINS = ("year", "month", "week", "day", "time")

# Kinds whose digits belong to a date: the quantities stage leaves these numbers alone.
NUMERIC_KINDS = frozenset({"daymonth", "monthday", "monthyear", "year", "numeric", "time"})

_B = r"(?<![\w])"  # word start
_E = r"(?![\w])"  # word end
_END = r"(?![\w]|-\w)"  # phrase end: not "ce soir-là", "ce jour-là"
_ORDINAL = r"(?:er|re|e|st|nd|rd|th)?"
_CURRENCY = "€$£¥₽₹"
_WORD = re.compile(r"\w+")
_SPAN_GAP = 14  # at most this many characters between a day and its time ("le 3 mai à 10h30")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    kind: str  # rule, daymonth, monthday, monthyear, month, year, numeric, weekday, time
    groups: dict = field(default_factory=dict, hash=False, compare=False)
    rule: str | None = None
    anchor: int = -1  # where the date words begin, after a prefix such as "début" (start is before it)

    @property
    def core(self) -> int:
        return self.anchor if self.anchor >= 0 else self.start


class _Grammar:
    """The regular expressions of one language, compiled once."""

    def __init__(self, lang: LanguageData) -> None:
        self.lang = lang
        self.months = {_norm_key(k): v for k, v in lang.month_names.items()}
        self.weekdays = {_norm_key(k): v for k, v in lang.weekdays.items()}
        self.numbers = {_norm_key(k): v for k, v in lang.number_words.items()}
        self.approximators = {tuple(_norm_key(w) for w in a) for a in lang.approximators}
        month = _alternation(self.months)
        weekday = _alternation(self.weekdays)
        number = r"\d{1,4}|(?:" + _alternation(self.numbers) + r")(?:[- ](?:" + _alternation(self.numbers) + "))*"
        # Every pattern runs on the lowercased text, and only where one of its trigger words is:
        # a few anchored matches per article instead of scans of the whole text.
        self.month_words = {_first_word(k) for k in self.months}
        self.weekday_words = {_first_word(k) for k in self.weekdays}
        self.daymonth = re.compile(
            rf"{_B}(?:(?P<wd>{weekday}),?\s+)?(?P<day>[0-3]?\d){_ORDINAL}\s+(?P<month>{month})"
            rf"(?:,?\s+(?P<year>\d{{4}}))?{_E}")
        self.monthday = re.compile(
            rf"{_B}(?:(?P<wd>{weekday}),?\s+)?(?P<month>{month})\s+(?P<day>[0-3]?\d){_ORDINAL}(?![\d\w])"
            rf"(?:,?\s+(?P<year>\d{{4}})(?!\d))?")
        self.monthyear = re.compile(rf"{_B}(?P<month>{month})\s+(?P<year>\d{{4}})(?!\d)")
        self.month = re.compile(rf"{_B}(?P<month>{month}){_E}")
        self.weekday = re.compile(rf"{_B}(?P<wd>{weekday}){_E}")
        self.year = re.compile(r"(?<![\w\-/.,:])(?P<year>1\d{3}|2[01]\d{2})(?![\w]|[.,]\d|/\d)")
        self.numeric = re.compile(
            r"(?<![\w.,/:\-])(?:\d{1,2}(?P<sep>[/.])\d{1,2}(?P=sep)(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\w]|[.,/:\-]\d)")
        self.times = [
            re.compile(r"(?<![\w:,.])(?P<h>[01]?\d|2[0-3])\s?h\s?(?P<m>[0-5]\d)?(?![\w])"),
            re.compile(r"(?<![\w:,.])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s?(?P<ap>[ap]\.?m\b\.?))?(?![\w:])"),
            re.compile(r"(?<![\w:,.])(?P<h>1[0-2]|0?[1-9])\s?(?P<ap>[ap]\.m\.|[ap]m\b)"),
        ]
        # relative phrases: plain ones in one alternation, templates one regex each
        plain: dict[str, str] = {}
        # regex, rule, trigger word, whether the regex starts at the trigger
        self.templates: list[tuple[re.Pattern, str, str, bool]] = []
        prefixes, suffixes = [], []
        for key, rule in lang.relative_dates.items():
            key = _norm_key(key)
            if rule == "part_of":
                prefixes.append(key)
            elif rule == "time_of_day":
                suffixes.append(key)
            elif "{" in key:
                pattern = _phrase(key).replace(r"\{n\}", f"(?P<n>{number})")
                pattern = pattern.replace(r"\{weekday\}", f"(?P<wd>{weekday})")
                pattern = pattern.replace(r"\{month\}", f"(?P<month>{month})")
                trigger = _first_word(re.sub(r"\{\w+\}", " ", key))
                self.templates.append((re.compile(rf"{_B}{pattern}{_END}"), rule, trigger, not key.startswith("{")))
            else:
                plain[key] = rule
        self.plain_rules = plain
        self.plain_words = {_first_word(k) for k in plain}
        self.plain = re.compile(rf"(?:{'|'.join(_phrase(k) for k in _longest_first(plain))}){_END}") if plain else None
        # "mi-" and "d'" glue to the date; word prefixes need a space
        glued = [_phrase(k) + (r"\s*" if not k[-1].isalnum() else r"\s+") for k in _longest_first(prefixes)]
        self.prefix = re.compile(rf"{_B}(?:{'|'.join(glued)})$") if prefixes else None
        self.suffix = re.compile(
            rf"^\s+(?:{'|'.join(_phrase(k) for k in _longest_first(suffixes))}){_E}") if suffixes else None
        self.template_words = {t[2] for t in self.templates}

    def number_value(self, s: str) -> float | None:
        s = s.strip().lower()
        if s.isdigit():
            return float(s)
        words = [w for w in re.split(r"[- ]+", s) if w]
        if not words or any(w not in self.numbers for w in words):
            return None
        mult = {k.lower(): v for k, v in self.lang.multipliers.items()}
        return combine([(self.numbers[w], w in mult) for w in words])


def _norm_key(key: str) -> str:
    return key.lower().replace("’", "'")


def _first_word(key: str) -> str:
    m = _WORD.search(key)
    return m.group() if m else key


def _longest_first(keys) -> list[str]:
    return sorted(set(keys), key=lambda k: (-len(k), k))


def _phrase(key: str) -> str:
    return r"\s+".join(re.escape(part) for part in key.split())


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


def _grammar(lang: LanguageData) -> _Grammar:
    return compiled(lang, _Grammar)


class _Tokens:
    """Character offset -> token, for the few parse checks the rules make."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        # doc.text is rebuilt from the tokens at each access; the article's own text, normalized
        # as the model read it, is the same string for less
        self.text = doc.text if text is None else model_text(text)
        lower = self.text.lower()
        if len(lower) != len(self.text):  # 'İ' lowercases to two code points: keep offsets
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        self.lower = lower
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []
        self._ents: list | None = None
        self._ent_starts: list[int] = []

    def entity_over(self, i: int):
        """The named entity over token ``i``, if any (doc.ents is rebuilt at each access: kept here)."""
        if self._ents is None:
            self._ents = list(self.doc.ents)
            self._ent_starts = [e.start for e in self._ents]
        k = bisect_right(self._ent_starts, i) - 1
        return self._ents[k] if k >= 0 and i < self._ents[k].end else None

    def at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        token = self.doc[i]
        return token if char < token.idx + len(token.text) else None

    def before(self, char: int) -> Token | None:
        """The last non-space token ending at or before ``char``."""
        i = bisect_right(self.starts, char - 1) - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].idx + len(self.doc[i].text) > char):
            i -= 1
        return self.doc[i] if i >= 0 else None

    def after(self, char: int) -> Token | None:
        """The first non-space token starting at or after ``char``."""
        i = bisect_right(self.starts, char - 1)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None


# --- finding candidates ------------------------------------------------------------------------


def _candidates(doc: Doc, g: _Grammar, tokens: _Tokens) -> list[_Candidate]:
    """Every date expression the rules accept, overlaps resolved longest first."""
    low = tokens.lower
    n = len(low)
    found: dict[tuple[int, int, str], _Candidate] = {}

    def add(m: re.Match | None, kind: str, rule: str | None = None) -> None:
        if m is None:
            return
        start, end = m.span()
        if kind in ("weekday", "rule", "month") and _inside_name(start, end, tokens):
            return  # "USA Today", "Fox News Sunday", "Aujourd'hui le Maroc"
        anchor = start
        if kind != "time" and g.prefix is not None:  # "fin 2020", "début du mois d'avril", "mi-janvier"
            prefix = g.prefix.search(low[max(0, start - 30):start])
            if prefix:
                start -= len(prefix.group())
        found.setdefault((start, end, kind), _Candidate(start, end, kind, m.groupdict(), rule, anchor))

    for w in _WORD.finditer(low):
        word, pos = w.group(), w.start()
        if word[0].isdigit():
            if len(word) == 4:
                m = g.year.match(low, pos)
                if m and _year_ok(m, g, tokens):
                    add(m, "year")
            add(g.numeric.match(low, pos), "numeric")
            for pattern in g.times:
                add(pattern.match(low, pos), "time")
        if word in g.month_words:
            window = (max(0, pos - 25), min(n, pos + 30))
            for m in g.daymonth.finditer(low, *window):
                if 1 <= int(m["day"]) <= 31 and _month_ok(m, tokens):
                    add(m, "daymonth")
            for m in g.monthday.finditer(low, *window):
                if 1 <= int(m["day"]) <= 31 and _month_ok(m, tokens) and (
                        m["year"] or _bare_number_ok(m.end("day"), tokens)):
                    add(m, "monthday")
            m = g.monthyear.match(low, pos)
            if m and _month_ok(m, tokens):
                add(m, "monthyear")
            m = g.month.match(low, pos)
            if m and _month_ok(m, tokens) and _month_licensed(pos, g, tokens) and not _named(pos, tokens):
                add(m, "month")
        if word in g.weekday_words:
            add(g.weekday.match(low, pos), "weekday")
        if word in g.plain_words:
            m = g.plain.match(low, pos)
            if m and (pos == 0 or not low[pos - 1].isalnum()):
                add(m, "rule", g.plain_rules.get(re.sub(r"\s+", " ", m.group())))
        if word in g.template_words:
            for pattern, rule, trigger, starts in g.templates:
                if trigger != word:
                    continue
                hits = [pattern.match(low, pos)] if starts else [
                    m for m in pattern.finditer(low, max(0, pos - 40), min(n, pos + 40)) if m.start() <= pos < m.end()]
                for m in hits:
                    if m is not None and not (m.groupdict().get("month") and not _month_ok(m, tokens)):
                        add(m, "rule", rule)

    # "le 17 juin dernier": the day joins "juin dernier", which tells its year
    directional = [r for r in found.values() if r.rule in ("last_month_name", "next_month_name")]
    for c in [c for c in found.values() if c.kind == "daymonth" and not c.groups.get("year")]:
        for r in directional:  # (the daymonths added here have no rule)
            if c.start < r.core < c.end <= r.end:
                groups = dict(c.groups, direction=r.rule)
                found[(c.start, r.end, "daymonth")] = _Candidate(c.start, r.end, "daymonth", groups, None, c.anchor)
    taken: list[_Candidate] = []
    spans = DisjointSpans()
    for c in sorted(found.values(), key=lambda c: (-(c.end - c.start), c.start)):
        if not spans.overlaps(c.start, c.end):
            taken.append(c)
            spans.add(c.start, c.end)
    taken.sort(key=lambda c: c.start)
    return taken


def _month_ok(m: re.Match, tokens: _Tokens) -> bool:
    """The month name is used as a noun: not 'they may go', not 'to march'."""
    token = tokens.at(m.start("month"))
    return token is None or token.pos_ not in ("VERB", "AUX")


def _inside_name(start: int, end: int, tokens: _Tokens) -> bool:
    """The words are part of a longer name: 'USA Today', 'Fox News Sunday', 'Theresa May'."""
    token = tokens.at(start)
    if token is None or token.ent_type_ in ("", "DATE", "TIME"):
        return False
    ent = tokens.entity_over(token.i) if token.ent_iob_ != "O" else None
    return ent is not None and (ent.start_char < start or ent.end_char > end)


def _named(start: int, tokens: _Tokens) -> bool:
    """A month name alone that the NER reads as a name: 'vers Mars', 'Theresa May'."""
    token = tokens.at(start)
    return token is not None and token.ent_type_ not in ("", "DATE", "TIME", "MISC")


def _month_licensed(start: int, g: _Grammar, tokens: _Tokens) -> bool:
    """A month alone is a date after a preposition ('en mars', 'in May', 'depuis mai') or a period prefix."""
    if g.prefix is not None and g.prefix.search(tokens.lower[max(0, start - 30):start]):
        return True
    prev = tokens.before(start)
    return prev is not None and prev.pos_ == "ADP"


def _bare_number_ok(end: int, tokens: _Tokens) -> bool:
    """'May 3' is a date, 'mars 12 personnes' is not: no noun counted by the number."""
    nxt = tokens.after(end)
    return nxt is None or nxt.pos_ not in ("NOUN",)


def _year_ok(m: re.Match, g: _Grammar, tokens: _Tokens) -> bool:
    """A four-digit number is a year unless it counts something ('2008 soldats', 'about 2000 troops')."""
    text = tokens.text
    start, end = m.span()
    if start >= 2 and text[start - 1] in " \u00a0" and text[start - 2].isdigit():
        return False  # "1 2008": digits grouped by a space
    if re.match(r"\s?[%‰" + _CURRENCY + "]", text[end:end + 2]) or (start and text[start - 1] in _CURRENCY):
        return False
    if _approximated(start, g, tokens):
        return False
    nxt = tokens.after(end)
    number = tokens.at(start)
    if nxt is not None and nxt.pos_ == "NOUN" and "Sing" in nxt.morph.get("Number"):
        return True  # "his 2002 book", "le budget 2019 est voté": a year naming a thing; counts are plural
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in g.months and nxt.lower_ not in g.weekdays:
        prev = tokens.before(start)
        if (number is not None and number.head.i == nxt.i) or prev is None or prev.pos_ != "ADP":
            return False
    return True


def _approximated(start: int, g: _Grammar, tokens: _Tokens) -> bool:
    prev = tokens.before(start)
    if prev is None:
        return False
    words = [t.lower_ for t in tokens.doc[max(0, prev.i - 3):prev.i + 1]]
    return any(tuple(words[-len(a):]) == a for a in g.approximators if len(a) <= len(words))


# --- resolving ---------------------------------------------------------------------------------


def parse_published(published: str | None) -> date | None:
    """The publication day of an ISO 8601 date or datetime, or None."""
    if not published:
        return None
    s = str(published).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _nearest_year(base: date, month: int, day: int | None) -> int:
    """The year that puts (month, day) nearest to ``base``: 10 January after 31 December is next year."""
    best, best_gap = base.year, None
    for y in (base.year - 1, base.year, base.year + 1):
        d = min(day or 15, calendar.monthrange(y, month)[1])
        gap = abs((date(y, month, d) - base).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _year_of(base: date, month: int, day: int | None, c: _Candidate, tokens: _Tokens) -> int:
    """The year of a day or month named without one: the nearest to publication, unless the tense
    of its clause says otherwise ('elle est décédée le 13 mars' in September is the past March)."""
    year = _nearest_year(base, month, day)
    when = (month, day or 1)
    tense = _clause_tense(tokens.at(c.core))
    if tense == "past" and (year, *when) > (base.year, base.month, base.day):
        return year - 1
    if tense == "future" and (year, *when) < (base.year, base.month, base.day):
        return year + 1
    return year


def _fmt(d: date, grain: str) -> str:
    if grain == "year":
        return f"{d.year:04d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return d.isoformat()


def _clause_tense(token: Token | None) -> str | None:
    """'past', 'future' or 'present' for the verb governing ``token``, None when it can't tell."""
    t = token
    for _ in range(6):
        if t is None or t.pos_ in ("VERB", "AUX"):
            break
        if t.head.i == t.i:
            return None
        t = t.head
    if t is None or t.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in t.children if c.dep_.startswith("aux")]
    tenses = set(t.morph.get("Tense"))
    aux_tenses = {x for a in auxes for x in a.morph.get("Tense")}
    if "Fut" in tenses or "Fut" in aux_tenses:
        return "future"
    if any("Inf" in a.morph.get("VerbForm") for a in auxes):
        return "future"  # will be held, va être jugé
    passive = [a for a in auxes if a.dep_ in ("auxpass", "aux:pass")]
    if passive and len(passive) == len(auxes):
        # "was held" is past; "is set for" and "est fixé au" are present, "est décédée le" past:
        # a present passive can't tell
        return "past" if {x for a in passive for x in a.morph.get("Tense")} & {"Past", "Imp"} else None
    if "Past" in aux_tenses or "Imp" in aux_tenses:
        return "past"
    if "Inf" in t.morph.get("VerbForm"):
        return "future"  # will meet, va rencontrer, doit rencontrer, plans to meet
    if tenses & {"Past", "Imp"}:
        return "past"
    if "Pres" in tenses:
        return "present"
    return None


@lru_cache(maxsize=4096)
def _dateparser_day(s: str, code: str) -> date | None:
    """A numeric date in the language's day/month order ('12/03/2019' is 12 March in French)."""
    from dateparser.date import DateDataParser

    try:
        data = DateDataParser(languages=[code], settings={"STRICT_PARSING": True}).get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is not fatal
        return None
    return data.date_obj.date() if data and data.date_obj else None


def _resolve(c: _Candidate, g: _Grammar, base: date | None, tokens: _Tokens) -> tuple[date | None, str] | None:
    """(day, grain) of one candidate; the day stands for its whole period. None when it's no date."""
    gr = c.groups
    if c.kind in ("daymonth", "monthday"):
        month, day = g.months[gr["month"].lower()], int(gr["day"])
        if gr.get("year"):
            year = int(gr["year"])
        elif base is None:
            year = None
        elif gr.get("direction") == "last_month_name":  # le 17 juin dernier
            year = base.year if (month, day) < (base.month, base.day) else base.year - 1
        elif gr.get("direction") == "next_month_name":
            year = base.year if (month, day) > (base.month, base.day) else base.year + 1
        else:
            year = _year_of(base, month, day, c, tokens)
        if year is None:
            return (None, "day") if day <= 31 else None
        try:
            return date(year, month, day), "day"
        except ValueError:
            return None
    if c.kind == "monthyear":
        return date(int(gr["year"]), g.months[gr["month"].lower()], 1), "month"
    if c.kind == "month":
        month = g.months[gr["month"].lower()]
        return (date(_year_of(base, month, None, c, tokens), month, 1) if base else None), "month"
    if c.kind == "year":
        return date(int(gr["year"]), 1, 1), "year"
    if c.kind == "numeric":
        d = _dateparser_day(tokens.text[c.core:c.end], g.lang.code)
        return (d, "day") if d else None
    if c.kind == "weekday":
        wd = g.weekdays[gr["wd"].lower()]
        if base is None:
            return None, "day"
        if _clause_tense(tokens.at(c.core)) == "future":
            return base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1), "day"
        return base - timedelta(days=(base.weekday() - wd) % 7), "day"
    if c.kind == "rule":
        return _resolve_rule(c, g, base, tokens)
    return None


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before": -2, "day_after": 2}
_PERIOD_OFFSETS = {"this": 0, "last": -1, "next": 1}
_UNITS = {"days": "day", "weeks": "week", "months": "month", "years": "year"}


def _resolve_rule(c: _Candidate, g: _Grammar, base: date | None, tokens: _Tokens):
    rule, gr = c.rule or "", c.groups
    if rule in _DAY_OFFSETS:
        return (base + timedelta(days=_DAY_OFFSETS[rule]) if base else None), "day"
    head, _, unit = rule.partition("_")
    if head in _PERIOD_OFFSETS and unit in ("week", "month", "year"):
        return (_shift(base, unit, _PERIOD_OFFSETS[head]) if base else None), unit
    if rule.endswith(("_ago", "_later")) or rule == "years_since":
        unit = _UNITS.get(head)
        n = g.number_value(gr.get("n") or "")
        if unit is None or n is None or n != int(n):
            return None
        tense = _clause_tense(tokens.at(c.core))
        if rule == "years_since" and tense not in ("present", None):
            return None  # "sept ans après son élection, il a démissionné": anchored elsewhere
        if rule.endswith("_later") and tense == "past":
            return None  # "its second bankruptcy in three years": a span of time, not a date
        sign = 1 if rule.endswith("_later") else -1
        return (_shift(base, unit, sign * int(n)) if base else None), unit
    if rule in ("last_weekday", "next_weekday"):
        wd = g.weekdays[gr["wd"].lower()]
        if base is None:
            return None, "day"
        if rule == "last_weekday":
            return base - timedelta(days=(base.weekday() - wd - 1) % 7 + 1), "day"
        return base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1), "day"
    if rule in ("last_month_name", "next_month_name"):
        month = g.months[gr["month"].lower()]
        if base is None:
            return None, "month"
        if rule == "last_month_name":
            year = base.year if month < base.month else base.year - 1
        else:
            year = base.year if month > base.month else base.year + 1
        return date(year, month, 1), "month"
    return None


def _shift(base: date, unit: str, n: int) -> date:
    if unit == "day":
        return base + timedelta(days=n)
    if unit == "week":
        return base + timedelta(weeks=n)
    if unit == "month":
        y, m = _add_months(base.year, base.month, n)
        return date(y, m, 1)
    return date(base.year + n, 1, 1)


def _time_of(c: _Candidate) -> tuple[int, int] | None:
    gr = c.groups
    h, minute = int(gr["h"]), int(gr.get("m") or 0)
    ap = (gr.get("ap") or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return (h, minute) if h < 24 else None


# --- the stage ---------------------------------------------------------------------------------


def find_dates(doc: Doc, lang: LanguageData, published: str | None, text: str | None = None) -> tuple[DateMention, ...]:
    """Date expressions of ``doc`` with their ISO value and grain, resolved against ``published``.

    ``text`` is the article text (``doc.text`` is a same-length normalized copy); spans quote it.
    """
    g = _grammar(lang)
    tokens = _Tokens(doc, text)
    text = tokens.text if text is None else text
    base = parse_published(published)
    items: list[list] = []  # [start, end, value, grain, day]
    times: list[_Candidate] = []
    for c in _candidates(doc, g, tokens):
        if c.kind == "time":
            times.append(c)
            continue
        resolved = _resolve(c, g, base, tokens)
        if resolved is None:
            continue
        day, grain = resolved
        start, end = c.start, c.end
        if g.suffix is not None and grain == "day":
            m = g.suffix.match(tokens.lower[end:end + 30])
            if m:
                end += m.end()
        items.append([start, end, _fmt(day, grain) if day else None, grain, day])

    for t in times:
        _place_time(t, items, tokens)
    return tuple(DateMention(Span(start, end, text[start:end]), value, grain)
                 for start, end, value, grain, _ in sorted(items, key=lambda x: x[0]))


def _place_time(t: _Candidate, items: list[list], tokens: _Tokens) -> None:
    """A time takes the day named in its sentence: merged into that day's span when it follows it
    closely ("le 3 mai à 10h30"), else a mention of its own. Without a day it is dropped."""
    hm = _time_of(t)
    token = tokens.at(t.start)
    if hm is None or token is None:
        return
    sent = token.sent
    days = [x for x in items if x[3] in ("day", "time") and x[4] is not None and sent.start_char <= x[0] < sent.end_char]
    if not days:
        return
    before = [x for x in days if x[1] <= t.start]
    item = max(before, key=lambda x: x[1]) if before else min(days, key=lambda x: x[0])
    stamp = f"{item[4].isoformat()}T{hm[0]:02d}:{hm[1]:02d}"
    between = tokens.text[item[1]:t.start] if item[1] <= t.start else "."
    if item[3] == "day" and len(between) <= _SPAN_GAP and not re.search(r"[\d.;!?]", between):
        item[1], item[2], item[3] = t.end, stamp, "time"
    else:
        items.append([t.start, t.end, stamp, "time", item[4]])


def numeric_date_spans(doc: Doc, lang: LanguageData, text: str | None = None) -> tuple[tuple[int, int], ...]:
    """Character spans whose digits are part of a date or time (day numbers, years, 10h30).

    The quantities stage skips numbers inside them; durations such as "sept ans" are not listed.
    """
    g = _grammar(lang)
    return tuple((c.start, c.end) for c in _candidates(doc, g, _Tokens(doc, text)) if c.kind in NUMERIC_KINDS)
