"""The code lists: declared once in the ontology, everything else generated from them or checked.

Adding an event type touches the ontology's code list and one lexicon file; the test with a
throwaway type shows it on a copy of the source tree, and that the check names what disagrees.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Graph

from kg.codes import CLAIM_KINDS, EVENT_TYPES, FIGURE_KINDS, MODALITIES, QUALIFIERS, ZONE_KINDS
from kg.resources import read_text
from tests.scripts import load_script
from tests.source_tree import copy_tree as _copy_tree
from tests.source_tree import run_in_tree as _run

ROOT = Path(__file__).resolve().parent.parent

HIJACKING_CLASS = """
kg:Hijacking a owl:Class ; rdfs:subClassOf kg:Event ;
    skos:inScheme kg:EventTypes ; skos:notation "Hijacking" ;
    rdfs:label "hijacking"@en ;
    skos:definition "Seizing a vehicle, ship or aircraft by force."@en .
"""
HIJACKING_TRIGGER = "triggers:\n  - {type: Hijacking, pos: [VERB], lemmas: [hijack], when: [aimed]}\n"


def _generator() -> ModuleType:
    return load_script(ROOT / "scripts" / "generate_vocab.py", "generate_vocab")


def test_codes_every_generated_file_lexicon_and_query_agrees_with_the_ontology():
    assert _generator().problems(ROOT) == []


def test_codes_lists_are_the_ontology_schemes():
    graph = Graph().parse(data=read_text("ontology", "kg.ttl"), format="turtle")
    generator = _generator()
    assert list(EVENT_TYPES) == generator.codes(graph, "EventTypes")
    assert len(EVENT_TYPES) == 11 and "Attack" in EVENT_TYPES
    assert {"accusation", "denial"} <= set(CLAIM_KINDS) and "killed" in FIGURE_KINDS
    assert "exact" in QUALIFIERS and "happened" in MODALITIES and "article" in ZONE_KINDS


def test_codes_a_new_event_type_needs_the_ontology_and_one_lexicon_record(tmp_path):
    tree = _copy_tree(tmp_path / "tree")
    ontology = tree / "ontology" / "kg.ttl"
    ontology.write_text(ontology.read_text(encoding="utf-8") + HIJACKING_CLASS, encoding="utf-8")

    stale = _run(tree, "scripts/generate_vocab.py", "--check")
    assert stale.returncode == 1
    for generated in ("kg/codes.py", "kg/rdf/vocab.py", "shapes/kg.ttl", "README.md"):
        assert f"{generated} is not generated from the ontology" in stale.stderr

    assert _run(tree, "scripts/generate_vocab.py").returncode == 0
    missing = _run(tree, "scripts/generate_vocab.py", "--check")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "event type 'Hijacking' has no rule in lexicons/event_triggers.yaml"

    lexicon = tree / "lexicons" / "event_triggers.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace("triggers:\n", HIJACKING_TRIGGER, 1), encoding="utf-8")
    checked = _run(tree, "scripts/generate_vocab.py", "--check")
    assert checked.returncode == 0, checked.stderr

    built = _run(tree, "-c", BUILD_AND_VALIDATE, str(tmp_path / "article.txt"))
    assert built.returncode == 0, built.stderr
    assert built.stdout.split() == ["Hijacking", "conforms", str(tree / "kg" / "__init__.py")]


#: Run in the copied tree: build an article about a hijacking, validate it, print the event types.
BUILD_AND_VALIDATE = """
import sys
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.build import build_graphs
from kg.rdf.vocab import KG
from kg.validate import dataset_graphs, load_shapes, validate_graphs

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
path = Path(sys.argv[1])
path.write_text("Pirates hijacked a cargo ship off the coast of Somalia on Monday.\\n")
store = ox.Store()
store.extend(build_graphs([path]).quads)
events = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(str(KG.Event)))}
types = sorted(q.object.value.removeprefix(str(KG)) for event in events
               for q in store.quads_for_pattern(event, ox.NamedNode(RDF_TYPE), None) if q.object.value != str(KG.Event))
report = validate_graphs(dataset_graphs(store), load_shapes())
print(" ".join(types), "violates" if report.fails("violation") else "conforms", kg.__file__)
"""


def test_codes_a_lexicon_naming_an_unknown_type_is_refused(tmp_path):
    tree = _copy_tree(tmp_path / "tree")
    lexicon = tree / "lexicons" / "event_triggers.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace("triggers:\n", HIJACKING_TRIGGER, 1), encoding="utf-8")
    checked = _run(tree, "scripts/generate_vocab.py", "--check")
    assert checked.returncode == 1
    assert re.search(r"lexicons/event_triggers\.yaml:\d+: triggers\[0\] \(hijack\)\.type: Input should be 'Attack'", checked.stderr)


def test_codes_a_query_comparing_with_an_unknown_code_is_reported(tmp_path):
    tree = _copy_tree(tmp_path / "tree")
    query = tree / "queries" / "accusations-denials.rq"
    query.write_text(query.read_text(encoding="utf-8").replace('"denial"', '"refutation"'), encoding="utf-8")
    checked = _run(tree, "scripts/generate_vocab.py", "--check")
    assert "queries/accusations-denials.rq: 'refutation' is no code of the ontology" in checked.stderr


@pytest.mark.parametrize("name", ["EventTypes", "ClaimKinds", "FigureKinds", "Qualifiers", "Modalities", "ZoneKinds"])
def test_codes_readme_lists_each_code_list(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"<!-- codes:{name} -->" in readme
