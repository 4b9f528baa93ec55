"""Move the graph out of the embedded store: into a SPARQL server, or into N-Quads shards for bulk loaders.

``load_to_endpoint`` pushes every named graph with the SPARQL 1.1 Graph Store
HTTP Protocol: one ``PUT <endpoint>?graph=<name>`` per graph, which replaces
the graph on the server, so loading the same data twice leaves exactly one copy.
The endpoint is the server's Graph Store URL (Oxigraph: ``http://host:7878/store``;
Virtuoso: ``http://host:8890/sparql-graph-crud-auth``; Fuseki:
``http://host:3030/DATASET/data``). Requests go through ``kg.http`` (Digest or
Basic authentication, safe redirects, deadlines). Failed requests are retried
with growing pauses when the failure may pass (no connection, 5xx, 429); a
refusal (any other 4xx) or an answer that misses the deadline stops the load.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.errors import HttpError, LoadError
from kg.http import HttpClient, run_sync
from kg.outputs import atomic_output, temporary_beside
from kg.store import sorted_nquads

#: The manifest of an export: the shard files it wrote.
MANIFEST = "kg-shards.json"
_SHARD_NAME = re.compile(r"part-[0-9]{5,}\.nq\.gz")

#: What a refusal probably means, by HTTP status.
_REFUSAL_HINTS = {
    400: "the server rejected the data",
    401: "check --user and --password",
    403: "the account may not write to this server",
    404: "is this the Graph Store endpoint? (Oxigraph: http://HOST:PORT/store; Virtuoso: http://HOST:PORT/sparql-graph-crud-auth)",
    405: "is this the Graph Store endpoint? (Oxigraph: http://HOST:PORT/store; Virtuoso: http://HOST:PORT/sparql-graph-crud-auth)",
    413: "the graph is larger than the server accepts",
}


class _Refused(LoadError):
    """The server refused a request, or did not answer in time; trying again will not help."""


@dataclass(frozen=True)
class LoadReport:
    """What a load sent: graphs, triples, HTTP requests (retries included)."""

    graphs: int
    triples: int
    requests: int


class GraphStoreClient:
    """A SPARQL 1.1 Graph Store HTTP Protocol client (``PUT`` only), with retries.

    Args:
        http: The client of the Graph Store endpoint: its URL, credentials (the
            server's challenge picks Digest or Basic) and deadline for one request.
        attempts: How often a request is tried before the load gives up.
        pause: Seconds before the first retry; doubled for each further one.
    """

    def __init__(self, http: HttpClient, *, attempts: int = 4, pause: float = 0.5) -> None:
        self.http = http
        self.url = http.url
        self.attempts = max(1, attempts)
        self.pause = pause
        self.requests = 0

    def graph_url(self, graph: ox.NamedNode | ox.DefaultGraph) -> str:
        """The URL of one graph: ``?graph=<IRI>`` (indirect naming) or ``?default``."""
        query = "default" if isinstance(graph, ox.DefaultGraph) else urllib.parse.urlencode({"graph": graph.value})
        return f"{self.url}{'&' if '?' in self.url else '?'}{query}"

    async def put(self, client: httpx.AsyncClient, graph: ox.NamedNode | ox.DefaultGraph, body: bytes) -> None:
        """Replace one graph on the server with ``body`` (N-Triples).

        Raises:
            LoadError: The server refused, or could not be reached in ``attempts`` tries.
        """
        name = "the default graph" if isinstance(graph, ox.DefaultGraph) else f"graph <{graph.value}>"
        headers = {"Content-Type": "application/n-triples"}
        for attempt in range(1, self.attempts + 1):
            self.requests += 1
            try:
                await self.http.request(client, "PUT", self.graph_url(graph), content=body, headers=headers)
                return
            except HttpError as error:
                if error.status is not None and not error.retryable:
                    hint = _REFUSAL_HINTS.get(error.status, "the server refused the request")
                    raise _Refused(f"the server refused {name}: {error} ({hint})") from error
                if not error.retryable:
                    raise _Refused(f"storing {name} failed: {error}") from error
                problem = str(error)
            if attempt < self.attempts:
                await asyncio.sleep(self.pause * 2 ** (attempt - 1))
        raise LoadError(f"cannot store {name}: {problem} (tried {self.attempts} times)")


def graph_names(store: ox.Store) -> list[ox.NamedNode | ox.DefaultGraph]:
    """The graphs of the store: the default graph (when it has quads), then the named graphs by name."""
    named = sorted((graph for graph in store.named_graphs() if isinstance(graph, ox.NamedNode)), key=lambda graph: graph.value)
    names: list[ox.NamedNode | ox.DefaultGraph] = list(named)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        names.insert(0, ox.DefaultGraph())
    return names


def graph_quads(store: ox.Store, name: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
    """The quads of one graph of the store."""
    return list(store.quads_for_pattern(None, None, None, name))


def load_to_endpoint(
    store: ox.Store,
    client: GraphStoreClient,
    *,
    batch_size: int = 8,
    progress: Callable[[int, int], None] | None = None,
) -> LoadReport:
    """Replace each graph of ``store`` on the server, one ``PUT`` per graph, ``batch_size`` graphs at a time.

    The graphs of a batch are read from the store together and sent in
    parallel; the next batch starts when the whole batch is stored, so memory
    holds one batch. After a failure, running the same load again finishes it:
    graphs already sent are replaced by themselves.

    Raises:
        LoadError: A graph was refused or could not be sent; the message says how many were loaded.
    """
    if batch_size < 1:
        raise LoadError(f"batch size must be at least 1 graph, got {batch_size}")
    return run_sync(_load(store, client, batch_size, progress))


async def _load(
    store: ox.Store, client: GraphStoreClient, batch_size: int, progress: Callable[[int, int], None] | None
) -> LoadReport:
    names = graph_names(store)
    done = triples = 0
    async with client.http.session(connections=batch_size) as session:
        for first in range(0, len(names), batch_size):
            batch = [(name, graph_quads(store, name)) for name in names[first : first + batch_size]]
            outcomes = await asyncio.gather(
                *(client.put(session, name, _ntriples(quads)) for name, quads in batch), return_exceptions=True
            )
            failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
            done += len(outcomes) - len(failures)
            if failures:
                if not isinstance(failures[0], LoadError):
                    raise failures[0]
                advice = "" if isinstance(failures[0], _Refused) else (
                    "; run the same command again to finish (PUT replaces graphs, so loading again never duplicates)"
                )
                raise LoadError(f"{failures[0]}; {done} of {len(names)} graphs were loaded{advice}") from failures[0]
            triples += sum(len(quads) for _, quads in batch)
            if progress is not None:
                progress(done, len(names))
    return LoadReport(graphs=done, triples=triples, requests=client.requests)


def _ntriples(quads: list[ox.Quad]) -> bytes:
    return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES) or b""


def export_shards(store: ox.Store, folder: Path, *, shard_quads: int = 500_000) -> list[Path]:
    """Write the store as gzipped N-Quads shards ``part-00000.nq.gz``, ... for bulk loaders.

    A graph is never split across shards; a shard is closed once it holds at
    least ``shard_quads`` quads. The folder's manifest ``kg-shards.json`` lists
    the shards an export wrote, and a new export touches only those: the new
    shards are first written whole under temporary names, then renamed into
    place; then the previous export's shards that are no longer needed are
    removed and the manifest is replaced. Other files in the folder are never
    touched, and a shard name that such a file already uses is an error.

    Returns:
        The shard files, in order.

    Raises:
        LoadError: ``folder`` is a file, its manifest is unreadable, or a shard name is taken by a file kg did not write.
    """
    if shard_quads < 1:
        raise LoadError(f"shard size must be at least 1 quad, got {shard_quads}")
    if folder.exists() and not folder.is_dir():
        raise LoadError(f"{folder}: is a file, not a folder; give --shards a folder (it is created when missing)")
    folder.mkdir(parents=True, exist_ok=True)
    previous = _manifest_shards(folder)
    staged: list[tuple[Path, Path, int]] = []
    try:
        pending: list[str] = []
        count = 0
        for name in graph_names(store):
            quads = graph_quads(store, name)
            pending.append(sorted_nquads(quads))
            count += len(quads)
            if count >= shard_quads:
                staged.append(_stage_shard(folder, len(staged), pending, count, previous))
                pending, count = [], 0
        if pending or not staged:
            staged.append(_stage_shard(folder, len(staged), pending, count, previous))
        for temp, path, _ in staged:
            os.replace(temp, path)
    finally:
        for temp, _, _ in staged:
            temp.unlink(missing_ok=True)
    written = [path for _, path, _ in staged]
    for old in sorted(previous - {path.name for path in written}):
        (folder / old).unlink(missing_ok=True)
    manifest = {"shards": [{"file": path.name, "quads": quads} for _, path, quads in staged]}
    with atomic_output(folder / MANIFEST) as out:
        out.write((json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    return written


def _manifest_shards(folder: Path) -> set[str]:
    """The shard file names the folder's manifest lists (none without a manifest)."""
    path = folder / MANIFEST
    if not path.exists():
        return set()
    try:
        listed = json.loads(path.read_text(encoding="utf-8"))["shards"]
        names = {str(entry["file"]) for entry in listed}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise LoadError(f"{path}: not a readable kg export manifest ({error}); remove it to export into {folder}") from error
    if any("/" in name or not _SHARD_NAME.fullmatch(name) for name in names):
        raise LoadError(f"{path}: lists files that are not kg shards; remove it to export into {folder}")
    return names


def _stage_shard(folder: Path, number: int, chunks: list[str], quads: int, previous: set[str]) -> tuple[Path, Path, int]:
    """Write one shard under a temporary name; its temporary path, final path and quad count."""
    path = folder / f"part-{number:05d}.nq.gz"
    if path.exists() and path.name not in previous:
        raise LoadError(f"{path}: exists and was not written by kg export (not in {MANIFEST}); move it away or export into another folder")
    temp, raw = temporary_beside(path)
    try:
        with raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
            for chunk in chunks:
                out.write(chunk.encode("utf-8"))
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp, path, quads
