"""Benchmark: `kg validate` time at 10^4, 10^5 and 10^6 triples, and OWL 2 RL time at 10^5.

The example corpus is built once and scaled up synthetically: each copy re-mints
every document, entity and canonical-event IRI (and the doc ids), so copies are
distinct documents with the same shape and text. Validation runs graph by graph
as `kg validate` does; reasoning takes the whole scaled dataset with each backend.
Prints a Markdown table and, with ``--write``, puts it in docs/benchmarks.md under
"Validation and reasoning" (other sections are kept).

    python bench/validation.py [--sizes 10000 100000 1000000] [--reason-size 100000] [--write]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import platform
import re
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from report import write_section

from kg.build import build_graphs
from kg.rdf.iris import BASE
from kg.reason import infer
from kg.validate import class_hierarchy, dataset_graphs, load_shapes, validate_graphs

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "karabakh-2023"

SECTION = "## Validation and reasoning"
_MINTED = re.compile(re.escape(BASE) + r"(doc/[0-9a-f]{24}|event/[0-9a-f]{20}|entity/[^/>\s]+(?:/[^/>\s]+)?)")


def _remint(copy: int) -> Callable[[str], str]:
    """Maps an IRI of the example graph to its IRI in copy number ``copy``."""

    def new(match: re.Match) -> str:
        kind, _, rest = match.group(1).partition("/")
        if kind == "entity":
            return f"{BASE}entity/{rest}-c{copy}"
        width = 24 if kind == "doc" else 20
        return f"{BASE}{kind}/{hashlib.sha256(f'{rest}#{copy}'.encode()).hexdigest()[:width]}"

    return lambda iri: _MINTED.sub(new, iri)


def _term(term, remint):
    if isinstance(term, ox.NamedNode):
        return ox.NamedNode(remint(term.value))
    return term


def scaled_graphs(graphs: list[tuple[str, list[ox.Quad]]], triples: int) -> list[tuple[str, list[ox.Quad]]]:
    """Copies of ``graphs`` with fresh IRIs until they hold at least ``triples`` triples."""
    per_copy = sum(len(quads) for _, quads in graphs)
    out = []
    for copy in range(math.ceil(triples / per_copy)):
        remint = _remint(copy)
        for name, quads in graphs:
            new_name = remint(name)
            graph = ox.NamedNode(new_name)
            out.append((new_name, [
                ox.Quad(_term(q.subject, remint), q.predicate, _term(q.object, remint), graph) for q in quads
            ]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--reason-size", type=int, default=100_000)
    parser.add_argument("--write", action="store_true", help="Write the table into docs/benchmarks.md.")
    args = parser.parse_args()

    by_graph: dict[str, list[ox.Quad]] = {}
    for quad in build_graphs([EXAMPLES]).quads:
        by_graph.setdefault(quad.graph_name.value, []).append(quad)
    base = sorted(by_graph.items())
    shapes, hierarchy = load_shapes(), class_hierarchy()
    rows = []
    for size in args.sizes:
        graphs = scaled_graphs(base, size)
        triples = sum(len(quads) for _, quads in graphs)
        store = ox.Store()
        store.bulk_extend(quad for _, quads in graphs for quad in quads)
        started = time.perf_counter()
        report = validate_graphs(dataset_graphs(store), shapes, hierarchy)
        seconds = time.perf_counter() - started
        rows.append(("kg validate (pySHACL, SHACL-Core, per graph)", triples, len(graphs), seconds,
                     f"{report.count('Violation')} violations"))
        print(rows[-1], flush=True)
    graphs = scaled_graphs(base, args.reason_size)
    quads = [quad for _, graph_quads in graphs for quad in graph_quads]
    for backend in ("reasonable", "owlrl"):
        started = time.perf_counter()
        inferred = infer(quads, backend=backend)
        seconds = time.perf_counter() - started
        rows.append((f"kg reason --backend {backend} (OWL 2 RL)", len(quads), len(graphs), seconds,
                     f"{len(inferred)} inferred"))
        print(rows[-1], flush=True)

    table = render(rows)
    print(table)
    if args.write:
        write_section(SECTION, table)


def render(rows: list[tuple[str, int, int, float, str]]) -> str:
    machine = f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, {platform.system()}"
    lines = [
        SECTION,
        "",
        f"`python bench/validation.py --write` on {date.today().isoformat()} ({machine}; one process, one thread).",
        "The example corpus (5 documents, entities and corpus graphs) is copied with fresh IRIs up to each size.",
        "",
        "| task | triples | graphs | seconds | triples/s | result |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for task, triples, graphs, seconds, outcome in rows:
        lines.append(f"| {task} | {triples:,} | {graphs:,} | {seconds:.1f} | {triples / seconds:,.0f} | {outcome} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
