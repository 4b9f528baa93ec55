"""The `kg` command line: thin wrappers over kg's functions.

Exit status: 0 success; 1 the command ran but something failed (an unreadable
input, a failed check); 2 usage or fatal input error (bad option, missing store,
invalid query).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.errors import KgError
from kg.nlp.pipeline import DEFAULT_MODEL
from kg.store import DEFAULT_STORE

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build, query and evaluate a knowledge graph of actors, events, claims and figures from news articles.",
)
stdout = Console()
stderr = Console(stderr=True)

EVAL_SECTIONS = ("documents", "entities", "events", "claims", "figures")

StoreOption = Annotated[Optional[Path], typer.Option("--store", help="Embedded store folder [default: ./kg-store].")]
DataOption = Annotated[Optional[Path], typer.Option("--data", help="Graph file (.nq, .trig, .ttl, .jsonld) instead of a store.")]


def _error(message: str) -> None:
    """One line on stderr, never wrapped, so it can be grepped."""
    typer.echo(f"error: {message}", err=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    _error(message)
    return typer.Exit(code)


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html/.htm and .jsonl articles.")],
    store: StoreOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Also write the graph to this file; the extension picks the format.")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write the embedded store (use with --out).")] = False,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
) -> None:
    """Build the knowledge graph of INPUTS into the embedded store (and --out)."""
    from kg.build import build_graphs, write_outputs

    store_path = None if no_store else (store or DEFAULT_STORE)
    if store_path is None and out is None:
        raise _fail("nothing to write: --no-store needs --out")
    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=stderr, transient=True
    ) as bar:
        task = bar.add_task("build", total=None)
        try:
            result = build_graphs(inputs, model=model, progress=lambda done, total: bar.update(task, completed=done, total=total))
        except KgError as error:
            raise _fail(str(error)) from error
    for error in result.errors:
        _error(str(error))
    if result.graphs:
        try:
            write_outputs(result, store_path=store_path, out=out)
        except KgError as error:
            raise _fail(str(error)) from error
        _print_build_summary(result, store_path, out)
    if result.errors:
        typer.echo(f"{len(result.errors)} input(s) failed; {len(result.graphs)} document(s) built.", err=True)
        raise typer.Exit(1)


def _print_build_summary(result, store_path: Path | None, out: Path | None) -> None:
    table = Table(title="kg build", show_lines=False)
    for column in ("document", "published", "duplicate of", "entities", "mentions", "clutter zones"):
        table.add_column(column)
    for analysis in result.analyses:
        document = analysis.document
        clutter = Counter(zone.kind for zone in document.zones if zone.kind != "article")
        table.add_row(
            document.doc_id,
            document.metadata.published or "-",
            document.duplicate_of or "-",
            str(len(analysis.entities)),
            str(len(analysis.mentions)),
            ", ".join(f"{kind} {n}" for kind, n in sorted(clutter.items())) or "-",
        )
    stdout.print(table)
    targets = [f"store {store_path}" if store_path else None, f"file {out}" if out else None]
    stdout.print(f"{len(result.graphs)} documents, {len(result.quads)} quads → {' and '.join(t for t in targets if t)}")


def _open_dataset(store: Path | None, data: Path | None) -> ox.Store:
    from kg.store import load_graph_file, open_store

    if store is not None and data is not None:
        raise _fail("give --store or --data, not both")
    try:
        if data is not None:
            return load_graph_file(data)
        return open_store(store or DEFAULT_STORE, create=False)
    except KgError as error:
        raise _fail(str(error)) from error


@app.command()
def query(
    query_file: Annotated[Path, typer.Argument(help="A SPARQL SELECT query file (.rq).")],
    store: StoreOption = None,
    data: DataOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query over the graph (default graph = union of the document graphs)."""
    from kg.query import format_rows, read_query_file, run_select

    dataset = _open_dataset(store, data)
    try:
        columns, rows = run_select(dataset, read_query_file(query_file), source=str(query_file))
        typer.echo(format_rows(columns, rows, fmt).rstrip("\n"))
    except KgError as error:
        raise _fail(str(error)) from error


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

    dataset = _open_dataset(store, data)
    try:
        gold_docs = load_gold(gold)
        available = {f.name.removesuffix(".rq") for f in (data_dir("queries") / "eval").iterdir() if f.name.endswith(".rq")}
        rows = {name: run_select(dataset, eval_query(name), source=f"eval/{name}.rq")[1] for name in EVAL_SECTIONS if name in available}
        texts = {row["doc"]: row["text"] for row in run_select(dataset, _DOCUMENT_TEXTS)[1] if row["doc"]}
        report = score(gold_docs, rows, texts=texts)
    except KgError as error:
        raise _fail(str(error)) from error
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


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (exits the process with the command's status)."""
    app(args=argv, prog_name="kg")


if __name__ == "__main__":
    main()
