"""`kg validate` exit codes and report formats, `kg build --validate`, and the example graph."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.vocab import KG
from kg.store import write_graph_file
from kg.validate import SHAPES_NS, dataset_graphs, load_shapes, validate_graphs

HERE = Path(__file__).resolve().parent
VALID = HERE / "valid.trig"
CLAIM = "<https://w3id.org/kg-news/doc/e7671a1a31936b79f5371196/claim/claim-50>"
runner = CliRunner()


def _broken(tmp_path: Path, update: str, name: str = "broken.nq") -> Path:
    store = ox.Store()
    store.load(path=str(VALID), format=ox.RdfFormat.TRIG)
    store.update("PREFIX kg: <https://w3id.org/kg-news/ontology#>\n" + update)
    path = tmp_path / name
    write_graph_file(path, list(store))
    return path


def test_validate_cli_conforming_file_exits_0():
    result = runner.invoke(app, ["validate", str(VALID)])
    assert result.exit_code == 0, result.output
    assert "0 violations" in result.stdout


def test_validate_cli_violations_exit_1_and_text_groups_by_shape_with_snippet(tmp_path):
    path = _broken(tmp_path, f"DELETE WHERE {{ GRAPH ?g {{ {CLAIM} kg:speaker ?s }} }}")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Violation ks:ClaimSource (1)"))
    assert "/claim/claim-50" in lines[header + 1]
    assert lines[header + 2].strip().startswith("text: KYIV, March 4 (Wire) - [Ukraine's defence ministry said")


def test_validate_cli_fail_on_warning(tmp_path):
    path = _broken(tmp_path, f"DELETE WHERE {{ GRAPH ?g {{ {CLAIM} kg:speaker ?s }} }} ;\n"
                   "INSERT DATA { GRAPH <https://w3id.org/kg-news/doc/e7671a1a31936b79f5371196> {"
                   " <https://w3id.org/kg-news/doc/e7671a1a31936b79f5371196/claim/claim-50> kg:speaker <https://w3id.org/kg-news/entity/kharkiv> } }")
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0
    result = runner.invoke(app, ["validate", str(path), "--fail-on", "warning"])
    assert result.exit_code == 1
    assert "Warning ks:Claim-speakerActor" in result.stdout


@pytest.mark.parametrize("content", ["", "<not> <n-quads"])
def test_validate_cli_unreadable_input_exits_2(tmp_path, content):
    path = tmp_path / "bad.nq"
    if content:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path) if content else str(tmp_path / "missing.nq")])
    assert result.exit_code == 2
    assert "error:" in result.stderr


def test_validate_cli_bad_shapes_exit_2(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "shapes.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nex:Shape a sh:NodeShape .\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(VALID), "--shapes", str(broken)])
    assert result.exit_code == 2
    assert "shapes.ttl" in result.stderr
    unusable = tmp_path / "unusable"
    unusable.mkdir()
    (unusable / "shapes.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        '<urn:x:S> a sh:NodeShape ; sh:targetClass kg:Document ; sh:property [ sh:path kg:outlet ; sh:minCount "two" ] .\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(VALID), "--shapes", str(unusable)])
    assert result.exit_code == 2
    assert "sh:minCount" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert runner.invoke(app, ["validate", str(VALID), "--shapes", str(empty)]).exit_code == 2
    bad_option = runner.invoke(app, ["validate", str(VALID), "--format", "sarif"])
    assert bad_option.exit_code == 2


def test_validate_cli_custom_shapes_folder(tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        "<urn:x:OutletRequired> a sh:NodeShape ; sh:targetClass kg:Document ;\n"
        "  sh:property [ sh:path kg:outlet ; sh:minCount 2 ] .\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(VALID), "--shapes", str(shapes), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["conforms"] is False
    assert [r["shape"] for g in report["graphs"] for r in g["results"]] != []


def test_validate_cli_junit_names_the_bad_document(tmp_path):
    path = _broken(tmp_path, "DELETE WHERE { GRAPH ?g { ?e kg:hasMention ?m } }")
    out = tmp_path / "report.xml"
    result = runner.invoke(app, ["validate", str(path), "--format", "junit", "--out", str(out)])
    assert result.exit_code == 1
    root = ElementTree.parse(out).getroot()
    assert root.tag == "testsuites"
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"wire-kharkiv.txt", "wire-drones.txt", "https://w3id.org/kg-news/graph/corpus/attack-2026", "https://w3id.org/kg-news/graph/entities"}
    failure = cases["wire-kharkiv.txt"].find("failure")
    assert failure is not None and "ks:Event-hasMention" in failure.text
    assert cases["https://w3id.org/kg-news/graph/corpus/attack-2026"].find("failure") is None
    assert root.get("failures") == "1"


def test_validate_cli_json_counts(tmp_path):
    result = runner.invoke(app, ["validate", str(VALID), "--format", "json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["conforms"] is True
    assert report["counts"] == {"violation": 0, "warning": 0, "info": 1}


@pytest.fixture(scope="module")
def example_nq(tmp_path_factory, examples_dir) -> Path:
    out = tmp_path_factory.mktemp("example") / "seeds.nq"
    result = runner.invoke(app, ["build", str(examples_dir), "--no-store", "--out", str(out), "--validate"])
    assert result.exit_code == 0, result.output
    return out


def test_validate_example_graph_conforms(example_nq):
    result = runner.invoke(app, ["validate", str(example_nq)])
    assert result.exit_code == 0, result.stdout
    assert " 0 violations" in result.stdout


def test_validate_example_with_claims_stripped_of_speakers_exits_1(example_nq, tmp_path):
    store = ox.Store()
    store.load(path=str(example_nq), format=ox.RdfFormat.N_QUADS)
    speakers = list(store.quads_for_pattern(None, ox.NamedNode(KG.speaker), None))
    assert speakers
    for quad in speakers:
        store.remove(quad)
    corrupted = tmp_path / "corrupted.nq"
    write_graph_file(corrupted, list(store))
    result = runner.invoke(app, ["validate", str(corrupted), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    fired = [r for g in report["graphs"] for r in g["results"] if r["severity"] == "Violation"]
    claims = {q.subject.value for q in speakers}
    assert {r["focus"] for r in fired if r["shape"] == SHAPES_NS + "ClaimSource"} == claims


def test_validate_the_built_graphs_conform(example_build):
    store = ox.Store()
    store.extend(example_build.quads)
    report = validate_graphs(dataset_graphs(store), load_shapes())
    assert len(report.graphs) == len(list(store.named_graphs()))
    assert report.count("Violation") == 0, [r for r in report.results if r.severity == "Violation"][:5]


@pytest.mark.parametrize("content", ["", "# nothing but a comment\n"])
def test_validate_cli_empty_graph_exits_1_unless_allowed(tmp_path, content):
    path = tmp_path / "empty.nq"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--format", "junit"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {path}: the graph is empty, nothing was validated (--allow-empty accepts that)"
    allowed = runner.invoke(app, ["validate", str(path), "--allow-empty"])
    assert allowed.exit_code == 0, allowed.output
    assert runner.invoke(app, ["validate", str(VALID)]).exit_code == 0  # not empty: no flag needed


def _turtle_report(result) -> tuple[Graph, BNode]:
    report = Graph().parse(data=result.stdout, format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    return report, node


def test_validate_cli_turtle_is_the_standard_shacl_report(tmp_path):
    path = _broken(tmp_path, f"DELETE WHERE {{ GRAPH ?g {{ {CLAIM} kg:speaker ?s }} }}")
    result = runner.invoke(app, ["validate", str(path), "--format", "turtle"])
    assert result.exit_code == 1
    report, node = _turtle_report(result)
    assert report.value(node, SH.conforms) == Literal(False)
    results = set(report.objects(node, SH.result))
    expected = json.loads(runner.invoke(app, ["validate", str(path), "--format", "json"]).stdout)
    assert len(results) == sum(expected["counts"].values())
    claim = URIRef("https://w3id.org/kg-news/doc/e7671a1a31936b79f5371196/claim/claim-50")
    (violation,) = [r for r in results if report.value(r, SH.resultSeverity) == SH.Violation]
    assert report.value(violation, SH.focusNode) == claim
    assert report.value(violation, SH.sourceShape) == URIRef(SHAPES_NS + "ClaimSource")
    assert report.value(violation, SH.sourceConstraintComponent) is not None


def test_validate_cli_turtle_carries_text_anchoring_results(tmp_path):
    path = _broken(tmp_path, 'DELETE { GRAPH ?g { ?m kg:anchorOf ?a } } INSERT { GRAPH ?g { ?m kg:anchorOf "Ukrainian" } }'
                             ' WHERE { GRAPH ?g { ?m a kg:Mention ; kg:anchorOf ?a ; kg:start 23 } }')
    result = runner.invoke(app, ["validate", str(path), "--format", "turtle"])
    assert result.exit_code == 1
    report, node = _turtle_report(result)
    anchoring = [r for r in report.objects(node, SH.result) if report.value(r, SH.sourceShape) == URIRef(SHAPES_NS + "TextAnchoring")]
    assert len(anchoring) == 1
    assert report.value(anchoring[0], SH.value) == Literal("Ukrainian")
    assert report.value(anchoring[0], SH.resultPath) == URIRef(str(KG.anchorOf))
    conforming = runner.invoke(app, ["validate", str(VALID), "--format", "turtle"])
    assert conforming.exit_code == 0
    report, node = _turtle_report(conforming)
    assert report.value(node, SH.conforms) == Literal(True)  # an Info result does not fail it


@pytest.mark.parametrize("where", ["folder", "under_a_file"])
def test_validate_cli_report_that_cannot_be_written_is_one_error_line(where, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file", encoding="utf-8")
    out = tmp_path if where == "folder" else blocker / "report.json"
    result = runner.invoke(app, ["validate", str(VALID), "--format", "json", "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {out}: cannot write the report: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output and blocker.read_text(encoding="utf-8") == "a file"


def test_validate_cli_report_written_to_a_file_is_whole_and_alone_in_its_folder(tmp_path):
    out = tmp_path / "reports" / "report.json"
    result = runner.invoke(app, ["validate", str(VALID), "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["conforms"] is True
    assert [p.name for p in out.parent.iterdir()] == ["report.json"]


@pytest.mark.parametrize("value", ['"abc"^^xsd:integer', '"1e3"^^xsd:integer'])
def test_validate_cli_offset_its_datatype_cannot_read_is_a_violation_not_a_crash(value, tmp_path, caplog):
    path = _broken(
        tmp_path,
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
        f"DELETE {{ GRAPH ?g {{ {CLAIM} kg:start ?s }} }} INSERT {{ GRAPH ?g {{ {CLAIM} kg:start {value} }} }} "
        f"WHERE {{ GRAPH ?g {{ {CLAIM} kg:start ?s }} }}",
    )
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.stderr == ""
    assert not [r for r in caplog.records if r.exc_info]  # nor rdflib's logged traceback per literal
    results = [r for g in json.loads(result.stdout)["graphs"] for r in g["results"]]
    assert {r["shape"].rsplit("#", 1)[-1] for r in results if r["focus"] == CLAIM.strip("<>")} >= {"Span-start"}


def test_validate_cli_offset_of_the_wrong_but_readable_datatype_is_reported_as_before(tmp_path):
    path = _broken(
        tmp_path,
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
        f"DELETE {{ GRAPH ?g {{ {CLAIM} kg:start ?s }} }} INSERT {{ GRAPH ?g {{ {CLAIM} kg:start \"-3\"^^xsd:integer }} }} "
        f"WHERE {{ GRAPH ?g {{ {CLAIM} kg:start ?s }} }}",
    )
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 1 and result.stderr == ""
    results = [r for g in json.loads(result.stdout)["graphs"] for r in g["results"] if r["focus"] == CLAIM.strip("<>")]
    assert "Span-start" in {r["shape"].rsplit("#", 1)[-1] for r in results}
    assert any(r["value"] == "-3" for r in results)


def test_validate_cli_text_report_shows_escape_sequences_of_the_document_text_escaped(tmp_path):
    """A document's text may hold control characters (a scraped page); the text report quotes it on a terminal."""
    path = _broken(
        tmp_path,
        'DELETE { GRAPH ?g { ?d kg:text ?t } } INSERT { GRAPH ?g { ?d kg:text ?u } } '
        'WHERE { GRAPH ?g { ?d kg:text ?t } FILTER(CONTAINS(?t, "Kharkiv")) '
        'BIND(REPLACE(?t, "shelled Kharkiv", "shelled\\u001B]0;x\\u0007iv") AS ?u) }',
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert not [c for c in result.stdout if c < " " and c != "\n" or "\x7f" <= c <= "\x9f"]
    assert "shelled\\x1b]0;x\\x07iv" in result.stdout  # the snippet of the span that no longer matches its text


def test_validate_cli_text_report_of_plain_text_is_unchanged(tmp_path):
    path = _broken(tmp_path, "DELETE WHERE { GRAPH ?g { ?e kg:hasMention ?m } }")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "    text: " in result.stdout and "\\x" not in result.stdout


@pytest.mark.parametrize("command", ["validate", "reason"])
def test_validate_cli_rdf_star_triple_term_is_one_error_naming_the_file(command, tmp_path):
    path = tmp_path / "star.nq"
    path.write_text(
        "<http://example.org/kalo> <http://example.org/says> "
        "<<( <http://example.org/rebels> <http://example.org/shelled> <http://example.org/mirav> )>> <http://example.org/g> .\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, [command, str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    line = result.stderr.strip()
    assert "\n" not in line and line.startswith(f"error: {path}: the graph holds an RDF-star triple term, <<( <http://example.org/rebels> ")
    assert line.endswith(" <http://example.org/mirav> )>>, which SHACL validation and OWL reasoning (rdflib) cannot read")


@pytest.mark.parametrize("command", ["validate", "reason"])
def test_validate_cli_graph_without_triple_terms_is_read_as_before(command, tmp_path):
    path = tmp_path / "plain.nq"
    path.write_text('<http://example.org/kalo> <http://example.org/says> "shelled" <http://example.org/g> .\n', encoding="utf-8")
    result = runner.invoke(app, [command, str(path)])
    assert result.exit_code == 0, result.output
