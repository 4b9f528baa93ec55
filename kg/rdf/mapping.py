"""Extraction records → RDF quads, one named graph per document, and its compact rows.

Each ``_describe_*`` pass maps one kind of record; together they are the whole
mapping. A document graph links to entity IRIs but does not describe the
entities: their descriptions go into the rows (``kg.rdf.rows``), from which the
shared entities graph is made (``kg.rdf.entities``), as are the event, figure
and claim rows of the cross-document stage. Quads are written directly as
N-Quads lines, the form they travel in to the store: making a pyoxigraph term
and quad for each and serialising them took most of the mapping's time.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from pyoxigraph import NamedNode
from rdflib.namespace import RDF, RDFS, XSD

from kg.rdf import iris
from kg.rdf.rows import ClaimRow, DocumentRows, EntityDescription, EntityRow, EventRow, FigureRow
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


def _iri(value: str) -> str:
    """An IRI as an N-Quads term (for IRIs kg makes itself, which need no check)."""
    return f"<{value}>"


def _checked_iri(value: str) -> str:
    """An IRI from outside kg's own patterns (a gazetteer id, a stored document) as an N-Quads term.

    Raises:
        ValueError: ``value`` is not a valid IRI.
    """
    return str(NamedNode(value))


class _Terms:
    """The N-Quads form of each kg vocabulary term, made on first use (``_KG.start`` is ``"<...#start>"``)."""

    def __getattr__(self, name: str) -> str:
        term = _iri(str(getattr(KG, name)))  # an unknown term raises AttributeError
        setattr(self, name, term)
        return term


_KG = _Terms()
_TYPE = _iri(str(RDF.type))
_LABEL = _iri(str(RDFS.label))
_TITLE = _iri("http://purl.org/dc/terms/title")
_INTEGER = _iri(str(XSD.integer))
_DECIMAL = _iri(str(XSD.decimal))
_DATE = _iri(str(XSD.date))
_ANY_URI = _iri(str(XSD.anyURI))
_DATE_TIME = _iri(str(XSD.dateTime))
#: The XSD type of an ISO date value, by its length ("2023-09-19", "2023-09", "2023").
_DATE_TYPE_BY_LENGTH = {10: _DATE, 7: _iri(str(XSD.gYearMonth)), 4: _iri(str(XSD.gYear))}
#: Characters a string literal cannot hold as they are: quote, backslash, control characters.
_TO_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    return _ESCAPES.get(character) or f"\\u{ord(character):04X}"


def _literal(text: str, datatype: str | None = None) -> str:
    """A literal as an N-Quads term (a plain string, or of the N-Quads ``datatype``)."""
    quoted = f'"{_TO_ESCAPE.sub(_escape, text)}"'
    return quoted if datatype is None else f"{quoted}^^{datatype}"


def _integer(value: int) -> str:
    return f'"{value}"^^{_INTEGER}'


def _decimal(value: float) -> str:
    return f'"{value:.2f}"^^{_DECIMAL}'


class _Graph:
    """Collects the quads of one document graph as N-Quads lines; subjects, predicates and values are N-Quads terms."""

    def __init__(self, name: str, text: str) -> None:
        self.iri = name
        self.name = _iri(name)
        self.text = text
        self.lines: list[str] = []
        self._end = f" {self.name} .\n"

    def add(self, subject: str, predicate: str, value: str) -> None:
        self.lines.append(f"{subject} {predicate} {value}{self._end}")

    def add_text(self, subject: str, predicate: str, text: str | None) -> None:
        if text:
            self.add(subject, predicate, _literal(text))


def document_quads(analysis: DocumentAnalysis) -> tuple[str, list[str], DocumentRows]:
    """The graph name, quads (N-Quads lines, in the order made; a quad may come twice) and rows of one analysed document.

    Args:
        analysis: The extraction records of the document.

    Raises:
        KeyError: A record refers to an entity key missing from ``analysis.entities``.
        ValueError: An entity's gazetteer id is not a valid IRI.
    """
    source = analysis.document.source
    doc_iri = iris.document_iri(source.doc_id, source.text)
    graph = _Graph(doc_iri, source.text)
    _describe_document(graph, analysis)
    _describe_zones(graph, analysis)
    entity_iris = {entity.key: iris.entity_iri(entity.key, entity.gazetteer_id) for entity in analysis.entities.values()}
    entity_nodes = {key: _checked_iri(iri) for key, iri in entity_iris.items()}
    _describe_mentions(graph, analysis, entity_nodes)
    event_iris = {event.id: iris.local_iri(doc_iri, "event", event.id) for event in analysis.events}
    for event in analysis.events:
        _describe_event(graph, event, _iri(event_iris[event.id]), entity_nodes)
    event_nodes = {key: _iri(iri) for key, iri in event_iris.items()}
    for claim in analysis.claims:
        _describe_claim(graph, claim, entity_nodes, event_nodes)
    _describe_sources(graph, analysis.claims, entity_nodes)
    for figure in analysis.figures:
        _describe_figure(graph, figure, entity_nodes, event_nodes)
    for framing in analysis.framings:
        _describe_framing(graph, framing, entity_nodes)
    return doc_iri, graph.lines, _rows(analysis, doc_iri, entity_iris, event_iris)


def _rows(
    analysis: DocumentAnalysis, doc_iri: str, entities: dict[str, str], events: dict[str, str]
) -> DocumentRows:
    """The document's compact rows: entity descriptions, and the events, figures and claims across documents need."""
    aliases: dict[str, set[str]] = {}
    for mention in analysis.mentions:
        aliases.setdefault(mention.entity_key, set()).add(" ".join(mention.text.split()))
    entity_rows = tuple(
        EntityRow(
            iri=entities[entity.key],
            key=entity.key,
            description=EntityDescription(
                kind=entity.kind,
                label=entity.label,
                wikidata=iris.wikidata_iri(entity.qid) if entity.qid else None,
                part_of=entities[entity.part_of] if entity.part_of else None,
                coordinates=_coordinates(entity.lat, entity.lon),
            ),
            aliases=tuple(sorted(aliases.get(entity.key, set()) - {entity.label})),
        )
        for entity in sorted(analysis.entities.values(), key=lambda e: e.key)
    )
    kinds = {entity.key: entity.kind for entity in analysis.entities.values()}
    part_of = {entity.key: entity.part_of for entity in analysis.entities.values() if entity.part_of}
    place_mentions = Counter(m.entity_key for m in analysis.mentions if kinds.get(m.entity_key) == "place")
    main_place = max(((n, entities[key]) for key, n in place_mentions.items()), default=None)
    published = analysis.document.metadata.published
    event_rows = []
    for event in analysis.events:
        anchors = {entities[p.entity_key] for p in event.participants}
        anchors |= {entities[part_of[p.entity_key]] for p in event.participants if p.entity_key in part_of}
        anchors |= {entities[place] for place in event.places}
        if not anchors and main_place is not None:
            anchors.add(main_place[1])
        date = event.time.value if event.time is not None and len(event.time.value or "") in _DATE_TYPE_BY_LENGTH else None
        event_rows.append(EventRow(events[event.id], event.type, date, published, tuple(sorted(anchors))))
    figure_rows = tuple(
        FigureRow(_figure_iri(doc_iri, f.id), f.kind, f.value, f.qualifier, events[f.event], f.counted, f.owner, f.upper)
        for f in analysis.figures
        if f.event
    )
    claim_rows = tuple(
        ClaimRow(_claim_iri(doc_iri, c.id), c.kind, tuple(sorted(entities[s] for s in c.speakers)), events[e])
        for c in analysis.claims
        for e in c.about_events
        if c.speakers
    )
    return DocumentRows(doc_iri, entity_rows, tuple(event_rows), figure_rows, claim_rows)


def _coordinates(lat: float | None, lon: float | None) -> tuple[str, str] | None:
    """Latitude and longitude in decimal degrees as ``xsd:decimal`` text, as the gazetteer writes them
    (never in exponent form); ``None`` unless both are known."""
    if lat is None or lon is None:
        return None
    return format(Decimal(repr(lat)), "f"), format(Decimal(repr(lon)), "f")


def _figure_iri(doc_iri: str, figure_id: str) -> str:
    return iris.local_iri(doc_iri, "figure", figure_id)


def _claim_iri(doc_iri: str, claim_id: str) -> str:
    return iris.local_iri(doc_iri, "claim", claim_id)


def _describe_document(graph: _Graph, analysis: DocumentAnalysis) -> None:
    """The document node: id, text, hash and metadata (publication date, author, outlet); its
    duplicate link is added by the build (:func:`duplicate_quad`)."""
    document = analysis.document
    meta = document.metadata
    doc = graph.name
    graph.add(doc, _TYPE, _KG.Document)
    graph.add_text(doc, _KG.docId, document.doc_id)
    graph.add(doc, _KG.text, _literal(document.source.text))
    graph.add_text(doc, _KG.contentHash, iris.content_hash(document.source.text))
    graph.add_text(doc, _TITLE, meta.title)
    if meta.published:
        graph.add(doc, _KG.published, _literal(meta.published, datatype=_DATE))
    graph.add_text(doc, _KG.author, meta.author)
    graph.add_text(doc, _KG.outlet, meta.outlet)
    if meta.url:
        graph.add(doc, _KG.url, _literal(meta.url, datatype=_ANY_URI))


def duplicate_quad(doc_iri: str, original_iri: str) -> str:
    """The N-Quads line of the ``kg:duplicateOf`` link from a document graph to the document it near-duplicates.

    The build adds it when the document comes back from its worker (duplicates are
    found in input order, in the build process: ``kg.build``).

    Raises:
        ValueError: ``original_iri`` is not a valid IRI.
    """
    graph = _Graph(doc_iri, "")
    graph.add(graph.name, _KG.duplicateOf, _checked_iri(original_iri))
    return graph.lines[0]


def _describe_zones(graph: _Graph, analysis: DocumentAnalysis) -> None:
    """Zones with kind and reason, offsets mapped to the original text."""
    source = analysis.document.source
    for zone in analysis.document.zones:
        if zone.end <= zone.start:
            continue
        start, end = source.to_original(zone.start, zone.end)
        node = _iri(iris.span_iri(graph.iri, "zone", start, end))
        graph.add(graph.name, _KG.hasZone, node)
        graph.add(node, _TYPE, _KG.Zone)
        graph.add(node, _KG.inDocument, graph.name)
        graph.add(node, _KG.start, _integer(start))
        graph.add(node, _KG.end, _integer(end))
        graph.add_text(node, _KG.zoneKind, zone.kind)
        graph.add_text(node, _KG.reason, zone.reason)


def _describe_mentions(graph: _Graph, analysis: DocumentAnalysis, entities: dict[str, str]) -> None:
    """Mentions with their evidence: offsets, exact text, method, confidence, entity; the document's distinct entities."""
    for mention in analysis.mentions:
        node = _iri(iris.span_iri(graph.iri, "mention", mention.start, mention.end))
        graph.add(node, _TYPE, _KG.Mention)
        _describe_span(graph, node, mention.start, mention.end, mention.text)
        _describe_provenance(graph, node, mention.method, mention.confidence)
        graph.add(node, _KG.denotes, entities[mention.entity_key])
        if mention.stands_for:
            graph.add(node, _KG.standsFor, entities[mention.stands_for])
    for entity in sorted({entities[mention.entity_key] for mention in analysis.mentions}):
        graph.add(graph.name, _KG.mentions, entity)  # the document's distinct entities, for corpus-wide queries


def _describe_span(graph: _Graph, node: str, start: int, end: int, text: str) -> None:
    """Where a node's evidence is: document, offsets and exact text."""
    graph.add(node, _KG.inDocument, graph.name)
    graph.add(node, _KG.start, _integer(start))
    graph.add(node, _KG.end, _integer(end))
    graph.add(node, _KG.anchorOf, _literal(text))


def _describe_provenance(graph: _Graph, node: str, method: str, confidence: float) -> None:
    graph.add_text(node, _KG.method, method)
    graph.add(node, _KG.confidence, _decimal(confidence))


def _evidence(graph: _Graph, node: str, start: int, end: int) -> None:
    graph.add(node, _KG.evidenceStart, _integer(start))
    graph.add(node, _KG.evidenceEnd, _integer(end))
    graph.add(node, _KG.evidence, _literal(graph.text[start:end]))


def _describe_time(graph: _Graph, time: TimeValue) -> str:
    """A time expression with its normalised value, granularity and clock time."""
    node = _iri(iris.span_iri(graph.iri, "time", time.start, time.end))
    graph.add(node, _TYPE, _KG.TimeExpression)
    _describe_span(graph, node, time.start, time.end, time.text)
    graph.add_text(node, _KG.value, time.value)
    graph.add_text(node, _KG.granularity, time.granularity)
    if time.datetime:
        graph.add(node, _KG.dateTime, _literal(time.datetime, datatype=_DATE_TIME))
    return node


def _describe_event(graph: _Graph, event: Event, node: str, entities: dict[str, str]) -> None:
    """An event (``node``): its type class, modality, date, participants, places and mentions."""
    graph.add(node, _TYPE, _KG.Event)
    graph.add(node, _TYPE, getattr(_KG, event.type))
    graph.add(node, _KG.inDocument, graph.name)
    graph.add_text(node, _KG.modality, event.modality)
    if event.time is not None:
        graph.add(node, _KG.time, _describe_time(graph, event.time))
        date_type = _DATE_TYPE_BY_LENGTH.get(len(event.time.date or ""))
        if date_type is not None and event.time.date is not None:
            graph.add(node, _KG.date, _literal(event.time.date, datatype=date_type))
    role_property = {"agent": _KG.agent, "target": _KG.target, "mediator": _KG.mediator, "participant": _KG.participant}
    for participant in event.participants:
        graph.add(node, role_property[participant.role], entities[participant.entity_key])
    for place in event.places:
        graph.add(node, _KG.place, entities[place])
    main = _main_mention(event)
    _evidence(graph, node, main.evidence_start, main.evidence_end)
    for mention in event.mentions:
        mention_node = _iri(iris.span_iri(graph.iri, "event-mention", mention.start, mention.end))
        graph.add(node, _KG.hasMention, mention_node)
        graph.add(mention_node, _TYPE, _KG.EventMention)
        _describe_span(graph, mention_node, mention.start, mention.end, mention.text)
        _evidence(graph, mention_node, mention.evidence_start, mention.evidence_end)
        _describe_provenance(graph, mention_node, mention.method, mention.confidence)


def _main_mention(event: Event) -> EventMention:
    """The mention an event is best shown by: the one whose sentence dates it, else the first."""
    if event.time is not None:
        for mention in event.mentions:
            if mention.evidence_start <= event.time.start < mention.evidence_end:
                return mention
    return min(event.mentions, key=lambda mention: mention.start)


def _describe_claim(graph: _Graph, claim: Claim, entities: dict[str, str], events: dict[str, str]) -> None:
    """A claim: kind, speakers (resolved and literal), cue, content and evidence."""
    node = _iri(_claim_iri(graph.iri, claim.id))
    graph.add(node, _TYPE, _KG.Claim)
    _describe_span(graph, node, claim.evidence_start, claim.evidence_end, graph.text[claim.evidence_start : claim.evidence_end])
    _describe_provenance(graph, node, claim.method, claim.confidence)
    graph.add_text(node, _KG.claimKind, claim.kind)
    for speaker in claim.speakers:
        graph.add(node, _KG.speaker, entities[speaker])
    if claim.literal_speaker:
        graph.add(node, _KG.literalSpeaker, entities[claim.literal_speaker])
    graph.add_text(node, _KG.speakerText, claim.speaker_text)
    graph.add_text(node, _KG.cue, claim.cue)
    graph.add(node, _KG.contentStart, _integer(claim.content_start))
    graph.add(node, _KG.contentEnd, _integer(claim.content_end))
    graph.add(node, _KG.content, _literal(graph.text[claim.content_start : claim.content_end]))
    for key in claim.about_entities:
        graph.add(node, _KG.about, entities[key])
    for event_id in claim.about_events:
        graph.add(node, _KG.about, events[event_id])
    for key in claim.accused:
        graph.add(node, _KG.accuses, entities[key])


def _describe_sources(graph: _Graph, claims: list[Claim], entities: dict[str, str]) -> None:
    """The described sources among the claims' speakers, each once, with the claims they speak."""
    described: set[str] = set()
    for claim in claims:
        for source in claim.sources:
            node = _iri(iris.local_iri(graph.iri, "source", source.id))
            graph.add(_iri(_claim_iri(graph.iri, claim.id)), _KG.speaker, node)
            if source.id in described:
                continue
            described.add(source.id)
            graph.add(node, _TYPE, _KG.DescribedSource)
            graph.add(node, _LABEL, _literal(source.label))
            graph.add_text(node, _KG.sourceKind, source.kind)
            _describe_span(graph, node, source.start, source.end, source.text)
            _describe_provenance(graph, node, source.method, source.confidence)
            if source.affiliation:
                graph.add(node, _KG.affiliation, entities[source.affiliation])


def _describe_figure(graph: _Graph, figure: Figure, entities: dict[str, str], events: dict[str, str]) -> None:
    """A figure: kind, integer value, qualifier, what it counts, its source and event."""
    node = _iri(_figure_iri(graph.iri, figure.id))
    graph.add(node, _TYPE, _KG.Figure)
    _describe_span(graph, node, figure.start, figure.end, figure.text)
    _describe_provenance(graph, node, figure.method, figure.confidence)
    graph.add_text(node, _KG.figureKind, figure.kind)
    graph.add(node, _KG.value, _integer(figure.value))
    if figure.upper is not None:
        graph.add(node, _KG.maxValue, _integer(figure.upper))
    graph.add_text(node, _KG.qualifier, figure.qualifier)
    graph.add_text(node, _KG.counted, figure.counted)
    for key in figure.attributed_to:
        graph.add(node, _KG.attributedTo, entities[key])
    if figure.event:
        graph.add(node, _KG.measures, events[figure.event])


def _describe_framing(graph: _Graph, framing: Framing, entities: dict[str, str]) -> None:
    """A framing label and the source that uses it."""
    node = _iri(iris.span_iri(graph.iri, "framing", framing.start, framing.end))
    graph.add(node, _TYPE, _KG.Framing)
    _describe_span(graph, node, framing.start, framing.end, framing.text)
    _describe_provenance(graph, node, framing.method, framing.confidence)
    graph.add_text(node, _KG.cue, framing.cue)
    if framing.source:
        graph.add(node, _KG.framedBy, entities[framing.source])
