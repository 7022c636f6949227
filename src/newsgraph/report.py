"""A readable plain-text report of one analysis: who said what, entities, events, dates, quantities."""
from __future__ import annotations

from collections import defaultdict

from .extract.quotes.draft import is_guess
from .model import Analysis


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_report(analysis: Analysis) -> str:
    a = analysis.article
    where = f"  ({a.source})" if a.source else ""  # several reports in one output: say which file each is
    lines = [f"# {a.title or a.id}{where}  [{a.lang}{', published ' + a.published if a.published else ''}]", ""]
    names = {e.id: e.name for e in analysis.entities}

    by_speaker: dict[str | None, list] = defaultdict(list)
    for q in analysis.quotes:
        by_speaker[q.speaker].append(q)
    lines.append(f"## Who said what ({len(analysis.quotes)} quotes)")
    for speaker, quotes in sorted(by_speaker.items(), key=lambda kv: -len(kv[1])):
        entity = analysis.entity(speaker)
        head = entity.name if entity else "(unknown speaker)"
        if entity and entity.descriptors:
            head += f", {'; '.join(entity.descriptors)}"
        lines.append(f"- {head}")
        for q in quotes:
            cue = f" [{q.cue.text}]" if q.cue else ""
            to = f" → {names.get(q.addressee)}" if q.addressee else ""
            via = f" (via {names.get(q.source)})" if q.source else ""
            guess = " ?" if q.speaker and is_guess(q.confidence) else ""  # the speaker is a guess from the context
            lines.append(f"    {q.kind:8} «{_short(q.span.text)}»{cue}{to}{via}{guess}  @{q.span.start}")
    lines.append("")
    lines.append(f"## Entities ({len(analysis.entities)})")
    for e in sorted(analysis.entities, key=lambda e: -len(e.mentions)):
        forms = sorted({m.text for m in e.mentions})
        extra = f" {e.country}" if e.country else ""
        lines.append(f"- {e.name} ({e.type}{extra}) ×{len(e.mentions)}: {', '.join(forms)}")
    if analysis.events:
        lines.append("")
        lines.append(f"## Events ({len(analysis.events)})")
        for ev in analysis.events:
            src = names.get(ev.source, "?")
            tgt = names.get(ev.target, "?")
            detail = ", ".join(x for x in (ev.status, ev.date, names.get(ev.location), ev.mode) if x)
            lines.append(f"- {src} -{ev.type}-> {tgt} ({detail})  «{ev.trigger.text}»")
    lines.append("")
    lines.append(f"## Dates ({len(analysis.dates)})")
    for d in analysis.dates:
        lines.append(f"- {d.span.text} = {d.value or '?'} ({d.grain or '-'})")
    lines.append("")
    lines.append(f"## Quantities ({len(analysis.quantities)})")
    for q in analysis.quantities:
        approx = "~" if q.approximate else ""
        lines.append(f"- {q.span.text} = {approx}{q.value:g} {q.unit or ''}".rstrip())
    return "\n".join(lines)
