"""OWL 2 RL materialisation: what the ontology entails about the graph, kept apart from it.

The closure of the shipped ontology plus every asserted graph is computed with
owlrl (pure Python, the reference) or reasonable (Rust, much faster; optional
extra ``reason``). Only new statements about the graph's own nodes are kept:
triples already asserted, statements about the ontology's terms, literal
subjects (owlrl types literals by their datatype), reflexive ``owl:sameAs`` and
typing as ``owl:Thing`` are dropped. The rest goes into one named graph,
``INFERRED_GRAPH``, so asserted and inferred statements never mix.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from kg.errors import KgError
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
    ontology = Graph().parse(data=read_text("ontology", "kg.ttl"), format="turtle")
    asserted = _asserted_triples(dataset)
    closure = _closure(ontology, asserted, backend)
    data_nodes = {s for s, _, _ in asserted} | {o for _, _, o in asserted if isinstance(o, URIRef)}
    ontology_terms = set(ontology.subjects())
    graph = ox.NamedNode(INFERRED_GRAPH)
    return [
        ox.Quad(_oxigraph_iri(s), _oxigraph_iri(p), _oxigraph(o), graph)
        for s, p, o in sorted(closure - asserted - set(ontology))
        if _kept(s, p, o, data_nodes, ontology_terms)
    ]


def replace_inferred(store: ox.Store, inferred: Iterable[ox.Quad]) -> None:
    """Replace the store's inferred graph with ``inferred`` in one transaction."""
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in inferred)
    try:
        store.update(f"DROP SILENT GRAPH <{INFERRED_GRAPH}> ;\nINSERT DATA {{ GRAPH <{INFERRED_GRAPH}> {{\n{body}\n}} }}")
    except (OSError, SyntaxError, ValueError) as error:
        raise KgError(f"writing the inferred graph failed; the store is unchanged: {error}") from error


def _asserted_triples(dataset: ox.Store | Iterable[ox.Quad]) -> set[Triple]:
    quads = dataset.quads_for_pattern(None, None, None) if isinstance(dataset, ox.Store) else dataset
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
    if backend == "reasonable":
        try:
            import reasonable
        except ImportError as error:
            raise KgError("the reasonable backend is not installed: pip install 'kg-news[reason]'") from error
        reasoner = reasonable.PyReasoner()
        reasoner.from_graph(graph)
        return set(reasoner.reason())
    raise KgError(f"unknown reasoning backend {backend!r}; use one of {', '.join(BACKENDS)}")


def _kept(s: Node, p: Node, o: Node, data_nodes: set[Node], ontology_terms: set[Node]) -> bool:
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
