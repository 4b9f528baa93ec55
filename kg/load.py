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

A load is all or nothing where the server takes SPARQL queries and updates
(``SparqlSwitch``: Oxigraph, Virtuoso, Fuseki): the graphs are first stored
under staging names (``STAGING_PREFIX``, listed in the ``STAGING_REGISTRY``
graph), their triple counts are read back, and one update request moves them
over their targets, which the server runs as one transaction. A load that dies
before the switch leaves the old graphs untouched; a later load drops the
staging graphs it left (by default all; with ``stale_after``, only of runs older
than that, as a younger run may still be loading), and a load whose staging graphs another load dropped
refuses to switch. Without a SPARQL endpoint, or when asked to (``kg load
--per-graph``, the default on Virtuoso), graphs are replaced one by one.

A success answer that is an HTML page (a login proxy, a web page at a wrong
URL) is never taken for a stored graph.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import os
import re
import secrets
import time
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

from kg.errors import HttpError, LoadError
from kg.http import HttpClient, Reply, run_sync
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


#: The graph names under which a load stages its graphs before the switch: ``STAGING_PREFIX<run>/<number>``.
STAGING_PREFIX = "https://w3id.org/kg-news/staging/"
#: The graph listing each staging graph of a load not yet switched in (``<staging> STAGED_FOR <target>``).
STAGING_REGISTRY = "https://w3id.org/kg-news/graph/staging"
STAGED_FOR = "https://w3id.org/kg-news/load#stagedFor"
#: Graphs per statement of the registry.
_CHECK_GRAPHS = 200
#: Seconds after its start from which a run's leftover staging graphs count as a killed load's. By default every
#: leftover does, so that the load run again after a killed one removes its staging graphs at once; a load whose own
#: staging graphs another load dropped refuses to switch. Give a larger age where loads may overlap.
STALE_AFTER = 0.0
_RUN = re.compile(r"([0-9]+)-[0-9a-f]+/")


class _Refused(LoadError):
    """The server refused a request, or did not answer in time; trying again will not help."""


@dataclass(frozen=True)
class LoadReport:
    """What a load sent: graphs, triples, HTTP requests (retries included)."""

    graphs: int
    triples: int
    requests: int
    #: Whether the graphs were switched in as one update (else replaced one by one).
    atomic: bool = False


def graph_label(graph: Target) -> str:
    """A graph as messages name it: "the default graph" or "graph <IRI>"."""
    return "the default graph" if isinstance(graph, ox.DefaultGraph) else f"graph <{graph.value}>"


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

    async def put(
        self, client: httpx.AsyncClient, graph: ox.NamedNode | ox.DefaultGraph, body: bytes, *, shown: ox.NamedNode | ox.DefaultGraph | None = None
    ) -> None:
        """Replace one graph on the server with ``body`` (N-Triples); ``shown`` is the graph messages name (of a staging graph: its target).

        Raises:
            LoadError: The server refused, or could not be reached in ``attempts`` tries.
        """
        name = graph_label(graph if shown is None else shown)
        headers = {"Content-Type": "application/n-triples"}
        for attempt in range(1, self.attempts + 1):
            self.requests += 1
            try:
                reply = await self.http.request(client, "PUT", self.graph_url(graph), content=body, headers=headers)
                if _is_html(reply):
                    raise _Refused(
                        f"{self.url} answered the PUT of {name} with an HTML page, not a Graph Store answer "
                        "(a login page or a web site?); is this the Graph Store endpoint? "
                        "(Oxigraph: http://HOST:PORT/store; Virtuoso: http://HOST:PORT/sparql-graph-crud-auth)"
                    )
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


def _is_html(reply: Reply) -> bool:
    """Whether a success answer is a web page (Virtuoso answers a PUT with an empty ``text/html`` body: not a page)."""
    head = reply.body[:512].lstrip().lower()
    return bool(head) and ("html" in reply.content_type.lower() or head.startswith((b"<!doctype", b"<html")))


class _NoSparql(LoadError):
    """The query endpoint refused, could not be reached or answered no SPARQL results."""


class SparqlSwitch:
    """The server's SPARQL query and update endpoints, through which a load is switched in as one update.

    Args:
        query: The SPARQL query endpoint (Oxigraph ``/query``; Virtuoso ``/sparql-auth``; Fuseki ``/DATASET/query``).
        update: The SPARQL update endpoint (Oxigraph ``/update``; Virtuoso ``/sparql-auth``; Fuseki ``/DATASET/update``).
        guessed: Whether the endpoints were guessed from the Graph Store URL: when the query endpoint turns out to be
            missing (refused, unreachable, no SPARQL answer), the load goes graph by graph instead of failing.
    """

    def __init__(self, query: HttpClient, update: HttpClient, *, guessed: bool = False) -> None:
        self.query = query
        self.update = update
        self.guessed = guessed

    @classmethod
    def beside(cls, store_url: str, *, user: str | None = None, password: str | None = None, timeout: float = 120.0) -> SparqlSwitch | None:
        """The SPARQL endpoints of a known server's Graph Store URL (Oxigraph, Virtuoso, Fuseki), or None."""
        endpoints = sparql_endpoints(store_url)
        if endpoints is None:
            return None
        query, update = endpoints
        return cls(
            HttpClient(query, user=user, password=password, timeout=timeout),
            HttpClient(update, user=user, password=password, timeout=timeout),
            guessed=True,
        )

    async def count(self, client: httpx.AsyncClient, pattern: str) -> str:
        """The number of matches of a graph pattern, as the server writes it ("0" when it answers no row)."""
        rows = await self.select(client, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
        return rows[0].get("n", "0") if rows else "0"

    async def select(self, client: httpx.AsyncClient, text: str) -> list[dict[str, str]]:
        """The rows of a SELECT query, as plain strings."""
        form = urllib.parse.urlencode({"query": text}).encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
        try:
            reply = await self.query.request(client, "POST", self.query.url, content=form, headers=headers)
            bindings = json.loads(reply.body)["results"]["bindings"]
            return [{name: str(value["value"]) for name, value in row.items()} for row in bindings]
        except HttpError as error:
            missing = (error.status is not None and 400 <= error.status < 500) or (error.status is None and error.retryable)
            raise (_NoSparql if missing else LoadError)(f"the SPARQL query endpoint {self.query.url} failed: {error}") from error
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise _NoSparql(f"the SPARQL query endpoint {self.query.url} answered no SPARQL JSON results; give --sparql-query") from error

    async def run(self, client: httpx.AsyncClient, text: str) -> None:
        """Run one update request (one transaction on the server)."""
        form = urllib.parse.urlencode({"update": text}).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        try:
            reply = await self.update.request(client, "POST", self.update.url, content=form, headers=headers)
        except HttpError as error:
            if error.status is not None and not error.retryable:
                hint = _REFUSAL_HINTS.get(error.status, "the server refused the request")
                if error.status in (404, 405):
                    hint = "is this the SPARQL update endpoint? give --sparql-update"
                raise LoadError(f"the server refused the update: {error} ({hint})") from error
            raise LoadError(f"the SPARQL update endpoint {self.update.url} failed: {error}") from error
        if _is_html(reply) and b"<html" in reply.body[:4096].lower():
            raise LoadError(f"{self.update.url} answered the update with an HTML page; is this the SPARQL update endpoint? (give --sparql-update)")


def is_virtuoso(store_url: str) -> bool:
    """Whether a Graph Store URL is Virtuoso's (``/sparql-graph-crud-auth`` or ``/sparql-graph-crud``)."""
    return urllib.parse.urlsplit(store_url).path.rstrip("/").rpartition("/")[2] in ("sparql-graph-crud-auth", "sparql-graph-crud")


def sparql_endpoints(store_url: str) -> tuple[str, str] | None:
    """The query and update endpoints beside a Graph Store URL, for the layouts of Oxigraph, Virtuoso and Fuseki."""
    parsed = urllib.parse.urlsplit(store_url)
    path = parsed.path.rstrip("/")
    head, _, last = path.rpartition("/")

    def at(*parts: str) -> str:
        return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, "/".join(parts), "", ""))

    if last == "store":  # Oxigraph
        return at(head, "query"), at(head, "update")
    if last in ("sparql-graph-crud-auth", "sparql-graph-crud"):  # Virtuoso: one endpoint takes both
        endpoint = at(head, "sparql-auth" if last.endswith("-auth") else "sparql")
        return endpoint, endpoint
    if last == "data" and head:  # Fuseki: /DATASET/data
        return at(head, "query"), at(head, "update")
    return None


def graph_names(store: ox.Store) -> list[ox.NamedNode | ox.DefaultGraph]:
    """The graphs of the store: the default graph (when it has quads), then the named graphs by name."""
    named = sorted((graph for graph in store.named_graphs() if isinstance(graph, ox.NamedNode)), key=lambda graph: graph.value)
    names: list[ox.NamedNode | ox.DefaultGraph] = list(named)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        names.insert(0, ox.DefaultGraph())
    return names


def blank_graph_names(store: ox.Store) -> list[ox.BlankNode]:
    """The graphs of the store named by a blank node (N-Quads and TriG allow them; no URL can address them)."""
    return sorted((graph for graph in store.named_graphs() if isinstance(graph, ox.BlankNode)), key=str)


def graph_quads(store: ox.Store, name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> list[ox.Quad]:
    """The quads of one graph of the store."""
    return list(store.quads_for_pattern(None, None, None, name))


def load_to_endpoint(
    store: ox.Store,
    client: GraphStoreClient,
    *,
    batch_size: int = 8,
    progress: Callable[[int, int], None] | None = None,
    switch: SparqlSwitch | None = None,
    stale_after: float = STALE_AFTER,
    source: str | None = None,
) -> LoadReport:
    """Replace each graph of ``store`` on the server, one ``PUT`` per graph, ``batch_size`` graphs at a time.

    ``source`` (the file or store the graphs come from) opens the message of a refusal.

    The graphs of a batch are read from the store together and sent in
    parallel; the next batch starts when the whole batch is stored, so memory
    holds one batch. With ``switch`` (the server's SPARQL endpoints) the graphs
    go under staging names first, their triple counts are read back, and one
    update moves them over their targets: the server holds either all the old
    graphs or all the new ones; the staging graphs a killed load left are
    dropped first, once their run started more than ``stale_after`` seconds
    ago (younger ones may belong to a load still running). Without it, graphs
    are replaced one by one, and after a failure running the same load again
    finishes it.

    Raises:
        LoadError: A graph was refused or could not be sent; the message says how many were loaded.
    """
    if batch_size < 1:
        raise LoadError(f"batch size must be at least 1 graph, got {batch_size}")
    blank = blank_graph_names(store)
    if blank:  # skipped, their triples would be lost without a word
        graphs = sorted(sorted(str(ox.Triple(q.subject, q.predicate, q.object)) for q in graph_quads(store, name)) for name in blank)
        triples = sum(len(graph) for graph in graphs)
        # the parser gives blank nodes labels of its own, so a graph is shown by its first triple
        shown = "; ".join(graph[0] for graph in graphs[:3]) + ("; ..." if len(graphs) > 3 else "")
        raise LoadError(
            f"{source + ': ' if source else ''}{len(blank)} graph(s) named by a blank node ({triples} triples in all; "
            f"first triple of each: {shown}): the Graph Store Protocol can only address a graph by its IRI; "
            "nothing was loaded (name them with IRIs, or use kg export --shards)"
        )
    return run_sync(_load(store, client, batch_size, progress, switch, stale_after))


Target = ox.NamedNode | ox.DefaultGraph


async def _load(
    store: ox.Store,
    client: GraphStoreClient,
    batch_size: int,
    progress: Callable[[int, int], None] | None,
    switch: SparqlSwitch | None,
    stale_after: float = STALE_AFTER,
) -> LoadReport:
    names = graph_names(store)
    async with client.http.session(connections=batch_size) as session:
        stale: list[tuple[Target, ox.NamedNode]] = []
        if switch is not None:
            try:
                stale = await _stale_staging(switch, session, stale_after)
            except _NoSparql:
                if not switch.guessed:
                    raise
                switch = None
            except LoadError as error:
                raise LoadError(f"{error}; 0 of {len(names)} graphs were loaded") from error
        if switch is None:
            done, triples, _ = await _put_all(store, client, session, names, {}, batch_size, progress)
            return LoadReport(graphs=done, triples=triples, requests=client.requests, atomic=False)
        try:
            await _drop_staging(switch, session, stale)
        except LoadError as error:
            raise LoadError(f"{error}; 0 of {len(names)} graphs were loaded") from error
        named = [name for name in names if isinstance(name, ox.NamedNode)]
        run = f"{int(time.time())}-{secrets.token_hex(8)}"
        staging: dict[Target, ox.NamedNode] = {name: ox.NamedNode(f"{STAGING_PREFIX}{run}/{number}") for number, name in enumerate(named)}
        done = triples = 0
        if staging:
            try:
                await switch.run(session, _registry_update("INSERT", staging.items()))
            except LoadError as error:
                raise LoadError(f"{error}; 0 of {len(names)} graphs were loaded") from error
            try:
                done, triples, counts = await _put_all(store, client, session, named, staging, batch_size, progress)
                await _check_counts(switch, session, staging, counts)
                await _check_registered(switch, session, run, len(staging))
            except BaseException:
                await _drop_quietly(switch, session, staging)
                raise
            try:
                await switch.run(session, _switch_update(staging))
            except LoadError as error:
                refused = isinstance(error.__cause__, HttpError) and error.__cause__.status is not None and 400 <= error.__cause__.status < 500
                if refused:  # a clear refusal: nothing was switched; a lost answer may still be switching, so its graphs stay
                    await _drop_quietly(switch, session, staging)
                outcome = "no graph was replaced" if refused else "the switch may or may not have happened"
                raise LoadError(f"{error}; {outcome} (for many graphs, --per-graph replaces them one by one)") from error
        if len(named) < len(names):  # the default graph (of a triple-only file) has no name to stage under: one PUT of its own
            done, more, _ = await _put_all(store, client, session, [ox.DefaultGraph()], {}, batch_size, progress, before=done, total=len(names))
            triples += more
    return LoadReport(graphs=done, triples=triples, requests=client.requests, atomic=True)


async def _put_all(
    store: ox.Store,
    client: GraphStoreClient,
    session: httpx.AsyncClient,
    names: Sequence[Target],
    staging: dict[Target, ox.NamedNode],
    batch_size: int,
    progress: Callable[[int, int], None] | None,
    *,
    before: int = 0,
    total: int | None = None,
) -> tuple[int, int, dict[Target, int]]:
    """PUT each graph (under its staging name when it has one); graphs stored (from ``before``, of ``total``),
    triples stored, triples per graph."""
    done, triples = before, 0
    total = len(names) if total is None else total
    counts: dict[Target, int] = {}
    for first in range(0, len(names), batch_size):
        batch = [(name, graph_quads(store, name)) for name in names[first : first + batch_size]]
        outcomes = await asyncio.gather(
            *(client.put(session, staging.get(name, name), _ntriples(quads), shown=name) for name, quads in batch), return_exceptions=True
        )
        failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
        done += len(outcomes) - len(failures)
        if failures:
            if not isinstance(failures[0], LoadError):
                raise failures[0]
            if staging:
                advice = "; the server still holds the graphs of the previous load (no graph was replaced)"
            else:
                advice = "" if isinstance(failures[0], _Refused) else (
                    "; run the same command again to finish (PUT replaces graphs, so loading again never duplicates)"
                )
                if done > before:
                    advice += (
                        "; graphs were replaced one by one (no SPARQL endpoints known beside the Graph Store URL): "
                        "give --sparql-query and --sparql-update for an all-or-nothing load"
                    )
            raise LoadError(f"{failures[0]}; {done} of {total} graphs were loaded{advice}") from failures[0]
        for name, quads in batch:
            counts[name] = len(quads)
        triples += sum(len(quads) for _, quads in batch)
        if progress is not None:
            progress(done, total)
    return done, triples, counts


async def _drop_quietly(switch: SparqlSwitch, session: httpx.AsyncClient, staging: dict[Target, ox.NamedNode]) -> None:
    """Drop this load's staging graphs after a failure, if the server lets us, and keep their registry entries: an
    upload the server was still storing may land after the drop, and the next load drops every registered graph."""
    try:
        await switch.run(session, " ;\n".join(f"DROP SILENT GRAPH {staged}" for staged in staging.values()))
    except Exception:  # noqa: S110  # best effort: the first failure is the one to report
        pass


def _graph_term(graph: Target) -> str:
    return "DEFAULT" if isinstance(graph, ox.DefaultGraph) else str(graph)


def _registry_update(verb: str, pairs: Iterable[tuple[Target, ox.NamedNode]]) -> str:
    """``INSERT DATA`` or ``DELETE DATA`` of the registry entries ``<staging> stagedFor <target>`` (the default graph: ``"default"``);
    every caller has at least one entry."""
    entries = list(pairs)
    statements = []
    for first in range(0, len(entries), _CHECK_GRAPHS):
        lines = " ".join(
            f"{staged} <{STAGED_FOR}> {_registry_object(target)} ."
            for target, staged in entries[first : first + _CHECK_GRAPHS]
        )
        statements.append(f"{verb} DATA {{ GRAPH <{STAGING_REGISTRY}> {{ {lines} }} }}")
    return " ;\n".join(statements)


def _registry_object(target: Target) -> str:
    return '"default"' if isinstance(target, ox.DefaultGraph) else str(target)


def _switch_update(staging: dict[Target, ox.NamedNode]) -> str:
    """One update: each staging graph moved over its target, then the registry entries removed."""
    moves = [f"MOVE {staged} TO {_graph_term(target)}" for target, staged in staging.items()]
    return " ;\n".join([*moves, _registry_update("DELETE", staging.items())])


async def _stale_staging(switch: SparqlSwitch, session: httpx.AsyncClient, stale_after: float) -> list[tuple[Target, ox.NamedNode]]:
    """The staging graphs earlier loads registered and never switched in, of runs started ``stale_after`` seconds ago or
    earlier (a run's name begins with its start time; a name without one is of a kg before that rule: stale)."""
    rows = await switch.select(session, f"SELECT ?staged ?target WHERE {{ GRAPH <{STAGING_REGISTRY}> {{ ?staged <{STAGED_FOR}> ?target }} }}")
    stale: list[tuple[Target, ox.NamedNode]] = []
    now = time.time()
    for row in rows:
        staged, target = row.get("staged", ""), row.get("target", "")
        if staged.startswith(STAGING_PREFIX) and _run_age(staged, now) >= stale_after:
            stale.append((ox.DefaultGraph() if target == "default" else ox.NamedNode(target), ox.NamedNode(staged)))
    return stale


def _run_age(staged: str, now: float) -> float:
    """Seconds since the run that named a staging graph started (infinite for a name without a start time)."""
    started = _RUN.match(staged[len(STAGING_PREFIX) :])
    return now - int(started.group(1)) if started else float("inf")


async def _check_registered(switch: SparqlSwitch, session: httpx.AsyncClient, run: str, graphs: int) -> None:
    """Refuse the switch when another load dropped this run's staging graphs as stale (a MOVE from a graph that is
    gone would empty its target on Virtuoso)."""
    held = await switch.count(
        session,
        f"GRAPH <{STAGING_REGISTRY}> {{ ?staged <{STAGED_FOR}> ?target "
        f'FILTER(STRSTARTS(STR(?staged), "{STAGING_PREFIX}{run}/")) }}',
    )
    if held != str(graphs):
        raise LoadError(
            f"another load dropped {graphs - int(held or 0)} of this load's {graphs} staging graphs as stale "
            "(give that load a larger --stale-after); nothing was switched in, run this load again"
        )


async def _drop_staging(switch: SparqlSwitch, session: httpx.AsyncClient, entries: list[tuple[Target, ox.NamedNode]]) -> None:
    """Drop staging graphs and their registry entries, in one update."""
    if entries:
        drops = [f"DROP SILENT GRAPH {staged}" for _, staged in entries]
        await switch.run(session, " ;\n".join([*drops, _registry_update("DELETE", entries)]))


async def _check_counts(switch: SparqlSwitch, session: httpx.AsyncClient, staging: dict[Target, ox.NamedNode], counts: dict[Target, int]) -> None:
    """Read back the triple counts of the first and the last staged graph (one query each: a query over many graphs
    makes Virtuoso scan the store): a server that said it stored them must hold them."""
    items = list(staging.items())
    for target, staged in {id(item): item for item in (items[0], items[-1])}.values():
        held = await switch.count(session, f"GRAPH {staged} {{ ?s ?p ?o }}")
        if held != str(counts[target]):
            raise LoadError(
                f"the server answered that it stored {graph_label(target)} ({counts[target]} triples), but holds {held} "
                f"under its staging name; is {switch.query.url} the query endpoint of the same server?"
            )


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
        for quads in [*(graph_quads(store, name) for name in graph_names(store)), *_relabelled_blank_graphs(store)]:
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


def _relabelled_blank_graphs(store: ox.Store) -> list[list[ox.Quad]]:
    """The graphs named by a blank node (N-Quads keeps them), each under a label made from its triples, in that order.

    The parser labels a blank node anew on each read, so the label kept as it is
    made two exports of the same file differ in bytes; ``_:g`` and a hash of the
    graph's sorted triples is the same for the same graph (``-2``, ... tell apart
    graphs of the same triples). Blank nodes inside the triples keep the parser's labels.
    """
    graphs: list[tuple[str, list[ox.Quad]]] = []
    for name in blank_graph_names(store):
        quads = graph_quads(store, name)
        text = "".join(sorted(f"{ox.Triple(q.subject, q.predicate, q.object)} .\n" for q in quads))
        graphs.append((hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], quads))
    graphs.sort(key=lambda graph: graph[0])
    relabelled: list[list[ox.Quad]] = []
    seen: dict[str, int] = {}
    for digest, quads in graphs:
        seen[digest] = seen.get(digest, 0) + 1
        label = ox.BlankNode(f"g{digest}" + (f"-{seen[digest]}" if seen[digest] > 1 else ""))
        relabelled.append([ox.Quad(q.subject, q.predicate, q.object, label) for q in quads])
    return relabelled


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
    if (path.exists() or path.is_symlink()) and path.name not in previous:  # a dangling link is someone else's too
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
