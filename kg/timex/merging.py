"""Choosing among overlapping candidates and joining the parts of one expression ("Tuesday, September 19 at 10 a.m.")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kg.nlp.intervals import DisjointIntervals, Intervals
from kg.timex.candidates import Found
from kg.timex.patterns import (
    _GAP_CLOCK_CLOCK,
    _GAP_CLOCK_ON_DATE,
    _GAP_DATE_AT_CLOCK,
    _GAP_PLAIN,
    _GAP_WEEKDAY_DATE,
    _PARAGRAPH_BREAK,
    _URL,
)


def select(candidates: list[Found], text: str) -> list[Found]:
    """Longest candidates first, dropping overlaps and anything inside a URL."""
    urls = Intervals([(url.start(), url.end()) for url in _URL.finditer(text)])
    chosen = DisjointIntervals()
    found: list[Found] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if not (urls.overlaps(cand.start, cand.end) or chosen.overlaps(cand.start, cand.end)):
            chosen.add(cand.start, cand.end)
            found.append(cand)
    return sorted(found, key=lambda c: c.start)


def join(text: str, first: Found, second: Found, **changes: Any) -> Found:
    """One candidate spanning two, closing a parenthesis the span opened."""
    end = second.end
    if text[first.start : end].count("(") > text[first.start : end].count(")") and text[end : end + 1] == ")":
        end += 1
    return replace(first, start=first.start, end=end, **changes)


def merge_weekday_dates(items: list[Found], text: str) -> list[Found]:
    """Join "Tuesday, September 19" (either order) into one calendar-dated expression, within one paragraph (a
    weekday opening the paragraph after a date line is the story's: "Published: 14 February 2024" then
    "Thursday's attack killed six soldiers")."""
    out: list[Found] = []
    for item in items:
        if out and _joinable(text[out[-1].end : item.start]):
            prev = out[-1]
            pair = {prev.calendar, item.calendar}
            if prev.day_level and item.day_level and pair == {True, False} and not (prev.clock or item.clock):
                dated = prev if prev.calendar else item
                out[-1] = join(text, prev, item, kind="date", granularity=dated.granularity,
                                value=dated.value, day=dated.day, calendar=True)
                continue
        out.append(item)
    return out


def _joinable(gap: str) -> bool:
    """A gap a weekday and a date may stand across: a comma or bracket and spaces, no blank line."""
    return _GAP_WEEKDAY_DATE.fullmatch(gap) is not None and not _PARAGRAPH_BREAK.search(gap)


def merge_clock_pairs(items: list[Found], text: str) -> list[Found]:
    """Join "10 a.m. local time (0700 GMT)": keep the clock that has a zone."""
    out: list[Found] = []
    for item in items:
        if out and out[-1].kind == "time" and item.kind == "time" and out[-1].clock and item.clock:
            if _GAP_CLOCK_CLOCK.fullmatch(text[out[-1].end : item.start]):
                clock = item.clock if item.clock.zoned or not out[-1].clock.zoned else out[-1].clock
                out[-1] = join(text, out[-1], item, clock=clock)
                continue
        out.append(item)
    return out


def merge_clocks_with_days(items: list[Found], text: str) -> list[Found]:
    """Join each lone clock time to the day-level date written next to it."""
    taken: set[int] = set()
    joins: dict[int, int] = {}  # clock index -> date index
    for i, item in enumerate(items):
        if item.kind != "time" or item.clock is None:
            continue
        options: list[tuple[int, int]] = []
        if i > 0 and items[i - 1].day_level and items[i - 1].clock is None:
            gap = text[items[i - 1].end : item.start]
            if _GAP_DATE_AT_CLOCK.fullmatch(gap):
                options.append((0, i - 1))
            elif _GAP_PLAIN.fullmatch(gap):
                options.append((2, i - 1))
        if i + 1 < len(items) and items[i + 1].day_level and items[i + 1].clock is None:
            gap = text[item.end : items[i + 1].start]
            if _GAP_CLOCK_ON_DATE.fullmatch(gap):
                options.append((1, i + 1))
            elif _GAP_PLAIN.fullmatch(gap):
                options.append((3, i + 1))
        for _, target in sorted(options):
            if target not in taken:
                taken.add(target)
                joins[i] = target
                break
    out: list[Found] = []
    skip: set[int] = set(joins.values())
    for i, item in enumerate(items):
        if i in skip:
            continue
        if i in joins:
            day_item = items[joins[i]]
            first, second = (day_item, item) if day_item.start < item.start else (item, day_item)
            out.append(join(text, first, second, kind=day_item.kind, granularity=day_item.granularity,
                             value=day_item.value, day=day_item.day, day_level=True, clock=item.clock))
        else:
            out.append(item)
    return sorted(out, key=lambda c: c.start)
