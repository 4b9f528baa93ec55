"""CONSTRUCT, DESCRIBE and ASK through `kg query` and every backend; header-less parameters; typed JSON output."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.query import GraphResult, Result, execute, format_result, parse_query

runner = CliRunner()
KG = "https://w3id.org/kg-news/ontology#"
CONSTRUCT = f"""PREFIX kg: <{KG}>
CONSTRUCT {{ ?claim kg:speaker ?speaker ; kg:claimKind ?kind . }}
WHERE {{ ?claim a kg:Claim ; kg:speaker ?speaker ; kg:claimKind ?kind . FILTER (?kind = ?_kind) }}
"""
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld"}


def write(tmp_path, text: str) -> str:
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("fmt", list(RDFLIB_FORMATS))
def test_query_forms_construct_writes_rdf_in_the_chosen_format(fmt, tmp_path, seeds_nq, example_store):
    result = runner.invoke(app, ["query", write(tmp_path, CONSTRUCT), "-p", "kind=denial", "--data", str(seeds_nq), "--format", fmt])
    assert result.exit_code == 0, result.output
    parsed = rdflib.Graph().parse(data=result.stdout, format=RDFLIB_FORMATS[fmt])
    expected = {
        (row["claim"].value, row["speaker"].value)
        for row in example_store.query(f"SELECT ?claim ?speaker WHERE {{ ?claim <{KG}claimKind> 'denial' ; <{KG}speaker> ?speaker }}", use_default_graph_as_union=True)
    }
    assert expected and {(str(s), str(o)) for s, p, o in parsed if str(p) == KG + "speaker"} == expected
    if fmt == "turtle":
        assert "@prefix kg: <https://w3id.org/kg-news/ontology#> ." in result.stdout and "kg:speaker" in result.stdout
    if fmt == "jsonld":
        assert json.loads(result.stdout)["@context"]["kg"] == KG


def test_query_forms_construct_and_describe_give_the_same_triples_on_every_backend(embedded, in_rdflib, remote):
    query = parse_query(CONSTRUCT, "construct.rq")
    answers = [execute(backend, query, {"kind": "accusation"}) for backend in (embedded, in_rdflib, remote)]
    assert all(isinstance(answer, GraphResult) for answer in answers)
    triples = [{str(t) for t in answer.triples} for answer in answers]  # type: ignore[union-attr]
    assert triples[0] and triples[0] == triples[1] == triples[2]
    describe = parse_query(f"DESCRIBE ?claim WHERE {{ ?claim <{KG}claimKind> 'denial' }}", "describe.rq")
    described = execute(embedded, describe)
    assert isinstance(described, GraphResult) and any(t.predicate.value == KG + "content" for t in described.triples)


@pytest.mark.parametrize(("label", "code", "printed"), [("Nikol Pashinyan", 0, "true"), ("Slobodan Milošević", 1, "false")])
def test_query_forms_ask_sets_the_exit_status(label, code, printed, tmp_path, seeds_nq):
    text = f'ASK {{ ?entity <http://www.w3.org/2000/01/rdf-schema#label> "{label}" }}\n'
    result = runner.invoke(app, ["query", write(tmp_path, text), "--data", str(seeds_nq)])
    assert (result.exit_code, result.stdout.strip()) == (code, printed)
    as_json = runner.invoke(app, ["query", write(tmp_path, text), "--data", str(seeds_nq), "--format", "sparql-json"])
    assert json.loads(as_json.stdout) == {"head": {}, "boolean": printed == "true"}


def test_query_forms_ask_on_every_backend(embedded, in_rdflib, remote):
    query = parse_query(f"ASK {{ ?claim <{KG}claimKind> ?_kind }}", "ask.rq")
    assert [execute(b, query, {"kind": "denial"}) for b in (embedded, in_rdflib, remote)] == [True] * 3
    assert [execute(b, query, {"kind": "prayer"}) for b in (embedded, in_rdflib, remote)] == [False] * 3


@pytest.mark.parametrize(("text", "fmt", "allowed"), [(CONSTRUCT, "csv", "turtle, ntriples, rdfxml, jsonld"), ("SELECT * WHERE { ?s ?p ?o }", "turtle", "table, csv")])
def test_query_forms_format_that_does_not_fit_the_query_is_refused(text, fmt, allowed, tmp_path, seeds_nq):
    result = runner.invoke(app, ["query", write(tmp_path, text), "-p", "kind=denial", "--data", str(seeds_nq), "--format", fmt])
    assert result.exit_code == 2 and allowed in result.stderr


def test_query_forms_parameter_without_header_is_a_required_string(tmp_path, seeds_nq):
    text = f"SELECT ?claim WHERE {{ ?claim <{KG}claimKind> ?_kind . OPTIONAL {{ ?claim <{KG}cue> ?__cue }} }}\n"
    query = parse_query(text, "bare.rq")
    assert [(p.name, p.type, p.required) for p in query.params] == [("cue", "string", False), ("kind", "string", True)]
    found = runner.invoke(app, ["query", write(tmp_path, text), "-p", "kind=denial", "--data", str(seeds_nq), "--format", "csv"])
    assert found.exit_code == 0 and len(found.stdout.splitlines()) > 1
    missing = runner.invoke(app, ["query", write(tmp_path, text), "--data", str(seeds_nq)])
    assert missing.exit_code == 2
    assert "missing required parameter kind: give -p kind=VALUE" in missing.stderr
    assert "'#+ params:'" in missing.stderr and "'#+   kind: {type: iri, example: ...}'" in missing.stderr


def test_query_forms_undeclared_parameter_in_a_file_with_a_header_says_how_to_declare_it():
    with pytest.raises(Exception, match=r"declare it under '#\+ params:' as '#\+   speaker: \{type: string, example: ...\}'"):
        parse_query("#+ summary: s\n#+ tags: [t]\nSELECT ?x WHERE { ?x ?p ?_speaker }\n", "bad.rq")


def test_query_forms_json_keeps_numbers_and_booleans_typed():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    result = Result(["n", "d", "b", "s", "bad"], [[
        ox.Literal("42", datatype=ox.NamedNode(xsd + "integer")),
        ox.Literal("2.5", datatype=ox.NamedNode(xsd + "decimal")),
        ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean")),
        ox.Literal("42"),
        ox.Literal("NaN", datatype=ox.NamedNode(xsd + "double")),
    ]])
    assert json.loads(format_result(result, "json")) == [{"n": 42, "d": 2.5, "b": True, "s": "42", "bad": "NaN"}]
