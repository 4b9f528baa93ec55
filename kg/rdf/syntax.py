"""RDF files: the syntax each extension names, output with the ontology's prefixes, and a nesting limit for input.

Output is deterministic (statements sorted) and readable: Turtle, TriG and
RDF/XML declare the ontology's namespace prefixes, JSON-LD carries them as its
``@context`` and uses compact IRIs. pyoxigraph writes JSON-LD in expanded form
only; the compaction here just rewrites IRIs as ``prefix:name`` (rdflib's
JSON-LD writer could do it, but its output order changes from run to run).

Parsers recurse on nested structures, and a file nested deep enough crashes
the process (a 300 KB JSON-LD nested 20,000 deep overflows pyoxigraph's
stack). ``check_nesting`` refuses input deeper than ``MAX_NESTING`` first:
JSON arrays and objects, RDF/XML elements, quoted triples (``<< >>``) in the
Turtle family. Turtle's ``[ ]`` and ``( )`` are parsed without recursion and
are not limited.
"""

from __future__ import annotations

import json
import re
import xml.parsers.expat
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError
from kg.resources import read_text

#: RDF syntaxes by file extension.
FORMAT_BY_SUFFIX = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
#: Syntaxes without named graphs: writing a dataset to them merges its graphs.
TRIPLE_FORMATS = frozenset({ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML})
#: The deepest nesting accepted in an input file.
MAX_NESTING = 1000

_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_TURTLE_TOKENS = re.compile(
    rb'#[^\n\r]*|"""(?:[^"\\]|\\.|"(?!""))*"""|' rb"'''(?:[^'\\]|\\.|'(?!''))*'''|"
    rb'"(?:[^"\\\n\r]|\\.)*"|' rb"'(?:[^'\\\n\r]|\\.)*'|<<|>>|<[^<>\"{}|^`\\\x00-\x20]*>",
    re.DOTALL,
)


@lru_cache(maxsize=1)
def ontology_prefixes() -> dict[str, str]:
    """The namespace prefixes the ontology declares (``kg``, ``rdfs``, ``prov``, ...), by prefix."""
    parser = ox.parse(read_text("ontology", "kg.ttl").encode("utf-8"), format=ox.RdfFormat.TURTLE)
    for _ in parser:
        pass
    return dict(sorted(parser.prefixes.items()))


def serialize(quads: Iterable[ox.Quad], rdf_format: ox.RdfFormat) -> bytes:
    """The quads in ``rdf_format``, statements sorted; a triple format gets the triples of every graph merged."""
    if rdf_format in TRIPLE_FORMATS:
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
        return ox.serialize(triples, format=rdf_format, prefixes=ontology_prefixes()) or b""
    ordered = sorted(set(quads), key=str)
    if rdf_format == ox.RdfFormat.JSON_LD:
        expanded = json.loads(ox.serialize(ordered, format=rdf_format) or b"[]")
        prefixes = ontology_prefixes()
        document = {"@context": prefixes, "@graph": _compact(expanded, _Compactor(prefixes))}
        return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return ox.serialize(ordered, format=rdf_format, prefixes=ontology_prefixes()) or b""


class _Compactor:
    """Rewrites IRIs under a known namespace as ``prefix:name`` (longest namespace first)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.namespaces = sorted(prefixes.items(), key=lambda item: -len(item[1]))

    def __call__(self, iri: str) -> str:
        for prefix, namespace in self.namespaces:
            name = iri[len(namespace):]
            if iri.startswith(namespace) and name and not name.startswith("//"):
                return f"{prefix}:{name}"
        return iri


def _compact(node: Any, compact: _Compactor) -> Any:
    """Expanded JSON-LD with property names, ``@id`` and ``@type`` values written as compact IRIs."""
    if isinstance(node, list):
        return [_compact(item, compact) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("@id", "@type"):
            result[key] = [compact(item) for item in value] if isinstance(value, list) else compact(value)
        elif key.startswith("@"):
            result[key] = _compact(value, compact)
        else:
            result[compact(key)] = _compact(value, compact)
    return result


def check_nesting(data: bytes, rdf_format: ox.RdfFormat, name: str, limit: int = MAX_NESTING) -> None:
    """Refuse input nested deeper than ``limit`` before a parser recurses into it.

    Raises:
        StoreError: The nesting is deeper than ``limit``; names the file and the line.
    """
    if rdf_format == ox.RdfFormat.JSON_LD:
        depth = _bracket_depth(_JSON_TOKENS, data, {b"[", b"{"}, {b"]", b"}"}, limit)
    elif rdf_format == ox.RdfFormat.RDF_XML:
        depth = _element_depth(data, limit)
    elif b"<<" in data:
        depth = _bracket_depth(_TURTLE_TOKENS, data, {b"<<"}, {b">>"}, limit)
    else:
        depth = None
    if depth is not None:
        line = data.count(b"\n", 0, depth) + 1
        raise StoreError(f"{name}:{line}: nested deeper than {limit} levels, the most kg reads")


def _bracket_depth(tokens: re.Pattern[bytes], data: bytes, opening: set[bytes], closing: set[bytes], limit: int) -> int | None:
    """The offset where nesting first exceeds ``limit``, or None; ``tokens`` also matches what hides brackets (strings)."""
    depth = 0
    for match in tokens.finditer(data):
        token = match.group()
        if token in opening:
            depth += 1
            if depth > limit:
                return match.start()
        elif token in closing:
            depth -= 1
    return None


def _element_depth(data: bytes, limit: int) -> int | None:
    """The offset where XML element nesting first exceeds ``limit``, or None (also for XML that does not parse)."""
    parser = xml.parsers.expat.ParserCreate()
    depth = 0

    class TooDeep(Exception):
        pass

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > limit:
            raise TooDeep

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except TooDeep:
        return parser.CurrentByteIndex
    except xml.parsers.expat.ExpatError:
        return None  # the RDF/XML parser reports the syntax error
    return None
