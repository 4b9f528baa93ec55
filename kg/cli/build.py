"""`kg build`: articles in, knowledge graph out."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from kg.cli.app import StoreOption, app, fail, progress_bar, report_error, stdout
from kg.errors import KgError
from kg.ingest.readers import DEFAULT_MAX_CHARS
from kg.nlp.pipeline import DEFAULT_MODEL
from kg.store import DEFAULT_STORE


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html/.htm and .jsonl articles.")],
    store: StoreOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Also write the graph to this file; the extension picks the format.")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write the embedded store (use with --out).")] = False,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    validate: Annotated[bool, typer.Option("--validate", help="Validate each document graph first; write nothing on violations.")] = False,
    reason: Annotated[bool, typer.Option("--reason", help="Also write the OWL 2 RL inferred graph (kg reason).")] = False,
    backend: Annotated[str, typer.Option("--backend", help="Reasoner for --reason: owlrl or reasonable.")] = "owlrl",
    gazetteer: Annotated[
        Optional[list[Path]],
        typer.Option("--gazetteer", help="A gazetteer TSV (the shipped columns) layered over the shipped ones; repeatable."),
    ] = None,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Longest document, in characters (of an HTML page: its visible text); longer ones are errors.")] = DEFAULT_MAX_CHARS,
    follow_symlinks: Annotated[bool, typer.Option("--follow-symlinks", help="Also read symbolic links that lead outside an input folder.")] = False,
) -> None:
    """Build the knowledge graph of INPUTS into the embedded store (and --out)."""
    from kg.build import build_graphs, write_outputs

    store_path = None if no_store else (store or DEFAULT_STORE)
    if store_path is None and out is None:
        raise fail("nothing to write: --no-store needs --out")
    with progress_bar("analysing") as bar:
        task = bar.add_task("build", total=None)
        try:
            result = build_graphs(
                inputs, model=model, gazetteers=gazetteer or [], progress=lambda done, total: bar.update(task, completed=done, total=total),
                max_chars=max_chars, follow_symlinks=follow_symlinks,
            )
        except KgError as error:
            raise fail(str(error)) from error
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for failure in result.errors:
        report_error(failure)
    if validate and result.graphs:
        _validate_before_writing(result)
    if result.graphs:
        try:
            write_outputs(result, store_path=store_path, out=out)
            if reason:
                _write_inferred(store_path, out, backend)
        except KgError as error:
            raise fail(str(error)) from error
        _print_build_summary(result, store_path, out)
    if result.errors:
        typer.echo(f"{len(result.errors)} input(s) failed; {len(result.graphs)} document(s) built.", err=True)
        raise typer.Exit(1)


def _validate_before_writing(result) -> None:
    """Validate the built document graphs; on violations print the report and exit 1 before writing anything."""
    from kg.validate import load_shapes, render_text, validate_graphs

    try:
        report = validate_graphs(((graph.name, graph.quads) for graph in result.graphs), load_shapes())
    except KgError as error:
        raise fail(str(error)) from error
    if report.fails("violation"):
        typer.echo(render_text(report), err=True)
        raise fail(f"validation failed: {report.count('Violation')} violation(s); nothing was written", code=1)


def _write_inferred(store_path: Path | None, out: Path | None, backend: str) -> None:
    """Add the inferred graph to the file (over its content) and to the store (over the whole store)."""
    from kg.reason import infer, replace_inferred
    from kg.store import load_graph_file, open_store, write_graph_file

    if out is not None:
        written = load_graph_file(out)
        write_graph_file(out, [*written, *infer(written, backend=backend)])
    if store_path is not None:
        store = open_store(store_path)
        replace_inferred(store, infer(store, backend=backend))
        store.flush()


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
