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
  the most recent such day on or before publication (the nearest past
  reading). A future cue in the ~60 characters before it ("will",
  "scheduled", "set for", ...) turns it to the next occurrence instead,
  unless a past-tense verb of the parse comes between ("the next round of
  talks began on Tuesday": the cue is another phrase's).
* A part of a day keeps its grain ("Tuesday morning": ``2023-09-19TMO``,
  granularity ``part_of_day``; "overnight", like "last night", is the night before publication,
  but "overnight Monday" is Monday),
  and so does a week ("last week": ``2023-W37``);
  ``date`` gives the day, or the week's month, that an event dated by them takes.
* A lone clock time ("around noon") falls on the narrative day: the day the
  text last named before it, else the publication day. A day named from another
  ("the day before", "the next morning") is resolved from the day the text last
  named, and stays unresolved when none was named.
* Each expression has a ``role``: a dateline ("NAIROBI, March 3 /Agency/."), a
  date alone on its line or the publication date statement dates the article;
  an expression after "since" starts a span; only the others date events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from kg.codes import Granularity
from kg.records import TimeRole, TimeValue
from kg.timex.candidates import Found, Scanner, day_or_part_found, number_value
from kg.timex.dates import opening_dateline
from kg.timex.lexicon import time_lexicon
from kg.timex.merging import merge_clock_pairs, merge_clocks_with_days, merge_weekday_dates, select
from kg.timex.patterns import _OFFSET, _SPAN_END, _SPAN_START

#: Granularities that date an event (decades and durations do not).
DATING_GRANULARITIES: frozenset[Granularity] = frozenset({"datetime", "day", "part_of_day", "week", "month", "year"})

_BEFORE_COLON_OR_DASH = re.compile(r"\s*[:\u2013\u2014-]")
#: A dash to a number right after a date: the start of a range ("The 1992-95 war"), no dateline.
_RANGE_AFTER = re.compile(r"[\u2013\u2014-]\d")
#: Days counted from the day last named ("two days later"; not "two days after the vote": that counts from the vote).
_COUNTED_DAYS = re.compile(r"(?P<n>.+?) (?P<unit>days?|weeks?) (?P<way>later|earlier|afterwards)")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_SPAN_START_REACH = 20
#: Lines opened by a date before a colon or dash that make a timeline, not a dateline.
_TIMELINE_MINIMUM = 2
#: A year written out in a date ("17 August, 2019", "Nov. 4, 2020").
_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: "the" right before an expression, and a word right after one.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def calendar_date(granularity: Granularity, value: str | None) -> str | None:
    """The date an event dated by an expression takes: its day, month or year; a week's month (the
    month of its Thursday, where most of it lies); ``None`` for other grains."""
    if value is None or granularity not in DATING_GRANULARITIES:
        return None
    if granularity in ("day", "datetime", "part_of_day"):
        return value[:10]
    if granularity == "week":
        year, week = value.split("-W")
        return date.fromisocalendar(int(year), int(week), 4).strftime("%Y-%m")
    return value


def _expression(found: Found, text: str, published: date | None, role: TimeRole) -> TimeValue:
    granularity = found.granularity
    value = found.value
    datetime_value = None
    clock = None
    if found.clock is not None:
        clock = found.clock.iso(found.day or published)
        if found.day is not None:
            datetime_value = f"{found.day.isoformat()}T{found.clock.iso(found.day)}"
            granularity, value = "datetime", found.day.isoformat()
    return TimeValue(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        value=value,
        granularity=granularity,
        kind=found.kind,
        datetime=datetime_value,
        clock=clock,
        date=calendar_date(granularity, value),
        role=role,
    )


def day_from_offset(offset: TimeValue, day: TimeValue, towards_counted: bool = True) -> TimeValue | None:
    """The day of the event an unresolved count names ("three days after" the raid): ``day`` (the day of
    what came after or before it) shifted back by the count, as a day expression of the count's text; or, not
    ``towards_counted``, the day of what came after or before it, from ``day`` the counted event's ("the attack
    came two days after gunmen killed ten villagers on Sunday": Tuesday)."""
    words = re.sub(r"\s+", " ", offset.text.lower())
    counted = _OFFSET.fullmatch(words)
    if offset.value is not None or counted is None or day.granularity not in ("day", "datetime", "part_of_day") or not day.value:
        return None
    count = number_value(counted["n"])
    if count is None:
        return None
    relative = time_lexicon().relative
    days = count * relative.offset_units[counted["unit"]] * relative.offset_directions[counted["way"]] * (1 if towards_counted else -1)
    value = (date.fromisoformat(day.value[:10]) + timedelta(days=days)).isoformat()
    return replace(offset, value=value, granularity="day", date=value, kind="relative")


def find_time_expressions(
    text: str, published: date | None, article_dates: Sequence[tuple[int, int]] = (), past_verbs: Sequence[int] = (),
    scheduled: Sequence[tuple[int, int]] = (),
) -> list[TimeValue]:
    """Every time expression in ``text``, resolved against ``published``.

    Args:
        text: The analysis text of a document (clutter blanked to spaces is fine).
        published: The article's publication date; ``None`` leaves relative
            expressions and dates without a year unresolved.
        article_dates: Spans of ``text`` that state the publication date ("date 2023-09-20",
            "Published: ..."): a dateline may follow one on its line.
        past_verbs: Sorted start offsets of the past-tense finite verbs of ``text`` (from its parse): a
            future cue ("will", "next") before one of them does not make a later date future.
        scheduled: Sorted (start, end) offsets of the present-tense verbs of scheduled events ("Talks resume
            on Friday"): future cues.

    Returns:
        Non-overlapping expressions in text order.
    """
    if isinstance(published, datetime):
        published = published.date()
    chosen = select(Scanner(text, published, past_verbs, scheduled).candidates(), text)
    merged = merge_clocks_with_days(merge_clock_pairs(merge_weekday_dates(chosen, text), text), text)
    datelines = [*article_dates, *_datelines(text, article_dates)]
    # (dates opening two or more lines before a colon or dash are a timeline's entries, each the date of its line:
    # "Nov. 4, 2020 – Abiy sends troops into Tigray." ... "Nov. 28, 2020 – ..."; one alone is a dateline)
    # (dates only: a live blog's clock times, "10:30 –", or weekdays make no timeline)
    timeline = sum(1 for found in merged if found.kind == "date" and _opens_line_entry(found, text)) >= _TIMELINE_MINIMUM
    expressions = []
    narrative_day = published
    named_day: date | None = None
    entry_year: int | None = None
    for found in merged:
        role = _role(found, text, datelines, timeline)
        if timeline and role == "point":
            # (a timeline tells its years: a date without one takes the year of the last full date before it,
            # "17 August, 2019 – After a deadly raid on the sit-in in June ..." is June 2019)
            entry_year, found = _in_timeline_year(found, text, entry_year)
        if found.kind == "time" and found.day is None and found.clock is not None and narrative_day is not None:
            found = replace(found, day=narrative_day, value=narrative_day.isoformat(), granularity="day", day_level=True)
        elif role == "point" and found.value is None and named_day is not None:
            found = _anchored_day(found, text, named_day)
        if role == "point" and found.day is not None and found.clock is None:
            narrative_day = named_day = found.day
        expressions.append(_expression(found, text, published, role))
    return expressions


def _in_timeline_year(found: Found, text: str, entry_year: int | None) -> tuple[int | None, Found]:
    """The year a timeline has reached after ``found`` (a day, month or year written with its year: "In 2019,",
    "2011 –"), and ``found`` in that year if a day or month written without one ("June" after "17 August, 2019";
    not "last June", nor a weekday; "29 February" only in a leap year)."""
    if found.kind != "date" or found.granularity not in ("day", "month", "year") or found.value is None:
        return entry_year, found
    if _YEAR_WRITTEN.search(text, found.start, found.end):
        return int(found.value[:4]), found
    if entry_year is None or found.granularity == "year":
        return entry_year, found
    if found.granularity == "month":
        return entry_year, replace(found, value=f"{entry_year:04d}{found.value[4:]}")
    if found.day is None:
        return entry_year, found
    try:
        day = date(entry_year, found.day.month, found.day.day)
    except ValueError:  # 29 February of a common year
        return entry_year, found
    return entry_year, replace(found, value=day.isoformat(), day=day)


def _anchored_day(found: Found, text: str, named_day: date) -> Found:
    """A day named from the day the text last named ("the day before", "the next morning", "two days later"),
    else ``found``."""
    words = re.sub(r"\s+", " ", text[found.start : found.end].lower())
    lexicon = time_lexicon()
    shift = lexicon.relative.anchored_day_shifts.get(words)
    counted = _COUNTED_DAYS.fullmatch(words)
    if shift is None and counted is not None and (count := number_value(counted["n"])) is not None:
        days = count * (7 if counted["unit"].startswith("week") else 1)
        shift = -days if counted["way"] == "earlier" else days
    if shift is None:
        return found
    part = next((word for word in reversed(words.split()) if word in lexicon.relative.parts_of_day), None)
    return day_or_part_found(found.start, found.end, found.kind, named_day + timedelta(days=shift), part)


def _datelines(text: str, article_dates: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the datelines that open a line, or follow a publication date statement on its line."""
    starts = [0, *(match.end() for match in re.finditer(r"\n", text)), *(end for _, end in article_dates)]
    found = []
    for start in starts:
        dateline = opening_dateline(text, start)
        if dateline is not None:
            found.append((dateline.start, dateline.end))
    return found


def _in_sentence(before: str) -> bool:
    """Whether the words before a date on its line make it part of a sentence: a lower-case word that is
    no date label ("struck Gaza on Friday – ..." but not "Updated on 3 May 2023 - 10:15")."""
    labels = time_lexicon().calendar.date_labels
    return any(word not in labels for word in _LOWER_WORD.findall(before))


def entry_mark_after(text: str, end: int) -> bool:
    """Whether a colon or dash follows an expression ending at ``end`` as the mark of a line's entry ("Nov. 4,
    2020 – Abiy sends troops", "Sept 20, 2023:"), not the start of a range ("The 1992-95 war")."""
    return _BEFORE_COLON_OR_DASH.match(text, end) is not None and not _RANGE_AFTER.match(text, end)


def _opens_line_entry(found: Found, text: str) -> bool:
    """Whether a date opens its line before a colon or dash ("Sept 20, 2023: Azerbaijan has launched ...";
    not "struck on Friday – the heaviest raids", nor a range: "The 1992-95 war")."""
    line_start = text.rfind("\n", 0, found.start) + 1
    return entry_mark_after(text, found.end) and not _in_sentence(text[line_start : found.start])


def _role(found: Found, text: str, datelines: list[tuple[int, int]], timeline: bool = False) -> TimeRole:
    """``dateline`` for a date of a dateline, of the publication date statement, or alone on its line or
    before a colon or dash at the start of a line ("Sept 20, 2023:", not "struck on Friday – the heaviest
    raids"; not in a ``timeline``, whose entries such dates open); ``span_start`` after "since", ``span_end``
    after "until"; else ``point``."""
    if any(start <= found.start < end for start, end in datelines):
        return "dateline"
    line_start = text.rfind("\n", 0, found.start) + 1
    if not timeline and _opens_line_entry(found, text):
        return "dateline"
    line_end = text.find("\n", found.end)
    if text[line_start : len(text) if line_end < 0 else line_end].strip(" .,") == text[found.start : found.end]:
        return "dateline"
    if _SPAN_START.search(text, max(0, found.start - _SPAN_START_REACH), found.start):
        return "span_start"
    if _SPAN_END.search(text, max(0, found.start - _SPAN_START_REACH), found.start) and not _year_of_noun(found, text):
        return "span_end"  # (not "until the 2020 war": the year dates the war, the span ends with the war)
    return "point"


def _year_of_noun(found: Found, text: str) -> bool:
    """A year after "the" and before a word: it modifies the noun after it ("the 2020 war")."""
    return (
        found.granularity == "year"
        and _THE_BEFORE.search(text, max(0, found.start - 5), found.start) is not None
        and _WORD_AFTER.match(text, found.end) is not None
    )
