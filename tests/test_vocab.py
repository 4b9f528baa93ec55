"""The vocabulary module and the ontology agree term for term."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.rdf.vocab import KG
from kg.resources import read_text

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("generate_vocab", ROOT / "scripts" / "generate_vocab.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_vocab_module_is_generated_from_the_shipped_ontology():
    graph = Graph().parse(data=read_text("ontology", "kg.ttl"), format="turtle")
    assert (ROOT / "kg" / "rdf" / "vocab.py").read_text(encoding="utf-8") == _generator().render(graph)


def test_vocab_unknown_term_fails():
    with pytest.raises(AttributeError):
        KG.NoSuchTerm  # noqa: B018
