"""Time: the one place where kg reads dates and times from text.

* :mod:`kg.timex.expressions`: time expressions of an article's text ("on Tuesday",
  "three years ago", "at 13:00 (GMT+4) on September 20"), normalised against the
  publication date into :class:`kg.records.TimeValue` (extraction: event dates): the
  regular expressions (:mod:`.patterns`) give candidates that resolve themselves
  (:mod:`.candidates`, with the calendar arithmetic of :mod:`.calendar`), and the
  longest are chosen and joined (:mod:`.merging`); each has a role (a dateline and a
  date after "since" date no event);
* :mod:`kg.timex.dates`: calendar dates written on a page (ingest: publication dates,
  datelines, page dates).

Both read the month and weekday names of ``lexicons/time.yaml``.
"""

from __future__ import annotations

from kg.timex.calendar import week_days
from kg.timex.expressions import DATING_GRANULARITIES, calendar_date, day_from_offset, entry_mark_after, find_time_expressions

__all__ = ["DATING_GRANULARITIES", "calendar_date", "day_from_offset", "entry_mark_after", "find_time_expressions", "week_days"]
