"""`kg report` and the actor network options of `kg export` (--graphml, --gexf)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import pyoxigraph as ox
import typer

from kg.cli.app import DataOption, StoreOption, app, dataset_name, fail, one_line, open_dataset, progress_callback
from kg.errors import GraphValueError, KgError

GraphmlOption = Annotated[Optional[Path], typer.Option("--graphml", help="Write the actor network as GraphML (Gephi, yEd, networkx).")]
GexfOption = Annotated[Optional[Path], typer.Option("--gexf", help="Write the actor network as GEXF 1.3 (Gephi).")]


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="Report folder (an earlier report there is replaced).")],
    store: StoreOption = None,
    data: DataOption = None,
) -> None:
    """Write a static HTML report (timeline, actor network, claims, contradictions, figures, map, documents) that opens from file://."""
    from kg.report.writer import check_target, write_report

    try:
        check_target(out)
    except KgError as error:
        raise fail(str(error)) from error
    dataset = open_dataset(store, data)
    try:
        with progress_callback("document pages") as progress:
            summary = write_report(dataset, out, progress=progress)
    except GraphValueError as error:  # the node is named; the file or store it is in too
        raise fail(f"{dataset_name(store, data)}: {error}", code=1) from error
    except KgError as error:
        raise fail(str(error), code=1) from error
    typer.echo(
        f"{summary.documents} documents, {summary.events} events, {summary.claims} claims, {summary.figures} figures, "
        f"{summary.links} actor links → {out / 'index.html'}"
    )


def export_network(dataset: ox.Store, *, graphml: Path | None, gexf: Path | None) -> None:
    """Write the actor network to the GraphML and/or GEXF files asked for (`kg export --graphml/--gexf`)."""
    from kg.report.gephi import write_network
    from kg.report.network import actor_network

    try:
        network = actor_network(dataset)
        for path, fmt in ((graphml, "graphml"), (gexf, "gexf")):
            if path is not None:
                write_network(network, path, fmt)
                typer.echo(f"{len(network.actors)} actors, {len(network.links)} links → {one_line(str(path))}")
    except KgError as error:
        raise fail(str(error), code=1) from error
