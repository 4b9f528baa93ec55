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
])
def test_figure_intervals_a_range_is_one_figure(nlp, text, expected):
    assert _ranges(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Fighting between 200 rebels and 150 soldiers left 12 dead.",  # two groups, not a range
    "The death toll rose from 10 to 15 on Sunday.",  # a change, not a range
    "Between 15 and 10 soldiers were killed.",  # not rising: no range
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
