"""The span invariants every quote holds, checked (``violations``) and enforced (``enforce``).

1. a direct quote is exactly the inside of its marks (where the language joins the parts of a
   quote split by its incise, ``joins_incise_parts``, it may run from the inside of one marked
   span to the inside of the next one of its paragraph, and hold its incise between them);
2. a mixed quote is the reported clause and holds its marks balanced (a clause that is nothing
   but one marked span is that span's direct quote: the guidelines give ``text`` without marks);
3. no quote holds narrative outside its marks and the reported clause: neither its own cue nor
   its speaker's words, nor another quote's cue;
4. no two quotes overlap unless one is nested in the other and both have the same speaker.

``enforce`` runs last, on the drafts with their speakers, and repairs what the passes left:
it balances a mixed quote by taking in a mark that sits right past its end (or cutting it before
an unmatched one), cuts a span at its own cue, and of two quotes that overlap keeps the more
confident (a reported clause that runs into a direct quote stops before its mark instead). It
goes through the drafts sorted by offset once.
"""
from __future__ import annotations

from bisect import bisect_right

from ...lang.quote_grammar import grammar
from .clause import Grammar
from .draft import Draft, overlap

_REACH = 3  # characters of space or punctuation between a span's end and the mark it takes in
_MIN_CHARS = 8
_CLOSER_REACH = 400  # characters ahead a clause cut inside marked words looks for their closing mark


def mark_roles(marks) -> dict[int, str]:
    """What each paired mark does, by offset: "open", "close", or "unclosed" (a typo the marks pass
    ended at the next quote: no clause can balance it, so it counts as balanced)."""
    roles: dict[int, str] = {}
    for m in marks:
        roles[m.open_at] = "open" if m.close_at is not None else "unclosed"
        if m.close_at is not None:
            roles[m.close_at] = "close"
    return roles


def unbalanced(text: str, start: int, end: int, pairs: dict[str, tuple[str, ...]], marks,
               roles: dict[int, str] | None = None) -> list[int]:
    """Offsets of the quotation marks in text[start:end] that have no partner inside it. A mark
    the marks pass paired is read by its role there (a straight quote opens or closes by position)."""
    roles = roles or {}
    stack: list[int] = []
    lonely: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in marks:
            continue
        role = roles.get(i)
        if role == "unclosed" or (role is None and roles and ch in pairs.get(ch, ())):
            continue  # a typo, or a straight quote the marks pass found stray: not a mark here
        if role != "open" and stack and ch in pairs.get(text[stack[-1]], ()):
            stack.pop()
        elif role == "open" or (role is None and ch in pairs):
            stack.append(i)
        else:
            lonely.append(i)
    return sorted(lonely + stack)


def violations(text: str, quotes, lang, marked_spans) -> list[str]:
    """Every invariant a list of Quote records breaks, as readable lines (empty when none).
    ``marked_spans`` are the article's marked spans (``marks.marked_spans``)."""
    from .clause import APOSTROPHES

    marks = {c for c in lang.quote_pairs} | {c for cs in lang.quote_pairs.values() for c in cs}
    marks -= APOSTROPHES
    marked = {(m.start, m.end) for m in marked_spans}
    joined = _joined_spans(marked_spans) if grammar(lang).joins_incise_parts else set()
    roles = mark_roles(marked_spans)
    inside = sorted((m.start, m.end) for m in marked_spans)
    out = []
    for q in quotes:
        s, e = q.span.start, q.span.end
        where = f"{q.id} {q.kind} [{s}:{e}] {text[s:e][:60]!r}"
        if q.kind == "direct" and (s, e) not in marked and (s, e) not in joined:
            out.append(f"direct quote is not the inside of its marks: {where}")
        if q.kind in ("mixed", "indirect") and unbalanced(text, s, e, lang.quote_pairs, marks, roles):
            out.append(f"marks unbalanced: {where}")
        if q.kind == "mixed" and not any(ch in marks for ch in text[s:e]):
            out.append(f"mixed quote without marks: {where}")
        for name, span in (("cue", q.cue), ("speaker words", q.speaker_mention)):
            if (s, e) in joined and q.kind == "direct":
                continue  # the incise between the parts: its cue and speaker
            if span is not None and span.start < e and s < span.end and not _in_marks(span.start, inside):
                out.append(f"its own {name} {span.text!r} inside: {where}")
    ordered = sorted(quotes, key=lambda q: (q.span.start, -q.span.end))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.span.start >= a.span.end:
                break
            nested = b.span.end <= a.span.end
            if not (nested and a.speaker == b.speaker):
                out.append(f"overlap: {a.id} [{a.span.start}:{a.span.end}] and {b.id} [{b.span.start}:{b.span.end}]")
            if b.cue is not None and a.span.start <= b.cue.start < a.span.end and not nested:
                out.append(f"{b.id}'s cue inside {a.id}")
    return out


def _joined_spans(marked_spans) -> set[tuple[int, int]]:
    """(start, end) from the inside of one marked span to the inside of the next one of its paragraph
    (the join takes one incise: the parts on either side of it)."""
    by_paragraph: dict[int, list] = {}
    for m in marked_spans:
        by_paragraph.setdefault(m.paragraph, []).append(m)
    out = set()
    for spans in by_paragraph.values():
        spans.sort(key=lambda m: m.start)
        out.update((a.start, b.end) for a, b in zip(spans, spans[1:]))
    return out


def _in_marks(at: int, inside: list[tuple[int, int]]) -> bool:
    k = bisect_right(inside, (at, float("inf"))) - 1
    return k >= 0 and inside[k][0] <= at < inside[k][1]


def enforce(g: Grammar, drafts: list[Draft], marks) -> list[Draft]:
    roles = mark_roles(marks)
    inside = sorted((m.start, m.end) for m in marks)
    kept = []
    for d in drafts:
        _clip_speaker_words(g, d)
        if d.kind != "direct":
            _cut_at_own_words(g, d, inside)
            _balance(g, d, roles)
        if d.end - d.start >= (1 if d.kind == "direct" else _MIN_CHARS):
            kept.append(d)
    return _without_overlaps(g, kept)


def _clip_speaker_words(g: Grammar, d: Draft) -> None:
    """The words naming a speaker stop before the quote they introduce (a noun phrase the parser ran
    into the marks: `Cette démarche dite d'« exclusion de rupture »`)."""
    if d.kind != "direct" or d.speaker_tokens is None:
        return
    first, end = d.speaker_tokens
    s, e = g.span_chars(first, end)
    if s < d.start < e:
        opener = g.token_index(d.marked[0].open_at) if d.marked else None
        stop = opener if opener is not None and first < opener < end else None
        d.speaker_tokens = (first, stop) if stop is not None else None


def _cut_at_own_words(g: Grammar, d: Draft, inside: list[tuple[int, int]]) -> None:
    """A reported clause ends before its own cue and speaker ("P, a-t-il dit" never holds "a-t-il"),
    unless those words are inside marks (an incise the writer put inside the quotation)."""
    for span in (d.cue, d.speaker_tokens):
        if span is None:
            continue
        s, e = g.span_chars(*span)
        if _in_marks(s, inside):
            continue
        if d.start < s < d.end:
            d.start, d.end = g.trim(d.start, s)
        elif s <= d.start < e:
            d.start, d.end = g.trim(min(max(e, d.start), d.end), d.end)


def _balance(g: Grammar, d: Draft, roles: dict[int, str]) -> None:
    text, pairs = g.text, g.lang.quote_pairs
    for _ in range(4):
        lonely = unbalanced(text, d.start, d.end, pairs, g.marks, roles)
        if not lonely:
            break
        first, last = lonely[0], lonely[-1]
        if roles.get(last) == "open" or (roles.get(last) is None and text[last] in pairs):  # an opener never closed inside: take in its closer, or stop before it
            after = d.end
            while after < len(text) and after - d.end <= _REACH and text[after] not in pairs[text[last]] \
                    and (text[after].isspace() or text[after] in ".,;!?…"):
                after += 1
            closer = _closer_after(text, d.end, text[last], pairs, roles)
            if after < len(text) and text[after] in pairs[text[last]] and after - d.end <= _REACH:
                d.end = after + 1
            elif closer is not None:
                d.end = closer + 1  # the parse cut the clause inside the marked words: they are its end
            else:
                d.start, d.end = g.trim(d.start, last)
        else:  # a closer without its opener: take in the opener just before, or start after it
            before = d.start - 1
            while before >= 0 and d.start - before <= _REACH and text[before].isspace():
                before -= 1
            if before >= 0 and roles.get(before, "open") == "open" and text[before] in pairs \
                    and text[first] in pairs[text[before]]:
                d.start = before
            else:
                d.start, d.end = g.trim(first + 1, d.end)
    if unbalanced(text, d.start, d.end, pairs, g.marks, roles):
        d.end = d.start  # cannot be balanced: dropped
        return
    if d.kind == "mixed" and not any(ch in g.marks for ch in text[d.start:d.end]):
        d.kind = "indirect"
    # the clause is one marked span and nothing else: a direct quote of its inside
    s, e = d.start, d.end
    if e - s >= 2 and text[s] in pairs and text[e - 1] in pairs[text[s]] \
            and not unbalanced(text, s + 1, e - 1, pairs, g.marks, roles):
        inner_s, inner_e = s + 1, e - 1
        while inner_s < inner_e and text[inner_s].isspace():
            inner_s += 1
        while inner_e > inner_s and text[inner_e - 1].isspace():
            inner_e -= 1
        d.kind, d.start, d.end = "direct", inner_s, inner_e


def _closer_after(text: str, at: int, opener: str, pairs: dict[str, tuple[str, ...]], roles: dict[int, str]) -> int | None:
    """The mark that closes a quote opened before ``at``, later in the same paragraph, if no other
    quote opens first."""
    closers = pairs[opener]
    for i in range(at, min(len(text), at + _CLOSER_REACH)):
        ch = text[i]
        role = roles.get(i)
        if ch == "\n" or role in ("open", "unclosed") or (ch == opener and opener not in closers):
            return None
        if ch in closers and (role == "close" or (role is None and ch not in pairs)):
            return i
    return None


def _without_overlaps(g: Grammar, drafts: list[Draft]) -> list[Draft]:
    drafts = sorted(drafts, key=lambda d: (d.start, -d.end))
    kept: list[Draft] = []
    dropped: set[int] = set()
    longest = 0
    for d in drafts:
        alive = True
        k = len(kept) - 1
        while k >= 0 and kept[k].start >= d.start - longest - 1:
            k -= 1
        for other in kept[k + 1:]:
            if id(other) in dropped or overlap(other, d) == 0:
                continue
            if other.start <= d.start and d.end <= other.end and other.speaker is d.speaker:
                continue  # nested, one speaker
            if _trim_around(g, other, d) or _trim_around(g, d, other):
                continue
            if _rank(d) > _rank(other):
                dropped.add(id(other))
            else:
                alive = False
                break
        if alive and d.end > d.start:
            kept.append(d)
            longest = max(longest, d.length)
    kept = [d for d in kept if id(d) not in dropped and d.end > d.start]
    kept.sort(key=lambda d: d.start)
    return kept


def _trim_around(g: Grammar, reported: Draft, direct: Draft) -> bool:
    """A reported clause that runs into a direct quote stops before its mark."""
    if reported.kind == "direct" or direct.kind != "direct":
        return False
    opener = direct.marked[0].open_at if direct.marked else direct.start
    if reported.start < opener < reported.end and opener - reported.start >= _MIN_CHARS:
        reported.start, reported.end = g.trim(reported.start, opener)
        if g.text[reported.start:reported.end].rstrip()[-1:] in g.lang.quote_pairs:
            reported.end = reported.start  # nothing left but a mark
        return overlap(reported, direct) == 0
    return False


def _rank(d: Draft) -> tuple:
    return (d.confidence, d.kind == "direct", d.length)
