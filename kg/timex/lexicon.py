"""The schema of ``lexicons/time.yaml``: clock zones, calendar words, numbers and relative expressions."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from kg.resources import LexiconModel, Words, load_lexicon


class ClockZones(LexiconModel):
    """Clock zones: fixed offsets, zones that keep daylight saving, and places clock times are given in."""

    offsets: dict[str, int]
    names: dict[str, str]
    places: dict[str, str]
    standard_offsets: dict[str, int]
    page_abbreviations: Words


class CalendarWords(LexiconModel):
    """Month and weekday names, their abbreviations, and the words that make a bare name a date."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    month_triggers: Words
    may_triggers: Words
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    weekday_name_prefixes: Words
    date_labels: Words
    year_triggers: Words
    meridiems: Words

    @cached_property
    def month_numbers(self) -> dict[str, int]:
        """Every month name and abbreviation, lower case, with its number."""
        return {**self.months, **self.month_abbreviations}


class NumberWords(LexiconModel):
    """Number words beyond the shared cardinals (``kg.words``), quantifiers, and the words that make a
    four-digit number no year."""

    phrases: dict[str, int]
    ordinals: dict[str, int]
    decades: dict[str, int]
    vague: Words
    approximate: Words
    count_before: Words
    count_after: Words


class RelativeWords(LexiconModel):
    """Relative expressions and the words around an expression that set its role or direction."""

    day_shifts: dict[str, int]
    anchored_day_shifts: dict[str, int]
    shifts: dict[str, int]
    same_day_units: Words
    ago_words: Words
    displaceable_ago_words: Words
    displacing_verbs: Words
    displaced_object_openers: Words
    parts_of_day: dict[str, str]
    offset_units: dict[str, int]
    offset_directions: dict[str, int]
    span_start_words: Words
    span_end_words: Words
    future_cues: tuple[str, ...]
    reported_future_cues: tuple[str, ...]
    plan_participles: Words
    schedule_verbs: Words
    schedule_objects: dict[str, Words]


class TimeLexicon(LexiconModel):
    """The time lexicon, one sub-model a section of ``lexicons/time.yaml`` (see the comments there)."""

    zones: ClockZones
    calendar: CalendarWords
    numbers: NumberWords
    relative: RelativeWords


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so "Sept" is tried before "Sep")."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def time_lexicon() -> TimeLexicon:
    """The shipped time lexicon (parsed and validated once)."""
    return load_lexicon("time.yaml", TimeLexicon)
