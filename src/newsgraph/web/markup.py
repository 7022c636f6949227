"""The article page's view of one analysis (a contract dict): the text cut at every mention, quote
and cue boundary and rendered as escaped HTML, plus the side panel's who-said-what.

Everything from the article goes through ``Markup.format`` or ``escape``, so text and names are
always escaped, in content and in attributes alike.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

PALETTE_SIZE = 10  # colours c0..c9 in app.css; further entities share the neutral one


@dataclass
class SpeakerGroup:
    entity: dict[str, Any] | None
    color: str
    quotes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def gender(self) -> str | None:
        """'f' or 'm' for a person the article gives a gender, else None."""
        return (self.entity or {}).get("gender")

    @property
    def gender_evidence(self) -> dict[str, Any]:
        """What the gender rests on: ``{"cue": "honorific", "spans": [{"start", "end", "text"}, ...]}``."""
        return (self.entity or {}).get("gender_evidence") or {"cue": None, "spans": []}

    @property
    def source_kind(self) -> str | None:
        return (self.entity or {}).get("source_kind")


def entity_colors(entities: list[dict[str, Any]], quotes: list[dict[str, Any]] = ()) -> dict[str, str]:
    """A colour class per entity id: speakers first, then the most mentioned, get the palette,
    in order of first mention."""
    speakers = {q.get("speaker") for q in quotes}
    ranked = sorted(entities, key=lambda e: (e["id"] not in speakers, -len(e.get("mentions") or ())))[:PALETTE_SIZE]
    ranked.sort(key=lambda e: min((m["start"] for m in e.get("mentions") or ()), default=0))
    colors = {e["id"]: f"c{i}" for i, e in enumerate(ranked)}
    return {e["id"]: colors.get(e["id"], "cx") for e in entities}


def _valid(span: dict[str, Any] | None, size: int) -> bool:
    return bool(span) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int) \
        and 0 <= span["start"] < span["end"] <= size


def article_html(analysis: dict[str, Any]) -> Markup:
    """The article text with mentions (coloured by entity), quotes and cues marked; escaped throughout."""
    text: str = analysis["article"]["text"]
    size = len(text)
    entities = analysis.get("entities") or []
    quotes = [q for q in analysis.get("quotes") or [] if _valid(q, size)]
    colors = entity_colors(entities, quotes)
    names = {e["id"]: e.get("name") or "" for e in entities}

    mentions = []  # (start, end, entity id)
    for entity in entities:
        for m in entity.get("mentions") or ():
            if _valid(m, size):
                mentions.append((m["start"], m["end"], entity["id"]))
    known = set(mentions)
    for q in quotes:  # a speaker named only here ('Elle') is still one of the speaker's mentions
        sm = q.get("speaker_mention")
        if q.get("speaker") and _valid(sm, size) and (sm["start"], sm["end"], q["speaker"]) not in known:
            mentions.append((sm["start"], sm["end"], q["speaker"]))
            known.add(mentions[-1])
    cues = [(q["cue"]["start"], q["cue"]["end"], q["id"]) for q in quotes if _valid(q.get("cue"), size)]
    speaker_mentions = {(q["speaker_mention"]["start"], q["speaker_mention"]["end"]): q["id"]
                        for q in quotes if _valid(q.get("speaker_mention"), size)}

    # One sweep over the cut points, keeping the mentions, cues and quotes open at each piece.
    opens: dict[int, list[tuple[str, tuple]]] = defaultdict(list)
    closes: dict[int, list[tuple[str, tuple]]] = defaultdict(list)
    for item in mentions:
        opens[item[0]].append(("m", item))
        closes[item[1]].append(("m", item))
    for item in cues:
        opens[item[0]].append(("c", item))
        closes[item[1]].append(("c", item))
    for q in quotes:
        item = (q["start"], q["end"], q["id"])
        opens[q["start"]].append(("q", item))
        closes[q["end"]].append(("q", item))
    by_id = {q["id"]: q for q in quotes}
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    cuts = sorted({0, size, *opens, *closes, *newlines, *(i + 1 for i in newlines)})
    active: dict[str, dict[tuple, None]] = {"m": {}, "c": {}, "q": {}}  # ordered sets

    out: list[Markup] = []
    for start, end in zip(cuts, cuts[1:]):
        for kind, item in closes.get(start, ()):
            active[kind].pop(item, None)
        for kind, item in opens.get(start, ()):
            active[kind][item] = None
        for q_start, _, qid in active["q"]:
            if q_start == start:
                out.append(Markup('<span class="anchor" id="q-{}"></span>').format(qid))
        if text[start:end] == "\n":  # a paragraph break: drawn as a gap, outside any mark
            out.append(Markup('<span class="nl">\n</span>'))
            continue
        piece: Markup = escape(text[start:end])
        if active["c"]:
            piece = Markup('<span class="cue" data-cue-of="{}">{}</span>').format(
                " ".join(qid for _, _, qid in active["c"]), piece)
        if active["m"]:
            m_start, m_end, eid = min(active["m"], key=lambda m: (m[1] - m[0], m[0]))  # the innermost
            said = speaker_mentions.get((m_start, m_end))
            extra = Markup(' data-speaker-of="{}"').format(said) if said else Markup("")
            piece = Markup('<span class="m {}" data-entity="{}" title="{}"{}>{}</span>').format(
                colors.get(eid, "cx"), eid, names.get(eid, ""), extra, piece)
        if active["q"]:
            inside = [by_id[qid] for _, _, qid in active["q"]]
            first = any(q["start"] == start for q in inside)
            speakers = " ".join(sorted({q["speaker"] for q in inside if q.get("speaker")}))
            piece = Markup('<mark class="q{}" data-quote="{}" data-speaker="{}"{}>{}</mark>').format(
                " qs" if first else "", " ".join(q["id"] for q in inside), speakers,
                Markup(' tabindex="0" role="button"') if first else Markup(""), piece)
        out.append(piece)
        for _, q_end, qid in list(active["q"]):
            if q_end != end:
                continue
            q = by_id[qid]
            speaker = q.get("speaker")
            label = names.get(speaker) if speaker else "?"
            out.append(Markup('<a class="who {}" href="#who-{}" data-quote="{}" data-speaker="{}" '
                              'aria-label="said by {}">{}</a>').format(
                colors.get(speaker, "cx") if speaker else "cx", speaker or "unknown", qid, speaker or "",
                label, label))
    return Markup("").join(out)


def who_said_what(analysis: dict[str, Any]) -> list[SpeakerGroup]:
    """Quotes grouped by speaker, the most quoted first; quotes without a speaker last."""
    entities = {e["id"]: e for e in analysis.get("entities") or []}
    colors = entity_colors(analysis.get("entities") or [], analysis.get("quotes") or [])
    groups: dict[str | None, SpeakerGroup] = {}
    for q in analysis.get("quotes") or []:
        speaker = q.get("speaker")
        if speaker not in groups:
            groups[speaker] = SpeakerGroup(entities.get(speaker), colors.get(speaker, "cx"))
        groups[speaker].quotes.append(q)
    for group in groups.values():
        group.quotes.sort(key=lambda q: q["start"])
    return sorted(groups.values(), key=lambda g: (g.entity is None, -len(g.quotes), g.quotes[0]["start"]))


def name_of(analysis: dict[str, Any]):
    """A lookup from entity id to display name ('?' when unknown)."""
    names = {e["id"]: e.get("name") or e["id"] for e in analysis.get("entities") or []}
    return lambda entity_id: names.get(entity_id, "?") if entity_id else "?"
