"""OWL 2 RL reasoning: specific entailments, kept in their own graph, with both backends."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.reason import INFERRED_GRAPH, infer, reason_store
from kg.store import load_graph_file, open_store

runner = CliRunner()
DOC = "https://w3id.org/kg-news/doc/aaaaaaaaaaaaaaaaaaaaaaaa"
KG = "https://w3id.org/kg-news/ontology#"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
GRAPH = f"""
@prefix kg: <{KG}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{DOC}> {{
  <{DOC}> a kg:Document ; kg:text "Lima police said they dispersed a march." ; kg:published "2026-02-01"^^xsd:date .
  <https://w3id.org/kg-news/entity/spokesman> a kg:Person ; kg:key "name:spokesman" .
  <https://w3id.org/kg-news/entity/lima_police> a kg:ArmedGroup ; kg:key "name:lima police" .
  <https://w3id.org/kg-news/entity/lima> a kg:Place ; kg:key "name:lima" .
  <{DOC}/mention/0-11> a kg:Mention ; kg:inDocument <{DOC}> ; kg:start 0 ; kg:end 11 ;
      kg:anchorOf "Lima police" ; kg:denotes <https://w3id.org/kg-news/entity/lima_police> .
  <{DOC}/event/protest-33> a kg:Event , kg:Protest ; kg:agent <https://w3id.org/kg-news/entity/lima_police> ;
      kg:place <https://w3id.org/kg-news/entity/lima> ; kg:date "2026-01-31"^^xsd:date .
  <{DOC}/claim/claim-12> a kg:Claim ; kg:speaker <https://w3id.org/kg-news/entity/spokesman> .
}}
"""


def _store() -> ox.Store:
    store = ox.Store()
    store.load(GRAPH.encode(), format=ox.RdfFormat.TRIG)
    return store


def _triples(quads) -> set[tuple[str, str, str]]:
    return {(q.subject.value, q.predicate.value, q.object.value) for q in quads}


@pytest.fixture(scope="module")
def inferred() -> list[ox.Quad]:
    return infer(_store(), backend="owlrl")


def test_reason_subclass_typing_and_prov_sem_alignment(inferred):
    triples = _triples(inferred)
    person = "https://w3id.org/kg-news/entity/spokesman"
    for cls in (KG + "Actor", KG + "Entity", PROV + "Agent", PROV + "Person", SEM + "Actor", "http://xmlns.com/foaf/0.1/Person"):
        assert (person, RDF_TYPE, cls) in triples, cls
    event = f"{DOC}/event/protest-33"
    for cls in (SEM + "Event", PROV + "Activity"):
        assert (event, RDF_TYPE, cls) in triples, cls
    assert (event, SEM + "hasPlace", "https://w3id.org/kg-news/entity/lima") in triples
    assert (event, SEM + "hasActor", "https://w3id.org/kg-news/entity/lima_police") in triples
    assert (event, PROV + "wasAssociatedWith", "https://w3id.org/kg-news/entity/lima_police") in triples
    assert (event, SEM + "hasTimeStamp", "2026-01-31") in triples
    assert (f"{DOC}/claim/claim-12", PROV + "wasAttributedTo", person) in triples
    assert (f"{DOC}/claim/claim-12", RDF_TYPE, PROV + "Entity") in triples


def test_reason_inverse_property_and_nif_offsets(inferred):
    triples = _triples(inferred)
    mention = f"{DOC}/mention/0-11"
    assert ("https://w3id.org/kg-news/entity/lima_police", KG + "mentionedBy", mention) in triples
    assert (mention, NIF + "beginIndex", "0") in triples
    assert (mention, NIF + "referenceContext", DOC) in triples
    assert ("https://w3id.org/kg-news/entity/lima", RDF_TYPE, KG + "Actor") not in triples


def test_reason_inferred_stay_apart_from_asserted(inferred):
    asserted = _triples(_store())
    assert all(q.graph_name == ox.NamedNode(INFERRED_GRAPH) for q in inferred)
    assert not asserted & _triples(inferred)
    assert all(isinstance(q.subject, ox.NamedNode) for q in inferred), "no literal subjects"
    assert not [q for q in inferred if q.predicate.value.endswith("#sameAs")]


def test_reason_backends_agree(inferred):
    pytest.importorskip("reasonable")
    assert set(infer(_store(), backend="reasonable")) == set(inferred)


def test_reason_unknown_backend_fails():
    with pytest.raises(KgError, match="unknown reasoning backend"):
        infer(_store(), backend="hermit")


def test_reason_cli_file_store_and_idempotent(tmp_path):
    data = tmp_path / "graph.trig"
    data.write_text(GRAPH, encoding="utf-8")
    out = tmp_path / "inferred.nq"
    result = runner.invoke(app, ["reason", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = load_graph_file(out)
    assert {g.value for g in written.named_graphs()} == {INFERRED_GRAPH}
    store_path = tmp_path / "store"
    store = open_store(store_path)
    store.load(GRAPH.encode(), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    for _ in range(2):
        result = runner.invoke(app, ["reason", "--store", str(store_path)])
        assert result.exit_code == 0, result.output
    store = open_store(store_path, create=False)
    assert len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED_GRAPH)))) == len(written)
    del store
    assert runner.invoke(app, ["reason", str(data), "--backend", "hermit"]).exit_code == 2


def test_reason_store_replaces_the_old_closure():
    store = _store()
    count = reason_store(store)
    first = len(store)
    assert reason_store(store) == count
    assert len(store) == first


def test_reason_entities_described_in_their_own_graph_give_the_same_closure(inferred):
    """A document graph is reasoned with the descriptions of its entities from the entities graph."""
    split = ox.Store()
    entities = ox.NamedNode("https://w3id.org/kg-news/graph/entities")
    for quad in _store():
        in_entities = "/entity/" in quad.subject.value
        split.add(ox.Quad(quad.subject, quad.predicate, quad.object, entities if in_entities else quad.graph_name))
    assert _triples(infer(split)) == _triples(inferred)


def test_reason_build_option_writes_the_inferred_graph(tmp_path, examples_dir):
    out = tmp_path / "seeds.nq"
    source = examples_dir / "004_8bcc4ac5588322b9.txt"
    result = runner.invoke(app, ["build", str(source), "--no-store", "--out", str(out), "--reason"])
    assert result.exit_code == 0, result.output
    graphs = {g.value for g in load_graph_file(out).named_graphs()}
    assert INFERRED_GRAPH in graphs and len(graphs) >= 2
