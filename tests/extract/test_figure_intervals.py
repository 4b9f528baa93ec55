"""What the cross-document comparison needs of a figure: a range as one figure ("between 10 and 15"), and
the state whose people it counts (``kg.extract.links.own_figure``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.figures import extract_figures
from kg.extract.links import own_figure
from kg.nlp.gazetteer import load_gazetteer
from kg.records import Entity, Figure


def _ranges(nlp: Language, text: str) -> list[tuple[str, int, str, int | None, str]]:
    return [(f.kind, f.value, f.qualifier, f.upper, f.text) for f in extract_figures(nlp(text), [])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Between 10 and 15 soldiers were killed in the ambush near Gao.",
     [("killed", 10, "at_least", 15, "Between 10 and 15 soldiers")]),
    ("The shelling of Kharkiv wounded between 20 and 30 civilians, officials said.",
     [("injured", 20, "at_least", 30, "between 20 and 30 civilians")]),
    # "between ... to" and a range without an opening word (round 37b)
    ("Between 20 to 40 Burundian soldiers were killed in the attack on the camp.",
     [("killed", 20, "at_least", 40, "Between 20 to 40 Burundian soldiers")]),
    ("Residents said 25 to 30 fighters were killed in the strike on Kidal.",
     [("killed", 25, "at_least", 30, "25 to 30 fighters")]),
])
def test_figure_intervals_a_range_is_one_figure(nlp, text, expected):
    assert _ranges(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Fighting between 200 rebels and 150 soldiers left 12 dead.",  # two groups, not a range
    "The death toll rose from 10 to 15 on Sunday.",  # a change, not a range
    "Between 15 and 10 soldiers were killed.",  # not rising: no range
    "Turnout in Kisumu rose 10 to 15 percent, and 4 police officers were injured.",  # the upper number is a share
    "The shelling lasted 10 to 15 minutes and killed 3 police officers.",  # a duration
])
def test_figure_intervals_no_range_without_between_and_a_higher_number(nlp, text):
    assert all(upper is None for _, _, _, upper, _ in _ranges(nlp, text))


GAZETTEER = load_gazetteer()
MINISTRY = GAZETTEER.entity(GAZETTEER.entries["ministry_of_defence_of_azerbaijan"])
AZERBAIJAN = GAZETTEER.entity(GAZETTEER.entries["azerbaijan"])
ARMENIA = GAZETTEER.entity(GAZETTEER.entries["armenia"])
ENTITIES = {entity.key: entity for entity in (MINISTRY, AZERBAIJAN, ARMENIA)}


def _owner(counted: str, *speakers: Entity) -> str | None:
    figure = Figure("figure-0", "killed", 6, "exact", 0, 10, "", counted, "figure-rule", 0.85,
                    attributed_to=tuple(s.key for s in speakers))
    return own_figure(figure, GAZETTEER, ENTITIES.get).owner


def test_figure_intervals_a_demonym_names_whose_people_are_counted():
    assert _owner("Cambodian soldiers") == "Q424"
    assert _owner("Azerbaijani police officers") == AZERBAIJAN.key
    assert _owner("Congolese soldiers") is None  # two states have this demonym
    assert _owner("soldiers", AZERBAIJAN) is None  # nothing says whose


def test_figure_intervals_a_possessive_gives_the_sources_state():
    assert _owner("its citizens", AZERBAIJAN) == AZERBAIJAN.key  # "Azerbaijan said six of its citizens"
    assert _owner("its soldiers", MINISTRY) == AZERBAIJAN.key  # a ministry speaks for its state
    assert _owner("their soldiers", AZERBAIJAN, ARMENIA) is None  # two states: unknown which


def test_figure_intervals_the_eval_query_gives_both_ends_of_a_range(tmp_path):
    """GUIDELINES section 10: `queries/eval/figures.rq` gives a row for each end of a range, the upper one
    `up_to`; a figure without a range gives one row."""
    import csv
    import io

    from typer.testing import CliRunner

    from kg.cli import app

    (tmp_path / "raid.txt").write_text(
        "Residents said 25 to 30 fighters were killed in the strike on Kidal on Monday. Four civilians were wounded.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(tmp_path / "raid.txt"), "--no-store", "--out", str(tmp_path / "raid.nq")])
    assert built.exit_code == 0, built.output
    result = runner.invoke(app, ["query", "queries/eval/figures.rq", "--data", str(tmp_path / "raid.nq"), "--format", "tsv"])
    assert result.exit_code == 0, result.output
    rows = {(row["kind"], row["value"], row["qualifier"]) for row in csv.DictReader(io.StringIO(result.stdout), delimiter="\t")}
    assert rows == {("killed", "25", "at_least"), ("killed", "30", "up_to"), ("injured", "4", "exact")}
