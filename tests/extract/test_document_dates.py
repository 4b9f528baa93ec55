"""Event dates through a whole build: the graph's kg:date holds the day of a part of a day and the month
of a week, whose time expressions keep their grain; the publication date line and the dateline date nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graphs
from kg.rdf.vocab import KG

PAGE = (
    "Convoy attacked near Gao\n\n"
    "Published: 14 February 2024\n\n"
    "GAO, Feb 14 (Wire) - Armed rebels attacked a convoy near Gao last week, the army said.\n\n"
    "Drones struck a market in Kidal on Tuesday night, killing three traders.\n"
)


def test_document_event_dates_in_the_graph(tmp_path: Path, nlp) -> None:
    page = tmp_path / "gao.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    assert not result.errors
    dates = sorted((quad.object.value, quad.object.datatype.value) for quad in result.quads if quad.predicate.value == str(KG.date))
    assert dates == [
        ("2024-02", "http://www.w3.org/2001/XMLSchema#gYearMonth"),
        ("2024-02-13", "http://www.w3.org/2001/XMLSchema#date"),
    ]
    granularities = sorted(quad.object.value for quad in result.quads if quad.predicate.value == str(KG.granularity))
    assert granularities == ["part_of_day", "week"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # lead41: a future cue before a reduced relative clause in the past is not that clause's ("the talks held on
        # Monday" are last Monday's, though the mediator will speak on Friday)
        ("The mediator will brief reporters on Friday about the talks held on Monday.", ["2024-02-12"]),
        ("The mediator will brief reporters on Friday about the ceasefire agreed on Monday.", ["2024-02-12"]),
        # negatives: a participle of a plan, or one with its own auxiliary, keeps the future ("to be held")
        ("Officials will discuss the talks scheduled for Monday.", ["2024-02-19"]),
        ("Talks to be held in Arusha on Monday will focus on prisoners.", ["2024-02-19"]),
    ],
)
def test_a_reduced_relative_in_the_past_is_dated_back_after_a_future_cue(tmp_path: Path, nlp, sentence: str, expected: list[str]) -> None:
    page = tmp_path / "talks.txt"
    page.write_text(f"Talks news\n\nPublished: 14 February 2024\n\n{sentence}\n", encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    assert sorted(quad.object.value for quad in result.quads if quad.predicate.value == str(KG.date)) == expected


@pytest.mark.parametrize(
    ("headline", "sentence", "expected"),
    [
        # lead42: the present simple of a scheduled event in the body speaks of the future, as "will" does
        ("Talks news", "Talks between the two governments resume in Arusha on Friday, the mediators said.", ["2024-02-16"]),
        ("Truce news", "The truce between the army and the rebels takes effect at midnight on Sunday.", ["2024-02-18"]),
        # a time expression that opens its sentence takes the future of the clause after it
        ("Talks news", "On Friday, talks between the two governments will resume in Arusha.", ["2024-02-16"]),
        ("Talks news", "On Friday, talks between the two governments resume in Arusha.", ["2024-02-16"]),
        ("Kessa news", "On Friday, rebels attacked the town of Kessa and will hold it, the army said.", ["2024-02-09"]),
        # negatives: a headline's present tells the past; a past tense; a reporting verb in the present; a habit
        ("Talks resume in Arusha on Sunday", "Mediators prepared the venue, officials said.", ["2024-02-11"]),
        ("Kessa news", "Residents flee Kessa on Sunday as rebels enter the town.", ["2024-02-11"]),  # a caption's present
        ("Kessa news", "Rebels seized the town of Kessa on Sunday, the army says.", ["2024-02-11"]),
        ("Kessa news", "The army says the rebels on Sunday seized the town of Kessa.", ["2024-02-11"]),
        ("Talks news", "Talks between the two governments resume every Friday in Arusha.", []),
    ],
)
def test_a_scheduled_event_in_the_present_is_the_next_such_day(tmp_path: Path, nlp, headline: str, sentence: str,
                                                                expected: list[str]) -> None:
    page = tmp_path / "schedule.txt"
    page.write_text(f"{headline}\n\nPublished: 14 February 2024\n\n{sentence}\n", encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    assert sorted(quad.object.value for quad in result.quads if quad.predicate.value == str(KG.date)) == expected


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        # lead42: an event told as happened on a day after publication has not happened yet: planned
        ("Talks between the two governments resume in Arusha on Friday, the mediators said.", "planned"),
        ("Talks between the two governments will resume in Arusha on Friday, the mediators said.", "planned"),
        # negative: a day before publication
        ("Talks between the two governments resumed in Arusha on Friday, the mediators said.", "happened"),
    ],
)
def test_an_event_dated_after_publication_is_planned(tmp_path: Path, nlp, sentence: str, modality: str) -> None:
    page = tmp_path / "talks.txt"
    page.write_text(f"Talks news\n\nPublished: 14 February 2024\n\n{sentence}\n", encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    assert [quad.object.value for quad in result.quads if quad.predicate.value == str(KG.modality)] == [modality]


def test_talks_held_and_talks_to_come_stay_two_events(tmp_path: Path, nlp) -> None:
    """A mention after publication is planned before mentions merge: it does not swallow the talks held."""
    page = tmp_path / "talks.txt"
    page.write_text("Talks news\n\nPublished: 14 February 2024\n\nThe two governments held talks in Arusha on Monday, "
                    "and the talks resume on Friday, the mediators said.\n", encoding="utf-8")
    result = build_graphs([page], nlp=nlp)
    dates = sorted(quad.object.value for quad in result.quads if quad.predicate.value == str(KG.date))
    modalities = sorted(quad.object.value for quad in result.quads if quad.predicate.value == str(KG.modality))
    assert (dates, modalities) == (["2024-02-12", "2024-02-16"], ["happened", "planned"])
