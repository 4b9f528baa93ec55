"""The report's sections as data for the page: chart data, network, and the rows of each table.

Charts stay bounded whatever the corpus size: below a limit every event (or
figure) is one mark; above it the chart shows counts per day, type and source
(or value ranges per kind and source). Sources beyond the most frequent few
are drawn as "other".
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from kg.query import Row
from kg.report.data import DocumentInfo, integer, item_anchor
from kg.report.network import RELATIONS, ActorNetwork
from kg.timex.calendar import date_range

OTHER = "other"
EVIDENCE_CHARS = 240


@dataclass(frozen=True)
class Limits:
    """How much the index page holds; tables beyond these sizes are read chunk by chunk."""

    chunk_rows: int = 1000  # rows per table chunk file
    timeline_points: int = 5000  # events drawn one by one; above, counts per day, type and source
    figure_points: int = 5000  # figures drawn one by one; above, ranges per kind and source
    network_links: int = 1000  # strongest links drawn in the network
    links_per_edge: int = 20  # claims listed for one network edge
    reports_per_position: int = 20  # reports listed for one position of a disagreement
    sources: int = 20  # sources with their own colour
    map_places: int = 2000  # most mentioned places on the map
    filter_rows: int = 50_000  # a table this small is filtered whole in the browser


def href(item: str, document: DocumentInfo) -> str:
    """The link from the index page to an item on its document's page."""
    return f"docs/{document.page}#{item_anchor(item, document.iri)}"


def _top(counts: Counter[str], size: int) -> set[str]:
    return {value for value, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:size]}


class Timeline:
    """The events timeline: dated events by type and source."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.points: list[dict[str, Any]] = []
        self.counts: Counter[tuple[str, str, str]] = Counter()
        self.sources: Counter[str] = Counter()
        self.undated = 0

    def add(self, row: Row, document: DocumentInfo) -> None:
        if not row["date"]:
            self.undated += 1
            return
        first, last = date_range(str(row["date"]))
        source = document.source
        self.sources[source] += 1
        self.counts[(first, str(row["type"]), source)] += 1
        if len(self.points) < self.limits.timeline_points:
            self.points.append({
                "day": first, "last": last, "date": row["date"], "type": row["type"], "source": source,
                "modality": row["modality"], "agents": row["agents"] or "", "places": row["places"] or "",
                "doc": document.doc_id, "evidence": _shorten(row["evidence"]), "href": href(str(row["event"]), document),
            })

    def payload(self) -> dict[str, Any]:
        dated = sum(self.counts.values())
        shown = _top(self.sources, self.limits.sources)
        focus = focus_window(self.counts)
        if dated <= self.limits.timeline_points:
            items = [{**point, "source": point["source"] if point["source"] in shown else OTHER} for point in self.points]
            return {"mode": "points", "items": items, "dated": dated, "undated": self.undated, "focus": focus}
        merged: Counter[tuple[str, str, str]] = Counter()
        for (day, kind, source), count in self.counts.items():
            merged[(day, kind, source if source in shown else OTHER)] += count
        items = [{"day": day, "type": kind, "source": source, "count": count} for (day, kind, source), count in sorted(merged.items())]
        return {"mode": "counts", "items": items, "dated": dated, "undated": self.undated, "focus": focus}


#: A timeline longer than this opens on its busiest stretch (the whole span stays in the overview strip below).
FOCUS_AFTER_DAYS = 92


def focus_window(counts: Counter[tuple[str, str, str]]) -> list[str] | None:
    """The first and last day of the shortest stretch that holds half the dated events (the latest such).

    None when all events fall within ``FOCUS_AFTER_DAYS`` days, where the whole span is readable.
    """
    days = sorted(dt.date.fromisoformat(day) for (day, _, _), count in counts.items() for _ in range(count))
    if not days or (days[-1] - days[0]).days <= FOCUS_AFTER_DAYS:
        return None
    half = (len(days) + 1) // 2
    start = min(range(len(days) - half + 1), key=lambda i: ((days[i + half - 1] - days[i]).days, -i))
    first, last = days[start] - dt.timedelta(days=1), days[start + half - 1] + dt.timedelta(days=1)
    return [first.isoformat(), last.isoformat()]


class FigureChart:
    """Figures by source: every figure's value by kind, coloured by the source it is attributed to."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.points: list[dict[str, Any]] = []
        self.values: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.sources: Counter[str] = Counter()

    def add(self, row: Row, source: str, link: str) -> None:
        value = integer(row, "value", "figure")
        self.values[(str(row["kind"]), source)].append(value)
        self.sources[source] += 1
        if len(self.points) < self.limits.figure_points:
            self.points.append({
                "kind": row["kind"], "value": value, "qualifier": row["qualifier"] or "exact", "source": source,
                "counted": row["counted"] or "", "text": row["text"], "href": link,
            })

    def payload(self) -> dict[str, Any]:
        total = sum(self.sources.values())
        shown = _top(self.sources, self.limits.sources)
        if total <= self.limits.figure_points:
            items = [{**point, "source": point["source"] if point["source"] in shown else OTHER} for point in self.points]
            return {"mode": "points", "items": items, "total": total}
        merged: dict[tuple[str, str], list[int]] = defaultdict(list)
        for (kind, source), values in self.values.items():
            merged[(kind, source if source in shown else OTHER)].extend(values)
        items = [
            {"kind": kind, "source": source, "min": min(values), "max": max(values),
             "median": statistics.median(values), "count": len(values)}
            for (kind, source), values in sorted(merged.items())
        ]
        return {"mode": "ranges", "items": items, "total": total}


def network_payload(network: ActorNetwork, documents: dict[str, DocumentInfo], limits: Limits) -> dict[str, Any]:
    """The strongest links of the actor network with their actors, and links to the claims behind each."""
    strongest = sorted(network.links, key=lambda link: (-link.weight, link.source, link.target, link.relation))
    links = sorted(strongest[: limits.network_links], key=lambda link: (link.source, link.target, link.relation))
    used = {link.source for link in links} | {link.target for link in links}
    nodes = [{"id": a.iri, "label": a.label, "kind": a.kind, "documents": a.documents} for a in network.actors if a.iri in used]
    edges = []
    for number, link in enumerate(links):
        shown = [(item, documents[doc]) for item, doc in link.items if doc in documents][: limits.links_per_edge]
        edges.append({
            "id": f"e{number}", "source": link.source, "target": link.target, "relation": link.relation,
            "weight": link.weight, "directed": link.directed,
            "items": [{"href": href(item, doc), "doc": doc.doc_id} for item, doc in shown],
            "more": link.weight - len(shown),
        })
    return {"relations": list(RELATIONS), "nodes": nodes, "edges": edges, "total": len(network.links)}


def claim_row(row: Row, document: DocumentInfo) -> dict[str, Any]:
    """A row of the claims table: speaker, kind, cue, and the evidence in its context with the content marked."""
    evidence = str(row["evidence"])
    start = integer(row, "start", "claim")
    if row["content_start"] is not None and row["content_end"] is not None:
        content_from = max(0, integer(row, "content_start", "claim") - start)
        content_to = max(content_from, integer(row, "content_end", "claim") - start)
    else:
        content_from = content_to = len(evidence)
    return {
        "claim": row["claim"], "speaker": row["speaker_label"] or "(unattributed)", "literal": row["literal_speaker"] or "",
        "kind": row["kind"], "cue": row["cue"] or "", "before": row["before"], "after": row["after"],
        "evidence": [evidence[:content_from], evidence[content_from:content_to], evidence[content_to:]],
        "doc": document.doc_id, "href": href(str(row["claim"]), document),
    }


def figure_row(row: Row, document: DocumentInfo) -> dict[str, Any]:
    """A row of the figures table."""
    return {
        "figure": row["figure"], "source": row["source_label"] or "(unattributed)", "kind": row["kind"],
        "value": integer(row, "value", "figure"), "qualifier": row["qualifier"] or "exact", "counted": row["counted"] or "",
        "event_type": row["event_type"] or "", "text": row["text"], "doc": document.doc_id,
        "href": href(str(row["figure"]), document),
    }


def event_row(row: Row, document: DocumentInfo) -> dict[str, Any]:
    """A row of the events table."""
    return {
        "event": row["event"], "date": row["date"] or "", "type": row["type"], "modality": row["modality"] or "",
        "agents": row["agents"] or "", "places": row["places"] or "", "evidence": _shorten(row["evidence"]),
        "doc": document.doc_id, "href": href(str(row["event"]), document),
    }


def document_row(document: DocumentInfo) -> dict[str, Any]:
    """A row of the documents table."""
    return {
        "doc": document.doc_id, "title": document.title or "", "published": document.published or "",
        "outlet": document.outlet or "", "author": document.author or "", "duplicate_of": document.duplicate_of or "",
        "events": document.events, "claims": document.claims, "figures": document.figures,
        "href": f"docs/{document.page}",
    }


def report_position(
    rows: list[Row], documents: dict[str, DocumentInfo], limit: int, owners: dict[str, str] | None = None,
) -> tuple[str, dict[str, Any]] | None:
    """One position of a disagreement (the query rows of its reports) with at most ``limit`` of its reports,
    and the graph's classification: contradiction or compatible.

    ``owners`` names entities by ``kg:key``: the key that ends a statement ("6 citizens of Q227") is shown
    as that entity's label ("6 citizens of Azerbaijan").
    """
    reports = []
    for row in rows:
        document = documents.get(str(row["document"]))
        if document is not None:
            reports.append({
                "doc": document.doc_id, "source": row["source"] or "", "value": row["value"] or "",
                "qualifier": row["qualifier"] or "", "text": row["text"] or "", "href": href(str(row["report"]), document),
            })
    if not reports:
        return None
    first = rows[0]
    relation = str(first["relation"])
    return relation, {
        "item_type": first["item_type"], "kind": first["kind"] or "", "relation": relation, "event": first["event"],
        "disagreement": str(first["disagreement"]), "statement": owned_statement(str(first["statement"]), owners or {}),
        "reports": reports[:limit], "more": max(0, len(reports) - limit),
    }


def owned_statement(statement: str, owners: dict[str, str]) -> str:
    """A position's statement with the key of the state whose people it counts (what follows one of its " of ", the
    first that is a known key: "12 citizens of name:republic of velmora") as that state's label; a key no entity has,
    or a statement with no owner, stays as it is. (The graph keeps the key; `kg query contradictions` shows it.)"""
    start = statement.find(" of ")
    while start >= 0:
        label = owners.get(statement[start + 4:])
        if label is not None:
            return f"{statement[:start]} of {label}"
        start = statement.find(" of ", start + 1)
    return statement


def map_payload(places: list[dict[str, Any]], limits: Limits) -> list[dict[str, Any]]:
    """The most mentioned places that have coordinates."""
    return sorted(places, key=lambda place: (-place["documents"], place["label"]))[: limits.map_places]


def _shorten(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1].rsplit(" ", 1)[0] + "…"
