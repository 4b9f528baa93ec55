"""Whether two differing figures can both be true, from their qualifiers.

A disagreement (``kg:Disagreement``) groups figures of one kind about one
event whose values differ. A qualifier turns a value into a range ("more than 60" is 61 and up,
"about 100" is 90 to 110); two figures whose ranges overlap are *compatible
differing reports* ("more than 60" and "more than 90" positions), the others
*conflicting* (6 and 7 killed). A denial facing an assertion always conflicts.
"""

from __future__ import annotations

import math

#: How far "about N" reaches on each side, as a share of N.
ABOUT = 0.1


def value_range(value: int, qualifier: str | None) -> tuple[float, float]:
    """The values a figure allows: ``exact`` (or no qualifier) only itself."""
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "more_than":
        return value + 1, math.inf
    if qualifier == "up_to":
        return 0, value
    if qualifier == "about":
        return value * (1 - ABOUT), value * (1 + ABOUT)
    return value, value


def compatible(first: tuple[int, str | None], second: tuple[int, str | None]) -> bool:
    """Whether two (value, qualifier) figures can both be true."""
    low_a, high_a = value_range(*first)
    low_b, high_b = value_range(*second)
    return low_a <= high_b and low_b <= high_a
