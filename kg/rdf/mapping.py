"""Extraction records → RDF quads, one named graph per document.

Each ``_describe_*`` pass maps one kind of record; together they are the whole
mapping. Terms are pyoxigraph terms, so quads go to the store without conversion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import RDF, RDFS, XSD

from kg.rdf import iris
from kg.rdf.vocab import CLASS_BY_KIND, KG
from kg.records import DocumentAnalysis, Entity

_INTEGER = NamedNode(str(XSD.integer))
_DECIMAL = NamedNode(str(XSD.decimal))
_DATE = NamedNode(str(XSD.date))
_ANY_URI = NamedNode(str(XSD.anyURI))


def _term(uri: str) -> NamedNode:
    return NamedNode(str(uri))


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=_INTEGER)


def _decimal(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=_DECIMAL)


class _Graph:
    """Collects the quads of one document graph."""

    def __init__(self, name: str) -> None:
        self.name = NamedNode(name)
        self.quads: list[Quad] = []

    def add(self, subject: NamedNode, predicate: str, value: NamedNode | Literal) -> None:
        self.quads.append(Quad(subject, _term(predicate), value, self.name))

    def add_text(self, subject: NamedNode, predicate: str, text: str | None) -> None:
        if text:
            self.add(subject, predicate, Literal(text))


def document_quads(analysis: DocumentAnalysis, iri_of_doc: Callable[[str], str | None]) -> tuple[str, list[Quad]]:
    """The graph name and quads of one analysed document.

    Args:
        analysis: The extraction records of the document.
        iri_of_doc: Maps a doc id of the same input set to its document IRI.
    """
    source = analysis.document.source
    doc_iri = iris.document_iri(source.doc_id, source.text)
    graph = _Graph(doc_iri)
    doc = graph.name
    _describe_document(graph, analysis, iri_of_doc)
    _describe_zones(graph, analysis)
    entity_nodes = dict(_describe_entities(graph, analysis.entities.values()))
    _describe_mentions(graph, analysis, doc, entity_nodes)
    return doc_iri, graph.quads


def _describe_document(graph: _Graph, analysis: DocumentAnalysis, iri_of_doc: Callable[[str], str | None]) -> None:
    """The document node: id, text, hash and metadata (publication date, author, outlet, duplicate)."""
    document = analysis.document
    meta = document.metadata
    doc = graph.name
    graph.add(doc, str(RDF.type), _term(KG.Document))
    graph.add_text(doc, KG.docId, document.doc_id)
    graph.add(doc, KG.text, Literal(document.source.text))
    graph.add_text(doc, KG.contentHash, iris.content_hash(document.source.text))
    graph.add_text(doc, "http://purl.org/dc/terms/title", meta.title)
    if meta.published:
        graph.add(doc, KG.published, Literal(meta.published, datatype=_DATE))
    graph.add_text(doc, KG.author, meta.author)
    graph.add_text(doc, KG.outlet, meta.outlet)
    if meta.url:
        graph.add(doc, KG.url, Literal(meta.url, datatype=_ANY_URI))
    if document.duplicate_of:
        original = iri_of_doc(document.duplicate_of)
        if original:
            graph.add(doc, KG.duplicateOf, NamedNode(original))


def _describe_zones(graph: _Graph, analysis: DocumentAnalysis) -> None:
    """Zones with kind and reason, offsets mapped to the original text."""
    source = analysis.document.source
    for zone in analysis.document.zones:
        if zone.end <= zone.start:
            continue
        start, end = source.to_original(zone.start, zone.end)
        node = NamedNode(iris.span_iri(graph.name.value, "zone", start, end))
        graph.add(graph.name, KG.hasZone, node)
        graph.add(node, str(RDF.type), _term(KG.Zone))
        graph.add(node, KG.inDocument, graph.name)
        graph.add(node, KG.start, _integer(start))
        graph.add(node, KG.end, _integer(end))
        graph.add_text(node, KG.zoneKind, zone.kind)
        graph.add_text(node, KG.reason, zone.reason)


def _describe_entities(graph: _Graph, entities: Iterator[Entity]) -> Iterator[tuple[str, NamedNode]]:
    """Each entity once per document: class, label, key and Wikidata link."""
    for entity in sorted(entities, key=lambda e: e.key):
        node = NamedNode(iris.entity_iri(entity.key, entity.gazetteer_id))
        graph.add(node, str(RDF.type), _term(CLASS_BY_KIND[entity.kind]))
        graph.add(node, str(RDFS.label), Literal(entity.label))
        graph.add_text(node, KG.key, entity.key)
        if entity.qid:
            graph.add(node, KG.wikidata, NamedNode(iris.wikidata_iri(entity.qid)))
        yield entity.key, node


def _describe_mentions(graph: _Graph, analysis: DocumentAnalysis, doc: NamedNode, entities: dict[str, NamedNode]) -> None:
    """Mentions with their evidence: offsets, exact text, method, confidence, entity."""
    for mention in analysis.mentions:
        node = NamedNode(iris.span_iri(doc.value, "mention", mention.start, mention.end))
        graph.add(node, str(RDF.type), _term(KG.Mention))
        graph.add(node, KG.inDocument, doc)
        graph.add(node, KG.start, _integer(mention.start))
        graph.add(node, KG.end, _integer(mention.end))
        graph.add(node, KG.anchorOf, Literal(mention.text))
        graph.add_text(node, KG.method, mention.method)
        graph.add(node, KG.confidence, _decimal(mention.confidence))
        graph.add(node, KG.denotes, entities[mention.entity_key])
        if mention.stands_for:
            graph.add(node, KG.standsFor, entities[mention.stands_for])
