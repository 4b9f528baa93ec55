"""Converting pyoxigraph terms to rdflib terms, for the rdflib-based tools (pySHACL, owlrl)."""

from __future__ import annotations

import logging

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import StoreError, shown


class _IllTypedNotice(logging.Filter):
    """Drops rdflib's log record, with a traceback, for each literal whose text its datatype cannot read ("abc"^^xsd:integer).

    kg reports such values itself (``kg validate``: the datatype shapes), once and without a traceback.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Failed to convert Literal lexical form to value")


logging.getLogger("rdflib.term").addFilter(_IllTypedNotice())


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, *, plain_strings: bool = False) -> Node:
    """The rdflib term equal to a pyoxigraph term.

    With ``plain_strings``, ``xsd:string`` literals become rdflib's untyped literals
    (what pySHACL's datatype checks expect), and so does a literal whose text its
    datatype cannot read ("abc"^^xsd:integer, "2023-02-30"^^xsd:date): a datatype shape
    reports it as not of its datatype, where pySHACL's comparisons (``sh:lessThanOrEquals``)
    stopped with a TypeError. Without it literals keep their datatype, so that results
    compare equal to the input (what the reasoners need).
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Triple):  # a graph file may hold them (N-Quads 1.2 <<( s p o )>>, Turtle-star)
        raise StoreError(
            f"the graph holds an RDF-star triple term, <<( {shown(str(term))[1:-1]} )>>, which SHACL validation and OWL reasoning "
            "(rdflib) cannot read"
        )
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if plain_strings and datatype == str(XSD.string):
        return Literal(term.value)
    literal = Literal(term.value, datatype=URIRef(datatype))
    if plain_strings and literal.ill_typed:
        return Literal(term.value)
    return literal
