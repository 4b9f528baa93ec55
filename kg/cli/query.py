"""`kg query` and `kg eval`: read the graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import DataOption, StoreOption, app, fail, open_dataset
from kg.errors import KgError

EVAL_SECTIONS = ("documents", "entities", "events", "claims", "figures")


@app.command()
def query(
    query_file: Annotated[Path, typer.Argument(help="A SPARQL SELECT query file (.rq).")],
    store: StoreOption = None,
    data: DataOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query over the graph (default graph = union of the document graphs)."""
    from kg.query import format_rows, read_query_file, run_select

    dataset = open_dataset(store, data)
    try:
        columns, rows = run_select(dataset, read_query_file(query_file), source=str(query_file))
        typer.echo(format_rows(columns, rows, fmt).rstrip("\n"))
    except KgError as error:
        raise fail(str(error)) from error


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
        texts = {row["doc"]: row["text"] for row in run_select(dataset, _DOCUMENT_TEXTS)[1] if row["doc"]}
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
