"""Chart data of the report: date ranges and where a long timeline opens."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.report.sections import date_range, focus_window, owned_statement


@pytest.mark.parametrize("date, expected", [
    ("2022-11-02", ("2022-11-02", "2022-11-02")),
    ("2024-02", ("2024-02-01", "2024-02-29")),  # a leap year
    ("2014", ("2014-01-01", "2014-12-31")),
])
def test_date_range_covers_the_day_month_or_year(date, expected):
    assert date_range(date) == expected


def test_a_long_timeline_opens_on_the_stretch_that_holds_half_the_events():
    # Donbas 2014 background, then a week of reports in November 2022
    counts = Counter({
        ("2014-01-01", "War", "wire"): 2, ("2014-09-05", "Ceasefire", "wire"): 1,
        ("2022-11-02", "Ceasefire", "wire"): 2, ("2022-11-03", "Talks", "blog"): 1, ("2022-11-09", "Attack", "wire"): 1,
    })
    assert focus_window(counts) == ["2022-11-01", "2022-11-10"]  # the four November events, a day either side


def test_a_short_timeline_is_shown_whole():
    counts = Counter({("2022-11-02", "Ceasefire", "wire"): 3, ("2023-01-15", "Attack", "wire"): 3})
    assert focus_window(counts) is None
    assert focus_window(Counter()) is None


OWNERS = {"Q1028": "Morocco", "name:republic of velmora": "Republic of Velmora"}


@pytest.mark.parametrize("statement, expected", [
    ("4 soldiers of Q1028", "4 soldiers of Morocco"),
    ("at least 12 citizens of name:republic of velmora", "at least 12 citizens of Republic of Velmora"),  # a key with "of"
])
def test_a_positions_owner_key_is_shown_as_its_label(statement, expected):
    assert owned_statement(statement, OWNERS) == expected


@pytest.mark.parametrize("statement", [
    "at least 30 members of parliament",  # "of" in the counted group, no owner
    "10 to 15 people",
    "3 soldiers of Q99999",  # a key no entity has
    "denial",
])
def test_a_statement_without_a_known_owner_stays_as_the_graph_says(statement):
    assert owned_statement(statement, OWNERS) == statement
