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

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kg.codes import Granularity
from kg.records import TimeKind, TimeValue
from kg.timex.lexicon import alternation, time_lexicon

#: Granularities that date an event (decades, weeks and durations do not).
DATING_GRANULARITIES: frozenset[Granularity] = frozenset({"datetime", "day", "month", "year"})


# --------------------------------------------------------------------------- lexicon

_WORDS = time_lexicon()
_MONTHS = _WORDS.month_numbers
_MONTH_FULL = alternation(name.capitalize() for name in _WORDS.months)
_MONTH_ABBREVIATIONS = alternation(name.capitalize() for name in _WORDS.month_abbreviations)
#: Words before a bare month name ("in June") that make it a month; "May" needs a stricter set.
_MONTH_TRIGGERS = alternation(_WORDS.month_triggers)
_MAY_TRIGGERS = _WORDS.may_triggers
_WEEKDAYS = _WORDS.weekdays
_WEEKDAY_NAMES = alternation(name.capitalize() for name in _WEEKDAYS)
#: Capitalised words that make a weekday the name of a day in history or the calendar.
_WEEKDAY_NAME_PREFIXES = _WORDS.weekday_name_prefixes
_SMALL_NUMBERS = _WORDS.small_numbers
_DIGIT_WORDS = alternation(word for word, value in _SMALL_NUMBERS.items() if value < 10)
_TENS = _WORDS.tens
_NUMBER_PHRASES = _WORDS.number_phrases
#: Quantities that give no number ("a few days ago" cannot be resolved).
_VAGUE_NUMBERS = _WORDS.vague_numbers
#: Quantifiers that keep a resolvable value ("about three years ago"); others ("more than") do not.
_APPROXIMATE = _WORDS.approximate
_ORDINAL_WORDS = _WORDS.ordinals
_DECADE_WORDS = _WORDS.decades
#: Zone abbreviations with a fixed offset in minutes east of UTC.
_ZONE_OFFSETS = _WORDS.zone_offsets
#: Abbreviations and names whose offset depends on the date (daylight saving): IANA zones.
_ZONE_NAMES = _WORDS.zone_names
#: "<place> time": capitals, regions and countries that news reports clock times in.
_PLACE_ZONES = _WORDS.place_zones
#: Words right before a four-digit number that make it a count or an identifier, not a year.
_COUNT_BEFORE = _WORDS.count_before
#: Words right after a four-digit number that make it a count or a measure, not a year.
_COUNT_AFTER = _WORDS.count_after

# --------------------------------------------------------------------------- patterns


def _number_pattern(words: list[str]) -> str:
    """A regex for a number in digits, tens with units ("twenty-one") or one of ``words``."""
    return (
        r"(?:\d{1,4}(?![\d.,]\d)"
        r"|(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + _DIGIT_WORDS + r"))?"
        r"|" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"
    )


_NUMBER = _number_pattern([*_SMALL_NUMBERS, *_NUMBER_PHRASES, *_VAGUE_NUMBERS])
#: Numbers that make a plain "N days" a duration (no bare "a"/"an").
_COUNT = _number_pattern([*_SMALL_NUMBERS, *_VAGUE_NUMBERS])
_QUANT = (
    r"(?:more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|just\s+over|just\s+under|nearly|almost|about|"
    r"around|some|over|under|roughly|approximately|exactly|just)"
)
_UNIT = r"(?:seconds|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
_UNIT_SG = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century)"
_MOD = (
    r"(?:(?:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s{1,3}|-))?"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_DAY_RANGE = r"(?:\s?[-–]\s?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?(?!\d)"
_MONTH = rf"(?P<mon>(?:{_MONTH_FULL})\b|(?:{_MONTH_ABBREVIATIONS})\b\.?)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)(?![.,]\d)"
_YEAR_REL = r"(?P<yrel>(?:of\s+)?(?:last|this|next)\s+year)\b"
_YEAR_OR_REL = rf"(?:,?\s{{1,3}}{_YEAR}|,?\s{{1,3}}{_YEAR_REL})"
_AMPM = r"(?i:[ap]\.?m\b\.?)"
_ZONE = (
    r"(?:(?:GMT|UTC)(?:\s?[+\-−–]\s?\d{1,2}(?::?\d{2})?)?"
    r"|(?:" + "|".join(sorted([*_ZONE_OFFSETS, "ET", "PT"], key=len, reverse=True)) + r")\b"
    r"|(?i:(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+Time)"
    r"|(?i:(?:Central|Eastern)\s+European(?:\s+Summer)?\s+Time)"
    r"|(?i:Moscow\s+Standard\s+Time)"
    r"|(?i:(?:" + "|".join(sorted(_PLACE_ZONES, key=len, reverse=True)) + r")(?:\s+local)?\s+time)"
    r"|(?i:local\s+time))"
)

_FLAGS = re.IGNORECASE
_ISO = re.compile(
    r"(?<![\w./-])(?P<t>(?P<year>(?:19|20)\d\d)(?P<sep>[-/])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<z>Z|[+-][01]\d:?[0-5]\d)?)?)(?![\w/-]|\.\d)"
)
_NUMERIC = re.compile(
    r"(?<![\w./:-])(?P<t>(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d))(?![\w/-]|[.,]\d)"
)
_MDY = re.compile(rf"(?<!\w)(?P<t>{_MONTH}\s{{1,3}}{_DAY}{_DAY_RANGE}{_YEAR_OR_REL}?)(?![:.]\d)", _FLAGS)
_DMY = re.compile(
    rf"(?<![\w.,:/-])(?P<t>{_DAY}{_DAY_RANGE}(?:\s+of)?\s{{1,3}}{_MONTH}{_YEAR_OR_REL}?)", _FLAGS
)
_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?P<t>{_MOD}{_MONTH}(?:,|\s+of)?\s{{1,3}}(?:{_YEAR}|{_YEAR_REL}))", _FLAGS
)
_MONTH_BARE = re.compile(
    rf"(?<!\w)(?:(?P<trig>{_MONTH_TRIGGERS})\s{{1,3}})?"
    rf"(?P<t>(?P<mod>{_MOD})(?:(?P<rel>last|this|next)\s{{1,3}})?(?P<mon>{_MONTH_FULL})\b)",
    _FLAGS,
)
_YEAR_ALONE = re.compile(rf"(?<![\w$€£#./:,+'’–-])(?P<t>{_MOD}{_YEAR})(?![\w%]|[:/]\d|[-–]\w)", _FLAGS)
_YEAR_RANGE = re.compile(
    r"(?<![\w$€£#./:,+'’–-])(?P<y1>(?:19|20)\d\d)\s?[-–—/]\s?(?P<y2>(?:19|20)\d\d|\d\d)(?![\w%]|[.,:/]\d|[-–]\w)"
)
_DECADE = re.compile(
    rf"(?<![\w'’])(?P<t>{_MOD}(?:(?P<d4>(?:19|20)\d)0s|['’](?P<d2>\d)0s))\b"
    rf"|\bthe\s+(?P<t2>{_MOD}(?:(?P<d2b>\d)0s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b",
    _FLAGS,
)
_CENTURY = re.compile(
    rf"(?<!\w)(?P<t>{_MOD}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")[\s-]century)\b",
    _FLAGS,
)
_WEEKDAY = re.compile(
    rf"(?<!\w)(?P<t>(?:(?P<wrel>last|this|next|past|coming)\s{{1,3}}|(?:early|late)(?:\s+on)?\s{{1,3}})?"
    rf"(?P<wd>{_WEEKDAY_NAMES})(?P<plural>s)?\b(?:\s{{1,3}}(?:morning|afternoon|evening|night|midday)\b)?)",
    _FLAGS,
)
_RELATIVE_DAY = re.compile(
    r"(?<!\w)(?P<t>(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|(?:(?:early|late|earlier|later)\s+)?(?:yesterday|today|tomorrow|tonight|last\s+night)"
    r"|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?)\b",
    _FLAGS,
)
_RELATIVE_PERIOD = re.compile(
    r"(?<!\w)(?P<t>(?:(?:early|late|earlier|later)\s+)?(?P<rel>this|last|next|past)\s+(?P<unit>weekend|week|month|year))\b",
    _FLAGS,
)
_WEEKEND = re.compile(r"(?<!\w)(?P<t>(?:over|at|during)\s+the\s+weekend)\b", _FLAGS)
_AGO = re.compile(
    rf"(?<![\w-])(?P<t>(?:(?P<q>{_QUANT})\s+)?(?P<n>{_NUMBER})\s+(?P<unit>{_UNIT})\s+ago)\b", _FLAGS
)
_ANCHORED = re.compile(
    r"(?<!\w)(?P<t>(?:the\s+)?(?:previous|following|same|preceding)\s+"
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
    r"|the\s+next\s+(?:day|morning|afternoon|evening|night|week|month|year)"
    r"|the\s+day\s+(?:before|after)"
    r"|that\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
    rf"|(?:{_NUMBER})\s+{_UNIT}\s+(?:later|earlier|before|after|afterwards|prior))\b",
    _FLAGS,
)
_DURATION_PREP = re.compile(
    r"(?<!\w)(?P<t>(?:for|within|in|over|during|throughout|lasting|spanning|after)\s+"
    r"(?:(?P<mod>the\s+(?:past|last|next|coming|previous|following|first|final)|recent|coming)"
    r"(?:\s+(?:few|several|couple\s+of))?\s+)?"
    rf"(?:{_QUANT}\s+)?(?:(?P<n>{_NUMBER})\s+)?(?P<unit>{_UNIT}))\b",
    _FLAGS,
)
_DURATION_ADJECTIVE = re.compile(
    rf"(?<![\w-])(?P<t>(?:{_COUNT})[-–]{_UNIT_SG}(?:-long)?|(?:{_UNIT_SG}|days|weeks|months|years|decades)-long)(?![\w-])",
    _FLAGS,
)
_DURATION_PLAIN = re.compile(
    rf"(?<![\w.,-])(?P<t>(?:{_QUANT}\s+)?(?:{_COUNT})\s+{_UNIT})\b(?!\s+old\b|-old)", _FLAGS
)
_SET = re.compile(
    rf"(?<!\w)(?P<t>(?:every|each)\s+(?:other\s+)?(?:(?:{_NUMBER})\s+)?(?:{_UNIT}|{_WEEKDAY_NAMES}|morning|afternoon|evening|night)"
    rf"|(?:once|twice|(?:{_NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+{_UNIT_SG})\b",
    _FLAGS,
)
_CLOCK = re.compile(
    r"(?<![\w:.,/])(?P<t>(?:"
    rf"(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)(?::(?P<s1>[0-5]\d))?(?!\d|,\d)(?:\s?(?P<ap1>{_AMPM}))?"
    rf"|(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)(?!\d)(?:\s?(?P<ap2>{_AMPM})|(?=\s{{0,2}}\(?\s?{_ZONE}|\s?(?i:hrs|h)\b))"
    rf"|(?P<h3>1[0-2]|0?[1-9])\s?(?P<ap3>{_AMPM})"
    rf"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s{{0,2}}\(?\s?(?:GMT|UTC|{'|'.join(_ZONE_OFFSETS)})\b|\s?(?i:hrs)\b)"
    r"|(?P<word>(?i:noon|midday|midnight)))"
    r"(?:\s?(?i:hrs|h)\b)?"
    rf"(?P<zone>\s{{0,2}}\(\s{{0,2}}{_ZONE}\s{{0,2}}\)|\s{{0,2}}{_ZONE}(?!\w))?)"
)
_ZONE_PARTS = re.compile(r"(?P<utc>GMT|UTC)\s?(?:(?P<sign>[+\-−–])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)?")
_TIME_COMPARISON = re.compile(r"\b(?:later|earlier|sooner)\s+than\s*$", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|[;\n]")
_FUTURE_CUE = re.compile(r"\b(?:" + "|".join(_WORDS.future_cues) + r")\b|\w'll\b", re.IGNORECASE)

# Gaps allowed between the parts of one expression.
_GAP_WEEKDAY_DATE = re.compile(r"\s{0,3}[,(]?\s{0,3}")
_GAP_CLOCK_CLOCK = re.compile(r"\s{0,2}\(\s{0,2}")
_GAP_DATE_AT_CLOCK = re.compile(
    r"\s{0,3}(?:,\s{0,3})?(?:at|around|about|approximately|from|until|till|by|after|before"
    r"|(?:shortly|just)\s+(?:before|after))\s{1,3}",
    re.IGNORECASE,
)
_GAP_CLOCK_ON_DATE = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:on|of)\s{1,3}", re.IGNORECASE)
_GAP_PLAIN = re.compile(r"\s{0,3}(?:,\s{0,3})?")

_DAY_SHIFTS = _WORDS.day_shifts
_FUTURE_WINDOW = 60
_PAST_SLACK = timedelta(days=61)


# --------------------------------------------------------------------------- calendar logic


def resolve_weekday(weekday: int, published: date, future: bool) -> date:
    """The day a weekday mention refers to.

    Args:
        weekday: Monday is 0, Sunday 6.
        published: The article's publication date.
        future: True when the sentence speaks of the future ("will meet on Thursday").

    Returns:
        The most recent such day on or before ``published``, or, when ``future``,
        the next such day after it.
    """
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def infer_year(month: int, day: int | None, published: date, future: bool) -> int:
    """The year of a month (and day) written without one.

    The publication year, unless the date then lies more than ~2 months after
    publication (the previous year: news reports the past); when ``future``,
    the first such date on or after publication.
    """
    year = published.year
    probe = date(year, month, min(day or 1, 28))
    if future:
        if (month, day or 31) < (published.month, published.day):
            return year + 1
        return year
    if probe - published > _PAST_SLACK:
        return year - 1
    return year


def _iso_week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _shift_month(published: date, months: int) -> str:
    index = published.year * 12 + published.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _zone_offset(zone: str, day: date, hour: int, minute: int) -> int | None:
    """Minutes east of UTC of an IANA zone at a local time, or None without tz data."""
    try:
        info = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    offset = datetime(day.year, day.month, day.day, hour, minute, tzinfo=info).utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)


def _number(words: str) -> int | None:
    """The value of a number written in digits or words, None for vague ones ("several")."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if words.isdigit():
        return int(words)
    if words in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[words]
    if words in _NUMBER_PHRASES:
        return _NUMBER_PHRASES[words]
    parts = re.split(r"[-\s]", words)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_SMALL_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Clock:
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
            offset = _zone_offset(self.zone, on, self.hour, self.minute)
        suffix = "" if offset is None else _format_offset(offset)
        return f"{self.hour:02d}:{self.minute:02d}:{self.second:02d}{suffix}"


@dataclass(frozen=True)
class _Found:
    """A candidate expression before overlap resolution and merging."""

    start: int
    end: int
    kind: TimeKind
    granularity: Granularity
    value: str | None
    day: date | None = None
    day_level: bool = False  # a single day (resolved or not) that a clock time can join
    calendar: bool = False  # written as a calendar date: wins over a weekday next to it
    clock: _Clock | None = None


def _day(start: int, end: int, kind: TimeKind, day: date | None, calendar: bool = False) -> _Found:
    if day is None:
        return _Found(start, end, kind, "unresolved", None, day_level=True, calendar=calendar)
    return _Found(start, end, kind, "day", day.isoformat(), day, day_level=True, calendar=calendar)


def _period(start: int, end: int, kind: TimeKind, granularity: Granularity, value: str | None) -> _Found:
    if value is None:
        return _Found(start, end, kind, "unresolved", None)
    return _Found(start, end, kind, granularity, value)


class _Scanner:
    """Runs every pattern over one text and builds candidates."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published

    def future(self, start: int) -> bool:
        """Whether the clause before ``start`` speaks of the future."""
        window = self.text[max(0, start - _FUTURE_WINDOW) : start]
        breaks = list(_SENTENCE_BREAK.finditer(window))
        if breaks:
            window = window[breaks[-1].end() :]
        return bool(_FUTURE_CUE.search(window))

    def candidates(self) -> list[_Found]:
        found: list[_Found] = []
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
            (_WEEKEND, self._weekend),
            (_AGO, self._ago),
            (_ANCHORED, self._unresolved("relative")),
            (_DURATION_PREP, self._duration_prep),
            (_DURATION_ADJECTIVE, self._unresolved("duration")),
            (_DURATION_PLAIN, self._unresolved("duration")),
            (_SET, self._unresolved("set")),
            (_CLOCK, self._clock),
        ):
            for match in pattern.finditer(self.text):
                found.extend(handler(match))
        return found

    # ----------------------------------------------------------------- dates

    def _iso(self, m: re.Match[str]) -> list[_Found]:
        day = _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
        if day is None:
            return []
        found = _day(m.start("t"), m.end("t"), "date", day, calendar=True)
        if m["h"] is None:
            return [found]
        offset = None
        if m["z"]:
            offset = 0 if m["z"] == "Z" else _parse_numeric_offset(m["z"])
        clock = _Clock(int(m["h"]), int(m["m"]), int(m["s"] or 0), offset)
        return [replace(found, clock=clock)]

    def _numeric(self, m: re.Match[str]) -> list[_Found]:
        first, second = int(m["a"]), int(m["b"])
        if m["sep"] == "/" and first <= 12 < second:
            month, day_number = first, second  # unambiguous US order
        else:
            day_number, month = first, second  # day first: dots, dashes and ambiguous slashes
        day = _safe_date(int(m["year"]), month, day_number)
        return [] if day is None else [_day(m.start("t"), m.end("t"), "date", day, calendar=True)]

    def _month_day(self, m: re.Match[str]) -> list[_Found]:
        if not _title_case(m["mon"]):
            return []
        month = _MONTHS[m["mon"].rstrip(".").lower()]
        day_number = int(m["day"])
        year = self._year_of(m, month, day_number)
        if year is None:
            if _safe_date(2000, month, day_number) is None:  # 2000 is a leap year: any real day fits
                return []
            return [_day(m.start("t"), m.end("t"), "date", None, calendar=True)]
        day = _safe_date(year, month, day_number)
        return [] if day is None else [_day(m.start("t"), m.end("t"), "date", day, calendar=True)]

    def _month_year(self, m: re.Match[str]) -> list[_Found]:
        if not _title_case(m["mon"]):
            return []
        month = _MONTHS[m["mon"].rstrip(".").lower()]
        year = self._year_of(m, month, None)
        value = None if year is None else f"{year:04d}-{month:02d}"
        return [_period(m.start("t"), m.end("t"), "date", "month", value)]

    def _month_bare(self, m: re.Match[str]) -> list[_Found]:
        name = m["mon"]
        if not _title_case(name) or not (m["trig"] or m["mod"] or m["rel"]):
            return []
        if name == "May" and not (m["mod"] or m["rel"]) and m["trig"].lower() not in _MAY_TRIGGERS:
            return []
        month = _MONTHS[name.lower()]
        start, end = m.start("t"), m.end("t")
        published = self.published
        if published is None:
            return [_period(start, end, "date", "month", None)]
        rel = (m["rel"] or "").lower()
        if rel == "last":
            year = published.year if month < published.month else published.year - 1
        elif rel == "next":
            year = published.year if month > published.month else published.year + 1
        elif rel == "this":
            year = published.year
        else:
            year = infer_year(month, None, published, self.future(start))
        return [_period(start, end, "relative" if rel else "date", "month", f"{year:04d}-{month:02d}")]

    def _year_of(self, m: re.Match[str], month: int, day: int | None) -> int | None:
        """The year a month/day match gives or implies, None when it cannot be known."""
        if m["year"]:
            return int(m["year"])
        if self.published is None:
            return None
        if m["yrel"]:
            shift = _WORDS.relative_shifts[m["yrel"].split()[-2].lower()]
            return self.published.year + shift
        return infer_year(month, day, self.published, self.future(m.start("t")))

    def _year(self, m: re.Match[str]) -> list[_Found]:
        if not self._stands_alone_as_year(m.start("year"), m.end("year")):
            return []
        return [_period(m.start("t"), m.end("t"), "date", "year", m["year"])]

    def _year_range(self, m: re.Match[str]) -> list[_Found]:
        first = int(m["y1"])
        tail = m["y2"]
        second = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
        if second <= first or not self._stands_alone_as_year(m.start(), m.end()):
            return []
        return [
            _period(m.start("y1"), m.end("y1"), "date", "year", str(first)),
            _period(m.start("y2"), m.end("y2"), "date", "year", str(second)),
        ]

    def _stands_alone_as_year(self, start: int, end: int) -> bool:
        """Whether a four-digit number is a year, not a count, a measure or an identifier."""
        preceding = self.text[max(0, start - 40) : start]
        before = re.search(r"(\S+)\s*$", preceding)
        if before:
            word = before.group(1).lower().strip(".,;:()")
            if word in _COUNT_BEFORE and not (word == "than" and _TIME_COMPARISON.search(preceding)):
                return False
            if before.group(1)[-1] in "$€£#":
                return False
        after = re.match(r"\s*([A-Za-z]+)", self.text[end : end + 30])
        return not (after and after.group(1).lower() in _COUNT_AFTER)

    def _decade(self, m: re.Match[str]) -> list[_Found]:
        group = "t" if m["t"] is not None else "t2"
        if m["d4"]:
            value = m["d4"]
        else:
            digit = m["d2"] or m["d2b"]
            tens = int(digit) if digit else _DECADE_WORDS[m["dw"].lower()]
            reference = self.published.year if self.published else 2019
            century = 20 if 2000 + tens * 10 <= reference else 19
            value = f"{century}{tens}"
        return [_period(m.start(group), m.end(group), "date", "decade", value)]

    def _century(self, m: re.Match[str]) -> list[_Found]:
        ordinal = m["ord"].lower()
        number = int(ordinal[:-2]) if ordinal[:1].isdigit() else _ORDINAL_WORDS[ordinal]
        if not 1 <= number <= 21:
            return []
        return [_period(m.start("t"), m.end("t"), "date", "century", f"{number - 1:02d}")]

    # ----------------------------------------------------------------- relative

    def _weekday(self, m: re.Match[str]) -> list[_Found]:
        if not _title_case(m["wd"]):
            return []
        previous = re.search(r"(\w+)\s+$", self.text[max(0, m.start() - 20) : m.start()])
        if previous and previous.group(1)[:1].isupper() and previous.group(1).lower() in _WEEKDAY_NAME_PREFIXES:
            return []
        start, end = m.start("t"), m.end("t")
        if m["plural"]:
            return [_period(start, end, "set", "unresolved", None)]
        if self.published is None:
            return [_day(start, end, "relative", None)]
        weekday = _WEEKDAYS[m["wd"].lower()]
        rel = (m["wrel"] or "").lower()
        if _WORDS.relative_shifts.get(rel, 0) < 0:
            day = self.published - timedelta(days=(self.published.weekday() - weekday) % 7 or 7)
        elif _WORDS.relative_shifts.get(rel, 0) > 0:
            day = resolve_weekday(weekday, self.published, future=True)
        else:
            day = resolve_weekday(weekday, self.published, self.future(start))
        return [_day(start, end, "relative", day)]

    def _relative_day(self, m: re.Match[str]) -> list[_Found]:
        if m["word"].startswith("Today") and not self._sentence_initial(m.start("t")):
            return []  # a name: "USA Today"
        start, end = m.start("t"), m.end("t")
        if self.published is None:
            return [_day(start, end, "relative", None)]
        word = re.sub(r"^(?:early|late|earlier|later) ", "", re.sub(r"\s+", " ", m["word"].lower()))
        shift = _DAY_SHIFTS.get(word, 0)  # today, tonight, this morning: the publication day
        return [_day(start, end, "relative", self.published + timedelta(days=shift))]

    def _relative_period(self, m: re.Match[str]) -> list[_Found]:
        previous = re.search(r"(\w+)\s+$", self.text[max(0, m.start() - 12) : m.start()])
        if previous and previous.group(1).lower() == "the":
            return []  # "the last year has been..." is a span of time, not last year
        rel, unit = m["rel"].lower(), m["unit"].lower()
        start, end = m.start("t"), m.end("t")
        published = self.published
        if published is None:
            return [_period(start, end, "relative", "unresolved", None)]
        shift = _WORDS.relative_shifts[rel]
        if unit == "weekend":
            future = rel == "next" or (rel == "this" and self.future(start))
            return [_period(start, end, "relative", "week", _iso_week(resolve_weekday(5, published, future)))]
        if unit == "week":
            value = _iso_week(published + timedelta(weeks=shift))
        elif unit == "month":
            value = _shift_month(published, shift)
        else:
            value = f"{published.year + shift:04d}"
        granularity: Granularity = "week" if unit == "week" else "month" if unit == "month" else "year"
        return [_period(start, end, "relative", granularity, value)]

    def _weekend(self, m: re.Match[str]) -> list[_Found]:
        start, end = m.start("t"), m.end("t")
        if self.published is None:
            return [_period(start, end, "relative", "unresolved", None)]
        saturday = resolve_weekday(5, self.published, self.future(start))
        return [_period(start, end, "relative", "week", _iso_week(saturday))]

    def _ago(self, m: re.Match[str]) -> list[_Found]:
        start, end = m.start("t"), m.end("t")
        count = _number(m["n"])
        approximate = m["q"] is None or m["q"].lower().split()[0] in _APPROXIMATE
        if self.published is None or count is None or not approximate:
            return [_period(start, end, "relative", "unresolved", None)]
        unit = m["unit"].lower().rstrip("s").replace("centurie", "century")
        published = self.published
        if unit in _WORDS.same_day_units:
            return [_day(start, end, "relative", published)]
        if unit in ("day", "fortnight") or (unit == "week" and count == 1):
            days = count * {"day": 1, "fortnight": 14, "week": 7}[unit]
            return [_day(start, end, "relative", published - timedelta(days=days))]
        if unit == "week":
            return [_period(start, end, "relative", "week", _iso_week(published - timedelta(weeks=count)))]
        if unit == "month":
            return [_period(start, end, "relative", "month", _shift_month(published, -count))]
        if unit == "year":
            return [_period(start, end, "relative", "year", f"{published.year - count:04d}")]
        if unit == "decade":
            return [_period(start, end, "relative", "decade", f"{(published.year - 10 * count) // 10:03d}")]
        return [_period(start, end, "relative", "century", f"{(published.year - 100 * count) // 100:02d}")]

    def _duration_prep(self, m: re.Match[str]) -> list[_Found]:
        if not (m["n"] or m["mod"] or m["unit"].lower().endswith("s")):
            return []  # "in day", "for week": not a duration
        return [_period(m.start("t"), m.end("t"), "duration", "unresolved", None)]

    @staticmethod
    def _unresolved(kind: TimeKind) -> Callable[[re.Match[str]], list[_Found]]:
        def handler(m: re.Match[str]) -> list[_Found]:
            return [_period(m.start("t"), m.end("t"), kind, "unresolved", None)]

        return handler

    # ----------------------------------------------------------------- clock times

    def _clock(self, m: re.Match[str]) -> list[_Found]:
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
        offset, zone = _parse_zone(m["zone"] or "")
        clock = _Clock(hour, minute, int(m["s1"] or 0), offset, zone)
        return [_Found(m.start("t"), m.end("t"), "time", "unresolved", None, clock=clock)]

    def _sentence_initial(self, start: int) -> bool:
        before = self.text[:start].rstrip(" \t\"“‘'(")
        return not before or before[-1] in ".!?\n:-–—"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _title_case(word: str) -> bool:
    word = word.rstrip(".")
    return word[:1].isupper() and word[1:].islower()


def _parse_numeric_offset(text: str) -> int:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:4]))


def _parse_zone(text: str) -> tuple[int | None, str | None]:
    """(fixed offset in minutes, IANA zone) of a zone phrase; (None, None) for "local time"."""
    text = re.sub(r"\s+", " ", text.strip(" ()\t\n"))
    if not text:
        return None, None
    parts = _ZONE_PARTS.fullmatch(text)
    if parts:
        if parts["sign"] is None:
            return 0, None
        sign = 1 if parts["sign"] == "+" else -1
        return sign * (int(parts["h"]) * 60 + int(parts["m"] or 0)), None
    if text in _ZONE_OFFSETS:
        return _ZONE_OFFSETS[text], None
    if text in _ZONE_NAMES:
        return None, _ZONE_NAMES[text]
    lower = text.lower()
    if "european" in lower:
        summer = "summer" in lower
        return (120 if summer else 60) if lower.startswith("central") else (180 if summer else 120), None
    if lower == "moscow standard time":
        return 180, None
    words = lower.split()
    if words[0] in _ZONE_NAMES and words[-1] == "time" and len(words) <= 3 and words[0] != "local":
        if "standard" in words or "daylight" in words:
            standard = _WORDS.standard_offsets[words[0]]
            return standard + (60 if "daylight" in words else 0), None
        return None, _ZONE_NAMES[words[0]]
    place = re.sub(r"(?: local)? time$", "", lower)
    return None, _PLACE_ZONES.get(place)


# --------------------------------------------------------------------------- selection and merging


def _select(candidates: list[_Found], text: str) -> list[_Found]:
    """Longest candidates first, dropping overlaps and anything inside a URL."""
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)]
    chosen: list[_Found] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if any(cand.start < e and s < cand.end for s, e in urls):
            continue
        if any(cand.start < c.end and c.start < cand.end for c in chosen):
            continue
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _join(text: str, first: _Found, second: _Found, **changes: Any) -> _Found:
    """One candidate spanning two, closing a parenthesis the span opened."""
    end = second.end
    if text[first.start : end].count("(") > text[first.start : end].count(")") and text[end : end + 1] == ")":
        end += 1
    return replace(first, start=first.start, end=end, **changes)


def _merge_weekday_dates(items: list[_Found], text: str) -> list[_Found]:
    """Join "Tuesday, September 19" (either order) into one calendar-dated expression."""
    out: list[_Found] = []
    for item in items:
        if out and _GAP_WEEKDAY_DATE.fullmatch(text[out[-1].end : item.start]):
            prev = out[-1]
            pair = {prev.calendar, item.calendar}
            if prev.day_level and item.day_level and pair == {True, False} and not (prev.clock or item.clock):
                dated = prev if prev.calendar else item
                out[-1] = _join(text, prev, item, kind="date", granularity=dated.granularity,
                                value=dated.value, day=dated.day, calendar=True)
                continue
        out.append(item)
    return out


def _merge_clock_pairs(items: list[_Found], text: str) -> list[_Found]:
    """Join "10 a.m. local time (0700 GMT)": keep the clock that has a zone."""
    out: list[_Found] = []
    for item in items:
        if out and out[-1].kind == "time" and item.kind == "time" and out[-1].clock and item.clock:
            if _GAP_CLOCK_CLOCK.fullmatch(text[out[-1].end : item.start]):
                clock = item.clock if item.clock.zoned or not out[-1].clock.zoned else out[-1].clock
                out[-1] = _join(text, out[-1], item, clock=clock)
                continue
        out.append(item)
    return out


def _merge_clocks_with_days(items: list[_Found], text: str) -> list[_Found]:
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
    out: list[_Found] = []
    skip: set[int] = set(joins.values())
    for i, item in enumerate(items):
        if i in skip:
            continue
        if i in joins:
            day_item = items[joins[i]]
            first, second = (day_item, item) if day_item.start < item.start else (item, day_item)
            out.append(_join(text, first, second, kind=day_item.kind, granularity=day_item.granularity,
                             value=day_item.value, day=day_item.day, day_level=True, clock=item.clock))
        else:
            out.append(item)
    return sorted(out, key=lambda c: c.start)


def _expression(found: _Found, text: str, published: date | None) -> TimeValue:
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
    chosen = _select(_Scanner(text, published).candidates(), text)
    merged = _merge_clocks_with_days(_merge_clock_pairs(_merge_weekday_dates(chosen, text), text), text)
    return [_expression(found, text, published) for found in merged]
