"""Queries on the embedded store or a graph file, run in a child process that a deadline or Ctrl-C can stop.

pyoxigraph has no way to cancel a running query or give it a timeout, and a
query holds its thread until done (a cartesian product can run for hours). So
``kg query`` evaluates in a child process: it opens the dataset (the store
read-only, which takes no lock), answers queries sent over a pipe, and is killed
when a query runs past its deadline or the user presses Ctrl-C. Nothing is left
held: the store is free at once. On Linux the child also ends when its parent
does, so a ``kg query`` killed outright leaves no query running. Answers come back as W3C SPARQL JSON results,
N-Triples or a truth value, and are parsed by pyoxigraph.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.lifetime import end_with_parent
from kg.names import LABELS_QUERY, NameIndex, index_of_answer
from kg.query import Answer, Backend, GraphResult, answer_of, refuse_service


class ProcessBackend(Backend):
    """The embedded store (opened read-only) or a graph file, queried in a child process.

    Args:
        store: The store folder (or give ``data``).
        data: A graph file (``.nq``, ``.trig``, ...).
        timeout: Seconds a query may run before it is stopped; ``None`` for no limit.
        allow_service: Run ``SERVICE`` clauses (requests to other servers) instead of refusing them.
    """

    def __init__(
        self, *, store: Path | None = None, data: Path | None = None, timeout: float | None = 60.0, allow_service: bool = False
    ) -> None:
        if (store is None) == (data is None):
            raise QueryError("give a store or a graph file to query")
        self.store = store
        self.data = data
        self.timeout = timeout
        self.allow_service = allow_service
        self._child: tuple[BaseProcess, Connection] | None = None  # the child process and the pipe to it

    def __enter__(self) -> ProcessBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def execute(self, sparql: str, source: str) -> Answer:
        if not self.allow_service:
            refuse_service(sparql, source)
        connection = self._start()
        connection.send((sparql, source, False))
        kind, payload = self._receive(connection, source, self.timeout)
        if kind == "solutions":
            return answer_of(ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON))
        if kind == "triples":
            return GraphResult([quad.triple for quad in ox.parse(payload, format=ox.RdfFormat.N_TRIPLES)])
        return bool(payload)

    def name_index(self, source: str) -> NameIndex:
        """The name index from the labels as the child serializes them (TSV), cached by ``kg.names.index_of_answer``."""
        connection = self._start()
        connection.send((LABELS_QUERY, source, True))
        _, payload = self._receive(connection, source, self.timeout)
        return index_of_answer(payload)

    def close(self) -> None:
        """Stop the child process (a running query with it)."""
        if self._child is not None:
            process, connection = self._child
            self._child = None
            if process.is_alive():
                process.kill()
            process.join()
            connection.close()

    def _start(self) -> Connection:
        """The pipe to a running child process that holds the dataset; started on first use."""
        if self._child is not None:
            return self._child[1]
        context = multiprocessing.get_context("spawn")  # no fork: the parent may run threads
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, self.store, self.data, os.getpid()), daemon=True)
        process.start()
        child.close()
        self._child = (process, parent)
        self._receive(parent, str(self.store or self.data), None)
        return parent

    def _receive(self, connection: Connection, source: str, timeout: float | None) -> tuple[str, Any]:
        """The child's next message; stops the child on the deadline, on Ctrl-C, and on its error."""
        try:
            if not connection.poll(timeout):
                self.close()
                raise QueryError(f"{source}: stopped after {timeout:g} s (--timeout); the store is free again")
            kind, payload = connection.recv()
        except KeyboardInterrupt:
            self.close()
            raise
        except (EOFError, OSError) as error:
            code = self._child[0].exitcode if self._child is not None else None
            self.close()
            raise QueryError(f"{source}: the query process ended unexpectedly (exit status {code})") from error
        if kind == "error":
            self.close()
            raise QueryError(payload)
        return kind, payload


def _serve(connection: Connection, store: Path | None, data: Path | None, parent: int) -> None:
    """The child process: open the dataset, then answer each (query, source) until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops this process
    end_with_parent(parent)
    from kg.store import load_graph_file, open_store_read_only

    try:
        dataset = open_store_read_only(store) if store is not None else load_graph_file(data)  # type: ignore[arg-type]
    except KgError as error:
        connection.send(("error", str(error)))
        return
    connection.send(("ready", None))
    while True:
        try:
            sparql, source, tsv = connection.recv()
        except EOFError:
            return
        try:
            connection.send(_answer(dataset, sparql, source, tsv))
        except KgError as error:
            connection.send(("error", str(error)))


def _answer(dataset: ox.Store, sparql: str, source: str, tsv: bool = False) -> tuple[str, Any]:
    """The answer to one query, serialized for the pipe (SELECT answers as TSV results when ``tsv``)."""
    try:
        result = dataset.query(sparql, use_default_graph_as_union=True)
        if isinstance(result, ox.QuerySolutions) and tsv:
            return "tsv", result.serialize(format=ox.QueryResultsFormat.TSV)
        if isinstance(result, ox.QuerySolutions):
            return "solutions", result.serialize(format=ox.QueryResultsFormat.JSON)
        if isinstance(result, ox.QueryBoolean):
            return "boolean", bool(result)
        return "triples", ox.serialize(result, format=ox.RdfFormat.N_TRIPLES) or b""
    except SyntaxError as error:
        raise QueryError(f"{source}: invalid SPARQL: {error}") from error
    except OSError as error:
        raise QueryError(f"{source}: query failed: {error}") from error
