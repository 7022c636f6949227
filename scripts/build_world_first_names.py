#!/usr/bin/env python3
"""Rebuild ``src/newsgraph/lang/data/world_first_names.tsv`` from the name-gender table that the PyPI
package ``nomquamgender`` ships.

usage: pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg
       python scripts/build_world_first_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

Source: ``nomquamgender`` 0.1.4 (Ian Van Buskirk, Aaron Clauset, Daniel Larremore; MIT licence, see
``lang/data/LICENSE-nomquamgender.txt``). Its ``name_data.json`` maps a first name (lowercase, without
diacritics) to the number of name-gender sources that list it (36 national registers, censuses and
curated lists from many countries), the number of people those sources count, and p(gf), the estimated
share of the people with that name who are women.

A name is kept only when it is strongly one-gendered on broad evidence: at least ``MIN_SOURCES``
sources, at least ``MIN_COUNT`` people, and p(gf) at most ``MAX_UNCERTAINTY`` from 0 or 1 (the package's
own default refuses names between 0.1 and 0.9; this is stricter). A name given to both sexes, or seen in
one or two sources only, is left out, and so gets no guess.
"""
from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "lang" / "data" / "world_first_names.tsv"
MIN_SOURCES = 3
MIN_COUNT = 20
MAX_UNCERTAINTY = 0.05
_NAME = re.compile(r"^[a-z][a-z'-]*[a-z]$")


def genders(table: dict[str, list]) -> dict[str, str]:
    out = {}
    for name, info in table.items():
        sources, count, p_female = info[0], info[1], info[2]
        if not _NAME.match(name) or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if p_female >= 1 - MAX_UNCERTAINTY:
            out[name] = "f"
        elif p_female <= MAX_UNCERTAINTY:
            out[name] = "m"
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    with zipfile.ZipFile(argv[0]) as wheel:
        table = json.loads(wheel.read("nomquamgender/name_data.json").decode("utf-8"))
    found = genders(table)
    header = ("# first name (lowercase, no diacritics)\tf or m; strongly one-gendered names from nomquamgender "
              "0.1.4, see lang/data/README.md\n")
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in found.items()), encoding="utf-8")
    print(f"{len(found)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
