"""The ontology: complete annotations, and consistent with the example graph under HermiT (OWL 2 DL)."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, VANN

from kg.codes import EVENT_TYPES
from kg.rdf.iris import ONTOLOGY
from kg.resources import read_text

ONTOLOGY_IRI = URIRef(ONTOLOGY.rstrip("#"))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data=read_text("ontology", "kg.ttl"), format="turtle")


def _hermit(graph: Graph, tmp_path) -> list[str]:
    """Run HermiT on ``graph``; the IRIs of unsatisfiable classes (raises on inconsistency)."""
    owlready2 = pytest.importorskip("owlready2")
    if shutil.which("java") is None:
        pytest.skip("HermiT needs a Java runtime (.ci/run installs default-jre-headless)")
    path = tmp_path / "ontology-and-data.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load(format="ntriples")
    # xsd:date, xsd:gYear and xsd:gYearMonth are outside the OWL 2 datatype map: HermiT treats them as opaque.
    with onto:
        owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
    return [c.iri for c in world.inconsistent_classes()]


def test_ontology_header_metadata(ontology):
    for predicate in (DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.creator, OWL.versionIRI,
                      OWL.versionInfo, VANN.preferredNamespacePrefix, VANN.preferredNamespaceUri):
        assert ontology.value(ONTOLOGY_IRI, predicate) is not None, predicate
    assert ontology.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri) == Literal(ONTOLOGY)


def test_ontology_every_term_has_one_english_label_and_a_definition(ontology):
    terms = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(ONTOLOGY)}
    assert len(terms) > 80
    for term in terms:
        labels = list(ontology.objects(term, RDFS.label))
        assert len(labels) == 1 and labels[0].language == "en", term
        assert ontology.value(term, SKOS.definition) is not None, term


def test_ontology_event_classes_carry_cameo_or_acled_mappings(ontology):
    codes_graph = Graph().parse(data=read_text("ontology", "event-codes.ttl"), format="turtle")
    events = set(ontology.subjects(RDFS.subClassOf, URIRef(ONTOLOGY + "Event")))
    assert len(events) == len(EVENT_TYPES)
    mapped = set()
    for event in events:
        codes = set(ontology.objects(event, SKOS.closeMatch)) | set(ontology.objects(event, SKOS.relatedMatch))
        assert codes, event
        mapped |= codes
    defined = set(codes_graph.subjects(RDF.type, SKOS.Concept))
    assert mapped == defined
    assert all(codes_graph.value(code, SKOS.prefLabel) is not None for code in defined)


def test_ontology_consistent_with_the_example_graph(ontology, example_build, tmp_path):
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in example_build.quads]
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert len(graph) > len(ontology) + 3000
    assert _hermit(graph, tmp_path) == []


def test_ontology_hermit_detects_a_disjointness_clash(ontology, tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    node = URIRef("https://w3id.org/kg-news/entity/name/georgia-x")
    graph.add((node, RDF.type, URIRef(ONTOLOGY + "Person")))
    graph.add((node, RDF.type, URIRef(ONTOLOGY + "Place")))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(graph, tmp_path)
