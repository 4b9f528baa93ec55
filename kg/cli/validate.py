"""`kg validate` and `kg reason`: check the graph against the shapes, add what the ontology entails."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import StoreOption, app, dataset_name, error_line, fail, open_dataset
from kg.errors import KgError, StoreError
from kg.outputs import atomic_output, failure
from kg.store import DEFAULT_STORE

FORMATS = ("text", "json", "junit", "turtle")


@app.command()
def validate(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Graph files (.nq, .trig, .ttl, .jsonld); default: the store.")] = None,
    store: StoreOption = None,
    shapes: Annotated[Optional[Path], typer.Option("--shapes", help="Folder of SHACL shapes (.ttl) (default: the shipped shapes).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json, junit (JUnit XML) or turtle (the SHACL sh:ValidationReport).")] = "text",
    fail_on: Annotated[str, typer.Option("--fail-on", help="violation, or warning to fail on warnings too.")] = "violation",
    out: Annotated[Optional[Path], typer.Option("--out", help="Write the report to this file instead of stdout.")] = None,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help="Accept a graph without a single triple.")] = False,
) -> None:
    """Validate each graph of FILES (or of the store) against the SHACL shapes and check text anchoring.

    Exit status: 0 conforms, 1 results at the --fail-on level or an empty
    graph file or store (unless --allow-empty), 2 error (unreadable input, bad shapes).
    """
    from kg.validate import (
        FAILING,
        ValidationReport,
        class_hierarchy,
        dataset_graphs,
        load_shapes,
        render_json,
        render_junit,
        render_text,
        render_turtle,
        validate_graphs,
    )

    if fmt not in FORMATS:
        raise fail(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fail_on not in FAILING:
        raise fail(f"unknown --fail-on {fail_on!r}; use violation or warning")
    if files and store is not None:
        raise fail("give graph files or --store, not both")
    sources: list[Path | None] = list(files) if files else [None]
    report, empty = ValidationReport(), []
    try:
        shapes_graph, hierarchy = load_shapes(shapes), class_hierarchy()
        for source in sources:
            dataset = open_dataset(store, source)
            try:
                graphs = validate_graphs(dataset_graphs(dataset), shapes_graph, hierarchy).graphs
            except StoreError as error:  # a graph rdflib cannot read (RDF-star)
                raise fail(f"{dataset_name(store, source)}: {error}") from error
            report.graphs += graphs
            if not any(graph.triples for graph in graphs):
                empty.append(dataset_name(store, source))
    except KgError as error:
        raise fail(str(error)) from error
    if fmt == "json":
        rendered = render_json(report, fail_on)
    elif fmt == "junit":
        rendered = render_junit(report, fail_on)
    elif fmt == "turtle":
        rendered = render_turtle(report, fail_on)
    else:
        rendered = render_text(report)
    if out is not None:
        try:
            with atomic_output(out, follow_links=True) as stream:
                stream.write((rendered + "\n").encode("utf-8"))
        except OSError as error:
            raise fail(f"{out}: cannot write the report: {failure(error, out)}") from error
    else:
        typer.echo(rendered)
    if empty and not allow_empty:
        for name in empty:
            error_line(f"{name}: the graph is empty, nothing was validated (--allow-empty accepts that)")
        raise typer.Exit(1)
    if report.fails(fail_on):
        raise typer.Exit(1)


@app.command()
def reason(
    data: Annotated[Optional[Path], typer.Argument(help="Graph file (.nq, .trig, .ttl, .jsonld); default: the store.")] = None,
    store: StoreOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Write the inferred graph to this file (format by extension).")] = None,
    backend: Annotated[str, typer.Option("--backend", help="owlrl, or reasonable (faster; needs the `reason` extra).")] = "owlrl",
) -> None:
    """Add the OWL 2 RL closure of ontology + graph as the separate inferred graph.

    With a store and no --out, the store's inferred graph is replaced; with a file
    and no --out, the inferred quads are printed as N-Quads.
    """
    from kg.reason import INFERRED_GRAPH, infer, reason_store
    from kg.store import StagedStore, sorted_nquads, write_graph_file

    try:
        if data is None and out is None:
            with StagedStore(store or DEFAULT_STORE, with_index=False, create=False) as staged:
                count = reason_store(staged.store, backend=backend)
                staged.commit()
        else:
            dataset = open_dataset(store, data)
            try:
                inferred = infer(dataset, backend=backend)
            except StoreError as error:  # a graph rdflib cannot read (RDF-star)
                raise fail(f"{dataset_name(store, data)}: {error}") from error
            count = len(inferred)
            if out is not None:
                write_graph_file(out, inferred)
            else:
                sys.stdout.write(sorted_nquads(inferred))
    except KgError as error:
        raise fail(str(error)) from error
    typer.echo(f"{count} inferred triples in graph <{INFERRED_GRAPH}> ({backend})", err=True)
