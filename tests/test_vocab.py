"""The vocabulary module and the ontology agree term for term."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.rdf.vocab import KG
from kg.resources import read_text
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    return load_script(ROOT / "scripts" / "generate_vocab.py", "generate_vocab")


def test_vocab_module_is_generated_from_the_shipped_ontology():
    graph = Graph().parse(data=read_text("ontology", "kg.ttl"), format="turtle")
    assert (ROOT / "kg" / "rdf" / "vocab.py").read_text(encoding="utf-8") == _generator().render(graph)


def test_vocab_unknown_term_fails():
    with pytest.raises(AttributeError):
        KG.NoSuchTerm  # noqa: B018
