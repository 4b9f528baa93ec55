"""Fixtures for the query library: the example corpus in the embedded store, in rdflib, and in a live Oxigraph server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.load import GraphStoreClient, load_to_endpoint
from kg.rdf.corpus import corpus_quads
from kg.query import EndpointBackend, OxigraphBackend, RdflibBackend


def oxigraph_binary() -> str:
    """The `oxigraph` server binary of the `oxigraph` PyPI package (beside this Python, else on PATH)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`, test extra) is not installed")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(location: Path, port: int, *extra: str) -> subprocess.Popen:
    """Start `oxigraph serve` on a loopback port and wait until it answers."""
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited: {process.stderr.read().decode(errors='replace')}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("oxigraph serve did not answer within 20 s")


def stop_server(process: subprocess.Popen) -> None:
    process.kill()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def example_store(example_build) -> ox.Store:
    """The example corpus in an in-memory embedded store: document graphs and the corpus graph, as `kg build` writes them."""
    store = ox.Store()
    store.extend(example_build.quads)
    store.extend(corpus_quads(store))
    return store


@pytest.fixture(scope="session")
def embedded(example_store) -> OxigraphBackend:
    return OxigraphBackend(example_store)


@pytest.fixture(scope="session")
def in_rdflib(example_store) -> RdflibBackend:
    """The example corpus in an rdflib Dataset whose default graph is the union of its graphs."""
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=example_store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return RdflibBackend(dataset)


@pytest.fixture(scope="session")
def server(tmp_path_factory, example_store) -> Iterator[str]:
    """A live `oxigraph serve --union-default-graph` loaded with the example corpus by `kg.load`; its base URL."""
    port = free_port()
    process = start_server(tmp_path_factory.mktemp("oxigraph"), port, "--union-default-graph")
    base = f"http://127.0.0.1:{port}"
    try:
        load_to_endpoint(example_store, GraphStoreClient(f"{base}/store"))
        yield base
    finally:
        stop_server(process)


@pytest.fixture(scope="session")
def remote(server) -> EndpointBackend:
    return EndpointBackend(f"{server}/query")
