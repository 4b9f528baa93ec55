"""Fixtures for the query library: the example corpus in the embedded store, in rdflib, and in a live Oxigraph server."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import rdflib

from kg.http import HttpClient
from kg.load import GraphStoreClient, load_to_endpoint
from kg.query import EndpointBackend, OxigraphBackend, RdflibBackend


@pytest.fixture(scope="session")
def example_store(example_build) -> ox.Store:
    """The example corpus in an in-memory embedded store: document, entities and corpus graphs, as `kg build` writes them."""
    store = ox.Store()
    store.extend(example_build.quads)
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
def server(tmp_path_factory, example_store, oxigraph) -> Iterator[str]:
    """A live `oxigraph serve --union-default-graph` loaded with the example corpus by `kg.load`; its base URL."""
    port = oxigraph.free_port()
    process = oxigraph.start(tmp_path_factory.mktemp("oxigraph"), port, "--union-default-graph")
    base = f"http://127.0.0.1:{port}"
    try:
        load_to_endpoint(example_store, GraphStoreClient(HttpClient(f"{base}/store")))
        yield base
    finally:
        oxigraph.stop(process)


@pytest.fixture(scope="session")
def remote(server) -> EndpointBackend:
    return EndpointBackend(f"{server}/query")
