"""Extraction records → RDF quads, one named graph per document, and its compact rows.

Each ``_describe_*`` pass maps one kind of record; together they are the whole
mapping. A document graph links to entity IRIs but does not describe the
entities: their descriptions go into the rows (``kg.rdf.rows``), from which the
shared entities graph is made (``kg.rdf.entities``), as are the event, figure
and claim rows of the cross-document stage. Terms are pyoxigraph terms, so
quads go to the store without conversion.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import RDF, RDFS, XSD

from kg.rdf import iris
from kg.rdf.rows import ClaimRow, DocumentRows, EntityRow, EventRow, FigureRow
from kg.rdf.vocab import KG
from kg.records import (
    Claim,
    DocumentAnalysis,
    Event,
    EventMention,
    Figure,
    Framing,
    TimeValue,
)

_INTEGER = NamedNode(str(XSD.integer))
_DECIMAL = NamedNode(str(XSD.decimal))
_DATE = NamedNode(str(XSD.date))
_ANY_URI = NamedNode(str(XSD.anyURI))
_DATE_TIME = NamedNode(str(XSD.dateTime))
#: The XSD type of an ISO date value, by its length ("2023-09-19", "2023-09", "2023").
_DATE_TYPE_BY_LENGTH = {10: _DATE, 7: NamedNode(str(XSD.gYearMonth)), 4: NamedNode(str(XSD.gYear))}


@lru_cache(maxsize=None)
def _term(uri: str) -> NamedNode:
    """The pyoxigraph node of a vocabulary term, made once."""
    return NamedNode(str(uri))


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=_INTEGER)


def _decimal(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=_DECIMAL)


class _Graph:
    """Collects the quads of one document graph."""

    def __init__(self, name: str, text: str) -> None:
        self.name = NamedNode(name)
        self.text = text
        self.quads: list[Quad] = []

    def add(self, subject: NamedNode, predicate: str, value: NamedNode | Literal) -> None:
        self.quads.append(Quad(subject, _term(predicate), value, self.name))

    def add_text(self, subject: NamedNode, predicate: str, text: str | None) -> None:
        if text:
            self.add(subject, predicate, Literal(text))


def document_quads(
    analysis: DocumentAnalysis, iri_of_doc: Callable[[str], str | None]
) -> tuple[str, list[Quad], DocumentRows]:
    """The graph name, quads and rows of one analysed document.

    Args:
        analysis: The extraction records of the document.
        iri_of_doc: Maps the doc id of the document it duplicates to that document's IRI.

    Raises:
        KeyError: A record refers to an entity key missing from ``analysis.entities``.
    """
    source = analysis.document.source
    doc_iri = iris.document_iri(source.doc_id, source.text)
    graph = _Graph(doc_iri, source.text)
    doc = graph.name
    _describe_document(graph, analysis, iri_of_doc)
    _describe_zones(graph, analysis)
    entity_nodes = {
        entity.key: NamedNode(iris.entity_iri(entity.key, entity.gazetteer_id)) for entity in analysis.entities.values()
    }
    _describe_mentions(graph, analysis, doc, entity_nodes)
    event_nodes = {event.id: _describe_event(graph, event, entity_nodes) for event in analysis.events}
    for claim in analysis.claims:
        _describe_claim(graph, claim, entity_nodes, event_nodes)
    _describe_sources(graph, analysis.claims, entity_nodes)
    for figure in analysis.figures:
        _describe_figure(graph, figure, entity_nodes, event_nodes)
    for framing in analysis.framings:
        _describe_framing(graph, framing, entity_nodes)
    return doc_iri, graph.quads, _rows(analysis, doc_iri, entity_nodes, event_nodes)


def _rows(
    analysis: DocumentAnalysis, doc_iri: str, entities: dict[str, NamedNode], events: dict[str, NamedNode]
) -> DocumentRows:
    """The document's compact rows: entity descriptions, and the events, figures and claims across documents need."""
    aliases: dict[str, set[str]] = {}
    for mention in analysis.mentions:
        aliases.setdefault(mention.entity_key, set()).add(" ".join(mention.text.split()))
    entity_rows = tuple(
        EntityRow(
            iri=entities[entity.key].value,
            key=entity.key,
            kind=entity.kind,
            label=entity.label,
            wikidata=iris.wikidata_iri(entity.qid) if entity.qid else None,
            part_of=entities[entity.part_of].value if entity.part_of else None,
            aliases=tuple(sorted(aliases.get(entity.key, set()) - {entity.label})),
            lat=_degrees(entity.lat),
            lon=_degrees(entity.lon),
        )
        for entity in sorted(analysis.entities.values(), key=lambda e: e.key)
    )
    kinds = {entity.key: entity.kind for entity in analysis.entities.values()}
    part_of = {entity.key: entity.part_of for entity in analysis.entities.values() if entity.part_of}
    place_mentions = Counter(m.entity_key for m in analysis.mentions if kinds.get(m.entity_key) == "place")
    main_place = max(((n, entities[key].value) for key, n in place_mentions.items()), default=None)
    published = analysis.document.metadata.published
    event_rows = []
    for event in analysis.events:
        anchors = {entities[p.entity_key].value for p in event.participants}
        anchors |= {entities[part_of[p.entity_key]].value for p in event.participants if p.entity_key in part_of}
        anchors |= {entities[place].value for place in event.places}
        if not anchors and main_place is not None:
            anchors.add(main_place[1])
        date = event.time.value if event.time is not None and len(event.time.value or "") in _DATE_TYPE_BY_LENGTH else None
        event_rows.append(EventRow(events[event.id].value, event.type, date, published, tuple(sorted(anchors))))
    figure_rows = tuple(
        FigureRow(_figure_iri(doc_iri, f.id), f.kind, f.value, f.qualifier, events[f.event].value, f.counted, f.owner, f.upper)
        for f in analysis.figures
        if f.event
    )
    claim_rows = tuple(
        ClaimRow(_claim_iri(doc_iri, c.id), c.kind, tuple(sorted(entities[s].value for s in c.speakers)), events[e].value)
        for c in analysis.claims
        for e in c.about_events
        if c.speakers
    )
    return DocumentRows(doc_iri, entity_rows, tuple(event_rows), figure_rows, claim_rows)


def _degrees(degrees: float | None) -> str | None:
    """Decimal degrees as ``xsd:decimal`` text, as the gazetteer writes them (never in exponent form)."""
    return None if degrees is None else format(Decimal(repr(degrees)), "f")


def _figure_iri(doc_iri: str, figure_id: str) -> str:
    return iris.local_iri(doc_iri, "figure", figure_id)


def _claim_iri(doc_iri: str, claim_id: str) -> str:
    return iris.local_iri(doc_iri, "claim", claim_id)


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


def _describe_mentions(graph: _Graph, analysis: DocumentAnalysis, doc: NamedNode, entities: dict[str, NamedNode]) -> None:
    """Mentions with their evidence: offsets, exact text, method, confidence, entity."""
    for mention in analysis.mentions:
        node = NamedNode(iris.span_iri(doc.value, "mention", mention.start, mention.end))
        graph.add(node, str(RDF.type), _term(KG.Mention))
        _describe_span(graph, node, mention.start, mention.end, mention.text)
        _describe_provenance(graph, node, mention.method, mention.confidence)
        graph.add(node, KG.denotes, entities[mention.entity_key])
        if mention.stands_for:
            graph.add(node, KG.standsFor, entities[mention.stands_for])


def _describe_span(graph: _Graph, node: NamedNode, start: int, end: int, text: str) -> None:
    """Where a node's evidence is: document, offsets and exact text."""
    graph.add(node, KG.inDocument, graph.name)
    graph.add(node, KG.start, _integer(start))
    graph.add(node, KG.end, _integer(end))
    graph.add(node, KG.anchorOf, Literal(text))


def _describe_provenance(graph: _Graph, node: NamedNode, method: str, confidence: float) -> None:
    graph.add_text(node, KG.method, method)
    graph.add(node, KG.confidence, _decimal(confidence))


def _evidence(graph: _Graph, node: NamedNode, start: int, end: int) -> None:
    graph.add(node, KG.evidenceStart, _integer(start))
    graph.add(node, KG.evidenceEnd, _integer(end))
    graph.add(node, KG.evidence, Literal(graph.text[start:end]))


def _describe_time(graph: _Graph, time: TimeValue) -> NamedNode:
    """A time expression with its normalised value, granularity and clock time."""
    node = NamedNode(iris.span_iri(graph.name.value, "time", time.start, time.end))
    graph.add(node, str(RDF.type), _term(KG.TimeExpression))
    _describe_span(graph, node, time.start, time.end, time.text)
    graph.add_text(node, KG.value, time.value)
    graph.add_text(node, KG.granularity, time.granularity)
    if time.datetime:
        graph.add(node, KG.dateTime, Literal(time.datetime, datatype=_DATE_TIME))
    return node


def _describe_event(graph: _Graph, event: Event, entities: dict[str, NamedNode]) -> NamedNode:
    """An event: its type class, modality, date, participants, places and mentions."""
    node = NamedNode(iris.local_iri(graph.name.value, "event", event.id))
    graph.add(node, str(RDF.type), _term(KG.Event))
    graph.add(node, str(RDF.type), _term(KG[event.type]))
    graph.add(node, KG.inDocument, graph.name)
    graph.add_text(node, KG.modality, event.modality)
    if event.time is not None:
        graph.add(node, KG.time, _describe_time(graph, event.time))
        date_type = _DATE_TYPE_BY_LENGTH.get(len(event.time.date or ""))
        if date_type is not None and event.time.date is not None:
            graph.add(node, KG.date, Literal(event.time.date, datatype=date_type))
    role_property = {"agent": KG.agent, "target": KG.target, "mediator": KG.mediator, "participant": KG.participant}
    for participant in event.participants:
        graph.add(node, role_property[participant.role], entities[participant.entity_key])
    for place in event.places:
        graph.add(node, KG.place, entities[place])
    main = _main_mention(event)
    _evidence(graph, node, main.evidence_start, main.evidence_end)
    for mention in event.mentions:
        mention_node = NamedNode(iris.span_iri(graph.name.value, "event-mention", mention.start, mention.end))
        graph.add(node, KG.hasMention, mention_node)
        graph.add(mention_node, str(RDF.type), _term(KG.EventMention))
        _describe_span(graph, mention_node, mention.start, mention.end, mention.text)
        _evidence(graph, mention_node, mention.evidence_start, mention.evidence_end)
        _describe_provenance(graph, mention_node, mention.method, mention.confidence)
    return node


def _main_mention(event: Event) -> EventMention:
    """The mention an event is best shown by: the one whose sentence dates it, else the first."""
    if event.time is not None:
        for mention in event.mentions:
            if mention.evidence_start <= event.time.start < mention.evidence_end:
                return mention
    return min(event.mentions, key=lambda mention: mention.start)


def _describe_claim(graph: _Graph, claim: Claim, entities: dict[str, NamedNode], events: dict[str, NamedNode]) -> None:
    """A claim: kind, speakers (resolved and literal), cue, content and evidence."""
    node = NamedNode(_claim_iri(graph.name.value, claim.id))
    graph.add(node, str(RDF.type), _term(KG.Claim))
    _describe_span(graph, node, claim.evidence_start, claim.evidence_end, graph.text[claim.evidence_start : claim.evidence_end])
    _describe_provenance(graph, node, claim.method, claim.confidence)
    graph.add_text(node, KG.claimKind, claim.kind)
    for speaker in claim.speakers:
        graph.add(node, KG.speaker, entities[speaker])
    if claim.literal_speaker:
        graph.add(node, KG.literalSpeaker, entities[claim.literal_speaker])
    graph.add_text(node, KG.speakerText, claim.speaker_text)
    graph.add_text(node, KG.cue, claim.cue)
    graph.add(node, KG.contentStart, _integer(claim.content_start))
    graph.add(node, KG.contentEnd, _integer(claim.content_end))
    graph.add(node, KG.content, Literal(graph.text[claim.content_start : claim.content_end]))
    for key in claim.about_entities:
        graph.add(node, KG.about, entities[key])
    for event_id in claim.about_events:
        graph.add(node, KG.about, events[event_id])


def _describe_sources(graph: _Graph, claims: list[Claim], entities: dict[str, NamedNode]) -> None:
    """The described sources among the claims' speakers, each once, with the claims they speak."""
    described: set[str] = set()
    for claim in claims:
        for source in claim.sources:
            node = NamedNode(iris.local_iri(graph.name.value, "source", source.id))
            graph.add(NamedNode(iris.local_iri(graph.name.value, "claim", claim.id)), KG.speaker, node)
            if source.id in described:
                continue
            described.add(source.id)
            graph.add(node, str(RDF.type), _term(KG.DescribedSource))
            graph.add(node, str(RDFS.label), Literal(source.label))
            graph.add_text(node, KG.sourceKind, source.kind)
            _describe_span(graph, node, source.start, source.end, source.text)
            _describe_provenance(graph, node, source.method, source.confidence)
            if source.affiliation:
                graph.add(node, KG.affiliation, entities[source.affiliation])


def _describe_figure(graph: _Graph, figure: Figure, entities: dict[str, NamedNode], events: dict[str, NamedNode]) -> None:
    """A figure: kind, integer value, qualifier, what it counts, its source and event."""
    node = NamedNode(_figure_iri(graph.name.value, figure.id))
    graph.add(node, str(RDF.type), _term(KG.Figure))
    _describe_span(graph, node, figure.start, figure.end, figure.text)
    _describe_provenance(graph, node, figure.method, figure.confidence)
    graph.add_text(node, KG.figureKind, figure.kind)
    graph.add(node, KG.value, _integer(figure.value))
    if figure.upper is not None:
        graph.add(node, KG.maxValue, _integer(figure.upper))
    graph.add_text(node, KG.qualifier, figure.qualifier)
    graph.add_text(node, KG.counted, figure.counted)
    for key in figure.attributed_to:
        graph.add(node, KG.attributedTo, entities[key])
    if figure.event:
        graph.add(node, KG.measures, events[figure.event])


def _describe_framing(graph: _Graph, framing: Framing, entities: dict[str, NamedNode]) -> None:
    """A framing label and the source that uses it."""
    node = NamedNode(iris.span_iri(graph.name.value, "framing", framing.start, framing.end))
    graph.add(node, str(RDF.type), _term(KG.Framing))
    _describe_span(graph, node, framing.start, framing.end, framing.text)
    _describe_provenance(graph, node, framing.method, framing.confidence)
    graph.add_text(node, KG.cue, framing.cue)
    if framing.source:
        graph.add(node, KG.framedBy, entities[framing.source])
