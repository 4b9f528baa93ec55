"""Compact rows of one document: what the shared graphs are computed from.

The mapping emits them beside a document's quads, straight from its records, so
the entities graph and the cross-document stage never read the store with
SPARQL. They are plain tuples of strings and numbers: cheap to send between
processes and to keep in the store's index (``kg.index``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityRow:
    """How one document describes an entity it refers to (IRIs, not keys; coordinates as ``xsd:decimal`` text)."""

    iri: str
    key: str
    kind: str
    label: str
    wikidata: str | None = None
    part_of: str | None = None
    aliases: tuple[str, ...] = ()
    lat: str | None = None
    lon: str | None = None


@dataclass(frozen=True)
class EventRow:
    """A document event as the cross-document stage sees it.

    ``anchors`` are the entities that tie it to reports of the same event in
    other documents: participants, the states they belong to, places (or the
    document's most mentioned place when it names none).
    """

    iri: str
    type: str
    date: str | None
    published: str | None
    anchors: tuple[str, ...]

    @property
    def block(self) -> str:
        """The cross-document block: event type and year (of the date, else of publication)."""
        year = (self.date or self.published or "")[:4]
        return f"{self.type}-{year if year.isdigit() else 'undated'}"


@dataclass(frozen=True)
class FigureRow:
    """A figure that measures an event: what it counts as written, the key of the state whose people it
    counts when the text says so, and the upper end of a range."""

    iri: str
    kind: str
    value: int
    qualifier: str
    event: str
    counted: str = ""
    owner: str | None = None
    upper: int | None = None


@dataclass(frozen=True)
class ClaimRow:
    """A claim about an event, with its speakers."""

    iri: str
    kind: str
    speakers: tuple[str, ...]
    event: str


@dataclass(frozen=True)
class DocumentRows:
    """All rows of one document."""

    doc: str
    entities: tuple[EntityRow, ...] = ()
    events: tuple[EventRow, ...] = ()
    figures: tuple[FigureRow, ...] = ()
    claims: tuple[ClaimRow, ...] = ()

    @property
    def blocks(self) -> frozenset[str]:
        """The cross-document blocks this document's events fall in."""
        return frozenset(event.block for event in self.events)
