"""Calendar dates written in English news pages, found and turned into ISO dates.

Understood forms (an optional weekday before, an optional time after):
``September 20, 2023``, ``Sep. 20 2023``, ``Sep 20,2023``, ``Jun 16th, 2024``, ``20 September 2023``,
``20th of Sept, 2023``, ``2023-09-20`` (also ``2023/09/20``, ``2023-09-20T14:30Z``),
``20.09.2023`` and ``20-09-2023`` (day first), ``20/09/2023`` or ``09/20/2023``
when only one reading is a valid date; and, only when asked for, a day and month
without a year (``September 21``, ``21 Sept``), as datelines write them.

Also found: the periods a text dates with a year (a full date, ``March 2021``,
``in 2021``), the weekdays it names, and datelines of any agency format opening a
paragraph (``NAIROBI, March 3 /Agency/.``, ``GOMA, Democratic Republic of Congo, July 10
(Reuters) -``, ``MOSCOW, May 26. /TASS/.``, ``SOFIA, MAY 3, BTA.``, ``Sanaa, April 28 At least
...``, ``Baku/24.12.22/Turan:``, its year in two digits).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from kg.timex.lexicon import alternation, time_lexicon

_WORDS = time_lexicon()
_MONTH = rf"(?P<month>{alternation(_WORDS.calendar.month_numbers)})\b\.?"
_WEEKDAY = rf"(?:(?P<weekday>{alternation([*_WORDS.calendar.weekdays, *_WORDS.calendar.weekday_abbreviations])})\b\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (
    r"(?:[T ]\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
_ZONE = rf"(?:{alternation(_WORDS.zones.page_abbreviations)})"
#: What parts a day and month from their year: white space, or a comma with or without it ("Sep 25,2023").
_BEFORE_YEAR = r"(?:,\s*|\s+)"
_START = r"(?<![\w.])"
_END = r"(?![\w])"

_WITH_YEAR = tuple(
    re.compile(_START + pattern + _END, re.IGNORECASE)
    for pattern in (
        rf"{_WEEKDAY}{_MONTH}\s*{_DAY}{_BEFORE_YEAR}{_YEAR}",
        rf"{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH}{_BEFORE_YEAR}{_YEAR}",
        rf"{_YEAR}(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep){_DAY}{_TIME}",
        rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?P<sep>[.-])(?P<month>\d{{1,2}})(?P=sep){_YEAR}",
        rf"{_WEEKDAY}(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}",
    )
)
_WITHOUT_YEAR = tuple(
    re.compile(_START + pattern + _END, re.IGNORECASE)
    for pattern in (
        rf"{_WEEKDAY}{_MONTH}\s*{_DAY}",
        rf"{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH}",
    )
)
_TIME_WORDS = re.compile(
    rf"\b\d{{1,2}}(?:[:.]\d\d){{1,2}}\s*(?:[ap]\.?m\.?(?!\w))?|\b(?:[ap]\.?m\.?|{_ZONE}|at)\b"
    r"|[+-]\d{1,2}(?::?\d\d)?",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    rf"\d{{1,2}}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+{_ZONE}\b(?:[+-]\d{{1,2}})?)?[\s,]*(?:on\s+)?",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"{_START}{_MONTH},?\s+{_YEAR}{_END}", re.IGNORECASE)
_BARE_YEAR = re.compile(
    rf"\b(?:{alternation(_WORDS.calendar.year_triggers)})[\s-]+{_YEAR}(?![\w%])(?![.,]\d)",
    re.IGNORECASE,
)
_WEEKDAY_NAME = re.compile(rf"\b(?:{alternation(day.capitalize() for day in _WORDS.calendar.weekdays)})\b")
#: A span-start word ("since") ending a text: a date after it starts a span.
_SPAN_START_BEFORE = re.compile(rf"\b(?:{alternation(_WORDS.relative.span_start_words)})\s+$", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[\s,.|:/()\[\]\-–—•·]*")
#: A dateline's place, with a region or country ("GOMA, Democratic Republic of Congo, "), before its date.
_DATELINE_PLACE = re.compile(
    r"(?:^|(?<=\s))(?P<place>[A-Z][\w'’.\-]{2,}(?:[ \t]+[A-Z][\w'’.\-]+)*)"
    r"(?:\s*,\s*[A-Z][\w'’.\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.\-]*)*)?\s*,\s*"
)
#: An agency credit after a dateline's date: "(Reuters)", "/TASS/", ", BTA".
_AGENCY = re.compile(
    r"\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,20}/|,\s*[A-Z][A-Z&'\-]+(?:\s+[A-Z][A-Z&'\-]+){0,3}\b)"
)
#: A dateline whose day-first date, its year perhaps in two digits, stands between slashes after the place
#: and before the agency ("Baku/24.12.22/Turan:", "GOMA / 03.07.2024 / Agency -").
_SLASH_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'’.\-]{2,}(?:[ \t]+[A-Z][\w'’.\-]+)*)[ \t]*/[ \t]*"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d\d(?:\d\d)?)[ \t]*/[ \t]*"
    r"[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,3}(?=[ \t]*[.:\-–—])"
)
#: Two-digit years below this are of the 2000s, the others of the 1900s (the POSIX ``%y`` convention).
_CENTURY_PIVOT = 69
_DATELINE_END = re.compile(r"\s*[.:\-–—]")
#: What may follow a dateline that no punctuation closes: the capitalised start of the story, or the line's end.
_STORY_START = re.compile(r"[ \t]*(?:\n|$)|[ \t]+[\"“‘']?[A-Z]")


@dataclass(frozen=True)
class Period:
    """A day, month or year a text states with its year.

    Attributes:
        start: Offset of its first character (the day or month, or the year of a bare year).
        first_day: Its first day.
        precision: ``"day"`` ("12 May 2021"), ``"month"`` ("May 2021") or ``"year"`` ("in 2021").
    """

    start: int
    first_day: datetime.date
    precision: str


@dataclass(frozen=True)
class Dateline:
    """A dateline with a date, opening a paragraph ("NAIROBI, March 3 /Agency/.").

    Attributes:
        start: Offset of the place's first character.
        end: Offset after the date, or after the agency credit that follows it.
        date: The date it gives (often without a year).
        capitals: Whether the place is written in capitals ("NAIROBI").
        agency: Whether an agency credit follows the date ("(Reuters)", "/TASS/", ", BTA").
        closed: Whether a full stop, colon or dash closes it.
    """

    start: int
    end: int
    date: DateMatch
    capitals: bool
    agency: bool
    closed: bool


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text.

    Attributes:
        start: Offset of its first character (the weekday, if any).
        end: Offset after its last character.
        year: The year, or ``None`` when the text gives none.
        month: The month (1-12).
        day: The day of the month.
        weekday: Whether a weekday is written with it.
    """

    start: int
    end: int
    year: int | None
    month: int
    day: int
    weekday: bool

    @property
    def iso(self) -> str | None:
        """``YYYY-MM-DD``, or ``None`` without a year."""
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int) -> str | None:
        """The ISO date of this day and month in ``year``, if that day exists."""
        return _iso(year, self.month, self.day)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(value: str) -> int:
    return int(value) if value.isdigit() else _WORDS.calendar.month_numbers[value.rstrip(".").lower()]


def _from_match(match: re.Match[str]) -> DateMatch | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        readings = {(m, d) for m, d in ((first, second), (second, first)) if _iso(year or 2000, m, d)}
        if len(readings) != 1:
            return None
        month, day = readings.pop()
    else:
        month, day = _month_number(groups["month"]), int(groups["day"])
    if _iso(year or 2000, month, day) is None:
        return None
    return DateMatch(match.start(), match.end(), year, month, day, bool(groups.get("weekday")))


def find_dates(text: str, *, without_year: bool = False) -> list[DateMatch]:
    """Every date written in ``text``, in order, never overlapping.

    Args:
        text: Any text.
        without_year: Also report a day and month written without a year.
    """
    patterns = _WITH_YEAR + (_WITHOUT_YEAR if without_year else ())
    found = [
        date
        for pattern in patterns
        for match in pattern.finditer(text)
        if (date := _from_match(match)) is not None
    ]
    found.sort(key=lambda d: (d.start, -(d.end - d.start), d.year is None))
    chosen: list[DateMatch] = []
    for date in found:
        if not chosen or date.start >= chosen[-1].end:
            chosen.append(date)
    return chosen


def date_at(text: str, position: int, *, without_year: bool = False) -> DateMatch | None:
    """The date that starts at ``position`` of ``text`` (after white space and
    perhaps a clock time: "3:47 PM EDT, September 28, 2023"), if any."""
    begin = len(text) - len(text[position:].lstrip())
    date = _date_starting(text, begin, without_year)
    clock = _LEADING_TIME.match(text, begin)
    if date is None and clock is not None:
        date = _date_starting(text, clock.end(), without_year)
    return date


def _date_starting(text: str, begin: int, without_year: bool) -> DateMatch | None:
    dates = find_dates(text[begin : begin + 80], without_year=without_year)
    if not dates or dates[0].start != 0:
        return None
    return replace(dates[0], start=begin, end=begin + dates[0].end)


def dateline_places(text: str) -> list[int]:
    """Offsets of every place that a date may follow as in a dateline ("BAKU, ", "GOMA, Congo, ",
    "Baku/24.12.22/Turan:")."""
    starts = {match.start("place") for match in _DATELINE_PLACE.finditer(text)}
    starts.update(match.start() for match in _SLASH_DATELINE.finditer(text))
    return sorted(starts)


def _slash_dateline(text: str, position: int) -> Dateline | None:
    """The dateline at ``position`` that puts its day-first date between slashes ("Baku/24.12.22/Turan:")."""
    match = _SLASH_DATELINE.match(text, position)
    if match is None:
        return None
    year = int(match["year"])
    if year < 100:
        year += 2000 if year < _CENTURY_PIVOT else 1900
    month, day = int(match["month"]), int(match["day"])
    if _iso(year, month, day) is None:
        return None
    date = DateMatch(match.start("day"), match.end("year"), year, month, day, False)
    return Dateline(position, match.end(), date, match["place"].isupper(), True, True)


def dateline_at(text: str, position: int) -> Dateline | None:
    """The dateline with a date that starts at ``position`` of ``text``, if any."""
    slashed = _slash_dateline(text, position)
    if slashed is not None:
        return slashed
    place = _DATELINE_PLACE.match(text, position)
    if place is None:
        return None
    date = date_at(text, place.end(), without_year=True)
    if date is None:
        return None
    agency = _AGENCY.match(text, date.end)
    end = agency.end() if agency else date.end
    closed = _DATELINE_END.match(text, end) is not None
    return Dateline(position, end, date, place.group("place").isupper(), agency is not None, closed)


def opening_dateline(text: str, position: int) -> Dateline | None:
    """The dateline with a date that opens the paragraph at ``position`` (white space skipped): closed by
    punctuation, credited to an agency, or followed by the story's first word ("Sanaa, April 28 At least")."""
    begin = len(text) - len(text[position:].lstrip())
    dateline = dateline_at(text, begin)
    if dateline is None:
        return None
    if dateline.closed or dateline.agency or _STORY_START.match(text, dateline.end):
        return dateline
    return None


def lone_date(line: str) -> DateMatch | None:
    """The date when ``line`` holds one date and nothing else but a time and punctuation."""
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    date = dates[0]
    rest = _TIME_WORDS.sub("", line[: date.start] + " " + line[date.end :])
    return date if _PUNCTUATION.fullmatch(rest) else None


def parse_date(value: str) -> str | None:
    """The ISO date a metadata value gives (``2023-09-20T10:00:00+04:00``,
    ``Sep 20, 2023``, ...), or ``None`` if it holds no full date."""
    dates = find_dates(value.strip())
    return dates[0].iso if dates else None


def find_periods(text: str) -> list[Period]:
    """Every day, month and year ``text`` states with a year, in order: full dates,
    a month and year ("March 2021"), a year after a preposition ("in 2021", "since 2012";
    not "by 2030", which sets a target)."""
    dates = [date for date in find_dates(text) if date.year is not None]
    periods = [Period(date.start, datetime.date(date.year or 0, date.month, date.day), "day") for date in dates]
    for match in _MONTH_YEAR.finditer(text):
        if not any(match.start() < date.end and date.start < match.end() for date in dates):
            first_day = datetime.date(int(match["year"]), _month_number(match["month"]), 1)
            periods.append(Period(match.start(), first_day, "month"))
    for match in _BARE_YEAR.finditer(text):
        periods.append(Period(match.start("year"), datetime.date(int(match["year"]), 1, 1), "year"))
    return sorted(periods, key=lambda period: period.start)


def starts_span(before: str) -> bool:
    """Whether the text right before a date ends in a span-start word ("since 3 May 2023"): the date
    starts a span and is no publication date."""
    return _SPAN_START_BEFORE.search(before) is not None


def named_weekdays(text: str) -> list[int]:
    """The weekdays (0 for Monday) that ``text`` names in full ("on Tuesday"), in order."""
    return [_WORDS.calendar.weekdays[match.group().lower()] for match in _WEEKDAY_NAME.finditer(text)]
