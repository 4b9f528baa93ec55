"""Time expressions in English news text, normalised against the publication date.

Finds explicit dates, weekdays, relative expressions ("yesterday", "three years
ago", "last month"), clock times with zones, durations and sets, and resolves
them to ISO 8601 values at the finest grain the text supports (GUIDELINES
section 4). Regular expressions and calendar arithmetic only; the caller
attaches expressions to events by sentence.

Conventions:

* ``value`` is ``None`` exactly when ``granularity`` is ``"unresolved"``:
  durations, sets, lone clock times, expressions anchored on another event
  ("the next day", "two days later") and relative expressions when the
  publication date is unknown. Decades use ISO 8601 reduced precision
  ("199" for the 1990s), centuries likewise ("18" for the 19th century),
  weeks use ISO week dates ("2023-W37").
* A clock time next to a day-level date ("at 13:00 (GMT+4) on September 20",
  "on Tuesday at 10 a.m.") becomes ONE expression spanning both, with
  granularity ``"datetime"``, the day as ``value`` and the full stamp as
  ``datetime`` (with offset only when a zone is given). A weekday next
  to a calendar date ("Tuesday, September 19") is one expression too, valued
  by the calendar date.
* Spans leave out plain locative prepositions ("on", "in", "since") and a
  leading "the", but keep words that change the meaning ("last", "early",
  "ago", "for", "within").
* In news a bare weekday or a date without a year refers to the past:
  the most recent such day on or before publication, or, for a date, the
  publication year unless that puts it more than ~2 months after
  publication. A future cue in the ~60 characters before it ("will",
  "scheduled", "set for", ...) turns it to the next occurrence instead.
"""

from __future__ import annotations

from datetime import date, datetime

from kg.codes import Granularity
from kg.records import TimeValue
from kg.timex.candidates import Found, Scanner
from kg.timex.merging import merge_clock_pairs, merge_clocks_with_days, merge_weekday_dates, select

#: Granularities that date an event (decades, weeks and durations do not).
DATING_GRANULARITIES: frozenset[Granularity] = frozenset({"datetime", "day", "month", "year"})


def _expression(found: Found, text: str, published: date | None) -> TimeValue:
    granularity = found.granularity
    datetime_value = None
    clock = None
    if found.clock is not None:
        clock = found.clock.iso(found.day or published)
        if found.day is not None:
            datetime_value = f"{found.day.isoformat()}T{found.clock.iso(found.day)}"
            granularity = "datetime"
    return TimeValue(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        value=found.value,
        granularity=granularity,
        kind=found.kind,
        datetime=datetime_value,
        clock=clock,
    )


def find_time_expressions(text: str, published: date | None) -> list[TimeValue]:
    """Every time expression in ``text``, resolved against ``published``.

    Args:
        text: The analysis text of a document (clutter blanked to spaces is fine).
        published: The article's publication date; ``None`` leaves relative
            expressions and dates without a year unresolved.

    Returns:
        Non-overlapping expressions in text order.
    """
    if isinstance(published, datetime):
        published = published.date()
    chosen = select(Scanner(text, published).candidates(), text)
    merged = merge_clocks_with_days(merge_clock_pairs(merge_weekday_dates(chosen, text), text), text)
    return [_expression(found, text, published) for found in merged]
