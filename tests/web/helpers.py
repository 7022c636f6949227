"""Helpers for the web tests: a stub analyzer, the seed's gold records as a contract dict, a hostile article."""
from __future__ import annotations

import json
import re
from pathlib import Path

from newsgraph.model import content_id

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / "src" / "newsgraph" / "examples" / "putin-biden-call.fr.txt"
ARTIFACTS = HERE.parents[1] / "tests" / "artifacts"


class Stub:
    """What ``newsgraph.analyze`` returns, for a fixed contract dict (its text replaced by the caller's)."""

    def __init__(self, data: dict):
        self.data = data
        self.calls = []

    def __call__(self, text, *, lang=None, published=None, title=None, id=None, url=None):
        self.calls.append(text)
        data = json.loads(json.dumps(self.data))
        data["article"].update(text=text, lang=lang or data["article"]["lang"], published=published,
                               title=title, id=id or content_id(text), url=url)
        return _Result(data)


class _Result:
    def __init__(self, data):
        self._data = data

    def to_dict(self):
        return self._data


def _find(text: str, needle: str, start: int = 0, end: int | None = None) -> int:
    at = text.find(needle, start, end if end is not None else len(text))
    if at < 0:
        raise ValueError(f"{needle!r} not in the seed")
    return at


def gold_contract(text: str, gold: dict) -> dict:
    """The gold annotations of the seed as a contract dict: every string located in the text."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    taken: list[tuple[int, int]] = []
    entities, ids = [], {}
    for i, e in enumerate(gold["entities"]):
        ids[e["name"]] = f"e{i}"
    # longest forms first, so "M. Poutine" is one mention and not "Poutine" inside it
    forms = sorted(((m, e["name"]) for e in gold["entities"] for m in e["mentions"]), key=lambda f: -len(f[0]))
    mentions: dict[str, list] = {name: [] for name in ids}
    for form, name in forms:
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            s, t = match.span()
            if any(s < b and a < t for a, b in taken):
                continue
            taken.append((s, t))
            mentions[name].append({"start": s, "end": t, "text": text[s:t]})
    for e in gold["entities"]:
        ms = sorted(mentions[e["name"]], key=lambda m: m["start"])
        if not ms:
            continue
        entities.append({"id": ids[e["name"]], "type": e["type"], "name": e["name"],
                         "key": f"{e['type'].lower()}:{e['name'].lower()}", "country": e.get("country"),
                         "descriptors": e.get("descriptors", []), "geo": None, "mentions": ms})
    present = {e["id"] for e in entities}

    def ent(name):
        return ids.get(name) if ids.get(name) in present else None

    quotes = []
    for i, q in enumerate(gold["quotes"]):
        ls, le = lines[q["line"] - 1]
        s = _find(text, q["text"], ls, le)
        cue = None
        if q.get("cue"):
            c = _find(text, q["cue"], ls, le)
            cue = {"start": c, "end": c + len(q["cue"]), "text": q["cue"]}
        sm = None
        speaker = ent(q["speaker"])
        if speaker:
            near = [m for e in entities if e["id"] == speaker for m in e["mentions"] if ls <= m["start"] < le
                    and not (s <= m["start"] < s + len(q["text"]))]
            sm = near[0] if near else None
        quotes.append({"id": f"q{i}", "kind": q["kind"], "start": s, "end": s + len(q["text"]), "text": q["text"],
                       "speaker": speaker, "speaker_mention": sm, "cue": cue, "addressee": ent(q.get("addressee")),
                       "source": ent(q.get("source")), "confidence": 0.9})
    events = []
    for i, ev in enumerate(gold["events"]):
        ls, le = lines[ev["line"] - 1]
        t = _find(text, ev["trigger"], ls, le)
        events.append({"id": f"v{i}", "type": ev["type"], "mode": ev.get("mode"), "source": ent(ev["source"]),
                       "target": ent(ev.get("target")), "trigger": {"start": t, "end": t + len(ev["trigger"]),
                                                                     "text": ev["trigger"]},
                       "status": ev["status"], "date": ev.get("date"), "location": ent(ev.get("location")),
                       "quote": None})
    dates = []
    for d in gold["dates"]:
        s = _find(text, d["text"])
        dates.append({"start": s, "end": s + len(d["text"]), "text": d["text"], "value": d["value"], "grain": None})
    quantities = []
    for q in gold["quantities"]:
        s = _find(text, q["text"])
        quantities.append({"start": s, "end": s + len(q["text"]), "text": q["text"], "value": q["value"],
                           "unit": q.get("unit"), "approximate": q.get("approximate", False)})
    return {"schema": "newsgraph/analysis/v1", "version": "gold",
            "article": {"id": "putin-biden-call", "source": None, "url": None, "title": None,
                        "published": "2021-12-31", "lang": "fr", "text": text},
            "entities": entities, "quotes": quotes, "events": events, "dates": dates, "quantities": quantities,
            "warnings": []}




def analysis_from_dict(data: dict):
    """A model.Analysis from a contract dict (to feed the store's writer in tests)."""
    from newsgraph.model import Analysis, Article, DateMention, Entity, Event, Quantity, Quote, Span

    def span(s):
        return Span(s["start"], s["end"], s["text"]) if s else None

    a = data["article"]
    return Analysis(
        article=Article(text=a["text"], id=a["id"], lang=a["lang"], published=a.get("published"),
                        title=a.get("title"), url=a.get("url"), source=a.get("source")),
        entities=tuple(Entity(e["id"], e["type"], e["name"], tuple(span(m) for m in e["mentions"]), key=e.get("key"),
                              country=e.get("country"), descriptors=tuple(e.get("descriptors") or ()))
                       for e in data["entities"]),
        quotes=tuple(Quote(q["id"], q["kind"], Span(q["start"], q["end"], q["text"]), q.get("speaker"),
                           speaker_mention=span(q.get("speaker_mention")), cue=span(q.get("cue")),
                           addressee=q.get("addressee"), source=q.get("source"), confidence=q.get("confidence", .5))
                     for q in data["quotes"]),
        events=tuple(Event(e["id"], e["type"], span(e["trigger"]), e["status"], source=e.get("source"),
                           target=e.get("target"), mode=e.get("mode"), date=e.get("date"),
                           location=e.get("location"), quote=e.get("quote")) for e in data["events"]),
        dates=tuple(DateMention(Span(d["start"], d["end"], d["text"]), d["value"], d.get("grain"))
                    for d in data["dates"]),
        quantities=tuple(Quantity(Span(q["start"], q["end"], q["text"]), q["value"], q.get("unit"),
                                  q.get("approximate", False)) for q in data["quantities"]),
    )


HOSTILE = 'Le maire "><script>alert(1)</script> a dit : « <b onmouseover=\'alert(2)\'>non</b> ».'


def hostile_dict() -> dict:
    """An article whose text and entity names try to break out of HTML content and attributes."""
    text = HOSTILE
    s = text.index('"><script>')
    name_end = text.index(" a dit")
    q_start = text.index("<b onmouseover")
    q_end = text.index(" »")
    cue = text.index("a dit")
    return {"schema": "newsgraph/analysis/v1", "version": "test",
            "article": {"id": "hostile", "source": None, "url": None, "title": '<script>alert("title")</script>',
                        "published": "2022-01-03", "lang": "fr", "text": text},
            "entities": [{"id": 'e0" onclick="alert(3)', "type": "PERSON", "name": text[s:name_end],
                          "key": 'person:"><script>alert(4)</script>', "country": None,
                          "descriptors": ["<img src=x onerror=alert(5)>"], "geo": None,
                          "mentions": [{"start": s, "end": name_end, "text": text[s:name_end]}]},
                         {"id": "e1", "type": "ORG", "name": "</script><script>alert(7)</script>", "key": None,
                          "country": None, "descriptors": [], "geo": None,
                          "mentions": [{"start": 3, "end": 8, "text": text[3:8]}]}],
            "quotes": [{"id": "q0", "kind": "direct", "start": q_start, "end": q_end, "text": text[q_start:q_end],
                        "speaker": 'e0" onclick="alert(3)', "speaker_mention": None,
                        "cue": {"start": cue, "end": cue + 5, "text": "a dit"}, "addressee": None, "source": None,
                        "confidence": 0.9}],
            "events": [{"id": "v0", "type": "ACCUSE", "mode": None, "source": 'e0" onclick="alert(3)', "target": "e1",
                        "trigger": {"start": cue + 2, "end": cue + 5, "text": "dit"}, "status": "asserted",
                        "date": None, "location": None, "quote": None}],
            "dates": [], "quantities": [], "warnings": ["<script>alert(6)</script>"]}


def sleepy_analyzer(text, *, lang=None, published=None, title=None, id=None, url=None):
    """An importable analyzer for the worker-process tests: `lent N` sleeps N seconds, anything else answers
    at once with an empty contract dict."""
    import time

    if text.startswith("lent "):
        time.sleep(float(text.split()[1]))
    return {"schema": "newsgraph/analysis/v1",
            "article": {"id": id or content_id(text), "text": text, "lang": lang or "fr", "published": published,
                        "title": title, "url": url},
            "entities": [], "quotes": [], "events": [], "dates": [], "quantities": [], "warnings": []}
