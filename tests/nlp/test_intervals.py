"""Interval queries of ``kg.nlp.intervals`` agree with asking every interval."""

from __future__ import annotations

import random

from kg.nlp.intervals import DisjointIntervals, Intervals, containing


def _random_intervals(rng: random.Random, count: int) -> list[tuple[int, int]]:
    return [(start, start + rng.randint(0, 12)) for start in (rng.randint(0, 200) for _ in range(count))]


def test_intervals_containing_and_overlaps_agree_with_a_scan():
    rng = random.Random(3)
    for _ in range(50):
        intervals = _random_intervals(rng, rng.randint(0, 30))
        points = [rng.randint(-5, 215) for _ in range(40)]
        assert containing(intervals, points) == [[i for i, (a, b) in enumerate(intervals) if a <= p < b] for p in points]
        fixed = Intervals(intervals)
        for start, end in _random_intervals(rng, 40):
            assert fixed.overlaps(start, end) == any(a < end and start < b for a, b in intervals)


def test_disjoint_intervals_keep_the_first_of_overlapping_candidates_as_a_scan_does():
    rng = random.Random(5)
    for _ in range(50):
        kept: list[tuple[int, int]] = []
        added = DisjointIntervals()
        for start, end in _random_intervals(rng, 60):
            overlapping = any(a < end and start < b for a, b in kept)
            assert added.overlaps(start, end) == overlapping
            if not overlapping:
                kept.append((start, end))
                added.add(start, end)


def test_disjoint_intervals_touching_ends_do_not_overlap():
    added = DisjointIntervals()
    added.add(10, 20)
    assert not added.overlaps(20, 25) and not added.overlaps(5, 10)
    assert added.overlaps(19, 30) and added.overlaps(0, 11)
