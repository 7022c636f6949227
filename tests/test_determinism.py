"""The same input gives the same records in every process, whatever the hash seed.

Workers of `ingest` and of Dask are separate processes: a result that depended on set order
(string hashing is seeded per process) would make a resumed run differ from a clean one.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

SCRIPT = r"""
import hashlib, json, sys
import newsgraph
from newsgraph.model import Article
articles = [Article(**a) for a in json.load(sys.stdin)]
for result in newsgraph.analyze_many(articles):
    record = result.to_dict()
    print(record["article"]["id"], hashlib.sha1(json.dumps(record, sort_keys=True).encode()).hexdigest())
"""


def test_records_do_not_depend_on_the_hash_seed(shared, seed_text):
    articles = [{"text": seed_text, "id": "seed", "published": "2021-12-31", "lang": "fr"}]
    with open(shared / "bench" / "orangesum-5k.fr.jsonl", encoding="utf-8") as lines:
        for line, _ in zip(lines, range(40)):
            record = json.loads(line)
            articles.append({"text": record["text"], "id": record["id"], "published": record["published"],
                             "lang": "fr"})
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", SCRIPT], input=json.dumps(articles), capture_output=True,
                              text=True, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=600, check=True)
        outputs.append(done.stdout.splitlines())
    assert len(outputs[0]) == len(articles)
    differing = [a for a, b in zip(outputs[0], outputs[1]) if a != b]
    assert not differing, f"records differ between hash seeds for: {differing}"
