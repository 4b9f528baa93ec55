"""The shared entities graph: each entity described once, from how the documents describe it.

Documents may describe one entity differently (an unknown name read as a person
in one article and as an organisation in another). The description kept is the
one most documents give, ties going to the smallest (kind, label, Wikidata,
part-of, coordinates) in code-point order, so it depends on the set of documents only, never
on their order or on how many processes built them. Aliases are every other
name the documents use for it; a place the gazetteer locates has its WGS 84
coordinates (``geo:lat``, ``geo:long``). An entity no document refers to any
more has no description.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from pyoxigraph import Literal, NamedNode, Quad, Store
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.rdf.iris import BASE
from kg.rdf.rows import EntityRow
from kg.rdf.vocab import CLASS_BY_KIND, KG

ENTITIES_GRAPH = f"{BASE}graph/entities"

_GRAPH = NamedNode(ENTITIES_GRAPH)
#: W3C WGS84 Geo Positioning vocabulary: a place's latitude and longitude in decimal degrees.
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
_GEO_LAT = NamedNode(GEO + "lat")
_GEO_LONG = NamedNode(GEO + "long")
_DECIMAL = NamedNode(str(XSD.decimal))
_ENTITY_PREFIX = f"{BASE}entity/"


def entity_quads(iri: str, rows: Iterable[EntityRow]) -> list[Quad]:
    """The description of entity ``iri`` given the rows of every document that refers to it (none: no quads)."""
    rows = list(rows)
    if not rows:
        return []
    votes = Counter(row.description for row in rows)
    description = min(votes, key=lambda variant: (-votes[variant], variant.rank))
    kind, label, wikidata, part_of = description.kind, description.label, description.wikidata, description.part_of
    node = NamedNode(iri)
    quads = [
        Quad(node, NamedNode(str(RDF.type)), NamedNode(str(CLASS_BY_KIND[kind])), _GRAPH),
        Quad(node, NamedNode(str(RDFS.label)), Literal(label), _GRAPH),
        Quad(node, NamedNode(str(KG.key)), Literal(min(row.key for row in rows)), _GRAPH),
    ]
    if wikidata:
        quads.append(Quad(node, NamedNode(str(KG.wikidata)), NamedNode(wikidata), _GRAPH))
    if part_of:
        quads.append(Quad(node, NamedNode(str(KG.partOf)), NamedNode(part_of), _GRAPH))
    if description.coordinates:
        lat, lon = description.coordinates
        quads.append(Quad(node, _GEO_LAT, Literal(lat, datatype=_DECIMAL), _GRAPH))
        quads.append(Quad(node, _GEO_LONG, Literal(lon, datatype=_DECIMAL), _GRAPH))
    aliases = {alias for row in rows for alias in row.aliases} | {row.description.label for row in rows}
    for alias in sorted(aliases - {label}):
        quads.append(Quad(node, NamedNode(str(SKOS.altLabel)), Literal(alias), _GRAPH))
    return quads


def entity_context(store: Store, quads: Sequence[Quad]) -> list[Quad]:
    """The descriptions (from the store's entities graph) of the entities a graph's quads refer to."""
    entities = {q.object for q in quads if isinstance(q.object, NamedNode) and q.object.value.startswith(_ENTITY_PREFIX)}
    return [quad for entity in sorted(entities, key=str) for quad in store.quads_for_pattern(entity, None, None, _GRAPH)]
