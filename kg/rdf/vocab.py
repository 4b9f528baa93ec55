"""The kg vocabulary: every term of ``ontology/kg.ttl``, and no other.

``KG.Unknown`` raises AttributeError; ``tests/test_vocab.py`` checks that this list
and the ontology agree term for term.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.rdf.iris import ONTOLOGY


class KG(DefinedNamespace):
    """Terms of the kg news ontology."""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    # classes
    Document: URIRef
    Zone: URIRef
    Mention: URIRef
    Entity: URIRef
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    State: URIRef
    ArmedGroup: URIRef
    Place: URIRef
    # properties
    docId: URIRef
    text: URIRef
    contentHash: URIRef
    published: URIRef
    author: URIRef
    outlet: URIRef
    url: URIRef
    duplicateOf: URIRef
    hasZone: URIRef
    zoneKind: URIRef
    reason: URIRef
    inDocument: URIRef
    start: URIRef
    end: URIRef
    anchorOf: URIRef
    method: URIRef
    confidence: URIRef
    denotes: URIRef
    mentionedBy: URIRef
    standsFor: URIRef
    key: URIRef
    wikidata: URIRef
    partOf: URIRef


#: The class of each entity kind.
CLASS_BY_KIND = {
    "person": KG.Person,
    "organization": KG.Organization,
    "state": KG.State,
    "armed_group": KG.ArmedGroup,
    "place": KG.Place,
}
