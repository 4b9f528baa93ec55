"""`kg load` is all or nothing on servers that take SPARQL updates (Oxigraph, Virtuoso), and never takes an HTML page for a stored graph."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import LoadError
from kg.http import HttpClient
from kg.load import (
    STAGED_FOR,
    STAGING_PREFIX,
    STAGING_REGISTRY,
    GraphStoreClient,
    SparqlSwitch,
    load_to_endpoint,
    sparql_endpoints,
)
from tests.virtuoso import VirtuosoServer

runner = CliRunner()
GRAPHS, TRIPLES = 150, 400


def _dataset_file(path: Path, version: str, graphs: int = GRAPHS, triples: int = TRIPLES) -> Path:
    """A dataset of ``graphs`` named graphs, each of ``TRIPLES`` triples whose subjects and values name the version."""
    lines = (
        f'<urn:{version}:{g}:{t}> <urn:p> "{version} value {t} of graph {g}" <urn:graph:{g:04d}> .\n'
        for g in range(graphs)
        for t in range(triples)
    )
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _select(query_url: str, sparql: str, auth: tuple[str, str] | None = None) -> list[dict[str, str]]:
    request = urllib.request.Request(
        query_url, data=urllib.parse.urlencode({"query": sparql}).encode(), headers={"Accept": "application/sparql-results+json"}
    )
    opener = urllib.request.build_opener()
    if auth is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, query_url, *auth)
        opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager))
    with opener.open(request, timeout=60) as response:
        rows = json.loads(response.read())["results"]["bindings"]
    return [{name: value["value"] for name, value in row.items()} for row in rows]


def _versions(query_url: str, auth: tuple[str, str] | None = None) -> dict[str, set[str]]:
    """Per graph of the dataset: which versions' triples it holds (staging graphs apart)."""
    rows = _select(
        query_url,
        'SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s <urn:p> ?o } FILTER(STRSTARTS(STR(?g), "urn:graph:")) FILTER(STRENDS(STR(?s), ":0")) }',
        auth,
    )
    versions: dict[str, set[str]] = {}
    for row in rows:
        versions.setdefault(row["g"], set()).add(row["s"].split(":")[1])
    return versions


def _leftovers(query_url: str, auth: tuple[str, str] | None = None) -> list[dict[str, str]]:
    """Triples in staging graphs or in the staging registry."""
    return _select(
        query_url,
        f'SELECT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}") || STR(?g) = "{STAGING_REGISTRY}") }} LIMIT 5',
        auth,
    )


def _kill_mid_load(data: Path, endpoint: str, query_url: str, credentials: list[str], auth: tuple[str, str] | None = None) -> None:
    """Start `kg load`, SIGKILL it once the tenth new graph is on the server (under its staging name)."""
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("kg")), "load", str(data), "--endpoint", endpoint, "--batch-size", "1", *credentials],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if _select(query_url, "SELECT ?g WHERE { GRAPH ?g { <urn:new:10:0> ?p ?o } }", auth):
                break
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the load ended before it could be killed"


def _check_kill_then_rerun(
    tmp_path: Path, endpoint: str, query_url: str, credentials: list[str], auth: tuple[str, str] | None = None, graphs: int = GRAPHS, triples: int = TRIPLES
) -> None:
    old, new = _dataset_file(tmp_path / "old.nq", "old", graphs, triples), _dataset_file(tmp_path / "new.nq", "new", graphs, triples)
    loaded = runner.invoke(app, ["load", str(old), "--endpoint", endpoint, *credentials])
    assert loaded.exit_code == 0, loaded.output
    assert "switched in as one update" in loaded.stdout
    every = {f"urn:graph:{g:04d}" for g in range(graphs)}
    assert _versions(query_url, auth) == {graph: {"old"} for graph in every}

    _kill_mid_load(new, endpoint, query_url, credentials, auth)
    assert _versions(query_url, auth) == {graph: {"old"} for graph in every}  # the whole old dataset, not a graph new
    assert _leftovers(query_url, auth), "the killed load had staged graphs"

    again = runner.invoke(app, ["load", str(new), "--endpoint", endpoint, *credentials])  # by default every leftover is dropped
    assert again.exit_code == 0, again.output
    assert _versions(query_url, auth) == {graph: {"new"} for graph in every}
    assert _leftovers(query_url, auth) == []  # the killed load's staging graphs were dropped


def test_load_killed_mid_load_leaves_oxigraph_with_the_whole_old_dataset(tmp_path, oxigraph):
    port = oxigraph.free_port()
    process = oxigraph.start(tmp_path / "db", port)
    try:
        base = f"http://127.0.0.1:{port}"
        _check_kill_then_rerun(tmp_path, f"{base}/store", f"{base}/query", [], graphs=60, triples=100)
    finally:
        oxigraph.stop(process)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    server = VirtuosoServer.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


def test_load_killed_mid_load_leaves_virtuoso_with_the_whole_old_dataset(tmp_path, virtuoso):
    credentials = ["--user", "dba", "--password", "dba", "--atomic"]
    # smaller than for Oxigraph: the test server's small buffer pool makes Virtuoso's one-transaction switch slow
    _check_kill_then_rerun(
        tmp_path, f"{virtuoso.base}/sparql-graph-crud-auth", f"{virtuoso.base}/sparql-auth", credentials, ("dba", "dba"), graphs=40, triples=100
    )


def test_load_server_failing_after_some_graphs_leaves_the_old_dataset_and_drops_its_staging_even_a_late_upload(tmp_path, oxigraph):
    port = oxigraph.free_port()
    process = oxigraph.start(tmp_path / "db", port)
    base = f"http://127.0.0.1:{port}"
    try:
        old = ox.Store()
        old.extend(ox.parse(path=str(_dataset_file(tmp_path / "old.nq", "old", graphs=20)), format=ox.RdfFormat.N_QUADS))
        new = ox.Store()
        new.extend(ox.parse(path=str(_dataset_file(tmp_path / "new.nq", "new", graphs=20)), format=ox.RdfFormat.N_QUADS))
        load_to_endpoint(old, GraphStoreClient(HttpClient(f"{base}/store")), switch=SparqlSwitch.beside(f"{base}/store"))

        class FailingAfterTen(GraphStoreClient):
            async def put(self, client, graph, body, *, shown=None):
                if self.requests >= 10:
                    raise LoadError("the server went away")
                await super().put(client, graph, body, shown=shown)

        with pytest.raises(LoadError) as failure:
            load_to_endpoint(new, FailingAfterTen(HttpClient(f"{base}/store")), batch_size=2, switch=SparqlSwitch.beside(f"{base}/store"))
        assert "the server still holds the graphs of the previous load" in str(failure.value)
        assert _versions(f"{base}/query") == {f"urn:graph:{g:04d}": {"old"} for g in range(20)}
        staged = _select(f"{base}/query", f'SELECT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}')
        assert staged == []  # the failed load's staging graphs are dropped, their registry entries kept
        registered = _select(f"{base}/query", f"SELECT ?staged WHERE {{ GRAPH <{STAGING_REGISTRY}> {{ ?staged <{STAGED_FOR}> ?target }} }}")
        # an upload the server was still storing lands after the drop: the next load drops it, as it is registered
        late = registered[0]["staged"]
        _sparql_update(f"{base}/update", f"INSERT DATA {{ GRAPH <{late}> {{ <urn:late> <urn:p> 1 }} }}")
        load_to_endpoint(new, GraphStoreClient(HttpClient(f"{base}/store")), switch=SparqlSwitch.beside(f"{base}/store"))
        assert _versions(f"{base}/query") == {f"urn:graph:{g:04d}": {"new"} for g in range(20)}
        assert _leftovers(f"{base}/query") == []
    finally:
        oxigraph.stop(process)


def test_load_sparql_endpoints_are_guessed_only_for_known_graph_store_urls():
    assert sparql_endpoints("http://h:7878/store") == ("http://h:7878/query", "http://h:7878/update")
    assert sparql_endpoints("http://h:8890/sparql-graph-crud-auth") == ("http://h:8890/sparql-auth", "http://h:8890/sparql-auth")
    assert sparql_endpoints("http://h:3030/ds/data") == ("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert sparql_endpoints("http://h/gsp") is None and sparql_endpoints("http://h/data") is None


def _reply(handler, status: int, body: bytes = b"", content_type: str = "text/plain") -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>...</form></body></html>"


@pytest.mark.parametrize("path", ["/gsp", "/store"], ids=["graph-by-graph", "guessed-sparql"])
def test_load_to_a_server_answering_200_with_an_html_page_is_refused(path, seeds_nq, local_server):
    proxy = local_server(lambda handler, _, __: _reply(handler, 200, LOGIN_PAGE, "text/html; charset=utf-8"))
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{proxy.url}{path}", "--batch-size", "1"])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert f"{proxy.url}{path} answered the PUT of graph <" in result.stderr and "with an HTML page" in result.stderr
    assert "0 of" in result.stderr and "<!DOCTYPE" not in result.stderr
    assert len([r for r in proxy.requests if r["method"] == "PUT"]) == 1  # refused at once, never retried


def test_load_empty_html_typed_success_answer_is_a_stored_graph(seeds_nq, local_server):
    """Virtuoso answers a stored graph with 200 or 201 and an empty text/html body: that is a success."""
    server = local_server(lambda handler, _, __: _reply(handler, 201, b"", "text/html; charset=UTF-8"))
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{server.url}/gsp"])
    assert result.exit_code == 0, result.output
    assert "replaced one by one" in result.stdout


def test_load_to_a_server_that_acknowledges_but_does_not_store_is_refused(seeds_nq, local_server):
    """A server that answers every PUT and update with 204 but holds nothing: the read-back count refuses the switch."""

    def respond(handler, body, _):
        if handler.command == "POST" and body.startswith(b"query="):
            _reply(handler, 200, b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"0"}}]}}', "application/sparql-results+json")
        else:
            _reply(handler, 204)

    server = local_server(respond)
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{server.url}/store"])
    assert result.exit_code == 1
    assert "the server answered that it stored graph <" in result.stderr and "holds 0 under its staging name" in result.stderr
    updates = [r["body"] for r in server.requests if r["method"] == "POST" and r["body"].startswith(b"update=")]
    assert not any(b"MOVE" in body for body in updates)  # never switched in


def test_load_per_graph_replaces_graphs_one_by_one_on_oxigraph(tmp_path, oxigraph):
    port = oxigraph.free_port()
    process = oxigraph.start(tmp_path / "db", port)
    base = f"http://127.0.0.1:{port}"
    try:
        for version in ("old", "new"):
            data = _dataset_file(tmp_path / f"{version}.nq", version, graphs=12, triples=10)
            loaded = runner.invoke(app, ["load", str(data), "--endpoint", f"{base}/store", "--per-graph"])
            assert loaded.exit_code == 0, loaded.output
            assert "replaced one by one, as --per-graph asked" in loaded.stdout
            assert _versions(f"{base}/query") == {f"urn:graph:{g:04d}": {version} for g in range(12)}
        assert _leftovers(f"{base}/query") == []  # nothing staged
    finally:
        oxigraph.stop(process)


def _sparql_update(url: str, text: str) -> None:
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, "dba", "dba")
    opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager))
    opener.open(urllib.request.Request(url, data=urllib.parse.urlencode({"update": text}).encode()), timeout=60).close()


def test_load_on_virtuoso_replaces_graphs_one_by_one_by_default(tmp_path, virtuoso):
    """Virtuoso's one-transaction switch outlasts the default timeout for a large corpus: per graph unless --atomic."""
    credentials = ["--user", "dba", "--password", "dba"]
    _clear_virtuoso(virtuoso)
    for version in ("old", "new"):
        data = _dataset_file(tmp_path / f"{version}.nq", version, graphs=12, triples=10)
        loaded = runner.invoke(app, ["load", str(data), "--endpoint", f"{virtuoso.base}/sparql-graph-crud-auth", *credentials])
        assert loaded.exit_code == 0, loaded.output
        assert "replaced one by one, the default on Virtuoso; --atomic for all or nothing" in loaded.stdout
        assert _versions(f"{virtuoso.base}/sparql-auth", ("dba", "dba")) == {f"urn:graph:{g:04d}": {version} for g in range(12)}


def test_load_atomic_without_sparql_endpoints_is_refused(seeds_nq, local_server):
    server = local_server(lambda handler, _, __: _reply(handler, 204))
    result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{server.url}/gsp", "--atomic"])
    assert result.exit_code != 0
    assert "--atomic needs the server's SPARQL endpoints" in result.stderr
    assert not server.requests


def _clear_virtuoso(virtuoso) -> None:
    """Drop the test graphs earlier tests left on the module's Virtuoso."""
    drops = [f"DROP SILENT GRAPH <urn:graph:{g:04d}>" for g in range(GRAPHS)]
    _sparql_update(f"{virtuoso.base}/sparql-auth", " ; ".join([*drops, f"DROP SILENT GRAPH <{STAGING_REGISTRY}>"]))


def test_load_drops_only_the_staging_graphs_of_runs_older_than_stale_after(tmp_path, virtuoso):
    """Given an age (``--stale-after 3600``), a staging graph of a run started a minute ago may belong to a load still
    running: kept; one of 1970: dropped."""
    sparql = f"{virtuoso.base}/sparql-auth"
    _clear_virtuoso(virtuoso)
    young, old = f"{STAGING_PREFIX}{int(time.time()) - 60}-0123456789abcdef/0", f"{STAGING_PREFIX}1-fedcba9876543210/0"
    _sparql_update(
        sparql,
        f"INSERT DATA {{ GRAPH <{young}> {{ <urn:young> <urn:p> 1 }} GRAPH <{old}> {{ <urn:old> <urn:p> 1 }} "
        f"GRAPH <{STAGING_REGISTRY}> {{ <{young}> <{STAGED_FOR}> <urn:graph:young> . <{old}> <{STAGED_FOR}> <urn:graph:old> }} }}",
    )
    data = _dataset_file(tmp_path / "new.nq", "new", graphs=3, triples=5)
    loaded = runner.invoke(
        app, ["load", str(data), "--endpoint", f"{virtuoso.base}/sparql-graph-crud-auth", "--user", "dba", "--password", "dba", "--atomic",
              "--stale-after", "3600"]
    )
    assert loaded.exit_code == 0, loaded.output
    held = {row["g"] for row in _select(sparql, f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}', ("dba", "dba"))}
    assert held == {young}
    _sparql_update(sparql, f"DROP SILENT GRAPH <{young}> ; DROP SILENT GRAPH <{STAGING_REGISTRY}>")


def test_load_whose_staging_another_load_dropped_refuses_to_switch_and_never_empties_virtuoso_graphs(tmp_path, virtuoso):
    """Two loads at once: the second (told every leftover is stale) drops the first's staging graphs and switches in
    after the first read its counts back; the first then finds its staging graphs gone and refuses, instead of
    MOVEing from graphs that no longer exist (which on Virtuoso empties the targets)."""
    store_url = f"{virtuoso.base}/sparql-graph-crud-auth"
    _clear_virtuoso(virtuoso)

    def parts(version: str) -> ox.Store:
        store = ox.Store()
        store.extend(ox.parse(path=str(_dataset_file(tmp_path / f"{version}.nq", version, graphs=6, triples=5)), format=ox.RdfFormat.N_QUADS))
        return store

    def connect():
        return GraphStoreClient(HttpClient(store_url, user="dba", password="dba")), SparqlSwitch.beside(store_url, user="dba", password="dba")

    client, switch = connect()
    load_to_endpoint(parts("old"), client, switch=switch)
    other = parts("other")

    class OtherLoadMeanwhile(SparqlSwitch):
        async def select(self, client, text):
            if STAGING_REGISTRY in text and "COUNT" in text:  # this load's last check before its switch
                second, second_switch = connect()
                await asyncio.to_thread(load_to_endpoint, other, second, switch=second_switch, stale_after=0)
            return await super().select(client, text)

    first, plain = connect()
    with pytest.raises(LoadError) as failure:
        load_to_endpoint(parts("first"), first, switch=OtherLoadMeanwhile(plain.query, plain.update))
    assert "another load dropped 6 of this load's 6 staging graphs as stale" in str(failure.value)
    assert _versions(f"{virtuoso.base}/sparql-auth", ("dba", "dba")) == {f"urn:graph:{g:04d}": {"other"} for g in range(6)}
    assert _leftovers(f"{virtuoso.base}/sparql-auth", ("dba", "dba")) == []


def test_two_loads_at_once_on_virtuoso_keep_each_others_staging_graphs(tmp_path, virtuoso):
    """A load given an age (``--stale-after``) that starts while another is staging leaves that run's (young) staging graphs alone: both switch in,
    no graph is emptied, and the last switch wins."""
    store_url = f"{virtuoso.base}/sparql-graph-crud-auth"
    _clear_virtuoso(virtuoso)
    stores = {}
    for version in ("first", "second"):
        stores[version] = ox.Store()
        stores[version].extend(ox.parse(path=str(_dataset_file(tmp_path / f"{version}.nq", version, graphs=6, triples=5)), format=ox.RdfFormat.N_QUADS))

    def connect(kind=GraphStoreClient):
        return kind(HttpClient(store_url, user="dba", password="dba")), SparqlSwitch.beside(store_url, user="dba", password="dba")

    class SecondLoadMeanwhile(GraphStoreClient):
        async def put(self, client, graph, body, *, shown=None):
            await super().put(client, graph, body, shown=shown)
            if self.requests == 3:  # half of this load is staged: the second load (given an age) runs to its end
                second, second_switch = connect()
                assert (await asyncio.to_thread(load_to_endpoint, stores["second"], second, switch=second_switch, stale_after=3600)).atomic

    first, first_switch = connect(SecondLoadMeanwhile)
    assert load_to_endpoint(stores["first"], first, batch_size=1, switch=first_switch).atomic
    assert _versions(f"{virtuoso.base}/sparql-auth", ("dba", "dba")) == {f"urn:graph:{g:04d}": {"first"} for g in range(6)}
    assert _leftovers(f"{virtuoso.base}/sparql-auth", ("dba", "dba")) == []
