"""Cross-document links, computed block by block from the documents' compact rows.

* **Blocks.** Only events of one type and one year can be reports of one
  real-world event; a block is an event type and a year (the event's date, else
  its article's publication year). Each block is computed on its own, from the
  rows of its events, figures and claims, into its own named graph
  ``graph/corpus/<type>-<year>``; adding or removing documents recomputes only
  the blocks their events fall in. Within a block, candidates are found through
  the anchors they share, so the work grows with the block, not with its square.
* **Canonical events.** Document events refer to one real-world event when they
  have the same type, compatible dates (equal, one undated, or one a prefix of
  the other: ``2023`` and ``2023-09-19``) and share an anchor (a participant,
  the state it belongs to, or a place; an event that names none takes its
  document's most mentioned place). Events are merged with union-find, equal
  dates first, then dates that refine each other, then undated events; a merge
  is refused when the group would hold two events of one document or two
  incompatible dates. Each document event is linked to its canonical event with
  ``kg:canonical``.
* **Disagreements.** A ``kg:Disagreement`` node gathers the differing statements
  of one aspect (a figure kind, or claims) of one canonical event: one node per
  event and aspect, with a ``kg:Position`` per distinct statement made in a
  document and differing from a statement of another document, each with its
  reports (``kg:report``) and whether it contradicts another position
  (``kg:disagreementKind``). For figures of one kind, a statement is an interval
  over a counted group (``kg.rdf.comparison``): disjoint intervals over one group,
  or a group's interval wholly above that of a group it is within, contradict;
  other differing statements of related groups are compatible; unrelated groups
  are not compared. Each statement is decided against per-group extremes, not
  against every other statement, so the work and the quads grow with the
  statements, not with their square. For claims, the denials of one event face
  the assertions and accusations of other speakers in other documents: two
  positions that contradict each other.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import RDF, RDFS

from kg.codes import DisagreementKind
from kg.rdf.comparison import CountedGroups, Extremes, Statement, counted_groups
from kg.rdf.iris import BASE, content_hash
from kg.rdf.rows import ClaimRow, DocumentRows, EventRow, FigureRow
from kg.rdf.vocab import KG

#: The named graphs of the blocks start with this.
CORPUS_GRAPH_PREFIX = f"{BASE}graph/corpus/"


class Position(NamedTuple):
    """One statement of a disagreement: its label, whether it contradicts another position, its reports."""

    label: str
    relation: DisagreementKind
    reports: tuple[str, ...]


_AFFIRMING = frozenset({"assertion", "accusation"})
_TYPE = NamedNode(str(RDF.type))


def corpus_graph(block: str) -> str:
    """The named graph holding a block's canonical events and disagreements."""
    return CORPUS_GRAPH_PREFIX + re.sub(r"[^a-z0-9]+", "-", block.lower()).strip("-")


def corpus_quads(documents: Iterable[DocumentRows]) -> list[Quad]:
    """The quads of every block of these documents (all of them in memory: for small corpora and tests)."""
    events: dict[str, list[tuple[str, EventRow]]] = defaultdict(list)
    figures: dict[str, list[tuple[str, FigureRow]]] = defaultdict(list)
    claims: dict[str, list[tuple[str, ClaimRow]]] = defaultdict(list)
    for rows in documents:
        block_of = {event.iri: event.block for event in rows.events}
        for event in rows.events:
            events[event.block].append((rows.doc, event))
        for figure in rows.figures:
            figures[block_of[figure.event]].append((rows.doc, figure))
        for claim in rows.claims:
            claims[block_of[claim.event]].append((rows.doc, claim))
    return [quad for block in sorted(events) for quad in block_quads(block, events[block], figures[block], claims[block])]


def block_quads(
    block: str,
    events: Sequence[tuple[str, EventRow]],
    figures: Sequence[tuple[str, FigureRow]],
    claims: Sequence[tuple[str, ClaimRow]],
) -> list[Quad]:
    """The canonical events and disagreements of one block, from its (document IRI, row) pairs."""
    graph = NamedNode(corpus_graph(block))
    groups = _canonical_events(events)
    canonical = {}
    quads = []
    for members in groups:
        node = NamedNode(f"{BASE}event/{content_hash(min(event.iri for _, event in members))[:20]}")
        dates = sorted({event.date for _, event in members if event.date}, key=len)
        label = f"{members[0][1].type} {dates[-1]}" if dates else members[0][1].type
        quads.append(Quad(node, _TYPE, NamedNode(KG.CanonicalEvent), graph))
        quads.append(Quad(node, NamedNode(str(RDFS.label)), Literal(label), graph))
        for _, event in members:
            canonical[event.iri] = node
            quads.append(Quad(NamedNode(event.iri), NamedNode(KG.canonical), node, graph))
    groups_lexicon = counted_groups()
    by_kind: dict[tuple[NamedNode, str], list[tuple[str, FigureRow]]] = defaultdict(list)
    for doc, figure in figures:
        if figure.event in canonical:
            by_kind[(canonical[figure.event], figure.kind)].append((doc, figure))
    for (node, kind), figure_reports in sorted(by_kind.items(), key=lambda item: (item[0][0].value, item[0][1])):
        quads += _disagreement(graph, node, kind, _figure_positions(figure_reports, groups_lexicon))
    by_event: dict[NamedNode, list[tuple[str, ClaimRow]]] = defaultdict(list)
    for doc, claim in claims:
        if claim.event in canonical:
            by_event[canonical[claim.event]].append((doc, claim))
    for node, claim_reports in sorted(by_event.items(), key=lambda item: item[0].value):
        quads += _disagreement(graph, node, "claims", _claim_positions(claim_reports))
    return quads


def _disagreement(graph: NamedNode, event: NamedNode, aspect: str, positions: list[Position]) -> list[Quad]:
    """One disagreement node of an event's aspect, with a node per position; none when fewer than two positions."""
    if len(positions) < 2:
        return []
    node = NamedNode(f"{BASE}disagreement/{content_hash(event.value + ' ' + aspect)[:20]}")
    relation = "contradiction" if any(position.relation == "contradiction" for position in positions) else "compatible"
    quads = [
        Quad(node, _TYPE, NamedNode(KG.Disagreement), graph),
        Quad(node, NamedNode(KG.concerns), event, graph),
        Quad(node, NamedNode(KG.aspect), Literal(aspect), graph),
        Quad(node, NamedNode(KG.disagreementKind), Literal(relation), graph),
    ]
    for position in sorted(positions, key=lambda position: min(position.reports)):
        stated = NamedNode(f"{node.value}/position/{content_hash(min(position.reports))[:20]}")
        quads += [
            Quad(node, NamedNode(KG.position), stated, graph),
            Quad(stated, _TYPE, NamedNode(KG.Position), graph),
            Quad(stated, NamedNode(str(RDFS.label)), Literal(position.label), graph),
            Quad(stated, NamedNode(KG.disagreementKind), Literal(position.relation), graph),
        ]
        quads += [Quad(stated, NamedNode(KG.report), NamedNode(report), graph) for report in sorted(position.reports)]
    return quads


def _figure_positions(reports: list[tuple[str, FigureRow]], lexicon: CountedGroups) -> list[Position]:
    """The positions of one event's figures of one kind: each distinct statement that differs from a
    comparable statement of another document, and whether it contradicts one.

    A figure that does not say whose people it counts takes the owner of a figure of its document
    stating the same otherwise ("three soldiers" in a headline, "three of its soldiers" in the text).
    Statements are compared through per-group extremes (:class:`kg.rdf.comparison.Extremes`), so the
    work grows with the number of distinct statements, not with their square.
    """
    wordings: dict[tuple[int, str, str, str | None, int | None], Statement] = {}  # figures worded alike state the same
    statements = []
    for doc, figure in reports:
        wording = (figure.value, figure.qualifier, figure.counted, figure.owner, figure.upper)
        if wording not in wordings:
            wordings[wording] = lexicon.statement(figure.value, figure.qualifier, figure.counted, figure.kind, figure.owner, figure.upper)
        statements.append((doc, figure, wordings[wording]))
    owners: dict[tuple[str, Statement], set[str]] = defaultdict(set)
    for doc, _, statement in statements:
        if statement.owner:
            owners[(doc, statement._replace(owner=""))].add(statement.owner)
    by_statement: dict[Statement, list[tuple[str, FigureRow]]] = defaultdict(list)
    for doc, figure, statement in statements:
        known = owners.get((doc, statement), set())
        if not statement.owner and len(known) == 1:  # "three soldiers" beside "three of its soldiers"
            statement = statement._replace(owner=next(iter(known)))
        by_statement[statement].append((doc, figure))
    stated = {statement: frozenset(doc for doc, _ in found) for statement, found in by_statement.items()}
    extremes = Extremes(lexicon, stated)
    positions = []
    for statement in sorted(by_statement):
        relation = extremes.relation(statement, stated[statement])
        if relation is not None:
            positions.append(Position(lexicon.label(statement), relation, tuple(figure.iri for _, figure in by_statement[statement])))
    return positions


def _claim_positions(reports: list[tuple[str, ClaimRow]]) -> list[Position]:
    """Denials, and the assertions or accusations they face (another document, another speaker): two
    positions that contradict each other, or none."""
    denials = [(doc, claim) for doc, claim in reports if claim.kind == "denial"]
    affirmations = [(doc, claim) for doc, claim in reports if claim.kind in _AFFIRMING]
    denying, affirming = _facing(denials, affirmations), _facing(affirmations, denials)
    if not denying or not affirming:
        return []
    return [Position("denial", "contradiction", tuple(sorted(denying))),
            Position("assertion or accusation", "contradiction", tuple(sorted(affirming)))]


def _facing(mine: list[tuple[str, ClaimRow]], theirs: list[tuple[str, ClaimRow]]) -> set[str]:
    """The claims of ``mine`` that some claim of ``theirs`` faces (other document, other speaker), by counting."""
    pairs = [(doc, speaker) for doc, claim in theirs for speaker in claim.speakers]
    by_doc = Counter(doc for doc, _ in pairs)
    by_speaker = Counter(speaker for _, speaker in pairs)
    by_both = Counter(pairs)
    found = set()
    for doc, claim in mine:
        for speaker in claim.speakers:
            if len(pairs) - by_doc[doc] - by_speaker[speaker] + by_both[(doc, speaker)] > 0:
                found.add(claim.iri)
                break
    return found


class _Groups:
    """Union-find over events, each group knowing its documents and its most specific date."""

    def __init__(self, events: Sequence[tuple[str, EventRow]]) -> None:
        self.parent = {event.iri: event.iri for _, event in events}
        self.docs = {event.iri: {doc} for doc, event in events}
        self.date = {event.iri: event.date for _, event in events}

    def find(self, iri: str) -> str:
        root = iri
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[iri] != root:
            self.parent[iri], iri = root, self.parent[iri]
        return root

    def join(self, first: str, second: str) -> bool:
        """Merge the groups of two events unless that puts two events of a document or clashing dates together."""
        a, b = self.find(first), self.find(second)
        if a == b:
            return True
        if not _compatible(self.date[a], self.date[b]) or not self.docs[a].isdisjoint(self.docs[b]):
            return False
        if len(self.docs[a]) < len(self.docs[b]):
            a, b = b, a
        self.parent[b] = a
        self.docs[a] |= self.docs.pop(b)
        self.date[a] = max(self.date[a] or "", self.date.pop(b) or "", key=len) or None
        return True


def _compatible(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first.startswith(second) or second.startswith(first)


def _canonical_events(events: Sequence[tuple[str, EventRow]]) -> list[list[tuple[str, EventRow]]]:
    """The groups of events that report one real-world event, each sorted by IRI, in order of their first IRI."""
    events = sorted(events, key=lambda pair: pair[1].iri)
    groups = _Groups(events)
    by_anchor: dict[str, dict[str | None, list[str]]] = defaultdict(lambda: defaultdict(list))
    for _, event in events:
        for anchor in event.anchors:
            by_anchor[anchor][event.date].append(event.iri)
    for anchor in sorted(by_anchor):
        dated = by_anchor[anchor]
        heads = {date: _merge_equal(groups, members) for date, members in dated.items()}  # equal dates
        for date in sorted((d for d in heads if d), key=lambda d: (len(d), d)):  # dates that refine each other
            for prefix in (date[:4], date[:7]):
                if prefix != date and prefix in heads:
                    for head in heads[date]:
                        groups.join(heads[prefix][0], head)
        for head in heads.get(None, []):  # undated events join the first dated group that takes them
            for date in sorted(d for d in heads if d):
                if any(groups.join(other, head) for other in heads[date]):
                    break
    members: dict[str, list[tuple[str, EventRow]]] = defaultdict(list)
    for doc, event in events:
        members[groups.find(event.iri)].append((doc, event))
    return sorted(members.values(), key=lambda group: group[0][1].iri)


def _merge_equal(groups: _Groups, members: list[str]) -> list[str]:
    """Merge events of equal date sharing an anchor; returns one event of each resulting group."""
    heads: list[str] = []
    for iri in members:
        if not any(groups.join(head, iri) for head in heads):
            heads.append(iri)
    return heads
