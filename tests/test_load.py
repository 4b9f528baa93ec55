"""`kg load` into a live Oxigraph server (Graph Store Protocol PUT) and `kg export --shards`."""

from __future__ import annotations

import gzip
import urllib.request

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import LoadError
from kg.http import HttpClient
from kg.load import GraphStoreClient, export_shards, load_to_endpoint

runner = CliRunner()


def _server_quads(base: str) -> set[str]:
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return _stored(ox.parse(response.read(), format=ox.RdfFormat.N_QUADS))


def _stored(quads) -> set[str]:
    """Quads as a store keeps them (literals in canonical form), as N-Quads lines."""
    store = ox.Store()
    store.extend(quads)
    return {str(quad) for quad in store}


def _synthetic_store(graphs: int, triples: int) -> ox.Store:
    store = ox.Store()
    store.extend(
        ox.Quad(ox.NamedNode(f"urn:s:{g}:{t}"), ox.NamedNode("urn:p"), ox.Literal(f"value {t} of graph {g}"), ox.NamedNode(f"urn:g:{g:04d}"))
        for g in range(graphs)
        for t in range(triples)
    )
    return store


@pytest.fixture
def server(tmp_path, oxigraph):
    port = oxigraph.free_port()
    process = oxigraph.start(tmp_path / "db", port)
    yield f"http://127.0.0.1:{port}"
    oxigraph.stop(process)


def test_load_twice_leaves_exactly_the_quads_of_one_load(seeds_nq, server):
    expected = _stored(ox.parse(path=str(seeds_nq), format=ox.RdfFormat.N_QUADS))
    for _ in range(2):
        result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{server}/store"])
        assert result.exit_code == 0, result.output
        assert _server_quads(server) == expected
    assert "graphs" in result.stdout


def _graph_count(path) -> int:
    """How many named graphs a graph file holds (documents, entities, corpus blocks)."""
    return len({q.graph_name for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)})


def test_load_refused_by_the_server_is_a_clear_error(seeds_nq, tmp_path, oxigraph):
    port = oxigraph.free_port()
    ox.Store(str(tmp_path / "ro")).flush()  # an empty store for the read-only server (closed when collected)
    process = oxigraph.start(tmp_path / "ro", port, command="serve-read-only")
    try:
        result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"http://127.0.0.1:{port}/store"])
    finally:
        oxigraph.stop(process)
    assert result.exit_code == 1
    assert "the server refused the update" in result.stderr and "the account may not write to this server" in result.stderr
    assert f"0 of {_graph_count(seeds_nq)} graphs were loaded" in result.stderr


def test_load_wrong_endpoint_path_names_the_graph_store_url(seeds_nq, server):
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{server}/query"])
    assert result.exit_code == 1
    assert "/store" in result.stderr and "refused" in result.stderr


def test_load_server_killed_mid_load_fails_clearly_and_a_rerun_completes(tmp_path, oxigraph):
    store = _synthetic_store(graphs=60, triples=200)
    port = oxigraph.free_port()
    location = tmp_path / "db"
    process = oxigraph.start(location, port)
    base = f"http://127.0.0.1:{port}"

    def kill_after_twenty(done: int, total: int) -> None:
        if done == 20:
            oxigraph.stop(process)

    client = GraphStoreClient(HttpClient(f"{base}/store"), attempts=2, pause=0.05)
    with pytest.raises(LoadError) as failure:
        load_to_endpoint(store, client, batch_size=4, progress=kill_after_twenty)
    message = str(failure.value)
    assert "cannot store graph <urn:g:0020>" in message and "tried 2 times" in message
    assert "20 of 60 graphs were loaded" in message and "run the same command again" in message

    restarted = oxigraph.start(location, port)
    try:
        report = load_to_endpoint(store, GraphStoreClient(HttpClient(f"{base}/store")), batch_size=4)
        assert (report.graphs, report.triples) == (60, 12_000)
        assert _server_quads(base) == {str(quad) for quad in store}
    finally:
        oxigraph.stop(restarted)


def test_load_unreachable_server_is_a_clear_error(seeds_nq, oxigraph):
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"http://127.0.0.1:{oxigraph.free_port()}/store", "--attempts", "1"])
    assert result.exit_code == 1
    assert "cannot store graph" in result.stderr and f"0 of {_graph_count(seeds_nq)} graphs were loaded" in result.stderr


def test_load_export_shards_keep_every_quad_and_never_split_a_graph(tmp_path):
    store = _synthetic_store(graphs=10, triples=30)
    folder = tmp_path / "shards"
    (folder).mkdir()
    shards = export_shards(store, folder, shard_quads=100)
    assert [path.name for path in shards] == [f"part-{n:05d}.nq.gz" for n in range(3)]
    assert sorted(folder.glob("part-*.nq.gz")) == shards
    seen: dict[str, str] = {}
    quads: set[str] = set()
    for shard in shards:
        for quad in ox.parse(gzip.decompress(shard.read_bytes()), format=ox.RdfFormat.N_QUADS):
            assert seen.setdefault(quad.graph_name.value, shard.name) == shard.name
            quads.add(str(quad))
    assert quads == {str(quad) for quad in store}


def test_load_export_command_writes_shards_of_the_example_graph(seeds_nq, tmp_path):
    result = runner.invoke(app, ["export", "--shards", str(tmp_path / "out"), "--data", str(seeds_nq)])
    assert result.exit_code == 0, result.output
    written = _stored(q for shard in (tmp_path / "out").glob("part-*.nq.gz")
                      for q in ox.parse(gzip.decompress(shard.read_bytes()), format=ox.RdfFormat.N_QUADS))
    assert written == _stored(ox.parse(path=str(seeds_nq), format=ox.RdfFormat.N_QUADS))


def test_load_export_of_a_built_store_holds_the_documents_entities_and_corpus_graphs(tmp_path, examples_dir, nlp):
    from kg.build import build
    from kg.rdf.corpus import CORPUS_GRAPH_PREFIX
    from kg.rdf.entities import ENTITIES_GRAPH
    from kg.store import open_store_read_only

    store = tmp_path / "store"
    build([examples_dir], store_path=store, nlp=nlp)
    result = runner.invoke(app, ["export", "--shards", str(tmp_path / "out"), "--store", str(store), "--shard-size", "2000"])
    assert result.exit_code == 0, result.output
    shards = sorted((tmp_path / "out").glob("part-*.nq.gz"))
    written = [q for shard in shards for q in ox.parse(gzip.decompress(shard.read_bytes()), format=ox.RdfFormat.N_QUADS)]
    graphs = {quad.graph_name.value for quad in written}
    assert ENTITIES_GRAPH in graphs and any(graph.startswith(CORPUS_GRAPH_PREFIX) for graph in graphs)
    assert len(shards) > 1 and _stored(written) == _stored(open_store_read_only(store))


BLANK_GRAPH_FILE = (
    '<http://example.org/kalo> <http://example.org/p> "shelled" _:wire .\n'
    '<http://example.org/kalo> <http://example.org/p> "held" <http://example.org/g> .\n'
)


def test_load_export_shards_keep_the_quads_of_a_graph_named_by_a_blank_node(tmp_path):
    store = ox.Store()
    store.load(BLANK_GRAPH_FILE.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    shards = export_shards(store, tmp_path / "shards")
    written = [quad for shard in shards for quad in ox.parse(gzip.decompress(shard.read_bytes()), format=ox.RdfFormat.N_QUADS)]
    assert sorted(quad.object.value for quad in written) == ["held", "shelled"]  # "shelled" was dropped without a word
    assert sorted(type(quad.graph_name).__name__ for quad in written) == ["BlankNode", "NamedNode"]


def test_load_export_shards_of_blank_node_graphs_are_the_same_bytes_for_the_same_file(tmp_path):
    text = BLANK_GRAPH_FILE + '<http://example.org/kalo> <http://example.org/p> "shelled" _:copy .\n'  # two graphs, the same triples
    written = []
    for run in ("a", "b"):
        store = ox.Store()
        store.load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)  # the parser labels blank nodes anew each time
        written.append([shard.read_bytes() for shard in export_shards(store, tmp_path / run)])
    assert written[0] == written[1]
    quads = [q for shard in written[0] for q in ox.parse(gzip.decompress(shard), format=ox.RdfFormat.N_QUADS)]
    assert len({q.graph_name for q in quads if isinstance(q.graph_name, ox.BlankNode)}) == 2


def test_load_graph_named_by_a_blank_node_is_refused_before_anything_is_sent(tmp_path, local_server):
    data = tmp_path / "wire.nq"
    data.write_text(BLANK_GRAPH_FILE, encoding="utf-8")
    server = local_server(lambda handler, _, __: (handler.send_response(204), handler.end_headers()))
    result = runner.invoke(app, ["load", str(data), "--endpoint", f"{server.url}/store", "--per-graph"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip() == (
        f"error: {data}: 1 graph(s) named by a blank node (1 triples in all; first triple of each: "
        '<http://example.org/kalo> <http://example.org/p> "shelled"): the Graph Store Protocol can only address a graph '
        "by its IRI; nothing was loaded (name them with IRIs, or use kg export --shards)"
    )
    assert not server.requests


def test_load_store_holding_a_graph_named_by_a_blank_node_is_refused_naming_the_store(tmp_path, local_server):
    data = tmp_path / "wire.nq"
    data.write_text(BLANK_GRAPH_FILE, encoding="utf-8")
    store = tmp_path / "st"
    disk = ox.Store(str(store))
    disk.load(path=str(data), format=ox.RdfFormat.N_QUADS)
    disk.flush()
    del disk
    server = local_server(lambda handler, _, __: (handler.send_response(204), handler.end_headers()))
    result = runner.invoke(app, ["load", "--store", str(store), "--endpoint", f"{server.url}/store", "--per-graph"])
    assert result.exit_code == 1 and result.stderr.startswith(f"error: {store}: 1 graph(s) named by a blank node")
    assert not server.requests


def test_load_file_of_named_graphs_only_is_sent_as_before(tmp_path, local_server):
    data = tmp_path / "wire.nq"
    data.write_text(BLANK_GRAPH_FILE.splitlines(keepends=True)[1], encoding="utf-8")
    server = local_server(lambda handler, _, __: (handler.send_response(204), handler.end_headers()))
    result = runner.invoke(app, ["load", str(data), "--endpoint", f"{server.url}/store", "--per-graph"])
    assert result.exit_code == 0, result.output
    assert [request["method"] for request in server.requests] == ["PUT"]
