"""Tests of kg.timex.expressions: finding and normalising time expressions."""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import get_args
from zoneinfo import ZoneInfo

import pytest

from kg.codes import GRANULARITIES
from kg.errors import ResourceError
from kg.records import TimeKind, TimeValue
from kg.resources import parse_lexicon, read_yaml
from kg.timex.calendar import infer_year, resolve_weekday
from kg.timex.expressions import (
    find_time_expressions,
)
from kg.timex.lexicon import TimeLexicon, time_lexicon

WEDNESDAY = date(2023, 9, 20)  # a Wednesday
FRIDAY_IN_JANUARY = date(2024, 1, 5)


def _find(text: str, published: date | None = WEDNESDAY) -> list[TimeValue]:
    return find_time_expressions(text, published)


def _only(text: str, published: date | None = WEDNESDAY) -> TimeValue:
    found = _find(text, published)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def _by_text(text: str, published: date | None = WEDNESDAY) -> dict[str, TimeValue]:
    return {e.text: e for e in _find(text, published)}


# --------------------------------------------------------------------------- weekdays


def test_timex_weekday_resolves_to_most_recent_day_on_or_before_publication() -> None:
    found = _by_text("Militants raided the village on Tuesday, the governor said on Wednesday.")
    assert found["Tuesday"].value == "2023-09-19"
    assert found["Wednesday"].value == "2023-09-20"
    assert found["Tuesday"].kind == "relative"
    assert found["Tuesday"].granularity == "day"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The summit will take place on Thursday in Doha.", "2023-09-21"),
        ("Peace talks are scheduled for Monday.", "2023-09-25"),
        ("A new round of negotiations is set for Wednesday.", "2023-09-27"),
        ("Both delegations are expected to meet on Friday.", "2023-09-22"),
        ("The vote is due on Sunday.", "2023-09-24"),
    ],
)
def test_timex_weekday_after_future_cue_resolves_after_publication(sentence: str, expected: str) -> None:
    assert _only(sentence).value == expected


def test_timex_future_cue_stops_at_sentence_boundary() -> None:
    text = "The envoy will travel to Geneva. Rebels shelled the airport on Monday."
    assert _only(text).value == "2023-09-18"


@pytest.mark.parametrize(
    ("sentence", "date_text", "expected"),
    [
        # a past-tense verb after the cue: the cue belongs to another phrase or clause
        ("The next round of talks began on Tuesday in Doha.", "Tuesday", "2023-09-19"),
        ("The army, which said it will respond, shelled the town on Monday.", "Monday", "2023-09-18"),
        ("Delegates to the upcoming summit met on Friday in Addis Ababa.", "Friday", "2023-09-15"),
        ("The mission, set to expire in June, evacuated 300 civilians on 3 March.", "3 March", "2023-03-03"),
        # negatives: the cue still governs the date
        ("The talks, which were postponed twice, will resume on Thursday.", "Thursday", "2023-09-21"),
        ("Negotiators said the next round would begin on Monday.", "Monday", "2023-09-25"),
        ("Officials said the ceasefire will take effect on 3 March.", "3 March", "2024-03-03"),
    ],
)
def test_timex_future_cue_before_a_past_verb_is_not_the_dates(nlp, sentence: str, date_text: str, expected: str) -> None:
    from kg.extract.document import _past_verbs

    doc = nlp(sentence)
    found = {e.text: e for e in find_time_expressions(doc.text, WEDNESDAY, (), _past_verbs(doc))}
    assert found[date_text].value == expected


def test_timex_a_part_of_a_day_before_or_after_the_day_last_named() -> None:
    found = _by_text("Officials said on Monday that the town fell the night before; the morning after, troops arrived.")
    assert found["the night before"].value == "2023-09-17TNI"
    assert found["the morning after"].value == "2023-09-18TMO"  # (counted from the night named last)


def test_timex_a_day_before_another_event_is_not_counted_from_the_day_last_named() -> None:
    assert "the day before" not in {e.text for e in _find("On Monday, rebels attacked the town the day before the vote.")}


def test_timex_last_and_next_weekday() -> None:
    found = _by_text("The convoy left last Wednesday and returns next Wednesday; strikes hit late on Sunday.")
    assert found["last Wednesday"].value == "2023-09-13"
    assert found["next Wednesday"].value == "2023-09-27"
    assert found["late on Sunday"].value == "2023-09-17"


def test_timex_weekday_part_of_day_stays_in_span() -> None:
    found = _only("Shells landed near the hospital on Monday night.")
    assert (found.text, found.value, found.granularity, found.date) == ("Monday night", "2023-09-18TNI", "part_of_day", "2023-09-18")


def test_timex_resolve_weekday_function() -> None:
    assert resolve_weekday(1, WEDNESDAY, future=False) == date(2023, 9, 19)
    assert resolve_weekday(2, WEDNESDAY, future=False) == date(2023, 9, 20)
    assert resolve_weekday(3, WEDNESDAY, future=True) == date(2023, 9, 21)
    assert resolve_weekday(2, WEDNESDAY, future=True) == date(2023, 9, 27)
    assert resolve_weekday(3, WEDNESDAY, future=False) == date(2023, 9, 14)


def test_timex_weekday_joined_with_calendar_date() -> None:
    found = _only("The militia seized the dam on Saturday, 16 September, residents said.")
    assert found.text == "Saturday, 16 September"
    assert (found.value, found.kind) == ("2023-09-16", "date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lead41: a weekday that opens the paragraph after a date line is the story's, not part of the date line
        ("Published: 20 September 2023\n\nMonday's ambush near Gao killed six soldiers.", {"20 September 2023": "2023-09-20", "Monday": "2023-09-18"}),
        ("Posted 20/09/2023\n \nTuesday's raid left the market in ruins.", {"20/09/2023": "2023-09-20", "Tuesday": "2023-09-19"}),
        # negatives: a weekday and its date on two lines of one date line, or after a comma, are one date
        ("Wednesday,\n20 September 2023", {"Wednesday,\n20 September 2023": "2023-09-20"}),
        ("Saturday, 16 September 2023", {"Saturday, 16 September 2023": "2023-09-16"}),
    ],
)
def test_timex_weekday_and_date_join_within_one_paragraph_only(text: str, expected: dict[str, str]) -> None:
    assert {found.text: found.value for found in _find(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lead41: a page's date line or a capitals headline writes months and weekdays in capitals
        ("KESSA HERALD — SEPTEMBER 18, 2023", {"SEPTEMBER 18, 2023": "2023-09-18"}),
        ("REBELS SHELL BORDER TOWN ON MONDAY", {"MONDAY": "2023-09-18"}),
        ("Updated: 18 SEP 2023", {"18 SEP 2023": "2023-09-18"}),
        # negatives: a month in capitals with no day or year, a lower-case "march" or "may", stays a word
        ("TROOPS MAY WITHDRAW BEFORE WINTER", {}),
        ("Thousands march 3 km to the palace.", {}),
    ],
)
def test_timex_months_and_weekdays_in_capitals(text: str, expected: dict[str, str]) -> None:
    assert {found.text: found.value for found in _find(text)} == expected


def test_timex_plural_weekday_is_a_set() -> None:
    found = _only("Protesters gather in the square on Fridays.")
    assert (found.text, found.kind, found.value) == ("Fridays", "set", None)


# --------------------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("sentence", "text", "value", "granularity"),
    [
        ("Troops crossed the river on September 19.", "September 19", "2023-09-19", "day"),
        ("Troops crossed the river on 19 September.", "19 September", "2023-09-19", "day"),
        ("Troops crossed the river on Sept. 19.", "Sept. 19", "2023-09-19", "day"),
        ("Troops crossed the river on Aug 3rd.", "Aug 3rd", "2023-08-03", "day"),
        ("The accord was signed on March 4, 2019.", "March 4, 2019", "2019-03-04", "day"),
        ("The accord was signed on 4 March 2019.", "4 March 2019", "2019-03-04", "day"),
        ("The accord was signed on the 4th of March, 2019.", "4th of March, 2019", "2019-03-04", "day"),
        ("The accord was signed on 2019-03-04.", "2019-03-04", "2019-03-04", "day"),
        ("The accord was signed on 04.03.2019.", "04.03.2019", "2019-03-04", "day"),
        ("The accord was signed on 04/03/2019.", "04/03/2019", "2019-03-04", "day"),
        ("The accord was signed on 03/24/2019.", "03/24/2019", "2019-03-24", "day"),
        ("Fighting raged on June 5-6.", "June 5-6", "2023-06-05", "day"),
        ("The siege began in February 2022.", "February 2022", "2022-02", "month"),
        ("The siege began in February of 2022.", "February of 2022", "2022-02", "month"),
        ("The siege began in February.", "February", "2023-02", "month"),
        ("The siege began in mid-February.", "mid-February", "2023-02", "month"),
        ("The siege began in early 2022.", "early 2022", "2022", "year"),
        ("The siege began at the end of 2021.", "the end of 2021", "2021", "year"),
        ("The siege began in 2014.", "2014", "2014", "year"),
        ("The 2008 war reshaped the region.", "2008", "2008", "year"),
        ("The border has been closed since 1993.", "1993", "1993", "year"),
    ],
)
def test_timex_explicit_dates(sentence: str, text: str, value: str, granularity: str) -> None:
    found = _only(sentence)
    assert (found.text, found.value, found.granularity, found.kind) == (text, value, granularity, "date")


def test_timex_decades_and_centuries_use_reduced_precision() -> None:
    found = _by_text(
        "The dispute dates to the early 1990s, flared in the mid-1970s and the '80s, "
        "worsened in the nineties and goes back to the 19th century."
    )
    assert (found["early 1990s"].value, found["early 1990s"].granularity) == ("199", "decade")
    assert found["mid-1970s"].value == "197"
    assert found["'80s"].value == "198"
    assert found["nineties"].value == "199"
    assert (found["19th century"].value, found["19th century"].granularity) == ("18", "century")


def test_timex_year_range_gives_both_years() -> None:
    found = _find("The 1992-94 conflict and the 2022/23 budget.")
    assert [(e.text, e.value) for e in found] == [("1992", "1992"), ("94", "1994"), ("2022", "2022"), ("23", "2023")]


def test_timex_missing_year_takes_the_nearest_past_reading() -> None:
    found = _by_text("Clashes on December 28 and January 3, and a truce in December.", FRIDAY_IN_JANUARY)
    assert found["December 28"].value == "2023-12-28"
    assert found["January 3"].value == "2024-01-03"
    assert found["December"].value == "2023-12"


def test_timex_missing_year_with_future_cue_looks_ahead() -> None:
    found = _only("Parliament will hold elections in March.", date(2023, 9, 20))
    assert found.value == "2024-03"
    assert infer_year(3, None, date(2023, 9, 20), future=False) == 2023
    assert infer_year(12, 24, date(2023, 9, 20), future=False) == 2022
    assert infer_year(10, 2, date(2023, 9, 20), future=False) == 2022  # the nearest past reading
    assert infer_year(9, 20, date(2023, 9, 20), future=False) == 2023


def test_timex_month_with_relative_year() -> None:
    found = _by_text(
        "They fled in June last year, returned last June, left last September and again on 3 May of last year."
    )
    assert found["June last year"].value == "2022-06"
    assert found["last June"].value == "2023-06"  # the most recent June before the publication month
    assert found["last September"].value == "2022-09"
    assert found["3 May of last year"].value == "2022-05-03"


def test_timex_without_publication_date_keeps_unresolved_expressions() -> None:
    found = _by_text("On Tuesday, a week after the March 8 rally and two years ago, but in 2019.", None)
    assert found["Tuesday"].value is None and found["Tuesday"].granularity == "unresolved"
    assert found["March 8"].value is None and found["March 8"].kind == "date"
    assert found["two years ago"].value is None
    assert found["2019"].value == "2019"


def test_timex_invalid_calendar_date_is_dropped() -> None:
    assert _find("The memo was dated February 30 and 31.04.2020.") == []


# --------------------------------------------------------------------------- relative expressions


@pytest.mark.parametrize(
    ("sentence", "text", "value", "granularity"),
    [
        ("A drone struck a fuel depot yesterday.", "yesterday", "2023-09-19", "day"),
        ("Yesterday morning, sirens sounded.", "Yesterday morning", "2023-09-19TMO", "part_of_day"),
        ("Sirens sounded last night across the capital.", "last night", "2023-09-19TNI", "part_of_day"),
        ("Shots rang out this afternoon.", "this afternoon", "2023-09-20TAF", "part_of_day"),
        ("The minister arrives tomorrow.", "tomorrow", "2023-09-21", "day"),
        ("The cabinet meets today.", "today", "2023-09-20", "day"),
        ("The curfew starts tonight.", "tonight", "2023-09-20TNI", "part_of_day"),
        ("Gunfire was heard the day before yesterday.", "the day before yesterday", "2023-09-18", "day"),
        ("Looting was reported earlier today.", "earlier today", "2023-09-20", "day"),
        ("The rebels took the town three years ago.", "three years ago", "2020", "year"),
        ("The rebels took the town 3 years ago.", "3 years ago", "2020", "year"),
        ("The rebels took the town a year ago.", "a year ago", "2022", "year"),
        ("The rebels took the town about two years ago.", "about two years ago", "2021", "year"),
        ("The rebels took the town two days ago.", "two days ago", "2023-09-18", "day"),
        ("The rebels took the town twenty-one days ago.", "twenty-one days ago", "2023-08-30", "day"),
        ("The rebels took the town a week ago.", "a week ago", "2023-09-13", "day"),
        ("The rebels took the town three weeks ago.", "three weeks ago", "2023-08-30", "day"),
        ("The rebels took the town six months ago.", "six months ago", "2023-03", "month"),
        ("The rebels took the town two decades ago.", "two decades ago", "200", "decade"),
        ("The rebels took the town an hour ago.", "an hour ago", "2023-09-20", "day"),
        ("Aid arrived last week.", "last week", "2023-W37", "week"),
        ("Aid arrived this week.", "this week", "2023-W38", "week"),
        ("Aid arrives next week.", "next week", "2023-W39", "week"),
        ("Aid arrived last month.", "last month", "2023-08", "month"),
        ("Aid arrived earlier this month.", "earlier this month", "2023-09", "month"),
        ("Aid arrived late last year.", "late last year", "2022", "year"),
        ("Aid arrived last year.", "last year", "2022", "year"),
        ("Aid arrived this year.", "this year", "2023", "year"),
        ("Aid arrived over the weekend.", "over the weekend", "2023-W37", "week"),
    ],
)
def test_timex_relative_expressions(sentence: str, text: str, value: str, granularity: str) -> None:
    found = _only(sentence)
    assert (found.text, found.value, found.granularity, found.kind) == (text, value, granularity, "relative")


def test_timex_relative_year_shift_across_new_year() -> None:
    found = _by_text("Last month the front moved, and last week it stalled.", date(2024, 1, 3))
    assert found["Last month"].value == "2023-12"
    assert found["last week"].value == "2023-W52"


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike killed dozens a few days ago.",
        "The strike killed dozens more than a year ago.",
        "The army regrouped the next day.",
        "The army regrouped two days later.",
        "The army regrouped the following week.",
        "The army regrouped the same day.",
        "The army regrouped that night.",
    ],
)
def test_timex_vague_or_anchored_relative_expressions_stay_unresolved(sentence: str) -> None:
    found = _only(sentence)
    assert (found.kind, found.value, found.granularity) == ("relative", None, "unresolved")


def test_timex_the_last_year_is_a_span_not_last_year() -> None:
    found = _by_text("In the last year the insurgency grew; the past week was calm.")
    assert found["In the last year"].kind == "duration"
    assert all(e.value is None for e in found.values())


# --------------------------------------------------------------------------- clock times


def test_timex_clock_with_zone_and_following_date_is_one_datetime() -> None:
    found = _only("The truce took effect at 13:00 (GMT+4) on September 20, the ministry said.")
    assert found.text == "13:00 (GMT+4) on September 20"
    assert (found.value, found.granularity, found.kind) == ("2023-09-20", "datetime", "date")
    assert found.datetime == "2023-09-20T13:00:00+04:00"
    assert found.clock == "13:00:00+04:00"


def test_timex_date_then_clock_with_place_time() -> None:
    found = _only("On 19 September 2023 at 13:00 Baku time, artillery opened fire.")
    assert found.text == "19 September 2023 at 13:00 Baku time"
    assert found.datetime == "2023-09-19T13:00:00+04:00"


def test_timex_place_time_follows_daylight_saving() -> None:
    summer = _only("Sirens sounded at 09:30 Kyiv time on July 4.")
    winter = _only("Sirens sounded at 09:30 Kyiv time on January 4.", FRIDAY_IN_JANUARY)
    assert summer.datetime == "2023-07-04T09:30:00+03:00"
    assert winter.datetime == "2024-01-04T09:30:00+02:00"


@pytest.mark.parametrize(
    ("sentence", "clock"),
    [
        ("The deadline expired at 10:00 GMT.", "10:00:00+00:00"),
        ("The deadline expired at 15:00 UTC+4.", "15:00:00+04:00"),
        ("The deadline expired at 0900 GMT.", "09:00:00+00:00"),
        ("The deadline expired at 6 p.m. EST.", "18:00:00-05:00"),
        ("The deadline expired at 23:30 CEST.", "23:30:00+02:00"),
        ("The deadline expired at 7am local time.", "07:00:00"),
        ("The deadline expired at midnight.", "00:00:00"),
        ("The deadline expired at 13:00.", "13:00:00"),
    ],
)
def test_timex_lone_clock_times_fall_on_the_publication_day_when_no_day_is_named(sentence: str, clock: str) -> None:
    found = _only(sentence)
    assert (found.kind, found.value, found.granularity, found.clock) == ("time", "2023-09-20", "datetime", clock)
    assert found.datetime == f"2023-09-20T{clock}"


def test_timex_lone_clock_time_falls_on_the_narrative_day() -> None:
    found = _find("Rebels shelled Kidal on Monday. A mortar round hit the market around noon.")
    assert [(e.text, e.value, e.datetime) for e in found] == [
        ("Monday", "2023-09-18", None),
        ("noon", "2023-09-18", "2023-09-18T12:00:00"),
    ]


def test_timex_lone_clock_time_without_publication_date_is_unresolved() -> None:
    found = _only("Police fired tear gas at 2 p.m.", None)
    assert (found.value, found.granularity, found.clock) == (None, "unresolved", "14:00:00")


def test_timex_clock_without_zone_gives_datetime_without_offset() -> None:
    found = _only("The shelling started on Tuesday at 1:30 p.m.")
    assert (found.text, found.datetime) == ("Tuesday at 1:30 p.m.", "2023-09-19T13:30:00")


def test_timex_local_time_with_gmt_conversion_uses_gmt() -> None:
    found = _only("The strike began at 10 a.m. local time (0700 GMT) on Monday.")
    assert found.text == "10 a.m. local time (0700 GMT) on Monday"
    assert found.datetime == "2023-09-18T07:00:00+00:00"


def test_timex_iso_timestamp_keeps_offset() -> None:
    found = _only("Logged at 2023-09-20T13:00:00+04:00 by the monitors.")
    assert (found.value, found.datetime) == ("2023-09-20", "2023-09-20T13:00:00+04:00")


def test_timex_every_place_zone_is_known_to_zoneinfo() -> None:
    words = time_lexicon()
    for zone in {*words.zones.places.values(), *words.zones.names.values()}:
        ZoneInfo(zone)


def test_time_lexicon_error_names_file_section_field_and_entry() -> None:
    data = copy.deepcopy(read_yaml("lexicons", "time.yaml"))
    data["numbers"]["ordinals"]["third"] = "many"
    with pytest.raises(ResourceError, match=r"^lexicons/time\.yaml: numbers\.ordinals\.third: .*'many'"):
        parse_lexicon(data, TimeLexicon, "lexicons/time.yaml")


def test_time_lexicon_rejects_a_field_outside_its_section() -> None:
    data = copy.deepcopy(read_yaml("lexicons", "time.yaml"))
    data["calendar"]["future_cues"] = ["will"]
    with pytest.raises(ResourceError, match=r"calendar\.future_cues: Extra inputs are not permitted"):
        parse_lexicon(data, TimeLexicon, "lexicons/time.yaml")


# --------------------------------------------------------------------------- durations and sets


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The corridor must open in less than 24 hours.", "in less than 24 hours"),
        ("The blockade lasted for 44 days.", "for 44 days"),
        ("The conflict has simmered for three decades.", "for three decades"),
        ("Prices rose in recent weeks.", "in recent weeks"),
        ("Dozens died over the past 24 hours.", "over the past 24 hours"),
        ("Aid should arrive within hours.", "within hours"),
        ("They have waited for years.", "for years"),
        ("A 10-day truce was agreed.", "10-day"),
        ("A three-month-long siege ended.", "three-month-long"),
        ("The decades-long dispute flared.", "decades-long"),
        ("The siege lasted 44 days.", "44 days"),
    ],
)
def test_timex_durations_are_never_dated(sentence: str, text: str) -> None:
    found = _only(sentence)
    assert (found.text, found.kind, found.value, found.datetime) == (text, "duration", None, None)


def test_timex_n_day_war_is_a_duration_and_its_year_a_date() -> None:
    found = _find("The 2014 war, a 50-day war, ended in a truce.")
    assert [(e.text, e.kind, e.value) for e in found] == [("2014", "date", "2014"), ("50-day", "duration", None)]


@pytest.mark.parametrize(
    "sentence", ["Aid convoys cross every day.", "Patrols run twice a week.", "The council meets each month."]
)
def test_timex_sets(sentence: str) -> None:
    found = _only(sentence)
    assert (found.kind, found.value) == ("set", None)


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "sentence",
    [
        "A 2,000-strong force moved north.",
        "A 2000-strong force moved north.",
        "The strike killed 32 people.",
        "The convoy took Route 66 toward the border.",
        "The envoy invoked Article 51 of the charter.",
        "Two F-16 jets were scrambled.",
        "The rate stood at USD 1.7000.",
        "The COVID-19 pandemic slowed talks.",
        "More than 2000 people fled.",
        "Some 1990 troops were deployed.",
        "The council adopted Resolution 2020.",
        "A 25-year-old man was wounded.",
        "He was 25 years old.",
        "Theresa May met him, and officials backed May.",
        "May God protect them, she said.",
        "March organisers blocked the road.",
        "She is in her nineties.",
        "Pilgrims gathered on Good Friday.",
        "He told USA Today the war must end.",
        "Footage at https://example.org/live/13:00/2023-09-19 was removed.",
        "Turnout reached 1995 per cent of the quota.",
        "The score was 2:1 after extra time.",
    ],
)
def test_timex_negatives_give_no_expression(sentence: str) -> None:
    assert _find(sentence) == [], [e.text for e in _find(sentence)]


# --------------------------------------------------------------------------- invariants


def test_timex_offsets_are_exact_in_blanked_multiline_text() -> None:
    text = (
        "Menu   Home   World          \n"
        "                              \n"
        "GAZA CITY, Oct. 9 (AFP) - Air strikes hit the north on Sunday night, and\n"
        "officials said at 6 p.m. (1500 GMT) on Monday that talks will resume on Thursday.\n"
        "The 2014 war lasted 51 days; the blockade began in 2007, 16 years ago.\n"
        "                    Share   Comments          \n"
    )
    found = _find(text, date(2023, 10, 10))
    assert [e.text for e in found] == [
        "Oct. 9",
        "Sunday night",
        "6 p.m. (1500 GMT) on Monday",
        "Thursday",
        "2014",
        "51 days",
        "2007",
        "16 years ago",
    ]
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
        assert expression.kind in get_args(TimeKind)
        assert expression.granularity in GRANULARITIES
        assert (expression.value is None) == (expression.granularity == "unresolved")
    assert [e.start for e in found] == sorted(e.start for e in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    values = {e.text: e.value for e in found}
    assert values["Sunday night"] == "2023-10-08TNI"
    assert {e.text: e.role for e in found}["Oct. 9"] == "dateline"
    assert values["6 p.m. (1500 GMT) on Monday"] == "2023-10-09"
    assert values["Thursday"] == "2023-10-12"
    assert values["16 years ago"] == "2007"


def test_timex_accepts_a_datetime_as_publication_date() -> None:
    assert _only("Shelling resumed yesterday.", datetime(2023, 9, 20, 18, 30)).value == "2023-09-19"


# --------------------------------------------------------------------------- issue 12: roles, nearest past, grains

FEBRUARY = date(2024, 2, 14)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Talks have continued since 3 November.", "3 November", "2023-11-03"),
        ("Clashes broke out on 3 March near the border.", "3 March", "2023-03-03"),  # not ahead of publication
        ("The siege began in March.", "March", "2023-03"),
        ("Rebels shelled the town on February 10.", "February 10", "2024-02-10"),
    ],
)
def test_timex_year_less_dates_take_the_nearest_past_reading(sentence: str, text: str, value: str) -> None:
    assert _by_text(sentence, FEBRUARY)[text].value == value


def test_timex_future_cue_still_looks_ahead_for_year_less_dates() -> None:
    assert _only("Talks will resume on 3 March in Addis Ababa.", FEBRUARY).value == "2024-03-03"


def test_timex_day_month_last_year() -> None:
    assert _only("The attack took place on 4 March last year.", FEBRUARY).value == "2023-03-04"


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        ("NAIROBI, March 3 /Agency/. Rebels shelled the town on Sunday.", "March 3"),
        ("GOMA, Democratic Republic of Congo, July 10 (Reuters) -\nRebels shelled the town on Sunday.", "July 10"),
        ("MOSCOW, May 26. /TASS/. Drones attacked on Sunday.", "May 26"),
        ("SOFIA, May 3, BTA. Protesters marched on Sunday.", "May 3"),
        ("Sanaa, April 28 At least eight people were killed on Sunday.", "April 28"),
        ("Beijing, March 7 (Xinhua) -- Gunmen attacked a bus on Sunday.", "March 7"),
        ("Kinshasa, 3 March 2024 (AFP) – Rebels shelled Goma on Sunday.", "3 March 2024"),
        ("ADDIS ABABA, Ethiopia, Aug 6 (Reuters) - Fano fighters clashed with troops on Sunday.", "Aug 6"),
    ],
)
def test_timex_agency_datelines_date_the_article(text: str, date_text: str) -> None:
    roles = {e.text: e.role for e in _find(text, FEBRUARY)}
    assert roles == {date_text: "dateline", "Sunday": "point"}


def test_timex_dateline_after_the_publication_date_statement() -> None:
    text = " date 2025-06-28 Khartoum, June 28 (IANS) Shelling killed 13 civilians on Friday."
    roles = {e.text: e.role for e in find_time_expressions(text, date(2025, 6, 28), [(1, 16)])}
    assert roles == {"2025-06-28": "dateline", "June 28": "dateline", "Friday": "point"}


@pytest.mark.parametrize(
    "text",
    [
        "Goma, Bukavu and Uvira were shelled on March 3.",  # a list of places, then a date in the sentence
        "The rebels said that in Goma, March 3 was the worst day.",  # not at a line start
        "Rebels, March 3 was the worst day.",  # no place: lower-case words follow
    ],
)
def test_timex_a_date_after_a_place_in_a_sentence_is_no_dateline(text: str) -> None:
    assert [e.role for e in _find(text, FEBRUARY)] == ["point"]


def test_timex_since_starts_a_span() -> None:
    found = _by_text("Fighting has raged since 2019 and ever since the 2021 coup; aid arrived in May.", FEBRUARY)
    assert (found["2019"].role, found["2021"].role, found["May"].role) == ("span_start", "span_start", "point")


def test_timex_until_the_year_of_a_noun_ends_no_span() -> None:
    # events26: "until the 2020 war" dates the war (the span ends with it); "until 1994" and "until the 1990s" end a span
    found = _by_text("The valley belonged to Galdania until the 2016 war; fighting lasted until 1994 and until the 1990s.", FEBRUARY)
    assert (found["2016"].role, found["1994"].role, found["the 1990s"].role if "the 1990s" in found else found["1990s"].role) == (
        "point",
        "span_end",
        "span_end",
    )


def test_timex_weeks_take_their_month_as_event_date() -> None:
    found = _by_text("Aid arrived last week; the convoy left over the weekend.", FEBRUARY)
    assert (found["last week"].granularity, found["last week"].value, found["last week"].date) == ("week", "2024-W06", "2024-02")
    assert found["over the weekend"].date == "2024-02"
    assert _only("Shelling resumed last week.", date(2023, 10, 3)).date == "2023-09"  # the week's Thursday is in September


def test_dates47_a_weekend_holds_only_its_saturday_and_sunday() -> None:
    from kg.timex import week_days

    found = _by_text("Aid arrived last week; the convoy left over the weekend.", FEBRUARY)
    assert [day.isoformat() for day in week_days(found["over the weekend"])] == ["2024-02-10", "2024-02-11"]
    # negative: a week holds its seven days; a day holds none
    assert len(week_days(found["last week"])) == 7
    assert week_days(_only("Shelling resumed on Tuesday.", FEBRUARY)) == []


def test_timex_parts_of_days_keep_their_grain_and_give_their_day() -> None:
    found = _by_text("Drones struck on Tuesday morning; sirens sounded last night.", FEBRUARY)
    assert (found["Tuesday morning"].value, found["Tuesday morning"].date) == ("2024-02-13TMO", "2024-02-13")
    assert (found["last night"].value, found["last night"].date) == ("2024-02-13TNI", "2024-02-13")


def test_timex_the_last_night_of_something_is_no_night_before_publication() -> None:
    """events16: "last night" is the night before publication; "the last night of the festival" is none."""
    assert _find("It was the last night of the festival in Goma.") == []
    assert _find("Delegates met on the last night of the summit in Arusha.") == []


def test_timex_part_of_day_with_a_clock_time_is_a_datetime() -> None:
    found = _only("Shelling began on Tuesday morning at 6 a.m.", FEBRUARY)
    assert (found.granularity, found.value, found.datetime, found.date) == ("datetime", "2024-02-13", "2024-02-13T06:00:00", "2024-02-13")


def test_timex_decades_and_durations_date_nothing() -> None:
    found = _by_text("Fighting broke out in the 1960s and lasted three weeks.", FEBRUARY)
    assert (found["1960s"].date, found["three weeks"].date) == (None, None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("This led to hostilities that lasted until 1994.", "span_end"),  # the end of a span dates nothing
        ("The blockade of Tigray lasted till March 2022.", "span_end"),
        ("The talks were held in March 2022.", "point"),  # negative: a plain date
        ("Fighting has raged since 2019.", "span_start"),
    ],
)
def test_p4_until_ends_a_span(text: str, role: str) -> None:
    assert [t.role for t in find_time_expressions(text, date(2024, 2, 14))] == [role]



def test_day_from_offset_reads_units_and_directions_from_the_lexicon() -> None:
    """A day count from another event shifts that event's day by the units and sign of ``lexicons/time.yaml``."""
    from kg.timex import day_from_offset

    published = date(2024, 3, 20)
    day = next(found for found in find_time_expressions("The ceasefire began on 10 March.", published) if found.value)
    cases = (("Two weeks after", "2024-02-25"), ("three days before", "2024-03-13"), ("a day after", "2024-03-09"))
    for phrase, expected in cases:
        count = next(found for found in find_time_expressions(f"{phrase} the talks, shelling resumed.", published))
        shifted = day_from_offset(count, day)
        assert shifted is not None and shifted.value == expected, phrase
    # the other way: from the counted event's day to the day of what came after it ("came two days after ... on 10 March")
    count = next(found for found in find_time_expressions("Two days after the talks, shelling resumed.", published))
    later = day_from_offset(count, day, towards_counted=False)
    assert later is not None and later.value == "2024-03-12"
    # Negatives: no count of days or weeks ("two months after"), and a count that is not unresolved.
    months = find_time_expressions("Two months after the talks, shelling resumed.", published)
    assert all(day_from_offset(found, day) is None or found.value is not None for found in months)
    assert day_from_offset(day, day) is None


# --------------------------------------------------------------------------- events20: a plan reported in the past


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # new articles (Karabakh, September 2023): "the ceasefire, which was due to enter force at 1:00 PM on
        # Wednesday" in a Wednesday article; "said officials would meet representatives of the Armenian community
        # in Nagorno-Karabakh on Thursday" (the cue further back than the old 60 characters)
        ("The truce, which was due to take effect at noon on Wednesday, also provides for a prisoner exchange.", "2023-09-20"),
        ("Mediators said the two sides would resume talks on Wednesday in Doha.", "2023-09-20"),
        ("The junta said its envoys would meet delegates of the Tuareg rebel coalition in northern Mali on Thursday.", "2023-09-21"),
        ("The monitors were scheduled to enter the town on Wednesday.", "2023-09-20"),
        # negatives: a plan stated in the present for the publication day's weekday is a week later; another weekday
        # is the next one; a past verb after the cue leaves the past reading
        ("A new round of negotiations is set for Wednesday.", "2023-09-27"),
        ("Peace talks will resume on Wednesday in Doha.", "2023-09-27"),
        ("Mediators said the two sides would resume talks on Friday.", "2023-09-22"),
        ("Mediators said they would go to Doha, and the rebels attacked Gao on Wednesday.", "2023-09-20"),
    ],
)
def test_events20_a_weekday_of_a_plan_reported_in_the_past(nlp, sentence: str, expected: str) -> None:
    from kg.extract.document import _past_verbs

    doc = nlp(sentence)
    found = [e for e in find_time_expressions(doc.text, WEDNESDAY, (), _past_verbs(doc)) if e.date is not None]
    assert [e.date for e in found] == [expected]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # lead42: a scheduled present ("begin") before a weekday is a future cue
        ("Talks begin in Arusha on Friday.", "begin", "2024-02-16"),
        # negative: a year-less date in a timeline's present keeps its nearest past reading
        ("12 February: talks begin in Arusha.", "begin", "2024-02-12"),
    ],
)
def test_a_scheduled_present_is_a_future_cue_of_a_weekday_only(text: str, verb: str, expected: str) -> None:
    at = text.index(verb)
    values = [e.value for e in find_time_expressions(text, date(2024, 2, 14), (), (), [(at, at + len(verb))])]
    assert values == [expected]


def test_a_range_of_years_at_a_line_start_is_no_dateline() -> None:
    # (a date before a dash at the start of a line is a dateline, unless a number follows the dash: a range)
    roles = {e.text: e.role for e in find_time_expressions("The 1992-95 war left thousands dead.", date(2024, 2, 14))}
    assert roles == {"1992": "point", "95": "point"}
    roles = {e.text: e.role for e in find_time_expressions("Sept 20, 2023 - Troops entered the town.", date(2024, 2, 14))}
    assert roles["Sept 20, 2023"] == "dateline"


# --------------------------------------------------------------------------- dates45: written forms the tagger missed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "back" counts back as "ago" does (South Asian English)
        ("Security forces launched an operation in Dera Bugti four days back.", ("four days back", "2023-09-16")),
        ("Maoist rebels torched the camp two years back, villagers said.", ("two years back", "2021")),
        ("The army moved into Dera Bugti four days back.", ("four days back", "2023-09-16")),  # (fix45) a move to a place
        # an abbreviated month's full stop may run into its day
        ("Troops deposed the president in a bloodless coup on Sept.14.", ("Sept.14", "2023-09-14")),
        ("Fighting resumed in Beni on Oct.7, 2021, the army said.", ("Oct.7, 2021", "2021-10-07")),
        # a relative year before "in" and a bare month: that year's month
        ("Last year in April gunmen killed a chief in Koro.", ("April", "2022-04")),
        ("This year in March talks opened in Kampala.", ("March", "2023-03")),
    ],
)
def test_written_forms_of_past_dates(text: str, expected: tuple[str, str]) -> None:
    found = _by_text(text)
    assert expected[0] in found, list(found)
    assert found[expected[0]].date == expected[1]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The vote was pushed back two weeks.", "two weeks back"),  # no count before "back"
        # (fix45) a count moved back by a verb of displacing, with or without a short object: a move, no date
        ("The deadline was pushed two weeks back.", "two weeks back"),
        ("The war set the economy ten years back, he said.", "ten years back"),
        ("The convoy drove ten miles back to the base.", "ten miles back"),  # not a time unit
        ("The Nov.2023 issue was printed late.", "Nov.2023"),  # no day after the full stop
    ],
)
def test_written_forms_that_are_no_past_dates(text: str, absent: str) -> None:
    assert absent not in _by_text(text)


def test_a_relative_year_in_another_sentence_leaves_a_bare_month_alone() -> None:
    found = _by_text("The offensive began last year. In August the army shelled Koro.")
    assert found["August"].date == "2023-08"


def test_a_relative_year_ending_a_line_leaves_the_next_lines_month_alone() -> None:
    # (fix45) a headline ending "last year" over a line opening "In April": April of the publication year
    found = _by_text("Rebels who seized Koro last year\nIn April gunmen killed a chief in Koro.")
    assert found["April"].date == "2023-04"
    assert _by_text("Last year in April gunmen killed a chief in Koro.")["April"].date == "2022-04"
