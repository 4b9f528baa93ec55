"""Extraction records: the plain data that flows from ingest and NLP to RDF.

Offsets are character offsets (Unicode code points, end exclusive). Zones and
metadata spans point into a document's *visible* text (identical to the input
for plain text and JSON Lines); mentions and everything extracted from them
point into the *original input text*, so that ``source.text[start:end]`` is
always the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, get_args

from kg.codes import ClaimKind, EventType, FigureKind, Granularity, Modality, Qualifier, SourceKind, ZoneKind

#: Entity kinds of GUIDELINES section 3 (each an ontology class: ``kg.rdf.vocab.CLASS_BY_KIND``).
EntityKind = Literal["person", "organization", "state", "armed_group", "place"]
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
#: The kinds of entity that fight: states and armed groups (the sides of events, the targets of accusations).
BELLIGERENT_KINDS: frozenset[EntityKind] = frozenset({"state", "armed_group"})



@dataclass(frozen=True)
class SourceDocument:
    """One input article as read from disk, before any analysis.

    Attributes:
        doc_id: The file's path relative to the folder given (its name when the
            file was given itself), or the ``id`` of a JSON Lines record.
        path: Where it was read from (for JSON Lines: ``file:line``).
        text: The original input text (the decoded file, or the record's ``text``).
        visible: For HTML, the visible text; otherwise ``text`` (a leading
            byte-order mark blanked to a space).
        visible_offsets: For HTML, ``visible_offsets[i]`` is the offset in ``text``
            of ``visible[i]``; ``None`` when offsets in ``visible`` are offsets in ``text``.
        metadata: Metadata given with the input (JSON Lines ``url``, ``title``,
            ``published``, ``outlet``, ``author``); it wins over what the text says.
    """

    doc_id: str
    path: str
    text: str
    visible: str
    visible_offsets: tuple[int, ...] | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``visible`` to offsets in ``text``."""
        if self.visible_offsets is None:
            return start, end
        if end <= start:
            raise ValueError(f"empty span {start}:{end}")
        return self.visible_offsets[start], self.visible_offsets[end - 1] + 1


@dataclass(frozen=True)
class Zone:
    """A region of the visible text with its kind and why."""

    start: int
    end: int
    kind: ZoneKind
    reason: str


@dataclass(frozen=True)
class DocumentMetadata:
    """What the ingest layer learned about a document.

    ``published`` is an ISO date (``YYYY-MM-DD``) or ``None``; the ``*_span``
    fields are visible-text offsets of the statement it was read from.
    ``opinion`` says the article is an opinion piece or analysis signed by its
    author, whose first-person statements are then the author's claims.
    """

    title: str | None = None
    published: str | None = None
    published_span: tuple[int, int] | None = None
    author: str | None = None
    author_span: tuple[int, int] | None = None
    outlet: str | None = None
    url: str | None = None
    opinion: bool = False


@dataclass
class IngestedDocument:
    """A source document split into zones, with metadata and duplicate link.

    ``noise`` holds the ``[start, end)`` spans of the visible text that the parser
    must not see (long punctuation runs, over-long words; ``kg.ingest.noise``).
    """

    source: SourceDocument
    zones: list[Zone]
    metadata: DocumentMetadata
    duplicate_of: str | None = None
    noise: tuple[tuple[int, int], ...] = ()

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    def analysis_text(self) -> str:
        """The visible text with every non-article zone and every noise span blanked out, and
        the line breaks that only hard-wrap a sentence read as spaces (``kg.ingest.text.unwrapped``).

        Their characters become spaces (other newlines are kept), so the result has the
        same length as ``source.visible`` and every offset into it is an offset
        into the visible text. Tabs and the other spaces of ``_SAME_WIDTH`` read as plain spaces, and
        the spaces of a run of white space with a line break come after its line breaks ("said.  \\n\\n"
        reads "said.\\n\\n  "), so trailing spaces leave the word before them as the parser sees it.
        """
        from kg.ingest.text import unwrapped  # kg.ingest imports this module

        chars = list(unwrapped(self.source.visible))
        spans = [(zone.start, zone.end) for zone in self.zones if zone.kind != "article"]
        for start, end in [*spans, *self.noise]:
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
        return _LINE_BREAK_RUN.sub(_breaks_first, "".join(chars).translate(_SAME_WIDTH))


def _breaks_first(run: re.Match[str]) -> str:
    """A run of white space with a line break, from its first stretch of spaces ended by a line break on: its line
    breaks first and its spaces after them (same length)."""
    text = run.group()
    start = 0
    for stretch in text.split("\n")[:-1]:
        if " " in stretch:
            rest = text[start:]
            return text[:start] + rest.replace(" ", "") + " " * rest.count(" ")
        start += len(stretch) + 1
    return text


#: Characters the analysis reads as their plain forms, one for one (offsets are unchanged): the
#: non-breaking and Unicode hyphens ("Nagorno‑Karabakh"), tabs, the no-break spaces and the other
#: fixed-width spaces of Unicode (U+2000 to U+200A, U+205F, U+3000).
_SAME_WIDTH = str.maketrans(
    {"\u2010": "-", "\u2011": "-", "\t": " ", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u205f": " ", "\u3000": " "}
    | {chr(code): " " for code in range(0x2000, 0x200B)}
)
#: A whole run of white space with a line break, matched from its first character only (the lookbehind keeps the
#: match linear: a long run of spaces with no line break, as a blanked comment leaves, is tried once, not at each space).
_LINE_BREAK_RUN = re.compile(r"(?<!\s)\s*\n\s*")


@dataclass(frozen=True)
class Entity:
    """A real-world entity: a gazetteer entry or an unknown named entity.

    ``key`` is the scoring key of GUIDELINES section 2: the Wikidata QID when
    known, else ``name:`` + the lower-cased canonical name. ``part_of`` is the key
    of the state a governmental body or armed force belongs to. ``lat`` and ``lon``
    are a place's WGS 84 coordinates in decimal degrees, when the gazetteer has them.
    """

    key: str
    label: str
    kind: EntityKind
    qid: str | None = None
    gazetteer_id: str | None = None
    part_of: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Mention:
    """A span of text that names an entity.

    ``stands_for`` is the key of the entity that a metonymic mention acts for
    (``Baku asserted`` -> Azerbaijan), else ``None``.
    """

    start: int
    end: int
    text: str
    entity_key: str
    method: str
    confidence: float
    stands_for: str | None = None


#: Participant roles in an event (each an ontology property of the same name).
Role = Literal["agent", "target", "mediator", "participant"]


#: What a time expression is: a calendar date, a clock time, a duration, a set ("every day") or relative.
TimeKind = Literal["date", "time", "duration", "set", "relative"]

#: What a time expression does in its text: names the time of something (``point``), starts a span
#: ("since March": ``span_start``), ends one ("lasted until 1994": ``span_end``), or dates the article
#: itself (a dateline or the publication date line: ``dateline``). Only a ``point`` dates an event.
TimeRole = Literal["point", "span_start", "span_end", "dateline"]


@dataclass(frozen=True)
class TimeValue:
    """A time expression of a text, normalised: ISO ``value`` at its ``granularity``, with the original text.

    The one time type of kg: ``kg.timex`` finds these, events carry them.

    Attributes:
        start: Offset of the first character in the analysed text.
        end: Offset after the last character (``text == source[start:end]``).
        text: The expression as written.
        value: ISO 8601 value ("2023-09-19", "2023-09", "2023-W37", "2023", "199" for a
            decade, "18" for a century; a part of a day as TIMEX3 writes it, "2023-09-19TMO"),
            or ``None`` exactly when ``granularity`` is ``unresolved``.
        granularity: The grain of ``value``.
        date: The calendar date an event dated by this expression takes, at a grain
            ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` can hold ("2023-09-19", "2023-09",
            "2023"): a part of a day gives its day, a week the month it mostly falls in;
            ``None`` for expressions that date no event (decades, durations, unresolved).
        role: What the expression does in its text (``TimeRole``).
        datetime: ``xsd:dateTime`` when a clock time is tied to a resolved day, e.g.
            "2023-09-20T13:00:00+04:00" (no offset without a zone).
        kind: What the expression is.
        clock: ISO 8601 time of day when a clock time is given, e.g. "13:00:00+04:00".
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity
    datetime: str | None = None
    kind: TimeKind = "date"
    clock: str | None = None
    date: str | None = None
    role: TimeRole = "point"


@dataclass(frozen=True)
class Participant:
    """An entity taking part in an event, with its role."""

    entity_key: str
    role: Role


@dataclass(frozen=True)
class EventMention:
    """One textual mention of an event: the trigger and the sentence it sits in."""

    start: int
    end: int
    text: str
    evidence_start: int
    evidence_end: int
    method: str
    confidence: float


@dataclass
class Event:
    """A real-world event as one document reports it (its mentions are coreferent).

    ``id`` is unique within the document and deterministic (type + first trigger offset).
    """

    id: str
    type: EventType
    mentions: list[EventMention]
    modality: Modality = "happened"
    time: TimeValue | None = None
    participants: list[Participant] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DescribedSource:
    """A speaker the text describes without naming it: a group ("residents", "Ukrainian officials")
    or an anonymous person ("a doctor", "a source in Chad's interior ministry").

    One per description and document: ``id`` is unique within the document, ``label`` is the
    description as first written (white space folded), ``start``/``end``/``text`` that first
    mention. ``affiliation`` is the key of the named entity it belongs to or speaks from ("in/from/of
    X", a nationality, "Hamas officials"), if the text gives one.
    """

    id: str
    kind: SourceKind
    label: str
    start: int
    end: int
    text: str
    affiliation: str | None = None
    method: str = "description"
    confidence: float = 0.7


@dataclass(frozen=True)
class Claim:
    """A proposition the document attributes to a source (GUIDELINES section 5).

    ``speakers`` are entity keys and ``sources`` the described sources among the speakers
    (one claim per speaker is scored; several speakers joined by "and" share one claim). ``literal_speaker`` is the key of the entity
    the text names when it differs from the resolved speaker (a capital or ministry
    standing for a state; a pronoun has none). ``cue`` is the reporting expression;
    ``content`` the reported proposition; ``evidence`` the clause or sentence(s) that
    carry the claim. ``about_entities``/``about_events`` link the content to entity
    keys and event ids of the same document; ``accused``, of an accusation, the entity keys of the parties it
    lays the act at the door of (sorted; empty when the text names no doer, and for other kinds).
    """

    id: str
    kind: ClaimKind
    speakers: tuple[str, ...]
    cue_start: int
    cue_end: int
    cue: str
    content_start: int
    content_end: int
    evidence_start: int
    evidence_end: int
    method: str
    confidence: float
    literal_speaker: str | None = None
    speaker_text: str | None = None
    about_entities: tuple[str, ...] = ()
    about_events: tuple[str, ...] = ()
    sources: tuple[DescribedSource, ...] = ()
    accused: tuple[str, ...] = ()


@dataclass(frozen=True)
class Framing:
    """A label a source puts on something: scare quotes or "what it calls" (not a claim)."""

    start: int
    end: int
    text: str
    source: str | None
    cue: str
    method: str = "framing-rule"
    confidence: float = 0.8


@dataclass(frozen=True)
class Figure:
    """A number the conflict is measured by (GUIDELINES section 6).

    ``owner`` is the key of the state whose people it counts, when the text says so ("seven
    Azerbaijani police officers", "six of its citizens"); the cross-document stage compares it.
    ``upper`` is the upper end of a range ("between 10 and 15": ``value`` 10, ``at_least``, ``upper`` 15).
    """

    id: str
    kind: FigureKind
    value: int
    qualifier: Qualifier
    start: int
    end: int
    text: str
    counted: str
    method: str
    confidence: float
    attributed_to: tuple[str, ...] = ()
    event: str | None = None
    owner: str | None = None
    upper: int | None = None


@dataclass
class DocumentAnalysis:
    """Everything extracted from one document: the input to the RDF mapping."""

    document: IngestedDocument
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    framings: list[Framing] = field(default_factory=list)
