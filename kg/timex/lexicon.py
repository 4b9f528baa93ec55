"""The schema of ``lexicons/time.yaml``: month, weekday and number words, zones, and cues."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from kg.resources import LexiconModel, Words, load_lexicon


class TimeLexicon(LexiconModel):
    """The time lexicon (see the comments in ``lexicons/time.yaml``)."""

    # clock zones
    zone_offsets: dict[str, int]
    zone_names: dict[str, str]
    place_zones: dict[str, str]
    standard_offsets: dict[str, int]
    # four-digit numbers that are no years
    count_before: Words
    count_after: Words
    # months and weekdays
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    month_triggers: Words
    may_triggers: Words
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    weekday_name_prefixes: Words
    # numbers
    small_numbers: dict[str, int]
    tens: dict[str, int]
    number_phrases: dict[str, int]
    vague_numbers: Words
    approximate: Words
    ordinals: dict[str, int]
    decades: dict[str, int]
    # relative expressions
    day_shifts: dict[str, int]
    date_labels: Words
    anchored_day_shifts: dict[str, int]
    relative_shifts: dict[str, int]
    same_day_units: Words
    parts_of_day: dict[str, str]
    span_start_words: Words
    span_end_words: Words
    future_cues: tuple[str, ...]

    @cached_property
    def month_numbers(self) -> dict[str, int]:
        """Every month name and abbreviation, lower case, with its number."""
        return {**self.months, **self.month_abbreviations}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so "Sept" is tried before "Sep")."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def time_lexicon() -> TimeLexicon:
    """The shipped time lexicon (parsed and validated once)."""
    return load_lexicon("time.yaml", TimeLexicon)
