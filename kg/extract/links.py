"""Links between the records of one document.

* A figure is attributed to the speakers of the claim whose evidence carries it.
* A figure measures the nearest event mentioned in its sentence whose type can be
  measured by a figure of its kind (``measures`` in ``lexicons/figures.yaml``:
  deaths measure an explosion or attack before a whole operation); a figure with
  none in its sentence measures the story's main event (the first one the story
  reports as happened) when its kind can measure that event's type.
* A figure counts the people of a state when a demonym among its counted words names
  one ("seven Azerbaijani police officers"), or when they follow a possessive
  ("six of its citizens") and its source is a state or a body of one.
* A claim is about the events mentioned inside its content.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from kg.codes import Modality
from kg.extract.figures.lexicon import figure_lexicon
from kg.nlp.gazetteer import Gazetteer
from kg.records import Claim, Entity, Event, Figure

#: Modalities of events a story reports as facts.
_FACTUAL: frozenset[Modality] = frozenset({"happened", "announced"})


def link_figure(figure: Figure, claims: list[Claim], events: list[Event]) -> Figure:
    """The figure with its source (claim speakers) and the event it measures."""
    carrier = next((c for c in claims if c.evidence_start <= figure.start and figure.end <= c.evidence_end), None)
    return dataclasses.replace(
        figure,
        attributed_to=carrier.speakers if carrier else figure.attributed_to,
        event=_measured_event(figure, events) or _main_event(figure, events),
    )


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


def _measured_event(figure: Figure, events: list[Event]) -> str | None:
    types = figure_lexicon().measures.get(figure.kind, ())
    candidates = []
    for event in events:
        if event.type not in types:
            continue
        for mention in event.mentions:
            if mention.evidence_start <= figure.start < mention.evidence_end:
                distance = min(abs(mention.start - figure.start), abs(mention.end - figure.end))
                candidates.append((types.index(event.type), distance, event.id))
    return min(candidates)[2] if candidates else None


def _main_event(figure: Figure, events: list[Event]) -> str | None:
    """The story's main event (its first event reported as happened), if a figure of this kind measures its type."""
    happened = [event for event in events if event.modality in _FACTUAL]
    if not happened:
        return None
    main = min(happened, key=lambda event: min(mention.start for mention in event.mentions))
    return main.id if main.type in figure_lexicon().measures.get(figure.kind, ()) else None


def link_claim(claim: Claim, events: list[Event]) -> Claim:
    """The claim with the events whose mentions fall inside its content."""
    about = tuple(
        event.id
        for event in events
        if any(claim.content_start <= m.start and m.end <= claim.content_end for m in event.mentions)
    )
    return dataclasses.replace(claim, about_events=about)
