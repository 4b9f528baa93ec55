"""Issue 11, point 3: states the gazetteer never heard of, in made-up stories of four genres (wire
reports, UN statements, a live blog, a press release; tests/nlp/data/invented_states), built with `kg
build` and read with the library queries: every invented state is a state actor although the model
tags its name as a person, an organisation or nothing ("Velmora's army", "Corvin's navy", "The Dastan
government", "the Government of Zandria", "the Republic of Kalmar"), an accusation between two of them
is found, a demonym alone ("Velmoran drones", "the Kalmari embassy") is no entity and a dateline's city
("TARSK, March 4") no organisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.nlp.test_border_clashes import build_graph, query_rows

DATA = Path(__file__).parent / "data" / "invented_states"
STATES = {"Velmora", "Dastan", "Pelagia", "Corvin", "Lyria", "Ostermark", "Borovia", "Kestria", "Zandria", "Republic of Kalmar", "Vesland"}


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    return build_graph(DATA, tmp_path_factory.mktemp("invented") / "invented.nq")


def test_invented_states_are_state_actors(graph):
    assert STATES <= {row["label"] for row in query_rows(graph, "actors", "-p", "kind=state")}


def test_invented_states_bodies_belong_to_them_and_demonyms_name_nothing(graph):
    actors = {row["label"]: row["kind"] for row in query_rows(graph, "actors")}
    assert actors["Ministry of Foreign Affairs of Dastan"] == "organization"
    assert actors["Corvin's navy"] == "armed_group"
    assert actors["Ministry of Foreign Affairs of the Republic of Kalmar"] == "organization"
    assert not {"Velmoran", "Lyrian", "Kalmari", "Velmora's ambassador", "TARSK", "NOVIGRAD", "Government of Zandria"} & set(actors)


@pytest.mark.parametrize(
    ("doc", "accuser", "accused"), [("velmora.txt", "Velmora", "Dastan"), ("ostermark.txt", "Lyria", "Ostermark"), ("borovia.txt", "Borovia", "Kestria")]
)
def test_invented_states_accusation_between_two(graph, doc, accuser, accused):
    rows = query_rows(graph, "accusations-denials", "-p", f"actor={accuser}", "-p", f"other={accused}")
    assert (doc, accuser, "accusation", accused) in {(row["doc"], row["speaker"], row["kind"], row["about"]) for row in rows}
