"""A position's statement names the state whose people it counts by its label in ``kg query contradictions``,
``differing-reports`` and the report's query alike (the graph's label gives its ``kg:key``: "6 citizens of Q227")."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query import load_query, run

KG = "https://w3id.org/kg-news/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ENTITIES = {"Q1028": "Morocco", "name:republic of velmora": "Republic of Velmora"}


def _store(statement: str, relation: str) -> ox.Store:
    store = ox.Store()
    n, lit = ox.NamedNode, ox.Literal
    triples = [
        (n("urn:d"), n(f"{KG}docId"), lit("001")),
        (n("urn:e"), n(LABEL), lit("Attack 2031-05-02")),
        (n("urn:dis"), n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n(f"{KG}Disagreement")),
        (n("urn:dis"), n(f"{KG}aspect"), lit("killed")),
        (n("urn:dis"), n(f"{KG}concerns"), n("urn:e")),
        (n("urn:dis"), n(f"{KG}position"), n("urn:p")),
        (n("urn:p"), n(f"{KG}disagreementKind"), lit(relation)),
        (n("urn:p"), n(LABEL), lit(statement)),
        (n("urn:p"), n(f"{KG}report"), n("urn:f")),
        (n("urn:f"), n(f"{KG}inDocument"), n("urn:d")),
        (n("urn:f"), n(f"{KG}anchorOf"), lit("four soldiers")),
        (n("urn:f"), n(f"{KG}start"), lit("0", datatype=n("http://www.w3.org/2001/XMLSchema#integer"))),
        (n("urn:f"), n(f"{KG}end"), lit("13", datatype=n("http://www.w3.org/2001/XMLSchema#integer"))),
    ]
    for index, (key, label) in enumerate(ENTITIES.items()):
        triples += [(n(f"urn:s{index}"), n(f"{KG}key"), lit(key)), (n(f"urn:s{index}"), n(LABEL), lit(label))]
    for triple in triples:
        store.add(ox.Quad(*triple))
    return store


def _statements(statement: str) -> set[str]:
    found = set()
    for relation, name in (("contradiction", "contradictions"), ("compatible", "differing-reports")):
        found |= {row["statement"] for row in run(_store(statement, relation), load_query(name)).plain()}
        found |= {str(s["statement"].value) for s in _store(statement, relation).query(
            load_query("report/contradictions").bind({}), use_default_graph_as_union=True)}
    return found


@pytest.mark.parametrize("statement, expected", [
    ("4 soldiers of Q1028", "4 soldiers of Morocco"),
    ("at least 12 citizens of name:republic of velmora", "at least 12 citizens of Republic of Velmora"),  # a key with "of"
])
def test_a_positions_owner_key_is_shown_as_its_label(statement, expected):
    assert _statements(statement) == {expected}


@pytest.mark.parametrize("statement", [
    "at least 30 members of parliament",  # "of" in the counted group, no owner
    "10 to 15 people",
    "3 soldiers of Q99999",  # a key no entity has
    "denial",
])
def test_a_statement_without_a_known_owner_stays_as_the_graph_says(statement):
    assert _statements(statement) == {statement}
