"""One fixture per shape: a SPARQL Update that breaks tests/validate/valid.trig so that the shape fires.

``<D`` stands for the fixture document's IRI, ``<E/`` for the entity namespace,
``<ENTITIES>`` for the entities graph and ``<CORPUS>`` for the corpus graph of its block. Each entry: shape local name → (update, severity).
"""

from __future__ import annotations

DOC = "https://w3id.org/kg-news/doc/e7671a1a31936b79f5371196"
ENTITY = "https://w3id.org/kg-news/entity/"
CORPUS = "https://w3id.org/kg-news/graph/corpus/attack-2026"
ENTITIES = "https://w3id.org/kg-news/graph/entities"
DISAGREEMENT = "<https://w3id.org/kg-news/disagreement/0123456789abcdef0123>"
POSITION = "<https://w3id.org/kg-news/disagreement/0123456789abcdef0123/position/00000000000000000001>"
CANONICAL = "https://w3id.org/kg-news/event/"

EVENT = "<D/event/attack-85>"
MENTION = "<D/mention/23-30>"
TIME = "<D/time/58-64>"
CLAIM = "<D/claim/claim-50>"
FIGURE = "<D/figure/figure-110>"
FRAMING = "<D/framing/165-175>"
ZONE = "<D/zone/0-177>"
#: The second document of the fixture, whose claim's speaker is a described source.
SOURCE_DOC = "https://w3id.org/kg-news/doc/b35bce87bbe21cd992ae2fa8"
SOURCE = f"<{SOURCE_DOC}/source/kenyan-officials>"
EVENT_MENTION = "<D/event-mention/85-92>"


def delete(subject: str, predicate: str) -> str:
    return f"DELETE WHERE {{ GRAPH ?g {{ {subject} {predicate} ?o }} }}"


def insert(triples: str, graph: str = "<D>") -> str:
    return f"INSERT DATA {{ GRAPH {graph} {{ {triples} }} }}"


def replace(subject: str, predicate: str, value: str, graph: str = "<D>") -> str:
    return f"{delete(subject, predicate)} ;\n{insert(f'{subject} {predicate} {value}', graph)}"


MUTATIONS: dict[str, tuple[str, str]] = {
    # documents and zones
    "Document": (insert('<https://example.org/article> a kg:Document ; kg:docId "a" ; kg:text "t" ; kg:contentHash "' + "a" * 64 + '"'), "Violation"),
    "Document-docId": (delete("<D>", "kg:docId"), "Violation"),
    "Document-text": (delete("<D>", "kg:text"), "Violation"),
    "Document-contentHash": (replace("<D>", "kg:contentHash", '"abc123"'), "Violation"),
    "Document-title": (insert('<D> dcterms:title "A second title"'), "Violation"),
    "Document-published": (replace("<D>", "kg:published", '"4 March 2026"'), "Violation"),
    "Document-publishedPresent": (delete("<D>", "kg:published"), "Info"),
    "Document-author": (insert('<D> kg:author ""'), "Violation"),
    "Document-outlet": (insert('<D> kg:outlet "Another Wire"'), "Violation"),
    "Document-url": (replace("<D>", "kg:url", '"news.example.org/kharkiv"^^xsd:anyURI'), "Violation"),
    "Document-duplicateOf": (insert('<D> kg:duplicateOf "wire-1.txt"'), "Violation"),
    "Document-hasZone": (insert(f"<D> kg:hasZone {MENTION}"), "Violation"),
    "Document-mentions": (insert(f"<D> kg:mentions {MENTION}"), "Violation"),
    "Zone": (insert('<https://example.org/zone/1> a kg:Zone ; kg:inDocument <D> ; kg:start 0 ; kg:end 4 ; kg:zoneKind "article" . <D> kg:hasZone <https://example.org/zone/1>'), "Violation"),
    "Zone-zoneKind": (replace(ZONE, "kg:zoneKind", '"sidebar"'), "Violation"),
    "Zone-reason": (insert(f'{ZONE} kg:reason ""'), "Violation"),
    "Zone-listed": ("DELETE DATA { GRAPH <D> { <D> kg:hasZone <D/zone/178-199> } }", "Violation"),
    # spans
    "Span-inDocument": (delete(MENTION, "kg:inDocument"), "Violation"),
    "Span-start": (replace(MENTION, "kg:start", "31"), "Violation"),
    "Span-end": (replace(FRAMING, "kg:end", '"175"'), "Violation"),
    "Anchored-anchorOf": (delete(TIME, "kg:anchorOf"), "Violation"),
    "Extracted-method": (delete(FIGURE, "kg:method"), "Violation"),
    "Extracted-confidence": (replace(CLAIM, "kg:confidence", "1.5"), "Violation"),
    "Evidence-start": (replace(EVENT_MENTION, "kg:evidenceStart", "300"), "Violation"),
    "Evidence-end": (delete(EVENT_MENTION, "kg:evidenceEnd"), "Violation"),
    "Evidence-text": (delete(EVENT_MENTION, "kg:evidence"), "Violation"),
    "Evidence-coversStart": (replace(EVENT_MENTION, "kg:evidenceStart", "86"), "Violation"),
    "Evidence-coversEnd": (replace(EVENT_MENTION, "kg:evidenceEnd", "90"), "Violation"),
    "TextAnchoring": (replace(MENTION, "kg:anchorOf", '"Ukrainian"'), "Violation"),
    # entities and mentions
    "Mention": (insert(f"{TIME} a kg:Mention ; kg:denotes <E/kharkiv>"), "Violation"),
    "Mention-denotes": (delete(MENTION, "kg:denotes"), "Violation"),
    "Mention-standsFor": (insert(f"{MENTION} kg:standsFor <E/kharkiv>"), "Violation"),
    "Entity": (insert('<https://example.org/person/1> a kg:Person ; rdfs:label "X" ; kg:key "name:x"', "<ENTITIES>"), "Violation"),
    "Entity-kind": (insert("<E/ukraine> a kg:Place", "<ENTITIES>"), "Violation"),
    "Entity-label": (delete("<E/russia>", "rdfs:label"), "Violation"),
    "Entity-key": (replace("<E/russia>", "kg:key", '"russia"', "<ENTITIES>"), "Violation"),
    "Entity-wikidata": (replace("<E/russia>", "kg:wikidata", "<https://www.wikidata.org/wiki/Q159>", "<ENTITIES>"), "Violation"),
    "Entity-linked": (delete("<E/russia>", "kg:wikidata"), "Info"),
    "Entity-partOf": (insert("<E/mod_ukraine> kg:partOf <E/kharkiv>", "<ENTITIES>"), "Violation"),
    "Entity-lat": (replace("<E/kharkiv>", "geo:lat", '"95.0"^^xsd:decimal', "<ENTITIES>"), "Violation"),
    "Entity-long": (replace("<E/kharkiv>", "geo:long", '"east"', "<ENTITIES>"), "Violation"),
    # events
    "Event": (insert('<https://example.org/event/1> a kg:Event , kg:Attack ; kg:inDocument <D> ; kg:modality "happened" ; kg:hasMention <D/event-mention/85-92>'), "Violation"),
    "Event-isEvent": (f"DELETE DATA {{ GRAPH <D> {{ {EVENT} a kg:Event }} }}", "Violation"),
    "Event-type": (f"DELETE DATA {{ GRAPH <D> {{ {EVENT} a kg:Attack }} }}", "Violation"),
    "Event-inDocument": (delete(EVENT, "kg:inDocument"), "Violation"),
    "Event-modality": (replace(EVENT, "kg:modality", '"rumoured"'), "Violation"),
    "Event-hasMention": (delete(EVENT, "kg:hasMention"), "Violation"),
    "Event-date": (replace(EVENT, "kg:date", '"2026-03-02T10:00:00"^^xsd:dateTime'), "Violation"),
    "Event-time": (insert(f"{EVENT} kg:time {MENTION}"), "Violation"),
    "Event-participant": (insert(f"{EVENT} kg:participant {ZONE}"), "Violation"),
    "Event-agent": (insert(f"{EVENT} kg:agent {ZONE}"), "Violation"),
    "Event-agentActor": (insert(f"{EVENT} kg:agent <E/kharkiv>"), "Warning"),
    "Event-target": (insert(f"{EVENT} kg:target {ZONE}"), "Violation"),
    "Event-mediator": (insert(f"{EVENT} kg:mediator <E/kharkiv>"), "Violation"),
    "Event-place": (insert(f"{EVENT} kg:place <E/russia>"), "Violation"),
    "EventMention": (insert(f"{MENTION} a kg:EventMention"), "Violation"),
    "EventMention-of": (insert('<D/event-mention/133-139> a kg:EventMention'), "Violation"),
    "TimeExpression": (insert("<D/mention/93-100> a kg:TimeExpression"), "Violation"),
    "TimeExpressionValue": (replace(TIME, "kg:granularity", '"unresolved"'), "Violation"),
    "TimeExpression-granularity": (replace(TIME, "kg:granularity", '"fortnight"'), "Violation"),
    "TimeExpression-value": (replace(TIME, "kg:value", '"March 2"'), "Violation"),
    "TimeExpression-dateTime": (replace(TIME, "kg:dateTime", '"2026-03-02 10:00"'), "Violation"),
    # claims and framings
    "Claim": (insert('<https://example.org/claim/1> a kg:Claim'), "Violation"),
    "ClaimSource": (delete(CLAIM, "kg:speaker"), "Violation"),
    "Claim-claimKind": (replace(CLAIM, "kg:claimKind", '"rumour"'), "Violation"),
    "Claim-speaker": (insert(f"{CLAIM} kg:speaker {ZONE}"), "Violation"),
    "Claim-speakerActor": (replace(CLAIM, "kg:speaker", "<E/kharkiv>"), "Warning"),
    "Claim-unattributed": (insert(f'{CLAIM} kg:unattributed "yes"'), "Violation"),
    "Claim-literalSpeaker": (insert(f"{CLAIM} kg:literalSpeaker <E/russia>"), "Violation"),
    "Claim-speakerText": (insert(f'{CLAIM} kg:speakerText "officials"'), "Violation"),
    "Claim-cue": (insert(f'{CLAIM} kg:cue ""'), "Violation"),
    "Claim-contentStart": (replace(CLAIM, "kg:contentStart", "200"), "Violation"),
    "Claim-contentEnd": (replace(CLAIM, "kg:contentEnd", "160"), "Violation"),
    "Claim-content": (delete(CLAIM, "kg:content"), "Violation"),
    "Claim-contentInEvidence": (replace(CLAIM, "kg:contentStart", "10"), "Violation"),
    "Claim-about": (insert(f"{CLAIM} kg:about {ZONE}"), "Violation"),
    "Claim-accuses": (insert(f"{CLAIM} kg:accuses {ZONE}"), "Violation"),
    "Accusation-claimKind": (insert(f"<{SOURCE_DOC}/claim/claim-41> kg:accuses <E/kenya>", f"<{SOURCE_DOC}>"), "Violation"),
    "DescribedSource": (insert(f'<https://example.org/source/1> a kg:DescribedSource ; rdfs:label "residents" ; kg:sourceKind "group" . {CLAIM} kg:speaker <https://example.org/source/1>'), "Violation"),
    "DescribedSource-label": (delete(SOURCE, "rdfs:label"), "Violation"),
    "DescribedSource-sourceKind": (delete(SOURCE, "kg:sourceKind") + " ;\n" + insert(SOURCE + ' kg:sourceKind "crowd"', f"<{SOURCE_DOC}>"), "Violation"),
    "DescribedSource-affiliation": (insert(f"{SOURCE} kg:affiliation <{SOURCE_DOC}/claim/claim-41>", f"<{SOURCE_DOC}>"), "Violation"),
    "DescribedSource-speaks": (delete(f"<{SOURCE_DOC}/claim/claim-41>", "kg:speaker"), "Violation"),
    "Framing": (insert("<D/mention/93-100> a kg:Framing"), "Violation"),
    "Framing-cue": (delete(FRAMING, "kg:cue"), "Violation"),
    "Framing-framedBy": (insert(f"{FRAMING} kg:framedBy {ZONE}"), "Violation"),
    # figures
    "Figure": (insert("<D/mention/93-100> a kg:Figure"), "Violation"),
    "Figure-figureKind": (replace(FIGURE, "kg:figureKind", '"wounded"'), "Violation"),
    "Figure-value": (replace(FIGURE, "kg:value", "-3"), "Violation"),
    "Figure-maxValue": (insert(f'{FIGURE} kg:maxValue "15"'), "Violation"),
    "Figure-qualifier": (replace(FIGURE, "kg:qualifier", '"roughly"'), "Violation"),
    "Figure-counted": (insert(f'{FIGURE} kg:counted "people"'), "Violation"),
    "Figure-attributedTo": (insert(f"{FIGURE} kg:attributedTo {ZONE}"), "Violation"),
    "Figure-measures": (insert(f"{FIGURE} kg:measures <E/russia>"), "Violation"),
    # the corpus graph
    "CanonicalEvent": (insert('<https://example.org/event/x> a kg:CanonicalEvent ; rdfs:label "x"', "<CORPUS>"), "Violation"),
    "CanonicalEvent-label": (delete("?c", "rdfs:label"), "Violation"),
    "CanonicalEvent-members": (delete(EVENT, "kg:canonical"), "Violation"),
    "CanonicalLink": (insert(f"<E/russia> kg:canonical <{CANONICAL}00000000000000000000>", "<CORPUS>"), "Violation"),
    "CanonicalLink-canonical": (insert(f"{EVENT} kg:canonical <{CANONICAL}00000000000000000000>", "<CORPUS>"), "Violation"),
    "Disagreement": (insert(f"<E/russia> a kg:Disagreement ; kg:concerns <{CANONICAL}b74e9a3d02a3a4c1dcc9> ; kg:aspect \"killed\" ; kg:disagreementKind \"compatible\" ; kg:position {POSITION}", "<CORPUS>"), "Violation"),
    "Disagreement-concerns": (delete(DISAGREEMENT, "kg:concerns"), "Violation"),
    "Disagreement-aspect": (replace(DISAGREEMENT, "kg:aspect", '"wounded"', "<CORPUS>"), "Violation"),
    "Disagreement-disagreementKind": (replace(DISAGREEMENT, "kg:disagreementKind", '"conflict"', "<CORPUS>"), "Violation"),
    "Disagreement-position": (insert(f"{DISAGREEMENT} kg:position <E/russia>", "<CORPUS>"), "Violation"),
    "Position": (insert(f"<E/russia> a kg:Position ; rdfs:label \"4\" ; kg:disagreementKind \"compatible\" ; kg:report {FIGURE}", "<CORPUS>"), "Violation"),
    "Position-label": (delete(POSITION, "rdfs:label"), "Violation"),
    "Position-disagreementKind": (replace(POSITION, "kg:disagreementKind", '"conflict"', "<CORPUS>"), "Violation"),
    "Position-report": (insert(f"{POSITION} kg:report <E/russia>", "<CORPUS>"), "Violation"),
}

PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
"""


def update_text(shape: str) -> str:
    """The runnable SPARQL Update of one shape's fixture."""
    update = MUTATIONS[shape][0]
    update = update.replace("<CORPUS>", f"<{CORPUS}>").replace("<ENTITIES>", f"<{ENTITIES}>").replace("<E/", f"<{ENTITY}").replace("<D", f"<{DOC}")
    return PREFIXES + update
