"""Regenerate the ontology's reference pages, or check that they are current.

    python scripts/generate_ontology_docs.py           # write docs/ontology/index.html and event-codes.html
    python scripts/generate_ontology_docs.py --check   # exit 1, naming the page, if either is stale

``index.html`` documents ``ontology/kg.ttl``: its metadata, then every class,
object, datatype and annotation property and code list of the kg namespace with
its label, definition, super-terms, domain, range, characteristics and
mappings; ``event-codes.html`` the concept schemes of ``ontology/event-codes.ttl``.
Terms come in IRI order and nothing depends on the machine or the date, so the
same ontology gives the same bytes (``tests/test_ontology.py`` runs ``--check``).

Written here rather than with pyLODE: pyLODE 3.6 needs Python 3.12 (kg supports
3.11), 3.4.1 does not import (it reads a ``pyproject.toml`` that its wheel does
not ship), and 3.3.4 orders its output differently from run to run and takes a
code list for the ontology's title, so no test could tell a stale page.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from html import escape
from pathlib import Path

from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, Literal, Node, URIRef

ROOT = Path(__file__).resolve().parent.parent
NAMESPACE = "https://w3id.org/kg-news/ontology#"
ONTOLOGY = URIRef("https://w3id.org/kg-news/ontology")
CODES = ("https://w3id.org/kg-news/cameo", "https://w3id.org/kg-news/acled")
#: The pages: (output, source).
PAGES = (("docs/ontology/index.html", "ontology/kg.ttl"), ("docs/ontology/event-codes.html", "ontology/event-codes.ttl"))
#: Sections of the ontology page: (anchor, heading, the rdf:type of its terms).
SECTIONS = (
    ("classes", "Classes", OWL.Class),
    ("object-properties", "Object properties", OWL.ObjectProperty),
    ("datatype-properties", "Datatype properties", OWL.DatatypeProperty),
    ("annotation-properties", "Annotation properties", OWL.AnnotationProperty),
    ("code-lists", "Code lists", SKOS.ConceptScheme),
)
#: The rows of a term's table: (heading, predicate, read the objects as subjects of this predicate instead).
ROWS = (
    ("Definition", SKOS.definition, False),
    ("Comment", RDFS.comment, False),
    ("Notation", SKOS.notation, False),
    ("Subclass of", RDFS.subClassOf, False),
    ("Subclasses", RDFS.subClassOf, True),
    ("Subproperty of", RDFS.subPropertyOf, False),
    ("Domain", RDFS.domain, False),
    ("Range", RDFS.range, False),
    ("Inverse of", OWL.inverseOf, False),
    ("Disjoint with", OWL.disjointWith, False),
    ("Close match", SKOS.closeMatch, False),
    ("Related match", SKOS.relatedMatch, False),
    ("In code list", SKOS.inScheme, False),
    ("Members", SKOS.inScheme, True),
)
#: Property characteristics shown as the term's types.
CHARACTERISTICS = (OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.TransitiveProperty, OWL.SymmetricProperty)
STYLE = """body { font-family: sans-serif; margin: 2em auto; max-width: 60em; line-height: 1.5; color: #222; }
h1, h2, h3 { color: #005a9c; } h3 { border-bottom: 1px solid #005a9c; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; } th { text-align: left; vertical-align: top; padding-right: 1em; width: 10em; }
td { padding-bottom: 0.4em; } code { background: #f3f3f3; padding: 0 0.2em; } nav li { display: inline; margin-right: 1em; }"""


def _link(graph: Graph, term: Node) -> str:
    """A term as HTML: a link to its entry when the page has one, else its IRI or value."""
    if isinstance(term, Literal):
        return escape(str(term))
    if not isinstance(term, URIRef):
        return "<em>an anonymous class</em>"
    name = _short(graph, term)
    if str(term).startswith(NAMESPACE) or (term, RDF.type, SKOS.Concept) in graph or (term, RDF.type, SKOS.ConceptScheme) in graph:
        return f'<a href="#{escape(_anchor(term))}"><code>{escape(name)}</code></a>'
    if str(term).startswith(CODES):  # an event code, described on the other page
        return f'<a href="event-codes.html#{escape(_anchor(term))}"><code>{escape(name)}</code></a>'
    return f'<a href="{escape(str(term))}"><code>{escape(name)}</code></a>'


def _short(graph: Graph, term: URIRef) -> str:
    """``kg:Event`` for a term of a declared namespace, else the IRI."""
    try:
        return graph.namespace_manager.curie(term, generate=False)
    except (KeyError, ValueError):
        return str(term)


def _anchor(term: URIRef) -> str:
    return str(term).removeprefix(NAMESPACE).replace("https://w3id.org/kg-news/", "").replace("#", "-")


def _label(graph: Graph, term: URIRef) -> str:
    labels = sorted(map(str, graph.objects(term, RDFS.label))) or sorted(map(str, graph.objects(term, SKOS.prefLabel)))
    return labels[0] if labels else _short(graph, term)


def _cells(graph: Graph, values: Iterable[Node]) -> str:
    return ", ".join(sorted(_link(graph, value) for value in values))


def _term(graph: Graph, term: URIRef) -> str:
    """One term's entry: heading, IRI, types and the rows that it has."""
    types = [t for t in CHARACTERISTICS if (term, RDF.type, t) in graph]
    rows = [("IRI", f"<code>{escape(str(term))}</code>")]
    if types:
        rows.append(("Characteristics", _cells(graph, types)))
    for heading, predicate, inverse in ROWS:
        values = list(graph.subjects(predicate, term) if inverse else graph.objects(term, predicate))
        if values:
            rows.append((heading, _cells(graph, values)))
    body = "".join(f"<tr><th>{heading}</th><td>{cell}</td></tr>" for heading, cell in rows)
    return f'<section id="{escape(_anchor(term))}"><h3>{escape(_label(graph, term))}</h3><table>{body}</table></section>\n'


def _page(title: str, navigation: list[tuple[str, str]], body: str) -> str:
    links = "".join(f'<li><a href="#{anchor}">{escape(heading)}</a></li>' for anchor, heading in navigation)
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>\n{STYLE}\n</style></head>\n<body>\n<h1>{escape(title)}</h1>\n<nav><ul>{links}</ul></nav>\n{body}"
        "<footer><p>Generated from the ontology by <code>scripts/generate_ontology_docs.py</code>.</p></footer>\n</body>\n</html>\n"
    )


def ontology_page(graph: Graph) -> str:
    """The reference page of the kg ontology."""
    metadata = [
        (_short(graph, predicate), _cells(graph, graph.objects(ONTOLOGY, predicate)))
        for predicate in sorted(set(graph.predicates(ONTOLOGY)) - {RDF.type})
    ]
    body = '<section id="metadata"><h2>Metadata</h2><table>' + "".join(
        f"<tr><th>{escape(heading)}</th><td>{cell}</td></tr>" for heading, cell in metadata
    ) + "</table></section>\n"
    for anchor, heading, kind in SECTIONS:
        terms = sorted(term for term in graph.subjects(RDF.type, kind) if isinstance(term, URIRef) and str(term).startswith(NAMESPACE))
        body += f'<section id="{anchor}"><h2>{heading}</h2>\n' + "".join(_term(graph, term) for term in terms) + "</section>\n"
    prefixes = sorted((prefix, str(namespace)) for prefix, namespace in graph.namespace_manager.namespaces() if prefix)
    body += '<section id="namespaces"><h2>Namespaces</h2><table>' + "".join(
        f"<tr><th>{escape(prefix)}</th><td><code>{escape(namespace)}</code></td></tr>" for prefix, namespace in prefixes
    ) + "</table></section>\n"
    navigation = [("metadata", "Metadata"), *((anchor, heading) for anchor, heading, _ in SECTIONS), ("namespaces", "Namespaces")]
    return _page(_label_of_ontology(graph), navigation, body)


def _label_of_ontology(graph: Graph) -> str:
    titles = sorted(map(str, graph.objects(ONTOLOGY, DCTERMS.title)))
    return titles[0] if titles else str(ONTOLOGY)


def codes_page(graph: Graph) -> str:
    """The page of the concept schemes of event-codes.ttl: each scheme with its concepts."""
    schemes = sorted(term for term in graph.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(term, URIRef))
    body = ""
    for scheme in schemes:
        concepts = sorted(
            (term for term in graph.subjects(SKOS.inScheme, scheme) if isinstance(term, URIRef)),
            key=lambda term: (str(graph.value(term, SKOS.notation) or ""), str(term)),
        )
        body += _term(graph, scheme) + "".join(_term(graph, concept) for concept in concepts)
    return _page("CAMEO and ACLED event codes", [(_anchor(scheme), _label(graph, scheme)) for scheme in schemes], body)


def pages() -> dict[Path, str]:
    """Each page's path and its text, generated from the shipped ontology files."""
    made = {}
    for (output, source), render in zip(PAGES, (ontology_page, codes_page)):
        made[ROOT / output] = render(Graph().parse(ROOT / source, format="turtle"))
    return made


def stale() -> list[str]:
    """The pages that differ from what the ontology gives."""
    return [
        str(path.relative_to(ROOT))
        for path, text in pages().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]


def main() -> int:
    if sys.argv[1:] == ["--check"]:
        names = stale()
        for name in names:
            print(f"{name} is stale: run python scripts/generate_ontology_docs.py", file=sys.stderr)
        return 1 if names else 0
    if sys.argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    for path, text in pages().items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
