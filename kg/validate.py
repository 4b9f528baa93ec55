"""SHACL validation of the graph, one named graph at a time, plus text anchoring.

Each document graph is validated on its own with pySHACL (SHACL-Core shapes,
no inference), so the cost grows linearly with the corpus and a bad document is
named. A document graph does not describe the entities it refers to: their
descriptions from the entities graph are added to it as context (results about
the entities themselves come from validating the entities graph, once). The ontology's ``rdfs:subClassOf`` axioms are added to each graph, so that
``sh:class kg:Entity`` accepts a ``kg:State``. SHACL-Core cannot compare a
substring of one literal with another, so the text anchoring check
(``text[start:end]`` equals the recorded ``anchorOf``, ``evidence`` and
``content``) is done here in Python; its results carry the shape
``ks:TextAnchoring``.

Reports render as text (grouped by shape, with the focus node's source text),
JSON, JUnit XML (one test case per graph) for CI systems, or the standard SHACL
validation report in Turtle (``sh:ValidationReport``; the anchoring results in
the same vocabulary).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from pyshacl.errors import ReportableRuntimeError
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from kg.errors import InputError, ResourceError, printable
from kg.rdf.entities import entity_context
from kg.rdf.iris import BASE
from kg.rdf.terms import to_rdflib
from kg.rdf.vocab import KG
from kg.resources import iter_files, read_text

SHAPES_NS = f"{BASE}shapes#"
#: The shape name of the results of the Python text-anchoring check.
TEXT_ANCHORING = SHAPES_NS + "TextAnchoring"
#: Graphs that hold no asserted statements of a document and are not validated.
SKIPPED_GRAPHS = (f"{BASE}graph/inferred",)
SEVERITIES = ("Violation", "Warning", "Info")
#: ``--fail-on`` level → the severities that make validation fail.
FAILING = {"violation": ("Violation",), "warning": ("Violation", "Warning")}
_SNIPPET_CONTEXT = 30
_SNIPPET_MAX = 160
#: Offset and text property triples checked against the document text.
_ANCHORS = (
    (KG.start, KG.end, KG.anchorOf),
    (KG.evidenceStart, KG.evidenceEnd, KG.evidence),
    (KG.contentStart, KG.contentEnd, KG.content),
)


@dataclass(frozen=True)
class Result:
    """One validation result.

    Attributes:
        graph: The named graph the focus node was validated in ("" for the default graph).
        severity: Violation, Warning or Info.
        shape: The IRI of the shape that produced it (``ks:TextAnchoring`` for the anchoring check).
        component: The local name of the constraint component (``MinCountConstraintComponent``, ...).
        focus: The focus node.
        path: The property path, when the shape has one.
        value: The offending value, when there is one.
        message: What is wrong.
        snippet: The focus node's source text, when it has one.
    """

    graph: str
    severity: str
    shape: str
    component: str
    focus: str
    path: str | None
    value: str | None
    message: str
    snippet: str | None


@dataclass
class GraphReport:
    """The results of one graph."""

    name: str
    doc_id: str | None
    triples: int
    results: list[Result] = field(default_factory=list)
    #: The results as SHACL ``sh:ValidationResult`` nodes (pySHACL's and the anchoring check's).
    rdf: Graph = field(default_factory=Graph, repr=False, compare=False)

    def failures(self, fail_on: str) -> list[Result]:
        """The results that make this graph fail at the ``fail_on`` level."""
        return [r for r in self.results if r.severity in FAILING[fail_on]]


@dataclass
class ValidationReport:
    """The results of every validated graph."""

    graphs: list[GraphReport] = field(default_factory=list)

    @property
    def results(self) -> list[Result]:
        return [result for graph in self.graphs for result in graph.results]

    def count(self, severity: str) -> int:
        return sum(1 for result in self.results if result.severity == severity)

    def fails(self, fail_on: str = "violation") -> bool:
        """Whether any graph fails at the ``fail_on`` level (``violation`` or ``warning``)."""
        return any(graph.failures(fail_on) for graph in self.graphs)


def load_shapes(shapes_dir: Path | None = None) -> Graph:
    """The shapes graph: every ``.ttl`` of ``shapes_dir``, or the shipped shapes.

    Raises:
        InputError: A file of ``shapes_dir`` is unreadable, or the folder holds no shapes.
        ResourceError: A shipped shapes file is broken.
    """
    shapes = Graph()
    if shapes_dir is None:
        for item in iter_files("shapes", ".ttl"):
            try:
                shapes.parse(data=item.read_text(encoding="utf-8"), format="turtle")
            except (SyntaxError, ValueError) as error:
                raise ResourceError(f"shipped shapes file {item.name} is malformed: {error}") from error
        source = "the shipped shapes"
    else:
        if not shapes_dir.is_dir():
            raise InputError(str(shapes_dir), "no such shapes folder")
        for path in sorted(shapes_dir.glob("*.ttl")):
            try:
                shapes.parse(path, format="turtle")
            except (OSError, SyntaxError, ValueError) as error:
                raise InputError(str(path), f"cannot parse shapes: {error}") from error
        source = str(shapes_dir)
    if not any(shapes.subjects(RDF.type, SH.NodeShape)):
        raise InputError(source, "no sh:NodeShape found")
    return shapes


def class_hierarchy() -> Graph:
    """The ``rdfs:subClassOf`` axioms of the shipped ontology."""
    ontology = Graph().parse(data=read_text("ontology", "kg.ttl"), format="turtle")
    hierarchy = Graph()
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        if isinstance(triple[2], URIRef):
            hierarchy.add(triple)
    return hierarchy


#: A graph to validate: its name, its quads, and the quads it is validated with (entity descriptions).
GraphUnit = tuple[str, Sequence[ox.Quad], Sequence[ox.Quad]]


def dataset_graphs(store: ox.Store, names: Iterable[str] | None = None) -> Iterator[GraphUnit]:
    """Each graph of a store (or the graphs ``names``) with the descriptions of the entities it refers to.

    The default graph is named "".
    """
    if names is None:
        default = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        if default:
            yield "", default, ()
        graphs = sorted(store.named_graphs(), key=str)
    else:
        graphs = [ox.NamedNode(name) for name in sorted(names)]
    for name in graphs:
        if isinstance(name, ox.NamedNode) and name.value in SKIPPED_GRAPHS:
            continue
        quads = list(store.quads_for_pattern(None, None, None, name))
        yield _graph_label(name), quads, entity_context(store, quads)


def validate_graphs(graphs: Iterable[GraphUnit], shapes: Graph, hierarchy: Graph | None = None) -> ValidationReport:
    """Validate each (name, quads, context) graph on its own against ``shapes``.

    Raises:
        InputError: The shapes cannot be loaded by pySHACL (a malformed shape).
    """
    hierarchy = hierarchy if hierarchy is not None else class_hierarchy()
    report = ValidationReport()
    for name, quads, context in graphs:
        report.graphs.append(validate_graph(name, quads, shapes, hierarchy, context))
    return report


def validate_graph(
    name: str, quads: Sequence[ox.Quad], shapes: Graph, hierarchy: Graph, context: Sequence[ox.Quad] = ()
) -> GraphReport:
    """Validate one graph, with ``context`` quads beside it: SHACL shapes, then text anchoring."""
    data = Graph()
    for quad in quads:
        data.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object, plain_strings=True)))
    doc_id = next((str(v) for v in data.objects(None, KG.docId)), None)
    graph_report = GraphReport(name=name, doc_id=doc_id, triples=len(data))
    texts = _texts(data)
    described = {URIRef(quad.subject.value) for quad in context if isinstance(quad.subject, ox.NamedNode)} - set(data.subjects())
    for quad in context:
        data.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object, plain_strings=True)))
    for triple in hierarchy:
        data.add(triple)
    try:
        _, results_graph, _ = shacl_validate(
            data, shacl_graph=shapes, inference="none", allow_infos=True, allow_warnings=True, inplace=True
        )
    except ReportableRuntimeError as error:
        raise InputError("shapes", f"pySHACL cannot use the shapes: {' '.join(str(error).split())}") from error
    kept = Graph()
    ill_typed = _ill_typed(results_graph)
    for result in results_graph.subjects(RDF.type, SH.ValidationResult):
        if results_graph.value(result, SH.focusNode) in described:  # entities: reported by the entities graph
            continue
        if _compares_ill_typed(result, results_graph, data, shapes, ill_typed):
            continue
        kept += results_graph.cbd(result)
    graph_report.rdf = kept + anchoring_results(data, texts)
    graph_report.results.extend(_shacl_results(name, graph_report.rdf, data, texts))
    return graph_report


#: Constraint components that compare a value with a bound or with another property's value.
_COMPARISONS = frozenset({
    SH.MinInclusiveConstraintComponent, SH.MaxInclusiveConstraintComponent, SH.MinExclusiveConstraintComponent,
    SH.MaxExclusiveConstraintComponent, SH.LessThanConstraintComponent, SH.LessThanOrEqualsConstraintComponent,
})
_PAIRED = ((SH.LessThanConstraintComponent, SH.lessThan), (SH.LessThanOrEqualsConstraintComponent, SH.lessThanOrEquals))


def _ill_typed(results_graph: Graph) -> set[tuple[Node | None, Node | None]]:
    """(focus node, value) of each value not of its datatype (``"abc"^^xsd:integer``)."""
    return {
        (results_graph.value(result, SH.focusNode), results_graph.value(result, SH.value))
        for result in results_graph.subjects(SH.sourceConstraintComponent, SH.DatatypeConstraintComponent)
    }


def _compares_ill_typed(result: Node, results_graph: Graph, data: Graph, shapes: Graph, ill_typed: set[tuple[Node | None, Node | None]]) -> bool:
    """Whether a result only compares a value already reported as not of its datatype (``kg:end "abc"`` is no
    integer: that it is not above 0, or not above ``kg:start``, says nothing more), on either side of the comparison."""
    component = results_graph.value(result, SH.sourceConstraintComponent)
    if component not in _COMPARISONS:
        return False
    focus = results_graph.value(result, SH.focusNode)
    if (focus, results_graph.value(result, SH.value)) in ill_typed:
        return True
    shape = results_graph.value(result, SH.sourceShape)
    for paired, bound in _PAIRED:
        other = shapes.value(shape, bound) if component == paired and shape is not None else None
        if other is not None and any((focus, value) in ill_typed for value in data.objects(focus, other)):
            return True
    return False


def check_anchoring(name: str, data: Graph, texts: dict[Node, str] | None = None) -> list[Result]:
    """Offsets inside the document text, and the recorded texts equal to the text they point at."""
    texts = texts if texts is not None else _texts(data)
    return list(_shacl_results(name, anchoring_results(data, texts), data, texts))


def anchoring_results(data: Graph, texts: dict[Node, str]) -> Graph:
    """The anchoring check's results as ``sh:ValidationResult`` nodes of shape ``ks:TextAnchoring``."""
    results = Graph()
    for node, document in data.subject_objects(KG.inDocument):
        text = texts.get(document)
        if text is None:
            continue
        for start_property, end_property, text_property in _ANCHORS:
            start, end = data.value(node, start_property), data.value(node, end_property)
            if start is None or end is None:
                continue
            try:
                first, last = int(str(start)), int(str(end))
            except (TypeError, ValueError):
                continue  # the datatype shapes report malformed offsets
            if not 0 <= first <= last <= len(text):
                _add_anchoring_result(
                    results, node, start_property, f"offsets {first}:{last} lie outside the document text (length {len(text)})"
                )
                continue
            recorded = data.value(node, text_property)
            if recorded is not None and str(recorded) != text[first:last]:
                _add_anchoring_result(
                    results, node, text_property,
                    f"{_local(text_property)} {str(recorded)[:60]!r} is not the text at {first}:{last}: {text[first:last][:60]!r}",
                    recorded,
                )
    return results


def render_text(report: ValidationReport, limit: int = 10) -> str:
    """A plain-text report: results grouped by severity and shape, each with focus node and source text."""
    lines = []
    groups: dict[tuple[str, str], list[Result]] = defaultdict(list)
    for result in report.results:
        groups[(result.severity, result.shape)].append(result)
    for severity in SEVERITIES:
        for (group_severity, shape), results in sorted(groups.items()):
            if group_severity != severity:
                continue
            lines.append(f"{severity} {_short(shape)} ({len(results)}): {printable(results[0].message)}")
            for result in results[:limit]:
                where = f" {_short(result.path)}" if result.path else ""
                value = f" = {result.value[:60]!r}" if result.value is not None else ""
                lines.append(f"  {result.focus}{where}{value}  [graph {result.graph or 'default'}]")
                if result.message != results[0].message:
                    lines.append(f"    {printable(result.message)}")
                if result.snippet:
                    lines.append(f"    text: {printable(result.snippet)}")  # a document's text may hold escape sequences
            if len(results) > limit:
                lines.append(f"  ... {len(results) - limit} more (--format json lists all)")
    counts = ", ".join(f"{report.count(s)} {s.lower()}{'s' if report.count(s) != 1 else ''}" for s in SEVERITIES)
    lines.append(f"{len(report.graphs)} graph(s), {sum(g.triples for g in report.graphs)} triples: {counts}")
    return "\n".join(lines)


def render_json(report: ValidationReport, fail_on: str = "violation") -> str:
    """The report as one JSON document."""
    return json.dumps(
        {
            "conforms": not report.fails(fail_on),
            "counts": {s.lower(): report.count(s) for s in SEVERITIES},
            "graphs": [
                {"name": g.name, "doc_id": g.doc_id, "triples": g.triples, "results": [asdict(r) for r in g.results]}
                for g in report.graphs
            ],
        },
        indent=2,
        ensure_ascii=False,
    )


def render_junit(report: ValidationReport, fail_on: str = "violation") -> str:
    """JUnit XML: one test suite, one test case per graph, failing on results at the ``fail_on`` level."""
    failing = [g for g in report.graphs if g.failures(fail_on)]
    suite = ElementTree.Element(
        "testsuite", name="kg validate", tests=str(len(report.graphs)), failures=str(len(failing)), errors="0"
    )
    for graph in report.graphs:
        case = ElementTree.SubElement(
            suite, "testcase", classname="kg.validate", name=graph.doc_id or graph.name or "default graph"
        )
        failures = graph.failures(fail_on)
        if failures:
            failure = ElementTree.SubElement(
                case, "failure", type="shacl", message=f"{len(failures)} result(s) in graph {graph.name or 'default'}"
            )
            failure.text = "\n".join(
                f"{r.severity} {_short(r.shape)}: {r.focus} {_short(r.path) if r.path else ''} {r.message}".rstrip()
                for r in failures
            )
        others = [r for r in graph.results if r not in failures]
        if others:
            output = ElementTree.SubElement(case, "system-out")
            output.text = "\n".join(f"{r.severity} {_short(r.shape)}: {r.focus} {r.message}" for r in others)
    suites = ElementTree.Element("testsuites", name="kg validate", tests=suite.get("tests", "0"), failures=suite.get("failures", "0"))
    suites.append(suite)
    ElementTree.indent(suites)
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True)


def render_turtle(report: ValidationReport, fail_on: str = "violation") -> str:
    """The standard SHACL validation report in Turtle: one ``sh:ValidationReport`` over every graph.

    ``sh:conforms`` follows ``fail_on``, as pySHACL's ``allow_warnings`` does:
    results below that level are listed but do not make the graph fail.
    """
    rdf = Graph()
    for prefix, namespace in (("sh", SH), ("ks", SHAPES_NS), ("kg", str(KG))):
        rdf.bind(prefix, namespace)
    node = BNode()
    rdf.add((node, RDF.type, SH.ValidationReport))
    rdf.add((node, SH.conforms, Literal(not report.fails(fail_on))))
    for graph in report.graphs:
        rdf += graph.rdf
        for result in graph.rdf.subjects(RDF.type, SH.ValidationResult):
            rdf.add((node, SH.result, result))
    return rdf.serialize(format="turtle").strip()


def _graph_label(name: ox.NamedNode | ox.BlankNode) -> str:
    return name.value if isinstance(name, ox.NamedNode) else f"_:{name.value}"


def _texts(data: Graph) -> dict[Node, str]:
    return {document: str(text) for document, text in data.subject_objects(KG.text)}


def _shacl_results(name: str, results_graph: Graph, data: Graph, texts: dict[Node, str]) -> Iterator[Result]:
    for node in results_graph.subjects(RDF.type, SH.ValidationResult):
        value = results_graph.value(node, SH.value)
        path = results_graph.value(node, SH.resultPath)
        focus = results_graph.value(node, SH.focusNode)
        message = results_graph.value(node, SH.resultMessage)
        yield Result(
            graph=name,
            severity=_local(results_graph.value(node, SH.resultSeverity)),
            shape=str(results_graph.value(node, SH.sourceShape)),
            component=_local(results_graph.value(node, SH.sourceConstraintComponent)),
            focus=str(focus),
            path=_path_text(results_graph, path),
            value=str(value) if value is not None else None,
            message=str(message) if message is not None else "",
            snippet=_focus_snippet(data, focus, texts),
        )


def _path_text(graph: Graph, path: Node | None) -> str | None:
    if path is None:
        return None
    inverse = graph.value(path, SH.inversePath) if isinstance(path, BNode) else None
    return f"^{inverse}" if inverse is not None else str(path)


def _focus_snippet(data: Graph, focus: Node | None, texts: dict[Node, str]) -> str | None:
    """The source text of a focus node: its span, its first mention's span, or its label."""
    if focus is None:
        return None
    for node in (focus, *sorted(data.objects(focus, KG.hasMention), key=str), *sorted(data.subjects(KG.denotes, focus), key=str)):
        document = data.value(node, KG.inDocument)
        text = texts.get(document) if document is not None else None
        start, end = data.value(node, KG.start), data.value(node, KG.end)
        if text is not None and start is not None and end is not None:
            try:
                return _snippet(text, int(str(start)), int(str(end)))
            except (TypeError, ValueError):
                return None
    label = data.value(focus, RDFS.label)
    return str(label) if label is not None else None


def _snippet(text: str, start: int, end: int) -> str:
    start, end = max(0, start), min(len(text), end)
    before = text[max(0, start - _SNIPPET_CONTEXT) : start]
    span = text[start:end]
    if len(span) > _SNIPPET_MAX:
        span = span[: _SNIPPET_MAX // 2] + " … " + span[-_SNIPPET_MAX // 2 :]
    after = text[end : end + _SNIPPET_CONTEXT]
    return " ".join(f"{before}[{span}]{after}".split())


def _add_anchoring_result(results: Graph, node: Node, path: Node, message: str, value: Node | None = None) -> None:
    result = BNode()
    results.add((result, RDF.type, SH.ValidationResult))
    results.add((result, SH.focusNode, node))
    results.add((result, SH.resultPath, path))
    results.add((result, SH.resultSeverity, SH.Violation))
    results.add((result, SH.sourceShape, URIRef(TEXT_ANCHORING)))
    results.add((result, SH.sourceConstraintComponent, URIRef(TEXT_ANCHORING)))
    results.add((result, SH.resultMessage, Literal(message)))
    if value is not None:
        results.add((result, SH.value, value))


def _local(term: Node | None) -> str:
    text = str(term or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _short(iri: str) -> str:
    for prefix, namespace in (("ks:", SHAPES_NS), ("kg:", str(KG)), ("rdf:", str(RDF)), ("rdfs:", str(RDFS))):
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
        if iri.startswith("^" + namespace):
            return "^" + prefix + iri[len(namespace) + 1 :]
    return iri
