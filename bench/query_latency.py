"""Benchmark: p50 latency of every library query on the embedded store at 10^4, 10^5 and 10^6 triples.

The example corpus is built once (document graphs plus the corpus graph) and
copied until the store holds the target number of quads; each copy re-mints the
IRIs of its documents and everything in them (claims, events, figures, canonical
events, graphs) and its document ids, while the entities and their one
description in the entities graph stay shared, as they would be across a real
corpus. Each query runs with its required parameters set
to the header's example (and ``provenance`` on a real figure), once to warm up
and then ``--repeat`` times, both unfiltered and with every parameter at its example; the median
wall time includes reading every row.
The Markdown table is printed and written to ``docs/benchmarks.md`` under
"Query latency" (the section is replaced; other sections are kept).

    python bench/query_latency.py [--sizes 10000 100000 1000000] [--repeat 7] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from report import write_section

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "karabakh-2023"
HEADING = "## Query latency"
BASE = "https://w3id.org/kg-news/"
SHARED = (BASE + "entity/", BASE + "ontology#", BASE + "graph/entities")
DOC_ID = ox.NamedNode(BASE + "ontology#docId")
LIMIT_MS = 100.0

def example_quads() -> list[ox.Quad]:
    """The example corpus as `kg build` stores it: document, entities and corpus graphs."""
    from kg.build import build_graphs

    return build_graphs([EXAMPLES]).quads


def _copy_term(term, copy: int):
    if isinstance(term, ox.NamedNode) and term.value.startswith(BASE) and not term.value.startswith(SHARED):
        return ox.NamedNode(f"{BASE}copy{copy}/{term.value[len(BASE):]}")
    return term


def scaled_store(quads: list[ox.Quad], size: int) -> ox.Store:
    """An in-memory store of at least ``size`` quads: copies of ``quads`` with re-minted IRIs."""
    store = ox.Store()
    copy = 0
    while len(store) < size:
        store.bulk_extend(
            ox.Quad(
                _copy_term(q.subject, copy),
                q.predicate,
                ox.Literal(f"copy{copy}-{q.object.value}") if q.predicate == DOC_ID else _copy_term(q.object, copy),
                _copy_term(q.graph_name, copy),
            )
            for q in quads
        )
        copy += 1
    return store


def _p50(store: ox.Store, query, params: dict[str, str], repeat: int) -> float:
    from kg.query import run

    run(store, query, params)
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run(store, query, params)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def measure(store: ox.Store, repeat: int) -> dict[str, tuple[float, float, int]]:
    """For each library query: p50 ms unfiltered, p50 ms with every parameter at its example, and the unfiltered row count."""
    from kg.query import library, run

    figure = next(iter(store.quads_for_pattern(None, ox.NamedNode(BASE + "ontology#figureKind"), None))).subject.value
    timings = {}
    for query in library():
        required = {p.name: p.example for p in query.params if p.required}
        every = {p.name: p.example for p in query.params}
        if query.name == "provenance":
            required["item"] = every["item"] = figure
        rows = len(run(store, query, required).rows)
        timings[query.name] = (_p50(store, query, required, repeat), _p50(store, query, every, repeat), rows)
        print(f"{len(store):>9,} quads  {query.name:<20} {timings[query.name]}", file=sys.stderr, flush=True)
    return timings


def table(sizes: list[int], results: dict[int, dict], quads: dict[int, int]) -> str:
    """p50 ms per query and size: widest run (rows) / with every parameter set."""
    lines = [
        "| query | " + " | ".join(f"{quads[s]:,} triples: widest (rows) / filtered" for s in sizes) + " |",
        "|---|" + "---:|" * len(sizes),
    ]
    for name in sorted(results[sizes[0]]):
        cells = []
        for size in sizes:
            wide, narrow, rows = results[size][name]
            cells.append(f"{_ms(wide)} ({rows:,}) / {_ms(narrow)}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _ms(value: float) -> str:
    return f"{value:.1f}" + (" ⚠" if value >= LIMIT_MS else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="Print the table only.")
    args = parser.parse_args()

    base = example_quads()
    results: dict[int, dict] = {}
    quads: dict[int, int] = {}
    for size in args.sizes:
        store = scaled_store(base, size)
        quads[size] = len(store)
        results[size] = measure(store, args.repeat)
        del store
    top = args.sizes[-1]
    slow = sorted(name for name, (wide, _, _) in results[top].items() if wide >= LIMIT_MS)
    slow_filtered = sorted(name for name, (_, narrow, _) in results[top].items() if narrow >= LIMIT_MS)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, pyoxigraph {ox.__version__}"
    text = "\n".join([
        HEADING,
        "",
        f"`python bench/query_latency.py` on {date.today().isoformat()} ({machine}); in-memory embedded store, "
        f"the example corpus ({len(base):,} quads) copied with re-minted IRIs; median of {args.repeat} runs after one "
        "warm-up, reading every row. *Widest*: required parameters at their header examples, optional ones unset "
        "(the whole corpus; its row count in brackets). *Filtered*: every parameter at its header example.",
        "",
        table(args.sizes, results, quads),
        "",
        f"⚠ marks p50 ≥ {LIMIT_MS:.0f} ms. At {quads[top]:,} triples, widest runs over the limit: "
        f"{', '.join(slow) or 'none'}; filtered runs over the limit: {', '.join(slow_filtered) or 'none'}.",
        "",
    ])
    print(text)
    if not args.no_write:
        write_section(HEADING, text)


if __name__ == "__main__":
    main()
