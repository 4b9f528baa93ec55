"""The SPARQL query library: documented queries, safe parameters, three backends, six output formats.

A library query is a ``.rq`` file that starts with a grlc-style header: comment
lines ``#+ `` that together are a YAML mapping (``summary``, ``tags``,
``params``, ``columns``; see ``HEADER_KEYS``). The file stays valid SPARQL 1.1.
Parameters follow the grlc naming convention: ``?_name`` is a required
parameter, ``?__name`` an optional one; their types are declared in the header.

Parameter values are converted to RDF terms of the declared type and bound with
a ``VALUES`` block at the start of the query's outer group, written from the
terms' N-Triples form (optional parameters left out are ``UNDEF``). A value is
never pasted into the query text as-is, so it cannot change the query.

Queries run over the embedded store, a graph file, an rdflib ``Dataset`` or a
remote SPARQL endpoint; the default graph is always the union of the document
graphs.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
import yaml

from kg.errors import QueryError, ResourceError
from kg.resources import data_dir, read_text

Term = ox.NamedNode | ox.Literal | ox.BlankNode
Row = dict[str, str | None]

XSD = "http://www.w3.org/2001/XMLSchema#"

#: Header keys: ours plus every decorator grlc knows, so files stay grlc-compatible.
HEADER_KEYS = frozenset(
    {"summary", "description", "tags", "params", "columns"}
    | {"endpoint", "endpoint_in_url", "method", "endpoint-method", "pagination", "defaults", "enumerate", "transform"}
)

#: Output formats of ``format_result``.
FORMATS = ("table", "csv", "tsv", "json", "sparql-json", "markdown")

_PARAM_VARIABLE = re.compile(r"[?$](__?)([A-Za-z][A-Za-z0-9_]*)")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def _string(value: str) -> ox.Literal:
    return ox.Literal(value)


def _iri(value: str) -> ox.NamedNode:
    if not _IRI_SCHEME.match(value):
        raise ValueError("not an absolute IRI")
    return ox.NamedNode(value)


def _integer(value: str) -> ox.Literal:
    if not _INTEGER.fullmatch(value):
        raise ValueError("not an integer")
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


def _decimal(value: str) -> ox.Literal:
    if not _DECIMAL.fullmatch(value):
        raise ValueError("not a decimal number")
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))


def _date(value: str) -> ox.Literal:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise ValueError("not a date YYYY-MM-DD")
    dt.date.fromisoformat(value)
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))


#: Parameter types: each converts the text of a value to an RDF term or raises ValueError.
PARAM_TYPES: dict[str, Callable[[str], Term]] = {"string": _string, "iri": _iri, "integer": _integer, "decimal": _decimal, "date": _date}


@dataclass(frozen=True)
class Parameter:
    """A declared query parameter: ``?_name`` (required) or ``?__name`` (optional)."""

    name: str
    type: str
    required: bool
    example: str
    description: str = ""

    @property
    def variable(self) -> str:
        return ("_" if self.required else "__") + self.name

    def term(self, value: str, source: str) -> Term:
        """The RDF term for a value of this parameter.

        Raises:
            QueryError: The value does not fit the parameter's type.
        """
        try:
            return PARAM_TYPES[self.type](value)
        except ValueError as error:
            raise QueryError(f"{source}: parameter {self.name}={value!r}: {error} (type {self.type})") from error


@dataclass(frozen=True)
class Query:
    """A SPARQL query with its parsed header.

    ``name`` is the library name (``timeline``, ``eval/claims``) or the file path.
    """

    name: str
    text: str
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    params: tuple[Parameter, ...] = ()
    columns: tuple[str, ...] = ()

    def bind(self, values: Mapping[str, str]) -> str:
        """The query text with the parameter values bound in a ``VALUES`` block.

        Raises:
            QueryError: An unknown parameter, a missing required one, or a value of the wrong type.
        """
        declared = {param.name: param for param in self.params}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise QueryError(f"{self.name}: unknown parameter {', '.join(unknown)} (parameters: {known})")
        missing = [param.name for param in self.params if param.required and param.name not in values]
        if missing:
            raise QueryError(f"{self.name}: missing required parameter {', '.join(missing)}")
        if not self.params:
            return self.text
        terms = [str(p.term(values[p.name], self.name)) if p.name in values else "UNDEF" for p in self.params]
        variables = " ".join(f"?{p.variable}" for p in self.params)
        block = f"\n  VALUES ({variables}) {{ ({' '.join(terms)}) }}\n"
        at = _outer_group_start(self.text, self.name)
        return self.text[:at] + block + self.text[at:]


def parse_query(text: str, name: str, *, require_header: bool = False) -> Query:
    """Parse a query's ``#+`` header and check it against the query text.

    Args:
        text: The query file's text.
        name: Its name, for messages.
        require_header: A file without a header is an error (library files),
            rather than a query without metadata (ad-hoc files).

    Raises:
        QueryError: The header is not YAML, misses ``summary`` or ``tags``, has
            an unknown key, declares a parameter badly, or does not match the
            query's ``?_param`` variables.
    """
    header_lines = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("#+")]
    if not header_lines:
        if require_header:
            raise QueryError(f"{name}: no '#+' header (summary, tags, params, columns)")
        _check_variables(text, {}, name)
        return Query(name=name, text=text)
    try:
        header = yaml.safe_load("\n".join(header_lines))
    except yaml.YAMLError as error:
        raise QueryError(f"{name}: header is not valid YAML: {error}") from error
    if not isinstance(header, dict):
        raise QueryError(f"{name}: header must be a YAML mapping, got {type(header).__name__}")
    unknown = sorted(set(header) - HEADER_KEYS)
    if unknown:
        raise QueryError(f"{name}: unknown header key {', '.join(map(str, unknown))}")
    summary = header.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        raise QueryError(f"{name}: header needs a 'summary' text")
    tags = _string_list(header.get("tags"), "tags", name, required=True)
    columns = _string_list(header.get("columns", []), "columns", name, required=False)
    declared = _parameters(header.get("params", {}), name)
    required = _check_variables(text, {p.name: p for p in declared}, name)
    params = tuple(
        Parameter(p.name, p.type, required[p.name], p.example, p.description) for p in declared
    )
    for param in params:
        param.term(param.example, f"{name}: example")
    return Query(
        name=name,
        text=text,
        summary=" ".join(summary.split()),
        description=" ".join(str(header.get("description", "")).split()),
        tags=tuple(tags),
        params=params,
        columns=tuple(columns),
    )


def _string_list(value: Any, key: str, name: str, *, required: bool) -> list[str]:
    if value is None or (required and not value):
        raise QueryError(f"{name}: header needs '{key}' as a non-empty list")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise QueryError(f"{name}: header '{key}' must be a list of names")
    return value


def _parameters(value: Any, name: str) -> list[Parameter]:
    if not isinstance(value, dict):
        raise QueryError(f"{name}: header 'params' must map parameter names to type and example")
    params = []
    for param_name, spec in value.items():
        if not isinstance(spec, dict):
            raise QueryError(f"{name}: parameter {param_name}: give 'type' and 'example'")
        extra = sorted(set(spec) - {"type", "example", "description"})
        if extra:
            raise QueryError(f"{name}: parameter {param_name}: unknown key {', '.join(map(str, extra))}")
        kind = spec.get("type")
        if kind not in PARAM_TYPES:
            raise QueryError(f"{name}: parameter {param_name}: type must be one of {', '.join(PARAM_TYPES)}, got {kind!r}")
        if "example" not in spec:
            raise QueryError(f"{name}: parameter {param_name}: needs an 'example'")
        params.append(Parameter(str(param_name), kind, True, str(spec["example"]), str(spec.get("description", ""))))
    return params


def _check_variables(text: str, declared: Mapping[str, Parameter], name: str) -> dict[str, bool]:
    """Match the ``?_x``/``?__x`` variables of the query body to the declared parameters.

    Returns:
        For each parameter, whether it is required (``?_x``) rather than optional (``?__x``).
    """
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("#"))
    found: dict[str, set[bool]] = {}
    for match in _PARAM_VARIABLE.finditer(body):
        found.setdefault(match.group(2), set()).add(len(match.group(1)) == 1)
    undeclared = sorted(set(found) - set(declared))
    if undeclared:
        raise QueryError(f"{name}: variable ?_{undeclared[0]} looks like a parameter but the header does not declare it")
    required = {}
    for param in declared:
        forms = found.get(param)
        if not forms:
            raise QueryError(f"{name}: parameter {param} is declared but the query has no ?_{param} or ?__{param}")
        if len(forms) > 1:
            raise QueryError(f"{name}: parameter {param} is used both as ?_{param} and ?__{param}")
        required[param] = forms.pop()
    return required


def _outer_group_start(text: str, name: str) -> int:
    """The offset just after the ``{`` that opens the query's outer group.

    Skips comments, string literals and IRIs, which may contain braces.
    """
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "#":
            newline = text.find("\n", i)
            i = n if newline < 0 else newline + 1
        elif char in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else char
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
        elif char == "<" and (iri := re.match(r"<[^<>\"{}|^`\\\x00-\x20]*>", text[i:])):
            i += iri.end()
        elif char == "{":
            return i + 1
        else:
            i += 1
    raise QueryError(f"{name}: no query pattern '{{ ... }}' to bind parameters in")


# --- the library -------------------------------------------------------------------------------------------


def library() -> list[Query]:
    """Every analyst query shipped in ``queries/`` (not the evaluation queries), by name."""
    files = sorted((f for f in data_dir("queries").iterdir() if f.is_file() and f.name.endswith(".rq")), key=lambda f: f.name)
    return [parse_query(f.read_text(encoding="utf-8"), f.name.removesuffix(".rq"), require_header=True) for f in files]


def load_query(name_or_path: str) -> Query:
    """A library query by name (``timeline``, ``eval/claims``) or a query file by path.

    Raises:
        QueryError: No such query, or its header is invalid.
    """
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        return parse_query(read_query_file(path), str(path))
    try:
        text = read_text("queries", f"{name_or_path}.rq")
    except ResourceError as error:
        names = ", ".join(query.name for query in library())
        raise QueryError(f"no library query {name_or_path!r} and no such file; library: {names}") from error
    return parse_query(text, name_or_path, require_header=True)


def eval_query(name: str) -> str:
    """The text of a shipped evaluation query, e.g. ``eval_query("entities")``."""
    return read_text("queries", f"eval/{name}.rq")


def read_query_file(path: Path) -> str:
    """The text of a query file, with a clear error when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise QueryError(f"{path}: no such query file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read: {error}") from error


# --- backends ----------------------------------------------------------------------------------------------


@dataclass
class Result:
    """A SELECT result: column names and rows of RDF terms (``None`` = unbound)."""

    columns: list[str]
    rows: list[list[Term | None]] = field(default_factory=list)

    def plain(self) -> list[Row]:
        """Rows as dicts of plain strings (IRIs without brackets, literals by lexical form)."""
        return [{c: (t.value if t is not None else None) for c, t in zip(self.columns, row)} for row in self.rows]


class Backend(Protocol):
    """Something that answers a SPARQL SELECT with the union of the named graphs as default graph."""

    def select(self, sparql: str, source: str) -> Result: ...


class OxigraphBackend:
    """The embedded store (or an in-memory store loaded from a graph file)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def select(self, sparql: str, source: str) -> Result:
        try:
            result = self.store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"{source}: invalid SPARQL: {error}") from error
        except OSError as error:
            raise QueryError(f"{source}: query failed: {error}") from error
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(f"{source}: only SELECT queries give tables")
        columns = [variable.value for variable in result.variables]
        return Result(columns, [list(solution) for solution in result])  # values in column order


class RdflibBackend:
    """An rdflib ``Dataset`` (build it with ``default_union=True``)."""

    def __init__(self, dataset: Any) -> None:
        self.dataset = dataset

    def select(self, sparql: str, source: str) -> Result:
        from rdflib import BNode, Literal, URIRef

        def convert(term: Any) -> Term | None:
            if term is None:
                return None
            if isinstance(term, URIRef):
                return ox.NamedNode(str(term))
            if isinstance(term, BNode):
                return ox.BlankNode(str(term))
            if isinstance(term, Literal):
                if term.language:
                    return ox.Literal(str(term), language=term.language)
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD + "string")))
            raise QueryError(f"{source}: unsupported result term {term!r}")

        try:
            result = self.dataset.query(sparql)
        except Exception as error:  # rdflib raises pyparsing and plain exceptions alike
            raise QueryError(f"{source}: query failed in rdflib: {error}") from error
        if result.type != "SELECT":
            raise QueryError(f"{source}: only SELECT queries give tables")
        columns = [str(v) for v in result.vars]
        return Result(columns, [[convert(value) for value in row] for row in result])


class EndpointBackend:
    """A remote SPARQL 1.1 Protocol endpoint (Oxigraph: ``http://host:7878/query``).

    The endpoint must take the union of the named graphs as default graph
    (Oxigraph: ``oxigraph serve --union-default-graph``, or add
    ``?union-default-graph`` to the URL).
    """

    def __init__(self, url: str, *, user: str | None = None, password: str | None = None, timeout: float = 60.0) -> None:
        self.url = url
        self.timeout = timeout
        self.headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"

    def select(self, sparql: str, source: str) -> Result:
        request = urllib.request.Request(self.url, data=sparql.encode("utf-8"), headers=self.headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.load(response)
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip()[:300]
            raise QueryError(f"{source}: {self.url} answered {error.code} {error.reason}: {detail}") from error
        except (urllib.error.URLError, OSError) as error:
            raise QueryError(f"{source}: cannot reach {self.url}: {getattr(error, 'reason', error)}") from error
        except ValueError as error:
            raise QueryError(f"{source}: {self.url} did not answer SPARQL JSON results: {error}") from error
        if "results" not in payload:
            raise QueryError(f"{source}: only SELECT queries give tables")
        columns = list(payload["head"]["vars"])
        bindings = payload["results"]["bindings"]
        return Result(columns, [[_json_term(b.get(c)) for c in columns] for b in bindings])


def _json_term(binding: dict[str, str] | None) -> Term | None:
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    return ox.Literal(value, datatype=ox.NamedNode(binding.get("datatype", XSD + "string")))


def run(backend: Backend | ox.Store, query: Query, params: Mapping[str, str] | None = None) -> Result:
    """Bind the parameters and run a query; the default graph is the union of the document graphs."""
    if isinstance(backend, ox.Store):
        backend = OxigraphBackend(backend)
    return backend.select(query.bind(params or {}), query.name)


def run_select(store: ox.Store, sparql: str, *, source: str = "query") -> tuple[list[str], list[Row]]:
    """Run a SELECT query text on a store; the column names and the rows as plain strings."""
    result = OxigraphBackend(store).select(sparql, source)
    return result.columns, result.plain()


# --- output formats ----------------------------------------------------------------------------------------


def format_result(result: Result, fmt: str) -> str:
    """Render a result as one of ``FORMATS``.

    ``json`` is a list of objects of plain values; ``sparql-json`` is the W3C
    SPARQL 1.1 Query Results JSON format; ``markdown`` a GitHub table.
    """
    if fmt == "sparql-json":
        return json.dumps(_sparql_json(result), ensure_ascii=False, indent=2)
    return format_rows(result.columns, result.plain(), fmt)


def format_rows(columns: Sequence[str], rows: Sequence[Row], fmt: str) -> str:
    """Render plain rows as ``table``, ``csv``, ``tsv``, ``json`` or ``markdown``."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[row[c] or "" for c in columns] for row in rows])
        return out.getvalue()
    if fmt == "markdown":
        lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
        lines += ["| " + " | ".join(_markdown_cell(row[c]) for c in columns) + " |" for row in rows]
        return "\n".join(lines)
    if fmt == "table":
        cells = [[_cell(row[c]) for c in columns] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
        lines.append(f"({len(rows)} rows)")
        return "\n".join(lines)
    raise QueryError(f"unknown output format {fmt!r}; use {', '.join(FORMATS)}")


def _cell(value: str | None, limit: int = 80) -> str:
    text = "" if value is None else " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _markdown_cell(value: str | None) -> str:
    return "" if value is None else " ".join(value.split()).replace("\\", "\\\\").replace("|", "\\|")


def _sparql_json(result: Result) -> dict[str, Any]:
    bindings = []
    for row in result.rows:
        binding = {}
        for column, term in zip(result.columns, row):
            if isinstance(term, ox.NamedNode):
                binding[column] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                binding[column] = {"type": "bnode", "value": term.value}
            elif isinstance(term, ox.Literal):
                binding[column] = {"type": "literal", "value": term.value}
                if term.language:
                    binding[column]["xml:lang"] = term.language
                elif term.datatype.value != XSD + "string":
                    binding[column]["datatype"] = term.datatype.value
        bindings.append(binding)
    return {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
