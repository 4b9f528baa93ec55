"""Acceptance (issue 11): made-up border-clash reports of the Thailand–Cambodia shape about three
pairs of states (Thailand–Cambodia, Kyrgyzstan–Tajikistan, Ecuador–Peru; tests/nlp/data/border_clashes),
built with `kg build` and read with the library queries: both states are actors, the accusation and
the denial are found in both directions, a capital that rejects stands for its state, no village is
a person."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

DATA = Path(__file__).parent / "data" / "border_clashes"
PAIRS = [("thai.txt", "Thailand", "Cambodia"), ("kyrgyz.txt", "Kyrgyzstan", "Tajikistan"), ("peru.txt", "Ecuador", "Peru")]

runner = CliRunner()


def build_graph(folder: Path, out: Path) -> Path:
    """``kg build`` of a folder into an N-Quads file (the command must succeed)."""
    result = runner.invoke(app, ["build", str(folder), "--no-store", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    return build_graph(DATA, tmp_path_factory.mktemp("border") / "border.nq")


def query_rows(graph: Path, *args: str) -> list[dict[str, str]]:
    result = runner.invoke(app, ["query", *args, "--data", str(graph), "--format", "tsv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))


@pytest.mark.parametrize(("doc", "accuser", "accused"), PAIRS)
def test_border_clash_both_states_are_actors(graph, doc, accuser, accused):
    states = {row["label"] for row in query_rows(graph, "actors", "-p", "kind=state")}
    assert {accuser, accused} <= states


@pytest.mark.parametrize(("doc", "accuser", "accused"), PAIRS)
def test_border_clash_accusation_and_denial_between_the_two(graph, doc, accuser, accused):
    rows = query_rows(graph, "accusations-denials", "-p", f"actor={accuser}", "-p", f"other={accused}")
    found = {(row["doc"], row["speaker"], row["kind"], row["about"]) for row in rows}
    assert (doc, accuser, "accusation", accused) in found
    assert (doc, accused, "denial", accuser) in found


def test_border_clash_capital_that_rejects_stands_for_its_state(graph):
    rows = query_rows(graph, "who-said-what", "-p", "doc=thai.txt")
    assert ("Thailand", "Bangkok", "denial") in {(row["speaker"], row["literal_speaker"], row["kind"]) for row in rows}
    rows = query_rows(graph, "who-said-what", "-p", "doc=kyrgyz.txt")
    assert ("Tajikistan", "Dushanbe", "denial") in {(row["speaker"], row["literal_speaker"], row["kind"]) for row in rows}


def test_border_clash_no_village_is_a_person(graph):
    people = {row["label"] for row in query_rows(graph, "actors", "-p", "kind=person")}
    assert people == {"Anwar Ibrahim", "Vladimir Putin"}
    assert not people & {"Ban Nong Khan", "Kok-Tash", "La Palma", "Aguas Verdes"}


def test_border_clash_armed_forces_and_ministries_belong_to_their_states(graph):
    actors = {row["label"]: row["kind"] for row in query_rows(graph, "actors")}
    assert actors["Thai troops"] == "armed_group"
    assert actors["Ministry of Defence of Cambodia"] == "organization"
    assert actors["Ministry of Interior of Tajikistan"] == "organization"
    assert actors["Ministry of Foreign Affairs of Peru"] == "organization"
