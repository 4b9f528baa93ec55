"""`kg query`, `kg queries` and `kg eval`: read the graph."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from kg.cli.app import LONGEST_WAIT, DataOption, StoreOption, app, fail, open_dataset, stdout
from kg.errors import KgError
from kg.store import DEFAULT_STORE

EVAL_SECTIONS = ("documents", "entities", "events", "claims", "figures")


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A library query name (see `kg queries`) or a SPARQL query file (.rq).")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="A parameter value, NAME=VALUE (repeatable).")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="A SPARQL query endpoint URL (Oxigraph: http://HOST:PORT/query; Virtuoso: http://HOST:PORT/sparql).")] = None,
    user: Annotated[Optional[str], typer.Option("--user", help="User name for the endpoint (Digest or Basic, as the server asks).")] = None,
    password: Annotated[Optional[str], typer.Option("--password", envvar="KG_PASSWORD", help="Password for the endpoint.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="SELECT and ASK: table, csv, tsv, json, sparql-json or markdown (default table); CONSTRUCT and DESCRIBE: turtle, ntriples, rdfxml or jsonld (default turtle).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0, max=LONGEST_WAIT, help="Seconds a query may run before it is stopped (0: no limit).")] = 60.0,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Let SERVICE clauses send requests to other servers from the local store.")] = False,
) -> None:
    """Run a library query or a query file (default graph = union of the document graphs).

    Exit status: 0 success (ASK: true), 1 an ASK query answered false, 2 error, 130 interrupted.
    """
    from kg.query import (
        FORMATS,
        GRAPH_FORMATS,
        EndpointBackend,
        GraphResult,
        execute,
        format_graph,
        format_result,
        load_query,
        query_form,
    )
    from kg.query_process import ProcessBackend

    values = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise fail(f"--param {item!r}: write NAME=VALUE")
        values[key.strip()] = value
    if store is not None and data is not None or endpoint is not None and (store is not None or data is not None):
        raise fail("give one of --store, --data and --endpoint")
    try:
        selected = load_query(name)
    except KgError as error:
        raise fail(str(error)) from error
    graph_answer = query_form(selected.text) in ("CONSTRUCT", "DESCRIBE")
    formats = tuple(GRAPH_FORMATS) if graph_answer else FORMATS
    fmt = fmt or formats[0]
    if fmt not in formats:
        kind = "CONSTRUCT and DESCRIBE" if graph_answer else "SELECT and ASK"
        raise fail(f"--format {fmt!r} does not fit this query: {kind} answers can be {', '.join(formats)}")
    limit = timeout or None
    try:
        if endpoint is not None:
            answer = execute(EndpointBackend(endpoint, user=user, password=password, timeout=limit or 1e9), selected, values)
        else:
            local = ProcessBackend(store=None if data else store or DEFAULT_STORE, data=data, timeout=limit, allow_service=allow_service)
            with local:
                answer = execute(local, selected, values)
    except KgError as error:
        raise fail(str(error)) from error
    except KeyboardInterrupt:
        raise fail("interrupted: the query was stopped", code=130) from None
    if isinstance(answer, GraphResult):
        sys.stdout.write(format_graph(answer, fmt))
        return
    typer.echo(format_result(answer, fmt).rstrip("\n"))
    if answer is False:
        raise typer.Exit(1)


@app.command()
def queries(
    as_json: Annotated[bool, typer.Option("--json", help="Print the library as JSON (with parameters and columns).")] = False,
) -> None:
    """List the query library: names, summaries and parameters."""
    from kg.query import library

    try:
        shipped = library()
    except KgError as error:
        raise fail(str(error)) from error
    if as_json:
        listing = [
            {
                "name": q.name,
                "summary": q.summary,
                "tags": list(q.tags),
                "params": [{"name": p.name, "type": p.type, "required": p.required, "example": p.example, "description": p.description} for p in q.params],
                "columns": list(q.columns),
            }
            for q in shipped
        ]
        typer.echo(json.dumps(listing, indent=2, ensure_ascii=False))
        return
    table = Table(title="kg query library", show_lines=True)
    for column in ("name", "summary", "parameters"):
        table.add_column(column, overflow="fold")
    for q in shipped:
        params = ", ".join(f"{p.name}{'' if p.required else '?'}: {p.type} (e.g. {p.example})" for p in q.params)
        table.add_row(q.name, q.summary, params or "-")
    stdout.print(table)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON Lines, GUIDELINES section 8).")],
    store: StoreOption = None,
    data: DataOption = None,
    details: Annotated[bool, typer.Option("--details", help="List hits, false positives and misses per document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the graph against gold annotations (GUIDELINES section 9)."""
    from kg.evaluate import format_details, format_table, load_gold, score
    from kg.query import eval_query, run_select
    from kg.resources import data_dir

    dataset = open_dataset(store, data)
    try:
        gold_docs = load_gold(gold)
        available = {f.name.removesuffix(".rq") for f in (data_dir("queries") / "eval").iterdir() if f.name.endswith(".rq")}
        rows = {name: run_select(dataset, eval_query(name), source=f"eval/{name}.rq")[1] for name in EVAL_SECTIONS if name in available}
        texts = {row["doc"]: row["text"] for row in run_select(dataset, _DOCUMENT_TEXTS)[1] if row["doc"] and row["text"] is not None}
        report = score(gold_docs, rows, texts=texts)
    except KgError as error:
        raise fail(str(error)) from error
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return
    typer.echo(format_table(report))
    if details:
        typer.echo(format_details(report))


_DOCUMENT_TEXTS = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?doc ?text WHERE { ?d a kg:Document ; kg:docId ?doc ; kg:text ?text . }
"""
