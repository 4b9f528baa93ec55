"""The SPARQL query library: documented queries, safe parameters, the backends that answer them, output formats.

A library query is a ``.rq`` file that starts with a grlc-style header: comment
lines ``#+ `` that together are a YAML mapping (``summary``, ``tags``,
``params``, ``columns``; see ``HEADER_KEYS``). The file stays valid SPARQL 1.1.
Parameters follow the grlc naming convention: ``?_name`` is a required
parameter, ``?__name`` an optional one; their types are declared in the header.

A file without a header may still use ``?_x`` and ``?__x``: as in grlc, they
are string parameters.

Parameter values are converted to RDF terms of the declared type and bound in
one of two ways, which the header's ``binding`` picks. ``values`` (the default):
a ``VALUES`` block at the start of the query's outer group, written from the
terms' N-Triples form (optional parameters left out are ``UNDEF``). ``constants``:
the terms are substituted for their variables before the query is planned
(SEP-0007 substitution, done on the query text): each occurrence of ``?_x``
becomes the term's N-Triples form and ``BOUND(?_x)`` becomes ``true``; optional
parameters left out stay unbound variables. Oxigraph then plans with the values
as constants: index lookups and early filters, several times faster for most
library queries at 10^6 triples, but a constant may also let it plan a filter
over a product of two unconnected patterns (an earlier accusations-denials ran
for minutes that way), so a query opts in once measured (``bench/query_latency.py``), and a
query that uses a parameter where SPARQL wants a variable (after ``AS``, in a
``VALUES`` list, as a bare projection or in ``GROUP BY``/``ORDER BY``) keeps the
``VALUES`` block. Either way a value is never pasted into the query as typed: it
goes through its term, whose N-Triples form escapes it, so it cannot change the
query. pyoxigraph's own ``substitutions`` argument is not used: in 0.5.13 it
binds the values after planning, needs every substituted variable in the
projection, and its optimizer folds ``BOUND(?_x)`` to false and drops
``BIND(?_x AS ?y)``, which would ignore optional filters.
A ``name`` parameter is first looked up
among the entities' labels and aliases (``kg.names``; the index of them is
cached by the labels' content, so it is never stale) and bound to the labels
of the entities it names, joined by ``|``; queries compare a label with it as
``CONTAINS(CONCAT("|", LCASE(?__x), "|"), CONCAT("|", LCASE(?label), "|"))``,
which also works for a plain name passed by grlc.

Queries run over the embedded store, a graph file, an rdflib ``Dataset`` or a
remote SPARQL endpoint; the default graph is always the union of the document
graphs. SELECT answers are ``Result`` tables, CONSTRUCT and DESCRIBE answers
``GraphResult`` triples, ASK answers ``bool``. A local store refuses
``SERVICE`` (a request to another server) unless allowed.
"""

from __future__ import annotations

import abc
import csv
import datetime as dt
import io
import json
import math
import re
import urllib.parse
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from kg.errors import HttpError, KgWarning, QueryError, ResourceError, StoreError, printable, shown
from kg.http import HttpClient, Reply
from kg.names import LABELS_QUERY, NameIndex, index_of_answer
from kg.rdf.syntax import check_nesting, serialize
from kg.resources import data_dir, read_text

Term = ox.NamedNode | ox.Literal | ox.BlankNode
Row = dict[str, str | None]

XSD = "http://www.w3.org/2001/XMLSchema#"

#: Header keys: ours plus every decorator grlc knows, so files stay grlc-compatible.
HEADER_KEYS = frozenset(
    {"summary", "description", "tags", "params", "columns", "binding"}
    | {"endpoint", "endpoint_in_url", "method", "endpoint-method", "pagination", "defaults", "enumerate", "transform"}
)

#: How a query's parameter values are bound (header key ``binding``; see the module docstring).
BINDINGS = ("values", "constants")
#: Output formats of SELECT and ASK answers (``format_result``).
FORMATS = ("table", "csv", "tsv", "json", "sparql-json", "markdown")
#: Output formats of CONSTRUCT and DESCRIBE answers (``format_graph``).
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
#: The query forms, as ``query_form`` names them.
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
#: Literal datatypes whose values ``json`` output writes as JSON numbers and booleans.
_JSON_NUMBERS = {XSD + name: int for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
    "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
)} | {XSD + "decimal": float, XSD + "double": float, XSD + "float": float}

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
#: A ``name`` is bound as a string, after ``execute`` has looked it up (see the module docstring).
PARAM_TYPES: dict[str, Callable[[str], Term]] = {"string": _string, "name": _string, "iri": _iri, "integer": _integer, "decimal": _decimal, "date": _date}


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
            raise QueryError(f"{source}: parameter {self.name}={shown(value)}: {error} (type {self.type})") from error


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

    declared: bool = True
    binding: str = "values"

    def check(self, values: Mapping[str, str]) -> None:
        """Refuse unknown parameters and missing required ones.

        Raises:
            QueryError: Names the parameter; for a file without a header, says how to declare one.
        """
        declared = {param.name: param for param in self.params}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise QueryError(f"{self.name}: unknown parameter {', '.join(unknown)} (parameters: {known})")
        missing = [param.name for param in self.params if param.required and param.name not in values]
        if missing and self.declared:
            raise QueryError(f"{self.name}: missing required parameter {', '.join(missing)} (give -p {missing[0]}=VALUE)")
        if missing:
            raise QueryError(
                f"{self.name}: missing required parameter {', '.join(missing)}: give -p {missing[0]}=VALUE. "
                f"Without a '#+' header ?_{missing[0]} is a required string (?__{missing[0]} an optional one); to give it "
                f"another type, start the file with '#+ summary: ...', '#+ tags: [...]', '#+ params:', "
                f"'#+   {missing[0]}: {{type: iri, example: ...}}' (types: {', '.join(PARAM_TYPES)})"
            )

    def bind(self, values: Mapping[str, str]) -> str:
        """The query text with the parameter values substituted for their variables (see the module docstring).

        Raises:
            QueryError: An unknown parameter, a missing required one, or a value of the wrong type.
        """
        self.check(values)
        terms = {p.variable: str(p.term(values[p.name], self.name)) for p in self.params if p.name in values}
        if not terms:
            return self.text
        if self.binding == "values" or _variable_only_use(self.text, terms):
            return self._values_block(terms)
        return _substitute(self.text, terms)

    def _values_block(self, terms: Mapping[str, str]) -> str:
        """The query text with the terms bound in a ``VALUES`` block opening its outer group."""
        variables = " ".join(f"?{p.variable}" for p in self.params)
        row = " ".join(terms.get(p.variable, "UNDEF") for p in self.params)
        at = _outer_group_start(self.text, self.name)
        return self.text[:at] + f"\n  VALUES ({variables}) {{ ({row}) }}\n" + self.text[at:]


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
        found = _parameter_variables(text)
        strings = tuple(Parameter(param, "string", all(forms), "") for param, forms in sorted(found.items()))
        _check_variables(text, {p.name: p for p in strings}, name)
        return Query(name=name, text=text, params=strings, declared=False)
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
    binding = header.get("binding", "values")
    if binding not in BINDINGS:
        raise QueryError(f"{name}: header 'binding' must be one of {', '.join(BINDINGS)}, got {binding!r}")
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
        binding=binding,
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
    found = _parameter_variables(text)
    undeclared = sorted(set(found) - set(declared))
    if undeclared:
        raise QueryError(
            f"{name}: variable ?_{undeclared[0]} looks like a parameter but the header does not declare it; "
            f"declare it under '#+ params:' as '#+   {undeclared[0]}: {{type: string, example: ...}}' "
            f"(types: {', '.join(PARAM_TYPES)})"
        )
    required = {}
    for param in declared:
        forms = found.get(param)
        if not forms:
            raise QueryError(f"{name}: parameter {param} is declared but the query has no ?_{param} or ?__{param}")
        if len(forms) > 1:
            raise QueryError(f"{name}: parameter {param} is used both as ?_{param} and ?__{param}")
        required[param] = forms.pop()
    return required


def _parameter_variables(text: str) -> dict[str, set[bool]]:
    """Each ``?_x``/``?__x`` variable of the query (comments, strings and IRIs aside): whether it is used as required."""
    found: dict[str, set[bool]] = {}
    for _, token in _tokens(text):
        if match := _PARAM_VARIABLE.fullmatch(token):
            found.setdefault(match.group(2), set()).add(len(match.group(1)) == 1)
    return found


#: Comments, strings and IRIs: matched whole so that nothing inside them counts.
_SKIPPED = (
    r"""#[^\n]*"""
    r'''|"""(?:[^"\\]|\\.|"(?!""))*"""'''
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''"""
    r'''|"(?:[^"\\\n]|\\.)*"'''
    r"""|'(?:[^'\\\n]|\\.)*'"""
    r'''|<[^<>"{}|^`\\\x00-\x20]*>'''
)
#: SPARQL lexemes that matter here (see ``_SKIPPED``).
_LEXEME = re.compile(_SKIPPED + r"""|[?$][A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_.-]*(?::[^\s{}()<>"',;]*)?|[{}]""", re.DOTALL)


def _tokens(text: str) -> Iterator[tuple[int, str]]:
    """Offsets and texts of the query's keywords, names, variables and braces, outside comments, strings and IRIs."""
    for match in _LEXEME.finditer(text):
        token = match.group()
        if token[0] not in "#\"'<":
            yield match.start(), token


def _outer_group_start(text: str, name: str) -> int:
    """The offset just after the ``{`` that opens the query's outer group (past a CONSTRUCT template)."""
    tokens = list(_tokens(text))
    start = 0
    form = next((i for i, (_, token) in enumerate(tokens) if token.upper() in QUERY_FORMS), None)
    if form is not None and tokens[form][1].upper() == "CONSTRUCT" and tokens[form + 1 : form + 2] == [(tokens[form + 1][0], "{")]:
        start = _group_end(tokens, form + 1) + 1
    for offset, token in tokens[start:]:
        if token == "{":
            return offset + 1
    raise QueryError(f"{name}: no query pattern '{{ ... }}' to bind parameters in")


def _substitute(text: str, terms: Mapping[str, str]) -> str:
    """``text`` with each parameter variable in ``terms`` replaced by its term, and ``BOUND`` of one by ``true``."""
    parts, done = [], 0
    tokens = list(_tokens(text))
    for index, (offset, token) in enumerate(tokens):
        variable = token[1:]
        if token[0] not in "?$" or variable not in terms:
            continue
        start, end, term = offset, offset + len(token), terms[variable]
        if index and tokens[index - 1][1].upper() == "BOUND":
            before = re.fullmatch(r"\s*\(\s*", text[tokens[index - 1][0] + 5 : offset])
            after = re.match(r"\s*\)", text[end:])
            if before and after:
                start, end, term = tokens[index - 1][0], end + after.end(), "true"
        parts += [text[done:start], term]
        done = end
    return "".join(parts) + text[done:]


def _variable_only_use(text: str, variables: Mapping[str, str]) -> bool:
    """Whether one of ``variables`` stands where SPARQL allows only a variable, so no term can replace it.

    That is after ``AS``, in a ``VALUES`` list, bare in a ``SELECT`` projection,
    or after ``GROUP BY``/``ORDER BY``.
    """
    region = ""  # the clause being read: "select" (projection), "values", "by" (a solution modifier) or ""
    for offset, token in _tokens(text):
        word = token.upper()
        if word in ("SELECT", "VALUES", "BY"):
            region = word.lower()
        elif word in ("{", "}", "WHERE", "FROM", "HAVING", "LIMIT", "OFFSET"):
            region = ""
        elif token[0] in "?$" and token[1:] in variables:
            preceding = text[:offset].rstrip()[-1:]
            if region in ("values", "by") or (region == "select" and preceding not in "(,=<>!&|+-*/"):
                return True
            if re.search(r"\bAS$", text[:offset].rstrip(), re.IGNORECASE):
                return True
    return False


def _group_end(tokens: list[tuple[int, str]], opening: int) -> int:
    """The index of the ``}`` that closes the ``{`` at ``tokens[opening]``."""
    depth = 0
    for index in range(opening, len(tokens)):
        depth += {"{": 1, "}": -1}.get(tokens[index][1], 0)
        if depth == 0:
            return index
    return len(tokens)


def query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the query's form (SELECT when none is found)."""
    for _, token in _tokens(sparql):
        if token.upper() in QUERY_FORMS:
            return token.upper()
    return "SELECT"


def refuse_service(sparql: str, source: str) -> None:
    """Refuse a query with a ``SERVICE`` clause, which would make the local store send requests to other servers.

    Raises:
        QueryError: The query has a ``SERVICE`` clause.
    """
    if any(token.upper() == "SERVICE" for _, token in _tokens(sparql)):
        raise QueryError(f"{source}: SERVICE sends requests to other servers; pass --allow-service to run it on the local store")


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
        return path.read_text(encoding="utf-8-sig")  # a leading byte-order mark (Windows editors write one) is no query text
    except FileNotFoundError as error:
        raise QueryError(f"{path}: no such query file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read: {error}") from error


# --- answers and backends ----------------------------------------------------------------------------------


@dataclass
class Result:
    """A SELECT answer: column names and rows of RDF terms (``None`` = unbound)."""

    columns: list[str]
    rows: list[list[Term | None]] = field(default_factory=list)

    def plain(self) -> list[Row]:
        """Rows as dicts of plain strings (IRIs without brackets, literals by lexical form)."""
        return [{c: (t.value if t is not None else None) for c, t in zip(self.columns, row)} for row in self.rows]


@dataclass
class GraphResult:
    """A CONSTRUCT or DESCRIBE answer: triples."""

    triples: list[ox.Triple] = field(default_factory=list)


#: What a query answers: a table (SELECT), triples (CONSTRUCT, DESCRIBE) or a truth value (ASK).
Answer = Result | GraphResult | bool


class Backend(abc.ABC):
    """Something that answers SPARQL queries with the union of the named graphs as default graph."""

    @abc.abstractmethod
    def execute(self, sparql: str, source: str) -> Answer:
        """The answer to ``sparql``; ``source`` names the query in messages.

        Raises:
            QueryError: The query is invalid or fails.
        """

    def select(self, sparql: str, source: str) -> Result:
        """The table a SELECT query answers.

        Raises:
            QueryError: The query fails or is not a SELECT query.
        """
        answer = self.execute(sparql, source)
        if not isinstance(answer, Result):
            raise QueryError(f"{source}: only SELECT queries give tables")
        return answer

    def name_index(self, source: str) -> NameIndex:
        """The labels and aliases of every entity (``kg.names``), for binding ``name`` parameters.

        Raises:
            QueryError: The labels query fails.
        """
        rows = self.select(LABELS_QUERY, source).rows
        return NameIndex.from_rows((str(e.value), _text(label), _text(alias)) for e, label, alias in rows if e is not None)


def answer_of(result: ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean) -> Answer:
    """A pyoxigraph query result (read to the end) as an answer."""
    if isinstance(result, ox.QuerySolutions):
        columns = [variable.value for variable in result.variables]
        return Result(columns, [list(solution) for solution in result])  # values in column order
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return GraphResult(list(result))


class OxigraphBackend(Backend):
    """The embedded store (or an in-memory store loaded from a graph file), in this process.

    Args:
        store: The store.
        allow_service: Run ``SERVICE`` clauses (requests to other servers) instead of refusing them.
    """

    def __init__(self, store: ox.Store, *, allow_service: bool = False) -> None:
        self.store = store
        self.allow_service = allow_service

    def execute(self, sparql: str, source: str) -> Answer:
        if not self.allow_service:
            refuse_service(sparql, source)
        try:
            return answer_of(self.store.query(sparql, use_default_graph_as_union=True))
        except SyntaxError as error:
            raise QueryError(f"{source}: invalid SPARQL: {error}") from error
        except OSError as error:
            raise QueryError(f"{source}: query failed: {error}") from error

    def name_index(self, source: str) -> NameIndex:
        """The name index, built once per distinct set of labels (``kg.names.index_of_answer``)."""
        try:
            labels = self.store.query(LABELS_QUERY, use_default_graph_as_union=True)
            assert isinstance(labels, ox.QuerySolutions)
            return index_of_answer(labels.serialize(format=ox.QueryResultsFormat.TSV) or b"")
        except OSError as error:
            raise QueryError(f"{source}: query failed: {error}") from error


class RdflibBackend(Backend):
    """An rdflib ``Dataset`` (build it with ``default_union=True``).

    Args:
        dataset: The dataset.
        allow_service: Run ``SERVICE`` clauses instead of refusing them.
    """

    def __init__(self, dataset: Any, *, allow_service: bool = False) -> None:
        self.dataset = dataset
        self.allow_service = allow_service

    def execute(self, sparql: str, source: str) -> Answer:
        from rdflib import BNode, Literal, URIRef

        def convert(term: Any) -> Term:
            if isinstance(term, URIRef):
                return ox.NamedNode(str(term))
            if isinstance(term, BNode):
                return ox.BlankNode(str(term))
            if isinstance(term, Literal):
                if term.language:
                    return ox.Literal(str(term), language=term.language)
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD + "string")))
            raise QueryError(f"{source}: unsupported result term {term!r}")

        if not self.allow_service:
            refuse_service(sparql, source)
        try:
            result = self.dataset.query(sparql)
        except Exception as error:  # rdflib raises pyparsing and plain exceptions alike
            raise QueryError(f"{source}: query failed in rdflib: {error}") from error
        if result.type == "ASK":
            return bool(result.askAnswer)
        if result.type != "SELECT":
            return GraphResult([ox.Triple(convert(s), convert(p), convert(o)) for s, p, o in result.graph])  # type: ignore[arg-type]
        columns = [str(v) for v in result.vars]
        return Result(columns, [[None if value is None else convert(value) for value in row] for row in result])


class EndpointBackend(Backend):
    """A remote SPARQL 1.1 Protocol endpoint (Oxigraph: ``http://host:7878/query``; Virtuoso: ``http://host:8890/sparql``).

    A query goes by GET when the URL stays under ``GET_LIMIT`` characters, else
    as a form-encoded POST, which every server takes (Virtuoso 7.2 hangs on an
    ``application/sparql-query`` POST). Requests go through ``kg.http``. The
    endpoint must take the union of the named graphs as its default graph
    (Virtuoso does; Oxigraph: add ``?union-default-graph`` to the URL, or serve
    with ``--union-default-graph``); an empty answer from an endpoint whose
    default graph is empty while it has named graphs comes with a warning.

    Args:
        url: The query endpoint.
        user: User name (the server's challenge picks Digest or Basic).
        password: Its password.
        timeout: Seconds for one query, from connecting to the last byte of the answer.
        headers: Further headers of every request (a User-Agent, as Wikidata's policy asks).
        union_check: Whether an empty answer asks whether the default graph is the union (a store kg loaded;
            not a public endpoint such as Wikidata's, whose default graph is all it has).
    """

    GET_LIMIT = 2000
    _RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
    _RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8, text/plain;q=0.5"

    def __init__(
        self,
        url: str,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 60.0,
        headers: Mapping[str, str] | None = None,
        union_check: bool = True,
    ) -> None:
        try:
            self.http = HttpClient(url, user=user, password=password, timeout=timeout)
        except HttpError as error:
            raise QueryError(str(error)) from error
        self.url = url
        self.headers = dict(headers or {})
        self.union_check = union_check

    def execute(self, sparql: str, source: str) -> Answer:
        answer = self._ask_server(sparql, source)
        if self.union_check and (answer is False or (not isinstance(answer, bool) and not _size(answer))):
            self._warn_without_union()
        return answer

    def plain_rows(self, sparql: str, source: str) -> Iterator[Row]:
        """The rows of a SELECT answer as ``Result.plain`` gives them, one at a time, parsed as they are taken:
        a large answer is held once, as the bytes it came in, never as a table of terms.

        Raises:
            QueryError: The query fails, or the answer is no SELECT results.
        """
        reply = self._reply(sparql, source, "SELECT")
        media_type = reply.content_type.split(";")[0].strip().lower()
        failed = f"{source}: {self.url} did not answer SELECT results ({media_type or 'untyped'})"
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format in (None, ox.QueryResultsFormat.CSV):  # CSV cannot be read back; text/plain is often JSON
            results_format = ox.QueryResultsFormat.JSON
        try:
            results = ox.parse_query_results(reply.body, format=results_format)
            if not isinstance(results, ox.QuerySolutions):
                raise QueryError(f"{source}: only SELECT queries give tables")
            columns = [variable.value for variable in results.variables]
            for solution in results:
                yield {column: (term.value if term is not None else None) for column, term in zip(columns, solution)}
        except (SyntaxError, ValueError) as error:
            raise QueryError(f"{failed}: {error}") from error
        except MemoryError as error:
            raise QueryError(f"{failed}: a value is too large for the parser's buffer or for memory ({error})") from error

    def _reply(self, sparql: str, source: str, form: str) -> Reply:
        headers = {**self.headers, "Accept": self._RDF_ACCEPT if form in ("CONSTRUCT", "DESCRIBE") else self._RESULTS_ACCEPT}
        encoded = urllib.parse.urlencode({"query": sparql})
        try:
            if len(self.url) + len(encoded) < self.GET_LIMIT:
                return self.http.fetch("GET", self.url, params={"query": sparql}, headers=headers)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            return self.http.fetch("POST", self.url, content=encoded.encode("ascii"), headers=headers)
        except HttpError as error:
            raise QueryError(f"{source}: {error}") from error

    def _ask_server(self, sparql: str, source: str) -> Answer:
        form = query_form(sparql)
        reply = self._reply(sparql, source, form)
        media_type = reply.content_type.split(";")[0].strip().lower()
        failed = f"{source}: {self.url} did not answer {form} results ({media_type or 'untyped'})"
        try:
            if form in ("CONSTRUCT", "DESCRIBE"):
                rdf_format = ox.RdfFormat.from_media_type(media_type)
                if rdf_format is None:
                    raise ValueError("that is no RDF format")
                check_nesting(reply.body, rdf_format, f"{source}: {self.url}")  # before a parser recurses into it
                return GraphResult([quad.triple for quad in ox.parse(reply.body, format=rdf_format)])
            results_format = ox.QueryResultsFormat.from_media_type(media_type)
            if results_format in (None, ox.QueryResultsFormat.CSV):  # CSV cannot be read back; text/plain is often JSON
                results_format = ox.QueryResultsFormat.JSON
            return answer_of(ox.parse_query_results(reply.body, format=results_format))
        except StoreError as error:
            raise QueryError(str(error)) from error
        except (SyntaxError, ValueError) as error:
            raise QueryError(f"{failed}: {error}") from error
        except MemoryError as error:  # the parser's buffer has a fixed cap (16 MB), or memory ran out
            raise QueryError(f"{failed}: a value is too large for the parser's buffer or for memory ({error})") from error

    def _warn_without_union(self) -> None:
        try:
            default = self._ask_server("ASK { ?s ?p ?o }", "default graph check")
            named = self._ask_server("ASK { GRAPH ?g { ?s ?p ?o } }", "named graph check")
        except QueryError:
            return
        if default is False and named is True:
            warnings.warn(
                f"{self.url}: the endpoint's default graph is empty but it has named graphs; kg's queries read the union "
                "of the graphs as the default graph: query the union (Oxigraph: add ?union-default-graph to the URL or "
                "serve with --union-default-graph; Fuseki: set tdb2:unionDefaultGraph)",
                KgWarning,
                stacklevel=3,
            )


def _size(answer: Result | GraphResult) -> int:
    return len(answer.rows) if isinstance(answer, Result) else len(answer.triples)


def execute(backend: Backend | ox.Store, query: Query, params: Mapping[str, str] | None = None) -> Answer:
    """Bind the parameters (looking up ``name`` parameters in the graph) and run a query; the default graph is the union.

    Raises:
        QueryError: A bad parameter, a name that matches no entity (with suggestions), or a failing query.
    """
    check_query_nesting(query.text, query.name)
    if isinstance(backend, ox.Store):
        backend = OxigraphBackend(backend)
    values = dict(params or {})
    query.check(values)
    names = [param for param in query.params if param.type == "name" and param.name in values]
    if names:
        index = backend.name_index(f"{query.name}: looking up names")
        for param in names:
            values[param.name] = _matching_labels(index, query, param, values[param.name])
    return backend.execute(query.bind(values), query.name)


#: Brackets of a query (``{ ( [``, and their ends), outside comments, strings and IRIs. An IRI is skipped only
#: when it holds no bracket: ``?o<((…?o>1)`` is a comparison to Oxigraph's parser, and it recurses on those brackets
#: (brackets inside a real IRI are few, balanced or not, so counting them costs nothing).
_BRACKET = re.compile(_SKIPPED.replace(r"\x00-\x20]*>", r"\x00-\x20()\[\]]*>") + r"|[{}()\[\]]", re.DOTALL)
#: The deepest a query's brackets may nest: Oxigraph's SPARQL parser recurses on them and overflows the
#: stack (the process dies of SIGSEGV) at a few thousand levels.
MAX_QUERY_NESTING = 1000


def check_query_nesting(text: str, source: str, limit: int = MAX_QUERY_NESTING) -> None:
    """Refuse a query whose brackets nest deeper than ``limit`` before a parser recurses into it.

    Raises:
        QueryError: Names the line and column where the limit is passed.
    """
    depth = 0
    for match in _BRACKET.finditer(text):
        token = match.group()
        if token in ("{", "(", "["):
            depth += 1
            if depth > limit:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - text.rfind("\n", 0, match.start())
                raise QueryError(f"{source}: brackets nested more than {limit} deep (line {line}, column {column}); refused")
        elif token in ("}", ")", "]"):
            depth -= 1


def run(backend: Backend | ox.Store, query: Query, params: Mapping[str, str] | None = None) -> Result:
    """``execute`` a SELECT query: its table.

    Raises:
        QueryError: As ``execute``, or the query is not a SELECT query.
    """
    answer = execute(backend, query, params)
    if not isinstance(answer, Result):
        raise QueryError(f"{query.name}: only SELECT queries give tables")
    return answer


def run_select(store: ox.Store, sparql: str, *, source: str = "query") -> tuple[list[str], list[Row]]:
    """Run a SELECT query text on a store; the column names and the rows as plain strings."""
    result = OxigraphBackend(store).select(sparql, source)
    return result.columns, result.plain()


def _text(term: Term | None) -> str | None:
    return None if term is None else term.value


def _matching_labels(index: NameIndex, query: Query, param: Parameter, value: str) -> str:
    """The labels of the entities ``value`` names, joined by ``|``, as a name parameter is bound."""
    entities = index.entities(value)
    if not entities:
        close = index.suggestions(value)
        hint = (
            f"; did you mean {', '.join(repr(name) for name in close[:-1])}{' or ' if len(close) > 1 else ''}{close[-1]!r}?"
            if close
            else " (a name matches a label or alias, or whole words of one, ignoring case and accents)"
        )
        raise QueryError(f"{query.name}: no entity in the graph is named {param.name}={shown(value)}{hint}")
    return "|".join(index.labels_of(entities))


# --- output formats ----------------------------------------------------------------------------------------


def format_result(answer: Result | bool, fmt: str) -> str:
    """Render a SELECT or ASK answer as one of ``FORMATS``.

    ``json`` is a list of objects (numbers and booleans as JSON numbers and
    booleans, the rest as strings); ``sparql-json`` is the W3C SPARQL 1.1 Query
    Results JSON format; ``markdown`` a GitHub table. An ASK answer is ``true``
    or ``false`` (``sparql-json``: the W3C boolean result).
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; use {', '.join(FORMATS)}")
    if isinstance(answer, bool):
        if fmt == "sparql-json":
            return json.dumps({"head": {}, "boolean": answer})
        return "true" if answer else "false"
    if fmt == "sparql-json":
        return json.dumps(_sparql_json(answer), ensure_ascii=False, indent=2)
    if fmt == "json":
        rows = [{c: _json_value(t) for c, t in zip(answer.columns, row)} for row in answer.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    return format_rows(answer.columns, answer.plain(), fmt)


def format_graph(answer: GraphResult, fmt: str) -> str:
    """Render a CONSTRUCT or DESCRIBE answer in one of ``GRAPH_FORMATS``, with the ontology's prefixes."""
    rdf_format = GRAPH_FORMATS.get(fmt)
    if rdf_format is None:
        raise QueryError(f"unknown RDF output format {fmt!r}; use {', '.join(GRAPH_FORMATS)}")
    return serialize((ox.Quad(t.subject, t.predicate, t.object) for t in answer.triples), rdf_format).decode("utf-8")


def _json_value(term: Term | None) -> str | int | float | bool | None:
    """A term as a JSON value: numbers and booleans typed, the rest its lexical form."""
    if not isinstance(term, ox.Literal):
        return None if term is None else term.value
    datatype = term.datatype.value
    if datatype == XSD + "boolean":
        return term.value in ("true", "1")
    number = _JSON_NUMBERS.get(datatype)
    if number is None:
        return term.value
    try:
        value = number(term.value)
    except ValueError:
        return term.value
    return value if not isinstance(value, float) or math.isfinite(value) else term.value


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
    text = "" if value is None else printable(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _markdown_cell(value: str | None) -> str:
    return "" if value is None else printable(value).replace("\\", "\\\\").replace("|", "\\|")


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
