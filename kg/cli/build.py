"""`kg build` and `kg remove`: articles in, knowledge graph out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.cli.app import (
    LONGEST_WAIT,
    StoreOption,
    app,
    error_line,
    fail,
    one_line,
    progress_bar,
    report_error,
    stdout,
    warning_line,
)
from kg.distributed.partitions import DEFAULT_PARTITION_SIZE
from kg.errors import KgError
from kg.ingest.readers import DEFAULT_MAX_CHARS
from kg.nlp import DEFAULT_MODEL
from kg.store import DEFAULT_STORE

if TYPE_CHECKING:
    from kg.build import BuildReport

_DEADLINE = 120.0
#: The console width when stdout is a file or pipe: nothing is cut or wrapped.
_UNLIMITED = 100_000


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html/.htm and .jsonl articles.")],
    store: StoreOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Also write the graph to this file; the extension picks the format.")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write the embedded store (use with --out).")] = False,
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    gazetteer: Annotated[
        Optional[list[Path]],
        typer.Option("--gazetteer", help="A gazetteer TSV (the shipped columns) layered over the shipped ones; repeatable."),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes, one per core unless given (on this machine at most four per core; with --address, the cluster's own).")] = os.cpu_count() or 1,
    doc_timeout: Annotated[float, typer.Option("--doc-timeout", min=1, max=LONGEST_WAIT, help="Seconds one document may take; a slower one is skipped with an error.")] = _DEADLINE,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Longest document, in characters (of an HTML page: its visible text); longer ones are errors.")] = DEFAULT_MAX_CHARS,
    follow_symlinks: Annotated[bool, typer.Option("--follow-symlinks", help="Also read symbolic links that lead outside an input folder.")] = False,
    validate: Annotated[bool, typer.Option("--validate", help="Validate the new graphs first; write nothing on violations.")] = False,
    reason: Annotated[bool, typer.Option("--reason", help="Also write the OWL 2 RL inferred graph (kg reason).")] = False,
    backend: Annotated[str, typer.Option("--backend", help="Reasoner for --reason: owlrl or reasonable.")] = "owlrl",
    engine: Annotated[
        Optional[str], typer.Option("--engine", help="Build on a cluster of this engine (dask or ray) into --shards; see docs/distributed.md.")
    ] = None,
    shards: Annotated[Optional[Path], typer.Option("--shards", help="With --engine: the folder of the part-*.nq.gz shards.")] = None,
    address: Annotated[
        Optional[str], typer.Option("--address", help="With --engine: a running cluster's address (default: a local cluster of --jobs workers).")
    ] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="With --engine: documents per partition (task and shard).")] = DEFAULT_PARTITION_SIZE,
) -> None:
    """Build the knowledge graph of INPUTS into the embedded store (and --out), or with --engine into shards on a cluster."""
    from kg.build import BuildFailed
    from kg.build import build as run_build

    if engine is not None or shards is not None or address is not None:
        given = [name for name, value in (("--store", store), ("--out", out), ("--no-store", no_store), ("--validate", validate), ("--reason", reason)) if value]
        if engine is None or shards is None or given:
            raise fail(f"--engine, --shards and --address go together, without {', '.join(given) or 'nothing else'}: "
                       "kg build INPUT... --engine dask|ray --shards DIR [--address ADDR]")
        _build_distributed(inputs, shards, engine, address, jobs, partition_size, model, gazetteer or [], doc_timeout, max_chars, follow_symlinks)
        return
    store_path = None if no_store else (store or DEFAULT_STORE)
    if store_path is None and out is None:
        raise fail("nothing to write: --no-store needs --out")
    with progress_bar("building") as bar:
        task = bar.add_task("build", total=None)
        try:
            report = run_build(
                inputs, store_path=store_path, out=out, model=model, gazetteers=gazetteer or [], jobs=jobs,
                deadline=doc_timeout, validate=validate, reason_backend=backend if reason else None,
                max_chars=max_chars, follow_symlinks=follow_symlinks, on_error=report_error,
                on_warning=lambda warning: warning_line(str(warning)), progress=lambda done: bar.update(task, completed=done),
            )
        except BuildFailed as error:
            typer.echo("\n".join(one_line(line) for line in error.details.splitlines()), err=True)
            raise fail(str(error), code=1) from error
        except KgError as error:
            raise fail(str(error)) from error
    _print_build_summary(report, store_path, out)
    if report.failed:
        typer.echo(f"{report.failed} input(s) failed; {report.built} document(s) built.", err=True)
        raise typer.Exit(1)


def _build_distributed(
    inputs: list[Path], shards: Path, engine: str, address: str | None, jobs: int, partition_size: int,
    model: str, gazetteers: list[Path], doc_timeout: float, max_chars: int, follow_symlinks: bool,
) -> None:
    """``kg build --engine``: the build on a cluster, into shards (``kg.distributed``)."""
    from kg.distributed.build import distributed_build

    with progress_bar("partitions") as bar:
        task = bar.add_task("build", total=None)
        try:
            report = distributed_build(
                inputs, shards, engine=engine, address=address, workers=jobs, partition_size=partition_size, model=model,
                gazetteers=gazetteers, deadline=doc_timeout, max_chars=max_chars, follow_symlinks=follow_symlinks,
                on_error=error_line, on_warning=warning_line, progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        except KgError as error:
            raise fail(str(error)) from error
    reused = f" ({report.reused:,} finished by an earlier run)" if report.reused else ""
    stdout.print(
        f"{report.built:,} documents built in {report.partitions:,} partitions{reused}: {report.events:,} events, "
        f"{report.claims:,} claims, {report.figures:,} figures; {report.quads:,} quads in {len(report.shards):,} shards → {one_line(str(shards))} "
        f"(cluster {report.cluster_seconds:.1f} s, per-document stage {report.documents_seconds:.1f} s, global stage {report.global_seconds:.1f} s)",
        width=_UNLIMITED if not stdout.is_terminal else None, soft_wrap=True, markup=False, highlight=False,
    )
    if report.failed:
        typer.echo(f"{report.failed} input(s) failed; {report.built} document(s) built.", err=True)
        raise typer.Exit(1)


@app.command()
def remove(
    doc_ids: Annotated[list[str], typer.Argument(help="Ids of the documents to remove (paths relative to the input folder, or JSON Lines ids).")],
    store: StoreOption = None,
) -> None:
    """Remove documents from the store; entities and cross-document links are brought up to date."""
    from kg.build import remove as run_remove

    try:
        missing = run_remove(doc_ids, store_path=store or DEFAULT_STORE)
    except KgError as error:
        raise fail(str(error)) from error
    for doc_id in missing:
        error_line(f"{doc_id}: no such document in the store")
    stdout.print(f"{len(doc_ids) - len(missing)} documents removed")
    if missing:
        raise typer.Exit(1)


def _print_build_summary(report: BuildReport, store_path: Path | None, out: Path | None) -> None:
    """A table of the built documents (small builds), then the totals; ids are never cut, on a terminal or not."""
    if report.built and report.built <= len(report.summaries):
        table = Table(title="kg build", show_lines=False)
        for column in ("document", "published", "duplicate of", "entities", "mentions", "events", "claims", "figures", "clutter zones"):
            table.add_column(column, overflow="fold")
        for summary in report.summaries:
            table.add_row(  # ids as plain text: a JSON Lines id or a file name may hold "[/x]" (rich markup) or an escape
                Text(one_line(summary.doc_id)),
                summary.published or "-",
                Text(one_line(summary.duplicate_of)) if summary.duplicate_of else "-",
                *(str(n) for n in (summary.entities, summary.mentions, summary.events, summary.claims, summary.figures)),
                ", ".join(f"{kind} {n}" for kind, n in summary.clutter) or "-",
            )
        (stdout if stdout.is_terminal else Console(width=_UNLIMITED)).print(table)
    targets = one_line(" and ".join(t for t in (f"store {store_path}" if store_path else None, f"file {out}" if out else None) if t))
    skipped = f", {report.skipped:,} unchanged skipped" if report.skipped else ""
    stdout.print(
        f"{report.built:,} documents built{skipped}: {report.events:,} events, {report.claims:,} claims, {report.figures:,} figures; "
        f"{report.quads_written:,} quads written → {targets} ({report.quads_total:,} quads)",
        width=_UNLIMITED if not stdout.is_terminal else None, soft_wrap=True, markup=False, highlight=False,
    )
