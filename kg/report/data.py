"""What the report shows, read from the graph through ``queries/report/*.rq``.

Every query runs over the union default graph, so an entity's label and class
are found wherever they are stored (in each document graph or in one shared
graph). Entity labels are read once (``entities``) and looked up in Python,
rather than joined into every per-document query.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import GraphValueError, ReportError
from kg.query import Row, load_query
from kg.rdf.iris import content_hash, slug

KG_NS = "https://w3id.org/kg-news/ontology#"

#: How many characters of context the claims query returns on each side of the evidence.
CONTEXT_CHARS = 200


@dataclass(frozen=True)
class Entity:
    """An actor or place: label, class name (``State``, ``Place``, ...), the documents that mention it and its
    ``kg:key`` (a QID or ``name:...``)."""

    iri: str
    label: str
    kind: str
    documents: int
    key: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """A document's identity and metadata, and where its page is in the report."""

    iri: str
    doc_id: str
    title: str | None
    published: str | None
    outlet: str | None
    author: str | None
    url: str | None
    duplicate_of: str | None
    events: int
    claims: int
    figures: int

    @property
    def page(self) -> str:
        """The file name of the document's page: a readable slug of its id plus a hash of its IRI."""
        return f"{slug(self.doc_id, empty='document')[:60]}-{content_hash(self.iri)[:8]}.html"

    @property
    def source(self) -> str:
        """Who published it: the outlet, else the document id."""
        return self.outlet or self.doc_id


@dataclass(frozen=True)
class Zone:
    """A zone of a document's text: the article, or a kind of site clutter."""

    kind: str
    reason: str
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    """One extracted item's span in a document's text.

    ``anchor`` names the item within its document page (shared by an event's
    triggers, and by a claim's evidence and content spans); ``layer`` is
    mention, event, claim, content, figure, framing or time.
    """

    anchor: str
    layer: str
    kind: str
    start: int
    end: int
    label: str
    detail: str


@dataclass(frozen=True)
class DocumentView:
    """Everything a document page shows."""

    info: DocumentInfo
    text: str
    zones: tuple[Zone, ...]
    spans: tuple[Span, ...]


def item_anchor(item: str, document: str) -> str:
    """The name of an item within its document page: its IRI after the document's IRI (``claim/claim-12``)."""
    prefix = document + "/"
    return item[len(prefix):] if item.startswith(prefix) else content_hash(item)[:16]


def entities(store: ox.Store) -> dict[str, Entity]:
    """Every actor and place by IRI."""
    return {
        str(row["entity"]): Entity(str(row["entity"]), str(row["label"]), str(row["kind"]), _int(row["documents"]),
                                     str(row["key"]) if row["key"] is not None else None)
        for row in query_rows(store, "entities")
    }


def documents(store: ox.Store) -> list[DocumentInfo]:
    """Every document with its metadata and counts, by document id."""
    return [
        DocumentInfo(
            iri=str(row["document"]), doc_id=str(row["doc"]), title=row["title"], published=row["published"],
            outlet=row["outlet"], author=row["author"], url=row["url"], duplicate_of=row["duplicate_of"],
            events=_int(row["events"]), claims=_int(row["claims"]), figures=_int(row["figures"]),
        )
        for row in query_rows(store, "documents")
    ]


def events(store: ox.Store) -> Iterator[Row]:
    """Every document-level event: type, modality, date, agents, places, evidence, canonical event."""
    return query_rows(store, "events")


def claims(store: ox.Store) -> Iterator[Row]:
    """Every claim and speaker, by speaker label, with the text around its evidence (``before``, ``after``)."""
    for row in query_rows(store, "claims"):
        row["before"], row["after"] = _context(row["before"] or "", row["after"] or "")
        yield row


def figures(store: ox.Store) -> Iterator[Row]:
    """Every figure and source, by source label."""
    return query_rows(store, "figures")


def contradictions(store: ox.Store) -> Iterator[Row]:
    """Every report of a position of a ``kg:Disagreement``, with the position's kind, by disagreement and position."""
    return query_rows(store, "contradictions")


def places(store: ox.Store) -> list[dict[str, Any]]:
    """Places with WGS 84 coordinates (``geo:lat``/``geo:long``); coordinates that are not numbers are skipped."""
    found = []
    for row in query_rows(store, "places"):
        try:
            lat, long = float(str(row["lat"])), float(str(row["long"]))
        except ValueError:
            continue
        if -90 <= lat <= 90 and -180 <= long <= 180:
            found.append({"place": row["place"], "label": row["label"], "lat": lat, "long": long,
                          "documents": _int(row["documents"]), "events": _int(row["events"])})
    return found


def document_view(store: ox.Store, info: DocumentInfo, labels: dict[str, Entity]) -> DocumentView:
    """A document's text, zones and every extracted span, with entity labels from ``labels``."""
    params = {"doc": info.iri}
    text = next((str(row["text"]) for row in query_rows(store, "document", params)), "")
    zones = tuple(
        Zone(str(row["kind"]), row["reason"] or "", integer(row, "start", "zone"), integer(row, "end", "zone"))
        for row in query_rows(store, "zones", params)
    )
    grouped: dict[str, list[Row]] = {}
    for row in query_rows(store, "spans", params):
        grouped.setdefault(str(row["node"]), []).append(row)
    spans = tuple(span for rows in grouped.values() for span in _spans(info.iri, rows, labels))
    return DocumentView(info, text, zones, spans)


#: The layer of each class of node that has a span.
_LAYERS = {
    f"{KG_NS}Mention": "mention", f"{KG_NS}EventMention": "event", f"{KG_NS}Claim": "claim",
    f"{KG_NS}Figure": "figure", f"{KG_NS}Framing": "framing", f"{KG_NS}TimeExpression": "time",
}


def _spans(document: str, rows: list[Row], labels: dict[str, Entity]) -> list[Span]:
    """The spans of one node from its query rows (one per combination of its values), labelled for display."""
    first = rows[0]
    layer = _LAYERS[str(first["class"])]
    start, end = integer(first, "start", "node"), integer(first, "end", "node")
    anchor = item_anchor(str(first["node"]), document)
    names = "; ".join(sorted({
        labels[str(row["entity"])].label if row["entity"] in labels else str(row["described"])
        for row in rows if row["entity"] in labels or row["described"]
    }))  # a listed entity's label, else a described source's ("A resident of X", not the claim's "he")
    kind, value, note = first["node_kind"] or "", first["node_value"] or "", first["node_note"] or ""
    if layer == "mention":
        entity = labels.get(str(first["entity"]))
        stands_for = labels.get(str(first["stands_for"]))
        return [Span(anchor, layer, entity.kind if entity else "Entity", start, end, names or str(first["entity"]),
                     f"stands for {stands_for.label}" if stands_for else "")]
    if layer == "event":
        event = str(first["event"])
        types = sorted({str(row["event_class"]) for row in rows if row["event_class"]} - {f"{KG_NS}Event"})
        event_type = types[0].removeprefix(KG_NS) if types else "Event"
        return [Span(item_anchor(event, document), layer, event_type, start, end, first["date"] or "", first["modality"] or "")]
    if layer == "claim":
        claim = Span(anchor, layer, kind, start, end, names or value or "unattributed", note)
        if first["content_start"] is None or first["content_end"] is None:
            return [claim]
        content = Span(anchor, "content", kind, integer(first, "content_start", "node"), integer(first, "content_end", "node"), claim.label, note)
        return [claim, content]
    if layer == "figure":
        return [Span(anchor, layer, kind, start, end, value, "; ".join(filter(None, [note, names])))]
    if layer == "framing":
        return [Span(anchor, layer, "framing", start, end, names, note)]
    return [Span(anchor, layer, kind or layer, start, end, value, "")]


def _context(before: str, after: str) -> tuple[str, str]:
    """The text around an evidence span, cut at line breaks and whole words (``…`` where cut short)."""
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    elif len(before) >= CONTEXT_CHARS:
        before = "…" + before.split(" ", 1)[-1]
    if "\n" in after:
        after = after.split("\n", 1)[0]
    elif len(after) >= CONTEXT_CHARS:
        after = after.rsplit(" ", 1)[0] + "…"
    return before, after


def query_rows(store: ox.Store, name: str, params: dict[str, str] | None = None) -> Iterator[Row]:
    """The rows of a report query as plain strings, one at a time (a report reads whole-corpus tables)."""
    query = load_query(f"report/{name}")
    solutions = store.query(query.bind(params or {}), use_default_graph_as_union=True)
    if not isinstance(solutions, ox.QuerySolutions):
        raise ReportError(f"{query.name}: a report query must be a SELECT query")
    columns = [variable.value for variable in solutions.variables]
    for solution in solutions:
        yield {column: (term.value if term is not None else None) for column, term in zip(columns, solution)}


def _int(value: str | None) -> int:
    return int(value) if value else 0


def integer(row: Row, column: str, node: str) -> int:
    """The integer in ``column`` of a report row about ``node`` (an offset, a figure's value); 0 where it has none.

    Raises:
        GraphValueError: The value is no integer (a graph kg did not write: "abc"^^xsd:integer, "10.5"^^xsd:decimal),
            named with its node, where ``int`` stopped the report with a traceback.
    """
    value = row[column]
    if not value:
        return 0
    try:
        return int(value)
    except ValueError:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise GraphValueError(
            f"{row[node]}: {column} {shown!r} is not an integer "
            "(kg validate lists every such value)"
        ) from None
