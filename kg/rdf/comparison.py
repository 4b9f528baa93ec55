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
owners are two different states. :class:`Extremes` answers, for each of many statements at once,
whether it differs from or contradicts any other, without comparing every pair.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
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

    @cached_property
    def subsets(self) -> dict[str, frozenset[str]]:
        """Each group and the groups within it, directly or not."""
        within: dict[str, set[str]] = defaultdict(set)
        for group, supersets in self.supersets.items():
            for superset in supersets:
                within[superset].add(group)
        return {group: frozenset(groups) for group, groups in within.items()}

    def label(self, statement: Statement) -> str:
        """A statement in words: "at least 7 soldiers", "10 to 15 people", "6 citizens of Q227"."""
        low, high = statement.interval
        if high == math.inf:
            amount = f"at least {low:g}"
        elif low == high:
            amount = f"{low:g}"
        elif low == 0:
            amount = f"at most {high:g}"
        else:
            amount = f"{low:g} to {high:g}"
        return f"{amount} {statement.group}" + (f" of {statement.owner}" if statement.owner else "")

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


class _Bucket:
    """The statements of one counted group and owner: how many, by the one document stating each
    (``None`` when several do), and the lowest upper end and highest lower end, each with a runner-up
    stated by another document so that a statement is never compared only with its own document."""

    def __init__(self) -> None:
        self.count = 0
        self.sole: Counter[str | None] = Counter()
        self.highs: list[tuple[float, str | None]] = []  # (upper end, sole document), lowest first
        self.lows: list[tuple[float, str | None]] = []  # (-lower end, sole document), highest lower end first

    def add(self, interval: Interval, sole: str | None) -> None:
        self.count += 1
        self.sole[sole] += 1
        self.highs = _best_two([*self.highs, (interval.high, sole)])
        self.lows = _best_two([*self.lows, (-interval.low, sole)])

    def partners(self, sole: str | None) -> int:
        """How many of its statements a statement stated by ``sole`` alone (or by several documents) may face."""
        return self.count - (self.sole[sole] if sole is not None else 0)

    def lowest_high(self, sole: str | None) -> float:
        return next((high for high, other in self.highs if sole is None or other != sole), math.inf)

    def highest_low(self, sole: str | None) -> float:
        return -next((low for low, other in self.lows if sole is None or other != sole), math.inf)


def _best_two(candidates: list[tuple[float, str | None]]) -> list[tuple[float, str | None]]:
    """The smallest candidate, and the smallest of another document when the first is one document's alone."""
    ordered = sorted(candidates, key=lambda candidate: (candidate[0], candidate[1] is not None, candidate[1] or ""))
    first = ordered[0]
    if first[1] is None:
        return [first]
    return [first, *[candidate for candidate in ordered[1:] if candidate[1] != first[1]][:1]]


class Extremes:
    """How each of an event's statements of one figure kind relates to the others, from per-group extremes.

    A statement contradicts another when :meth:`CountedGroups.relation` says so for some pair; the
    extremes of each (group, owner) bucket decide that for all pairs at once: a statement's interval
    is disjoint from some interval of its own group when the group's lowest upper end is below its
    lower end or the highest lower end above its upper end; it lies wholly above a group it is within
    when that group's lowest upper end is below its lower end; and a group within it lies wholly above
    it when that group's highest lower end exceeds its upper end. Two statements stated by one document
    alone are never compared.
    """

    def __init__(self, lexicon: CountedGroups, stated: Mapping[Statement, frozenset[str]]) -> None:
        self.lexicon = lexicon
        self.buckets: dict[str, dict[str, _Bucket]] = defaultdict(lambda: defaultdict(_Bucket))
        for statement, docs in stated.items():
            self.buckets[statement.group][statement.owner].add(statement.interval, _sole(docs))

    def relation(self, statement: Statement, docs: frozenset[str]) -> DisagreementKind | None:
        """"contradiction" when the statement contradicts another of another document, "compatible" when it
        only differs from some, ``None`` when no other statement of another document is comparable."""
        sole = _sole(docs)
        group = statement.group
        partners, contradiction = -1 if sole is None else 0, False  # a statement of several documents counts itself
        low, high = statement.interval
        related = self.lexicon.supersets.get(group, frozenset({group})) | self.lexicon.subsets.get(group, frozenset({group}))
        for other in related & self.buckets.keys():
            for owner, bucket in self.buckets[other].items():
                if statement.owner and owner and owner != statement.owner:
                    continue
                partners += bucket.partners(sole)
                if other == group:
                    contradiction |= bucket.lowest_high(sole) < low or bucket.highest_low(sole) > high
                elif other in self.lexicon.supersets.get(group, ()):  # a group this statement's group is within
                    contradiction |= bucket.lowest_high(sole) < low
                else:  # a group within this statement's group
                    contradiction |= bucket.highest_low(sole) > high
        if partners <= 0:
            return None
        return "contradiction" if contradiction else "compatible"


def _sole(docs: frozenset[str]) -> str | None:
    """The one document stating a statement, ``None`` when several do."""
    return next(iter(docs)) if len(docs) == 1 else None
