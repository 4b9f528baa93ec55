"""Move the graph out of the embedded store: into a SPARQL server, or into N-Quads shards for bulk loaders.

``load_to_endpoint`` pushes every named graph with the SPARQL 1.1 Graph Store
HTTP Protocol: one ``PUT <endpoint>?graph=<name>`` per graph, which replaces
the graph on the server, so loading the same data twice leaves exactly one copy.
The endpoint is the server's Graph Store URL (Oxigraph: ``http://host:7878/store``;
Fuseki: ``http://host:3030/DATASET/data``). Failed requests are retried with
growing pauses when the failure may pass (no connection, timeout, 5xx, 429);
a refusal (any other 4xx) stops the load at once.
"""

from __future__ import annotations

import base64
import gzip
import os
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import LoadError
from kg.store import sorted_nquads

#: HTTP statuses worth retrying: the server is busy, restarting or overloaded.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})

#: What a refusal probably means, by HTTP status.
_REFUSAL_HINTS = {
    400: "the server rejected the data",
    401: "check --user and --password",
    403: "the account may not write to this server",
    404: "is this the Graph Store endpoint? (Oxigraph: http://HOST:PORT/store)",
    405: "is this the Graph Store endpoint? (Oxigraph: http://HOST:PORT/store)",
    413: "the graph is larger than the server accepts",
}


class _Refused(LoadError):
    """The server answered a request with a refusal; trying again will not help."""


@dataclass(frozen=True)
class LoadReport:
    """What a load sent: graphs, triples, HTTP requests (retries included)."""

    graphs: int
    triples: int
    requests: int


class GraphStoreClient:
    """A minimal SPARQL 1.1 Graph Store HTTP Protocol client (``PUT`` only), with retries.

    Args:
        url: The Graph Store endpoint.
        user: User name for HTTP Basic authentication.
        password: Its password.
        attempts: How often a request is tried before the load gives up.
        pause: Seconds before the first retry; doubled for each further one.
        timeout: Seconds to wait for one response.
    """

    def __init__(
        self,
        url: str,
        *,
        user: str | None = None,
        password: str | None = None,
        attempts: int = 4,
        pause: float = 0.5,
        timeout: float = 120.0,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise LoadError(f"{url}: the endpoint must be an http:// or https:// URL")
        self.url = url
        self.attempts = max(1, attempts)
        self.pause = pause
        self.timeout = timeout
        self.requests = 0
        self._lock = threading.Lock()
        self.headers = {"Content-Type": "application/n-triples"}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"

    def graph_url(self, graph: ox.NamedNode | ox.DefaultGraph) -> str:
        """The URL of one graph: ``?graph=<IRI>`` (indirect naming) or ``?default``."""
        query = "default" if isinstance(graph, ox.DefaultGraph) else urllib.parse.urlencode({"graph": graph.value})
        return f"{self.url}{'&' if '?' in self.url else '?'}{query}"

    def put(self, graph: ox.NamedNode | ox.DefaultGraph, body: bytes) -> None:
        """Replace one graph on the server with ``body`` (N-Triples).

        Raises:
            LoadError: The server refused, or could not be reached in ``attempts`` tries.
        """
        name = "the default graph" if isinstance(graph, ox.DefaultGraph) else f"graph <{graph.value}>"
        for attempt in range(1, self.attempts + 1):
            request = urllib.request.Request(self.graph_url(graph), data=body, headers=self.headers, method="PUT")
            with self._lock:
                self.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    response.read()
                return
            except urllib.error.HTTPError as error:
                detail = error.read().decode("utf-8", "replace").strip()[:300]
                problem = f"{error.code} {error.reason}" + (f": {detail}" if detail else "")
                if error.code not in RETRY_STATUSES:
                    hint = _REFUSAL_HINTS.get(error.code, "the server refused the request")
                    raise _Refused(f"{self.url}: the server refused {name}: {problem} ({hint})") from error
            except (urllib.error.URLError, OSError) as error:
                problem = str(getattr(error, "reason", error))
            if attempt < self.attempts:
                time.sleep(self.pause * 2 ** (attempt - 1))
        raise LoadError(f"{self.url}: cannot store {name}: {problem} (tried {self.attempts} times)")


def graph_names(store: ox.Store) -> list[ox.NamedNode | ox.DefaultGraph]:
    """The graphs of the store: the default graph (when it has quads), then the named graphs by name."""
    names: list[ox.NamedNode | ox.DefaultGraph] = [
        graph for graph in sorted(store.named_graphs(), key=lambda graph: graph.value) if isinstance(graph, ox.NamedNode)
    ]
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
    names = graph_names(store)
    done = triples = 0
    with ThreadPoolExecutor(max_workers=batch_size) as pool:
        for first in range(0, len(names), batch_size):
            batch = [(name, graph_quads(store, name)) for name in names[first : first + batch_size]]
            futures = [pool.submit(client.put, name, _ntriples(quads)) for name, quads in batch]
            failures = [future.exception() for future in futures if future.exception() is not None]
            done += len(futures) - len(failures)
            if failures:
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
    least ``shard_quads`` quads. Each shard is written to a temporary name and
    renamed, so a shard that exists is complete. Earlier ``part-*.nq.gz`` files
    in the folder are removed first, so the folder holds exactly this export.

    Returns:
        The shard files, in order.
    """
    if shard_quads < 1:
        raise LoadError(f"shard size must be at least 1 quad, got {shard_quads}")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.nq.gz"):
        old.unlink()
    shards: list[Path] = []
    pending: list[str] = []
    count = 0
    for name in graph_names(store):
        quads = graph_quads(store, name)
        pending.append(sorted_nquads(quads))
        count += len(quads)
        if count >= shard_quads:
            shards.append(_write_shard(folder, len(shards), pending))
            pending, count = [], 0
    if pending or not shards:
        shards.append(_write_shard(folder, len(shards), pending))
    return shards


def _write_shard(folder: Path, number: int, chunks: list[str]) -> Path:
    path = folder / f"part-{number:05d}.nq.gz"
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
            for chunk in chunks:
                out.write(chunk.encode("utf-8"))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
