"""Query headers, parameter binding and injection through parameter values, on a small hand-made graph."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import (
    EndpointBackend,
    OxigraphBackend,
    Result,
    format_result,
    library,
    load_query,
    parse_query,
    read_query_file,
    run,
)

KG = "https://w3id.org/kg-news/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

HOSTILE = [
    'Serbia" ) } ; DROP ALL ; #',
    "Serbia' ) } UNION { ?s ?p ?o } #",
    'x"""\n} INSERT DATA { <urn:a> <urn:b> <urn:c> } #',
    "Serbia\\",
    "?_actor",
    "} } }",
    "<urn:x> } ; CLEAR DEFAULT",
]


def _accusation_graph(speaker_label: str) -> ox.Store:
    """One document graph: a speaker labelled ``speaker_label`` accuses Kosovo."""
    doc = ox.NamedNode("urn:doc:1")
    claim, speaker, target = ox.NamedNode("urn:claim:1"), ox.NamedNode("urn:actor:1"), ox.NamedNode("urn:actor:2")
    triples = [
        (doc, KG + "docId", ox.Literal("doc-1")),
        (claim, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(KG + "Claim")),
        (claim, KG + "claimKind", ox.Literal("accusation")),
        (claim, KG + "inDocument", doc),
        (claim, KG + "speaker", speaker),
        (claim, KG + "about", target),
        (claim, KG + "content", ox.Literal("the other side broke the truce")),
        (speaker, LABEL, ox.Literal(speaker_label)),
        (speaker, KG + "key", ox.Literal("name:speaker")),
        (target, LABEL, ox.Literal("Kosovo")),
        (target, KG + "key", ox.Literal("Q1246")),
    ]
    store = ox.Store()
    store.extend(ox.Quad(s, p if isinstance(p, ox.NamedNode) else ox.NamedNode(p), o, doc) for s, p, o in triples)
    return store


@pytest.mark.parametrize("value", HOSTILE)
def test_parameters_hostile_value_is_bound_as_one_literal(value):
    store = _accusation_graph(value)
    before = len(store)
    found = run(store, load_query("accusations-denials"), {"actor": value}).plain()
    assert [(row["speaker"], row["about"]) for row in found] == [(value, "Kosovo")]
    with pytest.raises(QueryError, match="no entity in the graph is named actor="):
        run(store, load_query("accusations-denials"), {"actor": value + " x"})
    assert len(store) == before


def test_parameters_a_very_long_value_is_cut_in_the_error_message():
    store = _accusation_graph("Serbia")
    with pytest.raises(QueryError) as raised:
        run(store, load_query("accusations-denials"), {"actor": "Q" * 100_000})
    message = str(raised.value)
    assert "actor='QQQ" in message and "...QQQ" in message and len(message) < 400


@pytest.mark.parametrize("value", HOSTILE)
def test_parameters_hostile_value_matches_nothing_on_the_example_corpus_and_server(value, embedded, remote, server):
    query = load_query("who-said-what")
    for backend in (embedded, remote):
        with pytest.raises(QueryError, match="no entity in the graph is named speaker="):
            run(backend, query, {"speaker": value})
    count = EndpointBackend(f"{server}/query").select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "count")
    assert int(count.rows[0][0].value) == len(embedded.store)


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("provenance", {"item": "urn:x> } ; DROP ALL ; <urn:y"}),
        ("provenance", {"item": "not an iri"}),
        ("timeline", {"from": "2023-09-19\" } #"}),
        ("timeline", {"from": "2023-02-30"}),
    ],
)
def test_parameters_value_of_the_wrong_type_is_refused(name, params):
    with pytest.raises(QueryError, match="parameter"):
        load_query(name).bind(params)


def test_parameters_unknown_or_missing_are_refused():
    with pytest.raises(QueryError, match="unknown parameter speaker"):
        load_query("actors").bind({"speaker": "Serbia"})
    with pytest.raises(QueryError, match="missing required parameter actor"):
        load_query("accusations-denials").bind({})


def test_parameters_are_substituted_as_terms_outside_comments_strings_and_iris():
    text = """#+ summary: test
#+ tags: [t]
#+ binding: constants
#+ params:
#+   name:
#+     type: string
#+     example: x
# a comment with { a brace and ?__name
PREFIX ex: <http://example.org/a#>
SELECT ?y (CONCAT("{?__name", ?__name) AS ?z) ?set WHERE { BIND (?__name AS ?y) BIND (BOUND( ?__name ) AS ?set) }
"""
    query = parse_query(text, "braces.rq")
    bound = query.bind({"name": 'a"b'})
    assert "VALUES" not in bound
    assert bound.endswith('SELECT ?y (CONCAT("{?__name", "a\\"b") AS ?z) ?set WHERE { BIND ("a\\"b" AS ?y) BIND (true AS ?set) }\n')
    assert "# a comment with { a brace and ?__name\n" in bound
    result = OxigraphBackend(ox.Store()).select(bound, "braces.rq")
    assert result.plain() == [{"y": 'a"b', "z": '{?__namea"b', "set": "true"}]
    unbound = OxigraphBackend(ox.Store()).select(query.bind({}), "braces.rq")
    assert unbound.plain() == [{"y": None, "z": None, "set": "false"}]


@pytest.mark.parametrize(
    "select",
    [
        "SELECT ?__name WHERE { ?s ?p ?o }",
        "SELECT DISTINCT ?o ?__name WHERE { ?s ?p ?o }",
        "SELECT ?o WHERE { ?s ?p ?o } GROUP BY ?o ?__name",
        "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?__name",
        "SELECT ?o WHERE { ?s ?p ?o VALUES ?__name { UNDEF } }",
        "SELECT ?o WHERE { ?s ?p ?o { SELECT ?__name WHERE {} } }",
    ],
)
def test_parameters_where_only_a_variable_may_stand_are_bound_in_a_values_block(select):
    text = "#+ summary: test\n#+ tags: [t]\n#+ binding: constants\n#+ params:\n#+   name: {type: string, example: x}\n" + select + "\n"
    bound = parse_query(text, "only-variable.rq").bind({"name": "Serbia"})
    assert '\n  VALUES (?__name) { ("Serbia") }\n' in bound
    assert bound.count('"Serbia"') == 1
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o")))
    OxigraphBackend(store).select(bound, "only-variable.rq")  # valid SPARQL


def test_parameters_are_bound_in_a_values_block_unless_the_header_asks_for_constants():
    text = "#+ summary: test\n#+ tags: [t]\n#+ params:\n#+   name: {type: string, example: x}\nSELECT ?o WHERE { ?s ?p ?o FILTER (?o = ?__name) }\n"
    assert '\n  VALUES (?__name) { ("Serbia") }\n' in parse_query(text, "default.rq").bind({"name": "Serbia"})
    constants = parse_query(text.replace("#+ params:", "#+ binding: constants\n#+ params:"), "constants.rq")
    assert constants.bind({"name": "Serbia"}).endswith('SELECT ?o WHERE { ?s ?p ?o FILTER (?o = "Serbia") }\n')
    assert constants.bind({}) == constants.text
    with pytest.raises(QueryError, match="binding' must be one of values, constants"):
        parse_query(text.replace("#+ params:", "#+ binding: literal\n#+ params:"), "bad.rq")


def test_parameters_library_queries_bound_as_constants_give_the_rows_of_a_values_block(embedded):
    """Both bindings of every query that asks for constants, each parameter alone and all together: the same rows."""
    for query in [q for q in library() if q.binding == "constants"]:
        examples = {param.name: param.example for param in query.params}
        required = {param.name: param.example for param in query.params if param.required}
        found = 0
        for params in [examples] + [required | {name: value} for name, value in examples.items()]:
            constant_rows = sorted(map(repr, run(embedded, query, params).rows))
            assert constant_rows == sorted(map(repr, run(embedded, replace(query, binding="values"), params).rows)), query.name
            found += len(constant_rows)
        assert found, query.name


@pytest.mark.parametrize(
    ("header", "body", "problem"),
    [
        ("#+ tags: [t]\n", "", "summary"),
        ("#+ summary: s\n", "", "tags"),
        ("#+ summary: s\n#+ tags: [t]\n#+ colums: [a]\n", "", "unknown header key colums"),
        ("#+ summary: s: t: u\n#+ tags: [t]\n", "", "not valid YAML"),
        ("#+ summary: s\n#+ tags: [t]\n#+ params:\n#+   who: {type: text, example: x}\n", "?__who", "type must be one of"),
        ("#+ summary: s\n#+ tags: [t]\n#+ params:\n#+   who: {type: string}\n", "?__who", "needs an 'example'"),
        ("#+ summary: s\n#+ tags: [t]\n#+ params:\n#+   when: {type: date, example: soon}\n", "?__when", "example.*not a date"),
        ("#+ summary: s\n#+ tags: [t]\n#+ params:\n#+   who: {type: string, example: x}\n", "", "declared but the query has no"),
        ("#+ summary: s\n#+ tags: [t]\n#+ params:\n#+   who: {type: string, example: x}\n", "?_who ?__who", "both"),
    ],
)
def test_parameters_invalid_header_is_an_error(header, body, problem):
    text = header + f"SELECT ?x WHERE {{ ?x ?p ?o . VALUES ?o {{ {body or '1'} }} }}\n"
    with pytest.raises(QueryError, match=problem):
        parse_query(text, "bad.rq")


def test_parameters_undeclared_parameter_variable_is_an_error():
    with pytest.raises(QueryError, match=r"\?_speaker looks like a parameter"):
        parse_query("#+ summary: s\n#+ tags: [t]\nSELECT ?x WHERE { ?x ?p ?_speaker }\n", "bad.rq")


def test_parameters_output_formats():
    result = Result(["name", "n"], [[ox.Literal("a|b\nc"), ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))], [ox.NamedNode("urn:x"), None]])
    assert format_result(result, "markdown").splitlines() == ["| name | n |", "|---|---|", "| a\\|b c | 3 |", "| urn:x |  |"]
    assert format_result(result, "csv") == 'name,n\n"a|b\nc",3\nurn:x,\n'
    assert format_result(result, "tsv").splitlines()[0] == "name\tn"
    document = json.loads(format_result(result, "sparql-json"))
    assert document["head"]["vars"] == ["name", "n"]
    assert document["results"]["bindings"][0]["n"] == {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert document["results"]["bindings"][1] == {"name": {"type": "uri", "value": "urn:x"}}
    assert json.loads(format_result(result, "json"))[1] == {"name": "urn:x", "n": None}
    with pytest.raises(QueryError, match="unknown output format"):
        format_result(result, "xlsx")


def test_parameters_table_keeps_each_row_on_one_line_whatever_the_cell_lengths():
    iri = ox.NamedNode("https://w3id.org/kg-news/entity/name/ministry-of-foreign-affairs-of-qatar-" + "x" * 100)
    label = ox.Literal("Ministry of Foreign Affairs of Qatar, " * 5)
    lines = format_result(Result(["actor", "label"], [[iri, label], [ox.NamedNode("urn:x"), None]]), "table").splitlines()
    assert len(lines) == 5 and lines[-1] == "(2 rows)"  # header, rule, one line per row, count: never wrapped mid-cell
    assert lines[2].startswith(iri.value[:60]) and "…" in lines[2] and lines[3].startswith("urn:x")


def test_parameters_display_formats_show_control_characters_and_never_send_them_to_the_terminal():
    title = "\x1b]52;c;cHduZWQ=\x07\x1b[2J\x9bDrones hit\x00 Kalo"  # OSC 52 writes the clipboard, CSI clears the screen
    result = Result(["title"], [[ox.Literal(title)]])
    for fmt in ("table", "markdown"):
        shown = format_result(result, fmt)
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown), fmt
        assert "x1b]52;c;cHduZWQ=" in shown and "Drones hit" in shown
    assert "\\x1b]52;c;cHduZWQ=\\x07\\x1b[2J\\x9bDrones hit\\x00 Kalo" in format_result(result, "table")


def test_parameters_data_formats_keep_control_characters_as_the_graph_has_them():
    result = Result(["title"], [[ox.Literal("a\x1b[1mb")]])
    assert format_result(result, "csv") == "title\na\x1b[1mb\n"
    assert json.loads(format_result(result, "json")) == [{"title": "a\x1b[1mb"}]
    assert format_result(Result(["t"], [[ox.Literal("Kalo, Mirav\tand  Tesh")]]), "table").splitlines()[2] == "Kalo, Mirav and Tesh"


def test_parameters_query_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "kalo.rq"
    path.write_bytes(b"\xef\xbb\xbfSELECT ?s WHERE { ?s ?p ?o }\n")
    assert read_query_file(path) == "SELECT ?s WHERE { ?s ?p ?o }\n"
    inside = tmp_path / "inside.rq"
    inside.write_bytes("SELECT ?s WHERE { ?s ?p \ufeff?o }\n".encode("utf-8"))
    assert "\ufeff" in read_query_file(inside)  # only a leading mark is no text
