"""A JSONL file as a careless feed or an attacker writes one: good lines between every kind of bad line.

Shared by the reader tests (tests/test_readers.py) and the ingest tests (tests/store/test_ingest.py).
"""
from __future__ import annotations

import json

GOOD = [
    {"id": "g1", "lang": "fr", "text": "Poutine a parlé à Biden. « Nous ne voulons pas la guerre », a-t-il dit."},
    {"id": "g2", "lang": "fr", "text": "Macron répond : « La France soutiendra l'Ukraine ». Été 2022, 100 000 soldats."},
    {"id": "g3", "lang": "en", "text": "Biden said: « We will respond ». Putin denies plans for Ukraine\u2028 today."},
    {"id": "g4", "lang": "fr", "text": "Dernière ligne, après toutes les autres : l'apostrophe ’ et « guillemets »."},
]

# line number -> (the raw line, the code of its error row)
BAD = {
    2: (b"[" * 100_000, "E004"),                                                      # RecursionError
    4: (b'{"id": "n", "text": "Un nombre.", "n": ' + b"7" * 5000 + b"}", "E004"),      # ValueError (int digits)
    5: (b'{"id": "z", "text": "avant\x00apr\xc3\xa8s"}', "E002"),                     # a raw NUL byte
    7: (b'{"id": "c", "text": "caf\xe9 cr\xe8me"}', "E006"),                          # cp1252 bytes in a UTF-8 file
    8: ('{"id": "t", "text": "Une ligne coup'.encode("utf-8"), "E004"),                # truncated
}
GOOD_LINES = {1: GOOD[0], 3: GOOD[1], 6: GOOD[2], 9: GOOD[3]}


def good_line(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def hostile_jsonl(fixed: tuple[int, ...] = ()) -> bytes:
    """The file; the lines in ``fixed`` are replaced by good articles (ids fixed-N)."""
    lines = []
    for number in range(1, 10):
        if number in GOOD_LINES:
            lines.append(good_line(GOOD_LINES[number]))
        elif number in fixed:
            lines.append(good_line({"id": f"fixed-{number}", "text": f"La ligne {number} est réparée."}))
        else:
            lines.append(BAD[number][0])
    return b"\n".join(lines) + b"\n"
