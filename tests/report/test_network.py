"""The actor network and its GraphML/GEXF export, read back with networkx."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.report.gephi import write_network
from kg.report.network import actor_network
from tests.report.reading import read_script_data

DATA = Path(__file__).parent / "data"
ENTITY = "https://w3id.org/kg-news/entity/"


@pytest.fixture(scope="module")
def hand_made() -> ox.Store:
    store = ox.Store()
    store.load(path=str(DATA / "network.trig"), format=ox.RdfFormat.TRIG)
    return store


def short(iri: str) -> str:
    return iri.removeprefix(ENTITY)


def test_network_links_claims_and_talks_between_actors_weighted_by_items(hand_made):
    network = actor_network(hand_made)
    links = {(short(link.source), short(link.target), link.relation): link.weight for link in network.links}
    assert links == {
        ("ethiopia", "eritrea", "accused"): 2,  # one accusation in each document
        ("ethiopia", "tplf", "accused"): 1,  # the party accused, not the African Union it also names
        ("ethiopia", "eritrea", "denied"): 1,
        ("eritrea", "ethiopia", "denied"): 1,
        ("african_union", "ethiopia", "demanded"): 1,
        ("african_union", "tplf", "demanded"): 1,
        ("african_union", "ethiopia", "talked-with"): 1,
        ("african_union", "tplf", "talked-with"): 1,
        ("ethiopia", "tplf", "talked-with"): 1,
    }
    # labels come from the shared entities graph, not from the claims' graphs
    assert [actor.label for actor in network.actors] == ["African Union", "Eritrea", "Ethiopia", "Tigray People's Liberation Front"]


def test_network_leaves_out_places_assertions_and_self_accusations(hand_made):
    network = actor_network(hand_made)
    assert all(short(link.target) != "mekelle" for link in network.links)  # a place is no actor
    items = {item.rsplit("/", 1)[1] for link in network.links for item, _ in link.items}
    assert "c4" not in items and "c5" not in items  # an assertion; an accusation of oneself
    assert "c9" not in items  # an accusation that accuses no one named
    assert items == {"c1", "c2", "c3", "c6", "c7", "c8", "t1"}


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_parses_with_networkx_and_holds_every_link(hand_made, tmp_path, fmt, read):
    network = actor_network(hand_made)
    path = tmp_path / f"actors.{fmt}"
    write_network(network, path, fmt)
    graph = read(path)
    assert graph.is_directed() and graph.is_multigraph()  # accused and denied between the same two actors
    edges = sorted((short(s), short(t), d["relation"], int(d["weight"])) for s, t, d in graph.edges(data=True))
    assert edges == sorted((short(l.source), short(l.target), l.relation, l.weight) for l in network.links)
    labels = {short(node): graph.nodes[node]["label"] for node in graph.nodes}
    assert labels["tplf"] == "Tigray People's Liberation Front"
    assert {graph.nodes[node]["kind"] for node in graph.nodes} == {"State", "ArmedGroup", "Organization"}


def test_kg_export_writes_the_network_the_report_draws(tmp_path, seeds_store, seeds_report):
    data = tmp_path / "seeds.nq"
    data.write_bytes(seeds_store.dump(format=ox.RdfFormat.N_QUADS))
    graphml, gexf = tmp_path / "actors.graphml", tmp_path / "gephi" / "actors.gexf"
    result = CliRunner().invoke(app, ["export", "--data", str(data), "--graphml", str(graphml), "--gexf", str(gexf)])
    assert result.exit_code == 0, result.output
    drawn = read_script_data(seeds_report / "data" / "overview.js")["network"]["edges"]
    expected = sorted((e["source"], e["target"], e["relation"], e["weight"]) for e in drawn)
    assert expected
    for graph in (nx.read_graphml(graphml), nx.read_gexf(gexf)):
        assert sorted((s, t, d["relation"], int(d["weight"])) for s, t, d in graph.edges(data=True)) == expected


def test_kg_export_without_an_output_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["export", "--data", str(DATA / "network.trig")])
    assert result.exit_code == 2
    assert "give --shards DIR, --graphml FILE or --gexf FILE" in result.output


def test_export_to_an_unwritable_place_names_the_file(tmp_path, hand_made):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(app, ["export", "--data", str(DATA / "network.trig"), "--gexf", str(blocker / "actors.gexf")])
    assert result.exit_code == 1
    assert f"{blocker / 'actors.gexf'}: cannot write the gexf file" in result.output
