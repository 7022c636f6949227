"""Quantities: numbers with what they count, and whether they are approximate.

A number is written in digits (French and English separators alike: ``100 000``, ``1.500``,
``2,5``, ``$2.5``; see numbers.py) or in the language's ``number_words``, with its
``multipliers`` (``2,5 millions``, ``trois milliards``, ``hundreds of thousands``). Its unit is
the lemma of the noun it counts (``100 000 soldats`` -> ``soldat``), ``%`` for a percentage, or
the currency of a symbol (``€`` -> ``euro``, ``$`` -> ``dollar``, read through the lemmatizer).
An ``approximator`` of the language before it (``environ``, ``près de``, ``about``) or a plural
collective (``des centaines de``, ``hundreds of``) makes it approximate.

Left out: numbers without a unit (article numbers, scores, lone figures), ordinals (``1er``,
``21st``), digits of dates and times (``le 10 janvier``, ``en 2008``, ``10h30``), and
``un``/``une``/``one`` alone, which are articles far more often than counts.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ..lang import LanguageData, compiled
from ..model import Quantity, Span
from ..nlp import model_text
from .dates import numeric_date_spans
from .intervals import DisjointSpans
from .numbers import DIGITS, combine, parse_digits

# Symbols read the same in every language; the lemmatizer names most of them ('€' -> 'euro'),
# this table names the rest.
_SYMBOL_UNITS = {"%": "%", "‰": "‰", "€": "euro", "$": "dollar", "£": "pound", "¥": "yen",
                 "₽": "ruble", "₹": "rupee", "us$": "dollar"}
_CURRENCY_NAMES = frozenset(v for v in _SYMBOL_UNITS.values() if v.isalpha()) | {"livre", "franc", "rouble", "yuan"}
_CURRENCY = re.compile(r"^(?P<mult>[^\W\d_]{1,3})?(?P<cur>[€$£¥₽₹]|us\$)\.?$", re.IGNORECASE)  # 'Md€.' ends a sentence
# A percentage is reported with the unit '%' whatever the language writes for it.
_PERCENT = (("%",), ("pour", "cent"), ("pourcent",), ("pour-cent",), ("percent",), ("per", "cent"),
            ("pct",), ("pct.",))
_MAX_UNIT_DISTANCE = 3  # "100 U.S. troops", "deux hauts responsables"


class _Numbers:
    """The number vocabulary of one language, lowercased."""

    def __init__(self, lang: LanguageData) -> None:
        self.words = {k.lower(): float(v) for k, v in lang.number_words.items()}
        self.multipliers = {k.lower(): float(v) for k, v in lang.multipliers.items()}
        # short forms (m, k, bn, Md) are multipliers only beside a currency: "10 m" is ten metres
        self.abbreviations = {k for k in self.multipliers if len(k) <= 3}
        # longest first, ties in a fixed order: the result must not depend on set iteration (hash seeds)
        self.approximators = tuple(sorted({tuple(w.lower().replace("’", "'") for w in a) for a in lang.approximators},
                                          key=lambda a: (-len(a), a)))
        self.longest_approximator = max((len(a) for a in self.approximators), default=0)
        # where a number may begin: a digit, or a number word (alone or hyphenated)
        vocabulary = sorted(set(self.words) | (set(self.multipliers) - self.abbreviations), key=lambda w: (-len(w), w))
        self.start = re.compile(r"(?<!\w)(?:\d|(?:" + "|".join(map(re.escape, vocabulary)) + r")(?!\w))",
                                re.IGNORECASE)

    def word(self, text: str) -> list[tuple[float, bool]] | None:
        """The parts of one number word ('quatre-vingt-dix', 'millions'), or None."""
        low = text.lower()
        if low in self.multipliers and low not in self.abbreviations:
            return [(self.multipliers[low], True)]
        if low in self.words:
            return [(self.words[low], False)]
        pieces = low.split("-")
        if len(pieces) < 2:
            return None
        parts = []
        for piece in pieces:
            if piece in self.words:
                parts.append((self.words[piece], False))
            elif piece in self.multipliers and piece not in self.abbreviations:
                parts.append((self.multipliers[piece], True))
            elif len(piece) <= 3 and parts:  # the 'et' of vingt-et-un
                continue
            else:
                return None
        return parts or None

    def is_collective_plural(self, text: str) -> bool:
        """'centaines', 'milliers', 'hundreds', 'millions': a count given as an order of magnitude."""
        low = text.lower()
        return low.endswith("s") and (low in self.words or low in self.multipliers) and (
            low[:-1] in self.words or low[:-1] in self.multipliers)


def _numbers(lang: LanguageData) -> _Numbers:
    return compiled(lang, _Numbers)


def find_quantities(doc: Doc, lang: LanguageData, text: str | None = None) -> tuple[Quantity, ...]:
    """Quantities of ``doc``: value, unit lemma, approximate. Spans quote ``text``, the article text
    (``doc.text`` is a same-length normalized copy)."""
    # doc.text is rebuilt from the tokens at each access: normalize the article's text instead
    doc_text = doc.text if text is None else model_text(text)
    text = doc_text if text is None else text
    nums = _numbers(lang)
    dated: DisjointSpans | None = None  # found when the first number is
    out: list[Quantity] = []
    i = 0
    for start in _number_starts(doc, doc_text, nums):
        if start < i:
            continue
        expr = _expression(doc, doc_text, start, nums)
        if expr is None:
            continue
        first, last, parts, glued_currency = expr
        i = last + 1
        start_char, end_char = doc[first].idx, doc[last].idx + len(doc[last].text)
        if dated is None:
            dated = DisjointSpans(numeric_date_spans(doc, lang, text))
        if dated.overlaps(start_char, end_char):
            continue
        words = [t for t in doc[first:last + 1]]
        if len(parts) == 1 and parts[0][0] == 1 and not words[0].text[0].isdigit():
            continue  # un, une, one: an article
        if not words[0].text[0].isdigit() and words[0].pos_ in ("ADJ", "VERB", "PROPN"):
            continue  # "un bâtiment neuf"
        before = doc[first - 1] if first > 0 else None
        currency_before = _symbol_unit(before) if before is not None and not before.is_space else None
        if currency_before == "%":
            currency_before = None
        unit, unit_end = _unit(doc, last, nums)
        if glued_currency:
            unit, unit_end = glued_currency, last
        if currency_before:
            unit = currency_before
            if unit_end is None or doc[unit_end].pos_ == "NOUN" and _symbol_unit(doc[unit_end]) is None:
                unit_end = last
            first_span = first - 1
        else:
            first_span = first
        if unit is None or unit_end is None:
            continue
        value = combine(parts)
        if not math.isfinite(value):
            continue  # a 400-digit "number" is noise, and JSON has no Infinity
        approx_start = _approximator_start(doc, first_span, first, nums)
        approximate = approx_start is not None or nums.is_collective_plural(words[0].text)
        span_first = approx_start if approx_start is not None else first_span
        if unit_end > last:
            i = max(i, unit_end + 1)
        s, e = doc[span_first].idx, doc[unit_end].idx + len(doc[unit_end].text)
        out.append(Quantity(Span(s, e, text[s:e]), value, unit, approximate))
    return tuple(out)


def _expression(doc: Doc, text: str, i: int, nums: _Numbers):
    """(first, last, parts, glued currency unit) of the number starting at token i, or None."""
    token = doc[i]
    glued_currency = None
    if token.text[0].isdigit():
        if token.idx > 0 and (text[token.idx - 1].isalnum() or text[token.idx - 1] in "-/:.,'_#"):
            return None  # COVID-19, 3-1, n°5...
        m = DIGITS.match(text, token.idx)
        value = parse_digits(m.group()) if m else None
        if value is None:
            return None
        last = i
        while last + 1 < len(doc) and doc[last + 1].idx < m.end():
            last += 1
        tail = text[m.end():doc[last].idx + len(doc[last].text)]
        parts: list[tuple[float, bool]] = [(value, False)]
        if tail:  # glued to the digits: '3m€', '2bn', else an ordinal or a code ('1er', '10h30')
            glued = _CURRENCY.match(tail)
            if glued and (not glued["mult"] or glued["mult"].lower() in nums.multipliers):
                if glued["mult"]:
                    parts.append((nums.multipliers[glued["mult"].lower()], True))
                glued_currency = _SYMBOL_UNITS.get(glued["cur"].lower())
            elif tail.lower() in nums.multipliers and _currency_near(doc, i, last + 1):
                parts.append((nums.multipliers[tail.lower()], True))
            else:
                return None
        if re.match(r"[-:/]\d", text[m.end():m.end() + 2]) or re.match(r"[.,]\d", text[m.end():m.end() + 2]):
            return None  # 3-1, 2:1, 1.2.3
    else:
        parts = nums.word(token.text)
        if parts is None:
            return None
        last = i
    # more words of the same number: "trois cent mille", "2,5 millions", "centaines de milliers"
    while last + 1 < len(doc) and glued_currency is None:
        nxt = doc[last + 1]
        more = nums.word(nxt.text)
        if more is not None and more[0][0] < parts[-1][0] < 20 and not parts[-1][1]:
            break  # "tous deux une couche", "two three": two numbers, not one
        if more is not None:
            parts += more
            last += 1
            continue
        low = nxt.lower_
        cur = _CURRENCY.match(nxt.text)
        abbreviation = low[:-1] if low.endswith(".") else low  # "£3m." ends a sentence
        if abbreviation in nums.abbreviations and _currency_near(doc, i, last + 2):
            parts.append((nums.multipliers[abbreviation], True))
            last += 1
            if abbreviation != low:
                break
            continue
        if cur and cur["mult"] and cur["mult"].lower() in nums.multipliers:  # '1,5 Md€'
            parts.append((nums.multipliers[cur["mult"].lower()], True))
            glued_currency = _symbol_unit(nxt, symbol=cur["cur"])
            last += 1
            break
        if last + 2 < len(doc):
            after = nums.word(doc[last + 2].text)
            if after and nxt.text == "-" and nxt.idx + 1 == doc[last + 2].idx and not nxt.whitespace_ \
                    and doc[last].idx + len(doc[last].text) == nxt.idx:
                parts += after  # "Sixty-two", split by the tokenizer
                last += 2
                continue
            if after and nxt.pos_ == "CCONJ" and parts[-1][0] >= 20 and after[0][0] < parts[-1][0] \
                    and not parts[-1][1]:
                parts += after  # vingt et un, one hundred and five
                last += 2
                continue
            if after and nxt.pos_ == "ADP" and not token.text[0].isdigit() and (
                    after[0][1] or nums.is_collective_plural(doc[last + 2].text)):
                parts += after  # des centaines de milliers, hundreds of thousands
                last += 2
                continue
        break
    return i, last, parts, glued_currency


def _currency_near(doc: Doc, first: int, after: int) -> bool:
    """A currency symbol right before the number, or right after its multiplier."""
    if first > 0 and _CURRENCY.match(doc[first - 1].text):
        return True
    if after < len(doc) and _CURRENCY.match(doc[after].text):
        return True
    # "20 Mds d'euros", "3 bn of dollars"
    return after + 1 < len(doc) and doc[after].pos_ == "ADP" and doc[after + 1].lemma_.lower() in _CURRENCY_NAMES


def _symbol_unit(token: Token | None, symbol: str | None = None) -> str | None:
    if token is None:
        return None
    sym = (symbol or token.text).lower()
    if sym not in _SYMBOL_UNITS:
        return None
    if sym == "%":
        return "%"
    lemma = token.lemma_.lower() if symbol is None else ""
    return lemma if lemma.isalpha() else _SYMBOL_UNITS[sym]


def _unit(doc: Doc, last: int, nums: _Numbers) -> tuple[str | None, int | None]:
    """(unit, index of its last token) of the number ending at token ``last``."""
    n = len(doc)
    following = [t.lower_ for t in doc[last + 1:last + 3]]
    for words in _PERCENT:
        if tuple(following[:len(words)]) == words:
            return "%", last + len(words)
    if last + 1 >= n:
        return None, None
    nxt = doc[last + 1]
    symbol = _symbol_unit(nxt)
    if symbol:
        return symbol, last + 1
    # "2,5 millions d'euros", "hundreds of troops": the noun after the preposition
    head_word = doc[last]
    if (head_word.lower_ in nums.multipliers or head_word.lower_ in nums.words) and not head_word.text[0].isdigit() \
            and nxt.pos_ == "ADP" and last + 2 < n:
        noun = doc[last + 2]
        # the noun depends on the number ("des centaines de personnes", "hundreds of people"),
        # not on something else ("held thousands in chains")
        attached = noun.head.i == last or (noun.head.i == nxt.i and nxt.head.i == last)
        if attached and (noun.pos_ in ("NOUN", "PROPN") or _symbol_unit(noun)):
            return _lemma(noun), last + 2
    # the noun counted, maybe after adjectives or a name: "100 000 soldats", "100 U.S. troops"
    for k in range(last + 1, min(n, last + 1 + _MAX_UNIT_DISTANCE)):
        t = doc[k]
        if t.pos_ == "NOUN":
            if t.dep_ == "compound" and k < t.head.i <= last + _MAX_UNIT_DISTANCE and t.head.pos_ == "NOUN":
                t = t.head  # "3,210 shooting victims" counts victims
            return _lemma(t), t.i
        if t.pos_ in ("ADJ", "PROPN") and t.head.i > k and t.head.pos_ == "NOUN":
            continue
        break
    return None, None


def _lemma(token: Token) -> str:
    symbol = _symbol_unit(token)
    if symbol:
        return symbol
    return (token.lemma_ or token.text).lower()


def _approximator_start(doc: Doc, first_span: int, first: int, nums: _Numbers) -> int | None:
    """Index of the first token of an approximator ending right before the number (or its currency
    symbol), or overlapping its first word ('une centaine'). None when there is none."""
    offset = max(0, first_span - nums.longest_approximator)
    low = [t.lower_ for t in doc[offset:first + nums.longest_approximator]]
    for a in nums.approximators:  # longest first
        k = len(a)
        if first_span - k >= 0 and tuple(low[first_span - k - offset:first_span - offset]) == a:
            return first_span - k
        for split in range(0, k):  # ("une", "centaine"): the approximator begins the number
            s = first - split
            if s >= 0 and tuple(low[s - offset:s - offset + k]) == a:
                return s
    return None


def _number_starts(doc: Doc, doc_text: str, nums: _Numbers) -> list[int]:
    """Indices of the tokens that may begin a number: digits or a number word. Found on the text,
    so that the other tokens are never built."""
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    found: list[int] = []
    for m in nums.start.finditer(doc_text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and (not found or found[-1] != i):
            found.append(i)
    return found
