"""OWL 2 RL materialisation: what the ontology entails about the graph, kept apart from it.

The closure is computed unit by unit, so memory stays flat however large the
store: the entities graph with the ontology, then each other graph (a document
graph, a corpus block) with the ontology and the descriptions of the entities it
refers to. Every statement of the current ontology that a reasoner can combine
lies within one unit: a document's nodes are its own, entities are described in
every unit that uses them, and a corpus block holds its canonical events and the
links to their document events. What no unit sees is a combination of
statements from two documents (say, a property chain from one document's event
through its canonical event into another document): the ontology declares no
such axiom, so nothing is lost today; one added later would need the whole
graph in memory again. The units are reasoned with owlrl (pure Python, the
reference) or reasonable (Rust, much faster; optional extra ``reason``).
Only new statements about the graph's own nodes are kept:
triples already asserted, statements about the ontology's terms, literal
subjects (owlrl types literals by their datatype), reflexive ``owl:sameAs`` and
typing as ``owl:Thing`` are dropped. The rest goes into one named graph,
``INFERRED_GRAPH``, so asserted and inferred statements never mix.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf.entities import ENTITIES_GRAPH, entity_context
from kg.rdf.iris import BASE
from kg.rdf.terms import to_rdflib
from kg.resources import read_text

INFERRED_GRAPH = f"{BASE}graph/inferred"
BACKENDS = ("owlrl", "reasonable")
_VOCABULARIES = (str(RDF), str(RDFS), str(OWL), str(XSD))
_TRIVIAL_TYPES = (OWL.Thing, RDFS.Resource)

Triple = tuple[Node, Node, Node]


def infer(dataset: ox.Store | Iterable[ox.Quad], backend: str = "owlrl") -> list[ox.Quad]:
    """The inferred statements about ``dataset`` as quads of ``INFERRED_GRAPH``.

    Args:
        dataset: A store (its inferred graph is ignored) or the quads of a build.
        backend: ``owlrl`` or ``reasonable``.

    Raises:
        KgError: Unknown backend, or ``reasonable`` is not installed.
    """
    if not isinstance(dataset, ox.Store):
        store = ox.Store()
        store.extend(dataset)
        dataset = store
    found: set[ox.Quad] = set()
    for quads in _unit_closures(dataset, backend):
        found.update(quads)
    return sorted(found, key=str)


def reason_store(store: ox.Store, backend: str = "owlrl") -> int:
    """Replace the store's inferred graph with the closure of its units, written unit by unit.

    Meant for a staging store (``kg.store.StagedStore``): the inferred graph is
    dropped first and filled as the units are reasoned. Returns the number of
    inferred quads.
    """
    graph = ox.NamedNode(INFERRED_GRAPH)
    store.remove_graph(graph)
    for quads in _unit_closures(store, backend):
        store.extend(quads)
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


def _unit_closures(store: ox.Store, backend: str) -> Iterator[list[ox.Quad]]:
    """The inferred quads of each unit of the store (see the module docstring)."""
    if backend not in BACKENDS:
        raise KgError(f"unknown reasoning backend {backend!r}; use one of {', '.join(BACKENDS)}")
    names = [ox.DefaultGraph(), *sorted(store.named_graphs(), key=str)]
    for name in names:
        if isinstance(name, ox.NamedNode) and name.value == INFERRED_GRAPH:
            continue
        quads = list(store.quads_for_pattern(None, None, None, name))
        if not quads:
            continue
        context = [] if isinstance(name, ox.NamedNode) and name.value == ENTITIES_GRAPH else entity_context(store, quads)
        yield _infer_unit(quads + context, backend)


def _infer_unit(quads: list[ox.Quad], backend: str) -> list[ox.Quad]:
    ontology, ontology_triples, ontology_terms = _ontology()
    asserted = _asserted_triples(quads)
    closure = _closure(ontology, asserted, backend)
    data_nodes = {s for s, _, _ in asserted} | {o for _, _, o in asserted if isinstance(o, URIRef)}
    graph = ox.NamedNode(INFERRED_GRAPH)
    return [
        ox.Quad(_oxigraph_iri(s), _oxigraph_iri(p), _oxigraph(o), graph)
        for s, p, o in sorted(closure - asserted - ontology_triples)
        if _kept(s, p, o, data_nodes, ontology_terms)
    ]


@lru_cache(maxsize=1)
def _ontology() -> tuple[Graph, frozenset[Triple], frozenset[Node]]:
    """The shipped ontology, its triples and its terms (parsed once)."""
    ontology = Graph().parse(data=read_text("ontology", "kg.ttl"), format="turtle")
    return ontology, frozenset(ontology), frozenset(ontology.subjects())


def _asserted_triples(quads: Iterable[ox.Quad]) -> set[Triple]:
    return {
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
        for q in quads
        if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == INFERRED_GRAPH)
    }


def _closure(ontology: Graph, asserted: set[Triple], backend: str) -> set[Triple]:
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    for triple in asserted:
        graph.add(triple)
    if backend == "owlrl":
        import owlrl

        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
        return set(graph)
    try:
        import reasonable
    except ImportError as error:
        raise KgError("the reasonable backend is not installed: pip install 'kg-news[reason]'") from error
    reasoner = reasonable.PyReasoner()
    reasoner.from_graph(graph)
    return set(reasoner.reason())


def _kept(s: Node, p: Node, o: Node, data_nodes: set[Node], ontology_terms: frozenset[Node]) -> bool:
    if not isinstance(s, URIRef) or s not in data_nodes or s in ontology_terms or str(s).startswith(_VOCABULARIES):
        return False
    if isinstance(o, BNode) or (p == OWL.sameAs and s == o):
        return False
    return not (p == RDF.type and o in _TRIVIAL_TYPES)


def _oxigraph_iri(term: Node) -> ox.NamedNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise KgError(f"unexpected term {term!r} in the closure")


def _oxigraph(term: Node) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise KgError(f"unexpected term {term!r} in the closure")
