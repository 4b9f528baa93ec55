"""Candidate time expressions: one scanner handler per pattern, each resolving what it matched."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kg.codes import Granularity
from kg.records import TimeKind
from kg.timex.calendar import (
    format_offset,
    infer_year,
    iso_week,
    parse_numeric_offset,
    parse_zone,
    resolve_weekday,
    safe_date,
    shift_month,
    zone_offset,
)
from kg.timex.patterns import (
    _AGO,
    _ANCHORED,
    _CENTURY,
    _CLOCK,
    _DAY_OF_RELATIVE_MONTH,
    _DECADE,
    _DISPLACED,
    _DMY,
    _DURATION_ADJECTIVE,
    _DURATION_PLAIN,
    _DURATION_PREP,
    _FRONTED,
    _FUTURE_CUE,
    _FUTURE_WINDOW,
    _ISO,
    _MDY,
    _MONTH_BARE,
    _MONTH_YEAR,
    _NUMERIC,
    _RELATIVE_DAY,
    _RELATIVE_PERIOD,
    _REPORTED_FUTURE_CUE,
    _REPORTED_REACH,
    _SENTENCE_BREAK,
    _SET,
    _TIME_COMPARISON,
    _WEEKDAY,
    _WEEKEND,
    _WORDS,
    _YEAR_ALONE,
    _YEAR_RANGE,
    REQUIRED_PARTS,
)
from kg.words import shared_words


@dataclass(frozen=True)
class Clock:
    """A clock time with what is known of its zone."""

    hour: int
    minute: int
    second: int
    offset: int | None = None  # minutes east of UTC, for zones with a fixed offset
    zone: str | None = None  # IANA zone, when the offset depends on the date

    @property
    def zoned(self) -> bool:
        return self.offset is not None or self.zone is not None

    def iso(self, on: date | None) -> str:
        offset = self.offset
        if offset is None and self.zone is not None and on is not None:
            offset = zone_offset(self.zone, on, self.hour, self.minute)
        suffix = "" if offset is None else format_offset(offset)
        return f"{self.hour:02d}:{self.minute:02d}:{self.second:02d}{suffix}"


@dataclass(frozen=True)
class Found:
    """A candidate expression before overlap resolution and merging."""

    start: int
    end: int
    kind: TimeKind
    granularity: Granularity
    value: str | None
    day: date | None = None
    day_level: bool = False  # a single day (resolved or not) that a clock time can join
    calendar: bool = False  # written as a calendar date: wins over a weekday next to it
    clock: Clock | None = None


def day_found(start: int, end: int, kind: TimeKind, day: date | None, calendar: bool = False) -> Found:
    if day is None:
        return Found(start, end, kind, "unresolved", None, day_level=True, calendar=calendar)
    return Found(start, end, kind, "day", day.isoformat(), day, day_level=True, calendar=calendar)


def day_or_part_found(start: int, end: int, kind: TimeKind, day: date | None, part: str | None) -> Found:
    """A day, or a part of it ("Tuesday morning": "2023-09-19TMO", granularity ``part_of_day``)."""
    if day is None or part is None:
        return day_found(start, end, kind, day)
    return Found(start, end, kind, "part_of_day", f"{day.isoformat()}T{_WORDS.relative.parts_of_day[part]}", day, day_level=True)


def period_found(start: int, end: int, kind: TimeKind, granularity: Granularity, value: str | None) -> Found:
    if value is None:
        return Found(start, end, kind, "unresolved", None)
    return Found(start, end, kind, granularity, value)


class Scanner:
    """Runs every pattern over one text and builds candidates."""

    def __init__(self, text: str, published: date | None, past_verbs: Sequence[int] = (),
                 scheduled: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.published = published
        self.past_verbs = past_verbs
        self.scheduled = scheduled
        self._parts_found: dict[re.Pattern[str], bool] = {}

    def future(self, start: int, weekday: bool = False) -> bool:
        """Whether the clause before ``start`` speaks of the future: a future cue with no past-tense verb
        after it ("the next round of talks began on Tuesday": the cue is not the date's); of a weekday, also a
        scheduled present ("Talks resume on Friday"; a year-less date in a timeline's present stays past)."""
        return self._future_cue(start, weekday) is not None

    def _reported_future(self, start: int) -> bool:
        """Whether the future cue before ``start`` is told in the past, of a plan reported ("officials would
        meet on Thursday", "the truce was due to take effect on Wednesday")."""
        cue = self._future_cue(start, True)
        return cue is not None and _REPORTED_FUTURE_CUE.search(self.text, max(0, cue[0] - _REPORTED_REACH), cue[1]) is not None

    def _future_cue(self, start: int, weekday: bool) -> tuple[int, int] | None:
        """The future cue of the clause before ``start`` that governs it, if any (see ``future``): a cue of the
        lexicon or, before a ``weekday``, a present-tense verb of a scheduled event (``scheduled``: "Talks resume on
        Friday"); of an expression that opens its sentence, the cue of the clause after it (``_main_clause_cue``)."""
        offset = max(0, start - _FUTURE_WINDOW)
        window = self.text[offset:start]
        breaks = list(_SENTENCE_BREAK.finditer(window))
        if breaks:
            offset += breaks[-1].end()
            window = window[breaks[-1].end() :]
        if _FRONTED.fullmatch(window):
            return self._main_clause_cue(start, weekday)
        cue = None
        for cue in _FUTURE_CUE.finditer(window):
            pass
        found = (offset + cue.start(), offset + cue.end()) if cue is not None else None
        at = bisect_left(self.scheduled, (start,)) - 1  # the last scheduled present verb before ``start``
        if weekday and at >= 0 and self.scheduled[at][0] >= offset and (found is None or self.scheduled[at][0] > found[0]):
            found = self.scheduled[at]
        if found is None:
            return None
        after = bisect_left(self.past_verbs, found[1])
        if after >= len(self.past_verbs) or self.past_verbs[after] >= start:
            return found
        return None

    def _main_clause_cue(self, start: int, weekday: bool) -> tuple[int, int] | None:
        """The future cue of the clause after a time expression that opens its sentence ("On Friday, talks will
        resume in Arusha"): the first cue (of the lexicon, or ``scheduled`` for a ``weekday``) of its sentence after ``start``, with
        no past-tense verb before it ("On Friday, rebels attacked the town and will hold it" is past)."""
        rest = self.text[start : start + _FUTURE_WINDOW]
        end = _SENTENCE_BREAK.search(rest)
        stop = start + (end.start() if end is not None else len(rest))
        cue = _FUTURE_CUE.search(self.text, start, stop)
        found = (cue.start(), cue.end()) if cue is not None else None
        at = bisect_left(self.scheduled, (start,))
        if weekday and at < len(self.scheduled) and self.scheduled[at][1] <= stop and (found is None or self.scheduled[at][0] < found[0]):
            found = self.scheduled[at]
        past = bisect_left(self.past_verbs, start)
        if found is None or (past < len(self.past_verbs) and self.past_verbs[past] < found[0]):
            return None
        return found

    def candidates(self) -> list[Found]:
        found: list[Found] = []
        for pattern, handler in (
            (_ISO, self._iso),
            (_NUMERIC, self._numeric),
            (_MDY, self._month_day),
            (_DMY, self._month_day),
            (_MONTH_YEAR, self._month_year),
            (_MONTH_BARE, self._month_bare),
            (_YEAR_ALONE, self._year),
            (_YEAR_RANGE, self._year_range),
            (_DECADE, self._decade),
            (_CENTURY, self._century),
            (_WEEKDAY, self._weekday),
            (_RELATIVE_DAY, self._relative_day),
            (_RELATIVE_PERIOD, self._relative_period),
            (_DAY_OF_RELATIVE_MONTH, self._day_of_relative_month),
            (_WEEKEND, self._weekend),
            (_AGO, self._ago),
            (_ANCHORED, self._unresolved("relative")),
            (_DURATION_PREP, self._duration_prep),
            (_DURATION_ADJECTIVE, self._unresolved("duration")),
            (_DURATION_PLAIN, self._unresolved("duration")),
            (_SET, self._unresolved("set")),
            (_CLOCK, self._clock),
        ):
            if self._may_match(pattern):
                for match in pattern.finditer(self.text):
                    found.extend(handler(match))
        return found

    def _may_match(self, pattern: re.Pattern[str]) -> bool:
        """False when the text lacks a part every match of ``pattern`` has (``REQUIRED_PARTS``)."""
        part = REQUIRED_PARTS.get(pattern)
        if part is None:
            return True
        if part not in self._parts_found:
            self._parts_found[part] = part.search(self.text) is not None
        return self._parts_found[part]

    # ----------------------------------------------------------------- dates

    def _iso(self, m: re.Match[str]) -> list[Found]:
        day = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
        if day is None:
            return []
        found = day_found(m.start("t"), m.end("t"), "date", day, calendar=True)
        if m["h"] is None:
            return [found]
        offset = None
        if m["z"]:
            offset = 0 if m["z"] == "Z" else parse_numeric_offset(m["z"])
        clock = Clock(int(m["h"]), int(m["m"]), int(m["s"] or 0), offset)
        return [replace(found, clock=clock)]

    def _numeric(self, m: re.Match[str]) -> list[Found]:
        first, second = int(m["a"]), int(m["b"])
        if m["sep"] == "/" and first <= 12 < second:
            month, day_number = first, second  # unambiguous US order
        else:
            day_number, month = first, second  # day first: dots, dashes and ambiguous slashes
        day = safe_date(int(m["year"]), month, day_number)
        return [] if day is None else [day_found(m.start("t"), m.end("t"), "date", day, calendar=True)]

    def _month_day(self, m: re.Match[str]) -> list[Found]:
        if not name_case(m["mon"]):
            return []
        month = _WORDS.calendar.month_numbers[m["mon"].rstrip(".").lower()]
        day_number = int(m["day"])
        year = self._year_of(m, month, day_number)
        if year is None:
            if safe_date(2000, month, day_number) is None:  # 2000 is a leap year: any real day fits
                return []
            return [day_found(m.start("t"), m.end("t"), "date", None, calendar=True)]
        day = safe_date(year, month, day_number)
        return [] if day is None else [day_found(m.start("t"), m.end("t"), "date", day, calendar=True)]

    def _month_year(self, m: re.Match[str]) -> list[Found]:
        if not name_case(m["mon"]):
            return []
        month = _WORDS.calendar.month_numbers[m["mon"].rstrip(".").lower()]
        year = self._year_of(m, month, None)
        value = None if year is None else f"{year:04d}-{month:02d}"
        return [period_found(m.start("t"), m.end("t"), "date", "month", value)]

    def _month_bare(self, m: re.Match[str]) -> list[Found]:
        name = m["mon"]
        if not title_case(name) or not (m["trig"] or m["mod"] or m["rel"]):
            return []
        if name == "May" and not (m["mod"] or m["rel"]) and m["trig"].lower() not in _WORDS.calendar.may_triggers:
            return []
        month = _WORDS.calendar.month_numbers[name.lower()]
        start, end = m.start("t"), m.end("t")
        published = self.published
        if published is None:
            return [period_found(start, end, "date", "month", None)]
        rel = (m["rel"] or "").lower()
        if m["year_shift"] and m["trig"] and not rel:  # "Last year in April": that year's April
            year = published.year + _WORDS.relative.shifts[m["year_shift"].lower()]
        elif rel == "last":
            year = published.year if month < published.month else published.year - 1
        elif rel == "next":
            year = published.year if month > published.month else published.year + 1
        elif rel == "this":
            year = published.year
        else:
            year = infer_year(month, None, published, self.future(start))
        return [period_found(start, end, "relative" if rel else "date", "month", f"{year:04d}-{month:02d}")]

    def _year_of(self, m: re.Match[str], month: int, day: int | None) -> int | None:
        """The year a month/day match gives or implies, None when it cannot be known."""
        if m["year"]:
            return int(m["year"])
        if self.published is None:
            return None
        if m["yrel"]:
            shift = _WORDS.relative.shifts[m["yrel"].split()[-2].lower()]
            return self.published.year + shift
        return infer_year(month, day, self.published, self.future(m.start("t")))

    def _year(self, m: re.Match[str]) -> list[Found]:
        if not self._stands_alone_as_year(m.start("year"), m.end("year")):
            return []
        return [period_found(m.start("t"), m.end("t"), "date", "year", m["year"])]

    def _year_range(self, m: re.Match[str]) -> list[Found]:
        first = int(m["y1"])
        tail = m["y2"]
        second = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
        if second <= first or not self._stands_alone_as_year(m.start(), m.end()):
            return []
        return [
            period_found(m.start("y1"), m.end("y1"), "date", "year", str(first)),
            period_found(m.start("y2"), m.end("y2"), "date", "year", str(second)),
        ]

    def _stands_alone_as_year(self, start: int, end: int) -> bool:
        """Whether a four-digit number is a year, not a count, a measure or an identifier."""
        preceding = self.text[max(0, start - 40) : start]
        before = re.search(r"(\S+)\s*$", preceding)
        if before:
            word = before.group(1).lower().strip(".,;:()")
            if word in _WORDS.numbers.count_before and not (word == "than" and _TIME_COMPARISON.search(preceding)):
                return False
            if before.group(1)[-1] in "$€£#":
                return False
        after = re.match(r"\s*([A-Za-z]+)", self.text[end : end + 30])
        return not (after and after.group(1).lower() in _WORDS.numbers.count_after)

    def _decade(self, m: re.Match[str]) -> list[Found]:
        group = "t" if m["t"] is not None else "t2"
        if m["d4"]:
            value = m["d4"]
        else:
            digit = m["d2"] or m["d2b"]
            tens = int(digit) if digit else _WORDS.numbers.decades[m["dw"].lower()]
            reference = self.published.year if self.published else 2019
            century = 20 if 2000 + tens * 10 <= reference else 19
            value = f"{century}{tens}"
        return [period_found(m.start(group), m.end(group), "date", "decade", value)]

    def _century(self, m: re.Match[str]) -> list[Found]:
        ordinal = m["ord"].lower()
        number = int(ordinal[:-2]) if ordinal[:1].isdigit() else _WORDS.numbers.ordinals[ordinal]
        if not 1 <= number <= 21:
            return []
        return [period_found(m.start("t"), m.end("t"), "date", "century", f"{number - 1:02d}")]

    # ----------------------------------------------------------------- relative

    def _weekday(self, m: re.Match[str]) -> list[Found]:
        if not name_case(m["wd"]):
            return []
        previous = re.search(r"(\w+)\s+$", self.text[max(0, m.start() - 20) : m.start()])
        if previous and previous.group(1)[:1].isupper() and previous.group(1).lower() in _WORDS.calendar.weekday_name_prefixes:
            return []
        start, end = m.start("t"), m.end("t")
        if m["plural"]:
            return [period_found(start, end, "set", "unresolved", None)]
        if self.published is None:
            return [day_found(start, end, "relative", None)]
        weekday = _WORDS.calendar.weekdays[m["wd"].lower()]
        rel = (m["wrel"] or "").lower()
        if _WORDS.relative.shifts.get(rel, 0) < 0:
            day = self.published - timedelta(days=(self.published.weekday() - weekday) % 7 or 7)
        elif _WORDS.relative.shifts.get(rel, 0) > 0:
            day = resolve_weekday(weekday, self.published, future=True)
        elif weekday == self.published.weekday() and self._reported_future(start):
            # a plan reported in the past for the publication day's weekday is for that day ("the truce was due
            # to take effect at 1 p.m. on Wednesday" in a Wednesday article), not for a week later
            day = self.published
        else:
            day = resolve_weekday(weekday, self.published, self.future(start, weekday=True))
        return [day_or_part_found(start, end, "relative", day, (m["part"] or "").lower() or None)]

    def _relative_day(self, m: re.Match[str]) -> list[Found]:
        if m["word"].startswith("Today") and not self._sentence_initial(m.start("t")):
            return []  # a name: "USA Today"
        start, end = m.start("t"), m.end("t")
        if self.published is None:
            return [day_found(start, end, "relative", None)]
        word = re.sub(r"^(?:early|late|earlier|later) ", "", re.sub(r"\s+", " ", m["word"].lower()))
        if word in _WORDS.relative.day_shifts and word.split()[0] in _WORDS.relative.shifts and self._after_the(start):
            return []  # "the last night of the festival" is no night before publication
        shift = _WORDS.relative.day_shifts.get(word, 0)  # today, tonight, this morning: the publication day
        part = (m["part"] or "").lower() or next((w for w in reversed(word.split()) if w in _WORDS.relative.parts_of_day), None)
        return [day_or_part_found(start, end, "relative", self.published + timedelta(days=shift), part)]

    def _after_the(self, start: int) -> bool:
        """Whether the word before ``start`` is "the" ("the last year", "the last night of the festival")."""
        previous = re.search(r"(\w+)\s+$", self.text[max(0, start - 12) : start])
        return bool(previous and previous.group(1).lower() == "the")

    def _relative_period(self, m: re.Match[str]) -> list[Found]:
        if self._after_the(m.start()):
            return []  # "the last year has been..." is a span of time, not last year
        rel, unit = m["rel"].lower(), m["unit"].lower()
        start, end = m.start("t"), m.end("t")
        published = self.published
        if published is None:
            return [period_found(start, end, "relative", "unresolved", None)]
        shift = _WORDS.relative.shifts[rel]
        if unit == "weekend":
            future = rel == "next" or (rel == "this" and self.future(start, weekday=True))
            return [period_found(start, end, "relative", "week", iso_week(resolve_weekday(5, published, future)))]
        if unit == "week":
            value = iso_week(published + timedelta(weeks=shift))
        elif unit == "month":
            value = shift_month(published, shift)
        else:
            value = f"{published.year + shift:04d}"
        granularity: Granularity = "week" if unit == "week" else "month" if unit == "month" else "year"
        return [period_found(start, end, "relative", granularity, value)]

    def _day_of_relative_month(self, m: re.Match[str]) -> list[Found]:
        """"the 7th of this month", "the 3rd of last month"."""
        start, end = m.start("t"), m.end("t")
        if self.published is None:
            return [day_found(start, end, "relative", None)]
        year, month = shift_month(self.published, _WORDS.relative.shifts[m["rel"].lower()]).split("-")
        day = safe_date(int(year), int(month), int(m["day"]))
        return [day_found(start, end, "relative", day)] if day is not None else []

    def _weekend(self, m: re.Match[str]) -> list[Found]:
        start, end = m.start("t"), m.end("t")
        if self.published is None:
            return [period_found(start, end, "relative", "unresolved", None)]
        saturday = resolve_weekday(5, self.published, self.future(start, weekday=True))
        return [period_found(start, end, "relative", "week", iso_week(saturday))]

    def _ago(self, m: re.Match[str]) -> list[Found]:
        start, end = m.start("t"), m.end("t")
        count = number_value(m["n"])
        approximate = m["q"] is None or m["q"].lower().split()[0] in _WORDS.numbers.approximate
        if m["ago"].lower() in _WORDS.relative.displaceable_ago_words and _DISPLACED.search(self.text, max(0, start - 60), start):
            return []  # "the deadline was pushed two weeks back": moved, not dated
        if self.published is None or count is None or not approximate:
            return [period_found(start, end, "relative", "unresolved", None)]
        unit = m["unit"].lower().rstrip("s").replace("centurie", "century")
        published = self.published
        if unit in _WORDS.relative.same_day_units:
            return [day_found(start, end, "relative", published)]
        if unit == "night":  # "two nights ago": that day's night
            return [day_or_part_found(start, end, "relative", published - timedelta(days=count), "night")]
        if unit in ("day", "fortnight", "week"):  # "three weeks ago" is "21 days ago": a day (GUIDELINES have no week grain)
            days = count * {"day": 1, "fortnight": 14, "week": 7}[unit]
            return [day_found(start, end, "relative", published - timedelta(days=days))]
        if unit == "month":
            return [period_found(start, end, "relative", "month", shift_month(published, -count))]
        if unit == "year":
            return [period_found(start, end, "relative", "year", f"{published.year - count:04d}")]
        if unit == "decade":
            return [period_found(start, end, "relative", "decade", f"{(published.year - 10 * count) // 10:03d}")]
        return [period_found(start, end, "relative", "century", f"{(published.year - 100 * count) // 100:02d}")]

    def _duration_prep(self, m: re.Match[str]) -> list[Found]:
        if not (m["n"] or m["mod"] or m["unit"].lower().endswith("s")):
            return []  # "in day", "for week": not a duration
        return [period_found(m.start("t"), m.end("t"), "duration", "unresolved", None)]

    @staticmethod
    def _unresolved(kind: TimeKind) -> Callable[[re.Match[str]], list[Found]]:
        def handler(m: re.Match[str]) -> list[Found]:
            return [period_found(m.start("t"), m.end("t"), kind, "unresolved", None)]

        return handler

    # ----------------------------------------------------------------- clock times

    def _clock(self, m: re.Match[str]) -> list[Found]:
        if m["word"]:
            hour, minute = (0 if m["word"].lower() == "midnight" else 12), 0
        else:
            hour = int(m["h1"] or m["h2"] or m["h3"] or m["h4"])
            minute = int(m["m1"] or m["m2"] or m["m4"] or 0)
            meridiem = (m["ap1"] or m["ap2"] or m["ap3"] or "").lower()[:1]
            if meridiem and not 1 <= hour <= 12:
                return []
            if meridiem == "p" and hour < 12:
                hour += 12
            elif meridiem == "a" and hour == 12:
                hour = 0
        offset, zone = parse_zone(m["zone"] or "")
        clock = Clock(hour, minute, int(m["s1"] or 0), offset, zone)
        return [Found(m.start("t"), m.end("t"), "time", "unresolved", None, clock=clock)]

    def _sentence_initial(self, start: int) -> bool:
        before = self.text[:start].rstrip(" \t\"“‘'(")
        return not before or before[-1] in ".!?\n:-–—"


def title_case(word: str) -> bool:
    word = word.rstrip(".")
    return word[:1].isupper() and word[1:].islower()


def name_case(word: str) -> bool:
    """Written as a name: in title case, or in capitals as a page's date line or a capitals headline writes it
    ("MARCH 3, 2025", "MONDAY"); a month with a day or a year, or a full weekday name, is no other word then."""
    return title_case(word) or word.rstrip(".").isupper()


def number_value(words: str) -> int | None:
    """The value of a number written in digits or words, None for vague ones ("several")."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words.isdigit():
        return int(words)
    if words in _WORDS.numbers.phrases:
        return _WORDS.numbers.phrases[words]
    return shared_words().cardinals.value(words)


