"""The official CAMEO-to-PLOVER table, read once from the shipped copy (``plover/CAMEO2PLOVER-2021.txt``,
CC BY-SA 4.0, source and licence in ``plover/README.md``).

``TABLE`` maps a CAMEO code ("036", "1711") to its PLOVER (type, mode, context, description);
``plover(code)`` gives (type, mode). A code that is not in the table has no PLOVER reading
(CAMEO 01 "make public statement" and 02 "appeal" among others).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("plover") / "CAMEO2PLOVER-2021.txt"


@dataclass(frozen=True)
class PloverCode:
    code: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    description: str


def parse(text: str) -> dict[str, PloverCode]:
    """``CODE: TYPE, mode, context # description`` lines; the two-digit lines are section headers.
    A code listed twice (175) keeps its first reading."""
    out: dict[str, PloverCode] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", "~")) or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        code = code.strip()
        if not code.isdigit() or len(code) < 3:
            continue
        body, _, desc = rest.partition("#")
        fields = [f.strip() for f in body.split(",")]
        type_ = fields[0]
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        context = tuple(c.strip() for c in fields[2].split(";") if c.strip()) if len(fields) > 2 else ()
        out.setdefault(code, PloverCode(code, type_, mode, context, desc.strip()))
    return out


@lru_cache(maxsize=1)
def table() -> dict[str, PloverCode]:
    return parse(TABLE_PATH.read_text(encoding="utf-8"))


# Where the project's PLOVER reading (design/EVENTS.md, after the PLOVER manual) differs from the 2021
# table, code by code: (type, mode, why). Applied by ``plover``; ``official`` gives the table's own.
READINGS: dict[str, tuple[str, str | None, str]] = {
    "057": ("AGREE", None, "signing an agreement is AGREE in the PLOVER manual (the table keeps CAMEO's SUPPORT)"),
    "116": ("SANCTION", "convict", "a conviction is SANCTION/convict in the PLOVER manual (the table: ACCUSE)"),
    "163": ("SANCTION", None, "imposing sanctions or an embargo is SANCTION in the PLOVER manual (the table: COERCE)"),
}


def official(code: str) -> tuple[str, str | None]:
    """(PLOVER type, mode) as the 2021 table gives them. Raises KeyError for a code it does not map."""
    entry = table()[code]
    return entry.type, entry.mode


def plover(code: str) -> tuple[str, str | None]:
    """(PLOVER type, mode) of a CAMEO code, the project's readings (``READINGS``) over the table's.
    Raises KeyError for a code the table does not map."""
    if code in READINGS:
        official(code)  # still a code of the table
        type_, mode, _ = READINGS[code]
        return type_, mode
    return official(code)
