"""The held-out part of every dev set: files we never tune on, reported apart.

A file is held out when the SHA-1 of its stem (the file name without `.gold.json`) is 0 modulo 3,
so about a third of each set, fixed once and independent of the order files are listed in.
Tune on `part="tune"`; quote a change's effect on `part="heldout"`.
"""
from __future__ import annotations

import hashlib

PARTS = ("tune", "heldout", "all")


def is_heldout(stem: str) -> bool:
    return int(hashlib.sha1(stem.encode("utf-8")).hexdigest(), 16) % 3 == 0


def in_part(stem: str, part: str) -> bool:
    if part == "all":
        return True
    return is_heldout(stem) == (part == "heldout")
