"""`kg load` and `kg export`: move the graph into a SPARQL server or into shards for bulk loaders."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import LONGEST_WAIT, DataOption, StoreOption, app, dataset_name, fail, one_line, open_dataset, progress_callback
from kg.cli.report import GexfOption, GraphmlOption, export_network
from kg.errors import KgError


@app.command()
def load(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store endpoint URL (Oxigraph: http://HOST:PORT/store; Virtuoso: http://HOST:PORT/sparql-graph-crud-auth).")],
    data: Annotated[Optional[Path], typer.Argument(help="Graph file (.nq, .trig, ...) to load; default: the store.")] = None,
    store: StoreOption = None,
    user: Annotated[Optional[str], typer.Option("--user", help="User name (Digest or Basic, as the server asks).")] = None,
    password: Annotated[Optional[str], typer.Option("--password", envvar="KG_PASSWORD", help="Password (or set KG_PASSWORD).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=256, help="Graphs sent in parallel per batch.")] = 8,
    attempts: Annotated[int, typer.Option("--attempts", min=1, max=100, help="Tries per graph before giving up.")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, max=LONGEST_WAIT, help="Seconds for one request, from connecting to the last byte of the answer.")] = 120.0,
    sparql_query: Annotated[Optional[str], typer.Option("--sparql-query", help="The server's SPARQL query endpoint (default: beside --endpoint, for Oxigraph, Virtuoso and Fuseki).")] = None,
    sparql_update: Annotated[Optional[str], typer.Option("--sparql-update", help="The server's SPARQL update endpoint (default: beside --endpoint, for Oxigraph, Virtuoso and Fuseki).")] = None,
    per_graph: Annotated[
        Optional[bool],
        typer.Option(
            "--per-graph/--atomic",
            help="Replace graphs one by one (the default on Virtuoso, whose one-transaction switch is slow for large loads), "
            "or switch them all in as one update (the default elsewhere).",
        ),
    ] = None,
    stale_after: Annotated[
        float, typer.Option("--stale-after", min=0, help="Drop only the staging graphs of earlier loads that started this many seconds ago (default 0: all; give an age where loads may overlap).")
    ] = 0.0,  # kg.load.STALE_AFTER (kg.load is imported only when the command runs)
) -> None:
    """Push each named graph to a SPARQL server with Graph Store Protocol PUT (replaces; never duplicates); all or nothing where the server takes SPARQL updates, except on Virtuoso unless --atomic."""
    from kg.http import HttpClient
    from kg.load import GraphStoreClient, SparqlSwitch, is_virtuoso, load_to_endpoint

    try:
        client = GraphStoreClient(HttpClient(endpoint, user=user, password=password, timeout=timeout), attempts=attempts)
        switch: SparqlSwitch | None = None
        if sparql_query and sparql_update:
            switch = SparqlSwitch(
                HttpClient(sparql_query, user=user, password=password, timeout=timeout),
                HttpClient(sparql_update, user=user, password=password, timeout=timeout),
            )
        elif sparql_query or sparql_update:
            raise fail("give both --sparql-query and --sparql-update (the server's SPARQL endpoints), or neither")
        else:
            switch = SparqlSwitch.beside(endpoint, user=user, password=password, timeout=timeout)
        on_virtuoso, asked = is_virtuoso(endpoint), per_graph is not None
        if per_graph is None:
            per_graph = on_virtuoso
        elif not per_graph and switch is None:
            raise fail("--atomic needs the server's SPARQL endpoints: give --sparql-query and --sparql-update")
        if per_graph:
            switch = None
    except KgError as error:
        raise fail(str(error)) from error
    dataset = open_dataset(store, data)
    try:
        with progress_callback("loading") as progress:
            report = load_to_endpoint(
                dataset, client, batch_size=batch_size, progress=progress, switch=switch, stale_after=stale_after, source=dataset_name(store, data)
            )
    except KgError as error:
        raise fail(str(error), code=1) from error
    how = "switched in as one update" if report.atomic else "replaced one by one"
    if per_graph and not asked:
        how += ", the default on Virtuoso; --atomic for all or nothing"
    elif per_graph:
        how += ", as --per-graph asked"
    typer.echo(f"{report.graphs} graphs, {report.triples} triples → {one_line(endpoint)} ({report.requests} requests; {how})")


@app.command()
def export(
    shards: Annotated[Optional[Path], typer.Option("--shards", help="Folder for part-*.nq.gz shards (the shards of its previous export are replaced; other files are left alone).")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    shard_size: Annotated[int, typer.Option("--shard-size", min=1, help="Quads per shard (a graph is never split).")] = 500_000,
    graphml: GraphmlOption = None,
    gexf: GexfOption = None,
) -> None:
    """Write the graph as gzipped N-Quads shards for bulk loaders (oxigraph load, Virtuoso ld_dir, tdb2.xloader), or the actor network for Gephi."""
    from kg.load import export_shards

    if shards is None and graphml is None and gexf is None:
        raise fail("give --shards DIR, --graphml FILE or --gexf FILE")
    dataset = open_dataset(store, data)
    if graphml is not None or gexf is not None:
        export_network(dataset, graphml=graphml, gexf=gexf)
    if shards is None:
        return
    try:
        written = export_shards(dataset, shards, shard_quads=shard_size)
    except (KgError, OSError) as error:
        raise fail(str(error), code=1) from error
    typer.echo(f"{len(written)} shards, {len(dataset)} quads → {one_line(str(shards))}")
