"""Reading numbers written in digits or in words. Shared by the dates and quantities stages.

Digits follow both the French and the English conventions without being told the language:
a separator followed by exactly three digits groups thousands (``100 000``, ``1.500``,
``1,500,000``), any other separator is a decimal mark (``2,5``, ``2.5``), and ``0,125`` stays
decimal. Words are read with the language's ``number_words`` and ``multipliers``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# Thousands grouped by (no-break) spaces, else digits with . or , between them.
DIGITS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])|\d+(?:[.,]\d+)*")


def parse_digits(s: str) -> float | None:
    """The value of a number written in digits: '100 000' -> 100000, '2,5' -> 2.5, '1,500' -> 1500."""
    s = re.sub(r"[ \u00a0\u202f\u2009]", "", s)
    if not s or not s[0].isdigit():
        return None
    groups = re.split(r"[.,]", s)
    seps = re.findall(r"[.,]", s)
    if not seps:
        return float(s)
    if len(set(seps)) == 2:  # 1,500.25 or 1.500,25: the last separator is the decimal mark
        whole = "".join(groups[:-1])
        return float(f"{whole}.{groups[-1]}")
    if all(len(g) == 3 for g in groups[1:]) and groups[0] not in ("0", "") and (len(seps) > 1 or len(groups[0]) <= 3):
        return float("".join(groups))
    if len(seps) == 1:
        return float(f"{groups[0]}.{groups[1]}")
    return None  # 1.2.3: not a number (a version, a date...)


def combine(parts: Sequence[tuple[float, bool]]) -> float:
    """The value of a run of number parts, each (value, is_multiplier): ('quatre', 'vingt') -> 80,
    ('trois', 'cent', 'cinquante', 'mille') -> 350000, (2.5, 'millions') -> 2500000.

    A part larger than the one before multiplies it (quatre-vingts, deux cents, deux milliers);
    a smaller one adds to it (vingt-cinq, cent vingt); a multiplier of a thousand or more closes
    the group before it (deux mille cinq cents), or multiplies all before it when larger (mille milliards).
    """
    total = 0.0
    current = 0.0
    last: float | None = None
    for value, is_multiplier in parts:
        if is_multiplier and value >= 1000:
            if total and value > total:  # mille milliards: a larger scale multiplies all before it
                total = (total + current) * value
            else:
                total += (current or 1.0) * value
            current, last = 0.0, None
        elif last is not None and value > last:
            current = current - last + last * value
            last = last * value
        else:
            current += value
            last = value
    return total + current
