"""Half-open intervals ``[start, end)`` of a document (character or token offsets), queried in
n log n: which intervals contain each of many points, and whether any overlaps a span.

The extractors relate records by position (a figure inside a claim's evidence, an event mention
inside a claim's content); asking every pair would grow with the square of the document.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence
from itertools import accumulate


def containing(intervals: Sequence[tuple[int, int]], points: Sequence[int]) -> list[list[int]]:
    """For each point, the indices (ascending) of the intervals with ``start <= point < end``.

    One sweep over the sorted ends, starts and points; the cost beyond sorting is the
    number of answers.
    """
    events = [(end, 0, i) for i, (start, end) in enumerate(intervals) if start < end]
    events += [(start, 1, i) for i, (start, end) in enumerate(intervals) if start < end]
    events += [(point, 2, j) for j, point in enumerate(points)]
    events.sort()
    active: set[int] = set()
    found: list[list[int]] = [[] for _ in points]
    for _, kind, index in events:
        if kind == 0:
            active.discard(index)
        elif kind == 1:
            active.add(index)
        else:
            found[index] = sorted(active)
    return found


class Intervals:
    """A fixed set of intervals, asked whether any overlaps a span (by start, with the furthest end so far)."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some interval ``[a, b)`` has ``a < end`` and ``start < b``."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


class DisjointIntervals:
    """Intervals added one by one, none overlapping another, asked whether any overlaps a span.

    Such intervals sorted by (start, end) are sorted by end too: only the last one that starts
    before a span's end can reach into it, so each question is one bisection.
    """

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some interval ``[a, b)`` has ``a < end`` and ``start < b``."""
        before = bisect_left(self._spans, (end,))
        return before > 0 and self._spans[before - 1][1] > start

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, which must overlap none of the intervals (``overlaps`` is false)."""
        insort(self._spans, (start, end))
