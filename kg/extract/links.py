"""Links between the records of one document.

* A figure is attributed to the speakers of the claim whose evidence carries it.
* A figure measures the nearest event mentioned in its sentence whose type can be
  measured by a figure of its kind (``measures`` in ``lexicons/figures.yaml``:
  deaths measure an explosion or attack before a whole operation); a figure with
  none in its sentence measures the story's main event of a type its kind can measure
  (the first such event the story reports as happened: "Talks resumed. A strike hit
  the market. ... Medics said 12 died" links the 12 to the strike).
* A figure counts the people of a state when a demonym among its counted words names
  one ("seven Azerbaijani police officers"), or when they follow a possessive
  ("six of its citizens") and its source is a state or a body of one.
* A claim is about the events mentioned inside its content.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from kg.codes import EventType, Modality
from kg.extract.figures.lexicon import figure_lexicon
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.intervals import containing
from kg.records import Claim, Entity, Event, EventMention, Figure

#: Modalities of events a story reports as facts.
_FACTUAL: frozenset[Modality] = frozenset({"happened", "announced"})


def link_figures(figures: list[Figure], claims: list[Claim], events: list[Event]) -> list[Figure]:
    """The figures with their sources (claim speakers) and the events they measure."""
    at = [figure.start for figure in figures]
    carriers = containing([(claim.evidence_start, claim.evidence_end) for claim in claims], at)
    mentions = [(event, mention) for event in events for mention in event.mentions]
    sentences = containing([(mention.evidence_start, mention.evidence_end) for _, mention in mentions], at)
    factual = _factual_by_position(events)
    linked = []
    for figure, holders, around in zip(figures, carriers, sentences):
        carrier = next((claims[i] for i in holders if figure.end <= claims[i].evidence_end), None)
        measures = figure_lexicon().measures.get(figure.kind, ())
        measured = _measured_event(figure, [mentions[i] for i in around], measures)
        main = next((event.id for event in factual if event.type in measures), None)
        linked.append(dataclasses.replace(
            figure,
            attributed_to=carrier.speakers if carrier else figure.attributed_to,
            event=measured or main,
        ))
    return linked


def own_figure(figure: Figure, gazetteer: Gazetteer, entity_of: Callable[[str], Entity | None]) -> Figure:
    """The figure with the state whose people it counts, when its words or its source say which."""
    words = figure.counted.lower().split()
    for word in words:
        states = gazetteer.states_of_demonym(word)
        if len(states) == 1:
            return dataclasses.replace(figure, owner=gazetteer.entity(gazetteer.entries[states[0]]).key)
    if not words or words[0] not in figure_lexicon().owner_possessives:
        return figure
    owners = set()
    for key in figure.attributed_to:
        entity = entity_of(key)
        if entity is not None and entity.kind == "state":
            owners.add(entity.key)
        elif entity is not None and entity.part_of:
            owners.add(entity.part_of)
    return dataclasses.replace(figure, owner=owners.pop()) if len(owners) == 1 else figure


def _measured_event(figure: Figure, mentions: list[tuple[Event, EventMention]], types: tuple[EventType, ...]) -> str | None:
    """The event of the nearest mention whose sentence holds the figure, of the first type it measures."""
    candidates = [
        (types.index(event.type), min(abs(mention.start - figure.start), abs(mention.end - figure.end)), event.id)
        for event, mention in mentions
        if event.type in types
    ]
    return min(candidates)[2] if candidates else None


def _factual_by_position(events: list[Event]) -> list[Event]:
    """The events reported as happened, by their first mention: the first of a type is the story's main event
    of that type."""
    happened = [event for event in events if event.modality in _FACTUAL]
    return sorted(happened, key=lambda event: min(mention.start for mention in event.mentions))


def link_claims(claims: list[Claim], events: list[Event]) -> list[Claim]:
    """The claims with the events whose mentions fall inside their content."""
    mentions = sorted((mention.start, mention.end, index) for index, event in enumerate(events) for mention in event.mentions)
    starts = [start for start, _, _ in mentions]
    linked = []
    for claim in claims:
        first, last = bisect_left(starts, claim.content_start), bisect_right(starts, claim.content_end)
        inside = sorted({index for _, end, index in mentions[first:last] if end <= claim.content_end})
        linked.append(dataclasses.replace(claim, about_events=tuple(events[index].id for index in inside)))
    return linked
