"""Time: the one place where kg reads dates and times from text.

* :mod:`kg.timex.expressions`: time expressions of an article's text ("on Tuesday",
  "three years ago", "at 13:00 (GMT+4) on September 20"), normalised against the
  publication date into :class:`kg.records.TimeValue` (extraction: event dates): the
  regular expressions (:mod:`.patterns`) give candidates that resolve themselves
  (:mod:`.candidates`, with the calendar arithmetic of :mod:`.calendar`), and the
  longest are chosen and joined (:mod:`.merging`);
* :mod:`kg.timex.dates`: calendar dates written on a page (ingest: publication dates,
  datelines, page dates).

Both read the month and weekday names of ``lexicons/time.yaml``.
"""

from __future__ import annotations

import re

from kg.records import TimeValue
from kg.timex.expressions import DATING_GRANULARITIES, find_time_expressions

__all__ = ["DATING_GRANULARITIES", "dates_the_article", "find_time_expressions"]

_BEFORE_COLON_OR_DASH = re.compile(r"\s*[:\u2013\u2014-]")


def dates_the_article(text: str, expression: TimeValue) -> bool:
    """Whether a time expression dates the article, not an event: a date line ("Sept 20, 2023:"),
    alone on its line or before a colon or dash."""
    if _BEFORE_COLON_OR_DASH.match(text, expression.end):
        return True
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" .,") == expression.text
