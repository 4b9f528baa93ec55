"""Cross-document links, kept in one corpus graph beside the document graphs.

* **Canonical events.** Document-level events refer to one real-world event when
  they have the same type, compatible dates (equal, one undated, or one a prefix
  of the other: ``2023`` and ``2023-09-19``) and share a participant or place.
  A participant counts together with the state it belongs to (an army with its
  state); an event that names no participant or place takes its document's most
  mentioned place. Each document event is linked to its canonical event with
  ``kg:canonical``; both are kept.
* **Contradictions.** Two figures of the same kind from different documents
  that measure the same canonical event but give different values contradict
  each other; so do a denial and an assertion or accusation by different
  speakers about the same canonical event.

The links are computed from SPARQL rows, so the same code serves a build's new
graphs and everything already in a store.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS

from kg.rdf.iris import BASE, content_hash
from kg.rdf.vocab import KG

CORPUS_GRAPH = f"{BASE}graph/corpus"

_PREFIX = "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"

_EVENTS = _PREFIX + """
SELECT DISTINCT ?doc ?published ?event ?class ?date WHERE {
  ?event a kg:Event , ?class ; kg:inDocument ?document .
  ?document kg:docId ?doc .
  OPTIONAL { ?document kg:published ?published . }
  FILTER (?class != kg:Event && STRSTARTS(STR(?class), STR(kg:)))
  OPTIONAL { ?event kg:date ?date . }
}"""

# What ties an event to others: its participants, the states they belong to, its places.
_ANCHORS = _PREFIX + """
SELECT DISTINCT ?event ?anchor WHERE { ?event kg:participant|kg:agent|kg:target|kg:mediator|kg:place ?anchor . }"""

_ANCHOR_STATES = _PREFIX + """
SELECT DISTINCT ?event ?anchor WHERE { ?event kg:participant|kg:agent|kg:target|kg:mediator ?actor . ?actor kg:partOf ?anchor . }"""

_MAIN_PLACES = _PREFIX + """
SELECT ?doc ?place (COUNT(?mention) AS ?mentions) WHERE {
  ?mention a kg:Mention ; kg:inDocument/kg:docId ?doc ; kg:denotes ?place .
  ?place a kg:Place .
} GROUP BY ?doc ?place"""

_DOC_IDS = _PREFIX + "SELECT DISTINCT ?doc WHERE { ?document a kg:Document ; kg:docId ?doc . }"

_FIGURES = _PREFIX + """
SELECT ?doc ?figure ?kind ?value ?event WHERE {
  ?figure a kg:Figure ; kg:inDocument/kg:docId ?doc ; kg:figureKind ?kind ; kg:value ?value ; kg:measures ?event .
}"""

_CLAIMS = _PREFIX + """
SELECT ?doc ?claim ?kind ?speaker ?event WHERE {
  ?claim a kg:Claim ; kg:inDocument/kg:docId ?doc ; kg:claimKind ?kind ; kg:speaker ?speaker ; kg:about ?event .
  ?event a kg:Event .
}"""


@dataclass
class _Event:
    doc: str
    iri: str
    type: str
    date: str | None
    published: str | None
    anchors: set[str] = field(default_factory=set)


def corpus_quads(new: ox.Store, existing: ox.Store | None = None) -> list[ox.Quad]:
    """The corpus graph over the documents of ``new`` and those of ``existing`` that ``new`` does not replace."""
    sources: _Sources = [(new, frozenset())]
    if existing is not None:
        replaced = frozenset(row["doc"] for row in _rows([(new, frozenset())], _DOC_IDS))
        sources.append((existing, replaced))
    events = _events(sources)
    canonical = _canonical_events(events)
    graph = ox.NamedNode(CORPUS_GRAPH)
    quads = []
    for event_iri, canonical_iri in sorted(canonical.items()):
        quads.append(ox.Quad(ox.NamedNode(event_iri), ox.NamedNode(KG.canonical), ox.NamedNode(canonical_iri), graph))
    for canonical_iri in sorted(set(canonical.values())):
        quads.append(ox.Quad(ox.NamedNode(canonical_iri), ox.NamedNode(str(RDF.type)), ox.NamedNode(KG.CanonicalEvent), graph))
    members: dict[str, list[_Event]] = defaultdict(list)
    for event in events.values():
        members[canonical[event.iri]].append(event)
    for canonical_iri, group in members.items():
        first = min(group, key=lambda e: e.iri)
        dates = sorted({e.date for e in group if e.date}, key=len)
        label = f"{first.type} {dates[-1]}" if dates else first.type
        quads.append(ox.Quad(ox.NamedNode(canonical_iri), ox.NamedNode(str(RDFS.label)), ox.Literal(label), graph))
    contradicting = _contradicting_figures(sources, canonical) | _contradicting_claims(sources, canonical)
    for one, other in sorted(contradicting):
        quads.append(ox.Quad(ox.NamedNode(one), ox.NamedNode(KG.contradicts), ox.NamedNode(other), graph))
        quads.append(ox.Quad(ox.NamedNode(other), ox.NamedNode(KG.contradicts), ox.NamedNode(one), graph))
    return quads


_Sources = list[tuple[ox.Store, frozenset[str]]]


def _rows(sources: _Sources, query: str) -> list[dict[str, Any]]:
    """Rows of a query over each store, without the documents excluded for that store (rows with a ``doc``)."""
    rows = []
    for store, exclude_docs in sources:
        result = store.query(query, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)  # a SELECT query
        names = [v.value for v in result.variables]
        for solution in result:
            row = dict(zip(names, (term.value if term is not None else None for term in solution)))
            if row.get("doc") not in exclude_docs:
                rows.append(row)
    return rows


def _events(sources: _Sources) -> dict[str, _Event]:
    main_place: dict[str, tuple[int, str]] = {}
    for row in _rows(sources, _MAIN_PLACES):
        score = (int(row["mentions"]), row["place"])
        main_place[row["doc"]] = max(main_place.get(row["doc"], score), score)
    events: dict[str, _Event] = {}
    for row in _rows(sources, _EVENTS):
        events[row["event"]] = _Event(row["doc"], row["event"], row["class"].removeprefix(str(KG)), row["date"], row["published"])
    for row in _rows(sources, _ANCHORS) + _rows(sources, _ANCHOR_STATES):
        if row["event"] in events:
            events[row["event"]].anchors.add(row["anchor"])
    for event in events.values():
        if not event.anchors and event.doc in main_place:
            event.anchors.add(main_place[event.doc][1])
    return events


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _distance(first: _Event, second: _Event) -> int:
    """How far apart in years two coreference candidates are: 0 for equal dates."""
    if first.date == second.date:
        return 0
    dated, undated = (first, second) if first.date else (second, first)
    reference = _year(undated.published)
    if reference is None or _year(dated.date) is None:
        return 5
    return abs((_year(dated.date) or reference) - reference)


def _compatible(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first.startswith(second) or second.startswith(first)


def _canonical_events(events: dict[str, _Event]) -> dict[str, str]:
    """Event IRI → canonical event IRI.

    Pairs that satisfy the coreference rule are merged, closest in time first
    (equal dates, then an undated event with the dated event nearest its
    article's publication year); a merge is refused when the cluster would hold
    two events of one document or two incompatible dates (an undated event never
    bridges 2020 and 2023).
    """
    clusters = {iri: [event] for iri, event in events.items()}
    home = {iri: iri for iri in events}
    by_type: dict[str, list[_Event]] = defaultdict(list)
    for event in sorted(events.values(), key=lambda e: e.iri):
        by_type[event.type].append(event)
    pairs = [
        (_distance(first, second), first.iri, second.iri)
        for group in by_type.values()
        for i, first in enumerate(group)
        for second in group[i + 1 :]
        if first.doc != second.doc and _compatible(first.date, second.date) and first.anchors & second.anchors
    ]
    for _, first, second in sorted(pairs):
        a, b = home[first], home[second]
        if a == b:
            continue
        merged = clusters[a] + clusters[b]
        dates = {e.date for e in merged if e.date}
        if len({e.doc for e in merged}) < len(merged) or not all(_compatible(x, y) for x in dates for y in dates):
            continue
        clusters[a] = merged
        for event in clusters.pop(b):
            home[event.iri] = a
    canonical = {}
    for members in clusters.values():
        name = f"{BASE}event/{content_hash(min(e.iri for e in members))[:20]}"
        for event in members:
            canonical[event.iri] = name
    return canonical


def _contradicting_figures(sources: _Sources, canonical: dict[str, str]) -> set[tuple[str, str]]:
    by_event: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in _rows(sources, _FIGURES):
        if row["event"] in canonical:
            by_event[(canonical[row["event"]], row["kind"])].append(row)
    pairs = set()
    for rows in by_event.values():
        for a in rows:
            for b in rows:
                if a["doc"] < b["doc"] and int(a["value"]) != int(b["value"]):
                    pairs.add(tuple(sorted((a["figure"], b["figure"]))))
    return pairs


def _contradicting_claims(sources: _Sources, canonical: dict[str, str]) -> set[tuple[str, str]]:
    by_event: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(sources, _CLAIMS):
        if row["event"] in canonical:
            by_event[canonical[row["event"]]].append(row)
    pairs = set()
    for rows in by_event.values():
        for a in rows:
            for b in rows:
                if (
                    a["doc"] != b["doc"]
                    and a["speaker"] != b["speaker"]
                    and a["kind"] == "denial"
                    and b["kind"] in ("assertion", "accusation")
                ):
                    pairs.add(tuple(sorted((a["claim"], b["claim"]))))
    return pairs
