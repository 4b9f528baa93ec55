"""Whether two differing figures can both be true, from their qualifiers."""

from __future__ import annotations

import pytest

from kg.report.compare import compatible


@pytest.mark.parametrize("first, second", [
    ((60, "more_than"), (90, "more_than")),  # "more than 60" and "more than 90" positions
    ((100, "about"), (105, "exact")),  # "about 100" and 105 displaced
    ((1000, "up_to"), (800, "exact")),  # "up to 1,000" and 800 evacuated
    ((30, "at_least"), (30, "exact")),  # "at least 30" and 30
    ((12, "at_least"), (20, "up_to")),  # "at least 12" and "up to 20"
])
def test_overlapping_ranges_are_compatible(first, second):
    assert compatible(first, second) and compatible(second, first)


@pytest.mark.parametrize("first, second", [
    ((6, "exact"), (7, "exact")),  # six and seven killed
    ((6, None), (7, None)),  # no qualifier reads as exact
    ((50, "up_to"), (60, "exact")),  # "up to 50" and 60
    ((40, "more_than"), (40, "exact")),  # "more than 40" excludes 40
    ((100, "about"), (120, "exact")),  # "about 100" reaches 110, not 120
    ((32, "at_least"), (30, "exact")),
])
def test_disjoint_ranges_conflict(first, second):
    assert not compatible(first, second) and not compatible(second, first)
