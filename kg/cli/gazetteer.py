"""`kg gazetteer wikidata`: a gazetteer of one conflict's actors from a SPARQL endpoint."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli.app import LONGEST_WAIT, app, fail, one_line
from kg.errors import KgError
from kg.outputs import atomic_output, failure

gazetteer_app = typer.Typer(no_args_is_help=True, help="Make gazetteer files for kg build --gazetteer.")
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command()
def wikidata(
    out: Annotated[Path, typer.Option("--out", help="The gazetteer TSV to write.")],
    country: Annotated[
        list[str], typer.Option("--country", help="The Wikidata QID of a state of the conflict (repeatable), e.g. Q869.")
    ],
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="SPARQL endpoint (default: https://query.wikidata.org/sparql).")] = None,
    query_file: Annotated[
        Optional[Path], typer.Option("--query", help="A SPARQL file instead of the shipped queries/wikidata/conflict-actors.rq.")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, max=LONGEST_WAIT, help="Seconds to wait for each answer.")] = 60.0,
) -> None:
    """Write the states, armed groups and office holders of the given countries as a gazetteer TSV."""
    from kg.nlp.gazetteer import load_gazetteer
    from kg.wikidata import WIKIDATA_ENDPOINT, conflict_gazetteer

    try:
        tsv, count = conflict_gazetteer(
            country, load_gazetteer(), endpoint=endpoint or WIKIDATA_ENDPOINT, query_file=str(query_file) if query_file else None, timeout=timeout
        )
    except KgError as error:  # a bad --country or --query, or a query that failed: exit 2, as for kg query
        raise fail(str(error)) from error
    try:
        with atomic_output(out, follow_links=True) as stream:
            stream.write(tsv.encode("utf-8"))
    except OSError as error:
        raise fail(f"{out}: cannot write the gazetteer: {failure(error, out)}") from error
    typer.echo(f"{count} actors → {one_line(str(out))}", err=True)
