"""Benchmark: p50 latency of every library query, and `kg reason`, on a store of about 10^6 triples of distinct articles.

The store is built once by ``kg build --jobs 2`` from ``--articles`` distinct
synthetic articles (``bench/corpus.py``; 1,100 articles give about 1.3 × 10^6
triples) into ``--work`` and reused by later runs. Each query is run in one
process, all queries in one run, on the store loaded into memory (as the
earlier tables in ``docs/benchmarks.md``; ``--on-disk`` queries the store
opened read-only, as ``kg query --store`` does), once to warm up and then
``--repeat`` times; the median wall time includes binding the parameters
(with the name lookup) and reading every row. *Widest*: required parameters
only (optional filters unset: whole-corpus tables). *Filtered*: every
parameter set: the header's example, or where the example finds nothing in the
synthetic corpus a value it holds (the most mentioned entity for a name, the
first document for a document id, a figure for an item IRI).
With ``--reason``, ``kg reason --store --backend reasonable`` then runs on a
copy of the store: wall time and peak RSS of its process tree.

    python bench/query_latency.py [--articles 1100] [--work /tmp/kg-query-bench] [--repeat 7] [--reason] [--write]

The Markdown table is printed and, with ``--write``, replaces the "Query latency"
section of ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from corpus import generate
from report import machine, write_section
from scale import timed

HEADING = "## Query latency"
KG = str(Path(sys.executable).with_name("kg"))
ONTOLOGY = "https://w3id.org/kg-news/ontology#"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
FILTERED_MS, WIDEST_MS = 100.0, 1000.0

MENTION_COUNTS = f"""SELECT ?label (COUNT(?mention) AS ?n)
WHERE {{ ?mention <{ONTOLOGY}denotes> ?entity . ?entity <{LABEL.value}> ?label }}
GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1"""


def built_store(articles: int, work: Path) -> Path:
    """The store of ``articles`` synthetic articles under ``work``, built by ``kg build --jobs 2`` unless it exists."""
    store = work / f"store-{articles}"
    if not store.exists():
        folder = work / f"articles-{articles}"
        if not folder.exists():
            generate(articles, folder)
        run = timed([KG, "build", str(folder), "--store", str(store), "--jobs", "2"])
        if run["code"] != 0:
            raise SystemExit(f"kg build failed on {folder} (exit {run['code']})")
    return store


def filtered_values(store: ox.Store) -> dict[str, str]:
    """Values the synthetic corpus holds, for parameters whose header example it does not."""
    union = {"use_default_graph_as_union": True}
    figure = next(iter(store.query(f"SELECT ?f WHERE {{ ?f a <{ONTOLOGY}Figure> }} LIMIT 1", **union)))["f"]
    doc = next(iter(store.query(f"SELECT ?d WHERE {{ ?x <{ONTOLOGY}docId> ?d }} ORDER BY ?d LIMIT 1", **union)))["d"]
    top = next(iter(store.query(MENTION_COUNTS, **union)))["label"]
    return {"iri": figure.value, "doc": doc.value, "name": top.value}


def measure(store: ox.Store, repeat: int) -> dict[str, dict[str, float | int]]:
    """For each library query: p50 ms and rows, widest and filtered."""
    from kg.names import LABELS_QUERY, NameIndex
    from kg.query import OxigraphBackend, library, run

    backend = OxigraphBackend(store)
    names = NameIndex.from_rows(
        (row["entity"].value, row["label"] and row["label"].value, row["alias"] and row["alias"].value)
        for row in store.query(LABELS_QUERY, use_default_graph_as_union=True)
    )
    present = filtered_values(store)

    def value(param) -> str:
        if param.type == "iri":
            return present["iri"]
        if param.type == "name" and not names.entities(param.example):
            return present["name"]
        return present["doc"] if param.name == "doc" else param.example

    results = {}
    for query in library():
        every = {param.name: value(param) for param in query.params}
        widest = {param.name: every[param.name] for param in query.params if param.required}
        row: dict[str, float | int] = {}
        for label, params in (("widest", widest), ("filtered", every)):
            count = len(run(backend, query, params).rows)
            samples = []
            for _ in range(repeat):
                started = time.perf_counter()
                run(backend, query, params)
                samples.append(1000 * (time.perf_counter() - started))
            row[label], row[f"{label}_rows"] = statistics.median(samples), count
        results[query.name] = row
        print(f"{query.name:<22} {row}", file=sys.stderr, flush=True)
    return results


def reason(store_dir: Path, work: Path) -> dict:
    """``kg reason --backend reasonable`` on a copy of the store: seconds, peak RSS (MB), exit code."""
    copy = work / "store-reason"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(store_dir, copy)
    try:
        return timed([KG, "reason", "--store", str(copy), "--backend", "reasonable"])
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def render(results: dict, triples: int, articles: int, args: argparse.Namespace, load: tuple[float, float], reasoned: dict | None) -> str:
    where = "the store opened read-only (as `kg query --store`)" if args.on_disk else "the store loaded into memory"
    lines = [
        HEADING,
        "",
        f"`python bench/query_latency.py{' --on-disk' if args.on_disk else ''}{' --reason' if reasoned else ''}` on "
        f"{machine()}, pyoxigraph {ox.__version__}; load average {load[0]:.1f} before and {load[1]:.1f} after the run. "
        f"{args.notes}",
        "",
        f"Store: {articles:,} distinct synthetic articles (`bench/corpus.py`) built by `kg build --jobs 2`, {triples:,} "
        f"triples; queries on {where}; median of {args.repeat} runs after one warm-up, binding the parameters and reading "
        "every row, in ms (rows). *Widest*: required parameters only (whole-corpus tables). *Filtered*: every parameter "
        f"set. ⚠ marks a widest run over {WIDEST_MS:.0f} ms or a filtered run over {FILTERED_MS:.0f} ms.",
        "",
        "| query | widest | filtered |",
        "|---|---:|---:|",
    ]
    for name, row in sorted(results.items()):
        wide, narrow = row["widest"], row["filtered"]
        lines.append(
            f"| {name} | {wide:,.1f}{' ⚠' if wide > WIDEST_MS else ''} ({row['widest_rows']:,}) | "
            f"{narrow:,.1f}{' ⚠' if narrow > FILTERED_MS else ''} ({row['filtered_rows']:,}) |"
        )
    if reasoned:
        lines += [
            "",
            f"`kg reason --store --backend reasonable` on a copy of the same store ({triples:,} triples): "
            f"**{reasoned['seconds']:,.0f} s**, peak RSS **{reasoned['rss_mb']:,.0f} MB** (exit {reasoned['code']}).",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1100, help="Distinct synthetic articles in the store.")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-query-bench")
    parser.add_argument("--repeat", type=int, default=7, help="Runs of each query after one warm-up (at least 5).")
    parser.add_argument("--on-disk", action="store_true", help="Query the store read-only on disk, not loaded into memory.")
    parser.add_argument("--reason", action="store_true", help="Also time kg reason on a copy of the store.")
    parser.add_argument("--notes", default="", help="A sentence on the machine's load, for the report.")
    parser.add_argument("--write", action="store_true", help="Write the table into docs/benchmarks.md.")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    store_dir = built_store(args.articles, args.work)
    if args.on_disk:
        store = ox.Store.read_only(str(store_dir))
    else:
        store = ox.Store()
        store.bulk_extend(ox.Store.read_only(str(store_dir)))
    triples = len(store)
    results = measure(store, max(args.repeat, 1))
    del store
    reasoned = reason(store_dir, args.work) if args.reason else None
    text = render(results, triples, args.articles, args, (load_before[0], os.getloadavg()[0]), reasoned)
    print(text)
    if args.write:
        write_section(HEADING, text)


if __name__ == "__main__":
    main()
