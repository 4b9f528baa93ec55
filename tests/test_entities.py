"""The entities graph: one description per entity, the same whatever the order of the documents."""

from __future__ import annotations

import itertools

from kg.rdf.entities import ENTITIES_GRAPH, entity_quads
from kg.rdf.rows import EntityDescription, EntityRow

IRI = "https://w3id.org/kg-news/entity/name/kaya-1234abcd"
KG = "https://w3id.org/kg-news/ontology#"


def _row(kind: str, label: str, *aliases: str) -> EntityRow:
    return EntityRow(IRI, "name:kaya", EntityDescription(kind, label), aliases=aliases)


def _description(rows: list[EntityRow]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for quad in entity_quads(IRI, rows):
        assert quad.graph_name.value == ENTITIES_GRAPH
        found.setdefault(quad.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], set()).add(quad.object.value)
    return found


def test_entities_the_description_most_documents_give_wins_in_any_order():
    rows = [_row("place", "Kaya"), _row("organization", "Kaya Group"), _row("place", "Kaya", "KAYA")]
    descriptions = {str(sorted(_description(list(order)).items())) for order in itertools.permutations(rows)}
    assert len(descriptions) == 1
    description = _description(rows)
    assert description["type"] == {KG + "Place"} and description["label"] == {"Kaya"}
    assert description["altLabel"] == {"KAYA", "Kaya Group"}


def test_entities_a_tie_goes_to_the_smallest_description():
    assert _description([_row("person", "Kaya"), _row("organization", "Kaya")])["type"] == {KG + "Organization"}


def test_entities_an_entity_no_document_refers_to_has_no_description():
    assert entity_quads(IRI, []) == []


def test_entities_a_located_place_gets_wgs84_coordinates_as_decimals():
    rows = [EntityRow(IRI, "name:kaya", EntityDescription("place", "Kaya", coordinates=("13.0908", "-1.0908")))]
    quads = {quad.predicate.value: quad.object for quad in entity_quads(IRI, rows)}
    geo = "http://www.w3.org/2003/01/geo/wgs84_pos#"
    assert quads[geo + "lat"].value == "13.0908" and quads[geo + "long"].value == "-1.0908"
    assert quads[geo + "lat"].datatype.value == "http://www.w3.org/2001/XMLSchema#decimal"


def test_entities_an_entity_without_coordinates_gets_none():
    predicates = {quad.predicate.value for quad in entity_quads(IRI, [_row("place", "Kaya")])}
    assert not any("wgs84_pos" in predicate for predicate in predicates)
