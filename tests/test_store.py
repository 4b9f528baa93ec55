"""The embedded store: all-or-nothing writes, locking, and a process killed mid-write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import (
    DocumentGraph,
    create_store,
    open_store,
    replace_documents,
    replacement_update,
)


def _graph(name: str, doc_id: str, triples: int) -> DocumentGraph:
    graph = ox.NamedNode(name)
    quads = [
        ox.Quad(ox.NamedNode(f"{name}/s{i}"), ox.NamedNode("https://w3id.org/kg-news/ontology#docId"), ox.Literal(doc_id), graph)
        if i == 0
        else ox.Quad(ox.NamedNode(f"{name}/s{i}"), ox.NamedNode("http://example.org/p"), ox.Literal(f"value {i}"), graph)
        for i in range(triples)
    ]
    return DocumentGraph(name=name, doc_id=doc_id, quads=quads)


def test_store_replace_is_idempotent(tmp_path):
    store = open_store(tmp_path / "s")
    replace_documents(store, [_graph("http://example.org/g1", "a.txt", 10)])
    replace_documents(store, [_graph("http://example.org/g1", "a.txt", 10)])
    assert len(store) == 10


def test_store_a_failed_write_changes_nothing(tmp_path):
    store = open_store(tmp_path / "s")
    replace_documents(store, [_graph("http://example.org/g1", "a.txt", 10)])
    before = sorted(map(str, store))
    broken = DocumentGraph(name="http://example.org/g1", doc_id="a.txt", quads=["<not a quad"])  # type: ignore[list-item]
    with pytest.raises((StoreError, AttributeError)):
        replace_documents(store, [_graph("http://example.org/g2", "b.txt", 5), broken])
    assert sorted(map(str, store)) == before


def test_store_locked_by_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "s"
    open_store(path).flush()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import pyoxigraph, time; s = pyoxigraph.Store({str(path)!r}); print('ready', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(path)
    finally:
        holder.kill()
        holder.wait()


def test_store_killed_mid_write_keeps_the_previous_state(tmp_path):
    path = tmp_path / "s"
    store = open_store(path)
    replace_documents(store, [_graph("http://example.org/old", "old.txt", 100)])
    before = sorted(map(str, store))
    big = [_graph("http://example.org/old", "old.txt", 300_000)]
    started = time.perf_counter()
    ox.Store().update(replacement_update(ox.Store(), big))
    assert time.perf_counter() - started > 1.0, "the write is too quick to be killed in the middle"
    del store
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, pathlib
            sys.path.insert(0, {os.path.dirname(__file__)!r})
            from test_store import _graph
            from kg.store import open_store, replacement_update
            store = open_store(pathlib.Path({str(path)!r}))
            update = replacement_update(store, [_graph("http://example.org/old", "old.txt", 300_000)])
            print("updating", flush=True)
            store.update(update)
            print("done", flush=True)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    assert writer.stdout.readline().strip() == "updating"
    time.sleep(0.3)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert sorted(map(str, open_store(path))) == before


def test_store_create_interrupted_leaves_no_store(tmp_path):
    def quads():
        yield from _graph("http://example.org/g1", "a.txt", 1000).quads
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_store(tmp_path / "fresh", quads())
    assert list(tmp_path.iterdir()) == []


def test_store_create_then_open_has_the_quads(tmp_path):
    create_store(tmp_path / "fresh", _graph("http://example.org/g1", "a.txt", 25).quads)
    assert len(open_store(tmp_path / "fresh", create=False)) == 25
    with pytest.raises(StoreError, match="already exists"):
        create_store(tmp_path / "fresh", [])
