"""Sets of non-overlapping spans with a bisection for "does this span overlap one of them": the overlap
checks of the date and quantity stages without a scan of every span taken so far (quadratic on long
articles)."""
from __future__ import annotations

from bisect import bisect_left, insort


class DisjointSpans:
    """Pairwise non-overlapping ``(start, end)`` spans (``end`` exclusive), kept sorted.

    ``overlaps(a, b)`` is ``any(s < b and a < e for s, e in spans)``, in O(log n). It relies on the spans
    not overlapping one another (by that same test), which makes their ends non-decreasing in
    (start, end) order: the last span starting before ``b`` has the greatest end of all those that do."""

    def __init__(self, spans=()):
        self._spans: list[tuple[int, int]] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._spans, (end, -1)) - 1  # the last span with s < end (ends are >= 0)
        return i >= 0 and self._spans[i][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))

    def __len__(self) -> int:
        return len(self._spans)
