"""Run SPARQL queries over the embedded store or a graph file, and format the results."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.resources import read_text

Row = dict[str, str | None]


def eval_query(name: str) -> str:
    """The text of a shipped evaluation query, e.g. ``eval_query("entities")``."""
    return read_text("queries", f"eval/{name}.rq")


def run_select(store: ox.Store, sparql: str, *, source: str = "query") -> tuple[list[str], list[Row]]:
    """Run a SELECT query with the default graph as the union of all graphs.

    Returns the column names and the rows (values as plain strings: IRIs without
    brackets, literals by their lexical form; unbound is ``None``).
    """
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"{source}: invalid SPARQL: {error}") from error
    except OSError as error:
        raise QueryError(f"{source}: query failed: {error}") from error
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"{source}: only SELECT queries give tables")
    columns = [variable.value for variable in result.variables]
    rows = [{name: _plain(solution[name]) for name in columns} for solution in result]
    return columns, rows


def _plain(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | None:
    if term is None:
        return None
    return term.value


def format_rows(columns: Sequence[str], rows: Sequence[Row], fmt: str) -> str:
    """Render rows as ``table`` (aligned text), ``csv``, ``tsv`` or ``json``."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[row[c] or "" for c in columns] for row in rows])
        return out.getvalue()
    if fmt == "table":
        cells = [[_cell(row[c]) for c in columns] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
        lines.append(f"({len(rows)} rows)")
        return "\n".join(lines)
    raise QueryError(f"unknown output format {fmt!r}; use table, csv, tsv or json")


def _cell(value: str | None, limit: int = 80) -> str:
    text = "" if value is None else " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_query_file(path: Path) -> str:
    """The text of a query file, with a clear error when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise QueryError(f"{path}: no such query file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read: {error}") from error
