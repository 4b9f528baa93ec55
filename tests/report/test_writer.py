"""Writing the report folder: contents read from the graph, bounded pages, atomic replacement, the CLI."""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ReportError
from kg.query import load_query, run
from kg.report.network import actor_network
from kg.report.sections import Limits, owned_statement
from kg.report.writer import MARKER, write_report
from tests.report.reading import read_chunks, read_script_data

KG = "https://w3id.org/kg-news/ontology#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def count(store: ox.Store, pattern: str) -> int:
    result = store.query(f"PREFIX kg: <{KG}> SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", use_default_graph_as_union=True)
    return int(next(iter(result))["n"].value)


def test_same_graph_same_report(tmp_path, seeds_store, seeds_report):
    write_report(seeds_store, tmp_path / "again")
    assert files(tmp_path / "again") == files(seeds_report)


def test_report_is_the_same_when_entities_are_described_in_one_shared_graph(tmp_path, seeds_store, seeds_report):
    """Labels and classes of entities moved out of the document graphs into one graph: nothing changes."""
    shared = ox.NamedNode("https://w3id.org/kg-news/graph/entities")
    moved = ox.Store()
    for quad in seeds_store:
        described = quad.predicate in (RDFS_LABEL, RDF_TYPE) and quad.subject.value.startswith("https://w3id.org/kg-news/entity/")
        moved.add(ox.Quad(quad.subject, quad.predicate, quad.object, shared) if described else quad)
    assert count(moved, "GRAPH <https://w3id.org/kg-news/graph/entities> { ?s ?p ?o }") > 50
    write_report(moved, tmp_path / "moved")
    assert files(tmp_path / "moved") == files(seeds_report)


def test_tables_hold_every_claim_figure_event_and_document(seeds_report, seeds_store):
    claims = read_chunks(seeds_report, "claims")
    assert len(claims) == count(seeds_store, "{ SELECT DISTINCT ?c ?s WHERE { ?c a kg:Claim ; kg:speaker ?s } }") \
        + count(seeds_store, "?c a kg:Claim FILTER NOT EXISTS { ?c kg:speaker ?s }")
    assert len(read_chunks(seeds_report, "events")) == count(seeds_store, "?e a kg:Event")
    assert len(read_chunks(seeds_report, "documents")) == count(seeds_store, "?d a kg:Document")
    evidence = {}
    for solution in seeds_store.query(
        f"SELECT ?c ?e ?t WHERE {{ ?c a <{KG}Claim> ; <{KG}anchorOf> ?e ; <{KG}inDocument>/<{KG}text> ?t }}", use_default_graph_as_union=True
    ):
        evidence[solution["c"].value] = (solution["e"].value, solution["t"].value)
    for row in claims:
        sentence, text = evidence[row["claim"]]
        assert "".join(row["evidence"]) == sentence
        assert row["before"].lstrip("…") + sentence + row["after"].rstrip("…") in text
        assert row["href"].startswith("docs/") and "#claim/" in row["href"]


def test_disagreeing_figures_show_the_graphs_classification(seeds_report, seeds_store):
    positions = read_chunks(seeds_report, "reports")
    assert positions and {position["relation"] for position in positions} == {"contradiction", "compatible"}
    shown = {(p["relation"], p["statement"], report["text"]) for p in positions for report in p["reports"]}
    owners = {
        row["key"].value: row["label"].value
        for row in seeds_store.query(f"PREFIX kg: <{KG}> SELECT ?key (MIN(STR(?name)) AS ?label) WHERE {{ ?e kg:key ?key ; "
                                     "<http://www.w3.org/2000/01/rdf-schema#label> ?name . } GROUP BY ?key",
                                     use_default_graph_as_union=True)
    }
    for relation, name in (("contradiction", "contradictions"), ("compatible", "differing-reports")):
        listed = {(relation, owned_statement(r["statement"], owners), r["text"]) for r in run(seeds_store, load_query(name)).plain()}
        assert listed == {found for found in shown if found[0] == relation}, name  # the report and kg query agree


def test_a_position_names_the_state_whose_people_it_counts_by_its_label(seeds_report):
    """The graph's position label names the owner by its key ("7 police officers of Q227"); the report by its name."""
    statements = {position["statement"] for position in read_chunks(seeds_report, "reports")}
    assert {"7 police officers of Azerbaijan", "6 citizens of Azerbaijan"} <= statements
    assert "at least 61 positions" in statements  # no owner: as the graph says
    assert not [statement for statement in statements if "Q227" in statement]


def test_big_corpora_stay_bounded_on_the_index_page(tmp_path, seeds_store):
    limits = Limits(chunk_rows=7, timeline_points=4, figure_points=5, network_links=3, links_per_edge=1, sources=2)
    out = tmp_path / "report"
    write_report(seeds_store, out, limits=limits)
    overview = read_script_data(out / "data" / "overview.js")
    dated = count(seeds_store, "?e a kg:Event ; kg:date ?d")
    assert overview["timeline"]["mode"] == "counts" and sum(i["count"] for i in overview["timeline"]["items"]) == dated
    assert overview["figures"]["mode"] == "ranges"
    assert sum(i["count"] for i in overview["figures"]["items"]) == overview["figures"]["total"]
    assert len({i["source"] for i in overview["timeline"]["items"]}) <= limits.sources + 1  # plus "other"
    edges = overview["network"]["edges"]
    assert len(edges) == 3 and overview["network"]["total"] > 3
    shown = {(e["source"], e["target"], e["relation"]) for e in edges}
    hidden = [link.weight for link in actor_network(seeds_store).links if (link.source, link.target, link.relation) not in shown]
    assert min(e["weight"] for e in edges) >= max(hidden)  # the strongest links
    assert all(len(e["items"]) <= 1 and len(e["items"]) + e["more"] == e["weight"] for e in edges)
    for name, manifest in overview["tables"].items():
        chunks = sorted((out / "data" / name).glob("*.js"))
        assert len(chunks) == manifest["chunks"] == math.ceil(manifest["total"] / 7), name
        rows = read_chunks(out, name)
        for value, size, first, last in manifest["facets"]:
            inside = [row for row in rows[first * 7 : (last + 1) * 7] if row["facet"] == value]
            assert len(inside) == size == sum(row["facet"] == value for row in rows), (name, value)


def test_a_failed_run_leaves_the_earlier_report(tmp_path, seeds_store):
    out = tmp_path / "report"
    write_report(seeds_store, out)
    before = files(out)

    def interrupt(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_report(seeds_store, out, progress=interrupt)
    assert files(out) == before
    assert [path.name for path in tmp_path.iterdir()] == ["report"]  # no half-written folder left behind


def test_an_earlier_report_is_replaced_and_other_folders_are_refused(tmp_path, seeds_store):
    out = tmp_path / "report"
    (out / "docs").mkdir(parents=True)
    (out / MARKER).write_text("{}")
    (out / "docs" / "stale.html").write_text("old")
    write_report(seeds_store, out)
    assert not (out / "docs" / "stale.html").exists()

    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "todo.txt").write_text("keep me")
    with pytest.raises(ReportError, match="notes: is a non-empty folder that holds no kg report"):
        write_report(seeds_store, mine)
    assert (mine / "todo.txt").read_text() == "keep me"


def test_report_files_follow_the_umask(tmp_path, seeds_store):
    previous = os.umask(0o027)
    try:
        write_report(seeds_store, tmp_path / "report")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "report").stat().st_mode) == 0o750
    assert stat.S_IMODE((tmp_path / "report" / "index.html").stat().st_mode) == 0o640


def test_kg_report_command(tmp_path, seeds_store):
    data = tmp_path / "seeds.nq"
    data.write_bytes(seeds_store.dump(format=ox.RdfFormat.N_QUADS))
    result = CliRunner().invoke(app, ["report", "--data", str(data), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output and (tmp_path / "out" / "index.html").is_file()
    assert len(list((tmp_path / "out" / "docs").glob("*.html"))) == 5

    refused = CliRunner().invoke(app, ["report", "--data", str(data), "--out", str(tmp_path)])
    assert refused.exit_code == 2
    assert f"error: {tmp_path}: is a non-empty folder that holds no kg report" in refused.output

    missing = CliRunner().invoke(app, ["report", "--store", str(tmp_path / "nothing"), "--out", str(tmp_path / "x")])
    assert missing.exit_code == 2 and "no kg store here" in missing.output


def test_kg_report_on_a_built_store_maps_the_places_the_gazetteer_locates(tmp_path, nlp):
    from kg.build import build

    article = tmp_path / "in" / "goma.txt"
    article.parent.mkdir()
    article.write_text(
        "M23 rebels shelled Goma on Sunday, the army said. Aid groups in Khartoum and in the village of Nyarugenge Hill "
        "said hundreds of families had fled.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    build([article.parent], store_path=store, nlp=nlp)
    assert CliRunner().invoke(app, ["validate", "--store", str(store)]).exit_code == 0
    result = CliRunner().invoke(app, ["report", "--store", str(store), "--out", str(tmp_path / "report")])
    assert result.exit_code == 0, result.output
    places = {place["label"]: (place["lat"], place["long"]) for place in read_script_data(tmp_path / "report" / "data" / "overview.js")["places"]}
    assert places == {"Goma": (-1.6741, 29.2284), "Khartoum": (15.5518, 32.5324)}  # the world gazetteer's coordinates


VALID = Path(__file__).resolve().parents[1] / "validate" / "valid.trig"
runner = CliRunner()


def _graph_with(tmp_path: Path, update: str, name: str = "graph.nq") -> Path:
    store = ox.Store()
    store.load(path=str(VALID), format=ox.RdfFormat.TRIG)
    if update:
        store.update(f"PREFIX kg: <{KG}>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n{update}")
    path = tmp_path / name
    path.write_text("".join(f"{quad} .\n" for quad in store), encoding="utf-8")
    return path


def _replace(node_class: str, prop: str, value: str) -> str:
    return (f"DELETE {{ GRAPH ?g {{ ?n kg:{prop} ?v }} }} INSERT {{ GRAPH ?g {{ ?n kg:{prop} {value} }} }} "
            f"WHERE {{ {{ SELECT ?n WHERE {{ GRAPH ?g {{ ?n a kg:{node_class} ; kg:{prop} ?v }} }} ORDER BY ?n LIMIT 1 }} GRAPH ?g {{ ?n kg:{prop} ?v }} }}")


@pytest.mark.parametrize(("node_class", "prop", "value"), [
    ("Claim", "start", '"abc"^^xsd:integer'),
    ("Mention", "end", '"12.5"^^xsd:decimal'),
    ("Figure", "value", '"1e3"^^xsd:integer'),
])
def test_kg_report_on_a_value_that_is_no_integer_is_one_error_naming_its_node(node_class, prop, value, tmp_path):
    graph = _graph_with(tmp_path, _replace(node_class, prop, value))
    out = tmp_path / "report"
    assert runner.invoke(app, ["report", "--out", str(out), "--data", str(_graph_with(tmp_path, "", "plain.nq"))]).exit_code == 0
    before = files(out)
    result = runner.invoke(app, ["report", "--out", str(out), "--data", str(graph)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {graph}: https://w3id.org/kg-news/doc/"), result.output
    assert f": {prop} " in lines[0] and "is not an integer (kg validate lists every such value)" in lines[0]
    assert files(out) == before  # the earlier report stays


def test_kg_report_on_integer_offsets_outside_the_text_still_writes(tmp_path):
    graph = _graph_with(tmp_path, _replace("Claim", "start", '"-4"^^xsd:integer'))
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "report"), "--data", str(graph)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report" / "index.html").is_file()
