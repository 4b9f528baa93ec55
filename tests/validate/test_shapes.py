"""Every shape fires on a fixture that breaks it, and the valid fixture conforms."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, SH

from kg.validate import (
    SHAPES_NS,
    class_hierarchy,
    dataset_graphs,
    load_shapes,
    validate_graphs,
)
from tests.scripts import load_script

HERE = Path(__file__).resolve().parent
VALID = HERE / "valid.trig"


def _load_mutations():
    return load_script(HERE / "mutations.py", "kg_shape_mutations")


mutations = _load_mutations()


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


@pytest.fixture(scope="module")
def hierarchy():
    return class_hierarchy()


def _validate(store: ox.Store, shapes, hierarchy):
    return validate_graphs(dataset_graphs(store), shapes, hierarchy)


def _valid_store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(VALID), format=ox.RdfFormat.TRIG)
    return store


def _key(result):
    return (result.shape, result.severity, result.focus, result.path, result.value)


@pytest.fixture(scope="module")
def baseline(shapes, hierarchy):
    return {_key(r) for r in _validate(_valid_store(), shapes, hierarchy).results}


def test_shapes_valid_fixture_conforms_with_one_info(baseline):
    assert baseline == {
        (SHAPES_NS + "Entity-linked", "Info", "https://w3id.org/kg-news/entity/mod_ukraine", "https://w3id.org/kg-news/ontology#wikidata", None)
    }


#: Predicates of a shape that select focus nodes or describe it, but constrain nothing.
_NOT_CONSTRAINTS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.property, SH.message, SH.severity}


def test_shapes_every_named_shape_has_a_fixture(shapes):
    named = {
        str(s).removeprefix(SHAPES_NS)
        for kind in (SH.NodeShape, SH.PropertyShape)
        for s in shapes.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and set(shapes.predicates(s)) - _NOT_CONSTRAINTS
    }
    assert len(named) > 80
    assert named | {"TextAnchoring"} == set(mutations.MUTATIONS)


@pytest.mark.parametrize("shape", sorted(mutations.MUTATIONS))
def test_shapes_fixture_fires_its_shape(shape, shapes, hierarchy, baseline):
    store = _valid_store()
    store.update(mutations.update_text(shape))
    new = [r for r in _validate(store, shapes, hierarchy).results if _key(r) not in baseline]
    expected_severity = mutations.MUTATIONS[shape][1]
    fired = [r for r in new if r.shape == SHAPES_NS + shape]
    assert fired, f"{shape} did not fire; new results: {[(r.shape, r.message) for r in new]}"
    assert {r.severity for r in fired} == {expected_severity}
    assert all(r.graph for r in fired), "results name their graph"


@pytest.mark.parametrize(("value", "fires"), [("2023-09-19TMO", False), ("2023-09-19TNI", False), ("2023-09-19T", True), ("2023-09-19TDAWN", True)])
def test_shapes_a_part_of_a_day_is_a_valid_time_value(value, fires, shapes, hierarchy, baseline):
    """A part of a day keeps its grain as TIMEX3's code after the day ("on Friday morning": 2023-09-19TMO)."""
    store = _valid_store()
    store.update(mutations.PREFIXES + mutations.replace(mutations.TIME, "kg:value", f'"{value}"').replace("<D", f"<{mutations.DOC}"))
    new = [r for r in _validate(store, shapes, hierarchy).results if _key(r) not in baseline]
    assert any(r.shape == SHAPES_NS + "TimeExpression-value" for r in new) == fires


def _new_results(update: str, shapes, hierarchy, baseline):
    store = _valid_store()
    store.update(mutations.PREFIXES + update.replace("<D", f"<{mutations.DOC}"))
    return {(r.shape.removeprefix(SHAPES_NS), r.component, r.focus.rsplit("/", 2)[-2], r.path.rsplit("#", 1)[-1] if r.path else None, r.value)
            for r in _validate(store, shapes, hierarchy).results if _key(r) not in baseline}


def test_shapes_a_value_not_of_its_datatype_is_one_violation_not_also_its_comparisons(shapes, hierarchy, baseline):
    """kg:end "abc" is no integer; that it is not above 0, nor above kg:start, nor after the evidence, adds nothing."""
    update = mutations.replace(mutations.EVENT_MENTION, "kg:end", '"abc"^^xsd:integer')
    assert _new_results(update, shapes, hierarchy, baseline) == {("Span-end", "DatatypeConstraintComponent", "event-mention", "end", "abc")}


def test_shapes_offsets_out_of_order_are_reported_beside_an_ill_typed_value_of_another_span(shapes, hierarchy, baseline):
    update = (mutations.replace(mutations.EVENT_MENTION, "kg:start", "95") + " ;\n"
              + mutations.replace(mutations.MENTION, "kg:end", '"abc"^^xsd:integer'))
    new = _new_results(update, shapes, hierarchy, baseline)
    assert ("Span-start", "LessThanConstraintComponent", "event-mention", "start", "95") in new
    assert ("Span-end", "DatatypeConstraintComponent", "mention", "end", "abc") in new
    assert not any(shape == "Span-start" and focus == "mention" for shape, _, focus, _, _ in new)
