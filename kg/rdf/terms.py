"""Converting pyoxigraph terms to rdflib terms, for the rdflib-based tools (pySHACL, owlrl)."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, *, plain_strings: bool = False) -> Node:
    """The rdflib term equal to a pyoxigraph term.

    With ``plain_strings``, ``xsd:string`` literals become rdflib's untyped literals
    (what pySHACL's datatype checks expect); without it they keep their datatype, so
    that results compare equal to the input (what the reasoners need).
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Triple):
        raise TypeError(f"RDF-star triple terms have no rdflib equivalent: {term}")
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if plain_strings and datatype == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))
