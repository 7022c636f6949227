"""Pass 6: one record per statement, from the drafts of the direct and reported passes.

- a reported clause that is a marked quote found again through its incise is dropped, and so is
  a report inside a direct quote (it is part of it);
- of two nested reports of one kind, the outer one is the statement;
- a marked fragment inside a reported clause makes it a mixed quote;
- `selon X` around a report becomes the report's source; a `selon X` clause that is a marked
  quote lends the quote its speaker;
- the same clause found through two cues is kept once, the more confident;
- where the language joins them (``joins_incise_parts``), the two marked parts around one speech
  incise are one statement ('"A," he said, "B."'), whose span runs from A through the incise to B.

Every lookup goes through drafts sorted by offset (a bisect and a short scan), never over all
pairs: the stage stays linear in the length of the article.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .clause import Grammar
from .draft import Draft, overlap
from .speakers import continues_incise

_FOUND_AGAIN = 0.8  # share of a report a marked quote covers when it is that quote found again
_NESTED = 0.5  # share of a report a source clause covers when the report is inside it
_TWIN = 0.8


class _Sorted:
    """Drafts sorted by start, some removed later; ``near`` yields those that may overlap a range."""

    def __init__(self, drafts: list[Draft]):
        self.items = sorted(drafts, key=lambda d: d.start)
        self.starts = [d.start for d in self.items]
        self.longest = max((d.length for d in self.items), default=0)
        self.removed: set[int] = set()

    def near(self, start: int, end: int):
        lo = bisect_left(self.starts, start - self.longest - 1)
        hi = bisect_right(self.starts, end + 1)
        for d in self.items[lo:hi]:
            if id(d) not in self.removed:
                yield d

    def remove(self, d: Draft) -> None:
        self.removed.add(id(d))

    def alive(self, d: Draft) -> bool:
        return id(d) not in self.removed


def reconcile(drafts: list[Draft]) -> list[Draft]:
    """One record per statement: mixed quotes, sources of second-hand reports, no nested duplicates."""
    direct = _Sorted([d for d in drafts if d.kind == "direct"])
    according = [d for d in drafts if d.kind == "indirect" and d.according]
    reported = [d for d in drafts if d.kind == "indirect" and not d.according]
    nested = _nested_in_longer(reported)
    keep_reported = []
    for r in reported:
        near = list(direct.near(r.start, r.end))
        if any(overlap(q, r) > _FOUND_AGAIN * r.length for q in near):
            continue  # the marked quote itself, found again through its incise
        if any(q.start <= r.start and r.end <= q.end + 1 for q in near):
            continue  # a report inside a direct quote is part of it
        if id(r) in nested:
            continue  # a second-hand report nested in another: the outer one is the statement here
        marked = [q for q in near if r.start <= q.start and q.end <= r.end + 1]
        if marked:
            r.kind = "mixed"
            for q in marked:
                direct.remove(q)
                if r.speaker is None and q.speaker is not None:
                    r.speaker, r.speaker_tokens = q.speaker, q.speaker_tokens
        keep_reported.append(r)
    # nested reports: the outer one keeps its whole clause, the inner one stays (it names another speaker)
    kept = _Sorted(keep_reported)
    keep_according = []
    for a in according:
        near = list(kept.near(a.start, a.end))
        for r in near:
            # a position given as a verb's object ("a répété la menace") inside `Selon X, P` is X's statement
            if r.via_object and overlap(a, r) > _NESTED * r.length:
                kept.remove(r)
        inner = [r for r in near if kept.alive(r) and overlap(a, r) > _NESTED * r.length]
        if inner:
            for r in inner:
                if r.source is None and a.speaker is not None and a.speaker is not r.speaker:
                    r.source = a.speaker
            continue
        marked = [q for q in direct.near(a.start, a.end) if overlap(a, q) > 0]
        if marked:
            # `Pour X, « P. Q »`: the clause is the marked quote itself, whose own sentence may run on
            covering = [q for q in marked if (q.start <= a.start and a.end <= q.end + 1)
                        or overlap(a, q) >= _FOUND_AGAIN * a.length]
            if covering:
                for q in covering:
                    if q.speaker is None and q.needs_speaker and (
                            a.speaker is not None or a.pronoun is not None or a.descriptive is not None):
                        q.speaker, q.speaker_tokens, q.descriptive = a.speaker, a.speaker_tokens, a.descriptive
                        q.cue, q.needs_speaker, q.pronoun = a.cue, False, a.pronoun
                        q.confidence = max(q.confidence, a.confidence)
                continue
            a.kind = "mixed"
            for q in marked:
                direct.remove(q)
        keep_according.append(a)
    out = [d for d in direct.items if direct.alive(d)] + [r for r in keep_reported if kept.alive(r)] + keep_according
    return _without_twins(out)


def _nested_in_longer(reported: list[Draft]) -> set[int]:
    """The reports that lie inside a longer report (one sweep over the reports sorted by start)."""
    ordered = sorted(reported, key=lambda d: (d.start, -d.end))
    nested: set[int] = set()
    best_end, best_start = -1, -1  # the furthest end so far, and the earliest start reaching it
    for d in ordered:
        if d.end < best_end or (d.end == best_end and best_start < d.start):
            nested.add(id(d))
        if d.end > best_end:
            best_end, best_start = d.end, d.start
    return nested


def _without_twins(out: list[Draft]) -> list[Draft]:
    """The same clause found twice (two cues): keep the most confident."""
    out.sort(key=lambda d: (d.start, -d.confidence))
    unique: list[Draft] = []
    longest = 0
    for d in out:
        twin = None
        # a twin overlaps d over most of both, so it starts within the longest draft's length before d
        k = len(unique) - 1
        while k >= 0 and unique[k].start >= d.start - longest - 1:
            k -= 1
        for at in range(k + 1, len(unique)):
            if overlap(unique[at], d) > _TWIN * max(unique[at].length, d.length):
                twin = at
                break
        if twin is None:
            unique.append(d)
            longest = max(longest, d.length)
        elif d.confidence > unique[twin].confidence:
            unique[twin] = d
            longest = max(longest, d.length)
    return unique


def join_incise_parts(g: Grammar, drafts: list[Draft]) -> list[Draft]:
    """'"A," he said, "B."' / '"A," he said. "B"': one statement where the language counts it as
    one (``joins_incise_parts``). The second part joins the first when nothing but the incise lies
    between them: same paragraph, no other draft in between, the first part's incise before the
    second (which names no speaker of its own, or the same cue), and the second in the incise's
    sentence or opening right after it. Drafts sorted by start; the joined draft keeps the first
    part's speaker and cue."""
    if not g.q.joins_incise_parts:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        first = out[-1] if out else None
        if first is not None and _second_part(g, first, d):
            first.end, first.open_end = d.end, d.open_end
            first.marked = first.marked + d.marked
            continue
        out.append(d)
    return out


def _second_part(g: Grammar, first: Draft, d: Draft) -> bool:
    if first.kind != "direct" or d.kind != "direct" or first.paragraph != d.paragraph:
        return False
    if first.cue is None or first.speaker_tokens is None or not d.marked:
        return False
    opens = d.marked[0].open_at
    incise_end = max(g.span_chars(*first.cue)[1], g.span_chars(*first.speaker_tokens)[1])
    if incise_end > opens:
        return False  # the first part's speaker is named after the second: not an incise between them
    if not (d.needs_speaker or d.cue == first.cue):
        return False  # the second part has its own cue: another statement
    return continues_incise(g, first, d)
