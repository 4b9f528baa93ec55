"""Calendar arithmetic of time expressions: weekdays and years against the publication date, ISO weeks, zones."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kg.records import TimeValue
from kg.timex.patterns import _WORDS, _ZONE_PARTS, WEEKEND_WORD


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

    The nearest past reading: the publication year, unless the date then lies after
    publication (the previous year: news reports the past); when ``future``, the
    first such date on or after publication.
    """
    year = published.year
    if future:
        if (month, day or 31) < (published.month, published.day):
            return year + 1
        return year
    if (month, day or 1) > (published.month, published.day):
        return year - 1
    return year


def iso_week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def week_days(time: TimeValue) -> list[date]:
    """The days a week expression holds: the seven of its ISO week, or only the Saturday and Sunday of a weekend
    ("over the weekend", "last weekend"; not "last week"); none for another grain or an unresolved week."""
    if time.granularity != "week" or time.value is None:
        return []
    year, week = (int(part) for part in time.value.split("-W"))
    days = range(6, 8) if WEEKEND_WORD.search(time.text) else range(1, 8)
    return [date.fromisocalendar(year, week, day) for day in days]


def shift_month(published: date, months: int) -> str:
    index = published.year * 12 + published.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_offset(zone: str, day: date, hour: int, minute: int) -> int | None:
    """Minutes east of UTC of an IANA zone at a local time, or None without tz data."""
    try:
        info = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    offset = datetime(day.year, day.month, day.day, hour, minute, tzinfo=info).utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_numeric_offset(text: str) -> int:
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:4]))


def parse_zone(text: str) -> tuple[int | None, str | None]:
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
    if text in _WORDS.zones.offsets:
        return _WORDS.zones.offsets[text], None
    if text in _WORDS.zones.names:
        return None, _WORDS.zones.names[text]
    lower = text.lower()
    if "european" in lower:
        summer = "summer" in lower
        return (120 if summer else 60) if lower.startswith("central") else (180 if summer else 120), None
    if lower == "moscow standard time":
        return 180, None
    words = lower.split()
    if words[0] in _WORDS.zones.names and words[-1] == "time" and len(words) <= 3 and words[0] != "local":
        if "standard" in words or "daylight" in words:
            standard = _WORDS.zones.standard_offsets[words[0]]
            return standard + (60 if "daylight" in words else 0), None
        return None, _WORDS.zones.names[words[0]]
    place = re.sub(r"(?: local)? time$", "", lower)
    return None, _WORDS.zones.places.get(place)


def date_range(value: str) -> tuple[str, str]:
    """The first and last day of an ISO date, month (``2023-09``) or year (``2023``)."""
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-01", f"{value}-{monthrange(year, month)[1]:02d}"
    return value, value
