"""Compact rows of one document: what the shared graphs are computed from.

The mapping emits them beside a document's quads, straight from its records, so
the entities graph and the cross-document stage never read the store with
SPARQL. They are plain tuples of strings and numbers: cheap to send between
processes and to keep in the store's index (``kg.index``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityDescription:
    """What one document says an entity is, the part of its row documents vote on (the entities graph
    takes the description most documents give): IRIs, not keys; a place's latitude and longitude as
    ``xsd:decimal`` text, both or none."""

    kind: str
    label: str
    wikidata: str | None = None
    part_of: str | None = None
    coordinates: tuple[str, str] | None = None

    @property
    def rank(self) -> tuple[str, ...]:
        """The order that breaks a tie between descriptions given by as many documents."""
        return (self.kind, self.label, self.wikidata or "", self.part_of or "", *(self.coordinates or ("", "")))


@dataclass(frozen=True)
class EntityRow:
    """How one document refers to an entity: its IRI and key, its description, and the other names it uses."""

    iri: str
    key: str
    description: EntityDescription
    aliases: tuple[str, ...] = ()


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
