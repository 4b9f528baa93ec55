"""The actor network: who accused, denied, demanded or talked with whom.

One directed edge per (source actor, target actor, relation), weighted by the
number of claims (or talks events) behind it; ``talked-with`` is symmetric and
stored once, source before target. The report draws it and ``kg export
--graphml/--gexf`` writes it for Gephi, from the same ``ActorNetwork``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.report.data import Entity, entities, query_rows

#: Edge relations, in display order, and whether each is directed.
RELATIONS = {"accused": True, "denied": True, "demanded": True, "talked-with": False}


@dataclass(frozen=True)
class Link:
    """A network edge: ``weight`` claims (or talks events) of one relation from ``source`` to ``target``.

    ``items`` are the claims or events behind it, each as (item IRI, document IRI).
    """

    source: str
    target: str
    relation: str
    items: tuple[tuple[str, str], ...]

    @property
    def weight(self) -> int:
        return len(self.items)

    @property
    def directed(self) -> bool:
        return RELATIONS[self.relation]


@dataclass(frozen=True)
class ActorNetwork:
    """The actors that take part in a link, and the links, both sorted by IRI."""

    actors: tuple[Entity, ...]
    links: tuple[Link, ...]


def actor_network(store: ox.Store, known: dict[str, Entity] | None = None) -> ActorNetwork:
    """The actor network of the graph (default graph = the union of the document graphs).

    Args:
        store: The graph.
        known: The entities by IRI, when already read (``kg.report.data.entities``).
    """
    items: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for row in query_rows(store, "network"):
        items[(str(row["source"]), str(row["target"]), str(row["relation"]))].add((str(row["item"]), str(row["document"])))
    links = tuple(Link(source, target, relation, tuple(sorted(found))) for (source, target, relation), found in sorted(items.items()))
    known = entities(store) if known is None else known
    linked = sorted({link.source for link in links} | {link.target for link in links})
    return ActorNetwork(tuple(known[iri] for iri in linked if iri in known), links)
