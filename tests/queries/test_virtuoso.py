"""A real Virtuoso (Debian `virtuoso-opensource`): `kg load` with Digest authentication, then every library query through
`kg query --endpoint` gives the rows the embedded store gives."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.query import answer_of, library, load_query, run
from tests.virtuoso import VirtuosoServer

runner = CliRunner()
LIBRARY = library()
@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[str]:
    """A fresh Virtuoso on 127.0.0.1 (database in a temporary folder, user dba/dba); its base URL."""
    server = VirtuosoServer.start(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server.base
    finally:
        server.stop()


@pytest.fixture(scope="module")
def loaded(virtuoso, example_store, tmp_path_factory) -> str:
    """Virtuoso holding the example corpus, loaded by `kg load` with Digest authentication; its SPARQL endpoint."""
    dump = tmp_path_factory.mktemp("dump") / "corpus.nq"
    dump.write_bytes(example_store.dump(format=ox.RdfFormat.N_QUADS))
    result = runner.invoke(
        app, ["load", str(dump), "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", "--user", "dba", "--password", "dba"]
    )
    assert result.exit_code == 0, result.output
    return f"{virtuoso}/sparql"


def comparable(result) -> list[tuple]:
    """Rows as sorted tuples of (value, datatype); GROUP_CONCAT lists are sorted, since their order is not defined."""

    def norm(term):
        if term is None:
            return None
        value = "; ".join(sorted(term.value.split("; "))) if isinstance(term, ox.Literal) and "; " in term.value else term.value
        return value, getattr(term, "datatype", None) and term.datatype.value

    return sorted((tuple(norm(t) for t in row) for row in result.rows), key=repr)


@pytest.mark.parametrize("query", LIBRARY, ids=[query.name for query in LIBRARY])
def test_virtuoso_kg_query_endpoint_gives_the_rows_of_the_embedded_store(query, loaded, embedded):
    params = {param.name: param.example for param in query.params if param.required}
    if query.name == "provenance":
        params["item"] = run(embedded, load_query("who-said-what"), {"speaker": "Armenia", "kind": "denial"}).plain()[0]["claim"]
    expected = comparable(run(embedded, query, params))
    assert expected
    arguments = [arg for name, value in params.items() for arg in ("-p", f"{name}={value}")]
    result = runner.invoke(app, ["query", query.name, *arguments, "--endpoint", loaded, "--format", "sparql-json"])
    assert result.exit_code == 0, result.output
    answer = answer_of(ox.parse_query_results(result.stdout.encode("utf-8"), format=ox.QueryResultsFormat.JSON))
    assert comparable(answer) == expected


def test_virtuoso_name_parameter_and_ask(loaded, embedded):
    rows = runner.invoke(app, ["query", "who-said-what", "-p", "speaker=pashinyan", "--endpoint", loaded, "--format", "json"])
    assert rows.exit_code == 0, rows.output
    assert '"speaker": "Nikol Pashinyan"' in rows.stdout and "warning" not in rows.stderr


def test_virtuoso_load_without_credentials_is_refused_with_the_status_line(virtuoso, seeds_nq):
    for path in ("sparql-graph-crud-auth", "sparql-graph-crud"):
        result = runner.invoke(app, ["load", str(seeds_nq), "--endpoint", f"{virtuoso}/{path}"])
        assert result.exit_code == 1
        assert ("401 Unauthorized" in result.stderr and "check --user and --password" in result.stderr) or "403 Forbidden" in result.stderr
        assert "<" not in result.stderr.replace("<https://", "") and len(result.stderr.splitlines()) == 1
