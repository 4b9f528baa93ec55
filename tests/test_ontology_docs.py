"""The ontology's reference pages (docs/ontology/) are generated from the ontology and current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "generate_ontology_docs.py"


def _generator():
    return load_script(SCRIPT, "generate_ontology_docs")


def test_ontology_docs_pages_are_current():
    process = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr


def test_ontology_docs_a_new_term_makes_the_page_stale_until_regenerated():
    generator = _generator()
    graph = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    page = generator.ontology_page(graph)
    term = URIRef(generator.NAMESPACE + "Checkpoint")
    graph.add((term, RDF.type, OWL.Class))
    graph.add((term, RDFS.label, Literal("checkpoint", lang="en")))
    graph.add((term, SKOS.definition, Literal("A place where armed men stop traffic.", lang="en")))
    graph.add((term, RDFS.subClassOf, URIRef(generator.NAMESPACE + "Place")))
    changed = generator.ontology_page(graph)
    assert changed != page
    assert '<section id="Checkpoint"><h3>checkpoint</h3>' in changed and "A place where armed men stop traffic." in changed
    assert '<a href="#Checkpoint"><code>kg:Checkpoint</code></a>' in changed  # listed among kg:Place's subclasses


def test_ontology_docs_every_term_of_the_ontology_has_an_entry():
    generator = _generator()
    graph = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    page = (ROOT / "docs" / "ontology" / "index.html").read_text(encoding="utf-8")
    terms = {term for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme)
             for term in graph.subjects(RDF.type, kind) if str(term).startswith(generator.NAMESPACE)}
    assert len(terms) > 60
    assert [term for term in sorted(terms) if f'<section id="{term.removeprefix(generator.NAMESPACE)}">' not in page] == []
    assert f"<tr><th>owl:versionInfo</th><td>{graph.value(URIRef(generator.ONTOLOGY), OWL.versionInfo)}</td></tr>" in page
