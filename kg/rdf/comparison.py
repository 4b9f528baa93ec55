"""How two figures of one kind about one event compare: intervals over counted groups.

A figure states an interval (:class:`Interval`: exact 7 is [7, 7], "at least 7" [7, ∞), "more
than 7" [8, ∞), "up to 7" [0, 7], "between 10 and 15" [10, 15], "about 100" a band whose width is
data) over a counted group,
read from what it counts through the small hierarchy of ``lexicons/counted_groups.yaml``
("police officers" are within "citizens", within "people"), and, when the text says so, of one
state's people (``owner``: "seven Azerbaijani police officers", "six of its citizens").

Two such statements (:func:`relation`) are a *contradiction* when they cannot both be true:
disjoint intervals over one group, or a group's interval wholly above the interval of a group
it is within; they are *compatible* differing reports when they differ but can both be true;
they are not compared at all when their groups are unrelated (soldiers and civilians) or their
owners are two different states.
"""

from __future__ import annotations

import math
from functools import cached_property
from typing import NamedTuple, cast

from pydantic import Field, model_validator

from kg.codes import DisagreementKind, FigureKind
from kg.resources import LexiconModel, Words, load_lexicon

LEXICON_FILE = "counted_groups.yaml"


class Interval(NamedTuple):
    """The whole numbers a figure allows, ``low`` to ``high`` inclusive (``high`` may be infinite)."""

    low: float
    high: float

    def disjoint(self, other: Interval) -> bool:
        return self.high < other.low or other.high < self.low

    def above(self, other: Interval) -> bool:
        """Whether every value of this interval exceeds every value of ``other``."""
        return self.low > other.high


class Statement(NamedTuple):
    """What a figure states: an interval over a counted group, of one state's people when ``owner`` is given."""

    interval: Interval
    group: str
    owner: str = ""


class GroupRecord(LexiconModel):
    """A counted group: the nouns that name it and the groups every member of it belongs to."""

    group: str
    names: Words
    within: tuple[str, ...] = ()


class CountedGroups(LexiconModel):
    """The counted-groups lexicon (see the comments in ``lexicons/counted_groups.yaml``)."""

    about_tolerance: float = Field(ge=0, lt=1)
    plural_endings: tuple[tuple[str, str], ...]
    unnamed: dict[FigureKind, str]
    groups: tuple[GroupRecord, ...]

    @model_validator(mode="after")
    def _known_groups(self) -> CountedGroups:
        known = [record.group for record in self.groups]
        seen: dict[str, str] = {}
        for index, record in enumerate(self.groups):
            if known.index(record.group) != index:
                raise ValueError(f"groups[{index}] ({record.group}): the group is declared twice")
            unknown = sorted(set(record.within) - set(known))
            if unknown:
                raise ValueError(f"groups[{index}] ({record.group}).within: unknown groups {unknown}; known: {sorted(known)}")
            for name in sorted(record.names):
                if name in seen:
                    raise ValueError(f"groups[{index}] ({record.group}).names: {name!r} already names {seen[name]!r}")
                seen[name] = record.group
        unknown = sorted(set(self.unnamed.values()) - set(known))
        if unknown:
            raise ValueError(f"unnamed: unknown groups {unknown}; known: {sorted(known)}")
        for group in known:
            if group in self._parents_of(group, set()):
                raise ValueError(f"groups ({group}).within: the group is within itself")
        return self

    def _parents_of(self, group: str, seen: set[str]) -> set[str]:
        """The groups ``group`` is within, directly or not (stops at a cycle)."""
        record = next(r for r in self.groups if r.group == group)
        for parent in record.within:
            if parent not in seen:
                seen.add(parent)
                self._parents_of(parent, seen)
        return seen

    @cached_property
    def group_by_name(self) -> dict[str, str]:
        return {name: record.group for record in self.groups for name in record.names}

    @cached_property
    def longest_name(self) -> int:
        """The most words in a group name."""
        return max((len(name.split()) for name in self.group_by_name), default=1)

    @cached_property
    def supersets(self) -> dict[str, frozenset[str]]:
        """Each group and the groups it is within, directly or not."""
        return {record.group: frozenset({record.group, *self._parents_of(record.group, set())}) for record in self.groups}

    def group_of(self, counted: str, kind: str) -> str:
        """The group a figure of ``kind`` counting ``counted`` (as written) counts.

        The longest group name the counted words end with ("Azerbaijani police officers": police
        officers); the group of an elided noun for the kind; else the counted noun itself, a
        group of its own.
        """
        words = counted.lower().split()
        if not words:
            return self.unnamed.get(cast(FigureKind, kind), kind)
        words[-1] = self._singular(words[-1])
        for size in range(min(len(words), self.longest_name), 0, -1):
            group = self.group_by_name.get(" ".join(words[-size:]))
            if group is not None:
                return group
        return words[-1]

    def _singular(self, word: str) -> str:
        if word in self.group_by_name:
            return word  # "people", "police", "personnel"
        for plural, singular in self.plural_endings:
            if word.endswith(plural) and len(word) > len(plural) + 1:
                return word[: len(word) - len(plural)] + singular
        return word

    def interval(self, value: int, qualifier: str, upper: int | None = None) -> Interval:
        """The whole numbers a figure with this value and qualifier (and upper end of a range) allows."""
        if upper is not None:
            return Interval(value, upper)
        if qualifier == "at_least":
            return Interval(value, math.inf)
        if qualifier == "more_than":
            return Interval(value + 1, math.inf)
        if qualifier == "up_to":
            return Interval(0, value)
        if qualifier == "about":
            band = round(value * self.about_tolerance, 6)  # 100 * 0.1 is 10, not 10.000000000000002
            return Interval(math.floor(value - band), math.ceil(value + band))
        return Interval(value, value)

    def statement(self, value: int, qualifier: str, counted: str, kind: str, owner: str | None, upper: int | None = None) -> Statement:
        """What a figure states."""
        return Statement(self.interval(value, qualifier, upper), self.group_of(counted, kind), owner or "")

    def relation(self, first: Statement, second: Statement) -> DisagreementKind | None:
        """How two statements of one kind about one event relate; ``None`` when they are equal or not comparable."""
        if first == second or (first.owner and second.owner and first.owner != second.owner):
            return None
        if first.group == second.group:
            return "contradiction" if first.interval.disjoint(second.interval) else "compatible"
        for part, whole in ((first, second), (second, first)):
            if whole.group in self.supersets.get(part.group, ()):
                return "contradiction" if part.interval.above(whole.interval) else "compatible"
        return None


def counted_groups() -> CountedGroups:
    """The shipped counted-groups lexicon (parsed and validated once)."""
    return load_lexicon(LEXICON_FILE, CountedGroups)
