"""Convert the PETRARCH2/Phoenix actor and agent dictionaries into the compact file newsgraph ships.

    python scripts/build_actor_dictionaries.py [PETRARCH2_DIR] [--out PATH]

PETRARCH2_DIR defaults to ../shared/data/petrarch2 (or $NEWSGRAPH_SHARED/data/petrarch2). The output,
src/newsgraph/dictionaries/phoenix_actors.json.gz, is deterministic: the same input gives the same
bytes (sorted keys, gzip mtime 0), so a test can rebuild it and compare.

The reading follows PETRARCH2's own reader (petrarch2/PETRreader.py, read_actor_dictionary and
read_agent_dictionary) so that the codes mean what they mean to the coder:
- a primary phrase line starts a record; `+` lines add synonyms; tab-indented `[CODE DATES]` lines
  are date restrictions (`<D` until D, `>D` from D, `D1-D2`, all inclusive), `[CODE]` a default code;
- a primary line with no code and no restriction under it joins the next record (PETRARCH gives both
  the same code index): that is how `DMITRY_MEDVEDEV_` shares the codes listed under `DMITR_MEDVEDEV_`;
- dates are YYMMDD (years <= 30 are 20xx) or YYYYMMDD; a date that does not parse is skipped, as
  PETRARCH skips it;
- agents: `PHRASE {PLURAL} [~CODE]`, regular plurals made by PETRARCH's rule (Y->IES, S->SES, else S),
  `{}` means no plural, `!MARKER!` substitution sets are expanded; `~CODE` is added after the actor's
  code, `CODE~` before it.
Unlike PETRARCH, a primary line that carries dates (`NAME_ [IGOUNO 820101-911231] [ELI]`) has them
read as restrictions (PETRARCH would keep the whole bracket as one odd default code).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "dictionaries" / "phoenix_actors.json.gz"
EXTRA_TITLES = ROOT / "src" / "newsgraph" / "dictionaries" / "extra_titles.agents.txt"
ACTOR_FILES = (
    ("Phoenix.Countries.actors.txt", "countries"),
    ("Phoenix.International.actors.txt", "international"),
    ("Phoenix.MilNonState.actors.txt", "nonstate"),
)
AGENT_FILE = "Phoenix.agents.txt"
SOURCE = "openeventdata/petrarch2 at 676801cd, petrarch2/data/dictionaries/ (MIT)"

# CAMEO actor type codes (CAMEO manual 1.1b3, ch. 2, "Actor codes"), grouped as GDELT groups its
# Actor1Type1Code..Type3Code. "role" codes say what an actor does (government, military, rebels ...);
# the other type codes (religions, ethnic groups) say what it is.
ROLE_CODES = {
    "domestic": ["COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF"],
    "primary": ["AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG",
                "MED", "MOD", "RAD", "REF"],
    "international": ["IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"],
}

_DATE = re.compile(r"\d{6,8}")


def parse_date(text: str) -> str | None:
    """PETRARCH's dstr_to_ordate reading of YYMMDD / YYYYMMDD, as an ISO date, or None if invalid."""
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_restriction(body: str) -> list | None:
    """`CODE`, `CODE <D`, `CODE >D` or `CODE D1-D2` -> [code, start, end] (None = open); None if bad."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip()
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not re.fullmatch(r"[A-Z0-9]+", code):   # `---` is PETRARCH's explicit null code
        return None
    if not rest:
        return [code, None, None]
    if rest[0] in "<>":
        found = _DATE.search(rest)
        when = parse_date(found.group()) if found else None
        if when is None:
            return None
        return [code, None, when] if rest[0] == "<" else [code, when, None]
    if "-" in rest:
        first, _, second = rest.partition("-")
        start, end = parse_date(first), parse_date(second)
        if start is None or end is None or end < start:
            return None
        return [code, start, end]
    return None


def phrase_words(phrase: str) -> list[str]:
    """`RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN_` -> ['RUSSIAN', 'PRESIDENT', 'VLADIMIR', 'V.', 'PUTIN']."""
    return [w for w in re.split(r"[_\s]+", phrase.strip()) if w]


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip("\n").rstrip()


def read_actor_file(path: Path) -> tuple[list[dict], dict]:
    """Records of one actor file: {'phrases': [...], 'codes': [[code, start, end], ...]}."""
    records: list[dict] = []
    skipped = {"bad_restrictions": 0, "no_code": 0}
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current["codes"]:
            records.append(current)
            current = None

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "---STOP---" in raw:
            break
        line = strip_comment(raw)
        if not line.strip():
            continue
        if line[0] in " \t" and line.strip().startswith("["):      # date restriction
            if current is None:
                skipped["bad_restrictions"] += 1
                continue
            for body in re.findall(r"\[([^\]]*)\]", line):
                parsed = parse_restriction(body)
                if parsed is None:
                    skipped["bad_restrictions"] += 1
                else:
                    current["codes"].append(parsed)
            continue
        text = line.strip()
        if text.startswith("+"):                                  # synonym
            if current is None:
                current = {"phrases": [], "codes": []}
            words = phrase_words(text[1:].split(";", 1)[0].split("[", 1)[0])
            if words:
                current["phrases"].append(words)
            continue
        # primary phrase: closes the previous record only if that one has codes (PETRARCH's rule)
        close()
        if current is None:
            current = {"phrases": [], "codes": []}
        head = text.split(";", 1)[0]
        words = phrase_words(head.split("[", 1)[0])
        if words:
            current["phrases"].append(words)
        for body in re.findall(r"\[([^\]]*)\]", head):
            parsed = parse_restriction(body)
            if parsed is None:
                skipped["bad_restrictions"] += 1
            else:
                current["codes"].append(parsed)
    if current is not None and not current["codes"]:
        skipped["no_code"] += 1
    close()
    return records, skipped


def read_agent_lines(path: Path) -> list[tuple[list[str], list[list[str]], str, str]]:
    """Agent records: (singular words, plural forms, code, position 'suffix'|'prefix')."""
    markers: dict[str, list[str]] = {}
    out = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = strip_comment(raw).strip()
        if not line or line.startswith("<!"):
            continue
        if "!" in line and "=" in line:
            name = line.split("!")[1]
            markers[name] = [item.strip() for item in line.split("=", 1)[1].split(",") if item.strip()]
            continue
        if "[" not in line:
            continue
        phrase, _, rest = line.partition("[")
        raw_code = re.split(r"[\]}]", rest, 1)[0].strip()
        if not raw_code:
            continue
        position = "prefix" if raw_code.endswith("~") and not raw_code.startswith("~") else "suffix"
        code = raw_code.strip("~")
        if not re.fullmatch(r"[A-Z0-9]+", code):
            continue
        phrase = phrase.strip()
        if "!" in phrase:                                   # substitution set: no other plurals
            name = phrase.split("!")[1]
            for item in markers.get(name, []):
                expanded = phrase.replace("!" + name + "!", item)
                out.append((phrase_words(expanded), [], code, position))
            continue
        if "{" in phrase:
            root = phrase[: phrase.find("{")]
            inner = phrase[phrase.find("{") + 1: phrase.find("}")] if "}" in phrase else ""
            plurals = [phrase_words(inner)] if inner.strip() else []
            out.append((phrase_words(root), plurals, code, position))
            continue
        words = phrase_words(phrase)
        if not words:
            continue
        last = words[-1]
        if last.endswith("Y"):
            plural_last = last[:-1] + "IES"
        elif last.endswith("S"):
            plural_last = last + "ES"
        else:
            plural_last = last + "S"
        out.append((words, [words[:-1] + [plural_last]], code, position))
    return out


def split_code(code: str, countries: set[str], roles: set[str]) -> tuple[str | None, list[str]]:
    if len(code) >= 3 and code[:3] in countries:
        return code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    return None, [code[i:i + 3] for i in range(0, len(code), 3)]


def title_index(agents: list[tuple[list[str], list[list[str]], str, str]]) -> dict[tuple[str, ...], str]:
    """Office titles: singular agent phrases whose code is a role of office (GOV, MIL, LEG, JUD, ...).
    Hyphens count as word breaks, so SECRETARY-GENERAL matches SECRETARY_GENERAL."""
    offices = {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "ELI", "SPY", "PTY", "IGO"}
    index: dict[tuple[str, ...], str] = {}
    for words, _plurals, code, position in agents:
        if position != "suffix" or code[:3] not in offices:
            continue
        key = tuple(p for w in words for p in w.split("-") if p)
        index.setdefault(key, "_".join(key))
    return index


def find_titles(phrase: list[str], titles: dict[tuple[str, ...], str], longest: int) -> list[str]:
    """Longest-first, non-overlapping title phrases in an alias, only where a name follows them
    (English puts the title before the name: PRESIDENT_VLADIMIR_PUTIN, not MARTIN_LUTHER_KING)."""
    words = [p for w in phrase for p in w.split("-") if p]
    found, i, last_end = [], 0, -1
    while i < len(words) - 1:
        for n in range(min(longest, len(words) - 1 - i), 0, -1):
            key = tuple(words[i:i + n])
            if key in titles:
                title = re.sub(r"[^A-Z0-9_]", "", titles[key])
                if i == last_end and found:          # DEPUTY + SECRETARY_OF_STATE: one compound title
                    found[-1] = found[-1] + "_" + title
                else:
                    found.append(title)
                i += n
                last_end = i
                break
        else:
            i += 1
    return found


def build(src: Path) -> dict:
    roles = sorted({c for group in ROLE_CODES.values() for c in group})
    role_set = set(roles)
    all_records = []
    skipped = {}
    for filename, kind in ACTOR_FILES:
        records, skip = read_actor_file(src / filename)
        skipped[filename] = skip
        all_records.extend((kind, r) for r in records)
    countries = {
        r["codes"][0][0]: " ".join(r["phrases"][0])
        for kind, r in all_records
        if kind == "countries" and len(r["codes"]) == 1 and r["codes"][0][1:] == [None, None]
        and re.fullmatch(r"[A-Z]{3}", r["codes"][0][0])
    }
    agents_raw = read_agent_lines(src / AGENT_FILE)
    titles_src = list(agents_raw)
    if EXTRA_TITLES.exists():
        titles_src += read_agent_lines(EXTRA_TITLES)
    titles = title_index(titles_src)
    longest = max(len(k) for k in titles)

    persons, names = [], []
    for kind, r in all_records:
        dated = any(c[1] or c[2] for c in r["codes"])
        elite = any(split_code(c[0], set(countries), role_set)[1][:1] == ["ELI"] for c in r["codes"])
        if dated or elite:
            found: list[str] = []
            for p in r["phrases"]:
                for t in find_titles(p, titles, longest):
                    if t not in found:
                        found.append(t)
            # the display name is the first phrase that carries no title (not SECRETARY-GENERAL_BAN_KI-MOON)
            plain = [p for p in r["phrases"] if not find_titles(p, titles, longest)]
            persons.append({"name": (plain or r["phrases"])[0], "aliases": r["phrases"], "codes": r["codes"],
                            "titles": found, "source": kind})
        else:
            code = r["codes"][-1][0]
            country, chunks = split_code(code, set(countries), role_set)
            if kind == "countries" and code in countries:
                sort = "country"
            elif kind == "nonstate":
                sort = "nonstate"
            elif chunks and chunks[0] in ("IGO", "NGO", "MNC", "IMG", "NGM"):
                sort = chunks[0].lower()
            else:
                sort = "group"
            names.append({"name": r["phrases"][0], "aliases": r["phrases"], "code": code, "kind": sort})

    agents = [{"words": w, "plurals": p, "code": c, "position": pos} for w, p, c, pos in agents_raw]
    # the latest date any restriction names: an open range (`>080508`) is only known to hold until
    # about then (the files were generated in 2014)
    latest = max(d for _k, r in all_records for c in r["codes"] for d in c[1:] if d)
    return {
        "format": "newsgraph/phoenix-actors/v1",
        "source": SOURCE,
        "role_codes": ROLE_CODES,
        "countries": dict(sorted(countries.items())),
        "persons": persons,
        "names": names,
        "agents": agents,
        "skipped": skipped,
        "latest_date": latest,
    }


def dump(data: dict) -> bytes:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def default_source() -> Path:
    shared = os.environ.get("NEWSGRAPH_SHARED")
    base = Path(shared) if shared else ROOT.parent / "shared"
    return base / "data" / "petrarch2"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=default_source())
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.source / AGENT_FILE).exists():
        print(f"build_actor_dictionaries: error: {args.source} has no {AGENT_FILE}; "
              "give the petrarch2 folder of ../shared/data", file=sys.stderr)
        return 2
    data = build(args.source)
    blob = dump(data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(blob)
    print(f"{args.out}: {len(blob):,} bytes; {len(data['persons']):,} persons, "
          f"{len(data['names']):,} names, {len(data['countries']):,} countries, "
          f"{len(data['agents']):,} agents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
