"""`kg query`, `kg queries` and `kg eval`: read the graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from kg.cli.app import DataOption, StoreOption, app, fail, open_dataset, stdout
from kg.errors import KgError

EVAL_SECTIONS = ("documents", "entities", "events", "claims", "figures")


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A library query name (see `kg queries`) or a SPARQL SELECT file (.rq).")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="A parameter value, NAME=VALUE (repeatable).")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="A SPARQL query endpoint URL (Oxigraph: http://HOST:PORT/query).")] = None,
    user: Annotated[Optional[str], typer.Option("--user", help="User name for the endpoint (HTTP Basic).")] = None,
    password: Annotated[Optional[str], typer.Option("--password", envvar="KG_PASSWORD", help="Password for the endpoint.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv, json, sparql-json or markdown.")] = "table",
) -> None:
    """Run a library query or a query file (default graph = union of the document graphs)."""
    from kg.query import (
        FORMATS,
        EndpointBackend,
        OxigraphBackend,
        format_result,
        load_query,
        run,
    )

    if fmt not in FORMATS:
        raise fail(f"unknown output format {fmt!r}; use {', '.join(FORMATS)}")
    values = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise fail(f"--param {item!r}: write NAME=VALUE")
        values[key.strip()] = value
    try:
        selected = load_query(name)
    except KgError as error:
        raise fail(str(error)) from error
    if endpoint is not None:
        if store is not None or data is not None:
            raise fail("give one of --store, --data and --endpoint")
        backend: EndpointBackend | OxigraphBackend = EndpointBackend(endpoint, user=user, password=password)
    else:
        backend = OxigraphBackend(open_dataset(store, data))
    try:
        result = run(backend, selected, values)
    except KgError as error:
        raise fail(str(error)) from error
    typer.echo(format_result(result, fmt).rstrip("\n"))


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
