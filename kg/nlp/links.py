"""The link of a name span to the entity it denotes, with how that was decided and a confidence for each method;
every linking module (``kg.nlp.linking`` and the modules it calls) returns these."""

from __future__ import annotations

from dataclasses import dataclass

from kg.nlp.gazetteer import Gazetteer, GazetteerEntry
from kg.records import Entity

#: Confidence of each linking method (a rough prior, not a calibrated probability).
CONFIDENCE = {"context": 0.7, "gazetteer": 0.95, "gazetteer-pattern": 0.85, "ner+gazetteer": 0.9, "acronym": 0.85, "ner": 0.7, "ner+surname": 0.75, "ner+variant": 0.75}


@dataclass(frozen=True)
class Link:
    """The entity a span denotes and how that was decided."""

    entity: Entity
    method: str
    confidence: float


def entry_link(entry: GazetteerEntry, method: str, gazetteer: Gazetteer) -> Link:
    """The link to a gazetteer entry, decided by ``method``."""
    return Link(gazetteer.entity(entry), method, CONFIDENCE[method])
