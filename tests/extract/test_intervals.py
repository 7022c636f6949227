"""DisjointSpans answers the overlap test exactly as a scan of every span would."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.intervals import DisjointSpans

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=40)


def _scan_overlaps(taken, start, end):
    return any(s < end and start < e for s, e in taken)


@settings(max_examples=300, deadline=None)
@given(spans)
def test_greedy_selection_matches_a_scan(candidates):
    """Longest first, as the date stage takes its candidates: the same spans taken either way."""
    order = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0]))
    by_scan, by_index, index = [], [], DisjointSpans()
    for s, e in order:
        if not _scan_overlaps(by_scan, s, e):
            by_scan.append((s, e))
        if not index.overlaps(s, e):
            by_index.append((s, e))
            index.add(s, e)
    assert by_index == by_scan
    assert len(index) == len(by_scan)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 80), st.integers(0, 15))
def test_overlap_of_any_span_with_a_disjoint_set(candidates, start, length):
    taken = []
    for s, e in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not _scan_overlaps(taken, s, e):
            taken.append((s, e))
    index = DisjointSpans(taken)
    assert index.overlaps(start, start + length) == _scan_overlaps(taken, start, start + length)


def test_known_cases():
    index = DisjointSpans([(10, 20), (30, 40)])
    assert index.overlaps(15, 16) and index.overlaps(5, 11) and index.overlaps(39, 50)
    assert not index.overlaps(20, 30) and not index.overlaps(0, 10) and not index.overlaps(40, 41)
